"""A generated caseload for benchmarks and tests: parents, children, letters, recordings
(with parts and durations) and the mail packets their exported items left in, written
fast with ``executemany`` in one transaction.

    from tests.benchmarks.caseload import CaseloadSize, fill_caseload
    facts = fill_caseload(core.db, CaseloadSize(parents=500, children=1_200, items=20_000))

The same seed gives the same data. Every generated parent has the PIN ``1234`` (hashed
once: scrypt per parent would take half a minute). Statuses follow a real programme's
shape (most items sent, some waiting, returned or rejected), dates spread over the
18 months before ``today``, letters hold words, recordings have parts with durations
(no audio files: nothing here plays them). No audit events are written.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from letterbox.store.db import Database
from letterbox.store.profiles import hash_pin

GENERATED_PIN = "1234"
DAYS = 548  # 18 months
FIRST = ("Ana", "Ben", "Carla", "Dmitri", "Eve", "Farid", "Grace", "Hugo", "Iris", "Jamal",
         "Kofi", "Lía", "Marta", "Nadia", "Owen", "Pedro", "Quinn", "Rosa", "Sami", "Tomás")
LAST = ("Ruiz", "Cole", "Martínez", "Petrov", "Okafor", "Nguyen", "Smith", "García", "Khan",
        "O'Brien", "Silva", "Novak", "Jones", "Haddad", "Kowalski", "Díaz", "Brown", "Lee")
KIDS = ("Zoë", "Mia", "Leo", "Noah", "Ava", "Liam", "Sofía", "Mateo", "Ella", "Kai", "Aria",
        "Luca", "Nia", "Omar", "Ivy", "Jude", "Maya", "Ezra", "Lola", "Theo")
UNITS = ("A-wing", "B-wing", "C-wing", "D-wing", "E-wing", "Houseblock 1", "Houseblock 2",
         "Dorm 3")
WORDS = ("I", "love", "you", "miss", "school", "today", "we", "read", "a", "book", "about",
         "the", "moon", "and", "fox", "your", "drawing", "is", "on", "my", "wall", "how",
         "was", "football", "practice", "tell", "me", "what", "you", "are", "learning",
         "thank", "grandma", "for", "looking", "after", "everyone", "goodnight", "sleep",
         "tight", "birthday", "proud", "of", "every", "day", "think", "when", "stars")
# status: share of items (drafts are the parent's own and never reach the dashboard)
STATUS_SHARE = {"draft": 10, "ready": 9, "approved": 6, "returned": 5, "exported": 7,
                "sent": 55, "rejected": 8}
PACKET_STATUSES = ("exported", "sent", "rejected")


@dataclass(frozen=True)
class CaseloadSize:
    parents: int = 500
    children: int = 1_200
    items: int = 20_000
    archived_share: float = 0.08  # released or transferred


@dataclass(frozen=True)
class Caseload:
    """What was written: first ids and how many."""

    parent_ids: list[int]
    children: int
    letters: int
    recordings: int
    parts: int
    packets: int


def _stamp(day: date, rng: random.Random) -> str:
    moment = datetime.combine(day, time(rng.randrange(8, 18), rng.randrange(60),
                                        rng.randrange(60)), UTC)
    return moment.isoformat()


def _next_id(db: Database, table: str) -> int:
    row = db.query_one(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")
    return int(row[0]) if row is not None else 1


def fill_caseload(db: Database, size: CaseloadSize = CaseloadSize(), *, seed: int = 7,
                  today: date | None = None) -> Caseload:
    """Write a caseload of ``size`` into ``db`` in one transaction."""
    rng = random.Random(seed)
    today = today or date.today()
    salt, digest = hash_pin(GENERATED_PIN)
    first_parent = _next_id(db, "parent")
    parent_rows, child_rows, kids_of = [], [], {}
    for n in range(size.parents):
        pid = first_parent + n
        joined = today - timedelta(days=rng.randrange(DAYS))
        archived = _stamp(today - timedelta(days=rng.randrange(60)), rng) \
            if rng.random() < size.archived_share else None
        parent_rows.append((pid, f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"GEN-{pid:05d}",
                            f"{rng.choice(UNITS)}, cell {rng.randrange(1, 60)}",
                            "HMP Example", rng.choice(("en", "en", "es")), salt, digest,
                            _stamp(joined, rng), archived))
        kids_of[pid] = []
    first_child = _next_id(db, "child")
    parent_ids = [row[0] for row in parent_rows]
    for n in range(size.children):
        # every parent has a child before anyone has a second
        pid = parent_ids[n] if n < len(parent_ids) else rng.choice(parent_ids)
        cid = first_child + n
        kids_of[pid].append(cid)
        age = rng.randrange(18)
        born = today - timedelta(days=age * 365 + rng.randrange(365))
        contact = rng.choices(("approved", "pending", "not_permitted"), (75, 15, 10))[0]
        child_rows.append((cid, pid, rng.choice(KIDS),
                           born.isoformat() if rng.random() < 0.85 else None,
                           None, "Parent", "Carer", "1 Road\nTown", contact,
                           "No-contact order" if contact == "not_permitted" else "",
                           rng.choice(("unknown", "given", "refused")), _stamp(born, rng)))
    letters, recordings, parts, packet_of = [], [], [], {}
    next_letter, next_recording = _next_id(db, "letter"), _next_id(db, "recording")
    next_packet = _next_id(db, "packet")
    packets: dict[tuple[int, str], list] = {}
    statuses, weights = zip(*STATUS_SHARE.items(), strict=True)
    for n in range(size.items):
        pid = rng.choice(parent_ids)
        child = rng.choice(kids_of[pid]) if kids_of[pid] else None
        status = rng.choices(statuses, weights)[0]
        made = today - timedelta(days=rng.randrange(DAYS))
        changed = min(today, made + timedelta(days=rng.randrange(30)))
        created, updated = _stamp(made, rng), _stamp(changed, rng)
        note = {"returned": "Please leave out talk about your case or the court.",
                "rejected": "The mail room held it back because of what it says."}.get(status, "")
        is_letter = n % 5 < 3
        item_id = next_letter if is_letter else next_recording
        kind = "letter" if is_letter else "recording"
        packet = None
        if status in PACKET_STATUSES:
            key = (pid, updated[:7])  # one packet per parent per month
            if key not in packet_of:
                packet_of[key] = next_packet
                packets[key] = []
                next_packet += 1
            packet = packet_of[key]
            packets[key].append((kind, item_id, updated))
        title = f"{rng.choice(('Hello', 'For your birthday', 'Goodnight', 'School'))} {n}"
        if is_letter:
            body = " ".join(rng.choices(WORDS, k=rng.randrange(40, 300)))
            letters.append((item_id, pid, child, title, "everyday", body, status, note,
                            packet, created, updated))
            next_letter += 1
            continue
        rec_kind = rng.choice(("message", "message", "story", "echo"))
        transcript = " ".join(rng.choices(WORDS, k=rng.randrange(10, 120)))
        recordings.append((item_id, pid, child, rec_kind, title, transcript, status, note,
                           packet, created, updated))
        roles = {"message": ["take"], "story": ["intro"] + ["page"] * rng.randrange(2, 6),
                 "echo": ["line"] * rng.randrange(3, 9)}[rec_kind]
        for position, role in enumerate(roles):
            parts.append((item_id, role, position, " ".join(rng.choices(WORDS, k=8)),
                          f"recordings/{pid}/gen-{item_id}-{position}.wav",
                          round(rng.uniform(5, 240), 1), created))
        next_recording += 1
    packet_rows = [(packet_of[key], max(u for _, _, u in items), key[0], len(items))
                   for key, items in packets.items()]
    packet_items = [(packet_of[key], kind, item_id)
                    for key, items in packets.items() for kind, item_id, _ in items]
    with db.transaction() as conn:
        conn.executemany("INSERT INTO parent (id, name, id_number, housing_unit, facility,"
                         " language, pin_salt, pin_hash, created_at, archived_at)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?)", parent_rows)
        conn.executemany("INSERT INTO child (id, parent_id, name, birth_date, age_years,"
                         " relationship, carer_name, carer_address, contact_status,"
                         " contact_reason, carer_consent, created_at)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", child_rows)
        conn.executemany("INSERT INTO packet (id, created_at, parent_id, items, state, kind,"
                         " staff_name) VALUES (?,?,?,?,'complete','mail','Bench Worker')",
                         packet_rows)
        conn.executemany("INSERT INTO packet_item (packet_id, kind, item_id) VALUES (?,?,?)",
                         packet_items)
        conn.executemany("INSERT INTO letter (id, parent_id, child_id, title, occasion, body,"
                         " status, status_note, packet_id, created_at, updated_at)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?)", letters)
        conn.executemany("INSERT INTO recording (id, parent_id, child_id, kind, title,"
                         " transcript, status, status_note, packet_id, created_at, updated_at)"
                         " VALUES (?,?,?,?,?,?,?,?,?,?,?)", recordings)
        conn.executemany("INSERT INTO recording_part (recording_id, role, position, text,"
                         " file, duration_s, created_at) VALUES (?,?,?,?,?,?,?)", parts)
    return Caseload(parent_ids, len(child_rows), len(letters), len(recordings), len(parts),
                    len(packet_rows))
