"""A large-text editor that underlines misspelt words and offers corrections.

The check itself runs on a pool thread (``TaskRunner``), half a second after typing
pauses; the widget only paints red wavy underlines and shows suggestions. Right-click,
the Menu key or F7 open the suggestions for the word at the cursor.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeySequence,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from letterbox.store.letters import MAX_BODY_CHARS
from letterbox.tasks import TaskRunner
from letterbox.ui.theme import state
from letterbox.writing.spelling import Misspelling, Speller

CHECK_DELAY_MS = 500


class SpellHighlighter(QSyntaxHighlighter):
    """Paints the misspellings it is given (absolute offsets into the document)."""

    def __init__(self, document) -> None:
        super().__init__(document)
        self._starts: list[int] = []
        self._items: list[Misspelling] = []
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(QColor(state().look.palette.misspelt))

    def set_misspellings(self, items: list[Misspelling]) -> None:
        """Replace the marked words and repaint."""
        self._items = sorted(items, key=lambda m: m.start)
        self._starts = [m.start for m in self._items]
        self.rehighlight()

    @property
    def misspellings(self) -> list[Misspelling]:
        """The words marked now."""
        return list(self._items)

    def at(self, position: int) -> Misspelling | None:
        """The marked word covering ``position``, if any."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and self._items[index].start <= position <= self._items[index].end:
            return self._items[index]
        return None

    def highlightBlock(self, text: str) -> None:  # Qt override
        block_start = self.currentBlock().position()
        index = bisect.bisect_left(self._starts, block_start)
        while index < len(self._items) and self._items[index].start < block_start + len(text):
            item = self._items[index]
            self.setFormat(item.start - block_start, item.end - item.start, self._format)
            index += 1


class SpellEdit(QPlainTextEdit):
    """A plain-text editor with spell checking in the parent's language.

    Args:
        speller: the dictionary (loaded lazily on a pool thread).
        tasks: runs the checks off the GUI thread.
        ignore: returns the lower-case words never to mark (names, the parent's words).
        add_word: called with a word the parent says is right.

    Signals:
        checked(int): a check finished; the number of words marked.
    """

    checked = Signal(int)
    edited = Signal(str)  # the text really changed (repainting underlines is not a change)

    def __init__(self, speller: Speller | None, tasks: TaskRunner,
                 ignore: Callable[[], set[str]] = set,
                 add_word: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._speller = speller
        self._tasks = tasks
        self._ignore = ignore
        self._add_word = add_word
        self._generation = 0
        self.highlighter = SpellHighlighter(self.document())
        self.setTabChangesFocus(True)  # Tab moves to the next control; keyboard users need it
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self._last_text = ""
        # QPlainTextEdit.textChanged also fires when the highlighter repaints; reacting to
        # that would re-check (and re-save) forever, so only real edits go on.
        self.textChanged.connect(self._text_changed)
        for keys in ("F7", "Ctrl+."):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.show_suggestions_at_cursor)

    def _text_changed(self) -> None:
        text = self.toPlainText()
        if text == self._last_text:
            return
        self._last_text = text
        self._timer.start()
        if not self.signalsBlocked():
            self.edited.emit(text)

    def set_text(self, text: str) -> None:
        """Replace the text without it counting as the parent's edit."""
        self._last_text = text
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)

    def configure(self, speller: Speller | None, ignore: Callable[[], set[str]],
                  add_word: Callable[[str], None] | None) -> None:
        """Give the editor its dictionary, the words to leave alone, and where added words go."""
        self._ignore = ignore
        self._add_word = add_word
        self.set_speller(speller)

    def set_speller(self, speller: Speller | None) -> None:
        """Use another dictionary (or none) and check again."""
        self._speller = speller
        self.check_now()

    def insert_at_cursor(self, text: str) -> None:
        """Insert text where the cursor is (sentence-starter buttons use this)."""
        cursor = self.textCursor()
        before = self.toPlainText()[:cursor.position()]
        if before and not before.endswith((" ", "\n")) and not text.startswith(" "):
            text = " " + text
        cursor.insertText(text)
        self.setTextCursor(cursor)
        self.setFocus()

    def check_now(self) -> None:
        """Check the current text on a pool thread; stale results are dropped."""
        self._timer.stop()
        if self._speller is None:
            return
        text = self.toPlainText()
        if len(text) > MAX_BODY_CHARS:
            self.highlighter.set_misspellings([])  # too long to keep: say so elsewhere, not here
            return
        self._generation += 1
        generation, speller, ignore = self._generation, self._speller, set(self._ignore())
        self._tasks.run(lambda: speller.check(text, ignore),
                        lambda found: self._show(generation, found))

    def _show(self, generation: int, found: list[Misspelling]) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the text changed again; a newer check is on its way
        self.highlighter.set_misspellings(found)
        self.checked.emit(len(found))

    # -- suggestions ----------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            cursor = self.cursorForPosition(event.pos())
            self.setTextCursor(cursor)
        keyboard = event.reason() != QContextMenuEvent.Reason.Mouse
        menu = self.suggestion_menu(self.textCursor().position(), keyboard=keyboard)
        menu.exec(event.globalPos())

    def show_suggestions_at_cursor(self) -> None:
        """Open the suggestions for the marked word at (or next after) the cursor."""
        position = self.textCursor().position()
        item = self.highlighter.at(position)
        if item is None:
            later = [m for m in self.highlighter.misspellings if m.start >= position]
            item = later[0] if later else None
            if item is not None:
                cursor = self.textCursor()
                cursor.setPosition(item.start)
                self.setTextCursor(cursor)
                position = item.start
        menu = self.suggestion_menu(position, keyboard=True)
        rect = self.cursorRect()
        menu.exec(self.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom())))

    def suggestion_menu(self, position: int, *, keyboard: bool = False) -> QMenu:
        """Suggestions for the word at ``position`` plus the usual edit actions.

        Opened from the keyboard, the first suggestion is highlighted so Enter takes it;
        not from the mouse, where the button's release could pick it by accident.
        """
        menu = self.createStandardContextMenu()
        item = self.highlighter.at(position)
        if item is None or self._speller is None:
            return menu
        first = menu.actions()[0] if menu.actions() else None
        suggestions = item.suggestions or self._speller.suggestions(item.word)
        actions = []
        for word in suggestions:
            action = menu.addAction(word)
            action.triggered.connect(lambda _=False, w=word, m=item: self.replace_word(m, w))
            actions.append(action)
        if not suggestions:
            none = menu.addAction(self.tr("No suggestions"))
            none.setEnabled(False)
            actions.append(none)
        if self._add_word is not None:
            add = menu.addAction(self.tr("\u201c%1\u201d is right: add it to my words")
                                 .replace("%1", item.word))
            add.triggered.connect(lambda _=False, w=item.word: self._added(w))
            actions.append(add)
        separator = menu.addSeparator()
        for action in [*actions, separator]:
            menu.removeAction(action)
            menu.insertAction(first, action) if first is not None else menu.addAction(action)
        if actions and keyboard:
            menu.setActiveAction(actions[0])
        return menu

    def replace_word(self, item: Misspelling, word: str) -> None:
        """Put ``word`` in place of a marked word (as one undo step)."""
        if self.toPlainText()[item.start:item.end] != item.word:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(item.start)
        cursor.setPosition(item.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(word)
        self.setTextCursor(cursor)

    def _added(self, word: str) -> None:
        if self._add_word is not None:
            self._add_word(word)
        self.check_now()
