"""Actions declared once: label, icon, shortcut and look; buttons are built from here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from letterbox.ui.widgets.big_button import BigButton


@dataclass(frozen=True)
class Action:
    """One thing a person can do, however it is offered (button, shortcut, menu)."""

    label: str      # English source text, translated when shown
    icon: str
    shortcut: str = ""
    primary: bool = False
    height: int = 72

    def text(self) -> str:
        """The label in the interface language."""
        return QCoreApplication.translate("Actions", self.label)


WRITE_LETTER = Action(QT_TRANSLATE_NOOP("Actions", "Write a letter"), "letter", "Ctrl+L",
                      primary=True, height=96)
RECORD_MESSAGE = Action(QT_TRANSLATE_NOOP("Actions", "Record a message"), "mic", "Ctrl+R",
                        primary=True, height=96)
ADD_CHILD = Action(QT_TRANSLATE_NOOP("Actions", "Add a child"), "add", "Ctrl+K", height=56)
SIGN_OUT = Action(QT_TRANSLATE_NOOP("Actions", "Sign out"), "signout", "Ctrl+Q", height=56)


def action_button(action: Action, owner: QWidget, handler: Callable[[], object]) -> BigButton:
    """A big button for ``action``, with its shortcut active while ``owner`` is shown."""
    button = BigButton(action.text(), action.icon, owner, primary=action.primary,
                       height=action.height)
    button.clicked.connect(handler)
    if action.shortcut:
        sequence = QKeySequence(action.shortcut)
        shortcut = QShortcut(sequence, owner)
        shortcut.activated.connect(handler)
        shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.text()} ({shown})")
    return button
