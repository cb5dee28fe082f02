"""The guard keeps PySide6 6.12's over-released None from aborting Python 3.11."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT

_PROBE = """
import sys
sys.path.insert(0, {root!r})
{guard}
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
button = QPushButton()
for _ in range(20000):
    button.setEnabled(True)
print("survived")
"""


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    code = _PROBE.format(root=str(ROOT), guard=guard)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
                          check=False)


def test_twenty_thousand_void_calls_survive_with_the_guard() -> None:
    """With the guard, many void Qt calls and interpreter exit do not abort."""
    result = _run("from letterbox.pyside_guard import guard_singletons; guard_singletons()")
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
