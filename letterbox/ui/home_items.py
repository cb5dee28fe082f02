"""Home's list of the parent's letters and recordings: one card per item, saying what it
is, for whom, its title, its date and where it stands, with its own Open and Delete
buttons. One tap anywhere on the card opens it; Tab reaches each button in turn."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from letterbox.services.items import may_delete
from letterbox.store.letters import Letter
from letterbox.store.recordings import Recording
from letterbox.ui.theme import set_role
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.wording import status_text

translate = QCoreApplication.translate  # lupdate collects translate("HomeItems", "…")


def kind_name(item: Letter | Recording, child: str) -> str:
    """What the item is and for whom: "Letter to Zoë", "Bedtime story for Zoë"."""
    if isinstance(item, Letter):
        kind = translate("HomeItems", "Letter")
        to = translate("HomeItems", "Letter to %1")
    elif item.kind == "story":
        kind = translate("HomeItems", "Bedtime story")
        to = translate("HomeItems", "Bedtime story for %1")
    elif item.kind == "echo":
        kind = translate("HomeItems", "Echo reading")
        to = translate("HomeItems", "Echo reading for %1")
    else:
        kind = translate("HomeItems", "Recorded message")
        to = translate("HomeItems", "Recorded message for %1")
    return to.replace("%1", child) if child else kind


_OPEN_ICONS = {"letter": "letter", "message": "mic", "story": "story", "echo": "speaker"}


@dataclass(frozen=True)
class ItemEntry:
    """One row of home, in words."""

    kind: str          # 'letter' or 'recording'
    id: int
    name: str          # "Letter to Zoë"
    title: str
    when: str          # "30 Nov"
    status: str        # "Draft", "Returned: …"
    deletable: bool
    icon: str = "letter"  # what Open shows: a letter, a microphone or a book

    @property
    def label(self) -> str:
        """The name and title together: what the row's buttons are named after."""
        return f"{self.name} — {self.title}" if self.title else self.name


def entry_for(item: Letter | Recording, child: str, when: str) -> ItemEntry:
    """A letter or recording as its home row shows it."""
    icon = "letter" if isinstance(item, Letter) else item.kind
    return ItemEntry(item.item_kind, item.id, kind_name(item, child), item.title, when,
                     status_text(item.status, item.status_note), may_delete(item.status), icon)


class ItemRow(QFrame):
    """A card for one item: its words on the left, Open and Delete on the right."""

    open_asked = Signal(object)    # the ItemEntry
    delete_asked = Signal(object)  # the ItemEntry

    def __init__(self, entry: ItemEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        set_role(self, "card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        outer = QHBoxLayout(self)
        words = QVBoxLayout()
        outer.addLayout(words, 1)
        self.name_label = self._label(entry.name, words, "section")
        self.title_label = self._label(entry.title, words)
        self.title_label.setHidden(not entry.title)
        self.status_label = self._label(f"{entry.when} · {entry.status}" if entry.when
                                        else entry.status, words, "hint")
        self.open_button = self._button(self.tr("Open"), _OPEN_ICONS.get(entry.icon, "letter"),
                                        self.tr("Open: %1"), outer)
        self.open_button.clicked.connect(lambda: self.open_asked.emit(self.entry))
        self.delete_button = self._button(self.tr("Delete"), "trash", self.tr("Delete: %1"),
                                          outer)
        self.delete_button.clicked.connect(lambda: self.delete_asked.emit(self.entry))
        policy = self.delete_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # Open stays in the same place on every card
        self.delete_button.setSizePolicy(policy)
        self.delete_button.setHidden(not entry.deletable)

    def _label(self, text: str, layout: QVBoxLayout, role: str = "") -> QLabel:
        label = QLabel(text, self)  # never a window of its own, even for a moment
        label.setWordWrap(True)  # a returned reason is read whole
        label.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            set_role(label, role)
        layout.addWidget(label)
        return label

    def _button(self, text: str, icon: str, name: str, layout: QHBoxLayout) -> BigButton:
        button = BigButton(text, icon, self, height=56)
        button.setAccessibleName(name.replace("%1", self.entry.label))
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return button

    def text(self) -> str:
        """Every word the row shows, on one line (what Read aloud says for it)."""
        parts = [self.entry.name, self.entry.title, self.entry.when, self.entry.status]
        return " · ".join(part for part in parts if part)

    def buttons(self) -> list[BigButton]:
        """Its buttons shown, in tab order."""
        return [b for b in (self.open_button, self.delete_button) if not b.isHidden()]

    # One tap anywhere on the card (its words included) opens the item.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()  # so the release comes here
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if (event.button() == Qt.MouseButton.LeftButton
                and self.rect().contains(event.position().toPoint())):
            self.open_asked.emit(self.entry)
            return
        super().mouseReleaseEvent(event)


class ItemList(QWidget):
    """The cards, one above the other (the screen scrolls when there are many)."""

    open_asked = Signal(object)
    delete_asked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ItemRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "hint")
        self.empty_label.hide()
        self._layout.addWidget(self.empty_label)

    def show_entries(self, entries: list[ItemEntry], empty_text: str) -> None:
        """Replace the cards; ``empty_text`` shows when there are none."""
        for row in self.rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for entry in entries:
            row = ItemRow(entry, self)
            row.open_asked.connect(self.open_asked)
            row.delete_asked.connect(self.delete_asked)
            self._layout.addWidget(row)
            self.rows.append(row)
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(not entries)

    def count(self) -> int:
        """How many items are listed."""
        return len(self.rows)

    def row(self, index: int) -> ItemRow:
        return self.rows[index]

    def buttons(self) -> list[BigButton]:
        """Every card's buttons, top to bottom: the tab order."""
        return [button for row in self.rows for button in row.buttons()]
