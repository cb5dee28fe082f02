"""Start-up work that waits for the window's first frame still happens, once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from letterbox.app import build
from letterbox.paths import DataPaths
from letterbox.ui.first_paint import AfterFirstPaint
from letterbox.ui.signin import CreateProfileScreen, SignInScreen


def test_work_runs_once_after_the_first_frame(qtbot) -> None:
    """Nothing runs while the window is unpainted; after its first frame the work runs
    once, and later frames do not run it again."""
    window = QWidget()
    qtbot.addWidget(window)
    runs: list[int] = []
    AfterFirstPaint(window, lambda: runs.append(1))
    qtbot.wait(50)
    assert runs == []
    window.show()
    qtbot.waitUntil(lambda: runs == [1], timeout=5000)
    window.update()
    window.repaint()
    qtbot.wait(50)
    assert runs == [1]


def test_enter_presses_the_focused_button_once_the_kiosk_is_up(qtbot, data_dir: Path) -> None:
    """The built application's key filter, installed after the first frame, makes Enter
    press the focused button: "I am new here" opens the new-profile form."""
    built = build(DataPaths(data_dir).ensure())
    window = built.window
    try:
        window.show()
        qtbot.waitExposed(window)
        screen = window.current_screen
        assert isinstance(screen, SignInScreen)
        qtbot.wait(50)  # the frame is painted; the filters go in just after it
        screen.new_button.setFocus()
        qtbot.keyClick(screen.new_button, Qt.Key.Key_Return)
        assert isinstance(window.current_screen, CreateProfileScreen)
    finally:
        window.close()
        built.shutdown()
        window.deleteLater()
