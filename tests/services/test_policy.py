"""Who may do what: parents reach only their own things; staff work is staff-only."""

from __future__ import annotations

import pytest

from letterbox.errors import InvalidInput, InvalidTransition, NotAllowed, NotFound
from letterbox.services.actor import Actor
from letterbox.services.review import ItemRef
from letterbox.store.items import ItemKind
from letterbox.store.letters import LetterDraft
from tests.services.conftest import World


def test_parent_cannot_open_save_submit_or_delete_another_parents_letter(world: World) -> None:
    """Ben guessing Ana's letter id gets 'not found' for every action, and nothing changes."""
    s = world.services
    letter = s.letters.create(world.ana_actor, world.ana.id, world.ana_child.id, body="Hola")
    ben = world.ben_actor
    with pytest.raises(NotFound):
        s.letters.get(ben, letter.id)
    with pytest.raises(NotFound):
        s.letters.save(ben, letter.id, LetterDraft("hacked"))
    with pytest.raises(NotFound):
        s.letters.submit(ben, letter.id)
    with pytest.raises(NotFound):
        s.letters.delete(ben, letter.id)
    with pytest.raises(NotFound):
        s.letters.history(ben, letter.id)
    kept = world.core.letters.get(letter.id)
    assert (kept.body, kept.status) == ("Hola", "draft")


def test_parent_cannot_write_for_another_parents_child_or_profile(world: World) -> None:
    """A letter or recording for someone else's child, or as someone else, is refused."""
    s = world.services
    with pytest.raises(NotFound):
        s.letters.create(world.ben_actor, world.ben.id, world.ana_child.id, body="x")
    with pytest.raises(NotAllowed):
        s.letters.create(world.ben_actor, world.ana.id, world.ana_child.id, body="x")
    with pytest.raises(NotAllowed):
        s.recordings.create(world.ben_actor, world.ana.id, world.ana_child.id, "message")
    with pytest.raises(NotAllowed):
        s.parents.children(world.ben_actor, world.ana.id)


def test_parent_cannot_touch_another_parents_recording(world: World) -> None:
    """Ben cannot read, change, submit or delete Ana's recording by its id."""
    s = world.services
    rec = s.recordings.create(world.ana_actor, world.ana.id, world.ana_child.id, "message")
    for call in (lambda: s.recordings.get(world.ben_actor, rec.id),
                 lambda: s.recordings.update(world.ben_actor, rec.id, title="x"),
                 lambda: s.recordings.submit(world.ben_actor, rec.id),
                 lambda: s.recordings.delete(world.ben_actor, rec.id),
                 lambda: s.recordings.parts(world.ben_actor, rec.id)):
        with pytest.raises(NotFound):
            call()
    assert world.core.recordings.get(rec.id).title == ""


def test_parent_cannot_export_another_parents_or_their_own_items(world: World, tmp_path) -> None:
    """Export is staff work: a parent is refused, whoever owns the items."""
    s, out = world.services, tmp_path / "out"
    with pytest.raises(NotAllowed):
        s.export.export(world.ana_actor, world.ana.id, out)
    with pytest.raises(NotAllowed):
        s.export.export(world.ben_actor, world.ana.id, out)
    assert not out.exists()


@pytest.mark.parametrize("action", ["approve", "return", "mail", "contact", "consent",
                                    "pin", "unlock", "staff", "audit", "settings", "queue",
                                    "parents", "key"])
def test_staff_only_actions_are_refused_for_parents(world: World, action: str) -> None:
    """Review, contacts, PIN reset, staff accounts, audit, settings, the station key:
    NotAllowed for a parent."""
    s, ana = world.services, world.ana_actor
    letter = s.letters.create(ana, world.ana.id, world.ana_child.id, body="Hi")
    s.letters.submit(ana, letter.id)
    ref = ItemRef(ItemKind.LETTER, letter.id)
    calls = {
        "approve": lambda: s.review.approve(ana, ref),
        "return": lambda: s.review.return_item(ana, ref, "no"),
        "mail": lambda: s.review.mail_outcome(ana, ref, sent=True),
        "contact": lambda: s.contacts.decide(ana, world.ana_child.id, "approved"),
        "consent": lambda: s.contacts.record_consent(ana, world.ana_child.id, "given"),
        "pin": lambda: s.parents.reset_pin(ana, world.ana.id, "9999"),
        "unlock": lambda: s.parents.unlock(ana, world.ana.id),
        "staff": lambda: s.staff.add(ana, "Eve", "a long passphrase"),
        "audit": lambda: s.audit.events(ana),
        "settings": lambda: s.settings.set(ana, "review_required", False),
        "queue": lambda: s.review.queue(ana),
        "parents": lambda: s.parents.all(ana),
        "key": lambda: s.keys.make(ana),
    }
    with pytest.raises(NotAllowed):
        calls[action]()
    assert world.core.letters.get(letter.id).status == "ready"


def test_kiosk_may_only_make_a_profile(world: World) -> None:
    """Nobody signed in can create a profile and nothing else."""
    kiosk = Actor.kiosk()
    with pytest.raises(NotAllowed):
        world.services.letters.for_parent(kiosk, world.ana.id)
    with pytest.raises(NotAllowed):
        world.services.contacts.children(kiosk)


def test_later_staff_accounts_need_staff(world: World) -> None:
    """The installer makes the first staff account only; then staff add staff."""
    with pytest.raises(NotAllowed):
        world.services.staff.add(Actor.system(), "Eve", "another passphrase")
    eve = world.services.staff.add(world.staff, "Eve", "another passphrase")
    assert [m.name for m in world.services.staff.all(world.staff)] == ["Eve", "Sam Worker"]
    with pytest.raises(InvalidInput):
        world.services.staff.add(world.staff, "eve", "yet another one")
    world.services.staff.remove(world.staff, eve.name)
    with pytest.raises(InvalidInput):
        world.services.staff.remove(world.staff, "Sam Worker")  # the last one stays


def test_a_parent_cannot_approve_by_moving_status_themselves(world: World) -> None:
    """Submitting is the parent's move; approving is staff's, even through the store table."""
    s, ana = world.services, world.ana_actor
    letter = s.letters.submit(ana, s.letters.create(ana, world.ana.id, world.ana_child.id,
                                                    body="Hi").id)
    with pytest.raises(NotAllowed):
        s.review.approve(ana, ItemRef(ItemKind.LETTER, letter.id))
    with pytest.raises(InvalidTransition):
        s.review.mail_outcome(world.staff, ItemRef(ItemKind.LETTER, letter.id), sent=True)


def test_making_and_replacing_the_station_key_is_audited(world: World) -> None:
    """Staff make the key, then replace it: two audit events naming the worker and each
    key's fingerprint; a second make without replace is refused and changes nothing."""
    from letterbox.errors import LetterboxError

    keys = world.services.keys
    assert keys.current(world.staff) is None
    made = keys.make(world.staff)
    assert keys.current(world.staff) == made
    with pytest.raises(LetterboxError) as refused:
        keys.make(world.staff)
    assert refused.value.code == "key_exists" and keys.current(world.staff) == made
    replaced = keys.make(world.staff, replace=True)
    assert replaced.fingerprint != made.fingerprint
    events = [(e.action, e.actor_name, e.detail) for e in world.services.audit.events(world.staff)
              if e.action.startswith("station_key")]
    assert sorted(events) == sorted([
        ("station_key_made", "Sam Worker", f"fingerprint {made.fingerprint}"),
        ("station_key_replaced", "Sam Worker", f"fingerprint {replaced.fingerprint}")])
