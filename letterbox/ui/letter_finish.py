"""The end of the letter flow: history, review, "Ready for review", and words and length.

A mixin for ``LetterFlowScreen`` (kept apart so each file stays one readable size); it
uses the screen's pages, state, saver and session.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from letterbox.store.items import REOPENABLE, ItemStatus
from letterbox.store.letters import MAX_BODY_CHARS, Letter
from letterbox.ui.wording import error_text, status_text
from letterbox.writing.content_check import Flag
from letterbox.writing.flow_services import estimate_for, sender_of
from letterbox.writing.letter_plan import word_count
from letterbox.writing.spelling import PersonalWords, name_words

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from letterbox.services.letters import ActorLetters
    from letterbox.ui.letter_editor import EditorPage, HistoryPage
    from letterbox.ui.letter_review import ReviewPage
    from letterbox.ui.screen import Session
    from letterbox.writing.autosave import DraftSaver
    from letterbox.writing.flow_services import FlowServices
    from letterbox.writing.letter_plan import FlowState

log = logging.getLogger(__name__)


class FinishingSteps:
    """History, review and sending; counting words and pages; the parent's own words.

    Strings use the screen's translation context explicitly: a mixin's ``self.tr`` would
    look them up under the screen's class name while lupdate files them under the mixin's.
    """

    if TYPE_CHECKING:  # what the screen provides (declared for the type checker only)
        session: Session
        services: FlowServices | None
        letters: ActorLetters
        saver: DraftSaver
        state: FlowState
        flags: list[Flag]
        body: str
        status: str
        pages: QStackedWidget
        editor_page: EditorPage
        history_page: HistoryPage
        review_page: ReviewPage
        go_home: Any

        def show_banner(self, text: str) -> None: ...
        def show_editor(self, cursor: int | None = None, *, save: bool = True) -> None: ...
        def inform(self, title: str, message: str) -> None: ...
        def contact_note(self) -> str: ...
        def confirm(self, title: str, question: str) -> bool: ...

        change_button: Any

    def show_history(self) -> None:
        """The letter's earlier versions (read after the pending saves finish)."""
        self.saver.save_now("screen")
        letters = self.letters
        self.saver.then(letters.history, self._history_loaded, owner=self)

    def _history_loaded(self, versions) -> None:
        self.history_page.set_versions(versions)
        self.pages.setCurrentWidget(self.history_page)

    def restore_version(self, text: str) -> None:
        """Bring an earlier version back, keeping the current one in the history."""
        self.saver.save_now("before restoring", new_version=True)
        self.body, self.state.edited = text, True
        self.show_editor(len(text), save=False)
        self.saver.save_now("restored", new_version=True)

    def show_review(self) -> None:
        """Check the letter (off the GUI thread) and show the result."""
        body = self.body
        if len(body) > MAX_BODY_CHARS:
            self.show_banner(QCoreApplication.translate(
                "LetterFlowScreen", "This letter is too long to send. Please make it shorter "
                "or split it into two letters. Your words are still here."))
            return
        if not body.strip():
            self.show_banner(QCoreApplication.translate(
                "LetterFlowScreen", "The letter is empty. Write a few words first."))
            return
        self.saver.save_now("screen")
        assert self.services is not None
        checker, facility = self.services.checker, self.services.facility
        sender = sender_of(self.session.parent)
        self.session.tasks.run(lambda: (checker.check(body), word_count(body),
                                        estimate_for(body, facility, sender)),
                               lambda result: self._reviewed(body, *result), owner=self)

    def _reviewed(self, body: str, flags: list[Flag], words: int, estimate) -> None:
        self.flags = flags
        self.state.stage = "review"
        self.review_page.show_result(body, flags, words, estimate, self.contact_note())
        self.pages.setCurrentWidget(self.review_page)

    def change_flagged(self, position: int) -> None:
        """Back to the letter with the flagged passage selected, ready to be changed."""
        self.show_editor(position)
        flag = next((f for f in self.flags if f.start == position), None)
        if flag is not None and self.body[flag.start:flag.end] == flag.passage:
            cursor = self.editor_page.edit.textCursor()
            cursor.setPosition(flag.start)
            cursor.setPosition(flag.end, cursor.MoveMode.KeepAnchor)
            self.editor_page.edit.setTextCursor(cursor)

    def send_for_review(self) -> None:
        """Send the letter for review; the flags go with it to the reviewer."""
        self.saver.save_now("ready", force=True)
        flags = [f.to_dict() for f in self.flags]
        service, actor = self.session.services.letters, self.session.actor
        self.saver.then(lambda letter_id: service.submit(actor, letter_id, flags),
                        self._sent, self._send_failed, owner=self)

    def _sent(self, letter: Letter) -> None:
        self.status = letter.status
        self.saver.enabled = False  # with staff now: nothing more to save
        self.inform(QCoreApplication.translate("LetterFlowScreen", "Sent for review"),
                    QCoreApplication.translate(
                        "LetterFlowScreen", "Your letter is sent for review. Staff will read "
                        "it before it goes out. You can see how it is doing on your home "
                        "screen."))
        self.go_home.emit()

    def _send_failed(self, error: BaseException) -> None:
        log.error("Could not send the letter for review: %s", error)
        self.show_banner(error_text(error) + "\n" + QCoreApplication.translate(
            "LetterFlowScreen", "Your letter is saved. Please try again, or ask staff."))

    def _count(self) -> None:
        text = self.body
        facility = self.services.facility if self.services else None
        sender = sender_of(self.session.parent)
        self.session.tasks.run(lambda: (word_count(text),
                                        estimate_for(text, facility, sender)),
                               lambda result: self.editor_page.show_length(*result),
                               owner=self)

    def _ignored_words(self) -> set[str]:
        words = set(self.services.personal) if self.services else set()
        parent = self.session.parent
        names = [parent.name]
        for child in self.services.children if self.services else []:
            names += [child.name, child.carer_name, child.relationship]
        return words | name_words(*names)

    def add_word(self, word: str) -> None:
        """Remember a word the parent says is right (saved on the save pool)."""
        if self.services is not None:
            self.services.personal.add(word.casefold())
        store = PersonalWords(self.session.core.paths.personal_words(self.session.parent.id))
        self.session.tasks.run(lambda: store.add(word), serial=True)

    # -- a letter that is with staff, the mail room, or back from them --------------------
    def show_locked(self, letter: Letter) -> None:
        """Read-only, with its status (and the reason when it came back); the parent can
        take a letter back to change it, after being asked."""
        self.saver.enabled = False
        self.editor_page.set_text(letter.body)
        self.editor_page.edit.setReadOnly(True)
        for button in (self.editor_page.review_button, self.editor_page.back_button,
                       self.editor_page.history_button):
            button.hide()
        self.show_banner(status_text(letter.status, letter.status_note))
        notes = {
            ItemStatus.READY: QCoreApplication.translate(
                "LetterFlowScreen", "This letter is waiting for staff to read it."),
            ItemStatus.APPROVED: QCoreApplication.translate(
                "LetterFlowScreen", "Staff approved this letter. It will go to the mail room "
                "soon."),
            ItemStatus.RETURNED: QCoreApplication.translate(
                "LetterFlowScreen", "Staff sent this letter back to you. Change it, then send "
                "it for review again."),
            ItemStatus.REJECTED: QCoreApplication.translate(
                "LetterFlowScreen", "The mail room did not send this letter. Change it, then "
                "send it for review again."),
            ItemStatus.EXPORTED: QCoreApplication.translate(
                "LetterFlowScreen", "This letter is with the mail room, so it cannot be "
                "changed now."),
            ItemStatus.SENT: QCoreApplication.translate(
                "LetterFlowScreen", "This letter has been sent."),
        }
        self.editor_page.set_note(notes.get(ItemStatus(letter.status), ""))
        self.change_button.setVisible(letter.status in REOPENABLE)
        self.pages.setCurrentWidget(self.editor_page)
        if self.change_button.isVisible():
            self.change_button.setFocus()

    def ask_to_change(self) -> None:
        """Take a submitted letter back to change it: asked first while it is with staff."""
        if self.status in (ItemStatus.READY, ItemStatus.APPROVED) and not self.confirm(
                QCoreApplication.translate("LetterFlowScreen", "Change this letter?"),
                QCoreApplication.translate(
                    "LetterFlowScreen", "This letter is with staff. If you change it, it "
                    "comes back to you, and you will need to send it for review again. "
                    "Change it?")):
            return
        self.saver.then(self.letters.reopen, self._reopened, self._reopen_failed, owner=self)

    def _reopened(self, letter: Letter) -> None:
        self.status = letter.status
        self.saver.enabled = True
        self.change_button.hide()
        self.show_banner("")
        self.editor_page.edit.setReadOnly(False)
        for button in (self.editor_page.review_button, self.editor_page.history_button):
            button.show()
        self.editor_page.set_note("")
        self.show_editor(len(self.body), save=False)

    def _reopen_failed(self, error: BaseException) -> None:
        self.show_banner(error_text(error))
