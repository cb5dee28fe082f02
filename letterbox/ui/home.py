"""The parent's home: their children, their drafts, and the two big actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from letterbox.store.letters import Letter
from letterbox.store.profiles import Child
from letterbox.store.recordings import Recording
from letterbox.ui.actions import (
    ADD_CHILD,
    RECORD_MESSAGE,
    SIGN_OUT,
    WRITE_LETTER,
    action_button,
)
from letterbox.ui.home_items import ItemEntry, ItemList, entry_for
from letterbox.ui.screen import Screen, Session
from letterbox.ui.spoken import spoken, words_and_choices
from letterbox.ui.theme import set_role
from letterbox.ui.wording import error_text, status_text


@dataclass
class HomeData:
    """Everything the home screen shows, read in one go off the GUI thread."""

    children: list[Child]
    letters: list[Letter]
    recordings: list[Recording]


def load_home(session: Session) -> HomeData:
    """Read the parent's children and items as the parent (runs on a pool thread)."""
    services, actor, parent_id = session.services, session.actor, session.parent.id
    return HomeData(children=services.parents.children(actor, parent_id),
                    letters=services.letters.for_parent(actor, parent_id),
                    recordings=services.recordings.for_parent(actor, parent_id))


class HomeScreen(Screen):
    """Emits intents; the main window decides what opens."""

    write_letter = Signal(object)      # child id or None
    record_message = Signal(object)    # child id or None
    open_letter = Signal(int)
    open_recording = Signal(int)
    add_child = Signal()
    sign_out = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.data: HomeData | None = None
        self._opening = False  # an item is being opened (a double tap opens it once)
        self._focus_after_reload: int | None = None  # a card was deleted: focus its place
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Hello, %1").replace("%1", session.parent.name))
        title.setObjectName("screenTitle")
        out = action_button(SIGN_OUT, self, self.sign_out.emit)
        out.setSizePolicy(out.sizePolicy().horizontalPolicy().Fixed,
                          out.sizePolicy().verticalPolicy())
        # Sign out sits top left: every other screen has Back top right, and a second tap
        # there must never sign the parent out.
        top.addWidget(out)
        top.addWidget(title, 1)
        self.sign_out_button = out
        layout.addLayout(top)
        self.returned_label = QLabel()
        self.returned_label.setObjectName("note")
        self.returned_label.setWordWrap(True)
        self.returned_label.setTextFormat(Qt.TextFormat.PlainText)
        self.returned_label.hide()
        layout.addWidget(self.returned_label)

        actions = QGridLayout()
        self.write_button = action_button(
            WRITE_LETTER, self, lambda: self.write_letter.emit(self.child_for_new_letter()))
        self.record_button = action_button(
            RECORD_MESSAGE, self, lambda: self.record_message.emit(self.selected_child()))
        actions.addWidget(self.write_button, 0, 0)
        actions.addWidget(self.record_button, 0, 1)
        layout.addLayout(actions)

        layout.addWidget(self._section(self.tr("Your children")))
        self.children_list = QListWidget()
        self.children_list.setAccessibleName(self.tr("Your children"))
        self.children_list.setMaximumHeight(190)
        self._child_chosen = False  # the parent tapped a child (not the one we highlighted)
        self.children_list.itemClicked.connect(lambda _i: setattr(self, "_child_chosen", True))
        layout.addWidget(self.children_list)
        self.add_child_button = action_button(ADD_CHILD, self, self.add_child.emit)
        layout.addWidget(self.add_child_button)

        layout.addWidget(self._section(self.tr("Your letters and recordings")))
        self.items_list = ItemList()
        self.items_list.setAccessibleName(self.tr("Your letters and recordings"))
        self.items_list.setProperty("unspoken", True)  # spoken_text reads each card whole
        self.items_list.open_asked.connect(self._open_item)
        self.items_list.delete_asked.connect(self._delete_item)
        layout.addWidget(self.items_list)
        layout.addStretch(1)
        self.reload()

    def _section(self, text: str) -> QLabel:
        label = QLabel(text)
        set_role(label, "section")
        return label

    def reload(self) -> None:
        """Read the children and items off the GUI thread, then show them."""
        session = self._session
        self._session.tasks.run(lambda: load_home(session), self.show_data)

    def spoken_text(self) -> str:
        """The screen's words and choices, then each item: its words, then its buttons."""
        words, choices = words_and_choices(self)
        for row in self.items_list.rows:
            words.append(row.text())
            choices += [button.accessibleName() for button in row.buttons()]
        if not self.items_list.rows and self.items_list.empty_label.text():
            words.append(self.items_list.empty_label.text())
        return spoken(words, choices)

    def show_data(self, data: HomeData) -> None:
        """Fill the lists."""
        self.data = data
        names = {c.id: c.name for c in data.children}
        self.children_list.clear()
        for child in data.children:
            item = QListWidgetItem(f"{child.name} — {self._age_text(child)} — "
                                   f"{self.contact_text(child.contact_status)}")
            item.setData(Qt.ItemDataRole.UserRole, child.id)
            self.children_list.addItem(item)
        # Start on the first child who can receive mail; a not-permitted child stays listed.
        approved = [i for i, c in enumerate(data.children) if c.contact_approved]
        if data.children:
            self.children_list.setCurrentRow(approved[0] if approved else 0)
        items: list[Letter | Recording] = sorted(
            [*data.letters, *data.recordings], key=lambda i: i.updated_at, reverse=True)
        entries = [entry_for(i, names.get(i.child_id or -1, ""), self.when(i.updated_at))
                   for i in items]
        self.items_list.show_entries(
            entries, self.tr("Nothing yet. Start with \u201cWrite a letter\u201d."))
        previous: QWidget = self.add_child_button  # Tab goes on to each card's buttons
        for button in self.items_list.buttons():
            QWidget.setTabOrder(previous, button)
            previous = button
        if self._focus_after_reload is not None:
            rows, at = self.items_list.rows, self._focus_after_reload
            self._focus_after_reload = None
            target = rows[min(at, len(rows) - 1)].open_button if rows else self.add_child_button
            target.setFocus()
        self._show_returned(data, names)

    def _show_returned(self, data: HomeData, names: dict[int, str]) -> None:
        """Items that came back, each with the reason, at the top of home."""
        items: list[Letter | Recording] = [*data.letters, *data.recordings]
        back = [item for item in items
                if item.status in ("returned", "rejected")]
        if not back:
            self.returned_label.hide()
            return
        lines = [self.tr("Some of your items came back to you. Open one to change it and "
                         "send it again:")]
        for item in back:
            to = names.get(item.child_id or -1, "")
            what = item.title or (self.tr("Letter") if item.item_kind == "letter"
                                  else self.tr("Recording"))
            lines.append(f"• {what}{f' ({to})' if to else ''}: "
                         f"{status_text(item.status, item.status_note)}")
        self.returned_label.setText("\n".join(lines))
        self.returned_label.show()

    @staticmethod
    def when(stamp: str) -> str:
        """A stored time as the day it was, in the interface language ("30 Nov")."""
        from datetime import datetime

        from PySide6.QtCore import QDate, QLocale

        try:
            day = datetime.fromisoformat(stamp).astimezone().date()
        except ValueError:
            return ""
        return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")

    def child_for_new_letter(self) -> int | None:
        """The child a new letter is for; None (the letter asks "Who is it for?") when
        there are several children and the parent has not tapped one."""
        several = self.data is not None and len(self.data.children) > 1
        return None if several and not self._child_chosen else self.selected_child()

    def selected_child(self) -> int | None:
        """The child highlighted in the list, if any."""
        item = self.children_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _open_item(self, entry: ItemEntry) -> None:
        if self._opening:
            return
        self._opening = True
        QTimer.singleShot(800, self._opened)  # if it did not open, it may be tapped again
        (self.open_letter if entry.kind == "letter" else self.open_recording).emit(entry.id)

    def _delete_item(self, entry: ItemEntry) -> None:
        """Ask kindly, then delete off the GUI thread; staff can restore it for 30 days."""
        if not self.confirm(self.tr("Delete: %1").replace("%1", entry.label),
                            self.tr("Delete this draft? Staff can bring it back for 30 "
                                    "days.")):
            return
        services, actor = self._session.services, self._session.actor
        store = services.letters if entry.kind == "letter" else services.recordings
        index = next((i for i, row in enumerate(self.items_list.rows) if row.entry == entry), 0)
        self.items_list.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.items_list.setEnabled(True)
            self.inform(self.tr("Not deleted"), error_text(error))
            self.reload()

        def deleted(_none: object) -> None:
            self.items_list.setEnabled(True)
            self._focus_after_reload = index  # the card that takes its place, not the bar
            self.reload()

        self._session.tasks.run(lambda: store.delete(actor, entry.id), deleted, failed,
                                serial=True, owner=self)

    def _opened(self) -> None:
        self._opening = False

    def _age_text(self, child: Child) -> str:
        age = child.age_on(date.today())
        return self.tr("age unknown") if age is None else self.tr("age %1").replace("%1", str(age))

    def contact_text(self, status: str) -> str:
        """Contact approval in plain words."""
        return {"approved": self.tr("contact approved"),
                "pending": self.tr("waiting for staff to approve contact"),
                "not_permitted": self.tr("contact not permitted")}.get(status, status)

    def status_text(self, status: str, note: str = "") -> str:
        """An item's review status in plain words."""
        return status_text(status, note)
