"""Echo reading for parents who do not read: the computer reads a line, the parent repeats it.

First the story text (chosen from the story library or the stories staff put in their
story folder, or typed or pasted) is split into short lines; then, line by line: Listen
(the computer reads; nothing is recorded), then the parent says it (recorded), then
Stop. Any line can be chosen and done again. Parents never get a file dialog.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from letterbox.audio.echo import EchoSession
from letterbox.audio.speech import Speaker
from letterbox.audio.takes import MAX_ECHO_LINES, split_echo_lines
from letterbox.services.recordings import is_silent
from letterbox.store.recordings import RecordingPart
from letterbox.ui.record_common import RecordContext, TranscriptBox, play_part
from letterbox.ui.record_submit import SubmitBar
from letterbox.ui.widgets.big_button import BigButton
from letterbox.ui.widgets.recorder_panel import RecorderPanel
from letterbox.writing.stories import Story, load_stories, load_text_stories, stories_for

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 60_000


class EchoView(QWidget):
    """Two steps: the story text, then the lines."""

    def __init__(self, ctx: RecordContext, speaker: Speaker,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.speaker = speaker
        self.session: EchoSession | None = None
        self.parts: dict[int, RecordingPart] = {}
        layout = QVBoxLayout(self)
        self.steps = QStackedWidget()
        layout.addWidget(self.steps, 1)
        self.steps.addWidget(self._text_step())
        self.steps.addWidget(self._lines_step())
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.transcript = TranscriptBox(ctx, self.tr(
            "For the reviewer: anything you said that is not in the story text."))
        layout.addWidget(self.transcript)
        self.submit = SubmitBar(ctx, before_send=self.transcript.save)
        self.submit.editable_changed.connect(self.set_editable)
        layout.addWidget(self.submit)
        speaker.unavailable.connect(self.message.setText)
        self._editable = True
        self.set_editable(ctx.editable)
        if ctx.draft.pending.story_text.strip():
            self.text_edit.setPlainText(ctx.draft.pending.story_text)
            self.make_lines()

    # -- step 1: the text --------------------------------------------------------------------
    def _text_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("Choose a story, or type or paste one here. A staff member can "
                               "help. The computer will read it to you one short line at a "
                               "time, and you say each line after it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Story text"))
        self.text_edit.setTabChangesFocus(True)  # Tab moves on, as in every other box
        layout.addWidget(self.text_edit, 1)
        row = QHBoxLayout()
        self.story_button = BigButton(self.tr("&Choose a story"), "story", height=60)
        self.story_button.clicked.connect(self.choose_story)
        row.addWidget(self.story_button)
        self.lines_button = BigButton(self.tr("&Make lines"), "ok", primary=True, height=60)
        self.lines_button.clicked.connect(self.make_lines)
        row.addWidget(self.lines_button)
        layout.addLayout(row)
        return page

    def choose_story(self) -> None:
        """Offer the story library and the staff's story folder (read off the GUI thread),
        best for the child's age first."""
        language = self.ctx.session.parent.language
        age = self.ctx.child.age_on(date.today()) if self.ctx.child else None
        settings = self.ctx.session.services.settings
        self.ctx.session.tasks.run(
            lambda: stories_for(_all_stories(settings.get("story_folder")), language, age),
            self._offer_stories)

    def _offer_stories(self, stories: list[Story]) -> None:
        if not stories:
            self.message.setText(self.tr("There are no stories in this language yet. "
                                         "Please ask staff."))
            return
        index = self.pick_story([story.title for story in stories])
        if index is not None:
            story = stories[index]
            self.text_edit.setPlainText(story.text)
            self.ctx.save_fields(title=story.title[:200])
            self.lines_button.setFocus()

    def pick_story(self, titles: list[str]) -> int | None:
        """The story list (behind a method so tests can replace it)."""
        return self.ctx.screen.dialogs().choose(self.tr("Choose a story"),
                                                self.tr("Which story will you read?"), titles)

    def make_lines(self) -> None:
        """Split the text into lines and go to the recording step."""
        text = self.text_edit.toPlainText()  # stored whole; only the lines are capped
        lines = split_echo_lines(text[:MAX_TEXT_CHARS])
        if not lines:
            self.message.setText(self.tr("There is no text yet. Type or paste the story first."))
            return
        self.message.setText("")
        if len(lines) > MAX_ECHO_LINES or len(text) > MAX_TEXT_CHARS:
            lines = lines[:MAX_ECHO_LINES]
            self.message.setText(self.tr("The story is long: the first %1 lines are used. "
                                         "Make a second recording for the rest.")
                                 .replace("%1", str(len(lines))))
        if self._editable:
            self.ctx.save_fields(story_text=text)
        self.ctx.load_parts(lambda parts: self._start(lines, parts), chosen_only=True)

    # -- step 2: the lines -------------------------------------------------------------------
    def _lines_step(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        left = QVBoxLayout()
        self.lines_list = QListWidget()
        self.lines_list.setAccessibleName(self.tr("Lines of the story"))
        self.lines_list.setWordWrap(True)
        self.lines_list.currentRowChanged.connect(self._row_chosen)
        left.addWidget(self.lines_list, 1)
        self.edit_button = BigButton(self.tr("Change the &text"), "letter", height=60)
        left.addWidget(self.edit_button)
        layout = QVBoxLayout()
        self.line_label = QLabel()
        self.line_label.setObjectName("screenTitle")
        self.line_label.setWordWrap(True)
        self.line_label.setAccessibleName(self.tr("The line to say"))
        layout.addWidget(self.line_label)
        self.phase_label = QLabel()
        self.phase_label.setWordWrap(True)
        layout.addWidget(self.phase_label)
        self.panel = RecorderPanel(self.ctx.controller, record_text=self.tr("&Listen, then say it"))
        self.panel.pause_button.hide()  # a line is short: Stop, then do it again if needed
        self.panel.stop_button.clicked.connect(self._stop_pressed)
        self.panel.record_requested.connect(self._listen_then_record)
        # Queued: the EchoSession marks the line done first, then this shows it.
        self.ctx.controller.take_saved.connect(self._saved, Qt.ConnectionType.QueuedConnection)
        layout.addWidget(self.panel)
        row = QHBoxLayout()
        self.again_button = BigButton(self.tr("&Hear it again"), "speaker", height=60)
        self.play_button = BigButton(self.tr("&Play my line"), "play", height=60)
        row.addWidget(self.again_button)
        row.addWidget(self.play_button)
        layout.addLayout(row)
        layout.addStretch(1)
        outer.addLayout(left, 2)
        outer.addLayout(layout, 3)
        self.again_button.clicked.connect(self._hear_again)
        self.play_button.clicked.connect(
            lambda: play_part(self.ctx, self.parts.get(self._index() + 1)))
        self.edit_button.clicked.connect(lambda: self.steps.setCurrentIndex(0))
        return page

    def _hear_again(self) -> None:
        if self.session is not None:
            self.session.hear_again()

    def _start(self, lines: list[str], parts: list[RecordingPart]) -> None:
        self.parts = {p.position: p for p in parts if p.role == "line"}
        done = {p.position - 1 for p in self.parts.values()
                if p.position - 1 < len(lines) and p.text == lines[p.position - 1]}
        if self.session is not None:
            self.session.cancel()
            self.session.deleteLater()
        self.session = EchoSession(self.speaker, self.ctx.controller, lines=lines, done=done,
                                   language=self.ctx.session.parent.language, parent=self)
        self.session.line_changed.connect(self._line_chosen)
        self.session.phase_changed.connect(self._show_phase)
        self.steps.setCurrentIndex(1)
        self._show_lines()
        self._show_phase("idle")

    def _index(self) -> int:
        return self.session.index if self.session else 0

    def _show_lines(self) -> None:
        assert self.session is not None
        self.lines_list.blockSignals(True)
        self.lines_list.clear()
        for i, line in enumerate(self.session.lines):
            mark = "✓ " if i in self.session.done else "○ "
            part = self.parts.get(i + 1)
            if i in self.session.done and part is not None and is_silent(part):
                mark = "⚠ "  # recorded, but nobody can be heard in it: say it again
            item = QListWidgetItem(f"{mark}{i + 1}. {line}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.lines_list.addItem(item)
        self.lines_list.setCurrentRow(self.session.index)
        self.lines_list.blockSignals(False)
        self.line_label.setText(self.session.line)
        self.play_button.setEnabled(self.session.index in self.session.done)

    def _line_chosen(self, _index: int) -> None:
        """Another line: the list and the "Line N of M" words follow it."""
        self._show_lines()
        if self.session is not None:
            self._show_phase(self.session.phase)

    def _row_chosen(self, row: int) -> None:
        if self.session is not None:
            self.session.go_to(row)

    def _show_phase(self, phase: str) -> None:
        done = len(self.session.done) if self.session else 0
        total = len(self.session.lines) if self.session else 0
        texts = {
            "idle": self.tr("Line %1 of %2. %3 done. Press “Listen, then say it”.")
            .replace("%1", str(self._index() + 1)).replace("%2", str(total))
            .replace("%3", str(done)),
            "listening": self.tr("Listen… (nothing is recorded while the computer reads)"),
            "your_turn": self.tr("Your turn: say the line, then press Stop."),
            "saving": self.tr("Saving…"),
        }
        self.phase_label.setText(texts.get(phase, ""))
        idle = phase == "idle"
        self.lines_list.setEnabled(idle)
        self.again_button.setEnabled(idle)
        self.edit_button.setEnabled(idle and self._editable)
        if phase == "listening":
            self.panel.stop_button.setEnabled(True)
            self.panel.record_button.setEnabled(False)

    def _stop_pressed(self) -> None:
        # While the computer reads, Stop means "stop reading"; later the controller stops.
        if self.session is not None and self.session.phase == "listening":
            self.session.finish_line()

    def _listen_then_record(self) -> None:
        if self.session is not None and self._editable:
            self.session.listen_then_record()

    def _saved(self, part: RecordingPart, _result: object) -> None:
        if part.role == "line" and self.session is not None:
            self.parts[part.position] = part
            self._show_lines()
            self._show_phase("idle")

    def set_editable(self, editable: bool) -> None:
        """A reading with staff can be listened to, not changed."""
        self._editable = editable
        self.panel.set_locked(not editable)
        self.text_edit.setReadOnly(not editable)
        for button in (self.story_button, self.lines_button, self.edit_button):
            button.setEnabled(editable)
        self.transcript.set_editable(editable)

    def leave(self) -> None:
        if self.session is not None:
            self.session.cancel()
        self.transcript.save()
        self.ctx.controller.shutdown()
        self.ctx.player.stop()


def _all_stories(folder: str) -> list[Story]:
    """The shipped library and the staff's story folder (pool thread); problems are logged
    for staff (``letterbox doctor``), never shown to the parent."""
    stories, problems = load_stories()
    if folder:
        extra, more = load_text_stories(Path(folder))
        stories, problems = stories + extra, problems + more
    for problem in problems:
        log.warning("Story not offered: %s", problem)
    return stories
