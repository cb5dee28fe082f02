"""The packet history page: a packet made by the export page is listed with its items and
worker; its review sheet is copied again; verifying again says OK, then names a tampered
file; the station key is shown or made; the mail room's outcome is recorded per item and
the parent reads a rejection's reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from letterbox.core import Core
from letterbox.services.review import ItemRef
from letterbox.store.audit import events
from letterbox.store.items import ItemKind
from letterbox.store.profiles import Parent
from letterbox.ui.staff.export import ExportPage
from letterbox.ui.staff.packets import PacketHistoryPage
from letterbox.ui.staff.review import MAIL_ROOM_REASONS
from letterbox.ui.staff.session import StaffSession
from letterbox.ui.wording import status_text
from tests.export.pdftext import pdf_text
from tests.ui.staff.conftest import letter_id, reload_page, shown_page

TITLES = ("Happy birthday, Zoë", "My week, day by day")


@pytest.fixture
def exported(qtbot, staff: StaffSession, demo_core: Core, demo_parent: Parent,
             tmp_path: Path) -> Path:
    """Two letters approved and exported through the real export page, signed by the
    station key; the packets folder."""
    staff.services.keys.make(staff.actor)
    for title in TITLES:
        staff.services.review.approve(staff.actor, ItemRef(
            ItemKind.LETTER, letter_id(demo_core, demo_parent, title)))
    out = tmp_path / "packets"
    export = ExportPage(staff)
    export.choose_folder = lambda default: out  # type: ignore[method-assign]
    qtbot.addWidget(export)
    export.show()
    export.choose_parent(demo_parent.id)
    qtbot.waitUntil(lambda: export.overview is not None and export.export_button.isEnabled(),
                    timeout=5000)
    with qtbot.waitSignal(export.export_finished, timeout=30000):
        export.export_button.click()
    return out


@pytest.fixture
def page(qtbot, staff: StaffSession, exported: Path) -> PacketHistoryPage:
    return shown_page(qtbot, PacketHistoryPage(staff), 1200)


def _choose_items(qtbot, page: PacketHistoryPage, *rows: int) -> None:
    page.items.clearSelection()
    for row in rows:
        rect = page.items.visualItemRect(page.items.item(row, 0))
        qtbot.mouseClick(page.items.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier, rect.center())


def test_history_lists_the_exported_packet(page: PacketHistoryPage, demo_core: Core) -> None:
    """The packet made on the export page is listed with the worker, the parent, its two
    items (titles, child, status) and its folder."""
    [record] = demo_core.packets.all()
    assert record.staff_name == "Sam Worker"
    cells = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert cells[1:6] == ["Sam Worker", "Demo Parent", "DEMO-0001", "2", "Mail"]
    assert cells[6] == record.folder
    items = sorted(page.items.item(r, 1).text() for r in range(page.items.rowCount()))
    assert items == sorted(TITLES)
    assert {page.items.item(r, 3).text() for r in range(2)} == {"With the mail room"}
    assert "Zoë" in page.items.item(0, 2).text()


def test_reprint_copies_the_sheet_or_says_the_folder_is_gone(
        qtbot, page: PacketHistoryPage, demo_core: Core, tmp_path: Path) -> None:
    """The copy is the packet's own review sheet; a packet folder that is gone is said
    kindly and nothing is written."""
    page.choose_folder = lambda default: tmp_path / "print"  # type: ignore[method-assign]
    page.reprint_button.click()
    qtbot.waitUntil(lambda: "copy of the review sheet" in page.message.text(), timeout=5000)
    [copy] = list((tmp_path / "print").iterdir())
    folder = Path(demo_core.packets.all()[0].folder)
    assert copy.read_bytes() == (folder / "review-sheet.pdf").read_bytes()
    assert "Happy birthday" in pdf_text(copy)
    folder.rename(tmp_path / "handed-over")
    page.choose_folder = lambda default: tmp_path / "print2"  # type: ignore[method-assign]
    page.reprint_button.click()
    qtbot.waitUntil(lambda: "no longer there" in page.message.text(), timeout=5000)
    assert str(folder) in page.message.text()
    assert not (tmp_path / "print2").exists()


def test_verify_again_ok_then_tampered(qtbot, page: PacketHistoryPage,
                                       demo_core: Core) -> None:
    """Verify again says OK for the packet as made, and names the file a byte was changed
    in; the station key is shown with its fingerprint."""
    key = page.station_key
    assert key is not None and key.fingerprint in page.key_label.text()
    assert not page.make_key_button.isVisible()
    with qtbot.waitSignal(page.verified, timeout=10000) as said:
        page.verify_button.click()
    assert said.args[0][0].startswith("OK: ") and "signed by the key" in said.args[0][0]
    assert page.verify_list.item(0).text().startswith("OK")
    folder = Path(demo_core.packets.all()[0].folder)
    sheet = folder / "review-sheet.pdf"
    data = bytearray(sheet.read_bytes())
    data[len(data) // 2] ^= 0x01
    sheet.write_bytes(bytes(data))
    with qtbot.waitSignal(page.verified, timeout=10000) as said:
        page.verify_button.click()
    lines = [page.verify_list.item(i).text() for i in range(page.verify_list.count())]
    assert lines == said.args[0]
    assert any(line.startswith("ALTERED") and "review-sheet.pdf" in line for line in lines)


def test_make_a_signing_key_when_there_is_none(qtbot, page: PacketHistoryPage,
                                               demo_core: Core) -> None:
    """Without a key the page says so and offers to make one; making it is audited."""
    from letterbox.export.signing import private_key_path, public_key_path

    private_key_path(demo_core.paths.root).unlink()
    public_key_path(demo_core.paths.root).unlink()
    reload_page(qtbot, page)
    assert page.station_key is None and page.make_key_button.isVisible()
    assert "No signing key" in page.key_label.text()
    page.make_key_button.click()
    qtbot.waitUntil(lambda: page.station_key is not None, timeout=10000)
    assert page.station_key.fingerprint in page.key_label.text()
    assert not page.make_key_button.isVisible()
    assert any(e.action == "station_key_made" and e.actor_name == "Sam Worker"
               for e in events(demo_core.db))


def test_mail_outcome_per_item_and_the_parent_reads_it(qtbot, page: PacketHistoryPage,
                                                       demo_core: Core,
                                                       demo_parent: Parent) -> None:
    """One item rejected with a ready-worded reason (the parent's status says it), the
    other sent with "All sent"; each change is audited with the worker's name."""
    refs = [page.items.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(2)]
    _choose_items(qtbot, page, 0)
    assert page.sent_button.isEnabled() and page.rejected_button.isEnabled()
    reason = MAIL_ROOM_REASONS[2]
    page.ask_reason = lambda *_a: reason  # type: ignore[method-assign]
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.rejected_button.click()
    qtbot.waitUntil(lambda: "1 marked as rejected" in page.message.text(), timeout=5000)
    rejected = demo_core.letters.get(refs[0].id)
    assert (rejected.status, rejected.status_note) == ("rejected", reason)
    assert status_text(rejected.status, rejected.status_note) == \
        f"Not sent by the mail room: {reason}"
    reload_page(qtbot, page)
    assert page.all_sent_button.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.all_sent_button.click()
    qtbot.waitUntil(lambda: "1 marked as sent" in page.message.text(), timeout=5000)
    assert demo_core.letters.get(refs[1].id).status == "sent"
    reload_page(qtbot, page)
    assert not page.all_sent_button.isEnabled()
    statuses = {page.items.item(r, 3).text() for r in range(2)}
    assert statuses == {"Sent", "Rejected by the mail room"}
    acts = [(e.action, e.actor_name) for e in events(demo_core.db)
            if e.action.startswith("letter_mail")]
    assert sorted(acts) == [("letter_mail_rejected", "Sam Worker"),
                            ("letter_mail_sent", "Sam Worker")]


def test_staff_home_has_a_packets_page(qtbot, staff: StaffSession, exported: Path) -> None:
    """The staff home lists Packets after Export; choosing it shows the history."""
    from letterbox.ui.staff.home import StaffHomeScreen

    home = StaffHomeScreen(staff)
    qtbot.addWidget(home)
    names = [home.nav.item(i).text() for i in range(home.nav.count())]
    assert names[names.index("Export") + 1] == "Packets"
    home.nav.setCurrentRow(names.index("Packets"))
    assert home.current_page() is home.packets
    qtbot.waitUntil(lambda: home.packets.loaded and home.packets.table.rowCount() == 1,
                    timeout=5000)
