"""The guided letter flow (filled in by the guided-letters work)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from letterbox.ui.screen import PlainScreen, Session


class LetterFlowScreen(PlainScreen):
    """Placeholder: says plainly that writing is not built yet."""

    def __init__(self, session: Session, *, child_id: int | None = None,
                 letter_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Write a letter"),
                         self.tr("Writing letters is not ready yet on this computer."), parent)
