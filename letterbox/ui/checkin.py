"""The check-in: one question right after sign-in, big number buttons and "Skip".

Shown only when a worker's question is due for this parent. The question shows in the
parent's language; answering or skipping saves off the GUI thread and then goes home.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from letterbox.store.checkins import Question
from letterbox.ui.screen import Screen, Session
from letterbox.ui.theme import set_role
from letterbox.ui.widgets.big_button import BigButton

log = logging.getLogger(__name__)


class CheckinScreen(Screen):
    """Asks one question. Emits ``finished`` once the answer (or the skip) is saved."""

    finished = Signal()

    def __init__(self, session: Session, question: Question, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.question = question
        self.saving = False
        language = session.parent.language
        layout = QVBoxLayout(self)
        # Back (and Escape) skips the question, as "Skip for now" does.
        layout.addLayout(self.header(self.tr("A quick question")))
        self.go_home.connect(lambda: self.answer(None))
        intro = QLabel(self.tr("Tap a number. There is no right or wrong answer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.question_label = QLabel(question.text(language))
        self.question_label.setObjectName("bigText")
        set_role(self.question_label, "heading")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.question_label)
        row = QHBoxLayout()
        self.value_buttons: dict[int, BigButton] = {}
        for value in range(question.low, question.high + 1):
            button = BigButton(str(value), height=96)
            set_role(button, "huge")
            button.setAccessibleName(self.tr("Answer %1").replace("%1", str(value)))
            button.clicked.connect(lambda _=False, v=value: self.answer(v))
            row.addWidget(button)
            self.value_buttons[value] = button
        layout.addLayout(row)
        ends = QHBoxLayout()
        ends.addWidget(QLabel(self.tr("%1 = low").replace("%1", str(question.low))))
        ends.addStretch(1)
        ends.addWidget(QLabel(self.tr("%1 = high").replace("%1", str(question.high))))
        layout.addLayout(ends)
        layout.addStretch(1)
        self.skip_button = BigButton(self.tr("Skip for now"), height=64)
        self.skip_button.clicked.connect(lambda: self.answer(None))
        layout.addWidget(self.skip_button)

    def answer(self, value: int | None) -> None:
        """Save the answer (None: skipped), then go on to the parent's home."""
        if self.saving:
            return
        self.saving = True
        for button in [*self.value_buttons.values(), self.skip_button, self._back]:
            if button is not None:
                button.setEnabled(False)
        services, actor, question_id = (self._session.services, self._session.actor,
                                        self.question.id)

        def failed(error: BaseException) -> None:  # never keep the parent from their home
            log.warning("Check-in answer not saved: %s", error)
            self.finished.emit()

        self._session.tasks.run(lambda: services.checkins.answer(actor, question_id, value),
                                lambda _result: self.finished.emit(), failed, serial=True,
                                owner=self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and int(text) in self.value_buttons:
            self.value_buttons[int(text)].click()
            return
        super().keyPressEvent(event)
