"""A message to a child: record several takes and keep the best one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
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
from letterbox.ui.widgets.recorder_panel import RecorderPanel, clock


class MessageView(QWidget):
    """Takes side by side; the one marked ✓ (as the store says) is sent."""

    def __init__(self, ctx: RecordContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parts: list[RecordingPart] = []
        layout = QVBoxLayout(self)
        self.panel = RecorderPanel(ctx.controller)
        self.panel.record_requested.connect(self.record)
        layout.addWidget(self.panel)
        layout.addWidget(QLabel(self.tr("Your takes (the one marked ✓ is sent):")))
        self.takes = QListWidget()
        self.takes.setAccessibleName(self.tr("Your takes"))
        self.takes.itemActivated.connect(lambda _item: self.play_selected())
        layout.addWidget(self.takes, 1)
        row = QHBoxLayout()
        self.play_button = BigButton(self.tr("P&lay"), "play", height=60)
        self.keep_button = BigButton(self.tr("&Keep this one"), "ok", height=60)
        self.delete_button = BigButton(self.tr("&Delete"), "trash", height=60)
        for button in (self.play_button, self.keep_button, self.delete_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.play_label = QLabel()
        layout.addWidget(self.play_label)
        self.transcript = TranscriptBox(ctx, self.tr(
            "For the reviewer: what you say in this message (a short summary is fine)."))
        layout.addWidget(self.transcript)
        self.submit = SubmitBar(ctx, before_send=self.transcript.save)
        self.submit.editable_changed.connect(self.set_editable)
        layout.addWidget(self.submit)
        self.play_button.clicked.connect(self.play_selected)
        self.keep_button.clicked.connect(self.keep_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        ctx.controller.take_saved.connect(lambda *_: self.reload())
        ctx.controller.state_changed.connect(lambda _s: self._enable())
        ctx.player.position.connect(self._played)
        ctx.player.playing_changed.connect(  # "Playing 0:08 of 0:08" goes when it ends
            lambda playing: None if playing else self.play_label.clear())
        self.set_editable(ctx.editable)
        self.reload()

    def record(self) -> None:
        """Record a new take (the old ones stay until deleted)."""
        if not self.ctx.editable:
            return
        number = max((p.position for p in self.parts), default=0) + 1
        self.ctx.controller.record(TakeRequest("take", number))

    def reload(self) -> None:
        """Read the takes off the GUI thread and show them."""
        self.ctx.load_parts(self._show)

    def _show(self, parts: list[RecordingPart]) -> None:
        self.parts = [p for p in parts if p.role == "take"]
        self.takes.clear()
        for part in self.parts:
            name = self.tr("Take %1").replace("%1", str(part.position))
            text = part_label(self, part, name) + ("  ✓" if part.chosen else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, part.id)
            self.takes.addItem(item)
            if part.chosen:
                self.takes.setCurrentItem(item)
        self.panel.record_button.setText(self.tr("&Record again") if self.parts
                                         else self.tr("&Record"))
        self._enable()

    def set_editable(self, editable: bool) -> None:
        """A recording with staff can be listened to, not changed."""
        self.panel.set_locked(not editable)
        self.transcript.set_editable(editable)
        self._enable()

    def _enable(self) -> None:
        has = bool(self.parts) and not self.ctx.controller.busy
        self.play_button.setEnabled(has)
        for button in (self.keep_button, self.delete_button):
            button.setEnabled(has and self.ctx.editable)

    def selected(self) -> RecordingPart | None:
        """The take chosen in the list."""
        row = self.takes.currentRow()
        return self.parts[row] if 0 <= row < len(self.parts) else None

    def play_selected(self) -> None:
        play_part(self.ctx, self.selected())

    def keep_selected(self) -> None:
        """Mark the selected take as the one to send; later takes leave the mark alone."""
        part = self.selected()
        if part is None:
            return
        self.ctx.change(lambda recordings, actor: recordings.choose_take(
            actor, part.recording_id, part.id), lambda _r: self.reload())

    def delete_selected(self) -> None:
        part = self.selected()
        if part is None or not self.ctx.screen.confirm(
                self.tr("Delete this take?"),
                self.tr("Take %1 will be deleted for good.").replace("%1", str(part.position))):
            return
        self.ctx.player.stop()
        self.ctx.change(lambda recordings, actor: recordings.delete_part(actor, part),
                        lambda _r: self.reload())

    def _played(self, position: float, total: float) -> None:
        self.play_label.setText(self.tr("Playing %1 of %2").replace("%1", clock(position))
                                .replace("%2", clock(total)))

    def leave(self) -> None:
        """Save the transcript; end any take (it is saved)."""
        self.transcript.save()
        self.ctx.controller.shutdown()
        self.ctx.player.stop()
