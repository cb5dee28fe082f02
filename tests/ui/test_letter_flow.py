"""The guided letter flow on a real store: steps, starters, autosave, resume, review."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from letterbox.audio.speech import Speaker
from letterbox.core import Core
from letterbox.demo import DEMO_ID_NUMBER
from letterbox.ui.letter_flow import LetterFlowScreen
from letterbox.ui.screen import Session


@pytest.fixture
def session(demo_core: Core, tasks, qapp) -> Session:
    parent = demo_core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    assert parent is not None
    speaker = Speaker("mock")
    return Session(core=demo_core, tasks=tasks, parent=parent, speaker=speaker)


def _child(core: Core, session: Session, name: str):
    return next(c for c in core.profiles.children(session.parent.id) if c.name.startswith(name))


def _open(qtbot, session: Session, **kwargs) -> LetterFlowScreen:
    screen = LetterFlowScreen(session, **kwargs)
    screen.inform = lambda title, message: None  # no modal dialogs in tests
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitUntil(lambda: screen.services is not None, timeout=10000)
    return screen


def _settle(qtbot, session: Session) -> None:
    """Wait until every queued save has run and reported back."""
    qtbot.waitUntil(lambda: not session.tasks.busy, timeout=10000)


def _saved_body(qtbot, session: Session, screen: LetterFlowScreen) -> str:
    _settle(qtbot, session)
    return session.core.letters.get(screen.saver.letter_id).body


def test_guided_letter_is_written_and_saved(qtbot, session: Session, demo_core: Core) -> None:
    """Choosing a child and occasion, using starters and typing, gives a saved letter."""
    screen = _open(qtbot, session)
    assert screen.pages.currentWidget() is screen.child_page
    zoe = _child(demo_core, session, "Zoë")
    button = next(b for b in screen.child_page.buttons if "Zoë" in b.text())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    occasions = [b.text() for b in screen.occasion_page.buttons]
    assert "Birthday" in occasions and occasions[-1].startswith("Write freely")
    birthday = next(b for b in screen.occasion_page.buttons if b.text() == "Birthday")
    qtbot.mouseClick(birthday, Qt.MouseButton.LeftButton)
    page = screen.step_page
    assert screen.pages.currentWidget() is page
    prompt = screen.prompt
    assert prompt is not None and "5-8" in prompt.age_bands and "birthday" in prompt.occasions
    assert page.answer_edit.toPlainText() == "Dear Zoë,"  # greeting suggested
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.question.text() == prompt.steps[0].question
    qtbot.mouseClick(page.starter_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.answer_edit, "six!")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)       # skip a question
    assert page.question.text() == prompt.steps[2].question
    qtbot.keyClicks(page.answer_edit, "I sang to you at lunch.")
    for _ in prompt.steps[3:]:
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.answer_edit.toPlainText() == "Love, Dad"  # sign-off suggested
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.editor_page
    first = prompt.steps[0].starters[0]
    expected = f"Dear Zoë,\n\n{first}six!\n\nI sang to you at lunch.\n\nLove, Dad\n"
    assert screen.editor_page.edit.toPlainText() == expected
    _settle(qtbot, session)
    letter = session.core.letters.get(screen.saver.letter_id)
    assert letter.body == expected and letter.child_id == zoe.id
    assert letter.prompt_id == prompt.id and letter.status == "draft"
    assert letter.flow_state["stage"] == "editor"


def test_reopening_resumes_at_the_step_with_its_text(qtbot, session: Session,
                                                     demo_core: Core) -> None:
    """Leaving mid-step and reopening shows the same question with the same words."""
    zoe = _child(demo_core, session, "Zoë")
    screen = _open(qtbot, session, child_id=zoe.id)
    qtbot.mouseClick(next(b for b in screen.occasion_page.buttons if b.text() == "Birthday"),
                     Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.step_page.next_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.step_page.answer_edit, "You are three")
    screen.leave()
    assert "You are three" in _saved_body(qtbot, session, screen)
    letter_id = screen.saver.letter_id
    again = _open(qtbot, session, letter_id=letter_id)
    assert again.pages.currentWidget() is again.step_page
    assert again.step_page.question.text() == again.prompt.steps[0].question
    assert again.step_page.answer_edit.toPlainText() == "You are three"
    assert again.step_page.answer_edit.textCursor().position() == len("You are three")


def test_ready_for_review_stores_the_flags(qtbot, session: Session, demo_core: Core) -> None:
    """A flagged letter can still be sent; its status is 'ready' and the flags are stored."""
    zoe = _child(demo_core, session, "Zoë")
    screen = _open(qtbot, session, child_id=zoe.id)
    screen.occasion_page.buttons[-1].click()  # write freely
    edit = screen.editor_page.edit
    assert screen.pages.currentWidget() is screen.editor_page
    qtbot.keyClicks(edit, "I will be home by Christmas.")
    qtbot.mouseClick(screen.editor_page.review_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.review_page, timeout=5000)
    review = screen.review_page
    assert [f.category for f in review.flags] == ["promise_date"]
    assert review.send_button.text() == "Send for review anyway"
    with qtbot.waitSignal(screen.go_home, timeout=5000):
        qtbot.mouseClick(review.send_button, Qt.MouseButton.LeftButton)
    letter = demo_core.letters.get(screen.saver.letter_id)
    assert letter.status == "ready"
    assert letter.flags[0]["category"] == "promise_date"
    assert "home by Christmas" in letter.flags[0]["passage"]
    assert "I will be home by Christmas." in letter.body


def test_megabyte_paste_is_kept_and_explained(qtbot, session: Session, demo_core: Core) -> None:
    """A 1 MB paste stays in the editor, the window answers, and a kind message says why."""
    zoe = _child(demo_core, session, "Zoë")
    screen = _open(qtbot, session, child_id=zoe.id)
    screen.occasion_page.buttons[-1].click()  # write freely
    _settle(qtbot, session)
    huge = ("I love you. " * 90_000)[:1_000_000]
    screen.editor_page.edit.insertPlainText(huge)
    screen.saver.save_now("autosave")
    qtbot.waitUntil(lambda: screen.banner.isVisible(), timeout=10000)
    assert "Nothing was lost" in screen.banner.text()
    assert "still here" in screen.banner.text()
    assert huge in screen.editor_page.edit.toPlainText()
    saved = demo_core.letters.get(screen.saver.letter_id)
    assert len(saved.body) < 1000  # the store refused it; the earlier short text stays
    screen.editor_page.review_button.click()
    assert screen.pages.currentWidget() is screen.editor_page
    assert "too long" in screen.banner.text()


def test_misspelt_word_is_underlined_and_replaced(qtbot, session: Session,
                                                   demo_core: Core) -> None:
    """A misspelt word is marked off the GUI thread; choosing a suggestion fixes it."""
    zoe = _child(demo_core, session, "Zoë")
    screen = _open(qtbot, session, child_id=zoe.id)
    screen.occasion_page.buttons[-1].click()
    edit = screen.editor_page.edit
    qtbot.keyClicks(edit, "I hope scool is fun, ")
    edit.insertPlainText("Zoë.")  # QTest types ASCII only
    qtbot.waitUntil(lambda: bool(edit.highlighter.misspellings), timeout=5000)
    assert [m.word for m in edit.highlighter.misspellings] == ["scool"]  # the name is not
    item = edit.highlighter.misspellings[0]
    menu = edit.suggestion_menu(item.start + 1, keyboard=True)
    first = menu.activeAction()
    assert first is not None and first.text() == "school"
    first.trigger()
    assert "I hope school is fun, Zoë." in edit.toPlainText()
    qtbot.waitUntil(lambda: not edit.highlighter.misspellings, timeout=5000)


def test_history_brings_back_an_earlier_version(qtbot, session: Session,
                                                demo_core: Core) -> None:
    """Restoring a version puts its text back and keeps the replaced text in history."""
    letter = next(x for x in demo_core.letters.for_parent(session.parent.id)
                  if x.status == "draft")
    original = letter.body
    screen = _open(qtbot, session, letter_id=letter.id)
    assert screen.pages.currentWidget() is screen.editor_page
    edit = screen.editor_page.edit
    edit.selectAll()
    qtbot.keyClicks(edit, "Short new text.")
    screen.editor_page.history_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.history_page, timeout=5000)
    page = screen.history_page
    bodies = [page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())]
    assert bodies[0] == "Short new text." and original in bodies
    page.list.setCurrentRow(bodies.index(original))
    page.restore_button.click()
    assert edit.toPlainText() == original
    _settle(qtbot, session)
    kept = [v.body for v in demo_core.letters.history(letter.id)]
    assert kept[-1] == original and "Short new text." in kept


def test_spanish_parent_gets_spanish_prompts_and_greeting(qtbot, session: Session,
                                                         demo_core: Core) -> None:
    """A Spanish-speaking parent sees Spanish questions, "Hola, Zoë," and "Con cariño, Papá"."""
    demo_core.profiles.set_language(session.parent.id, "es")
    session.parent = demo_core.profiles.parent(session.parent.id)
    zoe = _child(demo_core, session, "Zoë")
    screen = _open(qtbot, session, child_id=zoe.id)
    assert any(b.text() == "Cumpleaños" for b in screen.occasion_page.buttons)
    next(b for b in screen.occasion_page.buttons if b.text() == "Cumpleaños").click()
    assert screen.prompt is not None and screen.prompt.language == "es"
    assert screen.step_page.answer_edit.toPlainText() == "Hola, Zoë,"
    screen.go_to_step(len(screen.screens()) - 1)
    assert screen.step_page.answer_edit.toPlainText() == "Con cariño, Papá"
    # The mock voice speaks only English: the button says so instead of failing silently.
    assert "no voice for this language" in screen.step_page.read_aloud.toolTip()


def test_submitted_letter_is_changed_only_after_asking(qtbot, session: Session,
                                                      demo_core: Core) -> None:
    """A letter waiting for staff opens read-only; "Change this letter" asks first, and
    only a yes takes it back to draft, where typing is saved again."""
    letter = next(x for x in demo_core.letters.for_parent(session.parent.id)
                  if x.status == "ready")
    screen = _open(qtbot, session, letter_id=letter.id)
    assert "waiting for staff" in screen.editor_page.note.text()
    assert screen.editor_page.edit.isReadOnly() and screen.change_button.isVisible()
    asked: list[str] = []
    screen.confirm = lambda title, question: asked.append(question) or False
    screen.change_button.click()
    _settle(qtbot, session)
    assert asked and demo_core.letters.get(letter.id).status == "ready"
    screen.confirm = lambda title, question: True
    screen.change_button.click()
    qtbot.waitUntil(lambda: not screen.editor_page.edit.isReadOnly(), timeout=5000)
    assert demo_core.letters.get(letter.id).status == "draft"
    screen.editor_page.edit.moveCursor(screen.editor_page.edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(screen.editor_page.edit, " More.")
    screen.leave()
    _settle(qtbot, session)
    after = demo_core.letters.get(letter.id)
    assert after.status == "draft" and after.body.endswith(" More.")


def test_returned_letter_shows_the_reason_and_can_be_sent_again(qtbot, session: Session,
                                                                demo_core: Core) -> None:
    """The worker's reason is shown on the letter; the parent changes it (no question
    needed: it is back with them) and sends it for review again."""
    letter = next(x for x in demo_core.letters.for_parent(session.parent.id)
                  if x.status == "ready" and "Zoë" in x.body)
    demo_core.letters.set_status(letter.id, "returned", "Please leave out the address")
    screen = _open(qtbot, session, letter_id=letter.id)
    assert "Please leave out the address" in screen.banner.text()
    screen.confirm = lambda title, question: pytest.fail("a returned letter needs no question")
    screen.change_button.click()
    qtbot.waitUntil(lambda: not screen.editor_page.edit.isReadOnly(), timeout=5000)
    screen.editor_page.review_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.review_page, timeout=5000)
    screen.review_page.send_button.click()
    _settle(qtbot, session)
    after = demo_core.letters.get(letter.id)
    assert (after.status, after.status_note) == ("ready", "")


def test_change_it_selects_the_flagged_passage(qtbot, session: Session, demo_core: Core) -> None:
    """"Change it" goes back to the letter with the flagged words selected."""
    zoe = _child(demo_core, session, "Zoë")
    screen = _open(qtbot, session, child_id=zoe.id)
    screen.occasion_page.buttons[-1].click()
    qtbot.keyClicks(screen.editor_page.edit, "Please call Uncle Ray for me.")
    screen.editor_page.review_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.review_page, timeout=5000)
    screen.review_page.change_button.click()
    assert screen.pages.currentWidget() is screen.editor_page
    assert screen.editor_page.edit.textCursor().selectedText() == "call Uncle Ray for me"


def test_word_added_by_the_parent_is_kept(qtbot, session: Session, demo_core: Core) -> None:
    """"It is right: add it to my words" unmarks the word now and in later letters."""
    zoe = _child(demo_core, session, "Zoë")
    screen = _open(qtbot, session, child_id=zoe.id)
    screen.occasion_page.buttons[-1].click()
    edit = screen.editor_page.edit
    qtbot.keyClicks(edit, "Mr Grubbo the cat says hi.")
    qtbot.waitUntil(lambda: [m.word for m in edit.highlighter.misspellings] == ["Grubbo"],
                    timeout=5000)
    menu = edit.suggestion_menu(edit.highlighter.misspellings[0].start, keyboard=True)
    add = next(a for a in menu.actions() if "add it to my words" in a.text())
    add.trigger()
    qtbot.waitUntil(lambda: not edit.highlighter.misspellings, timeout=5000)
    _settle(qtbot, session)
    path = demo_core.paths.personal_words(session.parent.id)
    assert "grubbo" in path.read_text(encoding="utf-8")


def test_letter_with_the_mail_room_is_read_only(qtbot, session: Session,
                                                demo_core: Core) -> None:
    """An exported letter opens read-only with a plain note, and nothing is saved."""
    letter = next(x for x in demo_core.letters.for_parent(session.parent.id)
                  if x.status == "ready")
    demo_core.letters.set_status(letter.id, "approved")
    demo_core.letters.set_status(letter.id, "exported")
    versions = len(demo_core.letters.history(letter.id))
    screen = _open(qtbot, session, letter_id=letter.id)
    assert screen.editor_page.edit.isReadOnly()
    assert "with the mail room" in screen.editor_page.note.text()
    assert screen.editor_page.review_button.isHidden()
    screen.leave()
    _settle(qtbot, session)
    after = demo_core.letters.get(letter.id)
    assert after.status == "exported" and after.body == letter.body
    assert len(demo_core.letters.history(letter.id)) == versions


def test_no_new_letter_for_a_child_not_permitted(qtbot, session: Session,
                                                 demo_core: Core) -> None:
    """Jordan (contact not permitted): the kiosk says so kindly and starts nothing; Zoë
    can still be chosen."""
    screen = _open(qtbot, session)
    before = len(demo_core.letters.for_parent(session.parent.id))
    jordan = next(b for b in screen.child_page.buttons if "Jordan" in b.text())
    qtbot.mouseClick(jordan, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.child_page and screen.child is None
    assert "Contact with Jordan Lee has not been approved" in screen.banner.text()
    assert screen.banner.isVisible()
    zoe = next(b for b in screen.child_page.buttons if "Zoë" in b.text())
    qtbot.mouseClick(zoe, Qt.MouseButton.LeftButton)
    assert screen.pages.currentWidget() is screen.occasion_page
    assert not screen.banner.isVisible()
    _settle(qtbot, session)
    assert len(demo_core.letters.for_parent(session.parent.id)) == before
