"""Check-ins: staff ask, parents answer their own, the report shows the change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from letterbox.errors import InvalidInput, NotAllowed
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, may
from tests.services.conftest import World

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
TEXT = "How confident do you feel about staying in touch with your children? 1-5"


def _question(world: World, weeks: int = 6):  # type: ignore[no-untyped-def]
    return world.services.checkins.add_question(
        world.staff, TEXT, "¿Qué tan seguro se siente de mantener el contacto con sus hijos?",
        repeat_weeks=weeks, now=START)


def test_answered_twice_after_the_interval_shows_the_change(world: World) -> None:
    """Asked at sign-in, not again until the repeat interval; the change is first → latest."""
    checkins = world.services.checkins
    question = _question(world, weeks=6)
    assert checkins.due(world.ana_actor, now=START) == question
    checkins.answer(world.ana_actor, question.id, 2, now=START)
    assert checkins.due(world.ana_actor, now=START + timedelta(weeks=5)) is None
    later = START + timedelta(weeks=6, days=1)
    assert checkins.due(world.ana_actor, now=later) == question
    checkins.answer(world.ana_actor, question.id, 5, now=later)
    checkins.answer(world.ben_actor, question.id, 4, now=START)
    checkins.answer(world.ben_actor, question.id, 3, now=later)
    [summary] = checkins.changes(world.staff)
    by_id = {c.id_number: c for c in summary.changes}
    assert (by_id["A100"].first, by_id["A100"].latest, by_id["A100"].change) == (2, 5, 3)
    assert (by_id["B200"].first, by_id["B200"].latest, by_id["B200"].change) == (4, 3, -1)
    assert summary.average == pytest.approx(1.0)


def test_skip_records_nothing_and_waits_for_the_next_round(world: World) -> None:
    """Skipping stores an empty answer: not asked again this round, no change shown."""
    checkins = world.services.checkins
    question = _question(world, weeks=4)
    checkins.answer(world.ana_actor, question.id, None, now=START)
    assert checkins.due(world.ana_actor, now=START + timedelta(days=3)) is None
    row = world.core.db.query_one("SELECT value FROM checkin_answer WHERE parent_id = ?",
                                  (world.ana.id,))
    assert row is not None and row["value"] is None
    assert checkins.due(world.ana_actor, now=START + timedelta(weeks=4)) == question
    [summary] = checkins.changes(world.staff)
    assert summary.changes == [] and summary.average is None


def test_retired_questions_are_not_asked(world: World) -> None:
    """A retired question is never due; retiring is audited."""
    checkins = world.services.checkins
    question = _question(world)
    checkins.retire_question(world.staff, question.id, now=START)
    assert checkins.due(world.ana_actor, now=START) is None
    actions = [r["action"] for r in world.core.db.query("SELECT action FROM event")]
    assert "checkin_question_added" in actions and "checkin_question_retired" in actions


def test_only_staff_manage_and_parents_answer_only_their_own(world: World) -> None:
    """Parents cannot add, retire or read the changes; staff cannot answer for a parent."""
    checkins = world.services.checkins
    question = _question(world)
    with pytest.raises(NotAllowed):
        checkins.add_question(world.ana_actor, "Mine?")
    with pytest.raises(NotAllowed):
        checkins.retire_question(world.ana_actor, question.id)
    with pytest.raises(NotAllowed):
        checkins.changes(world.ana_actor)
    with pytest.raises(NotAllowed):
        checkins.answer(world.staff, question.id, 3)
    with pytest.raises(NotAllowed):
        checkins.answer(Actor.kiosk(), question.id, 3)
    assert not may(world.ana_actor, Action.CHECKINS, world.ana.id)
    assert may(world.staff, Action.CHECKINS)


def test_bad_questions_and_answers_are_refused(world: World) -> None:
    """Empty text, a broken scale, a silly interval, an answer off the scale: refused."""
    checkins = world.services.checkins
    for kwargs in ({"text_en": "  "}, {"text_en": "Q", "low": 5, "high": 1},
                   {"text_en": "Q", "repeat_weeks": 0}, {"text_en": "Q" * 301}):
        with pytest.raises(InvalidInput):
            checkins.add_question(world.staff, **kwargs)  # type: ignore[arg-type]
    question = _question(world)
    with pytest.raises(InvalidInput):
        checkins.answer(world.ana_actor, question.id, 9)
    assert world.core.db.query("SELECT * FROM checkin_answer") == []
