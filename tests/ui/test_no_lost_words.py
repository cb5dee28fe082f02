"""No lost words on the real screens (issue 12, 3): the server stops mid-letter and starts
again; a letter changed on two computers; signing in on a second kiosk closes the first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from letterbox.audio.speech import Speaker
from letterbox.core import Core, open_core
from letterbox.demo import DEMO_ID_NUMBER, create_demo
from letterbox.services import build_services
from letterbox.services.journal import DraftTarget
from letterbox.services.letters import ActorLetters
from letterbox.store.db import StoreUnavailable
from letterbox.store.letters import LetterDraft
from letterbox.tasks import TaskRunner
from letterbox.ui.letter_flow import LetterFlowScreen
from letterbox.ui.main_window import MainWindow
from letterbox.ui.screen import Session
from letterbox.ui.signin import SignInScreen
from tests import own_postgres, store_engines
from tests.own_postgres import OwnServer
from tests.ui.window_helpers import sign_in_demo

own_pg = own_postgres.own_pg  # a server this test may stop and start
core = store_engines.core  # both engines
store_url = store_engines.store_url

SAFE = "Your words are safe on this computer for now"


def _demo_session(opened: Core, tasks: TaskRunner) -> Session:
    create_demo(opened)
    parent = opened.profiles.find_by_id_number(DEMO_ID_NUMBER)
    assert parent is not None
    return Session(core=opened, tasks=tasks, parent=parent, speaker=Speaker("mock"))


def _open_draft(qtbot, session: Session) -> LetterFlowScreen:  # type: ignore[no-untyped-def]
    letter = next(x for x in session.core.letters.for_parent(session.parent.id)
                  if x.status == "draft")
    screen = LetterFlowScreen(session, letter_id=letter.id)
    screen.inform = lambda title, message: None  # no modal dialogs in tests
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.editor_page, timeout=10000)
    return screen


@pytest.fixture
def stopped_core(own_pg: OwnServer, tmp_path: Path) -> Iterator[Core]:
    opened = open_core(tmp_path / "data", own_pg.url)
    yield opened
    opened.close()


def test_server_stops_mid_letter_and_every_word_goes_up(qtbot, tasks, own_pg: OwnServer,
                                                        stopped_core: Core) -> None:
    """A kiosk on PostgreSQL: the server is stopped while the parent writes. Typing goes
    on, each save lands in the local journal and the parent is told kindly; the server
    starts again, the next save sends the journal up first, and the letter holds every
    word."""
    session = _demo_session(stopped_core, tasks)
    screen = _open_draft(qtbot, session)
    edit = screen.editor_page.edit
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " Before.")
    screen.saver.save_now("screen")
    qtbot.waitUntil(lambda: "Saved at" in screen.save_label.text(), timeout=10000)
    own_pg.stop()
    journal = session.services.journal
    typed = []
    for n, words in enumerate([" The lights", " went out", " but I kept writing."], 1):
        qtbot.keyClicks(edit, words)  # nothing blocks typing
        typed.append(edit.toPlainText())
        screen.saver.save_now("screen", new_version=True)
        qtbot.waitUntil(lambda n=n: journal.pending() == n, timeout=15000)
    qtbot.waitUntil(lambda: screen.banner.isVisible() and SAFE in screen.banner.text(),
                    timeout=5000)
    assert screen.save_label.text() == "Saved on this computer"
    assert edit.toPlainText().endswith("Before. The lights went out but I kept writing.")
    own_pg.start()
    qtbot.keyClicks(edit, " Love, Dad")
    screen.saver.save_now("screen", new_version=True)
    qtbot.waitUntil(lambda: "Saved at" in screen.save_label.text(), timeout=15000)
    assert not screen.banner.isVisible()
    assert journal.pending() == 0
    # (this thread's connection broke with the server and says so once, then reconnects)
    with contextlib.suppress(StoreUnavailable):
        stopped_core.db.query("SELECT 1")
    stored = stopped_core.letters.get(screen.saver.letter_id)
    assert stored.body == edit.toPlainText()
    assert not stored.changed_elsewhere
    kept = [v.body for v in stopped_core.letters.history(stored.id)]
    # every save made while the server was away is there, in the order it was made
    assert all(text in kept for text in typed)
    assert [kept.index(text) for text in typed] == sorted(kept.index(text) for text in typed)


def test_a_letter_changed_on_two_computers_says_both_are_kept(qtbot, demo_core: Core,
                                                              tasks) -> None:
    """The same draft saved from two computers: on opening, the parent is told kindly,
    and both texts are among the earlier versions of the letter."""
    session = _demo_session(demo_core, tasks)
    letter = next(x for x in demo_core.letters.for_parent(session.parent.id)
                  if x.status == "draft")
    fields = {"parent_id": letter.parent_id, "child_id": letter.child_id}
    for place in ("library", "classroom"):
        kiosk = ActorLetters(build_services(demo_core).letters, session.actor)
        kiosk.autosave(DraftTarget(letter.id, revision=letter.revision),
                       LetterDraft(f"Written in the {place}."), fields)
    screen = _open_draft(qtbot, session)
    qtbot.waitUntil(lambda: "also changed on another computer" in screen.banner.text()
                    and screen.banner.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: not demo_core.letters.get(letter.id).changed_elsewhere,
                    timeout=5000)  # told once
    screen.editor_page.history_button.click()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.history_page, timeout=5000)
    page = screen.history_page
    bodies = [page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())]
    assert "Written in the library." in bodies and "Written in the classroom." in bodies


def test_signing_in_on_a_second_kiosk_closes_the_first(qtbot, core: Core,
                                                       store_url: str | None) -> None:
    """Two kiosk windows on one store: the demo parent writes on the first, then signs in
    on the second. The first kiosk's check finds its session taken: it saves the words,
    returns to sign-in and says why; the second kiosk stays signed in."""
    create_demo(core)
    second = open_core(core.paths.root, store_url)
    first_tasks, second_tasks = TaskRunner(), TaskRunner()
    first, other = MainWindow(core, first_tasks), MainWindow(second, second_tasks)
    notices: list[str] = []
    first.session_watch.notify = lambda title, message: notices.append(message)  # type: ignore[method-assign]
    try:
        for window in (first, other):
            qtbot.addWidget(window)
            window.session_watch.timer.stop()  # the test says when each kiosk checks
            window.show()
        home = sign_in_demo(qtbot, first)
        qtbot.waitUntil(lambda: not first_tasks.busy, timeout=5000)
        letter = next(x for x in core.letters.for_parent(first.session.parent.id)
                      if x.status == "draft")
        home.open_letter.emit(letter.id)
        screen = first.current_screen
        assert isinstance(screen, LetterFlowScreen)
        qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.editor_page,
                        timeout=10000)
        edit = screen.editor_page.edit
        edit.moveCursor(edit.textCursor().MoveOperation.End)
        qtbot.keyClicks(edit, " Written just before leaving.")
        first.session_watch.check_now()
        qtbot.waitUntil(lambda: not first_tasks.busy, timeout=5000)
        assert first.session is not None  # still its own session
        sign_in_demo(qtbot, other)
        qtbot.waitUntil(lambda: not second_tasks.busy, timeout=5000)
        first.session_watch.check_now()
        qtbot.waitUntil(lambda: isinstance(first.current_screen, SignInScreen),
                        timeout=5000)
        assert first.session is None and other.session is not None
        assert notices and "another computer" in notices[0]
        qtbot.waitUntil(lambda: not first_tasks.busy, timeout=5000)
        assert core.letters.get(letter.id).body.endswith("Written just before leaving.")
        other.session_watch.check_now()
        qtbot.waitUntil(lambda: not second_tasks.busy, timeout=5000)
        assert other.session is not None  # the second kiosk keeps its session
    finally:
        for window, runner in ((first, first_tasks), (other, second_tasks)):
            window.close()
            runner.wait_for_done()
        second.close()


def test_the_kiosk_sends_kept_saves_on_by_itself(qtbot, demo_core: Core, tasks,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The letter store cannot be reached while the parent writes (a wrapper raising
    StoreUnavailable, as the PostgreSQL store does): the window's own check sends the kept
    saves on once it can, with nobody typing, and the kind note goes away. Saves still
    waiting when the kiosk is closed go up when it starts again."""
    window = MainWindow(demo_core, tasks)
    qtbot.addWidget(window)
    window.session_watch.timer.stop()
    window.show()
    home = sign_in_demo(qtbot, window)
    letter = next(x for x in demo_core.letters.for_parent(window.session.parent.id)
                  if x.status == "draft")
    real_save = demo_core.letters.save

    def away(*_args: object, **_kwargs: object) -> None:
        raise StoreUnavailable("cannot reach the Letterbox store at test")

    monkeypatch.setattr(demo_core.letters, "save", away)
    home.open_letter.emit(letter.id)
    screen = window.current_screen
    assert isinstance(screen, LetterFlowScreen)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.editor_page, timeout=10000)
    edit = screen.editor_page.edit
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " Kept here a while.")
    screen.saver.save_now("screen")
    qtbot.waitUntil(lambda: SAFE in screen.banner.text() and screen.banner.isVisible(),
                    timeout=5000)
    window.session_watch.check_now()  # still away: nothing changes, nothing is lost
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert window.services.journal.pending() == 1 and screen.banner.isVisible()
    monkeypatch.setattr(demo_core.letters, "save", real_save)
    window.session_watch.check_now()
    qtbot.waitUntil(lambda: not screen.banner.isVisible(), timeout=5000)
    assert screen.save_label.text() == "Saved"
    assert demo_core.letters.get(letter.id).body == edit.toPlainText()
    # closed while away: the next start sends the saves on before anyone signs in
    monkeypatch.setattr(demo_core.letters, "save", away)
    qtbot.keyClicks(edit, " And more.")
    window.close()
    assert window.services.journal.pending() == 1
    monkeypatch.setattr(demo_core.letters, "save", real_save)
    again = MainWindow(demo_core, tasks)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: demo_core.letters.get(letter.id).body.endswith("And more."),
                    timeout=5000)
    assert again.services.journal.pending() == 0
    again.close()
