"""A small generator of programme data for the report tests: parents, children, letters
and recordings moved along the real status machine, with their audit events spread over
several months."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from letterbox.core import Core
from letterbox.services.actor import Actor

WORDS = ("home", "school", "football", "moon", "bedtime", "story", "birthday", "love",
         "friends", "drawing", "=SUM(A1)", "café", "niño")
# Each path is the statuses an item goes through after draft.
PATHS = (
    (),                                             # still a draft: not counted
    ("ready",),
    ("ready", "returned"),
    ("ready", "returned", "ready"),                 # counted in its first month
    ("ready", "approved", "exported", "sent"),
    ("ready", "approved", "exported", "rejected"),
    ("ready", "draft"),                             # taken back: a draft again
)
MONTHS = ("2026-01", "2026-02", "2026-03", "2026-04")


@dataclass
class Generated:
    parents: list[int] = field(default_factory=list)
    items: list[tuple[str, int]] = field(default_factory=list)


def generate(core: Core, seed: int = 7, parents: int = 3, items_each: int = 14) -> Generated:
    """Make the data; every event of an item gets a later date than the one before."""
    rng = random.Random(seed)
    staff = Actor.staff(1, "Gen Worker")
    made = Generated()
    for p in range(parents):
        name = "=Eve" if p == 0 else f"Parent {p}"
        parent = core.profiles.create_parent(name, f"G{p:03d}", "1234")
        made.parents.append(parent.id)
        me = Actor.parent(parent.id, parent.name)
        children = [core.profiles.add_child(parent.id, f"Child {p}-{c}", age_years=5 + c)
                    for c in range(rng.randint(1, 3))]
        for i in range(items_each):
            child = rng.choice(children)
            if rng.random() < 0.6:
                body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 40)))
                letter = core.letters.create(parent.id, child.id, title=f"L{i}", body=body)
                kind, item_id, setter = "letter", letter.id, core.letters.set_status
            else:
                rec = core.recordings.create(parent.id, child.id, "message", title=f"R{i}")
                for take in range(rng.randint(1, 2)):  # only the chosen take counts
                    (core.paths.root / f"t{rec.id}-{take}.wav").write_bytes(b"RIFF")
                    core.recordings.add_part(rec.id, "take", take, f"t{rec.id}-{take}.wav",
                                             duration_s=rng.uniform(5, 400))
                kind, item_id, setter = "recording", rec.id, core.recordings.set_status
            for status in rng.choice(PATHS):
                by_parent = status in ("ready", "draft")
                note = "a reason" if status in ("returned", "rejected") else ""
                setter(item_id, status, note, actor=me if by_parent else staff)
            made.items.append((kind, item_id))
    _spread_dates(core, made, rng)
    return made


def _spread_dates(core: Core, made: Generated, rng: random.Random) -> None:
    with core.db.transaction() as conn:
        for kind, item_id in made.items:
            month = rng.choice(MONTHS)
            day = rng.randint(1, 20)
            rows = conn.execute("SELECT id FROM event WHERE item_kind = ? AND item_id = ?"
                                " ORDER BY id", (kind, item_id)).fetchall()
            for step, row in enumerate(rows):
                # about every other step moves a month on: outcomes fall in later months
                shift = (day + step * rng.choice((3, 12, 25))) - 1
                year_month = MONTHS[min(len(MONTHS) - 1, MONTHS.index(month) + shift // 28)]
                at = f"{year_month}-{shift % 28 + 1:02d}T10:{step:02d}:00+00:00"
                conn.execute("UPDATE event SET at = ? WHERE id = ?", (at, row["id"]))
            conn.execute(f"UPDATE {kind} SET created_at = ? WHERE id = ?",
                         (f"{month}-{day:02d}T09:00:00+00:00", item_id))
