"""Check-ins: a short question on a scale that parents answer at the kiosk.

Staff add and retire questions (English and Spanish text, a scale low..high, asked again
after N weeks). A parent is asked right after signing in when a question is due; skipping
records an empty answer, so they are not asked again until the next round. The report
shows each parent's change from their first answer to their latest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from letterbox.core import Core
from letterbox.errors import InvalidInput, NotAllowed, NotFound
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require
from letterbox.store.audit import record_event
from letterbox.store.checkins import Change, CheckinStore, Question

TEXT_MAX = 300


@dataclass(frozen=True)
class ChangeSummary:
    """Per parent changes for one question, and their average."""

    question: Question
    changes: list[Change]

    @property
    def average(self) -> float | None:
        """The mean change among parents who answered at least twice; None if nobody."""
        twice = [c.change for c in self.changes if c.answers >= 2]
        return sum(twice) / len(twice) if twice else None


def _stamp(now: datetime | None) -> tuple[datetime, str]:
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return moment, moment.isoformat()


class CheckinService:
    """Staff manage questions; parents answer their own."""

    def __init__(self, core: Core) -> None:
        self._core = core
        self._store = CheckinStore(core.db)

    # -- staff ---------------------------------------------------------------
    def add_question(self, actor: Actor, text_en: str, text_es: str = "", *, low: int = 1,
                     high: int = 5, repeat_weeks: int = 12,
                     now: datetime | None = None) -> Question:
        """A new question (audited).

        Raises:
            InvalidInput: empty or too long text, a scale that is not 0..10 with low < high,
                or a repeat outside 1..104 weeks.
        """
        require(actor, Action.CHECKINS)
        text_en, text_es = " ".join(text_en.split()), " ".join(text_es.split())
        if not text_en:
            raise InvalidInput("field_required", field="question (English)")
        for field, text in (("question (English)", text_en), ("question (Spanish)", text_es)):
            if len(text) > TEXT_MAX:
                raise InvalidInput("field_too_long", field=field, limit=TEXT_MAX)
        if not (0 <= low < high <= 10) or high - low > 9:
            raise InvalidInput("checkin_scale", low=low, high=high)
        if not 1 <= repeat_weeks <= 104:
            raise InvalidInput("checkin_repeat", weeks=repeat_weeks)
        _, at = _stamp(now)
        with self._core.db.transaction() as conn:
            question_id = self._store.add(conn, text_en=text_en, text_es=text_es, low=low,
                                          high=high, repeat_weeks=repeat_weeks,
                                          created_at=at, created_by=actor.label())
            record_event(conn, "checkin_question_added", actor=actor,
                         detail=f"question {question_id}: {text_en}")
        return self._get(question_id)

    def retire_question(self, actor: Actor, question_id: int,
                        now: datetime | None = None) -> None:
        """Stop asking a question (audited); its answers stay for the report."""
        require(actor, Action.CHECKINS)
        self._get(question_id)
        _, at = _stamp(now)
        with self._core.db.transaction() as conn:
            if self._store.retire(conn, question_id, at):
                record_event(conn, "checkin_question_retired", actor=actor,
                             detail=f"question {question_id}")

    def questions(self, actor: Actor, *, active_only: bool = False) -> list[Question]:
        """Every question (staff)."""
        require(actor, Action.CHECKINS)
        return self._store.questions(active_only=active_only)

    def changes(self, actor: Actor) -> list[ChangeSummary]:
        """For each question: every parent's first → latest answer, and the average."""
        require(actor, Action.REPORT)
        by_question: dict[int, list[Change]] = {}
        for change in self._store.changes():
            by_question.setdefault(change.question_id, []).append(change)
        return [ChangeSummary(q, sorted(by_question.get(q.id, []),
                                        key=lambda c: c.id_number.casefold()))
                for q in self._store.questions()]

    def asking(self, actor: Actor) -> bool:
        """True when any question is being asked (anyone may know: it names nobody)."""
        del actor  # no data about anyone: the kiosk asks before a parent signs in
        return bool(self._store.questions(active_only=True))

    # -- parents -------------------------------------------------------------
    def due(self, actor: Actor, now: datetime | None = None) -> Question | None:
        """The question to ask this parent now, or None."""
        if not actor.is_parent or actor.id is None:
            return None
        require(actor, Action.READ_OWN, actor.id)
        moment, _ = _stamp(now)
        return self._store.due(actor.id, moment)

    def answer(self, actor: Actor, question_id: int, value: int | None,
               now: datetime | None = None) -> None:
        """The parent's own answer; None means skipped (asked again next round).

        Raises:
            NotAllowed: not a parent answering for themself.
            InvalidInput: ``checkin_value`` outside the question's scale.
        """
        if not actor.is_parent or actor.id is None:
            raise NotAllowed(action=str(Action.WRITE_OWN), actor=actor.label())
        require(actor, Action.WRITE_OWN, actor.id)
        question = self._get(question_id)
        if value is not None and not question.low <= value <= question.high:
            raise InvalidInput("checkin_value", low=question.low, high=question.high)
        _, at = _stamp(now)
        with self._core.db.transaction() as conn:
            self._store.answer(conn, question_id, actor.id, value, at)

    def _get(self, question_id: int) -> Question:
        question = self._store.get(question_id)
        if question is None:
            raise NotFound(what="check-in question", key=question_id)
        return question
