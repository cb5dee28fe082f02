"""A bedtime story: a title, an optional spoken introduction, then page by page.

Any page can be recorded again without redoing the others; after a page is saved the
next page is selected, so reading a book is Record, Stop, Record, Stop…
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from letterbox.audio.controller import TakeRequest
from letterbox.store.recordings import RecordingPart
from letterbox.ui.record_common import RecordContext, TranscriptBox, part_label, play_part
from letterbox.ui.record_submit import SubmitBar
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.widgets.recorder_panel import RecorderPanel

INTRO = 0


class StoryView(QWidget):
    """The introduction (position 0) and pages 1…n, each with its own take."""

    def __init__(self, ctx: RecordContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: dict[int, RecordingPart] = {}   # position → chosen part
        self.target = 1
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Book title:")))
        self.title_edit = QLineEdit(ctx.draft.pending.title)
        self.title_edit.setMaxLength(200)
        self.title_edit.setAccessibleName(self.tr("Book title"))
        self.title_edit.setPlaceholderText(self.tr("For example: The Gruffalo"))
        self.title_edit.editingFinished.connect(self.save_title)
        row.addWidget(self.title_edit, 1)
        layout.addLayout(row)
        middle = QHBoxLayout()
        left = QVBoxLayout()
        self.pages = QListWidget()
        self.pages.setAccessibleName(self.tr("Introduction and pages"))
        self.pages.setWordWrap(True)
        self.pages.currentRowChanged.connect(self._row_chosen)
        left.addWidget(self.pages, 1)
        buttons = QHBoxLayout()
        self.play_button = BigButton(self.tr("P&lay"), "play", height=60)
        self.delete_button = BigButton(self.tr("&Delete"), "trash", height=60)
        buttons.addWidget(self.play_button)
        buttons.addWidget(self.delete_button)
        left.addLayout(buttons)
        right = QVBoxLayout()
        self.target_label = QLabel()
        self.target_label.setObjectName("screenTitle")
        right.addWidget(self.target_label)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        right.addWidget(self.hint)
        self.panel = RecorderPanel(ctx.controller)
        self.panel.record_requested.connect(self.record)
        right.addWidget(self.panel)
        right.addStretch(1)
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        layout.addLayout(middle, 1)
        self.transcript = TranscriptBox(ctx, self.tr(
            "For the reviewer: the book and anything you add in your own words."))
        layout.addWidget(self.transcript)
        self.submit = SubmitBar(ctx, before_send=self.save_all)
        self.submit.editable_changed.connect(self.set_editable)
        layout.addWidget(self.submit)
        self.play_button.clicked.connect(lambda: play_part(self.ctx,
                                                           self.current.get(self.target)))
        self.delete_button.clicked.connect(self.delete_target)
        ctx.controller.take_saved.connect(self._saved)
        self.set_editable(ctx.editable)
        self.reload()

    # -- what is recorded next ------------------------------------------------------------
    def positions(self) -> list[int]:
        """Rows of the list: the introduction, recorded pages, and the next new page."""
        pages = sorted(p for p in self.current if p != INTRO)
        return [INTRO, *pages, (max(pages) + 1) if pages else 1]

    def choose(self, position: int) -> None:
        """Make ``position`` the one the Record button records."""
        self.target = position
        rows = self.positions()
        if position in rows:
            self.pages.setCurrentRow(rows.index(position))
        self._show_target()

    def record(self) -> None:
        """Record (or record again) the chosen page or the introduction."""
        if not self.ctx.editable:
            return
        self.save_title()
        role = "intro" if self.target == INTRO else "page"
        self.ctx.controller.record(TakeRequest(role, self.target))

    # -- loading and showing ---------------------------------------------------------------
    def reload(self, then_choose: int | None = None) -> None:
        self.ctx.load_parts(lambda parts: self._show(parts, then_choose), chosen_only=True)

    def _show(self, parts: list[RecordingPart], then_choose: int | None) -> None:
        self.current = {p.position: p for p in parts if p.role in ("intro", "page")}
        self.pages.blockSignals(True)
        self.pages.clear()
        for position in self.positions():
            part = self.current.get(position)
            name = (self.tr("Introduction (optional)") if position == INTRO
                    else self.tr("Page %1").replace("%1", str(position)))
            text = part_label(self, part, name) + "  ✓" if part else \
                name + " — " + self.tr("not recorded yet")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, position)
            self.pages.addItem(item)
        self.pages.blockSignals(False)
        if then_choose is None:
            pages = [p for p in self.positions() if p != INTRO]
            then_choose = pages[-1] if self.current else 1
        self.choose(then_choose)

    def _row_chosen(self, row: int) -> None:
        rows = self.positions()
        if 0 <= row < len(rows) and not self.ctx.controller.busy:
            self.target = rows[row]
            self._show_target()

    def _show_target(self) -> None:
        recorded = self.target in self.current
        if self.target == INTRO:
            self.target_label.setText(self.tr("Introduction"))
            child = self.ctx.child
            who = child.relationship if child and child.relationship else self.tr("Dad")
            self.hint.setText(self.tr("Say who you are and what you will read, for example: "
                                      "“This is %1, reading %2 for you, %3.”")
                              .replace("%1", who)
                              .replace("%2", self.title_edit.text() or "…")
                              .replace("%3", child.name if child else "…"))
        else:
            self.target_label.setText(self.tr("Page %1").replace("%1", str(self.target)))
            self.hint.setText(self.tr("Read the page, then press Stop. Then turn the page "
                                      "and press Record for the next one."))
        self.panel.record_button.setText(self.tr("&Record again") if recorded
                                         else self.tr("&Record"))
        self.play_button.setEnabled(recorded)
        self.delete_button.setEnabled(recorded and self.ctx.editable)

    def set_editable(self, editable: bool) -> None:
        """A story with staff can be listened to, not changed."""
        self.panel.set_locked(not editable)
        self.title_edit.setReadOnly(not editable)
        self.transcript.set_editable(editable)
        self._show_target()

    def _saved(self, part: RecordingPart, _result: object) -> None:
        following = part.position + 1 if part.role == "page" else 1
        if part.role == "page" and part.position in self.current:
            following = part.position  # a page recorded again: stay on it to listen
        self.reload(then_choose=following)

    def delete_target(self) -> None:
        part = self.current.get(self.target)
        if part is None or not self.ctx.screen.confirm(
                self.tr("Delete this page?"),
                self.tr("The recording of this page will be deleted for good.")):
            return
        self.ctx.player.stop()
        self.ctx.change(lambda recordings, actor: recordings.delete_part(actor, part),
                        lambda _r: self.reload(then_choose=self.target))

    def save_title(self) -> None:
        """Keep the book's title (in memory until the first page is recorded)."""
        if not self.title_edit.isReadOnly():
            self.ctx.save_fields(title=self.title_edit.text().strip()[:200])

    def save_all(self) -> None:
        self.save_title()
        self.transcript.save()

    def leave(self) -> None:
        self.save_all()
        self.ctx.controller.shutdown()
        self.ctx.player.stop()
