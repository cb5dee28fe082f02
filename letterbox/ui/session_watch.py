"""The kiosk window's watch over the shared store, every few seconds on the task pool:

- saves kept on this computer while the server was away (``services.journal``) go up,
  in order, when it is back (and once at start-up);
- the signed-in parent's session is still this kiosk's (``services.sessions``); when
  they have signed in on another kiosk, this one saves, returns to sign-in and says why.

Nothing here waits on the GUI thread.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from letterbox.store.db import StoreUnavailable

if TYPE_CHECKING:
    from letterbox.ui.main_window import MainWindow
    from letterbox.ui.screen import Session

log = logging.getLogger(__name__)
CHECK_MS = 5000


class SessionWatch(QObject):
    """Replays the journal and checks the parent's session, off the GUI thread."""

    def __init__(self, window: MainWindow, interval_ms: int = CHECK_MS) -> None:
        super().__init__(window)
        self._window = window
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self.timer.start()
        QTimer.singleShot(0, self.check_now)  # start-up: saves left from last time go up

    def claim(self, session: Session) -> None:
        """Signed in here: this kiosk holds the parent's session from now on."""
        services, actor = self._window.services, session.actor  # (imported off the GUI thread)
        self._window.tasks.run(lambda: services.sessions.claim(actor), None, _logged,
                               serial=True)

    def release(self, session: Session) -> None:
        services, actor = self._window.services, session.actor
        self._window.tasks.run(lambda: services.sessions.release(actor), None, _logged,
                               serial=True)

    def check_now(self) -> None:
        """One round: replay what waits, then ask whether the session is still ours."""
        if self._busy:
            return
        self._busy = True
        services, session = self._window.services, self._window.session

        def work() -> tuple[int, bool]:
            sent = 0
            if services.journal.journal.has_lines():
                with contextlib.suppress(StoreUnavailable):  # still away: next round
                    sent = services.journal.replay()
            if session is None:
                return sent, True
            return sent, services.sessions.still_active(session.actor)

        self._window.tasks.run(work, lambda result: self._checked(session, *result),
                               self._failed, serial=True)

    def _checked(self, session: Session | None, sent: int, active: bool) -> None:
        self._busy = False
        told = getattr(self._window.current_screen, "journal_sent", None)
        if sent and told is not None:
            told()  # the letter flow: its words are on the server now
        if active or session is None or self._window.session is not session:
            return
        log.info("Parent %s signed in on another kiosk: closing here", session.parent.id)
        self._window.sign_out()  # the screen saves as it goes
        self.notify(self.tr("Signed in somewhere else"), self.tr(
            "You signed in on another computer, so this one was closed. Everything you "
            "wrote here is saved."))

    def notify(self, title: str, message: str) -> None:
        """A kind notice once the sign-in screen shows (tests replace it to read it)."""
        dialogs = self._window.dialogs
        QTimer.singleShot(0, lambda: dialogs.inform(title, message))

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        _logged(error)


def _logged(error: BaseException) -> None:
    log.warning("Kiosk session check: %s", error)
