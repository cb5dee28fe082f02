"""Staff sign-in: a name and a passphrase, checked off the GUI thread.

Wrong answers and lockouts are counted in the store (``SignInService``), so a lock holds
on a new screen, another window and after a restart; this screen only shows the wait.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from letterbox.services import Services
from letterbox.services.signin import SignInOutcome, SignInResult
from letterbox.tasks import TaskRunner
from letterbox.ui.screen import Screen
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.wording import error_text


class StaffSignInScreen(Screen):
    """Name, passphrase, Sign in and Back. Needs no session: only the services and tasks.

    Signals:
        signed_in(SignInResult): the passphrase matched (outcome OK, with the staff actor).
        go_home: Back to the parents' sign-in.
    """

    signed_in = Signal(object)  # SignInResult

    def __init__(self, services: Services, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._checking = False
        self._locked_until = 0.0
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._show_wait)

        layout = QVBoxLayout(self)
        layout.addLayout(self.header(self.tr("Staff sign-in")))
        hint = QLabel(self.tr("For family-support workers and mail-room staff."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.name_edit.setAccessibleName(self.tr("Staff name"))
        form.addRow(self.tr("Name"), self.name_edit)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setMaxLength(200)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_edit.returnPressed.connect(self.submit)
        form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        self.name_edit.returnPressed.connect(self.passphrase_edit.setFocus)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sign-in message"))
        layout.addWidget(self.message)
        self.sign_in_button = BigButton(self.tr("Sign in"), "ok", primary=True)
        self.sign_in_button.clicked.connect(self.submit)
        layout.addWidget(self.sign_in_button)
        layout.addStretch(1)

    @property
    def locked(self) -> bool:
        """True while the last answer said to wait."""
        return time.monotonic() < self._locked_until

    def submit(self) -> None:
        """Check the name and passphrase off the GUI thread (scrypt is slow on purpose)."""
        if self._checking or self.locked:
            return
        name, passphrase = self.name_edit.text().strip(), self.passphrase_edit.text()
        if not name or not passphrase:
            self.message.setText(self.tr("Please type your name and your passphrase."))
            return
        self._checking = True
        self._set_keys_enabled(False)
        signin = self._services.signin
        self._tasks.run(lambda: signin.sign_in_staff(name, passphrase), self._answered,
                        self._failed)

    def _answered(self, result: SignInResult) -> None:
        self._checking = False
        self.passphrase_edit.clear()
        if result.outcome is SignInOutcome.OK:
            self.message.clear()
            self._set_keys_enabled(True)
            self.signed_in.emit(result)
            return
        if result.outcome is SignInOutcome.LOCKED:
            self._locked_until = time.monotonic() + max(1, result.locked_for_s)
            self._tick.start()
            self._show_wait()
            return
        self._set_keys_enabled(True)
        # No count of tries left: it would tell a stranger which names exist.
        self.message.setText(self.tr("That name and passphrase do not match."))
        self.passphrase_edit.setFocus()

    def _failed(self, error: BaseException) -> None:
        self._checking = False
        self._set_keys_enabled(True)
        self.message.setText(error_text(error))

    def _show_wait(self) -> None:
        left = self._locked_until - time.monotonic()
        if left <= 0:
            self._tick.stop()
            self._set_keys_enabled(True)
            self.message.setText(self.tr("You can try again now."))
            self.passphrase_edit.setFocus()
            return
        self._set_keys_enabled(False)
        self.message.setText(self.tr("Too many wrong tries. Please wait %1 seconds.")
                             .replace("%1", str(int(left + 0.999))))

    def _set_keys_enabled(self, enabled: bool) -> None:
        for widget in (self.name_edit, self.passphrase_edit, self.sign_in_button):
            widget.setEnabled(enabled)

    def leave(self) -> None:
        """Forget what was typed."""
        self._tick.stop()
        self.passphrase_edit.clear()
