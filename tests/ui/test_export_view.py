"""The export screen: what it lists, a real export off the GUI thread, and Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterbox.core import Core
from letterbox.demo import DEMO_ID_NUMBER
from letterbox.tasks import TaskRunner
from letterbox.ui.export_view import ExportScreen
from letterbox.ui.screen import Session


@pytest.fixture
def screen(qtbot, demo_core: Core, tasks: TaskRunner, tmp_path: Path):  # type: ignore[no-untyped-def]
    parent = demo_core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    view = ExportScreen(Session(core=demo_core, tasks=tasks, parent=parent))
    view.choose_folder = lambda default: tmp_path / "packets"  # type: ignore[method-assign]
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.overview is not None, timeout=5000)
    return view


def _rows(view: ExportScreen) -> list[str]:
    return [view.items_list.item(i).text() for i in range(view.items_list.count())]


def test_lists_ready_items_and_the_refused_one_with_its_reason(screen: ExportScreen) -> None:
    """Ready items show as ready; Jordan's letter shows why it cannot be sent."""
    rows = _rows(screen)
    assert sum("Ready for review" in r for r in rows) == 3
    jordan = [r for r in rows if "Jordan Lee" in r]
    assert len(jordan) == 1 and "Cannot be sent" in jordan[0] and "not permitted" in jordan[0]
    assert "Generic (US Letter)" in screen.facility_label.text()
    assert screen.send_button.isEnabled()


def test_export_runs_and_items_show_with_the_mail_room(qtbot, screen: ExportScreen,
                                                       tmp_path: Path) -> None:
    """Send makes the packet off the GUI thread, then the items read 'With the mail room'."""
    with qtbot.waitSignal(screen.export_finished, timeout=60_000) as finished:
        screen.send_button.click()
        assert screen.progress_bar.isVisible() and screen.cancel_button.isVisible()
    result = finished.args[0]
    assert result is not None and result.folder is not None and result.folder.is_dir()
    assert result.folder.parent == tmp_path / "packets"
    assert "Sent to the mail room: 3 items" in screen.status_label.text()
    assert "Jordan" not in " ".join(i.child for i in result.items)
    qtbot.waitUntil(lambda: sum("With the mail room" in r for r in _rows(screen)) == 3,
                    timeout=5000)
    assert not screen.progress_bar.isVisible()


def test_cancel_keeps_everything_ready(qtbot, screen: ExportScreen, demo_core: Core,
                                       tmp_path: Path) -> None:
    """Cancel during the export: no packet, items still ready, and the parent is told."""
    with qtbot.waitSignal(screen.export_finished, timeout=60_000) as finished:
        screen.send_button.click()
        screen.cancel_button.click()  # checked before every item and every audio block
    assert finished.args[0] is None
    assert "Cancelled" in screen.status_label.text()
    packets = tmp_path / "packets"
    assert not packets.exists() or list(packets.iterdir()) == []
    assert all(x.status == "ready" for x in demo_core.letters.with_status("ready")) and len(
        demo_core.letters.with_status("exported")) == 0
