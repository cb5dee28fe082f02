"""What 'Read aloud' says for a screen or a box: its words, then its choices.

A reader who cannot read a word must learn from the voice what the screen says and what
each button does, so the words are read top to bottom, then each button as "Press …".
Screens with something better to read (a letter, a question and its answers) override
``Screen.spoken_text``; everything else is read from what is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def plain(text: str) -> str:
    """Label text as words: rich text's tags and entities removed."""
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split())


def shown_widgets(root: QWidget) -> list[QWidget]:
    """The widgets a person sees in ``root``, top to bottom, then left to right."""
    seen = [w for w in root.findChildren(QWidget) if w.isVisibleTo(root) and not _skipped(w)]
    origin = QPoint(0, 0)

    def place(widget: QWidget) -> tuple[int, int]:
        point = widget.mapTo(root, origin)
        return (point.y() // 24, point.x())  # rows of 24 px: a label and its button level

    return sorted(seen, key=place)


def _skipped(widget: QWidget) -> bool:
    """Widgets that are inside another read whole (a list's viewport, a box's parts)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QListWidget, QTextEdit, QPlainTextEdit, QLineEdit)):
            return True
        if parent.property("unspoken"):
            return True
        parent = parent.parentWidget()
    return bool(widget.property("unspoken"))


def words_and_choices(root: QWidget) -> tuple[list[str], list[str]]:
    """The lines of words on ``root`` and the names of its buttons, in reading order."""
    words: list[str] = []
    choices: list[str] = []
    for widget in shown_widgets(root):
        if isinstance(widget, QLabel):
            text = plain(widget.text())
            if text:
                words.append(text)
        elif isinstance(widget, QAbstractButton):
            name = plain(widget.text()) or widget.accessibleName()
            if name and widget.isEnabled():
                choices.append(name)
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                if not item.isHidden():
                    choices.append(plain(item.text()))
        elif isinstance(widget, QComboBox):
            words.append(f"{widget.accessibleName()}: {widget.currentText()}".strip(": "))
        elif isinstance(widget, QLineEdit):
            name = widget.accessibleName() or widget.placeholderText()
            box = QCoreApplication.translate("Spoken", "Box to type in: %1")
            words.append(box.replace("%1", name) if name else "")
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
            words.append(widget.toPlainText())
    return [w for w in words if w], choices


def spoken(words: list[str], choices: list[str]) -> str:
    """The words, then one "Press …" line per choice."""
    lines = list(words)
    press = QCoreApplication.translate("Spoken", "Press “%1”.")
    lines += [press.replace("%1", choice) for choice in choices]
    return "\n".join(lines)


def screen_text(root: QWidget) -> str:
    """What Read aloud says for ``root``: its words, then its choices."""
    return spoken(*words_and_choices(root))
