"""The dashboard's panel for the selected parent: their children (contact, age, next
birthday, items by status) and their items grouped by status, with a way on to Review
or Contacts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from letterbox.services.dashboard import TRACKED_STATUSES, ChildLine, ParentDetail
from letterbox.services.review import ItemRef
from letterbox.store.items import ItemKind
from letterbox.ui.staff.dashboard_model import short_date, status_heading
from letterbox.ui.staff.review import FILTERS as REVIEW_STATUSES
from letterbox.ui.wording import contact_text, staff_status_text

ROLE = Qt.ItemDataRole.UserRole


class ParentDetailPanel(QWidget):
    """One parent in detail.

    Signals:
        review_asked(str, object): open Review on this status, at this item (an ItemRef,
            or None for the top of the queue).
        contacts_asked(int): open Contacts at this child.
    """

    review_asked = Signal(str, object)
    contacts_asked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.detail_label)
        self.children_list = QListWidget()
        self.children_list.setAccessibleName(self.tr("Children"))
        self.children_list.setWordWrap(True)
        self.children_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.children_list.itemActivated.connect(lambda _item: self.open_contacts())
        layout.addWidget(self.children_list, 1)
        self.items_tree = QTreeWidget()
        self.items_tree.setAccessibleName(self.tr("Items by status"))
        self.items_tree.setHeaderLabels([self.tr("Item"), self.tr("To"), self.tr("Changed")])
        self.items_tree.setRootIsDecorated(True)
        tree_header = self.items_tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            tree_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.items_tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.items_tree.itemActivated.connect(lambda _item, _col: self.open_review())
        layout.addWidget(self.items_tree, 2)
        buttons = QHBoxLayout()
        self.review_button = QPushButton(self.tr("Open in Review"))
        self.review_button.setAccessibleName(self.review_button.text())
        self.review_button.clicked.connect(self.open_review)
        buttons.addWidget(self.review_button)
        self.contacts_button = QPushButton(self.tr("Open in Contacts"))
        self.contacts_button.setAccessibleName(self.contacts_button.text())
        self.contacts_button.clicked.connect(self.open_contacts)
        buttons.addWidget(self.contacts_button)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_detail(self, detail: ParentDetail | None, today: date) -> None:
        """Show one parent (None: nobody selected)."""
        self.children_list.clear()
        self.items_tree.clear()
        if detail is None:
            self.detail_label.setText("")
            self._update_buttons()
            return
        who = detail.summary
        words = [f"{who.name} ({who.id_number})", who.housing_unit or self.tr("no unit")]
        if who.archived:
            words.append(self.tr("archived"))
        self.detail_label.setText(" · ".join(words))
        for line in detail.children:
            item = QListWidgetItem(self._child_line(line, today))
            item.setData(ROLE, line.child.id)
            self.children_list.addItem(item)
        names = {c.child.id: c.child.name for c in detail.children}
        for status in TRACKED_STATUSES:
            items = detail.items_with(status)
            if not items:
                continue
            group = QTreeWidgetItem([f"{staff_status_text(status)} ({len(items)})"])
            group.setData(0, ROLE, (status, None))
            for entry in items:
                kind = self.tr("Letter") if entry.kind == ItemKind.LETTER else \
                    self.tr("Recording")
                leaf = QTreeWidgetItem([f"{kind}: {entry.title or self.tr('(no title)')}",
                                        names.get(entry.child_id or -1, ""),
                                        entry.updated_at[:10]])
                leaf.setData(0, ROLE, (status, ItemRef(ItemKind(entry.kind), entry.id)))
                if entry.status_note:
                    leaf.setToolTip(0, entry.status_note)
                group.addChild(leaf)
            self.items_tree.addTopLevelItem(group)
        self._update_buttons()

    def _child_line(self, line: ChildLine, today: date) -> str:
        child = line.child
        age = child.age_on(today)
        words = [child.name if age is None else f"{child.name}, {age}",
                 contact_text(child.contact_status)]
        if line.birthday is not None:
            words.append(self.tr("birthday %1").replace("%1", short_date(line.birthday.on)))
        counts = [f"{n} {status_heading(s).lower()}" for s in TRACKED_STATUSES
                  if (n := line.counts.get(s, 0))]
        if counts:
            words.append(", ".join(counts))
        text = " · ".join(words)
        return f"⚠ {text}" if child.contact_status == "pending" else text

    # -- on to other pages -----------------------------------------------------
    def _tree_choice(self) -> tuple[str, ItemRef | None] | None:
        item = self.items_tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        choice = self._tree_choice()
        self.review_button.setEnabled(choice is not None and choice[0] in REVIEW_STATUSES)
        self.contacts_button.setEnabled(self.children_list.currentItem() is not None)

    def open_review(self) -> None:
        """Go to Review at the chosen item (or the top of its status)."""
        choice = self._tree_choice()
        if choice is not None and choice[0] in REVIEW_STATUSES:
            self.review_asked.emit(*choice)

    def open_contacts(self) -> None:
        """Go to Contacts at the chosen child."""
        item = self.children_list.currentItem()
        if item is not None:
            self.contacts_asked.emit(int(item.data(ROLE)))
