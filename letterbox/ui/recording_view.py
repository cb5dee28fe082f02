"""Recording messages and stories (filled in by the audio work)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from letterbox.ui.screen import PlainScreen, Session


class RecordingScreen(PlainScreen):
    """Placeholder: says plainly that recording is not built yet."""

    def __init__(self, session: Session, *, child_id: int | None = None,
                 recording_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a message"),
                         self.tr("Recording is not ready yet on this computer."), parent)
