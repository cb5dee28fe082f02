"""The worker station: staff sign-in, then each page of the staff home with its data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from letterbox.ui.signin import SignInScreen
from letterbox.ui.staff.home import StaffHomeScreen
from letterbox.ui.staff.signin import StaffSignInScreen
from tests.screenshots.camera import STAFF_NAME, STAFF_PASSPHRASE, Camera, World, wait_until
from tests.screenshots.parent import kiosk_look

PAGES = ("dashboard", "review", "contacts", "parents", "export", "packets", "report",
         "settings")


def shoot_staff(camera: Camera, world: World, language: str, text_size: str, *,
                pages: bool = True) -> None:
    """Staff sign-in, then (``pages``) every staff page: ``staff-<page>-<lang>-<size>``."""
    def shoot(screen: str) -> None:
        camera.shoot(world, f"staff-{screen}-{language}-{text_size}")

    window = world.window
    kiosk_look(world, language, text_size)
    signin = window.current_screen
    assert isinstance(signin, SignInScreen)
    signin.staff_button.click()
    screen = window.current_screen
    assert isinstance(screen, StaffSignInScreen)
    shoot("signin")
    if not pages:
        screen.back_button.click()
        return
    QTest.keyClicks(screen.name_edit, STAFF_NAME)
    QTest.keyClicks(screen.passphrase_edit, STAFF_PASSPHRASE)
    QTest.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    wait_until(lambda: isinstance(window.current_screen, StaffHomeScreen))
    home = window.current_screen
    assert isinstance(home, StaffHomeScreen)
    for index, name in enumerate(PAGES):
        page = home.pages[index]
        waits = hasattr(page, "loaded")  # pages that say when their data is shown
        if waits:
            page.loaded = False
        home.show_page(index)
        wait_until(lambda p=page, w=waits: not w or p.loaded)  # others: tasks settle
        if name == "review" and home.review.table.rowCount():
            home.review.table.selectRow(0)  # the first item waiting, opened
        shoot(name)
    home.sign_out_button.click()
