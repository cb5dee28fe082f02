"""The staff export page: only approved items go, refused ones are named with the reason,
the export runs off the GUI thread with progress, and Cancel keeps everything approved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from letterbox.core import Core
from letterbox.services.review import ItemRef
from letterbox.store.items import ItemKind
from letterbox.store.profiles import Parent
from letterbox.ui.staff.export import EVERYONE, ExportPage
from letterbox.ui.staff.session import StaffSession
from tests.export.pdftext import pdf_text
from tests.ui.staff.conftest import letter_id


@pytest.fixture
def page(qtbot, staff: StaffSession, tmp_path: Path) -> ExportPage:
    view = ExportPage(staff)
    view.choose_folder = lambda default: tmp_path / "packets"  # type: ignore[method-assign]
    qtbot.addWidget(view)
    view.show()
    return view


def _approve(staff: StaffSession, core: Core, parent: Parent, *titles: str) -> list[int]:
    ids = [letter_id(core, parent, title) for title in titles]
    for item_id in ids:
        staff.services.review.approve(staff.actor, ItemRef(ItemKind.LETTER, item_id))
    return ids


def _plan(qtbot, page: ExportPage, parent_id: int) -> list[str]:
    page.overview = None
    page.choose_parent(parent_id)
    qtbot.waitUntil(lambda: page.overview is not None, timeout=5000)
    assert page.parent_box.currentData() == parent_id
    return [page.plan_list.item(i).text() for i in range(page.plan_list.count())]


def test_nothing_approved_means_nothing_to_export(qtbot, page: ExportPage) -> None:
    """Ready (not yet approved) items are not offered for export."""
    rows = _plan(qtbot, page, EVERYONE)
    assert rows == ["Nothing is approved for export yet."]
    assert not page.export_button.isEnabled()


def test_export_writes_only_approved_items(qtbot, page: ExportPage, staff: StaffSession,
                                           demo_core: Core, demo_parent: Parent,
                                           tmp_path: Path) -> None:
    """One approved letter goes; ready ones stay; an approved letter to a child whose
    contact is not permitted is named with the reason and stays approved."""
    zoe_letter, jordan_letter = _approve(staff, demo_core, demo_parent,
                                         "Happy birthday, Zoë", "Thinking of you")
    rows = _plan(qtbot, page, demo_parent.id)
    assert any("letter to Zoë Martínez — Happy birthday, Zoë" in r for r in rows)
    assert any("Thinking of you" in r and "not permitted" in r for r in rows)
    assert len(rows) == 2 and page.export_button.isEnabled()
    with qtbot.waitSignal(page.export_finished, timeout=60_000) as finished:
        page.export_button.click()
        assert page.progress_bar.isVisible() and page.cancel_button.isVisible()
    outcome = finished.args[0]
    [result] = outcome.results
    assert result.folder is not None and result.folder.parent == tmp_path / "packets"
    letters = sorted(p.name for p in (result.folder / "letters").glob("letter-*.pdf"))
    assert len(letters) == 1
    assert "You are six now" in pdf_text(result.folder / "letters" / letters[0])
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    assert [(i["kind"], i["item_id"]) for i in manifest["items"] if i["kind"] != "extras"] \
        == [("letter", zoe_letter)]
    assert demo_core.letters.get(zoe_letter).status == "exported"
    assert demo_core.letters.get(jordan_letter).status == "approved"
    assert demo_core.letters.get(letter_id(demo_core, demo_parent,
                                           "My week, day by day")).status == "ready"
    assert "Packets made: 1" in page.status_label.text()
    results = [page.result_list.item(i).text() for i in range(page.result_list.count())]
    assert any("packet in" in r and "(items: 1)" in r for r in results)
    assert any("Thinking of you" in r and "No-contact order" in r for r in results)
    exported = [e for e in staff.services.audit.events(staff.actor)
                if e.action == "letter_export"]
    assert exported and exported[0].actor_kind == "staff"
    assert not page.progress_bar.isVisible()


def test_everyone_exports_each_parent_with_approved_items(qtbot, page: ExportPage,
                                                          staff: StaffSession,
                                                          demo_core: Core,
                                                          demo_parent: Parent) -> None:
    """"Everyone" makes a packet for every parent with approved items."""
    _approve(staff, demo_core, demo_parent, "My week, day by day")
    rows = _plan(qtbot, page, EVERYONE)
    assert any("My week, day by day" in r for r in rows)
    with qtbot.waitSignal(page.export_finished, timeout=60_000) as finished:
        page.export_button.click()
    assert [r.parent.id for r in finished.args[0].results] == [demo_parent.id]


def test_cancel_keeps_everything_approved(qtbot, page: ExportPage, staff: StaffSession,
                                          demo_core: Core, demo_parent: Parent,
                                          tmp_path: Path) -> None:
    """Cancel during the export: no packet is kept and the items stay approved."""
    ids = _approve(staff, demo_core, demo_parent, "Happy birthday, Zoë",
                   "My week, day by day")
    _plan(qtbot, page, demo_parent.id)
    with qtbot.waitSignal(page.export_finished, timeout=60_000) as finished:
        page.export_button.click()
        page.cancel_button.click()  # checked before every item and every audio block
    assert finished.args[0].cancelled and finished.args[0].results == []
    assert "Cancelled" in page.status_label.text()
    packets = tmp_path / "packets"
    assert not packets.exists() or list(packets.iterdir()) == []
    assert all(demo_core.letters.get(i).status == "approved" for i in ids)


def test_a_running_export_is_named_in_words(qtbot, page: ExportPage, staff: StaffSession,
                                            demo_core: Core, demo_parent: Parent) -> None:
    """While another export holds the lock, the page says one is running, and nothing
    changes status."""
    import os

    from letterbox.errors import ExportRunning
    from letterbox.ui.wording import error_text

    [zoe_letter] = _approve(staff, demo_core, demo_parent, "Happy birthday, Zoë")
    _plan(qtbot, page, demo_parent.id)
    with demo_core.db.transaction() as conn:
        conn.execute("INSERT INTO export_lock (id, pid, host, claimed_at) VALUES (1, ?, ?, ?)",
                     (os.getppid(), os.uname().nodename, "2026-11-30T00:00:00+00:00"))
    with qtbot.waitSignal(page.export_finished, timeout=60_000):
        page.export_button.click()
    expected = error_text(ExportRunning(pid=os.getppid(), since="2026-11-30T00:00:00+00:00"))
    assert page.status_label.text() == expected
    assert "Another export is running" in expected and "%1" not in expected
    assert demo_core.letters.get(zoe_letter).status == "approved"


def _second_parent(core: Core) -> tuple[Parent, int]:
    """Another parent with one approved letter to a child whose contact is approved."""
    other = core.profiles.create_parent("Ana Torres", "B-2002", "2468")
    child = core.profiles.add_child(other.id, "Luis", age_years=8, relationship="Mum",
                                    carer_name="Carer", carer_address="2 Road\nTown",
                                    contact_status="approved")
    letter = core.letters.create(other.id, child.id, title="Hola Luis", body="Te quiero.")
    core.letters.set_status(letter.id, "ready")
    core.letters.set_status(letter.id, "approved")
    return other, letter.id


def test_one_parents_failure_never_stops_the_others(qtbot, page: ExportPage,
                                                    staff: StaffSession, demo_core: Core,
                                                    demo_parent: Parent,
                                                    monkeypatch) -> None:
    """"Everyone": the demo parent's packet fails (a fault while building it), the next
    parent's packet is still made, and the page names the one that failed, whose items
    stay approved."""
    from letterbox.export import packet

    [zoe_letter] = _approve(staff, demo_core, demo_parent, "Happy birthday, Zoë")
    other, luis_letter = _second_parent(demo_core)
    real_run = packet._Build.run

    def failing_run(build, now):  # type: ignore[no-untyped-def]
        if build.plan.parent.id == demo_parent.id:
            raise RuntimeError("the printer font vanished")
        return real_run(build, now)

    monkeypatch.setattr(packet._Build, "run", failing_run)
    _plan(qtbot, page, EVERYONE)
    with qtbot.waitSignal(page.export_finished, timeout=60_000) as finished:
        page.export_button.click()
    run = finished.args[0]
    assert [r.parent.id for r in run.results] == [other.id]
    assert [p.id for p, _ in run.failures] == [demo_parent.id]
    assert demo_core.letters.get(luis_letter).status == "exported"
    assert demo_core.letters.get(zoe_letter).status == "approved"
    rows = [page.result_list.item(i).text() for i in range(page.result_list.count())]
    assert any(r.startswith(f"{demo_parent.name} ({demo_parent.id_number}): no packet")
               and "the printer font vanished" in r and "still approved" in r for r in rows)
    assert any(r.startswith("Ana Torres (B-2002): packet in") for r in rows)
    assert "Packets made: 1." in page.status_label.text()
    assert "could not be made: 1" in page.status_label.text()


def test_the_export_lock_is_held_once_for_the_whole_run(staff: StaffSession,
                                                        demo_core: Core,
                                                        demo_parent: Parent,
                                                        tmp_path: Path) -> None:
    """Between one parent's packet and the next, no other export can slip in: the lock
    row is the same claim for the whole run, and it is gone afterwards."""
    _approve(staff, demo_core, demo_parent, "Happy birthday, Zoë")
    other, _ = _second_parent(demo_core)
    seen: set[tuple[int, str]] = set()

    def progress(_fraction: float, _message: str) -> None:
        with demo_core.db.transaction() as conn:
            row = conn.execute("SELECT pid, claimed_at FROM export_lock").fetchone()
        seen.add((row[0], row[1]))

    run = staff.services.export.export_run(staff.actor, None, tmp_path / "out",
                                           progress=progress)
    assert sorted(r.parent.id for r in run.results) == sorted([demo_parent.id, other.id])
    assert len(seen) == 1
    with demo_core.db.transaction() as conn:
        assert conn.execute("SELECT COUNT(*) FROM export_lock").fetchone()[0] == 0
