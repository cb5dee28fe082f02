"""Sign in: pick your name, type your PIN. Or make a new profile."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from letterbox.errors import LetterboxError
from letterbox.services import Services
from letterbox.services.actor import Actor
from letterbox.services.signin import SignInName, SignInOutcome, SignInResult
from letterbox.store.guard import GuardState
from letterbox.store.profiles import Parent
from letterbox.tasks import TaskRunner
from letterbox.ui.form_errors import FormErrors
from letterbox.ui.screen import Screen
from letterbox.ui.tab_order import set_tab_chain
from letterbox.ui.theme import set_role
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.wording import error_text


class SignInScreen(Screen):
    """Lists the names; checks the PIN off the GUI thread. Wrong tries and lockouts are
    counted by the sign-in service in the store, so a new screen or a restart keeps them."""

    signed_in = Signal(object)  # Parent
    create_requested = Signal()
    staff_requested = Signal()
    language_chosen = Signal(str)
    pin_language = Signal(str)  # a name was tapped: its PIN pad speaks this language
    names_shown = Signal()      # back to the names, in the kiosk's language

    def __init__(self, services: Services, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._parents: list[SignInName] = []
        self._chosen: SignInName | None = None
        self._locked_left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(self._build_pick_page())
        self._pages.addWidget(self._build_pin_page())
        self.reload()

    # -- page 1: who are you? ------------------------------------------------
    def _build_pick_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(self.header(self.tr("Welcome to Letterbox"), back=False))
        hint = QLabel(self.tr("Find your name, then press Enter."))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Type part of your name"))
        self.filter_edit.setAccessibleName(self.tr("Search names"))
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.filter_edit.returnPressed.connect(self._pick_first_visible)
        layout.addWidget(self.filter_edit)
        self.name_list = QListWidget()
        self.name_list.setAccessibleName(self.tr("Names"))
        self.name_list.itemActivated.connect(self._pick)  # Enter
        self.name_list.itemClicked.connect(self._pick)    # one tap opens the PIN pad
        layout.addWidget(self.name_list, 1)
        self.empty_label = QLabel(self.tr("No profiles yet. Press \u201cI am new here\u201d."))
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.new_button = BigButton(self.tr("I am new here"), "add")
        self.new_button.clicked.connect(self.create_requested.emit)
        row.addWidget(self.new_button)
        self.language_box = QComboBox()
        self.language_box.addItem("English", "en")
        self.language_box.addItem("Español", "es")
        self.language_box.setAccessibleName("Language / Idioma")
        self.language_box.activated.connect(
            lambda i: self.language_chosen.emit(self.language_box.itemData(i)))
        row.addWidget(self.language_box)
        # Small, in the corner: the worker station is not for parents.
        self.staff_button = QPushButton(self.tr("Staff"))
        self.staff_button.setObjectName("staffButton")
        self.staff_button.setAccessibleName(self.tr("Staff sign-in"))
        self.staff_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        set_role(self.staff_button, "small")
        self.staff_button.clicked.connect(self.staff_requested.emit)
        row.addWidget(self.staff_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
        return page

    def reload(self) -> None:
        """Load the names off the GUI thread."""
        self._tasks.run(self._services.signin.names, self._show_parents)

    def _show_parents(self, parents: list[SignInName]) -> None:
        self._parents = parents
        self.name_list.clear()
        for parent in parents:
            item = QListWidgetItem(parent.name)
            item.setData(Qt.ItemDataRole.UserRole, parent.parent_id)
            self.name_list.addItem(item)
        self.empty_label.setVisible(not parents)
        self._apply_filter(self.filter_edit.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.name_list.count()):
            item = self.name_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def show_language(self, language: str) -> None:
        """Show the interface language in the box (without choosing it again)."""
        index = self.language_box.findData(language)
        if index >= 0:
            self.language_box.setCurrentIndex(index)

    def _pick_first_visible(self) -> None:
        for row in range(self.name_list.count()):
            item = self.name_list.item(row)
            if not item.isHidden():
                self._pick(item)
                return

    def _pick(self, item: QListWidgetItem) -> None:
        parent_id = item.data(Qt.ItemDataRole.UserRole)
        self._chosen = next((p for p in self._parents if p.parent_id == parent_id), None)
        if self._chosen is None:
            return
        # The PIN pad speaks the parent's language: the window switches it, then the pad
        # is made again in it (its words are fixed when it is built).
        self.pin_language.emit(self._chosen.language)
        self._rebuild_pin_page()
        self.pin_title.setText(self.tr("Hello, %1").replace("%1", self._chosen.name))
        self.pin_edit.clear()
        self.pin_message.clear()
        self._pages.setCurrentIndex(1)
        self.pin_edit.setFocus()
        chosen, signin = self._chosen, self._services.signin
        self._tasks.run(lambda: signin.parent_state(chosen.parent_id), self._show_state)

    @property
    def back_button(self) -> QAbstractButton | None:
        """What Escape presses: "That is not me" on the PIN page; the names are the root."""
        return self._not_me if self._pages.currentIndex() == 1 else None

    def _show_state(self, state: GuardState) -> None:
        if state.locked:
            self._lock(state.locked_for_s)

    # -- page 2: PIN ---------------------------------------------------------
    def _build_pin_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.pin_title = QLabel()
        self.pin_title.setObjectName("screenTitle")
        layout.addWidget(self.pin_title)
        layout.addWidget(QLabel(self.tr("Type your PIN, then press Enter.")))
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.returnPressed.connect(self.submit_pin)
        self.pin_edit.textEdited.connect(self._pin_typed)
        layout.addWidget(self.pin_edit)
        pad = QGridLayout()
        self._pad_buttons: list[BigButton] = []
        for index, digit in enumerate("123456789"):
            pad.addWidget(self._digit_button(digit), index // 3, index % 3)
        clear = BigButton(self.tr("Clear"), height=60)
        clear.clicked.connect(self.pin_edit.clear)
        pad.addWidget(clear, 3, 0)
        pad.addWidget(self._digit_button("0"), 3, 1)
        self.ok_button = BigButton(self.tr("Sign in"), "ok", primary=True, height=60)
        self.ok_button.clicked.connect(self.submit_pin)
        pad.addWidget(self.ok_button, 3, 2)
        self._pad_buttons += [clear, self.ok_button]
        layout.addLayout(pad)
        self.pin_message = QLabel()
        self.pin_message.setObjectName("error")
        self.pin_message.setWordWrap(True)
        layout.addWidget(self.pin_message)
        back = BigButton(self.tr("That is not me"), "back", height=56)
        back.clicked.connect(self.show_names)
        layout.addWidget(back)
        self._not_me = back
        layout.addStretch(1)
        return page

    def _pin_typed(self) -> None:
        """Typing again answers the last message (not a lockout's, which counts down)."""
        if self._locked_left <= 0:
            self.pin_message.clear()

    def _rebuild_pin_page(self) -> None:
        old = self._pages.widget(1)
        self._unlock()
        if old is not None:
            self._pages.removeWidget(old)
            old.deleteLater()
        self._pages.insertWidget(1, self._build_pin_page())

    def _digit_button(self, digit: str) -> BigButton:
        button = BigButton(digit, height=60)
        button.setAccessibleName(digit)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing goes to the PIN box
        button.clicked.connect(lambda: self.pin_edit.insert(digit))
        self._pad_buttons.append(button)
        return button

    def show_names(self) -> None:
        """Back to the list of names, forgetting the PIN typed."""
        self._chosen = None
        self._unlock()
        self.pin_message.clear()
        self.pin_edit.clear()
        self.filter_edit.clear()
        self._pages.setCurrentIndex(0)
        self.names_shown.emit()
        self.filter_edit.setFocus()

    def submit_pin(self) -> None:
        """Check the PIN off the GUI thread (scrypt takes tens of milliseconds)."""
        chosen, pin = self._chosen, self.pin_edit.text()
        if chosen is None or self._locked_left > 0:
            self.pin_edit.clear()  # keys typed while locked do not count or pile up
            return
        if not pin:
            self.pin_message.setText(self.tr("Please type your PIN."))
            return
        self.pin_edit.setEnabled(False)
        signin = self._services.signin
        self._tasks.run(lambda: signin.sign_in_parent(chosen.parent_id, pin),
                        self._pin_checked, self._check_failed)

    def _pin_checked(self, result: SignInResult) -> None:
        self.pin_edit.setEnabled(True)
        self.pin_edit.clear()
        if result.outcome is SignInOutcome.OK:
            self.signed_in.emit(result.parent)
            return
        if result.outcome is SignInOutcome.LOCKED:
            self._lock(result.locked_for_s)
            return
        self.pin_message.setText(
            self.tr("That PIN did not match. Please try again, or ask staff to reset it.")
            + " " + self.tr("Tries left before a short wait: %1").replace(
                "%1", str(result.tries_left)))
        self.pin_edit.setFocus()

    def _check_failed(self, error: BaseException) -> None:
        self.pin_edit.setEnabled(True)
        self.pin_message.setText(error_text(error))
        self.pin_edit.setFocus()

    # -- a lockout: a live countdown, keys ignored -----------------------------------
    def _lock(self, seconds: int) -> None:
        self._locked_left = max(1, int(seconds))
        self.pin_edit.clear()
        self.pin_edit.setReadOnly(True)
        for button in self._pad_buttons:
            button.setEnabled(False)
        self._show_wait()
        self._countdown.start()

    def _tick(self) -> None:
        self._locked_left -= 1
        if self._locked_left <= 0:
            self._unlock()
            self.pin_message.setText(self.tr("You can try your PIN again now."))
            self.pin_edit.setFocus()
            return
        self._show_wait()

    def _show_wait(self) -> None:
        left = self._locked_left
        wait = (self.tr("%1 seconds").replace("%1", str(left)) if left < 120 else
                self.tr("%1 minutes").replace("%1", str((left + 59) // 60)))
        self.pin_message.setText(self.tr("Too many tries. Please wait %1, or ask staff to "
                                         "help you.").replace("%1", wait))

    def _unlock(self) -> None:
        self._countdown.stop()
        self._locked_left = 0
        self.pin_edit.setReadOnly(False)
        for button in self._pad_buttons:
            button.setEnabled(True)

    @property
    def locked_seconds(self) -> int:
        """Seconds the chosen profile is still locked (0 when not)."""
        return self._locked_left


class CreateProfileScreen(Screen):
    """A new parent's profile: name, ID number, wing and cell, language, PIN."""

    created = Signal(object)  # Parent

    def __init__(self, services: Services, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        layout = QVBoxLayout(self)
        layout.addLayout(self.header(self.tr("Make your profile")))
        form = QFormLayout()
        self.name_edit = self._field(form, self.tr("Your name"), 80)
        self.id_edit = self._field(form, self.tr("Your ID or prison number"), 32)
        self.unit_edit = self._field(form, self.tr("Wing and cell (if you have one)"), 60)
        self.facility_edit = self._field(form, self.tr("Prison or facility"), 120)
        self.language_box = QComboBox()
        self.language_box.addItem("English", "en")
        self.language_box.addItem("Español", "es")
        self.language_box.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("Language"), self.language_box)
        self.pin_edit = self._field(form, self.tr("Choose a PIN (4 to 8 numbers)"), 8,
                                    secret=True)
        self.pin_again_edit = self._field(form, self.tr("Type the PIN again"), 8, secret=True)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.save_button = BigButton(self.tr("Make my profile"), "ok", primary=True)
        self.save_button.clicked.connect(self.submit)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.errors = FormErrors(self.message, {
            "name": self.name_edit, "id_number": self.id_edit, "housing_unit": self.unit_edit,
            "facility": self.facility_edit, "language": self.language_box,
            "pin": self.pin_edit, "pin_again": self.pin_again_edit}, form)
        set_tab_chain([self.back_button, self.name_edit, self.id_edit, self.unit_edit,
                       self.facility_edit, self.language_box, self.pin_edit,
                       self.pin_again_edit, self.save_button])

    def _field(self, form: QFormLayout, label: str, limit: int, *,
               secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit)
        edit.setAccessibleName(label)
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.returnPressed.connect(self.focusNextChild)
        form.addRow(label, edit)
        return edit

    def submit(self) -> None:
        """Check the form and create the profile off the GUI thread."""
        pin, again = self.pin_edit.text(), self.pin_again_edit.text()
        if pin != again:
            self.pin_edit.clear()
            self.pin_again_edit.clear()
            self.errors.show(self.tr("The two PINs are different. Please type them again."),
                             "pin")
            return
        values = dict(name=self.name_edit.text(), id_number=self.id_edit.text(), pin=pin,
                      housing_unit=self.unit_edit.text(), facility=self.facility_edit.text(),
                      language=self.language_box.currentData())
        self.save_button.setEnabled(False)
        parents = self._services.parents
        self._tasks.run(lambda: parents.create_profile(Actor.kiosk(), **values), self._done,
                        self._failed)

    def _done(self, parent: Parent) -> None:
        self.save_button.setEnabled(True)
        self.created.emit(parent)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, LetterboxError):
            if error.code == "pin_format":  # both boxes again, as after a mismatch
                self.pin_edit.clear()
                self.pin_again_edit.clear()
            self.errors.show_error(error, error_text(error), fallback=self.name_edit)
        else:
            self.errors.show(self.tr("Your profile could not be saved. Please ask staff "
                                     "for help. Nothing you typed was lost."),
                             focus=self.save_button)
