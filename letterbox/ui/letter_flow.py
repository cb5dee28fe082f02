"""The guided letter flow: child → occasion → one question per screen → whole letter → review.

The screen holds the flow state and moves between the pages (``letter_steps``,
``letter_editor``, ``letter_review``). Everything slow — loading prompts and the
dictionary, saving, counting pages, the content check — runs through ``TaskRunner``.
Autosave (``DraftSaver``) keeps the text and the step, so reopening resumes exactly.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from letterbox.audio.speech import Speaker
from letterbox.errors import NotAllowed
from letterbox.store.items import ItemStatus
from letterbox.store.letters import Letter
from letterbox.store.profiles import Child
from letterbox.ui.letter_editor import EditorPage, HistoryPage
from letterbox.ui.letter_finish import FinishingSteps
from letterbox.ui.letter_reading import KeysAndVoice
from letterbox.ui.letter_review import ReviewPage
from letterbox.ui.letter_steps import ChildPage, ChoicePage, StepPage, note_label
from letterbox.ui.letter_sync import SavingWords
from letterbox.ui.screen import Screen, Session
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.wording import error_text
from letterbox.writing.autosave import Snapshot
from letterbox.writing.content_check import Flag
from letterbox.writing.flow_services import FlowServices, load_services
from letterbox.writing.letter_plan import (
    FlowState,
    compose,
    first_name,
    greetings,
    sign_offs,
)
from letterbox.writing.prompts import Prompt, occasion_label

log = logging.getLogger(__name__)

FREE = ""  # the occasion value for "write without questions"


class LetterFlowScreen(KeysAndVoice, SavingWords, FinishingSteps, Screen):
    """Write a new letter (optionally to ``child_id``) or carry on with ``letter_id``."""

    def __init__(self, session: Session, *, child_id: int | None = None,
                 letter_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.language = session.parent.language
        self.speaker = getattr(session, "speaker", None) or Speaker()
        self.services: FlowServices | None = None
        self.state = FlowState()
        self.child: Child | None = None
        self.prompt: Prompt | None = None
        self.body = ""
        self.status = "draft"
        self.flags: list[Flag] = []
        self._child_id, self._letter_id = child_id, letter_id
        self.letters, self.saver = self._make_saver(session, child_id, letter_id)
        self._build()
        self._length_timer = QTimer(self)
        self._length_timer.setSingleShot(True)
        self._length_timer.setInterval(400)
        self._length_timer.timeout.connect(self._count)
        session.tasks.run(lambda: load_services(session.core, session.parent, letter_id,
                                                session.services),
                          self._ready, self._load_failed, owner=self)

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Write a letter"))
        self.title.setObjectName("screenTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)  # a long name at large text wraps; the buttons stay whole
        top.addWidget(self.title, 1)
        self.close_button = BigButton(self.tr("Save and close"), "ok", height=56)
        self.close_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.close_button.clicked.connect(self.go_home.emit)
        self.change_button = BigButton(self.tr("Change this letter"), "letter", height=56)
        self.change_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.change_button.clicked.connect(self.ask_to_change)
        self.change_button.hide()
        top.addWidget(self.change_button)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.banner = note_label()
        layout.addWidget(self.banner)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.save_label = QLabel()
        self.save_label.setObjectName("hint")
        layout.addWidget(self.save_label)
        tasks = self.session.tasks
        self.loading_page = QLabel(self.tr("Getting your letter ready…"))
        speaker, language = self.speaker, self.language
        self.child_page = ChildPage(speaker, language)
        self.occasion_page = ChoicePage(self.tr("What would you like to write about?"), speaker,
                                        language)
        self.prompt_page = ChoicePage(self.tr("Which of these fits best?"), speaker, language)
        self.step_page = StepPage(self.speaker, self.language, tasks)
        self.editor_page = EditorPage(self.speaker, self.language, tasks)
        self.history_page = HistoryPage()
        self.review_page = ReviewPage(self.speaker, self.language)
        for page in (self.loading_page, self.child_page, self.occasion_page, self.prompt_page,
                     self.step_page, self.editor_page, self.history_page, self.review_page):
            self.pages.addWidget(page)
        self.child_page.chosen.connect(self.choose_child)
        self.occasion_page.chosen.connect(self.choose_occasion)
        self.prompt_page.chosen.connect(self.choose_prompt)
        self.occasion_page.back.connect(lambda: self.show_stage("child"))
        self.prompt_page.back.connect(lambda: self.show_stage("occasion"))
        self.step_page.answer_changed.connect(self._answer_changed)
        self.step_page.back.connect(lambda: self.go_to_step(self.state.step - 1))
        self.step_page.skip.connect(lambda: self.go_to_step(self.state.step + 1))
        self.step_page.next.connect(lambda: self.go_to_step(self.state.step + 1))
        next_key = QShortcut(QKeySequence("Ctrl+Return"), self.step_page)
        next_key.activated.connect(lambda: self.go_to_step(self.state.step + 1))
        self.editor_page.text_changed.connect(self._letter_changed)
        self.editor_page.back.connect(lambda: self.go_to_step(len(self.screens()) - 1))
        self.editor_page.history.connect(self.show_history)
        self.editor_page.review.connect(self.show_review)
        self.history_page.back.connect(self.show_editor)
        self.history_page.restore.connect(self.restore_version)
        self.review_page.change.connect(self.change_flagged)
        self.review_page.send.connect(self.send_for_review)

    def _ready(self, services: FlowServices) -> None:
        self.services = services
        ignore = self._ignored_words
        for edit in (self.step_page.answer_edit, self.editor_page.edit):
            edit.configure(services.speller, ignore, self.add_word)
        self.child_page.set_children(services.children, self._contact_text)
        letter = services.letter
        if letter is not None:
            self.resume(letter)
        elif self._child_id is not None:
            self.choose_child(self._child_id)
        else:
            self.show_stage("child")

    def _load_failed(self, error: BaseException) -> None:
        log.error("Cannot open the letter: %s", error)
        self.loading_page.setText(self.tr("This letter could not be opened. Nothing was "
                                          "changed. Please go back and try again, or ask "
                                          "staff."))

    # -- the parts of the flow ------------------------------------------------------------
    def resume(self, letter: Letter) -> None:
        """Carry on exactly where the parent left off: the same step and the same text."""
        assert self.services is not None
        self.state = FlowState.from_dict(letter.flow_state)
        self.body, self.status = letter.body, letter.status
        self.child = next((c for c in self.services.children if c.id == letter.child_id), None)
        self.prompt = self.services.library.get(self.state.prompt_id or letter.prompt_id)
        self.saver.child_id = letter.child_id
        self._show_child_title()
        self.note_opened(letter)
        if letter.status != ItemStatus.DRAFT:
            self.show_locked(letter)
            return
        stage = self.state.stage
        if stage == "steps" and self.state.step < len(self.screens()):
            self.go_to_step(self.state.step, save=False)
        elif stage in ("editor", "review", "steps") or letter.body.strip():
            # Where the parent left the cursor in the letter; else (from the questions, or
            # a letter never opened in the editor: cursor 0) the end.
            left_at = self.state.cursor if stage in ("editor", "review") else 0
            self.show_editor(left_at or None, save=False)
        elif stage == "child" and self.child is None:
            self.show_stage("child")
        else:
            self.choose_child(letter.child_id) if letter.child_id else self.show_stage("child")

    def choose_child(self, child_id: int) -> None:
        """The parent picked who the letter is for: suggest occasions for their age."""
        assert self.services is not None
        self.child = next((c for c in self.services.children if c.id == child_id), None)
        if self.child is None:
            self.show_stage("child")
            return
        if self.saver.letter_id is None:  # a new letter: nothing new for a child not permitted
            refused = self.child.contact_status == "not_permitted"
            self.show_banner(error_text(NotAllowed("contact_not_approved",
                                                   child=self.child.name)) if refused else "")
            if refused:
                self.child = None
                return
        self.saver.child_id = self.child.id
        self._show_child_title()
        age = self.child.age_on(datetime.now().date())
        library = self.services.library
        choices = [(o, occasion_label(o, self.language))
                   for o in library.occasions_for(self.language, age)]
        choices.append((FREE, self.tr("Write freely, without questions")))
        self.occasion_page.question.setText(
            self.tr("What would you like to write to %1 about?").replace(
                "%1", first_name(self.child.name)))
        self.occasion_page.set_choices(choices, self.contact_note())
        self.show_stage("occasion")

    def choose_occasion(self, occasion: str) -> None:
        """Suggest the prompts for this occasion (or go straight to writing freely)."""
        assert self.services is not None
        self.state.occasion = occasion
        if occasion == FREE:
            self.start_prompt(None)
            return
        age = self.child.age_on(datetime.now().date()) if self.child else None
        prompts = self.services.library.for_child(self.language, age, occasion)
        if len(prompts) == 1:
            self.start_prompt(prompts[0])
        elif prompts:
            self.prompt_page.set_choices([(p.id, p.title) for p in prompts])
            self.show_stage("prompt")
        else:
            self.start_prompt(None)

    def choose_prompt(self, prompt_id: str) -> None:
        """Start the chosen prompt's questions."""
        assert self.services is not None
        self.start_prompt(self.services.library.get(prompt_id))

    def start_prompt(self, prompt: Prompt | None) -> None:
        """Begin the guided questions; the letter is created by this first save."""
        self.prompt = prompt
        self.state.prompt_id = prompt.id if prompt else ""
        self.state.answers, self.state.edited = [], False
        greeting, sign_off = self._suggestions()
        last = len(self.screens()) - 1
        self.state.set_answer(0, greeting[0])
        self.state.set_answer(last, sign_off[0])
        if prompt is None:
            # Writing freely: an empty line between greeting and sign-off, cursor on it.
            self.body = f"{greeting[0]}\n\n\n\n{sign_off[0]}\n"
            self.state.edited = True
            self.show_editor(len(greeting[0]) + 2)
        else:
            self.body = self._composed()
            self.go_to_step(0)

    def screens(self) -> list[tuple[str, list[str], list[str]]]:
        """The guided screens: greeting, the prompt's questions, sign-off."""
        greeting, sign_off = self._suggestions()
        screens = [(self.tr("How would you like to start?"), greeting,
                    list(self.prompt.tips) if self.prompt else [])]
        for step in self.prompt.steps if self.prompt else ():
            screens.append((step.question, list(step.starters), []))
        screens.append((self.tr("How would you like to end?"), sign_off, []))
        return screens

    def go_to_step(self, index: int, *, save: bool = True) -> None:
        """Show guided screen ``index``; past the last one comes the whole letter."""
        screens = self.screens()
        if index >= len(screens):
            self.show_editor()
            return
        index = max(0, index)
        self.state.stage, self.state.step = "steps", index
        question, starters, tips = screens[index]
        self.step_page.show_step(number=index + 1, total=len(screens), question=question,
                                 starters=starters, answer=self.state.answer(index), tips=tips,
                                 edited=self.state.edited,
                                 replace=index in (0, len(screens) - 1))
        self.step_page.back_button.setEnabled(index > 0)
        self.pages.setCurrentWidget(self.step_page)
        if save:
            self.saver.save_now("screen", force=True)

    def show_editor(self, cursor: int | None = None, *, save: bool = True) -> None:
        """The whole letter; rebuilt from the answers unless the parent changed it by hand.

        The cursor goes to ``cursor``, or else to the end of the letter, where the parent
        carries on writing (never before "Dear …").
        """
        if not self.state.edited and self.state.answers:
            self.body = self._composed()
        self.state.stage = "editor"
        self.editor_page.back_button.setVisible(self.prompt is not None)
        self.editor_page.set_text(self.body, cursor)
        self.pages.setCurrentWidget(self.editor_page)
        self.editor_page.edit.setFocus()
        self._count()
        if save:
            self.saver.save_now("screen", force=True)

    def show_stage(self, stage: str) -> None:
        """Show the child, occasion or prompt page."""
        self.state.stage = stage
        page = {"child": self.child_page, "occasion": self.occasion_page,
                "prompt": self.prompt_page}[stage]
        self.pages.setCurrentWidget(page)
        first = page.buttons[0] if isinstance(page, (ChildPage, ChoicePage)) \
            and page.buttons else self.close_button
        first.setFocus()

    # -- changes and saving ---------------------------------------------------------------
    def _answer_changed(self, text: str) -> None:
        self.state.set_answer(self.state.step, text)
        if not self.state.edited:
            self.body = self._composed()
        self._changed()

    def _letter_changed(self, text: str) -> None:
        self.body = text
        self.state.cursor = self.editor_page.edit.textCursor().position()
        self.state.edited = text != self._composed()
        self._length_timer.start()
        self._changed()

    def _changed(self) -> None:
        self.saver.changed()

    def _snapshot(self) -> Snapshot:
        self.state.cursor = self.editor_page.edit.textCursor().position() \
            if self.state.stage == "editor" else self.state.cursor
        if self.prompt is not None:
            title = self.prompt.title
        elif self.state.occasion:
            title = occasion_label(self.state.occasion, self.language)
        else:
            title = ""
        return Snapshot(body=self.body, flow_state=self.state.to_dict(), title=title,
                        occasion=self.state.occasion, prompt_id=self.state.prompt_id)

    def _saved(self, letter: Letter) -> None:
        if self.banner.property("saving_problem"):
            self.show_banner("")
        self.save_label.setText(self.tr("Saved at %1").replace(
            "%1", datetime.now().strftime("%H:%M:%S")))

    def _save_failed(self, error: BaseException) -> None:
        self.save_label.setText(self.tr("Not saved yet"))
        self.show_banner(error_text(error) + "\n" + self.tr("Your words are still here."))
        self.banner.setProperty("saving_problem", True)

    def show_banner(self, text: str) -> None:
        """A kind message above the page ('' hides it)."""
        self.banner.setProperty("saving_problem", False)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def leave(self) -> None:
        """Save at once (on the save pool) before the screen goes away."""
        self.speaker.stop()
        if self.status == "draft" and self.state.stage in ("steps", "editor", "review"):
            self.saver.save_now("closed", force=self.saver.letter_id is None)

    # -- helpers --------------------------------------------------------------------------
    def _suggestions(self) -> tuple[list[str], list[str]]:
        parent = self.session.parent
        name = self.child.name if self.child else ""
        relationship = self.child.relationship if self.child else ""
        return (greetings(name, self.language) if name else
                [self.tr("Dear") + ","],
                sign_offs(relationship, self.language, parent.name))

    def _composed(self) -> str:
        answers = self.state.answers
        if not answers:
            return self.body
        last = len(self.screens()) - 1
        middle = [self.state.answer(i) for i in range(1, last)]
        return compose(self.state.answer(0), middle, self.state.answer(last))

    def _show_child_title(self) -> None:
        if self.child is not None:
            self.title.setText(self.tr("A letter to %1").replace("%1", self.child.name))

    def contact_note(self) -> str:
        """A kind word when contact with the child is not (yet) approved."""
        if self.child is None or self.child.contact_status == "approved":
            return ""
        return self.tr("Staff must approve contact with %1 before this letter can be sent. "
                       "You can still write it now; it will be kept safe.").replace(
                           "%1", self.child.name)

    def _contact_text(self, status: str) -> str:
        return {"pending": self.tr("waiting for staff to approve contact"),
                "not_permitted": self.tr("contact not approved yet")}.get(status, status)

