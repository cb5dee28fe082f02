"""The whole letter in one editor, and its version history.

Humble views: the editor shows the text, the word count and the page estimate it is
given; the history lists versions and asks for one to be restored. The flow screen
does the saving and the counting (off the GUI thread).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from letterbox.audio.speech import Speaker
from letterbox.store.letters import LetterVersion
from letterbox.tasks import TaskRunner
from letterbox.ui.letter_steps import heading_row, note_label
from letterbox.ui.theme import set_role
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.widgets.read_aloud import ReadAloudButton
from letterbox.ui.widgets.spell_edit import SpellEdit
from letterbox.writing.letter_plan import PageEstimate


class EditorPage(QWidget):
    """The whole letter, with its length, read-aloud, history and the way to review.

    Signals:
        back: to the guided questions.
        history: show earlier versions.
        review: check the letter and get it ready.
        text_changed(str): the parent changed the letter.
    """

    back = Signal()
    history = Signal()
    review = Signal()
    text_changed = Signal(str)

    def __init__(self, speaker: Speaker, language: str, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.read_aloud = ReadAloudButton(speaker, lambda: self.edit.toPlainText(), language,
                                          words=self.tr("Read my letter"))
        layout.addLayout(heading_row(self.tr("Your whole letter"), self.read_aloud))
        self.note = note_label()
        layout.addWidget(self.note)
        self.edit = SpellEdit(None, tasks)
        self.edit.setAccessibleName(self.tr("Your whole letter"))
        set_role(self.edit, "big")
        self.edit.edited.connect(self.text_changed.emit)
        layout.addWidget(self.edit, 1)
        self.length = QLabel()
        self.length.setObjectName("hint")
        self.length.setAccessibleName(self.tr("Length of the letter"))
        layout.addWidget(self.length)
        moves = QHBoxLayout()
        self.back_button = BigButton(self.tr("Back to the questions"), "back")
        self.back_button.clicked.connect(self.back.emit)
        self.history_button = BigButton(self.tr("Earlier versions"))
        self.history_button.clicked.connect(self.history.emit)
        self.review_button = BigButton(self.tr("Check my letter"), "ok", primary=True)
        self.review_button.clicked.connect(self.review.emit)
        for button in (self.back_button, self.history_button, self.review_button):
            moves.addWidget(button)
        layout.addLayout(moves)

    def set_text(self, text: str, cursor: int | None = None) -> None:
        """Show ``text`` without it counting as the parent's change."""
        self.edit.set_text(text)
        place = self.edit.textCursor()
        place.setPosition(min(len(text), cursor if cursor is not None else len(text)))
        self.edit.setTextCursor(place)
        self.edit.check_now()

    def set_note(self, text: str) -> None:
        """A kind note above the letter ('' hides it)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_length(self, words: int, estimate: PageEstimate | None) -> None:
        """Words and pages, against the facility's limit when there is one."""
        self.length.setText(length_text(words, estimate))
        set_role(self.length, "overLimit"
                 if estimate is not None and estimate.over_limit else "hint")
        self.length.style().unpolish(self.length)
        self.length.style().polish(self.length)


def length_text(words: int, estimate: PageEstimate | None) -> str:
    """"120 words · about 1 page (the limit here is 4)" in the interface language."""
    translate = QCoreApplication.translate
    text = (translate("EditorPage", "1 word") if words == 1 else
            translate("EditorPage", "%1 words").replace("%1", f"{words:,}"))
    if estimate is None:
        return text
    pages = (translate("EditorPage", "about 1 page") if estimate.pages == 1 else
             translate("EditorPage", "about %1 pages").replace("%1", str(estimate.pages)))
    text += f" · {pages}"
    if estimate.max_pages is not None:
        limit = str(estimate.max_pages)
        if estimate.over_limit:
            text += " · " + translate("EditorPage", "the mail room here takes at most %1, so "
                                      "please make it shorter").replace("%1", limit)
        else:
            text += " · " + translate("EditorPage", "the limit here is %1").replace("%1", limit)
    return text


class HistoryPage(QWidget):
    """Earlier versions of the letter, newest first; one can be brought back.

    Signals:
        back: return to the letter unchanged.
        restore(str): use this version's text (saved as a new version).
    """

    back = Signal()
    restore = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Earlier versions of this letter"))
        set_role(title, "heading")
        layout.addWidget(title)
        hint = QLabel(self.tr("Choose a version to see it. Bringing one back keeps the "
                              "letter you have now as a version too."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Versions"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._preview)
        row.addWidget(self.list, 1)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("The chosen version"))
        row.addWidget(self.preview, 2)
        layout.addLayout(row, 1)
        moves = QHBoxLayout()
        back = BigButton(self.tr("Back to my letter"), "back")
        back.clicked.connect(self.back.emit)
        self.back_button = back  # Escape presses it (ui/keys.py)
        self.restore_button = BigButton(self.tr("Bring this version back"), "ok", primary=True)
        self.restore_button.clicked.connect(self._restore)
        moves.addWidget(back)
        moves.addWidget(self.restore_button)
        layout.addLayout(moves)

    def set_versions(self, versions: list[LetterVersion]) -> None:
        """Show the versions, newest first."""
        self.list.clear()
        for version in reversed(versions):
            words = " ".join(version.body.split()[:8])
            item = QListWidgetItem(f"{_when(version.saved_at)}\n{words}…" if words else
                                   f"{_when(version.saved_at)}\n" + self.tr("(empty)"))
            item.setData(Qt.ItemDataRole.UserRole, version.body)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus()

    def _preview(self, item: QListWidgetItem | None) -> None:
        self.preview.setPlainText(item.data(Qt.ItemDataRole.UserRole) if item else "")

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.restore.emit(item.data(Qt.ItemDataRole.UserRole))


def _when(saved_at: str) -> str:
    """A stored UTC time as local "25 Nov 14:05"."""
    try:
        moment = datetime.fromisoformat(saved_at).astimezone()
    except ValueError:
        return saved_at
    return moment.strftime("%d %b %H:%M")
