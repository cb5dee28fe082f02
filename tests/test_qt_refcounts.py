"""Guard against Qt bindings that leak references to None, True and False."""

from __future__ import annotations

import ast
import subprocess
import sys

# PySide6 6.12.0 on Python 3.11 dropped a reference on every void call and emit, which
# aborted the app after ~1,000 keystrokes. pyproject.toml excludes it; this catches a
# future version with the same fault before a parent loses a letter to it.
LOOP = r"""
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Emitter(QObject):
    changed = Signal(object)
emitter = Emitter()
emitter.changed.connect(lambda value: None)
before = [sys.getrefcount(v) for v in (None, True, False)]
for i in range(20000):
    emitter.setObjectName("x")
    emitter.changed.emit(None)
    emitter.changed.emit(i % 2 == 0)
after = [sys.getrefcount(v) for v in (None, True, False)]
print([b - a for b, a in zip(before, after)])
"""


def test_qt_calls_do_not_leak_singleton_references() -> None:
    """Twenty thousand Qt calls and emits neither crash nor lose references."""
    result = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-500:]
    lost = ast.literal_eval(result.stdout.strip())
    assert all(n < 100 for n in lost), f"references lost to None/True/False: {lost}"
