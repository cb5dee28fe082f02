"""Letters: saving, version history, review status."""

from __future__ import annotations

import pytest

from letterbox.core import Core
from letterbox.errors import InvalidTransition
from letterbox.store import letters as letters_module
from letterbox.store.letters import LetterDraft, LetterTooLong


@pytest.fixture
def parent_and_child(core: Core):
    p = core.profiles.create_parent("Ana", "A1", "1234")
    c = core.profiles.add_child(p.id, "Maya", age_years=7)
    return p, c


def test_save_keeps_text_and_flow_position(core: Core, parent_and_child) -> None:
    """A saved letter comes back with its text and the step the parent was on."""
    p, c = parent_and_child
    letter = core.letters.create(p.id, c.id, occasion="birthday")
    core.letters.save(letter.id, LetterDraft("Dear Maya,\nHappy birthday ✨", {"step": 3}))
    again = core.letters.get(letter.id)
    assert again.body == "Dear Maya,\nHappy birthday ✨"
    assert again.flow_state == {"step": 3}


def test_autosaves_do_not_flood_history(core: Core, parent_and_child) -> None:
    """Many quick saves update one version; an explicit snapshot adds a new one."""
    p, c = parent_and_child
    letter = core.letters.create(p.id, c.id)
    for n in range(20):
        core.letters.save(letter.id, LetterDraft(f"text {n}"))
    history = core.letters.history(letter.id)
    assert history[-1].body == "text 19"
    assert len(history) <= 2
    core.letters.save(letter.id, LetterDraft("new screen", new_version=True, reason="step"))
    assert [v.body for v in core.letters.history(letter.id)][-2:] == ["text 19", "new screen"]


def test_version_due_after_interval(core: Core, parent_and_child,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """When the newest version is old enough, the next save keeps it and starts another."""
    p, c = parent_and_child
    letter = core.letters.create(p.id, c.id, body="first")
    monkeypatch.setattr(letters_module, "VERSION_INTERVAL_S", 0)
    core.letters.save(letter.id, LetterDraft("second"))
    assert [v.body for v in core.letters.history(letter.id)] == ["first", "second"]


def test_status_path(core: Core, parent_and_child) -> None:
    """draft → ready → approved → exported is allowed; exporting a draft is not."""
    p, c = parent_and_child
    letter = core.letters.create(p.id, c.id, body="Hi")
    with pytest.raises(InvalidTransition):
        core.letters.set_status(letter.id, "exported")
    assert core.letters.set_status(letter.id, "ready").status == "ready"
    assert [x.id for x in core.letters.with_status("ready")] == [letter.id]
    returned = core.letters.set_status(letter.id, "returned", "Please remove the phone number")
    assert returned.status_note == "Please remove the phone number"
    core.letters.set_status(letter.id, "ready")
    assert core.letters.set_status(letter.id, "approved").status_note == ""
    assert core.letters.set_status(letter.id, "exported").status == "exported"


def test_overlong_letter_refused_without_loss(core: Core, parent_and_child) -> None:
    """A text over the limit is refused with a message; the saved letter is unchanged."""
    p, c = parent_and_child
    letter = core.letters.create(p.id, c.id, body="kept")
    with pytest.raises(LetterTooLong, match="characters long"):
        core.letters.save(letter.id, LetterDraft("x" * (letters_module.MAX_BODY_CHARS + 1)))
    assert core.letters.get(letter.id).body == "kept"


def test_flags_travel_with_the_letter(core: Core, parent_and_child) -> None:
    """Content-check flags are stored with the letter for the reviewer."""
    p, c = parent_and_child
    letter = core.letters.create(p.id, c.id, body="home by Christmas")
    flags = [{"category": "promise_date", "passage": "home by Christmas"}]
    core.letters.set_flags(letter.id, flags)
    assert core.letters.get(letter.id).flags == flags
