"""What Escape and the bar's Read aloud do on the letter flow, whose pages change.

A mixin for ``LetterFlowScreen`` (kept apart so each file stays one readable size).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton

from letterbox.ui.spoken import spoken, words_and_choices

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStackedWidget

    from letterbox.ui.letter_editor import EditorPage
    from letterbox.ui.letter_steps import StepPage
    from letterbox.ui.widgets.big_button import BigButton


class KeysAndVoice:
    """The page's own Back for Escape, and the page's words (with what the parent wrote)
    for Read aloud."""

    if TYPE_CHECKING:  # what the screen provides (declared for the type checker only)
        pages: QStackedWidget
        step_page: StepPage
        editor_page: EditorPage
        close_button: BigButton

    def spoken_text(self) -> str:
        """What the bar's Read aloud says: the title, the page's words (its question and
        choices, or the letter), what the parent has written there, then "Press …" for
        each button. (The pages' own buttons read just the question or the letter.)"""
        words, choices = words_and_choices(self)
        page = self.pages.currentWidget()
        box = {self.step_page: self.step_page.answer_edit,
               self.editor_page: self.editor_page.edit}.get(page)
        written = box.toPlainText().strip() if box is not None else ""
        if written:
            said = QCoreApplication.translate("LetterFlowScreen", "What you wrote:")
            words.append(f"{said}\n{written}")
        return spoken(words, choices)

    @property
    def back_button(self) -> QAbstractButton:
        """What Escape presses: the page's own way back when it has one (the question
        before, the choice before), else "Save and close"."""
        own = getattr(self.pages.currentWidget(), "back_button", None)
        if isinstance(own, QAbstractButton) and own.isVisible() and own.isEnabled():
            return own
        return self.close_button
