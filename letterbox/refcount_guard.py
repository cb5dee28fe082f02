"""A stopgap for a PySide6 6.12.0 reference-count bug on Python 3.11.

Measured here: with PySide6 6.12.0 on Python 3.11, every Qt method that returns nothing
drops one reference to ``None``, and every Python ``Signal.emit()`` drops one to
``True``/``False``. Python 3.12+ makes these objects immortal, so the bug is harmless
there; on 3.11 the count reaches zero and the process aborts ("bool_dealloc" /
"none_dealloc"). In the letter editor that happened after about 1,100 keystrokes.
PySide6 6.11.3 does not have the bug; pinning it (or Python 3.12) is the real fix.

Until then, ``RefcountGuard`` keeps spare references to the three objects and tops
them up from a timer, so the counts never reach zero. It costs 8 bytes per lost
reference and does nothing where the bug cannot bite.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer

LOW_WATER = 200_000   # top up when a count falls below this...
TOP_UP = 500_000      # ...by this many references
CHECK_MS = 1000

_SINGLETONS = (None, True, False)


def needed() -> bool:
    """True where the bug can crash the process (Python < 3.12 with PySide6 6.12)."""
    import PySide6

    return sys.version_info < (3, 12) and PySide6.__version__.startswith("6.12.")


class RefcountGuard(QObject):
    """Holds spare references to None, True and False and tops them up every second."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._spares: list[list[object]] = []
        self.top_up()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.top_up)
        self._timer.start()

    def top_up(self) -> None:
        """Add spare references to any of the three whose count runs low."""
        for value in _SINGLETONS:
            if sys.getrefcount(value) < LOW_WATER:
                self._spares.append(_kept_forever([value] * TOP_UP))


def spares(count: int) -> list[object]:
    """``count`` spare references to each of None, True and False (for test sessions)."""
    return _kept_forever([value for value in _SINGLETONS for _ in range(count)])


def _kept_forever(spare: list[object]) -> list[object]:
    """Never free ``spare``, not even while the interpreter shuts down.

    Freeing the spares at exit would hand back references the bug already took, and the
    process would abort on its way out. One extra reference to the list keeps it.
    """
    import ctypes

    ctypes.pythonapi.Py_IncRef(ctypes.py_object(spare))
    return spare


def install(parent: QObject | None = None) -> RefcountGuard | None:
    """Start the guard where it is needed; returns it (keep it alive) or None."""
    return RefcountGuard(parent) if needed() else None
