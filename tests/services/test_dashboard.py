"""The dashboard service: birthdays, drafts kept private, one parent in detail."""

from __future__ import annotations

from datetime import date

from letterbox.services.dashboard import next_birthday
from tests.services.conftest import World

TODAY = date(2026, 6, 1)


def test_next_birthday_rolls_over_the_year_and_keeps_29_february() -> None:
    """A birthday already past comes next year; 29 February falls on the 28th otherwise."""
    assert next_birthday(date(2019, 6, 1), TODAY) == date(2026, 6, 1)
    assert next_birthday(date(2019, 5, 31), TODAY) == date(2027, 5, 31)
    assert next_birthday(date(2016, 2, 29), TODAY) == date(2027, 2, 28)
    assert next_birthday(date(2016, 2, 29), date(2027, 12, 1)) == date(2028, 2, 29)


def test_birthdays_leave_out_children_who_may_not_be_contacted(world: World) -> None:
    """No reminder to write to a child whose contact is not permitted; pending ones stay."""
    s, core = world.services, world.core
    kept = core.profiles.add_child(world.ana.id, "Noa", birth_date="2020-06-05")
    barred = core.profiles.add_child(world.ana.id, "Eli", birth_date="2020-06-06")
    s.contacts.decide(world.staff, barred.id, "not_permitted", "No-contact order")
    found = s.dashboard.birthdays(world.staff, TODAY)
    assert [(b.child_id, b.turns, b.days_away, b.contact_status) for b in found] \
        == [(kept.id, 6, 4, "pending")]


def test_drafts_stay_private_and_detail_counts_by_child(world: World) -> None:
    """A draft is neither counted nor listed; a submitted letter is, under its child."""
    s = world.services
    draft = s.letters.create(world.ana_actor, world.ana.id, world.ana_child.id, body="Hola")
    sent = s.letters.create(world.ana_actor, world.ana.id, world.ana_child.id, body="Hola")
    s.letters.submit(world.ana_actor, sent.id)
    [ana] = [p for p in s.dashboard.parents(world.staff) if p.id == world.ana.id]
    assert dict(ana.counts) == {"ready": 1} and ana.children == 1
    detail = s.dashboard.detail(world.staff, world.ana.id, TODAY)
    assert [(i.kind, i.id, i.status) for i in detail.items] == [("letter", sent.id, "ready")]
    assert draft.id not in [i.id for i in detail.items]
    [line] = detail.children
    assert dict(line.counts) == {"ready": 1} and line.birthday is None
