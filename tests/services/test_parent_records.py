"""Profiles staff look after: edit, archive (no sign-in, not listed, not exported), delete
data; contact history; and every one of these refused to a parent."""

from __future__ import annotations

import pytest

from letterbox.errors import InvalidInput, LetterboxError, NotAllowed
from letterbox.services.signin import SignInOutcome
from letterbox.store.audit import events
from tests.services.conftest import World


def test_update_profile_is_audited_and_keeps_the_pin(world: World) -> None:
    """Staff change name, unit, facility and language; the event names the worker."""
    s = world.services
    parent = s.parents.update_profile(world.staff, world.ana.id, name="Ana María Ruiz",
                                      id_number="A100", housing_unit="C-2",
                                      facility="HMP North", language="es")
    assert (parent.name, parent.housing_unit, parent.facility, parent.language) == (
        "Ana María Ruiz", "C-2", "HMP North", "es")
    event = [e for e in events(world.core.db) if e.action == "profile_updated"][-1]
    assert event.actor_name == "Sam Worker" and "housing_unit" in event.detail
    assert s.signin.sign_in_parent(world.ana.id, "1111").outcome is SignInOutcome.OK


def test_update_profile_refuses_a_taken_id_number_and_changes_nothing(world: World) -> None:
    """Ben's ID number on Ana's profile is refused; Ana keeps hers."""
    with pytest.raises(InvalidInput) as caught:
        world.services.parents.update_profile(world.staff, world.ana.id, name="Ana",
                                              id_number="B200")
    assert caught.value.code == "duplicate_id_number"
    assert world.core.profiles.parent(world.ana.id).id_number == "A100"


def test_archived_parent_cannot_sign_in_and_is_not_listed(world: World) -> None:
    """Archive closes the profile; un-archive opens it again with the same PIN."""
    s = world.services
    s.parents.archive(world.staff, world.ana.id, "Released 2026-11-30")
    assert world.ana.id not in [n.parent_id for n in s.signin.names()]
    with pytest.raises(LetterboxError) as caught:
        s.signin.sign_in_parent(world.ana.id, "1111")
    assert caught.value.code == "profile_closed"
    assert world.core.profiles.parent(world.ana.id).archive_note == "Released 2026-11-30"
    s.parents.unarchive(world.staff, world.ana.id)
    assert world.ana.id in [n.parent_id for n in s.signin.names()]
    assert s.signin.sign_in_parent(world.ana.id, "1111").outcome is SignInOutcome.OK
    actions = [e.action for e in events(world.core.db, parent_id=world.ana.id)]
    assert "profile_archived" in actions and "profile_unarchived" in actions


def test_archived_parents_items_are_not_exported(world: World) -> None:
    """An approved letter of an archived parent is refused with the reason."""
    s = world.services
    letter = s.letters.create(world.ana_actor, world.ana.id, world.ana_child.id, body="Hola")
    s.letters.submit(world.ana_actor, letter.id)
    world.core.letters.set_status(letter.id, "approved")
    assert world.ana.id in s.export.parents_with_items(world.staff)
    s.parents.archive(world.staff, world.ana.id)
    assert world.ana.id not in s.export.parents_with_items(world.staff)
    plan = s.export.plan(world.staff, world.ana.id)
    assert plan.empty and "closed" in plan.refused[0].reason


def test_not_permitted_child_gets_no_new_letter(world: World) -> None:
    """The kiosk cannot start a letter for a child marked not permitted."""
    s = world.services
    s.contacts.decide(world.staff, world.ana_child.id, "not_permitted", "No-contact order")
    with pytest.raises(NotAllowed) as caught:
        s.letters.create(world.ana_actor, world.ana.id, world.ana_child.id, body="x")
    assert caught.value.code == "contact_not_approved"


def test_contact_history_names_the_worker(world: World) -> None:
    """Every decision and consent change is a history row with who and why."""
    s = world.services
    s.contacts.decide(world.staff, world.ana_child.id, "not_permitted", "No-contact order")
    s.contacts.record_consent(world.staff, world.ana_child.id, "refused")
    history = s.contacts.history(world.staff, world.ana_child.id)
    assert [(h.field, h.value, h.reason, h.actor_name) for h in history[:3]] == [
        ("consent", "refused", "", "Sam Worker"),
        ("contact", "not_permitted", "No-contact order", "Sam Worker"),
        ("contact", "approved", "", "Sam Worker")]
    assert history[-1].value == "pending" and history[-1].actor_kind == "parent"


def test_delete_data_needs_an_archived_profile_and_keeps_the_audit(world: World) -> None:
    """Delete is refused on an open profile; after archive it removes items and children."""
    s = world.services
    s.letters.create(world.ana_actor, world.ana.id, world.ana_child.id, body="Hola")
    with pytest.raises(InvalidInput):
        s.parents.delete_data(world.staff, world.ana.id)
    s.parents.archive(world.staff, world.ana.id)
    deleted = s.parents.delete_data(world.staff, world.ana.id)
    assert (deleted.letters, deleted.children) == (1, 1)
    assert world.core.letters.for_parent(world.ana.id) == []
    assert world.core.profiles.children(world.ana.id) == []
    actions = [e.action for e in events(world.core.db, parent_id=world.ana.id)]
    assert "parent_data_deleted" in actions and "profile_created" in actions


def test_a_parent_reaches_none_of_the_profile_work(world: World, tmp_path) -> None:
    """Edit, archive, un-archive, delete, keepsake and history are staff only."""
    s, ana = world.services, world.ana_actor
    calls = [
        lambda: s.parents.update_profile(ana, world.ana.id, name="X", id_number="A100"),
        lambda: s.parents.archive(ana, world.ana.id),
        lambda: s.parents.unarchive(ana, world.ana.id),
        lambda: s.parents.delete_data(ana, world.ana.id),
        lambda: s.keepsake.plan(ana, world.ana.id),
        lambda: s.keepsake.make(ana, world.ana.id, tmp_path / "out"),
        lambda: s.contacts.history(ana, world.ana_child.id),
    ]
    for call in calls:
        with pytest.raises(NotAllowed):
            call()
    assert world.core.profiles.parent(world.ana.id).name == "Ana Ruiz"
    assert not (tmp_path / "out").exists()
