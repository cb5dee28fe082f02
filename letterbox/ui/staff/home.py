"""The staff home: a plain list of pages on the left (Dashboard, Review, Contacts, Parents,
Export, Packets: the history of packets made, Report, Settings), the page on the right,
and Sign out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from letterbox.services.review import ItemRef
from letterbox.ui.screen import Screen
from letterbox.ui.staff.contacts import ContactsPage
from letterbox.ui.staff.dashboard import DashboardPage
from letterbox.ui.staff.export import ExportPage
from letterbox.ui.staff.packets import PacketHistoryPage
from letterbox.ui.staff.page import StaffPage
from letterbox.ui.staff.parents import ParentsPage
from letterbox.ui.staff.report import ReportPage
from letterbox.ui.staff.review import ReviewPage
from letterbox.ui.staff.session import StaffSession
from letterbox.ui.staff.settings import SettingsPage
from letterbox.ui.theme import staff_stylesheet

# The worker station shows more at once than the kiosk: smaller text, same contrast.


class StaffHomeScreen(Screen):
    """Holds the staff pages; each reads its data again when it is shown.

    Signals:
        sign_out: the staff member is done (the window shows the parents' sign-in).
    """

    sign_out = Signal()
    shows_bar = False  # the kiosk's Read aloud and text-size bar is for parents

    def __init__(self, session: StaffSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setStyleSheet(staff_stylesheet())
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Staff: %1").replace("%1", session.member.name))
        title.setObjectName("screenTitle")
        top.addWidget(title, 1)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setAccessibleName(self.sign_out_button.text())
        self.sign_out_button.clicked.connect(self.sign_out.emit)
        self._top = top
        self.close_button: QPushButton | None = None
        top.addWidget(self.sign_out_button)
        layout.addLayout(top)

        body = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Staff pages"))
        body.addWidget(self.nav)
        self.stack = _CurrentPageStack()
        # A page wider than a 1024-px screen scrolls inside its own area: the page list
        # and Sign out always stay in view.
        pages_area = QScrollArea()
        pages_area.setWidgetResizable(True)
        pages_area.setFrameShape(QFrame.Shape.NoFrame)
        pages_area.setWidget(self.stack)
        body.addWidget(pages_area, 1)
        layout.addLayout(body, 1)

        self.dashboard = DashboardPage(session)
        self.dashboard.review_asked.connect(self.open_review)
        self.dashboard.contacts_asked.connect(self.open_contacts)
        self.review = ReviewPage(session)
        self.contacts = ContactsPage(session)
        self.parents = ParentsPage(session)
        self.export = ExportPage(session)
        self.packets = PacketHistoryPage(session)
        self.report = ReportPage(session)
        self.settings = SettingsPage(session)
        self.pages: list[StaffPage] = [self.dashboard, self.review, self.contacts, self.parents,
                                       self.export, self.packets, self.report, self.settings]
        for name, page in zip((self.tr("Dashboard"), self.tr("Review"), self.tr("Contacts"),
                               self.tr("Parents"), self.tr("Export"), self.tr("Packets"),
                               self.tr("Report"), self.tr("Settings")),
                              self.pages, strict=True):
            self.nav.addItem(name)
            self.stack.addWidget(page)
        # As wide as its longest name (Spanish names are longer), never narrower than 110.
        self.nav.setFixedWidth(max(110, self.nav.sizeHintForColumn(0) + 24))
        self.nav.currentRowChanged.connect(self.show_page)
        self.nav.setCurrentRow(0)

    def offer_close(self, close: Callable[[], None]) -> None:
        """Kiosk mode: a button that closes Letterbox (nobody else can)."""
        self.close_button = QPushButton(self.tr("Close Letterbox"))
        self.close_button.setAccessibleName(self.close_button.text())
        self.close_button.setToolTip(self.tr("Kiosk mode: closes the program for maintenance. "
                                             "The kiosk session starts it again at the next "
                                             "log-in."))
        self.close_button.clicked.connect(close)
        self._top.insertWidget(self._top.count() - 1, self.close_button)

    def show_page(self, index: int) -> None:
        """Show one page, with its data read afresh."""
        if not 0 <= index < len(self.pages):
            return
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # comes back here through currentRowChanged
            return
        page = self.pages[index]
        self.stack.setCurrentWidget(page)
        self.stack.updateGeometry()  # its size is the page's own now
        page.reload()

    def open_review(self, status: str, ref: ItemRef | None) -> None:
        """Review, showing ``status``, at the item ``ref`` (None: the top of the queue)."""
        self.review.open_at(status, ref)
        self.show_page(self.pages.index(self.review))

    def open_contacts(self, child_id: int) -> None:
        """Contacts, at this child."""
        self.contacts.open_at(child_id)
        self.show_page(self.pages.index(self.contacts))

    def current_page(self) -> StaffPage:
        """The page shown now."""
        return self.pages[self.stack.currentIndex()]

    def leave(self) -> None:
        """Stop playback and any export before the screen goes."""
        for page in self.pages:
            page.leave()


class _CurrentPageStack(QStackedWidget):
    """A page stack as large as the page shown, not as the largest page: a narrow page
    needs no sideways scrolling because another page is wide."""

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()
