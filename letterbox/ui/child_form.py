"""Add a child: name, birth date or age, what they call you, their carer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from letterbox.errors import LetterboxError
from letterbox.store.profiles import Child
from letterbox.ui.screen import Screen, Session
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.widgets.names import name_fields
from letterbox.ui.wording import error_text


class ChildFormScreen(Screen):
    """Staff approve contact later; a parent's new child starts as 'waiting'."""

    saved = Signal(object)  # Child

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        layout = QVBoxLayout(self)
        layout.addLayout(self.header(self.tr("Add a child")))
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        form.addRow(self.tr("Child's name"), self.name_edit)
        self.age_spin = QSpinBox()
        self.age_spin.setRange(0, 25)
        self.age_spin.setSpecialValueText(self.tr("under 1"))
        form.addRow(self.tr("Age"), self.age_spin)
        self.birth_edit = QLineEdit()
        self.birth_edit.setPlaceholderText(self.tr("YYYY-MM-DD, if you know it"))
        form.addRow(self.tr("Birthday"), self.birth_edit)
        self.relationship_edit = QLineEdit()
        self.relationship_edit.setMaxLength(40)
        self.relationship_edit.setPlaceholderText(self.tr("Dad, Mum, Papá, Grandma…"))
        form.addRow(self.tr("What does the child call you?"), self.relationship_edit)
        self.carer_edit = QLineEdit()
        self.carer_edit.setMaxLength(80)
        form.addRow(self.tr("Who looks after the child?"), self.carer_edit)
        self.address_edit = QPlainTextEdit()
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setMaximumHeight(110)
        form.addRow(self.tr("Carer's postal address"), self.address_edit)
        name_fields(form)
        layout.addLayout(form)
        note = QLabel(self.tr("Staff will check that contact is approved before anything "
                              "is sent."))
        note.setWordWrap(True)
        note.setObjectName("hint")
        layout.addWidget(note)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.save_button = BigButton(self.tr("Save"), "ok", primary=True)
        self.save_button.clicked.connect(self.submit)
        layout.addWidget(self.save_button)
        layout.addStretch(1)

    def submit(self) -> None:
        """Save the child off the GUI thread."""
        session = self._session
        values = dict(name=self.name_edit.text(), age_years=self.age_spin.value(),
                      birth_date=self.birth_edit.text().strip() or None,
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
        self.message.setText(error_text(error) if isinstance(error, LetterboxError) else
                             self.tr("The child could not be saved. Please ask staff."))
