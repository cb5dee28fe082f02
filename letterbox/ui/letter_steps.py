"""The guided pages of the letter flow: choose a child, an occasion, then one question per screen.

Humble views: each page shows what it is given and emits what the parent chose. The
flow screen (``letter_flow.py``) holds the state and decides what comes next.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from letterbox.audio.speech import Speaker
from letterbox.store.profiles import Child
from letterbox.tasks import TaskRunner
from letterbox.ui.actions import ADD_CHILD
from letterbox.ui.tab_order import set_tab_chain
from letterbox.ui.theme import set_role
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.widgets.read_aloud import ReadAloudButton
from letterbox.ui.widgets.spell_edit import SpellEdit

QUESTION_STYLE = "question"  # roles from ui/theme.py
NOTE_STYLE = "note"


def note_label() -> QLabel:
    """A hidden yellow note box (contact not approved, letter already edited…)."""
    label = _label(style=NOTE_STYLE)
    label.hide()
    return label


def heading_row(title: str, read_aloud: ReadAloudButton) -> QHBoxLayout:
    """A screen heading with its 'Read aloud' button at the right."""
    row = QHBoxLayout()
    label = QLabel(title)
    set_role(label, "heading")
    row.addWidget(label, 1)
    read_aloud.setSizePolicy(read_aloud.sizePolicy().horizontalPolicy().Fixed,
                             read_aloud.sizePolicy().verticalPolicy())
    row.addWidget(read_aloud)
    return row


def _label(text: str = "", style: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names like "<b>" show as typed
    if style:
        set_role(label, style)
    return label


def fitting_columns(buttons: list[BigButton], room: int, most: int) -> int:
    """How many buttons a row holds (at most ``most``, at least one) in ``room`` pixels
    with every button's words whole, at the text size in use."""
    widest = 0
    for button in buttons:
        button.ensurePolished()  # the style sheet's text size, before the button is shown
        widest = max(widest, button.sizeHint().width())
    for columns in range(most, 1, -1):
        if widest * columns + 12 * (columns - 1) <= room:
            return columns
    return 1


def _room(page: QWidget) -> int:
    """The width a page's rows have (the window's, before the page is laid out)."""
    width = page.width() if page.isVisible() else page.window().width()
    return max(320, width - 40)


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()


def _question_row(question: QLabel, speaker: Speaker, language: str, text_source):
    """The question beside its "Read aloud" button."""
    row = QHBoxLayout()
    row.addWidget(question, 1)
    button = ReadAloudButton(speaker, text_source, language, words=QCoreApplication.translate(
        "LetterSteps", "Read the question"))
    button.setSizePolicy(button.sizePolicy().horizontalPolicy().Fixed,
                         button.sizePolicy().verticalPolicy())
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return row, button


class ChildPage(QWidget):
    """Who is this letter for? One big button per child."""

    chosen = Signal(int)

    def __init__(self, speaker: Speaker, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.buttons: list[BigButton] = []
        question = _label(self.tr("Who is this letter for?"), QUESTION_STYLE)
        row, self.read_aloud = _question_row(question, speaker, language, lambda: "\n".join(
            [question.text()] + [b.text() for b in self.buttons]))
        layout.addLayout(row)
        self._buttons = QVBoxLayout()
        layout.addLayout(self._buttons)
        # The button's own words, so the hint always names a button that is there.
        add_child = QCoreApplication.translate("Actions", ADD_CHILD.label)
        self.empty = _label(self.tr("You have no children on your profile yet. Go back and "
                                    "choose \u201c%1\u201d.").replace("%1", add_child))
        self.empty.hide()
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.buttons = []

    def set_children(self, children: list[Child], contact_text) -> None:
        """Show the children; ``contact_text(status)`` words the approval state."""
        _clear(self._buttons)
        self.buttons = []
        for child in children:
            text = child.name
            if child.contact_status != "approved":
                text += f" — {contact_text(child.contact_status)}"
            button = BigButton(text, "child", height=72)
            button.clicked.connect(lambda _=False, cid=child.id: self.chosen.emit(cid))
            self._buttons.addWidget(button)
            self.buttons.append(button)
        self.empty.setVisible(not children)
        if self.buttons:
            self.buttons[0].setFocus()


class ChoicePage(QWidget):
    """A question and a grid of big answer buttons (occasion, then prompt)."""

    chosen = Signal(str)
    back = Signal()

    def __init__(self, question: str, speaker: Speaker, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.note = _label("", NOTE_STYLE)
        self.note.hide()
        layout.addWidget(self.note)
        self.question = _label(question, QUESTION_STYLE)
        row, self.read_aloud = _question_row(self.question, speaker, language, self.spoken_text)
        layout.addLayout(row)
        self._grid = QGridLayout()
        layout.addLayout(self._grid)
        self.back_button = BigButton(self.tr("Back"), "back")
        self.back_button.clicked.connect(self.back.emit)
        self.back_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        moves = QHBoxLayout()
        moves.addWidget(self.back_button)
        moves.addStretch(1)
        layout.addLayout(moves)
        layout.addStretch(1)
        self.buttons: list[BigButton] = []

    def set_choices(self, choices: list[tuple[str, str]], note: str = "") -> None:
        """``choices`` are (value, label) pairs, shown two to a row."""
        _clear(self._grid)
        self.buttons = []
        for value, label in choices:
            button = BigButton(label, "letter" if value else "add", height=72)
            button.clicked.connect(lambda _=False, v=value: self.chosen.emit(v))
            self.buttons.append(button)
        columns = fitting_columns(self.buttons, _room(self), 2)  # one a row at large text
        for index, button in enumerate(self.buttons):
            self._grid.addWidget(button, index // columns, index % columns)
        for before, after in zip([self.read_aloud, *self.buttons],
                                 [*self.buttons, self.back_button], strict=True):
            QWidget.setTabOrder(before, after)  # the choices come before Back, as shown
        self.note.setText(note)
        self.note.setVisible(bool(note))
        if self.buttons:
            self.buttons[0].setFocus()

    def spoken_text(self) -> str:
        """The note, the question and every choice, for "Read aloud"."""
        parts = [self.note.text()] if self.note.text() else []
        return "\n".join([*parts, self.question.text(), *(b.text() for b in self.buttons)])


class StepPage(QWidget):
    """One guided question in large text, starter buttons, the parent's answer, and moves.

    Signals:
        back / skip / next: the parent's move.
        answer_changed(str): the answer text changed (the flow autosaves it).
    """

    back = Signal()
    skip = Signal()
    next = Signal()
    answer_changed = Signal(str)

    def __init__(self, speaker: Speaker, language: str, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._starters: list[str] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.progress = _label()
        self.progress.setObjectName("hint")
        top.addWidget(self.progress, 1)
        self.read_aloud = ReadAloudButton(speaker, self.spoken_text, language,
                                          words=self.tr("Read the question"))
        self.read_aloud.setSizePolicy(self.read_aloud.sizePolicy().horizontalPolicy().Fixed,
                                      self.read_aloud.sizePolicy().verticalPolicy())
        top.addWidget(self.read_aloud)
        layout.addLayout(top)
        self.tips = _label("", NOTE_STYLE)
        self.tips.hide()
        layout.addWidget(self.tips)
        self.question = _label("", QUESTION_STYLE)
        self.question.setAccessibleName(self.tr("Question"))
        layout.addWidget(self.question)
        self.starter_hint = _label(self.tr("Tap one to add it, then keep writing:"))
        self.starter_hint.setObjectName("hint")
        layout.addWidget(self.starter_hint)
        self._starter_row = QGridLayout()
        layout.addLayout(self._starter_row)
        self.answer_edit = SpellEdit(None, tasks)
        self.answer_edit.setAccessibleName(self.tr("Your answer"))
        set_role(self.answer_edit, "big")
        self.answer_edit.setMinimumHeight(90)
        self.answer_edit.edited.connect(self.answer_changed.emit)
        layout.addWidget(self.answer_edit, 1)
        self.edited_note = _label(self.tr("You have already changed the whole letter, so "
                                          "answers here are not added to it. Go on to the "
                                          "letter to change it there."), NOTE_STYLE)
        self.edited_note.hide()
        layout.addWidget(self.edited_note)
        moves = QHBoxLayout()
        self.back_button = BigButton(self.tr("Back"), "back")
        self.back_button.clicked.connect(self.back.emit)
        self.skip_button = BigButton(self.tr("Skip this one"))
        self.skip_button.clicked.connect(self.skip.emit)
        self.next_button = BigButton(self.tr("Next"), "ok", primary=True)
        self.next_button.clicked.connect(self.next.emit)
        for button in (self.back_button, self.skip_button, self.next_button):
            moves.addWidget(button)
        layout.addLayout(moves)
        self.starter_buttons: list[BigButton] = []

    def show_step(self, *, number: int, total: int, question: str, starters: list[str],
                  answer: str, tips: list[str] | None = None, edited: bool = False,
                  replace: bool = False) -> None:
        """Fill the page for one question; the cursor goes to the end of the answer.

        ``replace``: a starter replaces the answer instead of adding to it (greeting and
        sign-off, where one choice is wanted, not two).
        """
        self.progress.setText(self.tr("Question %1 of %2").replace("%1", str(number))
                              .replace("%2", str(total)))
        self.question.setText(question)
        self.tips.setText("\n".join(f"\u2022 {tip}" for tip in tips or []))
        self.tips.setVisible(bool(tips))
        self._starters = list(starters)
        _clear(self._starter_row)
        self.starter_buttons = []
        for starter in starters:
            button = BigButton(starter.strip(), height=48)
            if replace:
                button.setToolTip(self.tr("Use these words"))
                button.clicked.connect(lambda _=False, s=starter: self._replace(s))
            else:
                button.setToolTip(self.tr("Adds these words where the cursor is"))
                button.clicked.connect(
                    lambda _=False, s=starter: self.answer_edit.insert_at_cursor(s))
            self.starter_buttons.append(button)
        # Short starters (greetings, sign-offs) sit three to a row so the page fits 768 px;
        # fewer when their words would not fit whole (long ones, large text).
        most = 3 if all(len(s.strip()) <= 24 for s in starters) else 2
        columns = fitting_columns(self.starter_buttons, _room(self), most)
        for index, button in enumerate(self.starter_buttons):
            self._starter_row.addWidget(button, index // columns, index % columns)
        self.starter_hint.setText(self.tr("Tap one to use it, or write your own:") if replace
                                  else self.tr("Tap one to add it, then keep writing:"))
        self.starter_hint.setVisible(bool(starters))
        self.answer_edit.set_text(answer)
        self.answer_edit.check_now()
        cursor = self.answer_edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.answer_edit.setTextCursor(cursor)
        self.edited_note.setVisible(edited)
        self.back_button.setEnabled(True)
        # The starters are made anew for each question, so Qt would put them last in
        # the Tab chain (after Next); Tab goes down the page as it is drawn instead.
        set_tab_chain([self.read_aloud, *self.starter_buttons, self.answer_edit,
                       self.back_button, self.skip_button, self.next_button])
        self.answer_edit.setFocus()

    def _replace(self, text: str) -> None:
        self.answer_edit.selectAll()
        self.answer_edit.insert_at_cursor(text.strip())

    def spoken_text(self) -> str:
        """What "Read aloud" says: the tips, the question, the starters and the answer so far."""
        parts = [self.tips.text()] if not self.tips.isHidden() else []
        parts.append(self.question.text())
        if self._starters:
            parts.append(self.tr("You could start with:") + " " +
                         " … ".join(s.strip() for s in self._starters))
        answer = self.answer_edit.toPlainText().strip()
        if answer:
            parts.append(self.tr("You wrote:") + " " + answer)
        return "\n".join(parts)
