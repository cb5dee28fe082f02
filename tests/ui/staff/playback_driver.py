"""Plays a tone through the review page's recording view on the real audio path (run in a
subprocess whose environment points at a private PulseAudio); prints the slider's values
as one JSON line."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from letterbox.store.recordings import RecordingPart
from letterbox.ui.staff.recording_view import PartToPlay, RecordingView


def main(wav: Path) -> None:
    app = QApplication([])
    view = RecordingView()
    part = RecordingPart(id=1, recording_id=1, role="page", position=1,
                         text="Once upon a time.", file=str(wav), duration_s=3.0, chosen=True)
    view.show_recording("", "", [])
    view.show_parts([PartToPlay(part, wav)])
    seen: list[tuple[float, int, str]] = []
    start = time.monotonic()
    # Sample the slider on the GUI thread while the player plays on its own threads.
    sampler = QTimer()
    sampler.timeout.connect(lambda: seen.append((round(time.monotonic() - start, 2),
                                                 view.slider.value(),
                                                 view.position_label.text())))
    sampler.start(100)
    QTimer.singleShot(0, view.play_button.click)
    QTimer.singleShot(6000, app.quit)
    app.exec()
    view.stop()
    print(json.dumps({"samples": seen, "maximum": view.slider.maximum(),
                      "note": view.note.text()}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
