"""A process killed at any moment leaves a consistent store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from letterbox.core import open_core

WRITER = Path(__file__).with_name("crash_writer.py")


@pytest.mark.parametrize("delay", [0.6, 1.3, 2.1])
def test_kill_9_mid_write_leaves_consistent_store(tmp_path: Path, delay: float) -> None:
    """After SIGKILL the database passes integrity checks, keeps every acknowledged letter,
    and each letter's text equals its newest version (no half-written save)."""
    data = tmp_path / "data"
    with subprocess.Popen([sys.executable, str(WRITER), str(data)], stdout=subprocess.PIPE,
                          text=True) as proc:
        assert proc.stdout is not None
        first = proc.stdout.readline()  # wait until writing is under way
        assert first.strip() == "1"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        rest = proc.stdout.read()
        proc.wait(timeout=10)
    acknowledged = int([first, *rest.split()][-1])

    core = open_core(data)
    try:
        assert core.db.integrity_check() == []
        letters = core.letters.for_parent(core.profiles.parents()[0].id)
        assert len(letters) >= acknowledged
        for letter in letters:
            history = core.letters.history(letter.id)
            assert history, f"letter {letter.id} has no versions"
            assert letter.body == history[-1].body
        ready = [x for x in letters if x.status == "ready"]
        assert len(ready) >= acknowledged
    finally:
        core.close()
