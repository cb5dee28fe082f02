"""Add a child: name, age or birthday, what they call you, their carer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from letterbox.errors import LetterboxError
from letterbox.store.profiles import Child
from letterbox.ui.form_errors import FormErrors
from letterbox.ui.screen import Screen, Session
from letterbox.ui.tab_order import set_tab_chain
from letterbox.ui.theme import set_role
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.widgets.date_picker import DatePicker, date_words
from letterbox.ui.widgets.names import name_fields
from letterbox.ui.widgets.stepper import Stepper
from letterbox.ui.wording import error_text

MAX_AGE = 25  # the store's limit for a child's age


def age_words(age: int) -> str:
    """An age as the form shows it: "under 1" for babies."""
    return QCoreApplication.translate("ChildFormScreen", "under 1") if age == 0 else str(age)


class ChildFormScreen(Screen):
    """Staff approve contact later; a parent's new child starts as 'waiting'."""

    saved = Signal(object)  # Child

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        layout = QVBoxLayout(self)
        layout.addLayout(self.header(self.tr("Add a child")))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_edit = self._line(form, self.tr("Child's name"), 80)
        self.age_stepper = Stepper(self.tr("Age"), 0, MAX_AGE, optional=True, start=5,
                                   text_for=age_words)
        form.addRow(self.tr("Age"), self.age_stepper)
        self.birth_picker = DatePicker(self.tr("Birthday"), years_back=MAX_AGE + 1)
        birthday = QLabel(self.tr("Birthday, if you know it"))
        birthday.setWordWrap(True)
        form.addRow(birthday, self.birth_picker)
        self.relationship_edit = self._line(form, self.tr("What does the child call you?"), 40)
        self.relationship_edit.setPlaceholderText(self.tr("Dad, Mum, Papá, Grandma…"))
        self.carer_edit = self._line(form, self.tr("Who looks after the child?"), 80)
        self.address_edit = QPlainTextEdit()
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumHeight(110)
        self.address_edit.setAccessibleName(self.tr("Carer's postal address"))
        form.addRow(self.tr("Carer's postal address"), self.address_edit)
        name_fields(form)
        layout.addLayout(form)
        note = QLabel(self.tr("Staff will check that contact is approved before anything "
                              "is sent."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout.addWidget(note)
        self.message = QLabel()
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.save_button = BigButton(self.tr("Save"), "ok", primary=True)
        self.save_button.clicked.connect(self.submit)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.errors = FormErrors(self.message, {
            "child_name": self.name_edit, "age": self.age_stepper,
            "birth_date": self.birth_picker, "relationship": self.relationship_edit,
            "carer_name": self.carer_edit, "carer_address": self.address_edit}, form)
        self._set_tab_order()

    def _line(self, form: QFormLayout, label: str, limit: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit)
        edit.setAccessibleName(label)
        form.addRow(label, edit)
        return edit

    def _set_tab_order(self) -> None:
        """Top to bottom as the form is drawn (the title's Back first, Save last)."""
        set_tab_chain([self.back_button, self.name_edit, self.age_stepper.box,
                       *self.birth_picker.tab_chain(), self.relationship_edit,
                       self.carer_edit, self.address_edit, self.save_button])

    def submit(self) -> None:
        """Check the birthday is whole, then save the child off the GUI thread."""
        problem = self.birth_picker.problem()
        if problem:
            self.birth_picker.show_message("")  # said once, by the form, under the date
            self.errors.show(problem, "birth_date")
            return
        self._save(self.age_stepper.value(), self.birth_picker.value())

    def _save(self, age: int | None, birth: date | None) -> None:
        session = self._session
        values = dict(name=self.name_edit.text(), age_years=age,
                      birth_date=birth.isoformat() if birth else None,
                      relationship=self.relationship_edit.text(),
                      carer_name=self.carer_edit.text(),
                      carer_address=self.address_edit.toPlainText())
        self.save_button.setEnabled(False)
        parents, actor = session.services.parents, session.actor
        session.tasks.run(lambda: parents.add_child(actor, session.parent.id, **values),
                          self._done, self._failed)

    def _done(self, child: Child) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(child)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, LetterboxError) and error.code == "age_birth_conflict":
            self._ask_age_or_birthday(int(error.params["birth_age"]), error)
            return
        self.errors.show_error(
            error, error_text(error) if isinstance(error, LetterboxError) else
            self.tr("The child could not be saved. Please ask staff."), fallback=self.name_edit)

    def _ask_age_or_birthday(self, birth_age: int, error: LetterboxError) -> None:
        """The age and the birthday disagree: the parent says which is right."""
        age, birth = self.age_stepper.value(), self.birth_picker.value()
        if age is None or birth is None:  # changed meanwhile: say so, and let them look
            self.errors.show(error_text(error), "age")
            return
        question = (self.tr("You chose the age %1, but a child born on %2 is %3 today. "
                            "Which one is right?")
                    .replace("%1", age_words(age)).replace("%2", date_words(birth))
                    .replace("%3", age_words(birth_age)))
        answer = self.dialogs().choose(
            self.tr("Age or birthday?"), question,
            [self.tr("The age is right: %1").replace("%1", age_words(age)),
             self.tr("The birthday is right: %1").replace("%1", date_words(birth))])
        if answer == 0:
            self.birth_picker.clear()
            self._save(age, None)
        elif answer == 1:
            self.age_stepper.set_value(birth_age)
            self._save(birth_age, birth)
        else:
            self.errors.show(error_text(error), "age")
