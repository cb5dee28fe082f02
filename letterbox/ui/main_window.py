"""The main window: one screen at a time, and the rules for moving between them."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMainWindow,
    QWidget,
)

from letterbox import APP_NAME
from letterbox.audio.speech import Speaker
from letterbox.core import Core
from letterbox.services import Services, build_services
from letterbox.services.actor import Actor
from letterbox.store.profiles import Parent
from letterbox.tasks import TaskRunner
from letterbox.ui.dialogs import DialogHost
from letterbox.ui.home import HomeScreen
from letterbox.ui.screen import Screen, Session
from letterbox.ui.screen_bar import ScreenBar
from letterbox.ui.screen_frame import ScreenFrame
from letterbox.ui.session_watch import SessionWatch
from letterbox.ui.signin import CreateProfileScreen, SignInScreen
from letterbox.ui.theme import Look, apply_look
from letterbox.ui.wording import error_text

if TYPE_CHECKING:  # the staff screens and kiosk mode are imported when first used
    from letterbox.ui.kiosk_mode import KioskLock
    from letterbox.ui.staff.session import StaffSession

log = logging.getLogger(__name__)
KIOSK_LANGUAGE = "en"  # what the sign-in screen speaks when nobody is signed in

_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                 QEvent.Type.TouchBegin}


class MainWindow(QMainWindow):
    """Holds the current screen; a signed-out kiosk shows nobody's data."""

    def __init__(self, core: Core, tasks: TaskRunner, *, idle_minutes: int = 10,
                 language_changer=None, services: Services | None = None,
                 speaker: Speaker | None = None) -> None:
        super().__init__()
        self.core = core
        self.services = services if services is not None else build_services(core)
        self.tasks = tasks
        self.session: Session | None = None
        self.staff_session: StaffSession | None = None
        self._speaker: Speaker | None = speaker
        self._language_changer = language_changer
        self.dialogs = DialogHost(self, speaker=self.speaker, language=lambda: self.language)
        self.checkins_on = False  # a check-in question is active (ui/checkin.py)
        self.language = KIOSK_LANGUAGE  # the interface language now
        self._names_language: str | None = None  # the sign-in list's, while a PIN pad shows
        self.kiosk_lock: KioskLock | None = None  # set by `letterbox --kiosk`
        self.setWindowTitle(APP_NAME)
        self.resize(1024, 768)
        self.bar = ScreenBar(self.speaker(), lambda: self._frame.spoken_text(),
                             lambda: self.language)
        self.bar.look_chosen.connect(self._choose_look)
        self._frame = ScreenFrame(self.bar)
        self.setCentralWidget(self._frame)
        self.tasks.task_failed.connect(self._task_failed)
        self.session_watch = SessionWatch(self)  # the journal and the one active session
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(1, idle_minutes) * 60_000)
        self._idle.timeout.connect(self._idle_warn)
        from letterbox.ui.idle_warning import WARNING_SECONDS, IdleWarning

        self.idle_warning_s = WARNING_SECONDS  # the countdown before an idle sign-out
        self.idle_warning = IdleWarning(self, say=self._say_warning)
        self.idle_warning.expired.connect(self._idle_timeout)
        from letterbox.ui.recovery import InterruptedTakes

        self.interrupted = InterruptedTakes(core, tasks, lambda t, q: self.ask_keep(t, q), self,
                                            services=self.services)
        self.show_signin()

    # -- navigation ----------------------------------------------------------
    @property
    def current_screen(self) -> QWidget | None:
        """The screen shown now."""
        return self._frame.current

    def _set_screen(self, screen: QWidget) -> None:
        self._frame.show_screen(screen)

    def focus_screen(self) -> None:
        """Keyboard focus to the current screen's first control (ui/screen_frame.py)."""
        self._frame.focus_screen()

    @property
    def back_button(self) -> QAbstractButton | None:
        """The current screen's Back, so Escape works from the bar too (ui/keys.py)."""
        return getattr(self.current_screen, "back_button", None)

    def _choose_look(self, look: Look) -> None:
        """Text size or contrast chosen on the bar: applied at once, and kept for the
        signed-in parent (saved off the GUI thread)."""
        apply_look(QApplication.instance(), look)
        if self.session is None:
            return
        session = self.session
        session.parent = replace(session.parent, text_size=look.text_size,
                                 high_contrast=look.high_contrast)
        parents = self.services.parents
        self.tasks.run(lambda: parents.set_display(
            session.actor, session.parent.id, text_size=look.text_size,
            high_contrast=look.high_contrast), serial=True)

    def _show_look(self, look: Look) -> None:
        apply_look(QApplication.instance(), look)
        self.bar.show_look(look)

    def show_signin(self) -> None:
        """The sign-in screen: nobody is signed in."""
        self.session = None
        self.staff_session = None
        self._idle.stop()
        self._back_to_names_language()
        screen = SignInScreen(self.services, self.tasks)
        screen.signed_in.connect(self.start_session)
        screen.create_requested.connect(self.show_create_profile)
        screen.staff_requested.connect(self.show_staff_signin)
        screen.language_chosen.connect(self._choose_kiosk_language)
        screen.pin_language.connect(self._pin_pad_language)
        screen.names_shown.connect(self._back_to_names_language)
        screen.show_language(self.language)
        self._set_screen(screen)
        screen.filter_edit.setFocus()
        # Whether check-in questions are asked, read while nobody is signed in.
        services = self.services  # (the check-in service is imported off the GUI thread)
        self.tasks.run(lambda: services.checkins.asking(Actor.kiosk()), self._note_checkins,
                       lambda _error: None)

    def show_create_profile(self) -> None:
        """The new-profile form."""
        screen = CreateProfileScreen(self.services, self.tasks)
        screen.language_box.setCurrentIndex(max(0, screen.language_box.findData(self.language)))
        screen.go_home.connect(self.show_signin)
        screen.created.connect(self.start_session)
        self._set_screen(screen)
        screen.name_edit.setFocus()

    def _pin_pad_language(self, language: str) -> None:
        """A parent tapped their name: their PIN pad speaks their language."""
        if self._names_language is None:
            self._names_language = self.language
        if language != self.language:
            self._change_language(language)

    def _back_to_names_language(self) -> None:
        """Back from a PIN pad: the names are in the kiosk's language again."""
        language, self._names_language = self._names_language, None
        if language is not None and language != self.language:
            self._change_language(language)

    def start_session(self, parent: Parent) -> None:
        """Sign the parent in and show their home."""
        log.info("Signed in: parent %s", parent.id)
        self._names_language = None
        self._change_language(parent.language)
        self._show_look(Look(parent.text_size, parent.high_contrast))
        self.session = Session(core=self.core, tasks=self.tasks, parent=parent,
                               speaker=self._speaker, services=self.services)
        self.session_watch.claim(self.session)
        self._idle.start()
        if not self.checkins_on:  # known while the sign-in screen showed: home at once
            self._home_after_signin()
            return
        session, checkins = self.session, self.services.checkins
        self.tasks.run(lambda: checkins.due(session.actor),
                       lambda question: self._after_checkin_query(session, question),
                       lambda _error: self._after_checkin_query(session, None))

    def _note_checkins(self, asking: bool) -> None:
        self.checkins_on = asking

    def _after_checkin_query(self, session: Session, question) -> None:
        """Ask a due check-in question first (ui/checkin.py), then show the home."""
        if self.session is not session:
            return  # signed out meanwhile
        if question is None:
            self._home_after_signin()
            return
        from letterbox.ui.checkin import CheckinScreen

        screen = CheckinScreen(session, question)
        screen.finished.connect(self._home_after_signin)
        self._set_screen(screen)
        screen.skip_button.setFocus()  # a stray Enter skips; it never answers

    def _home_after_signin(self) -> None:
        self.show_home()
        if self.session is not None:
            self.interrupted.offer(self.session.parent.id)

    def show_home(self) -> None:
        """The signed-in parent's home."""
        if self.session is None:
            self.show_signin()
            return
        screen = HomeScreen(self.session)
        screen.sign_out.connect(self.sign_out)
        screen.write_letter.connect(lambda child_id: self.open_letter_flow(child_id=child_id))
        screen.open_letter.connect(lambda letter_id: self.open_letter_flow(letter_id=letter_id))
        screen.record_message.connect(lambda child_id: self.open_recording(child_id=child_id))
        screen.open_recording.connect(
            lambda recording_id: self.open_recording(recording_id=recording_id))
        screen.add_child.connect(self.open_add_child)
        self._set_screen(screen)
        screen.write_button.setFocus()

    def open_letter_flow(self, *, child_id: int | None = None,
                         letter_id: int | None = None) -> None:
        """Write a new letter, or carry on with one."""
        from letterbox.ui.letter_flow import LetterFlowScreen

        if self.session is None:
            return
        self.session.speaker = self.speaker()  # the window's one Speaker
        screen = LetterFlowScreen(self.session, child_id=child_id, letter_id=letter_id)
        screen.go_home.connect(self.show_home)
        self._set_screen(screen)

    def speaker(self):
        """The window's one Speaker, started on first use (the speech service is slow)."""
        if self._speaker is None:
            self._speaker = Speaker(self.core.settings.get("speech_engine"), self, start=False)
        return self._speaker

    def open_recording(self, *, child_id: int | None = None,
                       recording_id: int | None = None) -> None:
        """Record a new message or story, or carry on with one."""
        from letterbox.ui.recording_view import RecordingScreen

        if self.session is None:
            return
        self.session.speaker = self.speaker()  # echo reading uses the window's one Speaker
        screen = RecordingScreen(self.session, child_id=child_id, recording_id=recording_id)
        screen.go_home.connect(self.show_home)
        self._set_screen(screen)

    def open_add_child(self) -> None:
        """The add-a-child form."""
        from letterbox.ui.child_form import ChildFormScreen

        if self.session is None:
            return
        screen = ChildFormScreen(self.session)
        screen.go_home.connect(self.show_home)
        screen.saved.connect(lambda _child: self.show_home())
        self._set_screen(screen)
        screen.name_edit.setFocus()

    # -- staff (the worker station's screens live in ui/staff/) ---------------
    def show_staff_signin(self) -> None:
        """Staff sign-in (name and passphrase); Back returns to the parents' sign-in."""
        from letterbox.ui.staff.signin import StaffSignInScreen

        self.session = None
        self.staff_session = None
        screen = StaffSignInScreen(self.services, self.tasks)
        screen.signed_in.connect(self.start_staff_session)
        screen.go_home.connect(self.show_signin)
        self._set_screen(screen)
        screen.name_edit.setFocus()

    def start_staff_session(self, result) -> None:
        """Open the staff home for a successful staff sign-in (SignInResult)."""
        from letterbox.ui.staff.home import StaffHomeScreen
        from letterbox.ui.staff.session import StaffSession

        self.staff_session = StaffSession.from_sign_in(self.core, self.services, self.tasks,
                                                       result)
        log.info("Signed in: staff %s", self.staff_session.member.id)
        self._idle.start()
        screen = StaffHomeScreen(self.staff_session)
        screen.sign_out.connect(self.sign_out)
        if self.kiosk_lock is not None:  # the only way out of kiosk mode
            screen.offer_close(self.close_kiosk)
        self._set_screen(screen)

    def close_kiosk(self) -> None:
        """A staff member closes Letterbox in kiosk mode."""
        if self.kiosk_lock is not None and self.staff_session is not None:
            log.info("Kiosk closed by staff %s", self.staff_session.member.id)
            self.kiosk_lock.release()
            self.close()

    def sign_out(self, *, idle: bool = False) -> None:
        """Close any open dialog, save, forget the parent or staff member, and show the
        sign-in screen.

        A screen is never deleted under its own dialog: when one is open, it is closed
        first and the sign-out runs once its event loop has unwound.
        """
        if self.dialogs.open_count:
            self.dialogs.close_all()
            QTimer.singleShot(0, lambda: self.sign_out(idle=idle))
            return
        if self.session is not None:
            log.info("Signed out: parent %s", self.session.parent.id)
            actor = self.session.actor
            signin = self.services.signin
            self.tasks.run(lambda: signin.sign_out(actor, idle=idle), serial=True)
            self.session_watch.release(self.session)
        if self.staff_session is not None:
            log.info("Signed out: staff %s", self.staff_session.member.id)
            self.staff_session.end(idle=idle)
        self.interrupted.forget_waiting()
        if self.session is not None:  # nothing of the last parent stays, not their language
            self._change_language(KIOSK_LANGUAGE)
        self._show_look(Look())  # nor their text size or colours
        self.show_signin()

    # -- kiosk safety --------------------------------------------------------
    def note_activity(self) -> None:
        """Restart the idle timer (called for every key press and click)."""
        self.idle_warning.dismiss()
        if self.session is not None or self.staff_session is not None:
            self._idle.start()

    def _idle_warn(self) -> None:
        """Idle: never while a take records or a recording plays (the clock starts again
        after Stop); otherwise a countdown the parent can answer."""
        screen = self.current_screen
        if isinstance(screen, Screen) and screen.keeps_awake():
            self._idle.start()
            return
        self.idle_warning.start(self.idle_warning_s)

    def _say_warning(self, text: str) -> None:
        if self._speaker is not None and self.session is not None:
            self._speaker.say(text, self.session.parent.language)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self.note_activity()
        return False

    def _idle_timeout(self) -> None:
        self.idle_warning.dismiss()
        log.info("Idle: signing out")
        self.sign_out(idle=True)

    def _change_language(self, language: str) -> None:
        if self._language_changer is not None:
            self._language_changer(language)
        self.language = language
        self.bar.retranslate()

    def _choose_kiosk_language(self, language: str) -> None:
        """The sign-in screen's language box: the screen is made again in that language,
        with the box showing it."""
        if language != self.language:
            self._change_language(language)
            self.show_signin()

    def _task_failed(self, error: BaseException) -> None:
        self.show_error(self.tr("Something went wrong"), error_text(error))

    def ask_keep(self, title: str, question: str) -> bool:
        """Keep or discard an interrupted recording (behind a method so tests can answer)."""
        return self.dialogs.confirm(title, question, yes=self.tr("Keep it"),
                                    no=self.tr("Delete it"))

    def show_error(self, title: str, message: str) -> None:
        """A kind error message (behind a method so tests can replace it)."""
        self.dialogs.warn(title, message)

    def closeEvent(self, event) -> None:
        self.dialogs.close_all()
        current = self.current_screen
        if isinstance(current, Screen):
            current.leave()
        self.tasks.wait_for_done()  # let the last save finish before the process ends
        if self._speaker is not None:
            self._speaker.shutdown()  # its thread must stop before Qt destroys it
        super().closeEvent(event)
