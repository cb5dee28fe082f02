"""What every full-window screen has in common, and what it is given."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from letterbox.audio.speech import Speaker
from letterbox.core import Core
from letterbox.services import Services, build_services
from letterbox.services.actor import Actor
from letterbox.store.profiles import Parent
from letterbox.tasks import TaskRunner
from letterbox.ui.dialogs import DialogHost
from letterbox.ui.widgets.big_button import BigButton


@dataclass
class Session:
    """The signed-in parent, the actor their screens act as, and the services they use.

    Screens read and change data only through ``services``, always as ``actor``.
    """

    core: Core
    tasks: TaskRunner
    parent: Parent
    speaker: Speaker | None = None  # the window's one Speaker (built by the composition root)
    services: Services = None  # type: ignore[assignment]  # built from core when not given
    actor: Actor = field(init=False)

    def __post_init__(self) -> None:
        if self.services is None:
            self.services = build_services(self.core)
        self.actor = Actor.parent(self.parent.id, self.parent.name)


class Screen(QWidget):
    """A full-window screen. Emits ``go_home`` when the parent is done with it.

    Subclasses override ``leave()`` to save what the parent was doing: it is called
    before the screen is removed (navigation, sign-out, idle timeout, closing).
    """

    go_home = Signal()

    def leave(self) -> None:
        """Save work in progress; called before the screen goes away."""

    def spoken_text(self) -> str:
        """What the window's Read aloud says for this screen: its words, then its choices."""
        from letterbox.ui.spoken import screen_text

        return screen_text(self)

    def keeps_awake(self) -> bool:
        """True while the idle sign-out must wait (a take recording, a recording playing)."""
        return False

    # Dialogs go through the window's one DialogHost; they sit behind these methods so
    # tests can replace them.
    def dialogs(self) -> DialogHost:
        """The window's dialog host (a screen shown on its own gets one of its own)."""
        host = getattr(self.window(), "dialogs", None)
        if isinstance(host, DialogHost):
            return host
        if self._own_dialogs is None:
            self._own_dialogs = DialogHost(self)
        return self._own_dialogs

    _own_dialogs: DialogHost | None = None

    def confirm(self, title: str, question: str) -> bool:
        """Ask a yes/no question."""
        return self.dialogs().confirm(title, question)

    def inform(self, title: str, message: str) -> None:
        """Tell the user something, with an OK button."""
        self.dialogs().inform(title, message)

    def header(self, title: str, *, back: bool = True) -> QHBoxLayout:
        """A title row with an optional large 'Back' button."""
        row = QHBoxLayout()
        label = QLabel(title)
        label.setObjectName("screenTitle")
        label.setWordWrap(True)
        row.addWidget(label, 1)
        if back:
            button = BigButton(self.tr("Back"), "back", height=56)
            button.setSizePolicy(button.sizePolicy().horizontalPolicy().Fixed,
                                 button.sizePolicy().verticalPolicy())
            button.clicked.connect(self.go_home.emit)
            row.addWidget(button)
            self._back = button
        return row

    _back: QAbstractButton | None = None

    @property
    def back_button(self) -> QAbstractButton | None:
        """What Escape presses (ui/keys.py): the header's Back, when it has one."""
        return self._back


class PlainScreen(Screen):
    """A screen that only says something (used where a capability is not built yet)."""

    def __init__(self, title: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header(title))
        text = QLabel(message)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)
