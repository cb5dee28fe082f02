"""The review page: the queue oldest first, a letter's text and flags, a recording's parts
and transcript, approve, return with a reason, and the mail room's outcome."""

from __future__ import annotations

import pytest

from letterbox.core import Core
from letterbox.services.review import ItemRef
from letterbox.store.audit import events
from letterbox.store.items import ItemKind
from letterbox.store.profiles import Parent
from letterbox.ui.staff.review import ReviewPage
from letterbox.ui.staff.session import StaffSession
from tests.ui.staff.conftest import child_id, flagged_letter, letter_id, reload_page, shown_page


@pytest.fixture
def page(qtbot, staff: StaffSession) -> ReviewPage:
    return shown_page(qtbot, ReviewPage(staff), 1000)


def _select(page: ReviewPage, kind: ItemKind, item_id: int) -> None:
    assert page.select(ItemRef(kind, item_id))
    assert page.selected_entry() is not None


def test_queue_lists_ready_items_oldest_first(page: ReviewPage) -> None:
    """Every ready item is listed with parent, ID number, child and title, oldest first."""
    titles = [e.title for e in page.entries]
    assert set(titles) == {"Happy birthday, Zoë", "My week, day by day", "Thinking of you",
                           "Goodnight song for Zoë", "A letter with a lot to check",
                           "A long bedtime story for 王小明"}
    times = [e.updated_at for e in page.entries]
    assert times == sorted(times)
    first = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
    assert "Demo Parent" in first and "DEMO-0001" in first
    assert page.table.rowCount() == 6 and page.approve_button.isEnabled()


def test_approve_a_ready_letter(qtbot, page: ReviewPage, demo_core: Core,
                                demo_parent: Parent) -> None:
    """Approve stores 'approved' with a staff audit row, and the next item is selected."""
    letter = letter_id(demo_core, demo_parent, "Happy birthday, Zoë")
    _select(page, ItemKind.LETTER, letter)
    row = page.table.currentRow()
    assert "Happy birthday, Zoë" in page.item_label.text()
    assert "You are six now" in page.item_view.letter_text.toPlainText()
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.approve_button.click()
    assert demo_core.letters.get(letter).status == "approved"
    approved = [e for e in events(demo_core.db) if e.action == "letter_approve"]
    assert len(approved) == 1 and approved[0].actor_kind == "staff"
    assert approved[0].actor_name == "Sam Worker" and approved[0].item_id == letter
    qtbot.waitUntil(lambda: len(page.entries) == 5, timeout=5000)
    assert page.table.currentRow() == min(row, 4)
    assert page.selected_entry() is not None and page.selected_entry().ref.id != letter
    assert "Approved" in page.message.text()


def test_return_with_a_reason(qtbot, page: ReviewPage, demo_core: Core,
                              demo_parent: Parent) -> None:
    """Return… asks for a reason; the item is returned with that reason as its note."""
    letter = letter_id(demo_core, demo_parent, "My week, day by day")
    _select(page, ItemKind.LETTER, letter)
    asked: list[list[str]] = []
    reason = "Please leave out talk about your case or the court."

    def answer(title: str, prompt: str, presets: list[str]) -> str:
        asked.append(presets)
        return reason

    page.ask_reason = answer  # type: ignore[method-assign]
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.return_button.click()
    assert reason in asked[0]  # the ready-worded reasons are offered
    after = demo_core.letters.get(letter)
    assert after.status == "returned" and after.status_note == reason
    returned = [e for e in events(demo_core.db) if e.action == "letter_return"]
    assert returned[0].actor_kind == "staff" and returned[0].detail == reason


def test_return_cancelled_or_empty_changes_nothing(qtbot, page: ReviewPage, demo_core: Core,
                                                   demo_parent: Parent) -> None:
    """Cancelling the reason changes nothing; an empty reason is refused in words."""
    letter = letter_id(demo_core, demo_parent, "My week, day by day")
    _select(page, ItemKind.LETTER, letter)
    page.ask_reason = lambda *_args: None  # type: ignore[method-assign]
    page.return_button.click()
    page.ask_reason = lambda *_args: "   "  # type: ignore[method-assign]
    page.return_button.click()
    qtbot.waitUntil(lambda: "give a reason" in page.message.text(), timeout=5000)
    assert demo_core.letters.get(letter).status == "ready"
    assert page.return_button.isEnabled()


def test_letter_shows_its_flags(qtbot, page: ReviewPage, demo_core: Core, services,
                                demo_parent: Parent) -> None:
    """A flagged letter shows its full text and each flag's summary; a flag selects its words."""
    zoe = child_id(demo_core, demo_parent, "Zoë")
    body = "Dear Zoë,\n\nI will be home by Christmas. Please send me some money.\n\nLove, Dad"
    made = flagged_letter(services, demo_parent, zoe, body)
    reload_page(qtbot, page)
    _select(page, ItemKind.LETTER, made)
    view = page.item_view
    assert view.letter_text.toPlainText() == body and view.letter_text.isReadOnly()
    flags = [view.flag_list.item(i).text() for i in range(view.flag_list.count())]
    assert any("promises a date" in f and "home by Christmas" in f for f in flags)
    assert any("mentions money" in f for f in flags)
    promise = next(i for i in range(view.flag_list.count())
                   if "promises a date" in view.flag_list.item(i).text())
    view._show_passage(view.flag_list.item(promise))
    assert "home by Christmas" in view.letter_text.textCursor().selectedText()


def test_recording_lists_its_parts_and_transcript(qtbot, page: ReviewPage, demo_core: Core,
                                                  demo_parent: Parent) -> None:
    """A recording shows the chosen take with its length, Play, and the transcript."""
    recording = next(r for r in demo_core.recordings.for_parent(demo_parent.id)
                     if r.title == "Goodnight song for Zoë")
    _select(page, ItemKind.RECORDING, recording.id)
    view = page.item_view
    qtbot.waitUntil(lambda: len(view.parts) == 1, timeout=5000)
    assert view.part_list.item(0).text() == "Chosen take (0:08)"
    assert view.parts[0].path.exists()
    assert "Goodnight Zoë" in view.transcript.toPlainText()
    assert view.play_button.isEnabled()
    played: list[object] = []
    view.player.play = lambda path: played.append(path) or True  # type: ignore[method-assign]
    view.play_button.click()
    assert played == [view.parts[0].path]


def test_mail_room_outcome_on_exported_items(qtbot, page: ReviewPage, demo_core: Core,
                                             staff: StaffSession, demo_parent: Parent,
                                             tmp_path) -> None:
    """Exported items show Sent and Rejected…; each records the mail room's answer."""
    services, actor = staff.services, staff.actor
    for title in ("Happy birthday, Zoë", "My week, day by day"):
        services.review.approve(actor, ItemRef(ItemKind.LETTER,
                                               letter_id(demo_core, demo_parent, title)))
    services.export.export(actor, demo_parent.id, tmp_path / "out")
    page.set_status_filter("exported")
    qtbot.waitUntil(lambda: page.loaded and len(page.entries) == 2, timeout=5000)
    assert page.sent_button.isVisible() and not page.approve_button.isEnabled()
    first, second = (e.ref for e in page.entries)
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.sent_button.click()
    qtbot.waitUntil(lambda: len(page.entries) == 1, timeout=5000)
    page.ask_reason = lambda *_args: "The mail room held it back."  # type: ignore[method-assign]
    with qtbot.waitSignal(page.decided, timeout=5000):
        page.rejected_button.click()
    assert demo_core.letters.get(first.id).status == "sent"
    rejected = demo_core.letters.get(second.id)
    assert rejected.status == "rejected" and rejected.status_note == "The mail room held it back."
    kinds = {e.action: e.actor_kind for e in events(demo_core.db)}
    assert kinds["letter_mail_sent"] == "staff" and kinds["letter_mail_rejected"] == "staff"


def test_item_for_a_child_without_approved_contact_is_marked(qtbot, staff) -> None:  # type: ignore[no-untyped-def]
    """Jordan's letter (contact not permitted) is shown with a warning before anything
    else, so the worker sees the safeguarding decision while reviewing."""
    from letterbox.ui.staff.review import ReviewPage

    page = ReviewPage(staff)
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.loaded and len(page.entries) > 0, timeout=5000)
    jordan = next(e for e in page.entries if e.child == "Jordan Lee")
    zoe = next(e for e in page.entries if e.child.startswith("Zoë"))
    assert page.select(jordan.ref)
    assert page.item_label.text().startswith("⚠ contact not permitted")
    assert page.select(zoe.ref)
    assert "⚠" not in page.item_label.text()
