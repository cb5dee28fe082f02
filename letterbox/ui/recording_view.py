"""Recording messages and stories: check the microphone, choose the kind, then record.

The facility's limits, the recording (through the services, as the signed-in parent) and
the microphone check (which starts PortAudio) are read off the GUI thread. Without a
microphone or PortAudio the screen says what is wrong and what staff can do, and
everything else (letters) keeps working. Choosing a kind stores nothing: the recording is
created right before its first take.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from letterbox.audio.controller import RecordingController
from letterbox.audio.devices import AudioUnavailable, check_input
from letterbox.audio.playback import Player
from letterbox.audio.recorder import AudioSource, SoundDeviceSource
from letterbox.audio.speech import Speaker
from letterbox.errors import LetterboxError, NotAllowed, NotFound, NotReady
from letterbox.services.recordings import RecordingLimits, is_silent
from letterbox.store.profiles import Child
from letterbox.store.recordings import Recording, RecordingPart
from letterbox.ui.record_common import Draft, PendingDraft, RecordContext
from letterbox.ui.screen import Screen, Session
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.wording import audio_failure_text, error_text


def _check_microphone() -> str:
    return check_input(None)


class RecordingScreen(Screen):
    """Check → choose a kind → the kind's view. ``leave()`` saves and ends any take."""

    def __init__(self, session: Session, *, child_id: int | None = None,
                 recording_id: int | None = None, parent: QWidget | None = None,
                 source_factory: Callable[[], AudioSource] | None = None,
                 check_microphone: Callable[[], str] | None = None,
                 speaker: Speaker | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.child_id = child_id
        self.recording_id = recording_id
        self._source_factory = source_factory or SoundDeviceSource
        self._speaker = speaker if speaker is not None else session.speaker
        self._own_speaker = False
        self.child: Child | None = None
        self.limits: RecordingLimits | None = None
        self.ctx: RecordContext | None = None
        self.view: QWidget | None = None
        self.controller: RecordingController | None = None
        self.player = Player(self)
        layout = QVBoxLayout(self)
        self.title = self.header(self.tr("Record for your child"))
        layout.addLayout(self.title)
        self.body = QStackedWidget()
        layout.addWidget(self.body, 1)
        self.status = QLabel(self.tr("Checking the microphone…"))
        self.status.setWordWrap(True)
        self.body.addWidget(self.status)
        self.body.setCurrentWidget(self.status)
        self.player.unavailable.connect(lambda text: self.inform(self.tr("Playing"), text))
        session.tasks.run(self._load_and_check(check_microphone or _check_microphone),
                          self._checked, self._check_failed)

    # -- start-up ---------------------------------------------------------------------------
    def _load_and_check(self, check: Callable[[], str]) -> Callable[[], object]:
        services, actor = self.session.services, self.session.actor
        child_id, recording_id = self.child_id, self.recording_id

        def work() -> tuple[RecordingLimits, Recording | None, Child | None]:
            limits = services.recordings.limits()
            recording = services.recordings.get(actor, recording_id) if recording_id else None
            cid = recording.child_id if recording else child_id
            child = services.parents.child(actor, cid) if cid else None
            if limits.audio_allowed:
                check()
            return limits, recording, child

        return work

    def _checked(self, loaded: tuple[RecordingLimits, Recording | None, Child | None]) -> None:
        self.limits, recording, self.child = loaded
        if not self.limits.audio_allowed:
            self.show_message(self.tr("No recordings here"), error_text(
                NotAllowed("audio_not_allowed", facility=self.limits.facility)))
            return
        if self.child is not None and not self.child.contact_approved:
            self.show_message(self.tr("Recording is not possible"), self.tr(
                "Contact with %1 has not been approved, so nothing can be recorded for them. "
                "Please talk to staff.").replace("%1", self.child.name))
            return
        if recording is not None:
            self.open_kind(Draft(self.session.services, self.session.actor,
                                 recording=recording))
        else:
            self.show_chooser()

    def _check_failed(self, error: BaseException) -> None:
        if isinstance(error, NotFound):
            self.show_message(self.tr("Not found"), error_text(error))
        elif isinstance(error, LetterboxError):
            self.show_message(self.tr("Recording is not possible"), error_text(error))
        elif isinstance(error, AudioUnavailable):
            self.show_no_microphone(*audio_failure_text(error))
        else:
            self.show_no_microphone(self.tr("The recording could not be opened."), str(error))

    # -- screens ---------------------------------------------------------------------------
    def show_no_microphone(self, problem: str, fix: str) -> None:
        """Say what is wrong and what staff can do; letters keep working."""
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(self.tr("Recording is not working on this computer right now."))
        heading.setObjectName("screenTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        for text, name in ((problem, "error"), (self.tr("What staff can do: ") + fix, "hint"),
                           (self.tr("You can still write a letter. Nothing you have written "
                                    "or recorded is lost."), "")):
            label = QLabel(text)
            label.setWordWrap(True)
            if name:
                label.setObjectName(name)
            layout.addWidget(label)
        back = BigButton(self.tr("Back to my letters"), "letter", primary=True)
        back.clicked.connect(lambda: self.go_home.emit())  # not .emit: PySide6 bool bug
        layout.addWidget(back)
        layout.addStretch(1)
        self._show_page(page)
        back.setFocus()

    def show_message(self, title: str, text: str) -> None:
        """A plain message with a way back."""
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(title)
        heading.setObjectName("screenTitle")
        label = QLabel(text)
        label.setWordWrap(True)
        back = BigButton(self.tr("Back"), "back", primary=True)
        back.clicked.connect(lambda: self.go_home.emit())  # not .emit: PySide6 bool bug
        for widget in (heading, label, back):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._show_page(page)

    def show_chooser(self) -> None:
        """Message, bedtime story or echo reading."""
        page = QWidget()
        layout = QVBoxLayout(page)
        who = self.child.name if self.child else ""
        ask = QLabel(self.tr("What would you like to record for %1?").replace("%1", who)
                     if who else self.tr("What would you like to record?"))
        ask.setObjectName("screenTitle")
        ask.setWordWrap(True)
        layout.addWidget(ask)
        self.kind_buttons = {}
        for kind, text, icon, hint in (
                ("message", self.tr("A &message"), "mic",
                 self.tr("Talk to your child. Record as many takes as you like and send the "
                         "best one.")),
                ("story", self.tr("A &bedtime story"), "story",
                 self.tr("Read a book page by page. You can redo any page.")),
                ("echo", self.tr("&Echo reading"), "speaker",
                 self.tr("The computer reads a story one line at a time and you say each "
                         "line after it. Only your voice is recorded."))):
            button = BigButton(text, icon, primary=kind == "message", height=88)
            button.clicked.connect(lambda _=False, k=kind: self.start_new(k))
            self.kind_buttons[kind] = button
            label = QLabel(hint)
            label.setObjectName("hint")
            label.setWordWrap(True)
            layout.addWidget(button)
            layout.addWidget(label)
        layout.addStretch(1)
        self._show_page(page)
        self.kind_buttons["message"].setFocus()

    def start_new(self, kind: str) -> None:
        """A new recording of this kind: kept in memory until its first take."""
        pending = PendingDraft(self.session.parent.id, self.child.id if self.child else None,
                               kind)
        self.open_kind(Draft(self.session.services, self.session.actor, pending=pending))

    def open_kind(self, draft: Draft) -> None:
        """The view for this recording's kind."""
        from letterbox.ui.record_echo import EchoView
        from letterbox.ui.record_message import MessageView
        from letterbox.ui.record_story import StoryView

        maximum = self.limits.max_seconds if self.limits is not None else 600.0
        self.ctx = ctx = RecordContext(self.session, self, draft, self.child, self.player,
                                       self._source_factory, maximum)
        self.controller = ctx.controller
        self.controller.failed.connect(self._take_failed)
        self.controller.refused.connect(self._take_refused)
        self.controller.take_saved.connect(self._take_saved)
        self.controller.take_waiting.connect(self._take_waiting)
        kind = draft.pending.kind
        titles = {"message": self.tr("A message"), "story": self.tr("A bedtime story"),
                  "echo": self.tr("Echo reading")}
        title = titles.get(kind, "")
        if self.child:
            title = self.tr("%1 for %2").replace("%1", title).replace("%2", self.child.name)
        self._set_title(title)
        if kind == "story":
            self.view = StoryView(ctx)
        elif kind == "echo":
            if self._speaker is None:
                self._speaker = Speaker(self.session.core.settings.get("speech_engine"), self)
                self._own_speaker = True
            self.view = EchoView(ctx, self._speaker)
        else:
            self.view = MessageView(ctx)
        self._show_page(self.view)

    def _take_failed(self, error: AudioUnavailable) -> None:
        problem, fix = audio_failure_text(error)
        self.inform(self.tr("Recording stopped"), f"{problem}\n\n{fix}")

    def _take_refused(self, error: BaseException) -> None:
        self.inform(self.tr("Recording could not start"), error_text(error))

    def _take_waiting(self, _result: object) -> None:
        self.inform(self.tr("Your recording is safe"), self.tr(
            "Your recording is safe on this computer for now. The connection to the "
            "facility's computer is down, so it will be sent on by itself as soon as the "
            "connection is back. You do not need to do anything."))

    def _take_saved(self, part: RecordingPart, result: object) -> None:
        if is_silent(part):  # said at once, not only when it is sent
            self.inform(self.tr("We could not hear you"), error_text(NotReady("take_silent")))
        if getattr(result, "write_error", ""):
            self.inform(self.tr("Recording stopped"), self.tr(
                "The computer could not save more sound (the disk may be full). What you "
                "recorded until then is kept. Please ask staff to run “letterbox "
                "doctor”."))
        elif getattr(result, "stalled", False):
            self.inform(self.tr("The microphone stopped"), self.tr(
                "The microphone stopped sending sound (is it unplugged?). What you recorded "
                "until then is kept."))
        elif getattr(result, "dropped_estimate", 0) > 24_000:  # over half a second
            self.inform(self.tr("Some sound may be missing"), self.tr(
                "The computer was too busy and missed a little of the sound. Please listen "
                "to the recording, and record it again if something is missing."))
        elif getattr(result, "limit_reached", False):
            self.inform(self.tr("That is the longest a recording can be"), self.tr(
                "The recording stopped at the maximum length and is kept."))

    def _set_title(self, text: str) -> None:
        item = self.title.itemAt(0)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            label.setText(text)

    def _show_page(self, page: QWidget) -> None:
        old = self.body.currentWidget()
        self.body.addWidget(page)
        self.body.setCurrentWidget(page)
        if old is not None and old is not self.status:
            self.body.removeWidget(old)
            old.deleteLater()

    def keeps_awake(self) -> bool:
        """A take recording or a recording playing holds off the idle sign-out."""
        recording = self.controller is not None and self.controller.state != "idle"
        return recording or self.player.playing

    def leave(self) -> None:
        """Save the transcript and any take in progress."""
        leave = getattr(self.view, "leave", None)
        if leave is not None:
            leave()
        if self._own_speaker and self._speaker is not None:
            self._speaker.shutdown()  # its thread must end before the screen is deleted
