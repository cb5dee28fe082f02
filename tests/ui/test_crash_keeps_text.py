"""A real app process killed 2.5 s after typing stops keeps every character typed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from letterbox.core import open_core
from letterbox.demo import DEMO_ID_NUMBER, create_demo

DRIVER = Path(__file__).with_name("crash_driver.py")
TEXT = ("Hola Zoë! I think of you every morning when the sun comes up.\n"
        "Señor Gato the cat still sleeps on my notes — ask him about it.\n"
        "Write back soon, 100% promise-free: ¿qué tal la escuela?")


def test_sigkill_after_typing_loses_nothing(data_dir: Path) -> None:
    """SIGKILL 2.5 s after the last keystroke: the saved letter holds every typed character."""
    core = open_core(data_dir)
    create_demo(core)
    core.settings.set("speech_engine", "mock")  # start fast; speech is not under test
    core.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "QT_LOGGING_RULES": "qt.multimedia.symbolsresolver=false"}
    log = data_dir.parent / "driver-stderr.txt"
    with log.open("w") as errors, subprocess.Popen(
            [sys.executable, str(DRIVER), str(data_dir), "Zoë Martínez", TEXT],
            stdout=subprocess.PIPE, stderr=errors, text=True, env=env) as proc:
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
            assert line.strip() == "TYPED", log.read_text()
            time.sleep(2.5)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    core = open_core(data_dir)
    try:
        parent = core.profiles.find_by_id_number(DEMO_ID_NUMBER)
        assert parent is not None
        letters = [x for x in core.letters.for_parent(parent.id) if TEXT in x.body]
        assert len(letters) == 1, [x.body[:80] for x in core.letters.for_parent(parent.id)]
        assert letters[0].body.startswith("Dear Zoë,\n\n" + TEXT)
        assert letters[0].flow_state["stage"] == "editor"
    finally:
        core.close()
