"""No lost words (issue 12, 3) on both engines: a store that cannot be reached keeps every
save in the local journal and sends them on, in order; two kiosks saving the same letter
keep both versions; one parent has one active kiosk session."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from letterbox.core import Core, open_core
from letterbox.services import build_services
from letterbox.services.journal import DraftTarget, KeptLocally
from letterbox.services.letters import ActorLetters
from letterbox.store.db import StoreUnavailable
from letterbox.store.letters import LetterDraft
from tests.services.conftest import World


@pytest.fixture
def second_core(world: World, store_url: str | None) -> Iterator[Core]:
    """Another kiosk on the same store (for SQLite: the same file)."""
    other = open_core(world.core.paths.root, store_url)
    yield other
    other.close()


class _Outage:
    """The letter store's writes raise StoreUnavailable while ``down`` (as PostgreSQL's
    store does when the server cannot be reached), and note what went up."""

    def __init__(self, core: Core, monkeypatch: pytest.MonkeyPatch) -> None:
        self.down = False
        self.up_for: int | None = None
        self.went_up: list[str] = []
        store = core.letters
        real_save, real_create = store.save, store.create

        def save(letter_id: int, draft: LetterDraft):  # type: ignore[no-untyped-def]
            if self.up_for is not None:  # the server drops again after this many saves
                self.down, self.up_for = self.up_for == 0, max(0, self.up_for - 1)
            if self.down:
                raise StoreUnavailable("cannot reach the Letterbox store at test")
            self.went_up.append(draft.body)
            return real_save(letter_id, draft)

        def create(*args, **kwargs):  # type: ignore[no-untyped-def]
            if self.down:
                raise StoreUnavailable("cannot reach the Letterbox store at test")
            self.went_up.append(kwargs.get("body", ""))
            return real_create(*args, **kwargs)

        monkeypatch.setattr(store, "save", save)
        monkeypatch.setattr(store, "create", create)


def _fields(world: World) -> dict[str, object]:
    return {"parent_id": world.ana.id, "child_id": world.ana_child.id, "title": "Hello",
            "occasion": "", "prompt_id": ""}


def test_saves_wait_in_the_journal_and_go_up_in_order(world: World,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The server goes away after the first save: every later save is kept in the journal
    file (one line each, on disk), typing goes on, and when the server is back the saves
    go up in the order they were made; the letter holds every word."""
    outage = _Outage(world.core, monkeypatch)
    letters = ActorLetters(world.services.letters, world.ana_actor, world.services.journal)
    target = DraftTarget()
    text = "Dear Lía,"
    letter = letters.autosave(target, LetterDraft(text), _fields(world))
    outage.down = True
    typed = []
    for word in ["I", "miss", "you", "every", "day."]:
        text += " " + word
        typed.append(text)
        with pytest.raises(KeptLocally) as kept:
            letters.autosave(target, LetterDraft(text, {"stage": "editor"}), _fields(world))
        assert kept.value.params["pending"] == len(typed)
    lines = [json.loads(line) for line in
             world.services.journal.journal.path.read_text(encoding="utf-8").splitlines()]
    assert [line["body"] for line in lines] == typed
    assert {line["letter_id"] for line in lines} == {letter.id}
    assert world.core.letters.get(letter.id).body == "Dear Lía,"  # nothing went up yet
    outage.down = False
    assert letters.replay() == len(typed)
    assert outage.went_up[1:] == typed  # in order
    saved = world.services.letters.get(world.ana_actor, letter.id)
    assert saved.body == typed[-1] and saved.flow_state == {"stage": "editor"}
    assert not saved.changed_elsewhere  # its own saves, one after another: no conflict
    assert world.services.journal.pending() == 0
    text += " Love, Mum"
    assert letters.autosave(target, LetterDraft(text), _fields(world)).body == text
    assert not world.services.letters.get(world.ana_actor, letter.id).changed_elsewhere


def test_a_replay_cut_short_carries_on_where_it_stopped(world: World,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The server comes back, then drops again after two of four kept saves went up: the
    rest wait and go up next time, after them, as this kiosk's own saves (no second
    version is made, the parent is not told of another computer)."""
    outage = _Outage(world.core, monkeypatch)
    letters = ActorLetters(world.services.letters, world.ana_actor, world.services.journal)
    target = DraftTarget()
    letter = letters.autosave(target, LetterDraft("One"), _fields(world))
    outage.down = True
    texts = ["One two", "One two three", "One two three four", "One two three four five"]
    for text in texts:
        with pytest.raises(KeptLocally):
            letters.autosave(target, LetterDraft(text), _fields(world))
    outage.down, outage.up_for = False, 2
    with pytest.raises(StoreUnavailable):
        letters.replay()
    assert world.services.journal.pending() == 2
    assert world.core.letters.get(letter.id).body == "One two three"
    outage.down, outage.up_for = False, None
    assert letters.replay() == 2
    assert outage.went_up[1:] == texts
    now = world.services.letters.get(world.ana_actor, letter.id)
    assert now.body == texts[-1] and not now.changed_elsewhere
    letters.autosave(target, LetterDraft(texts[-1] + " six"), _fields(world))
    assert not world.services.letters.get(world.ana_actor, letter.id).changed_elsewhere


def test_a_letter_begun_while_away_is_made_once(world: World, core: Core,
                                               store_url: str | None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A new letter whose first saves happen while the server is away is made once, when
    the journal goes up at the next start-up, with its last words."""
    outage = _Outage(world.core, monkeypatch)
    outage.down = True
    letters = ActorLetters(world.services.letters, world.ana_actor, world.services.journal)
    target = DraftTarget()
    for text in ("Dear", "Dear Lía", "Dear Lía, hello"):
        with pytest.raises(KeptLocally):
            letters.autosave(target, LetterDraft(text), _fields(world))
    assert target.letter_id is None and target.local_key
    assert world.core.letters.for_parent(world.ana.id) == []
    monkeypatch.undo()  # the server is back; the kiosk starts again
    restarted = build_services(world.core)
    assert restarted.journal.pending() == 3
    assert restarted.journal.replay() == 3
    made = world.core.letters.for_parent(world.ana.id)
    assert [x.body for x in made] == ["Dear Lía, hello"]
    assert made[0].child_id == world.ana_child.id


def test_two_kiosks_saving_one_letter_keep_both_versions(world: World,
                                                         second_core: Core) -> None:
    """The same letter open on two kiosks: the later save, based on an older revision,
    becomes a new version; both texts are in the history and the letter says so until
    the parent has seen it."""
    ana = world.ana_actor
    here = ActorLetters(world.services.letters, ana, world.services.journal)
    other_services = build_services(second_core)
    there = ActorLetters(other_services.letters, ana, other_services.journal)
    letter = world.services.letters.create(ana, world.ana.id, world.ana_child.id,
                                           body="Dear Lía,")
    at_library = DraftTarget(letter.id, revision=letter.revision)
    at_classroom = DraftTarget(letter.id, revision=letter.revision)
    here.autosave(at_library, LetterDraft("Dear Lía, from the library"), _fields(world))
    there.autosave(at_classroom, LetterDraft("Dear Lía, from the classroom"), _fields(world))
    now = world.services.letters.get(ana, letter.id)
    assert now.body == "Dear Lía, from the classroom" and now.changed_elsewhere
    bodies = [v.body for v in world.services.letters.history(ana, letter.id)]
    assert "Dear Lía, from the library" in bodies
    assert bodies[-1] == "Dear Lía, from the classroom"
    # the classroom kiosk goes on typing: its own saves, no new conflict version
    there.autosave(at_classroom, LetterDraft("Dear Lía, from the classroom. Hi!"),
                   _fields(world))
    assert len(world.services.letters.history(ana, letter.id)) == len(bodies)
    there.seen_elsewhere(letter.id)
    assert not world.services.letters.get(ana, letter.id).changed_elsewhere
    with pytest.raises(Exception):  # noqa: B017 (another parent may not clear it)
        world.services.letters.seen_elsewhere(world.ben_actor, letter.id)


def test_one_active_session_per_parent(world: World, second_core: Core) -> None:
    """Signing in on a second kiosk makes the first one's session no longer active; the
    first kiosk signing out afterwards does not take the second one's session away."""
    first = world.services.sessions
    second = build_services(second_core).sessions
    assert first.kiosk != second.kiosk
    ana = world.ana_actor
    first.claim(ana)
    assert first.still_active(ana)
    first.claim(world.ben_actor)  # another parent on another kiosk changes nothing
    second.claim(ana)
    assert not first.still_active(ana) and second.still_active(ana)
    first.release(ana)
    assert second.still_active(ana)
    second.release(ana)
    assert first.still_active(ana)  # nobody holds it: the kiosk that asks has it
