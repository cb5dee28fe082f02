"""The PySide6 6.12 / Python 3.11 refcount stopgap keeps a busy process alive to a clean exit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BUSY = """
import sys
sys.path.insert(0, {root!r})
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from letterbox.refcount_guard import install
app = QCoreApplication([])
guard = {guard}
class Source(QObject):
    ping = Signal()
source = Source()
source.ping.connect(lambda: None)
timer = QTimer()
for _ in range(20_000):
    source.ping.emit()      # each emit drops a reference to True/False under the bug
    timer.setInterval(5)    # each void call drops one to None
print("done", flush=True)
"""


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    code = BUSY.format(root=str(ROOT), guard=guard)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False, env={"QT_QPA_PLATFORM": "offscreen",
                                                       "PATH": "/usr/bin:/bin"})


def test_guarded_process_survives_many_calls_and_exits_cleanly() -> None:
    """20,000 signal emits and void calls, then a normal exit: status 0, no abort."""
    result = _run("install(app)")
    assert result.returncode == 0, result.stderr[-500:]
    assert "done" in result.stdout


def test_guard_is_a_no_op_where_the_bug_cannot_bite() -> None:
    """On Python 3.12+ or another PySide6, install() starts nothing."""
    from letterbox import refcount_guard

    if refcount_guard.needed():
        assert sys.version_info < (3, 12)
    else:
        assert refcount_guard.install() is None
