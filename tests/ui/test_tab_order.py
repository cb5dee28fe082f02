"""Tab goes through every parent screen in reading order: top to bottom, and left to right
along a row, then to the bar at the bottom; every control on the screen is reached."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from letterbox.core import Core
from letterbox.ui.main_window import MainWindow
from tests.ui.keyboard_helpers import describe, kiosk_window
from tests.ui.screen_tour import TAB_ORDER_ELSEWHERE, parent_tour


@pytest.fixture
def kiosk(qtbot, demo_core: Core, tasks, qapp):
    yield from kiosk_window(qtbot, demo_core, tasks, qapp)


def _tabbable(window: MainWindow) -> list[QWidget]:
    """Every control Tab should reach now: shown, enabled, taking focus by Tab."""
    found = []
    for widget in window.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.focusProxy() is not None:
            continue  # its proxy is reached instead (a combo box's line edit)
        found.append(widget)
    return found


def _place(widget: QWidget, window: MainWindow) -> QRect:
    """Where ``widget`` is in reading terms: within the screen (whatever the scroll), and
    the window's bar below all of it."""
    screen = window.current_screen
    assert screen is not None
    if screen.isAncestorOf(widget):
        return QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())
    top = widget.mapTo(window, QPoint(0, 0))
    return QRect(QPoint(top.x(), top.y() + screen.height() + 10_000), widget.size())


def _same_row(a: QRect, b: QRect) -> bool:
    overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
    return overlap > min(a.height(), b.height()) // 2


def _in_reading_order(a: QRect, b: QRect) -> bool:
    if _same_row(a, b):
        return b.left() > a.left()
    return b.center().y() > a.center().y()


def _chain(qtbot, window: MainWindow) -> tuple[list[QWidget], str]:  # type: ignore[no-untyped-def]
    """Tab from the first control in reading order until focus comes back to it; the
    widgets met, and what went wrong ('' when nothing)."""
    controls = _tabbable(window)
    assert controls, "nothing on this screen takes focus"
    first = min(controls, key=lambda w: (_place(w, window).top() // 24,
                                         _place(w, window).left()))
    first.setFocus(Qt.FocusReason.TabFocusReason)
    chain = [first]
    for _ in range(len(controls) + 5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first:
            return chain, ""
        if now is None or now in chain:
            return chain, f"Tab stuck at {describe(now)}, never back to {describe(first)}"
        chain.append(now)
    return chain, f"Tab never came back to {describe(first)}"


def test_tab_follows_the_reading_order_on_every_screen(qtbot, kiosk: MainWindow,
                                                        demo_core: Core, monkeypatch) -> None:
    """On each parent screen, Tab reaches every control, in reading order."""
    problems = []
    checked = []
    for name, _screen in parent_tour(qtbot, kiosk, demo_core, monkeypatch):
        if name in TAB_ORDER_ELSEWHERE:
            continue  # fixed on the branch for the forms and the guided question
        checked.append(name)
        qtbot.wait(20)
        chain, stuck = _chain(qtbot, kiosk)
        if stuck:
            problems.append(f"{name}: {stuck}")
        missed = [describe(w) for w in _tabbable(kiosk) if w not in chain]
        if missed:
            problems.append(f"{name}: Tab never reaches {missed}")
        for a, b in itertools.pairwise(chain):
            if not _in_reading_order(_place(a, kiosk), _place(b, kiosk)):
                problems.append(f"{name}: {describe(a)} then {describe(b)}")
    assert len(checked) >= 15, checked
    assert not problems, "\n".join(problems)
