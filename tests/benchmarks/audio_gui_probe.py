"""Measure the GUI event loop's longest stall while recording (run by bench_audio.py).

Runs the real recording screen (offscreen) on the default ALSA device, which the caller's
environment points at a PulseAudio null sink, and a 2 ms QTimer that notes every gap in
the event loop: first idle (the anchor), then three takes of Record → 4 s → Stop → saved.
Prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from letterbox.core import open_core
    from letterbox.demo import create_demo
    from letterbox.tasks import TaskRunner
    from letterbox.ui.record_message import MessageView
    from letterbox.ui.recording_view import RecordingScreen
    from letterbox.ui.screen import Session

    _app = QApplication([])  # kept alive until main returns
    core = open_core(Path(tempfile.mkdtemp(prefix="lb-bench-")))
    create_demo(core)
    tasks = TaskRunner()
    parent = core.profiles.find_by_id_number("DEMO-0001")
    assert parent is not None
    child = next(c for c in core.profiles.children(parent.id) if c.contact_approved)
    gaps: dict[str, list[float]] = {"idle": [], "recording": []}
    phase = ["idle"]
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps[phase[0]].append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(beat)
    timer.start()

    def wait(predicate, timeout: float) -> None:
        """Run the real event loop until ``predicate`` holds (checked every 10 ms)."""
        loop = QEventLoop()
        deadline = time.monotonic() + timeout
        poll = QTimer()
        poll.setInterval(10)
        poll.timeout.connect(lambda: (predicate() or time.monotonic() > deadline)
                             and loop.quit())
        poll.start()
        loop.exec()
        poll.stop()
        if not predicate():
            raise TimeoutError("the screen did not get there")

    def run_for(seconds: float) -> None:
        wait(lambda: time.monotonic() >= end_at[0], seconds + 5)

    end_at = [time.monotonic() + 3.0]
    run_for(3.0)
    phase[0] = "recording"
    screen = RecordingScreen(Session(core=core, tasks=tasks, parent=parent), child_id=child.id)
    screen.resize(1024, 768)
    screen.show()
    wait(lambda: hasattr(screen, "kind_buttons"), 15)
    screen.start_new("message")
    wait(lambda: isinstance(screen.view, MessageView), 10)
    view = screen.view
    frames = 0
    for _ in range(3):
        view.record()
        wait(lambda: screen.controller.state == "recording", 15)
        end_at[0] = time.monotonic() + 4.0
        run_for(4.0)
        frames += screen.controller.recorder.frames_written
        screen.controller.stop()
        wait(lambda: screen.controller.state == "idle", 15)
    screen.leave()
    tasks.wait_for_done()
    timer.stop()

    def summary(values: list[float]) -> dict[str, float]:
        ordered = sorted(values)
        return {"max_ms": ordered[-1] * 1000, "p99_ms": ordered[int(len(ordered) * 0.99)] * 1000,
                "ticks": len(ordered)}

    print(json.dumps({"idle": summary(gaps["idle"]), "recording": summary(gaps["recording"]),
                      "frames": frames}))
    core.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
