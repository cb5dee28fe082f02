"""Playing a take back to the parent, with its position; kind when there are no speakers.

QtMultimedia's QMediaPlayer plays on its own threads, so nothing here blocks the GUI.
It is created on first use: merely asking for audio outputs logs warnings on machines
without sound, which need not happen until someone presses Play.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal

os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")


class Player(QObject):
    """Plays one file at a time.

    Signals:
        position(float, float): seconds played and the file's length.
        playing_changed(bool): playback started or ended.
        unavailable(str): why nothing can be played (a message for the user).
    """

    position = Signal(float, float)
    playing_changed = Signal(bool)
    unavailable = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player: object | None = None
        self._output: object | None = None
        self.playing = False

    def play(self, path: Path) -> bool:
        """Start playing ``path``; False (and ``unavailable``) when it cannot."""
        from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

        if not Path(path).exists():
            self.unavailable.emit(self.tr("This recording's sound file is missing."))
            return False
        if not QMediaDevices.audioOutputs():
            self.unavailable.emit(self.tr("This computer has no speakers or headphones "
                                          "connected, so the recording cannot be played. "
                                          "It is saved. Please ask staff."))
            return False
        if self._player is None:
            player = QMediaPlayer(self)
            output = QAudioOutput(self)
            player.setAudioOutput(output)
            player.positionChanged.connect(self._moved)
            player.playbackStateChanged.connect(self._state)
            player.errorOccurred.connect(self._error)
            self._player, self._output = player, output
        assert isinstance(self._player, QMediaPlayer)
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()
        return True

    def stop(self) -> None:
        """Stop playing."""
        if self._player is not None:
            self._player.stop()  # type: ignore[attr-defined]

    def seek(self, seconds: float) -> None:
        """Carry on from ``seconds`` (nothing when nothing has been played yet)."""
        if self._player is not None:
            self._player.setPosition(max(0, int(seconds * 1000)))  # type: ignore[attr-defined]

    def _moved(self, ms: int) -> None:
        total = self._player.duration() if self._player is not None else 0  # type: ignore[attr-defined]
        self.position.emit(ms / 1000, max(total, ms) / 1000)

    def _state(self, state: object) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        playing = state == QMediaPlayer.PlaybackState.PlayingState
        if playing != self.playing:
            self.playing = playing
            self.playing_changed.emit(playing)

    def _error(self, _error: object, message: str) -> None:
        self.unavailable.emit(self.tr("The recording could not be played (%1).")
                              .replace("%1", message))
