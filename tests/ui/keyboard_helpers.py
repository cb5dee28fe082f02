"""Driving the real window with the keyboard alone: every key goes to the widget that has
focus (as at a kiosk with no mouse), and focus is checked to be somewhere sensible."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget

from letterbox.core import Core
from letterbox.ui.keys import ButtonKeys
from letterbox.ui.main_window import MainWindow

NO_KEYS = Qt.KeyboardModifier.NoModifier


def kiosk_window(qtbot, demo_core: Core, tasks, qapp,  # type: ignore[no-untyped-def]
                 language_changer=None) -> Iterator[MainWindow]:
    """The real window over the demo data, with the application's keys (Enter presses the
    focused button, Escape is Back) and idle watch, shown and active.

    For a fixture: ``yield from kiosk_window(...)``.
    """
    keys = ButtonKeys(qapp)
    qapp.installEventFilter(keys)
    window = MainWindow(demo_core, tasks, language_changer=language_changer)
    qapp.installEventFilter(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.current_screen.name_list.count() > 0, timeout=5000)
    yield window
    qapp.removeEventFilter(keys)
    qapp.removeEventFilter(window)


def focus() -> QWidget:
    """The widget that has keyboard focus (there must be one)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_KEYS) -> None:  # type: ignore[no-untyped-def]
    """One key, to whatever has focus."""
    qtbot.keyClick(focus(), key, modifiers)


def type_keys(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Characters typed into whatever has focus."""
    qtbot.keyClicks(focus(), text)


def tab_to(qtbot, wanted: Callable[[QWidget], bool], *, backwards: bool = False,  # type: ignore[no-untyped-def]
           limit: int = 60) -> QWidget:
    """Press Tab (or Shift+Tab) until the focused widget is ``wanted``."""
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(limit):
        if wanted(focus()):
            return focus()
        press(qtbot, key)
    raise AssertionError(f"Tab never reached the widget; focus is on {describe(focus())}")


def tab_to_text(qtbot, text: str) -> QWidget:  # type: ignore[no-untyped-def]
    """Tab to the button whose words (without mnemonics) are ``text``."""
    return tab_to(qtbot, lambda w: hasattr(w, "text") and callable(w.text)
                  and str(w.text()).replace("&", "") == text)


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({text or widget.accessibleName()!r})"


def assert_focus_in(window: QWidget) -> QWidget:
    """Focus is on a visible control inside ``window``: not lost, not the window itself,
    not a bare scroll area that shows nothing when focused."""
    if QApplication.activeWindow() is not window:  # a closed box hands activation back
        for _ in range(100):
            QTest.qWait(10)
            if QApplication.activeWindow() is window:
                break
    widget = QApplication.focusWidget()
    assert widget is not None, "focus was lost"
    assert widget is not window and window.isAncestorOf(widget), describe(widget)
    assert widget.isVisible() and widget.isEnabled(), describe(widget)
    assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, describe(widget)
    assert not isinstance(widget, QScrollArea), "focus sits on a scroll area"
    return widget


def answer_dialog(qtbot, keys: list[Qt.Key], seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """When the next modal box opens, note its title in ``seen`` and press ``keys`` on its
    focused button (the box runs its own event loop, so this waits on a timer)."""
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog) or not box.isVisible() \
                or QApplication.activeWindow() is not box:  # (shown, then activated)
            QTimer.singleShot(20, poll)
            return
        seen.append(box.windowTitle())
        widget = QApplication.focusWidget()
        assert widget is not None and box.isAncestorOf(widget), describe(widget)
        for key in keys:
            qtbot.keyClick(QApplication.focusWidget(), key)
    QTimer.singleShot(20, poll)


def reading_place(widget: QWidget, root: QWidget) -> QPoint:
    """Where ``widget``'s top left corner is within ``root``."""
    return widget.mapTo(root, QPoint(0, 0))
