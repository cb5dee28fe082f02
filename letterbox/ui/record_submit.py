"""“Send for review” under every recording view, the recording's status once it is sent,
and taking it back to change it (after asking)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from letterbox.errors import NotReady
from letterbox.store.items import REOPENABLE, ItemStatus
from letterbox.store.recordings import Recording
from letterbox.ui.record_common import RecordContext
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.wording import error_text, status_text


class SubmitBar(QWidget):
    """The way out of a recording: sent to staff, or taken back to change.

    Args:
        before_send: saves what the view still holds (title, transcript) first.

    Signals:
        editable_changed(bool): the recording became a draft again, or was sent.
    """

    editable_changed = Signal(bool)

    def __init__(self, ctx: RecordContext, before_send: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._before_send = before_send
        self._busy = False
        row = QHBoxLayout(self)  # one row: the screen's space goes to the takes and pages
        row.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel()
        self.status_label.setObjectName("hint")
        self.status_label.setWordWrap(True)
        row.addWidget(self.status_label, 1)
        self.send_button = BigButton(self.tr("Send for re&view"), "ok", primary=True,
                                     height=72)
        self.reopen_button = BigButton(self.tr("Take it &back to change it"), "letter",
                                       height=72)
        for button in (self.send_button, self.reopen_button):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            row.addWidget(button)
        self.send_button.clicked.connect(self.send)
        self.reopen_button.clicked.connect(self.reopen)
        ctx.controller.state_changed.connect(lambda _state: self.show_status())
        self.show_status()

    def show_status(self) -> None:
        """Say where the recording is, and offer what can be done now."""
        recording = self.ctx.recording
        status = self.ctx.draft.status
        draft = status == ItemStatus.DRAFT
        if draft:
            self.status_label.setText(self.tr(
                "When it is ready, press “Send for review”. Staff listen to it before it "
                "goes out."))
        else:
            note = recording.status_note if recording is not None else ""
            self.status_label.setText(status_text(status, note))
        self.send_button.setVisible(draft)
        self.send_button.setEnabled(draft and not self._busy and not self.ctx.controller.busy)
        self.reopen_button.setVisible(status in REOPENABLE)
        self.reopen_button.setEnabled(not self._busy)

    def send(self) -> None:
        """Ask the service to send the recording for review (save pool)."""
        if self._busy or self.ctx.controller.busy or not self.ctx.editable:
            return
        self._before_send()  # queued first on the save pool, so it is in what is checked
        draft, recordings, actor = self.ctx.draft, self.ctx.session.services.recordings, \
            self.ctx.session.actor
        nothing = NotReady("no_take" if draft.pending.kind == "message" else "nothing_recorded")

        def work() -> Recording:
            recording = draft.recording
            if recording is None:  # no take yet, so nothing was ever stored
                raise nothing
            return recordings.submit(actor, recording.id)

        self._set_busy(True)
        self.ctx.session.tasks.run(work, self._sent, self._refused, serial=True)

    def reopen(self) -> None:
        """Take a sent or returned recording back to change it, after asking."""
        recording = self.ctx.recording
        if self._busy or recording is None or not self.ctx.screen.confirm(
                self.tr("Change this recording?"),
                self.tr("It comes back to you to change. Staff will see it again only when "
                        "you send it for review again.")):
            return
        recordings, actor = self.ctx.session.services.recordings, self.ctx.session.actor
        self._set_busy(True)
        self.ctx.session.tasks.run(lambda: recordings.reopen(actor, recording.id),
                                   self._reopened, self._reopen_failed, serial=True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.show_status()

    def _sent(self, recording: Recording) -> None:
        self.ctx.draft.replace_recording(recording)
        self._set_busy(False)
        self.editable_changed.emit(False)
        self.ctx.screen.inform(self.tr("Sent for review"), self.tr(
            "Sent for review. Staff will listen before it goes out."))
        self.ctx.screen.go_home.emit()

    def _reopened(self, recording: Recording) -> None:
        self.ctx.draft.replace_recording(recording)
        self._set_busy(False)
        self.editable_changed.emit(True)

    def _reopen_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.ctx.refused(error)

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        self.ctx.screen.inform(self.tr("Not sent yet"), error_text(error))
