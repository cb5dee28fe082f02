"""The programme report's figures, counted by aggregate SQL (one pass per table).

Which month an item counts in: the month (UTC) it was first sent for review, that is
its first ``letter_submit`` / ``recording_submit`` audit event, or its ``created_at``
when no such event exists (items made before the audit log). Items that are drafts now
are not counted, nor are items the parent deleted. Returned and rejected items count in
the month of that event (the event stays counted if the parent deletes the item later).
"""

from __future__ import annotations

from dataclasses import dataclass

from letterbox.store.db import Database

_SUBMIT = ("letter_submit", "recording_submit")
_RETURN = ("letter_return", "recording_return")
_REJECT = ("letter_mail_rejected", "recording_mail_rejected")


@dataclass(frozen=True)
class MonthFigures:
    """One parent's figures for one month."""

    month: str          # YYYY-MM
    parent_id: int
    id_number: str
    name: str
    letters: int = 0
    words: int = 0
    recordings: int = 0
    seconds: float = 0.0
    children: int = 0
    returned: int = 0
    rejected: int = 0


def word_count(text: str | None) -> int:
    """Words in a letter body: runs of non-space characters."""
    return len(text.split()) if text else 0


# Items that left draft, with the month they were first sent for review. The month
# filter sits inside, so words are counted only for letters in the range.
_ITEMS_SQL = """
WITH sent AS (
    SELECT item_kind, item_id, MIN(at) AS at FROM event
    WHERE action IN (?, ?) AND item_id IS NOT NULL GROUP BY item_kind, item_id
),
items AS (
    SELECT 'letter' AS kind, l.parent_id, l.child_id, l.body AS body, 0.0 AS seconds,
           substr(COALESCE(s.at, l.created_at), 1, 7) AS month
    FROM letter l LEFT JOIN sent s ON s.item_kind = 'letter' AND s.item_id = l.id
    WHERE l.status != 'draft' AND l.deleted_at IS NULL
    UNION ALL
    SELECT 'recording', r.parent_id, r.child_id, NULL,
           COALESCE(p.seconds, 0.0), substr(COALESCE(s.at, r.created_at), 1, 7)
    FROM recording r LEFT JOIN sent s ON s.item_kind = 'recording' AND s.item_id = r.id
    LEFT JOIN (SELECT recording_id, SUM(duration_s) AS seconds FROM recording_part
               WHERE chosen = 1 GROUP BY recording_id) p ON p.recording_id = r.id
    WHERE r.status != 'draft' AND r.deleted_at IS NULL
)
SELECT month, parent_id, SUM(CASE WHEN kind = 'letter' THEN 1 ELSE 0 END) AS letters,
       SUM(CASE WHEN kind = 'recording' THEN 1 ELSE 0 END) AS recordings,
       SUM(seconds) AS seconds, COUNT(DISTINCT child_id) AS children
FROM items WHERE month >= ? AND month <= ?
GROUP BY month, parent_id
"""

# The letters' bodies in the range, for counting words as Python splits them (one rule
# on both engines, not each engine's own idea of a word).
_BODIES_SQL = _ITEMS_SQL.split("SELECT month, parent_id, SUM")[0] + """
SELECT month, parent_id, body FROM items
WHERE kind = 'letter' AND month >= ? AND month <= ?
"""

_OUTCOMES_SQL = """
SELECT substr(at, 1, 7) AS month, parent_id,
       COUNT(DISTINCT CASE WHEN action IN (?, ?) THEN item_kind || ':' || item_id END)
           AS returned,
       COUNT(DISTINCT CASE WHEN action IN (?, ?) THEN item_kind || ':' || item_id END)
           AS rejected
FROM event
WHERE action IN (?, ?, ?, ?) AND parent_id IS NOT NULL AND at >= ? AND at < ?
GROUP BY month, parent_id
"""


def next_month(month: str) -> str:
    """The month after ``month`` (YYYY-MM)."""
    year, number = int(month[:4]), int(month[5:7])
    return f"{year + number // 12:04d}-{number % 12 + 1:02d}"


def monthly_figures(db: Database, start: str = "0000-01", end: str = "9999-12") -> \
        list[MonthFigures]:
    """Every parent's figures for each month from ``start`` to ``end`` (both YYYY-MM,
    inclusive), ordered by month and then ID number. Months with nothing are left out."""
    conn = db.connection()
    found: dict[tuple[str, int], dict[str, float]] = {}
    for row in conn.execute(_ITEMS_SQL, (*_SUBMIT, start, end)):
        found[(row["month"], row["parent_id"])] = {
            "letters": row["letters"], "words": 0,
            "recordings": row["recordings"], "seconds": row["seconds"] or 0.0,
            "children": row["children"]}
    for row in conn.execute(_BODIES_SQL, (*_SUBMIT, start, end)):
        found[(row["month"], row["parent_id"])]["words"] += word_count(row["body"])
    until = "9999-13" if end >= "9999-12" else next_month(end)
    for row in conn.execute(_OUTCOMES_SQL, (*_RETURN, *_REJECT, *_RETURN, *_REJECT,
                                            start, until)):
        figures = found.setdefault((row["month"], row["parent_id"]), {})
        figures["returned"] = row["returned"]
        figures["rejected"] = row["rejected"]
    people = {row["id"]: (row["id_number"], row["name"])
              for row in conn.execute("SELECT id, id_number, name FROM parent")}
    result = []
    for (month, parent_id), figures in found.items():
        id_number, name = people.get(parent_id, ("", ""))
        result.append(MonthFigures(
            month=month, parent_id=parent_id, id_number=id_number, name=name,
            letters=int(figures.get("letters", 0)), words=int(figures.get("words", 0)),
            recordings=int(figures.get("recordings", 0)),
            seconds=float(figures.get("seconds", 0.0)),
            children=int(figures.get("children", 0)),
            returned=int(figures.get("returned", 0)),
            rejected=int(figures.get("rejected", 0))))
    result.sort(key=lambda f: (f.month, f.id_number.casefold(), f.parent_id))
    return result
