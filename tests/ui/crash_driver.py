"""Test driver: the real app types a letter, says TYPED, and keeps running until killed.

Run by ``test_crash_keeps_text.py`` as a subprocess:
``python tests/ui/crash_driver.py DATA_DIR CHILD_NAME TEXT``. It builds the real
application with ``letterbox.app.build``, signs the demo parent in, opens the letter
flow for the child, chooses "write freely", types TEXT with real key events, prints
"TYPED" and then runs the event loop as the app would, until it is killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    data_dir, child_name, text = sys.argv[1], sys.argv[2], sys.argv[3]
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from letterbox.app import build
    from letterbox.demo import DEMO_ID_NUMBER
    from letterbox.paths import DataPaths

    app = build(DataPaths(Path(data_dir)).ensure(), [sys.argv[0]])
    window = app.window
    window.show()
    parent = app.core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    assert parent is not None
    child = next(c for c in app.core.profiles.children(parent.id) if c.name == child_name)
    window.start_session(parent)
    window.open_letter_flow(child_id=child.id)
    screen = window.current_screen
    deadline = time.monotonic() + 20
    while screen.services is None and time.monotonic() < deadline:
        app.qt.processEvents()
        time.sleep(0.01)
    screen.occasion_page.buttons[-1].click()  # write freely
    edit = screen.editor_page.edit
    edit.setFocus()
    for char in text:
        if char == "\n":
            QTest.keyClick(edit, Qt.Key.Key_Return)
        elif char.isascii():
            QTest.keyClick(edit, char)
        else:  # QTest's ASCII table refuses "ë": send the key event with its text directly
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                       char))
    print("TYPED", flush=True)
    return app.qt.exec()


if __name__ == "__main__":
    sys.exit(main())
