"""Staff screens on a real data folder: the demo profile, one staff account, a session
opened by a real staff sign-in."""

from __future__ import annotations

import pytest

from letterbox.core import Core
from letterbox.demo import DEMO_ID_NUMBER
from letterbox.services import Services, build_services
from letterbox.services.actor import Actor
from letterbox.store.profiles import Parent
from letterbox.ui.staff.session import StaffSession
from letterbox.writing.content_check import ContentChecker

STAFF_NAME = "Sam Worker"
STAFF_PASSPHRASE = "correct horse"


@pytest.fixture
def services(demo_core: Core) -> Services:
    """The services over the demo data folder, with one staff account."""
    demo_core.staff.add(STAFF_NAME, STAFF_PASSPHRASE)
    return build_services(demo_core)


@pytest.fixture
def staff(demo_core: Core, services: Services, tasks) -> StaffSession:
    """A staff session opened by signing in with the right passphrase."""
    result = services.signin.sign_in_staff(STAFF_NAME, STAFF_PASSPHRASE)
    return StaffSession.from_sign_in(demo_core, services, tasks, result)


@pytest.fixture
def demo_parent(demo_core: Core) -> Parent:
    parent = demo_core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    assert parent is not None
    return parent


def child_id(core: Core, parent: Parent, starts: str) -> int:
    """The demo child whose name starts with ``starts``."""
    return next(c.id for c in core.profiles.children(parent.id) if c.name.startswith(starts))


def letter_id(core: Core, parent: Parent, title: str) -> int:
    """The demo letter with this title."""
    return next(x.id for x in core.letters.for_parent(parent.id) if x.title == title)


def flagged_letter(services: Services, parent: Parent, child: int, body: str) -> int:
    """A letter the parent wrote and sent for review with its content-check flags."""
    actor = Actor.parent(parent.id, parent.name)
    letter = services.letters.create(actor, parent.id, child, title="Coming home", body=body)
    flags = [f.to_dict() for f in ContentChecker("en").check(body)]
    services.letters.submit(actor, letter.id, flags=flags)
    return letter.id


def shown_page(qtbot, page, width: int | None = None):  # type: ignore[no-untyped-def]
    """A staff page shown (``width`` wide: a station's size), its first data loaded."""
    qtbot.addWidget(page)
    if width is not None:
        page.resize(width, 700)
    page.show()
    reload_page(qtbot, page)
    return page


def reload_page(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Read the page's data again and wait until it is shown."""
    page.loaded = False
    page.reload()
    qtbot.waitUntil(lambda: page.loaded, timeout=5000)


def staff_signs_in(qtbot, window):  # type: ignore[no-untyped-def]
    """From the parents' sign-in: the Staff button, then name and passphrase typed as a
    worker would; the staff home."""
    from PySide6.QtCore import Qt

    from letterbox.ui.staff.home import StaffHomeScreen

    qtbot.mouseClick(window.current_screen.staff_button, Qt.MouseButton.LeftButton)
    signin = window.current_screen
    qtbot.keyClicks(signin.name_edit, STAFF_NAME)
    qtbot.keyClick(signin.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(signin.passphrase_edit, STAFF_PASSPHRASE)
    qtbot.keyClick(signin.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_screen, StaffHomeScreen), timeout=5000)
    return window.current_screen
