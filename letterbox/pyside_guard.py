"""A guard against a PySide6 6.12 reference-count bug on Python 3.11.

Measured here (PySide6 6.12.0, abi3 wheel, CPython 3.11.7): every call of a C++ method
that returns void (``setEnabled``, ``update``, ``setText``…) releases one reference to
``None`` that it never took, and some bool-returning paths do the same to ``True`` and
``False``. After a few thousand calls the count reaches zero and Python aborts with
"Fatal Python error: none_dealloc" (a 20 Hz level meter gets there within minutes, a
test session at exit). On Python ≥ 3.12 these objects are immortal and the bug is
harmless. Until the interpreter is 3.12+ or PySide6 is fixed, their counts are raised
far out of reach here, which is what 3.12's immortality does.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40   # a trillion over-releases; Py_ssize_t cannot overflow from here


def guard_singletons() -> bool:
    """Make None, True and False practically immortal on CPython < 3.12; True if done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython 3.11 object.
        ctypes.c_ssize_t.from_address(id(obj)).value += _HEADROOM
    return True
