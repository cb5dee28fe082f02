"""The report's check-in tab: questions (add, retire) and each parent's change from
their first answer to their latest, with the average."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from letterbox.services.checkins import ChangeSummary
from letterbox.store.checkins import Question
from letterbox.ui.staff.page import fill_table, make_table, row_key

if TYPE_CHECKING:
    from letterbox.ui.staff.report import ReportPage


class CheckinPanel(QWidget):
    """Questions on the left with the form to add one; changes on the right."""

    def __init__(self, page: ReportPage) -> None:
        super().__init__()
        self._page = page
        self.summaries: list[ChangeSummary] = []
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.questions = make_table([self.tr("Question"), self.tr("Scale"),
                                     self.tr("Every"), self.tr("Status")],
                                    self.tr("Check-in questions"))
        self.questions.itemSelectionChanged.connect(self._show_changes)
        left.addWidget(self.questions, 1)
        row = QHBoxLayout()
        self.retire_button = page._button(self.tr("Stop asking"), self.retire, row)
        row.addStretch(1)
        left.addLayout(row)
        box = QGroupBox(self.tr("New question"))
        form = QFormLayout(box)
        self.text_en = QLineEdit()
        self.text_en.setPlaceholderText(
            self.tr("How confident do you feel about staying in touch with your children?"))
        form.addRow(self.tr("English:"), self.text_en)
        self.text_es = QLineEdit()
        form.addRow(self.tr("Spanish:"), self.text_es)
        scale = QHBoxLayout()
        self.low_spin, self.high_spin = QSpinBox(), QSpinBox()
        for spin, value in ((self.low_spin, 1), (self.high_spin, 5)):
            spin.setRange(0, 10)
            spin.setValue(value)
            scale.addWidget(spin)
        self.low_spin.setAccessibleName(self.tr("Lowest answer"))
        self.high_spin.setAccessibleName(self.tr("Highest answer"))
        form.addRow(self.tr("Scale from / to:"), scale)
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, 104)
        self.weeks_spin.setValue(12)
        self.weeks_spin.setSuffix(self.tr(" weeks"))
        form.addRow(self.tr("Ask again after:"), self.weeks_spin)
        add_row = QHBoxLayout()
        self.add_button = page._button(self.tr("Add question"), self.add, add_row)
        add_row.addStretch(1)
        form.addRow(add_row)
        left.addWidget(box)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        self.average = QLabel()
        self.average.setWordWrap(True)
        right.addWidget(self.average)
        self.changes = make_table([self.tr("Parent"), self.tr("First"), self.tr("Latest"),
                                   self.tr("Change"), self.tr("Answers")],
                                  self.tr("Changes per parent"))
        right.addWidget(self.changes, 1)
        layout.addLayout(right, 1)

    def show_data(self, questions: list[Question], summaries: list[ChangeSummary]) -> None:
        chosen = row_key(self.questions)
        self.summaries = summaries
        fill_table(self.questions, [
            (q.text_en, f"{q.low}–{q.high}",
             self.tr("%1 weeks").replace("%1", str(q.repeat_weeks)),
             self.tr("retired") if q.retired_at else self.tr("asked"))
            for q in questions], [q.id for q in questions])
        keys = [q.id for q in questions]
        if questions:
            active = [i for i, q in enumerate(questions) if q.retired_at is None]
            row = keys.index(chosen) if chosen in keys else (active or [0])[0]
            self.questions.selectRow(row)
        self._show_changes()

    def _show_changes(self) -> None:
        question_id = row_key(self.questions)
        summary = next((s for s in self.summaries if s.question.id == question_id), None)
        changes = summary.changes if summary is not None else []
        fill_table(self.changes, [
            (f"{c.name} ({c.id_number})", str(c.first), str(c.latest), f"{c.change:+d}",
             str(c.answers)) for c in changes], [c.parent_id for c in changes])
        if summary is None:
            self.average.setText(self.tr("No check-in question yet."))
        elif summary.average is None:
            self.average.setText(self.tr("Nobody has answered twice yet."))
        else:
            twice = sum(1 for c in changes if c.answers >= 2)
            self.average.setText(self.tr("Average change: %1 (parents who answered twice "
                                         "or more: %2)")
                                 .replace("%1", f"{summary.average:+.2f}")
                                 .replace("%2", str(twice)))
        retired = summary is not None and summary.question.retired_at is not None
        self.retire_button.setEnabled(summary is not None and not retired)

    def add(self) -> None:
        page = self._page
        checkins, actor = page.session.services.checkins, page.session.actor
        text_en, text_es = self.text_en.text(), self.text_es.text()
        low, high, weeks = self.low_spin.value(), self.high_spin.value(), self.weeks_spin.value()

        def done(_question: Question) -> None:
            self.text_en.clear()
            self.text_es.clear()
            page.show_note(self.tr("Question added: parents are asked at their next "
                                   "sign-in."))
            page.reload()

        page.run(lambda: checkins.add_question(actor, text_en, text_es, low=low, high=high,
                                               repeat_weeks=weeks), done, change=True)

    def retire(self) -> None:
        page = self._page
        question_id = row_key(self.questions)
        if question_id is None or not page.confirm(
                self.tr("Stop asking"),
                self.tr("Stop asking this question? The answers stay in the report.")):
            return
        checkins, actor = page.session.services.checkins, page.session.actor

        def done(_result: object) -> None:
            page.show_note(self.tr("The question is no longer asked."))
            page.reload()

        page.run(lambda: checkins.retire_question(actor, question_id), done, change=True)
