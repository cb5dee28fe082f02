"""Autosave: within 2 s of the last keystroke, during long typing, and kindly when refused."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import shiboken6

from letterbox.core import Core
from letterbox.store.letters import MAX_BODY_CHARS
from letterbox.ui.wording import error_text
from letterbox.writing.autosave import DraftSaver, Snapshot


@pytest.fixture
def made() -> Iterator[list[DraftSaver]]:
    """Savers made by a test, deleted before the Qt application goes away."""
    savers: list[DraftSaver] = []
    yield savers
    for saver in savers:
        shiboken6.delete(saver)


def _saver(core: Core, tasks, text: list[str], made: list[DraftSaver], **kwargs) -> DraftSaver:
    parent = core.profiles.create_parent("Sam", "S1", "2468")
    saver = DraftSaver(core.letters, tasks, parent.id, None,
                       lambda: Snapshot(text[0], {"stage": "editor"}, "Hi", "", ""), **kwargs)
    made.append(saver)
    return saver


def test_saves_within_two_seconds_of_the_last_change(qtbot, core: Core, tasks, made) -> None:
    """One change, then quiet: the text is in the database in under 2 s."""
    text = ["Dear Sam, hello"]
    saver = _saver(core, tasks, text, made)
    start = time.monotonic()
    with qtbot.waitSignal(saver.saved, timeout=2000):
        saver.changed()
    assert time.monotonic() - start < 2.0
    assert core.letters.get(saver.letter_id).body == "Dear Sam, hello"
    assert not saver.dirty


def test_typing_without_pause_still_saves(qtbot, core: Core, tasks, made) -> None:
    """Changes every 100 ms never let the quiet timer fire; the longest wait saves anyway."""
    text = ["a"]
    saver = _saver(core, tasks, text, made, debounce_ms=400, max_wait_ms=900)
    saved = []
    saver.saved.connect(saved.append)
    end = time.monotonic() + 1.6
    while time.monotonic() < end:
        text[0] += "a"
        saver.changed()
        qtbot.wait(100)
    assert saved, "nothing was saved while typing went on"


def test_too_long_is_refused_kindly_and_stays_unsaved(qtbot, core: Core, tasks, made) -> None:
    """Over the store's limit: a message for the parent, and the change is still pending."""
    text = ["x" * (MAX_BODY_CHARS + 1)]
    saver = _saver(core, tasks, text, made)
    with qtbot.waitSignal(saver.failed, timeout=3000) as blocker:
        saver.save_now(force=True)
    assert blocker.args[0].code == "letter_too_long"
    assert "Nothing was lost" in error_text(blocker.args[0])
    assert saver.dirty and saver.letter_id is None


def test_full_disk_is_explained_and_retried(qtbot, core: Core, tasks, made,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk gives a kind message; once there is room, the next change saves."""
    import sqlite3

    text = ["Dear Sam, the disk is full"]
    saver = _saver(core, tasks, text, made)
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(core.letters, "create", disk_full)
        patch.setattr(core.letters, "save", disk_full)
        with qtbot.waitSignal(saver.failed, timeout=5000) as blocker:
            saver.changed()
    message = error_text(blocker.args[0])
    assert "disk is full" in message and "ask staff" in message
    with qtbot.waitSignal(saver.saved, timeout=5000):
        saver.changed()
