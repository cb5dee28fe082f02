"""The letter flow's saver, and what the parent is told when the server is away or the
letter was also changed on another computer.

A mixin for ``LetterFlowScreen`` (kept apart so each file stays one readable size). The
journal itself lives in the services (``services.journal``); this only words it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from letterbox.services.letters import ActorLetters
from letterbox.writing.autosave import DraftSaver

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from letterbox.store.letters import Letter
    from letterbox.ui.screen import Session




class SavingWords:
    """Builds the saver and says, kindly, where the parent's words are."""

    if TYPE_CHECKING:  # what the screen provides (declared for the type checker only)
        save_label: QLabel
        banner: QLabel

        def _snapshot(self): ...
        def _saved(self, letter: Letter) -> None: ...
        def _save_failed(self, error: BaseException) -> None: ...
        def show_banner(self, text: str) -> None: ...

    def _make_saver(self, session: Session, child_id: int | None,
                    letter_id: int | None) -> tuple[ActorLetters, DraftSaver]:
        letters = ActorLetters(session.services.letters, session.actor,
                               session.services.journal)
        saver = DraftSaver(letters, session.tasks, session.parent.id, child_id,
                           self._snapshot, letter_id=letter_id, parent=self)
        saver.saved.connect(self._saved)
        saver.failed.connect(self._save_failed)
        saver.kept_locally.connect(self._kept_locally)
        return letters, saver

    def _kept_locally(self, _pending: int) -> None:
        """The server is away: nothing blocks typing; the words are safe here for now."""
        self.save_label.setText(QCoreApplication.translate("LetterFlowScreen",
                                                           "Saved on this computer"))
        self.show_banner(QCoreApplication.translate(
            "LetterFlowScreen",
            "Your words are safe on this computer for now. They will be sent on by themselves "
            "when the connection is back. You can keep writing."))
        self.banner.setProperty("saving_problem", True)  # the next real save clears it

    def journal_sent(self) -> None:
        """The kiosk sent the kept saves up: the parent's words are on the server again."""
        if self.banner.property("saving_problem"):
            self.show_banner("")
            self.save_label.setText(QCoreApplication.translate("LetterFlowScreen", "Saved"))

    def note_opened(self, letter: Letter) -> None:
        """An opened letter: saves are based on its revision; if two computers changed it,
        say both versions are kept (once)."""
        saver: DraftSaver = self.saver  # type: ignore[attr-defined]
        saver.based_on(letter.revision)
        if letter.changed_elsewhere:
            self.show_banner(QCoreApplication.translate(
                "LetterFlowScreen",
                "This letter was also changed on another computer; both versions are kept. "
                "You can see them under \u201cEarlier versions\u201d."))
            letters = self.letters  # type: ignore[attr-defined]
            saver.then(letters.seen_elsewhere, owner=self)
