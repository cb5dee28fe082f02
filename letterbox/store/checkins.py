"""Check-in questions that workers ask, and parents' answers (NULL when skipped)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from letterbox.store.db import Connection, Database, Row


@dataclass(frozen=True)
class Question:
    """A short question on a scale, asked again every ``repeat_weeks`` weeks."""

    id: int
    text_en: str
    text_es: str
    low: int
    high: int
    repeat_weeks: int
    created_at: str
    created_by: str
    retired_at: str | None

    def text(self, language: str) -> str:
        """The question in ``language``, English when there is no Spanish text."""
        return self.text_es if language == "es" and self.text_es.strip() else self.text_en


@dataclass(frozen=True)
class Change:
    """One parent's first and latest answer to a question (skips left out)."""

    question_id: int
    parent_id: int
    id_number: str
    name: str
    first: int
    latest: int
    answers: int

    @property
    def change(self) -> int:
        return self.latest - self.first


def _question(row: Row) -> Question:
    return Question(id=row["id"], text_en=row["text_en"], text_es=row["text_es"],
                    low=row["low"], high=row["high"], repeat_weeks=row["repeat_weeks"],
                    created_at=row["created_at"], created_by=row["created_by"],
                    retired_at=row["retired_at"])


class CheckinStore:
    """Questions and answers in the database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, conn: Connection, *, text_en: str, text_es: str, low: int,
            high: int, repeat_weeks: int, created_at: str, created_by: str) -> int:
        """A new question, inside the caller's transaction; returns its id."""
        cursor = conn.execute(
            "INSERT INTO checkin_question (text_en, text_es, low, high, repeat_weeks,"
            " created_at, created_by) VALUES (?,?,?,?,?,?,?) RETURNING id",
            (text_en, text_es, low, high, repeat_weeks, created_at, created_by))
        return int(cursor.fetchone()[0])

    def retire(self, conn: Connection, question_id: int, at: str) -> bool:
        """Stop asking a question; False when it was already retired or is unknown."""
        cursor = conn.execute("UPDATE checkin_question SET retired_at = ? WHERE id = ?"
                              " AND retired_at IS NULL", (at, question_id))
        return bool(cursor.rowcount == 1)

    def get(self, question_id: int) -> Question | None:
        row = self._db.query_one("SELECT * FROM checkin_question WHERE id = ?",
                                 (question_id,))
        return _question(row) if row is not None else None

    def questions(self, *, active_only: bool = False) -> list[Question]:
        """Questions, oldest first."""
        sql = "SELECT * FROM checkin_question"
        if active_only:
            sql += " WHERE retired_at IS NULL"
        return [_question(r) for r in self._db.query(sql + " ORDER BY id")]

    def due(self, parent_id: int, now: datetime) -> Question | None:
        """The oldest active question this parent has not answered (or skipped) within
        its repeat interval; None when nothing is due."""
        last = {row["question_id"]: row["at"] for row in self._db.query(
            "SELECT question_id, MAX(answered_at) AS at FROM checkin_answer"
            " WHERE parent_id = ? GROUP BY question_id", (parent_id,))}
        for question in self.questions(active_only=True):
            when = last.get(question.id)
            if when is None:
                return question
            if datetime.fromisoformat(when) + timedelta(weeks=question.repeat_weeks) <= now:
                return question
        return None

    def answer(self, conn: Connection, question_id: int, parent_id: int,
               value: int | None, at: str) -> None:
        """Store an answer (None: skipped) inside the caller's transaction."""
        conn.execute("INSERT INTO checkin_answer (question_id, parent_id, value, answered_at)"
                     " VALUES (?,?,?,?)", (question_id, parent_id, value, at))

    def answers(self, parent_id: int) -> list[tuple[int, int | None, str]]:
        """(question id, value, answered at) for one parent, oldest first."""
        return [(r["question_id"], r["value"], r["answered_at"]) for r in self._db.query(
            "SELECT question_id, value, answered_at FROM checkin_answer WHERE parent_id = ?"
            " ORDER BY answered_at, id", (parent_id,))]

    def changes(self) -> list[Change]:
        """Each parent's first and latest real answer to each question."""
        rows = self._db.query(
            "SELECT a.question_id, a.parent_id, a.value, p.id_number, p.name"
            " FROM checkin_answer a JOIN parent p ON p.id = a.parent_id"
            " WHERE a.value IS NOT NULL ORDER BY a.question_id, a.parent_id,"
            " a.answered_at, a.id")
        found: dict[tuple[int, int], list[Row]] = {}
        for row in rows:
            found.setdefault((row["question_id"], row["parent_id"]), []).append(row)
        return [Change(question_id=q, parent_id=p, id_number=group[0]["id_number"],
                       name=group[0]["name"], first=group[0]["value"],
                       latest=group[-1]["value"], answers=len(group))
                for (q, p), group in found.items()]
