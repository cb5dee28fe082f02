"""Parents page: create and edit a profile through the form, archive (the kiosk then
refuses and does not list the parent), a keepsake packet that verifies, and delete data
asked twice, each checked in the store behind the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from letterbox.core import Core
from letterbox.demo import DEMO_PIN
from letterbox.export.signing import make_station_key
from letterbox.export.verify import verify_packet
from letterbox.store.audit import events
from letterbox.store.profiles import Parent
from letterbox.ui.main_window import MainWindow
from letterbox.ui.staff.parents import ParentsPage
from letterbox.ui.staff.session import StaffSession
from tests.ui.staff.conftest import shown_page


def _page(qtbot, staff: StaffSession) -> ParentsPage:
    return shown_page(qtbot, ParentsPage(staff), 1240)


def _type(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_create_then_edit_a_profile(qtbot, staff: StaffSession, demo_core: Core) -> None:
    """New profile: a missing name is refused and nothing is lost; with one, it is made;
    then the unit and language are edited and the change is audited with the worker."""
    page = _page(qtbot, staff)
    page.new_button.click()
    form = page.form
    assert form.parent_id is None and form.pin_edit.isVisible()
    assert page.selected() is None and not page.keepsake_button.isEnabled()
    _type(qtbot, form.id_edit, "A-7781")
    _type(qtbot, form.pin_edit, "2468")
    form.save_button.click()
    qtbot.waitUntil(lambda: "Please fill in" in page.message.text(), timeout=5000)
    assert form.id_edit.text() == "A-7781" and demo_core.profiles.find_by_id_number(
        "A-7781") is None
    _type(qtbot, form.name_edit, "Rosa Vega")
    _type(qtbot, form.unit_edit, "C-wing 3")
    with qtbot.waitSignal(page.changed, timeout=5000):
        qtbot.keyClick(form.name_edit, Qt.Key.Key_Return)
    made = demo_core.profiles.find_by_id_number("A-7781")
    assert made is not None and (made.name, made.housing_unit) == ("Rosa Vega", "C-wing 3")
    assert demo_core.profiles.verify_pin(made.id, "2468")
    qtbot.waitUntil(lambda: page.selected() is not None
                    and page.selected().parent.id == made.id, timeout=5000)
    assert form.parent_id == made.id and not form.pin_edit.isVisible()

    _type(qtbot, form.unit_edit, "D-wing 9")
    form.language_box.setCurrentIndex(form.language_box.findData("es"))
    with qtbot.waitSignal(page.changed, timeout=5000):
        form.save_button.click()
    edited = demo_core.profiles.parent(made.id)
    assert (edited.housing_unit, edited.language, edited.id_number) == ("D-wing 9", "es",
                                                                        "A-7781")
    [event] = [e for e in events(demo_core.db, parent_id=made.id)
               if e.action == "profile_updated"]
    assert event.actor_name == "Sam Worker" and "housing_unit" in event.detail
    _type(qtbot, page.search_edit, "vega")
    assert [r.parent.id for r in page.shown] == [made.id]


def test_archive_closes_the_kiosk_to_the_parent(qtbot, staff: StaffSession, demo_core: Core,
                                                demo_parent: Parent, tasks) -> None:
    """A kiosk that still shows the name says kindly that the profile is closed; a fresh
    list leaves the name out; Open again lets the parent back in."""
    window = MainWindow(demo_core, tasks, services=staff.services)
    qtbot.addWidget(window)
    window.show()
    signin = window.current_screen
    qtbot.waitUntil(lambda: signin.name_list.count() > 0, timeout=5000)
    qtbot.keyClicks(signin.filter_edit, "demo")
    qtbot.keyClick(signin.filter_edit, Qt.Key.Key_Return)

    page = _page(qtbot, staff)
    assert page.select_parent(demo_parent.id)
    page.ask_reason = lambda *_args: "Released"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.archive_button.click()
    closed = demo_core.profiles.parent(demo_parent.id)
    assert closed.archived and closed.archive_note == "Released"
    qtbot.waitUntil(lambda: "closed" in page.table.item(page.table.currentRow(), 5).text(),
                    timeout=5000)
    assert page.delete_button.isEnabled() and not page.archive_button.isEnabled()

    qtbot.keyClicks(signin.pin_edit, DEMO_PIN)
    qtbot.keyClick(signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "This profile is closed. Please ask staff." in
                    signin.pin_message.text(), timeout=5000)
    assert window.current_screen is signin
    signin.reload()
    qtbot.waitUntil(lambda: demo_parent.id not in [
        signin.name_list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(signin.name_list.count())], timeout=5000)

    with qtbot.waitSignal(page.changed, timeout=5000):
        page.unarchive_button.click()
    assert not demo_core.profiles.parent(demo_parent.id).archived


def test_keepsake_from_the_page_verifies_and_changes_no_status(
        qtbot, staff: StaffSession, demo_core: Core, demo_parent: Parent,
        tmp_path: Path) -> None:
    """Keepsake packet…: a signed packet with the draft and the returned letter, verified
    with the station key; every item keeps its status."""
    key = make_station_key(demo_core.paths.root)
    week = next(x for x in demo_core.letters.for_parent(demo_parent.id)
                if x.title == "My week, day by day")
    demo_core.letters.set_status(week.id, "returned", "Too long", actor=staff.actor)
    before = {x.id: x.status for x in demo_core.letters.for_parent(demo_parent.id)}
    page = _page(qtbot, staff)
    assert page.select_parent(demo_parent.id)
    page.choose_keepsake_folder = lambda default: tmp_path / "keep"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.keepsake_finished, timeout=60_000) as done:
        page.keepsake_button.click()
        assert page.keepsake.bar.isVisible() and not page.keepsake_button.isEnabled()
    result = done.args[0]
    assert result.folder is not None and result.folder.parent == tmp_path / "keep"
    assert verify_packet(result.zip_path, key).ok
    kept = {i.item_id for i in result.items if i.kind == "letter"}
    assert week.id in kept and "draft" in {before[i] for i in kept}
    assert {x.id: x.status for x in demo_core.letters.for_parent(demo_parent.id)} == before
    assert "Keepsake packet made" in page.message.text()
    assert page.keepsake_button.isEnabled()


def test_delete_data_is_asked_twice_and_keeps_the_audit(qtbot, staff: StaffSession,
                                                        demo_core: Core,
                                                        demo_parent: Parent) -> None:
    """No on the second question deletes nothing; yes twice removes letters, recordings,
    their audio files and children, and the audit trail stays."""
    audio = [demo_core.recordings.path_of(p) for r in
             demo_core.recordings.for_parent(demo_parent.id)
             for p in demo_core.recordings.parts(r.id)]
    assert audio and all(path.exists() for path in audio)
    page = _page(qtbot, staff)
    assert page.select_parent(demo_parent.id)
    assert not page.delete_button.isEnabled()  # archive first
    page.ask_reason = lambda *_args: "Transferred"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.archive_button.click()
    qtbot.waitUntil(page.delete_button.isEnabled, timeout=5000)

    asked: list[str] = []
    answers = iter([True, False])
    page.confirm = lambda title, question: (asked.append(question),  # type: ignore[method-assign]
                                            next(answers))[1]
    page.delete_button.click()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    assert "letters" in asked[0] and "cannot be undone" in asked[1]
    assert demo_core.letters.for_parent(demo_parent.id)

    answers = iter([True, True])
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.delete_button.click()
    assert demo_core.letters.for_parent(demo_parent.id) == []
    assert demo_core.recordings.for_parent(demo_parent.id) == []
    assert demo_core.profiles.children(demo_parent.id) == []
    assert not any(path.exists() for path in audio)
    actions = [e.action for e in events(demo_core.db, parent_id=demo_parent.id)]
    assert "parent_data_deleted" in actions and "profile_archived" in actions
    assert "letter_deleted" not in actions and "profile_created" in actions
    assert "Deleted for" in page.message.text()


def test_delete_data_counts_and_takes_drafts_the_parent_deleted(
        qtbot, staff: StaffSession, demo_core: Core, demo_parent: Parent) -> None:
    """A draft the parent deleted (kept for restoring) is counted in "Delete data" and
    goes with the rest."""
    from letterbox.errors import NotFound
    from letterbox.services.actor import Actor

    letters = demo_core.letters.for_parent(demo_parent.id)
    draft = next(x for x in letters if x.status == "draft")
    staff.services.letters.delete(Actor.parent(demo_parent.id), draft.id)
    page = _page(qtbot, staff)
    assert page.select_parent(demo_parent.id)
    qtbot.waitUntil(lambda: page.deleted.table.rowCount() == 1, timeout=5000)
    page.ask_reason = lambda *_args: "Released"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.archive_button.click()
    qtbot.waitUntil(page.delete_button.isEnabled, timeout=5000)
    asked: list[str] = []
    page.confirm = lambda title, question: (asked.append(question), True)[1]  # type: ignore[method-assign]
    with qtbot.waitSignal(page.changed, timeout=5000):
        page.delete_button.click()
    assert f"{len(letters)} letters" in asked[0]
    with pytest.raises(NotFound):
        demo_core.letters.get(draft.id)
