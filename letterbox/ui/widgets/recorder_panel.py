"""The recording controls shared by every kind of recording: Record, Pause, Stop, the meter,
the time against the maximum, and the warnings while recording."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from letterbox.audio.controller import RecordingController
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.widgets.level_meter import LevelMeter


def clock(seconds: float) -> str:
    """Seconds as m:ss."""
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class RecorderPanel(QWidget):
    """Big buttons and live feedback. Emits ``record_requested``; the owner decides what
    the take is (a message take, a page, a line) and calls the controller."""

    record_requested = Signal()

    def __init__(self, controller: RecordingController, parent: QWidget | None = None, *,
                 record_text: str = "") -> None:
        super().__init__(parent)
        self.controller = controller
        self._locked = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self.record_button = BigButton(record_text or self.tr("&Record"), "record",
                                       primary=True, height=80)
        self.pause_button = BigButton(self.tr("&Pause"), "pause", height=80)
        self.stop_button = BigButton(self.tr("&Stop"), "stop", height=80)
        for button in (self.record_button, self.pause_button, self.stop_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        grid = QGridLayout()
        self.meter = LevelMeter()
        grid.addWidget(self.meter, 0, 0, 1, 2)
        self.status_label = QLabel(self.tr("Ready to record."))
        self.status_label.setObjectName("hint")
        self.time_label = QLabel()
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.time_label.setAccessibleName(self.tr("Time recorded"))
        grid.addWidget(self.status_label, 1, 0)
        grid.addWidget(self.time_label, 1, 1)
        layout.addLayout(grid)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("error")
        self.warning_label.setWordWrap(True)
        layout.addWidget(self.warning_label)
        self.record_button.clicked.connect(self.record_requested.emit)
        self.pause_button.clicked.connect(self._pause_pressed)
        self.stop_button.clicked.connect(controller.stop)
        controller.state_changed.connect(self._show_state)
        controller.tick.connect(self._show_tick)
        controller.warning.connect(self._show_warning)
        self._show_state("idle")
        self._show_tick(0.0, 0.0, controller.max_seconds)

    def set_locked(self, locked: bool) -> None:
        """No new takes (the recording is with staff); a take in progress can still stop."""
        self._locked = locked
        self.record_button.setEnabled(self.controller.state == "idle" and not locked)

    def _pause_pressed(self) -> None:
        if self.controller.state == "paused":
            self.controller.resume()
        else:
            self.controller.pause()

    def _show_state(self, state: str) -> None:
        texts = {
            "idle": self.tr("Ready to record."),
            "starting": self.tr("Starting the microphone…"),
            "recording": self.tr("Recording — speak now."),
            "paused": self.tr("Paused. Press Resume to carry on."),
            "stopping": self.tr("Saving…"),
        }
        self.status_label.setText(texts.get(state, ""))
        self.record_button.setEnabled(state == "idle" and not self._locked)
        self.pause_button.setEnabled(state in ("recording", "paused"))
        self.pause_button.setText(self.tr("&Resume") if state == "paused" else self.tr("&Pause"))
        self.pause_button.setAccessibleName(self.pause_button.text().replace("&", ""))
        self.stop_button.setEnabled(state in ("recording", "paused", "starting"))
        if state == "idle":
            self.meter.reset()
            self._show_tick(0.0, 0.0, self.controller.max_seconds)
            if self.isVisible() and not self._locked and not self.record_button.hasFocus():
                self.record_button.setFocus()
        if state == "recording":
            self.stop_button.setFocus()

    def _show_tick(self, peak: float, elapsed: float, maximum: float) -> None:
        self.meter.set_peak(peak)
        if maximum:
            self.time_label.setText(self.tr("%1 recorded · %2 left")
                                    .replace("%1", clock(elapsed))
                                    .replace("%2", clock(maximum - elapsed)))
        else:
            self.time_label.setText(self.tr("%1 recorded").replace("%1", clock(elapsed)))

    def _show_warning(self, code: str) -> None:
        texts = {
            "quiet": self.tr("We can't hear you — move closer to the microphone."),
            "clipping": self.tr("Too loud — move back from the microphone a little."),
            "ending_soon": self.tr("Less than 30 seconds left."),
        }
        self.warning_label.setText(texts.get(code, ""))
