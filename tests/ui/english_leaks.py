"""Finding English on a Spanish screen: every text a widget shows or tells a screen
reader, checked against the English side of the Spanish catalogue and a word list.

Generic on purpose: it reads whatever widgets are visible (labels, buttons, tooltips,
accessible names, placeholders, combo and list items, headers, window titles), so words
on screens added later are checked without changing the walk.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from letterbox import resources

# Words no Spanish sentence uses (Spanish look-alikes such as "no", "me", "has", "once",
# "real" or "final" are left out on purpose).
ENGLISH_WORDS = frozenset(re.findall(r"\S+", """
the your you press back and letter letters with this that please here what for of is are
not record send write child children staff save cancel yes open delete close next play
stop read aloud text size high large when will it my have was from about try again name
new still help ask choose type sign out to be or if at on by we story message draft
waiting sent returned approved done i'm don't can't isn't there their which who how
"""))

_TAGS = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"%(?:\d+|n)")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def plain(text: str) -> str:
    """Text as the reader sees it: no markup, no mnemonic ampersands."""
    if "<" in text and ">" in text:
        text = html.unescape(_TAGS.sub(" ", text))
    return re.sub(r"&(?!&)", "", text).replace("&&", "&")


def _columns(model: QAbstractItemModel, parent: QModelIndex | None = None) -> int:
    try:
        return int(model.columnCount(parent or QModelIndex()))
    except TypeError:  # a list model keeps columnCount private
        return 1


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> list[str]:
    texts = []
    for row in range(model.rowCount(parent)):
        for column in range(max(1, _columns(model, parent))):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
            if depth < 2 and column == 0 and _columns(model, parent) > 1 \
                    and model.rowCount(index) > 0:  # a tree's child rows
                texts += _model_texts(model, index, depth + 1)
    return texts


def widget_texts(widget: QWidget) -> Iterable[tuple[str, str]]:
    """(kind, text) for everything ``widget`` shows or says about itself."""
    yield "toolTip", widget.toolTip()
    yield "accessibleName", widget.accessibleName()
    yield "accessibleDescription", widget.accessibleDescription()
    yield "whatsThis", widget.whatsThis()
    if widget.isWindow():
        yield "windowTitle", widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
        if widget.echoMode() == QLineEdit.EchoMode.Normal:
            yield "text", widget.text()
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
        yield "text", widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        yield "text", widget.text()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "item", widget.itemText(index)
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        for text in _model_texts(model, widget.rootIndex()):
            yield "item", text
        for section in range(_columns(model) if _columns(model) > 1 else 0):
            value = model.headerData(section, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                yield "header", value
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
    if isinstance(widget, QProgressBar) and widget.isTextVisible():
        yield "text", widget.text()


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for ``root`` and every visible widget inside it."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__}({widget.objectName()})"
        for kind, text in widget_texts(widget):
            text = plain(text).strip()
            if text:
                found.append((f"{where}.{kind}", text))
    return found


@cache
def english_sources() -> tuple[re.Pattern[str], ...]:
    """Every English interface string the Spanish catalogue translates differently, as a
    pattern (placeholders match anything)."""
    tree = ET.parse(resources.translations_dir() / "letterbox_es.ts")
    patterns = {}
    for message in tree.iter("message"):
        source_el, translation = message.find("source"), message.find("translation")
        if source_el is None or translation is None:
            continue
        source = plain(source_el.text or "").strip()
        forms = [f.text or "" for f in translation.iter("numerusform")]
        spanish = [plain(t).strip() for t in forms or [translation.text or ""]]
        if not source or not any(spanish) or source in spanish:
            continue
        parts = [p for p in _PLACEHOLDER.split(source)]
        if not any(len(w) >= 2 for p in parts for w in _WORD.findall(p)):
            continue  # "%1 — %2": nothing English in it
        body = ".+?".join(re.escape(p) for p in parts)
        start = r"\b" if re.match(r"\w", source) else ""
        end = r"\b" if re.search(r"\w$", source) else ""
        patterns[source] = re.compile(start + body + end)
    return tuple(patterns.values())


def english_in(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """Why ``text`` looks English: the catalogue strings it holds and English words.

    ``allowed`` names (people, "Letterbox", language names) are removed first.
    """
    for name in sorted(allowed, key=len, reverse=True):
        text = text.replace(name, " ")
    found = [f"catalogue: {p.pattern!r}" for p in english_sources() if p.search(text)]
    words = [w for w in _WORD.findall(text) if w.lower() in ENGLISH_WORDS]
    if words:
        found.append(f"words: {words}")
    return found
