"""`letterbox --kiosk`: the window cannot be closed or minimised away; only a staff
member, signed in at the worker station, can close it."""

from __future__ import annotations

from letterbox.core import Core
from letterbox.services import Services
from letterbox.ui.kiosk_mode import KioskLock
from letterbox.ui.main_window import MainWindow
from letterbox.ui.signin import SignInScreen
from tests.ui.staff.conftest import STAFF_NAME, STAFF_PASSPHRASE


def test_kiosk_window_closes_only_through_staff(qtbot, demo_core: Core, services: Services,
                                                tasks) -> None:
    window = MainWindow(demo_core, tasks, services=services)
    qtbot.addWidget(window)
    window.kiosk_lock = KioskLock(window)
    window.kiosk_lock.enter()
    qtbot.waitExposed(window)
    assert window.isFullScreen()
    assert not window.close() and window.isVisible()  # Alt+F4, the window manager
    window.showMinimized()
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=3000)
    assert isinstance(window.current_screen, SignInScreen)
    window.start_staff_session(services.signin.sign_in_staff(STAFF_NAME, STAFF_PASSPHRASE))
    home = window.current_screen
    assert home.close_button is not None and home.close_button.isVisible()
    home.close_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)


def test_without_kiosk_mode_staff_have_no_close_button(qtbot, demo_core: Core,
                                                       services: Services, tasks) -> None:
    window = MainWindow(demo_core, tasks, services=services)
    qtbot.addWidget(window)
    window.start_staff_session(services.signin.sign_in_staff(STAFF_NAME, STAFF_PASSPHRASE))
    assert window.current_screen.close_button is None
