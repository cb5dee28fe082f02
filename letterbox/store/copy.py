"""`letterbox store copy`: one store's rows and recording files into another store that
may already hold other kiosks' data, with nothing duplicated or lost.

How ids map. The target gives every copied row a new id. ``copied_from`` in the target
remembers (source store, table, source id) → target id, written in the same transaction
as the row, so a second run, or a run after one was interrupted, copies only what is
not there yet. A parent whose ID number the target already knows is the same person:
their rows join that profile (the target's name, PIN and settings stay). Likewise a
staff account of the same name, a child of the same name under that parent, a check-in
question of the same English text, and a setting the target already has: "matched", not
copied. Sign-in lockouts and the export lock belong to one computer and are not copied.
The source is named by a random ``store_id`` setting written in it on first copy.

Recording files. Rows name files under the data folder (``recordings/parent-N/…``); the
files are copied into the target's data folder in the app's layout, under the parent's
new id (phase 1 keeps recordings on each computer's disk); for a parent the target knew
already, each name starts with the source's name so no file of theirs is overwritten.

At the end every table is checked: each source row is in the target (or deliberately
left out), and the rows copied have the same checksums as the source's rows with their
ids mapped; each recording file copied has the source file's checksum.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from letterbox.errors import TransferRefused
from letterbox.store import transfer as tx
from letterbox.store.db import Connection, Database

STORE_ID = "store_id"
# The tables copied row by row, in this order; setting is copied by key afterwards.
ID_TABLES = ("staff", "parent", "child", "packet", "letter", "letter_version", "recording",
             "recording_part", "event", "contact_history", "checkin_question",
             "checkin_answer")
REFS: dict[str, dict[str, str]] = {
    "child": {"parent_id": "parent"},
    "packet": {"parent_id": "parent", "staff_id": "staff"},
    "letter": {"parent_id": "parent", "child_id": "child", "packet_id": "packet"},
    "letter_version": {"letter_id": "letter"},
    "recording": {"parent_id": "parent", "child_id": "child", "packet_id": "packet"},
    "recording_part": {"recording_id": "recording"},
    "event": {"parent_id": "parent"},
    "contact_history": {"child_id": "child"},
    "checkin_answer": {"question_id": "checkin_question", "parent_id": "parent"},
    "packet_item": {"packet_id": "packet"},
}
# References the schema does not enforce: a row pointing at something deleted keeps NULL.
LOOSE = {("packet", "staff_id"), ("event", "parent_id"), ("event", "item_id"),
         ("event", "actor_id"), ("contact_history", "actor_id")}
# Columns whose table depends on another column: (table, column) -> (kind column, kinds).
BY_KIND: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {
    ("event", "item_id"): ("item_kind", ("letter", "recording", "child", "packet")),
    ("event", "actor_id"): ("actor_kind", ("staff", "parent")),
    ("contact_history", "actor_id"): ("actor_kind", ("staff", "parent")),
    ("packet_item", "item_id"): ("kind", ("letter", "recording")),
}
MATCH_SQL = {
    "parent": ("SELECT id FROM parent WHERE id_number = ?", ("id_number",)),
    "staff": ("SELECT id FROM staff WHERE lower(name) = lower(?) AND removed_at IS NULL",
              ("name",)),
    "child": ("SELECT id FROM child WHERE parent_id = ? AND name = ?", ("parent_id", "name")),
    "checkin_question": ("SELECT id FROM checkin_question WHERE text_en = ?", ("text_en",)),
}


@dataclass
class Counts:
    """What happened to one table's rows."""

    source: int = 0
    copied: int = 0
    matched: int = 0
    already: int = 0
    left_out: int = 0


@dataclass
class CopyResult:
    """The copy's counts, recording files, and the mismatches the check found."""

    tables: dict[str, Counts] = field(default_factory=dict)
    files_copied: int = 0
    files_already: int = 0
    files_checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def nothing_new(self) -> bool:
        return self.files_copied == 0 and not any(
            c.copied or c.matched for c in self.tables.values())


def store_id(db: Database) -> str:
    """The store's own random name (written on first use)."""
    with db.transaction() as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) "
                     "DO NOTHING", (STORE_ID, json.dumps(uuid.uuid4().hex)))
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (STORE_ID,)).fetchone()
    return str(json.loads(row[0]))


class StoreCopy:
    """Copy ``source`` (rows, and files under ``source_root``) into ``target`` (files
    under ``target_root``). ``after_table`` is called after each table's commit."""

    def __init__(self, source: Database, source_root: Path, target: Database,
                 target_root: Path, after_table: Callable[[str], None] | None = None) -> None:
        self.source, self.target = source, target
        self.source_root, self.target_root = Path(source_root), Path(target_root)
        self.after_table = after_table or (lambda _table: None)
        self.key = store_id(source)
        if self.key == store_id(target):
            raise TransferRefused("same_store")
        with target.transaction() as conn:
            conn.execute(tx.COPIED_FROM_SQL)
        self.map: dict[str, dict[int, int]] = {t: {} for t in ID_TABLES}
        self.how: dict[str, dict[int, str]] = {t: {} for t in ID_TABLES}
        for row in target.query("SELECT tbl, source_id, target_id, how FROM copied_from"
                                " WHERE source = ?", (self.key,)):
            self.map[row[0]][int(row[1])] = int(row[2])
            self.how[row[0]][int(row[1])] = str(row[3])
        with tx.snapshot(source):  # one moment of the source, even while it is in use
            self.rows = {t: tx.read_table(source, t)
                         for t in (*ID_TABLES, "packet_item", "setting")}
        self.rows["setting"] = [r for r in self.rows["setting"] if r["key"] != STORE_ID]
        self.parent_of_recording = {r["id"]: r["parent_id"] for r in self.rows["recording"]}
        self.result = CopyResult(tables={t: Counts(source=len(self.rows[t]))
                                         for t in (*ID_TABLES, "packet_item", "setting")})

    def run(self) -> CopyResult:
        """Copy what is missing, then check everything; returns what happened."""
        for table in ID_TABLES:
            self._copy_table(table)
            self.after_table(table)
        self._copy_keyed()
        self._copy_files()
        self._check()
        return self.result

    def as_target(self, table: str, row: dict[str, Any]) -> dict[str, Any] | None:
        """The source row as the target holds it (ids mapped), or None when it points at
        something the source no longer has and cannot be copied."""
        out = dict(row)
        columns = dict(REFS.get(table, {}))
        for (tbl, column), (kind_column, kinds) in BY_KIND.items():
            if tbl == table and row.get(kind_column) in kinds:
                columns[column] = str(row[kind_column])
        for column, ref in columns.items():
            value = row.get(column)
            if value is None:
                continue
            mapped = self.map[ref].get(int(value))
            if mapped is None and (table, column) not in LOOSE:
                return None
            out[column] = mapped
        for (tbl, column) in LOOSE:  # an id of a kind that names nothing copied
            if tbl == table and column not in columns and row.get(column) is not None:
                out[column] = None
        if table == "recording_part":
            out["file"] = self._target_file(row)
        if "id" in row and row["id"] in self.map.get(table, {}):
            out["id"] = self.map[table][row["id"]]
        return out

    def _target_file(self, part: dict[str, Any]) -> str:
        source_parent = int(self.parent_of_recording.get(part["recording_id"]) or 0)
        target_parent = self.map["parent"].get(source_parent)
        old = f"recordings/parent-{source_parent}/"
        name = str(part["file"])
        if target_parent is None or not name.startswith(old):
            return name
        # A parent the target knew already has files there: the source's own names
        # could clash with theirs, so they carry the source's name in front.
        mark = f"{self.key[:8]}-" if self.how["parent"].get(source_parent) == "matched" else ""
        return f"recordings/parent-{target_parent}/{mark}" + name[len(old):]

    def _copy_table(self, table: str) -> None:
        counts = self.result.tables[table]
        with self.target.transaction() as conn:
            for row in self.rows[table]:
                source_id = int(row["id"])
                if source_id in self.map[table]:
                    counts.already += 1
                    continue
                new = self.as_target(table, row)
                if new is None:
                    counts.left_out += 1
                    continue
                target_id = self._match(conn, table, new)
                how = "matched" if target_id is not None else "copied"
                if target_id is None:
                    values = {k: tx.unplain(v) for k, v in new.items() if k != "id"}
                    target_id = int(conn.execute(tx.insert_sql(table, values, True),
                                                 tuple(values.values())).fetchone()[0])
                conn.execute("INSERT INTO copied_from (source, tbl, source_id, target_id, how)"
                             " VALUES (?,?,?,?,?)", (self.key, table, source_id, target_id, how))
                self.map[table][source_id] = target_id
                self.how[table][source_id] = how
                counts.copied += how == "copied"
                counts.matched += how == "matched"

    def _match(self, conn: Connection, table: str, row: dict[str, Any]) -> int | None:
        if table not in MATCH_SQL or (table == "staff" and row["removed_at"] is not None):
            return None
        sql, columns = MATCH_SQL[table]
        found = conn.execute(sql, tuple(row[c] for c in columns)).fetchone()
        return int(found[0]) if found is not None else None

    def _copy_keyed(self) -> None:
        """Packet items (keyed by packet and item) and settings (by key)."""
        items, settings = self.result.tables["packet_item"], self.result.tables["setting"]
        with self.target.transaction() as conn:
            for row in self.rows["packet_item"]:
                new = self.as_target("packet_item", row)
                if new is None or new["item_id"] is None:
                    items.left_out += 1
                    continue
                key = (new["packet_id"], new["kind"], new["item_id"])
                if conn.execute("SELECT 1 FROM packet_item WHERE packet_id = ? AND kind = ?"
                                " AND item_id = ?", key).fetchone() is not None:
                    items.already += 1
                    continue
                conn.execute("INSERT INTO packet_item (packet_id, kind, item_id) VALUES "
                             "(?,?,?)", key)
                items.copied += 1
            for row in self.rows["setting"]:
                added = conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON "
                                     "CONFLICT (key) DO NOTHING", (row["key"], row["value"]))
                if added.rowcount:
                    settings.copied += 1
                else:
                    settings.already += 1
        self.after_table("setting")

    def _file_pairs(self) -> list[tuple[Path, Path, str]]:
        """(source file, target file, target's name) of every part copied here."""
        return [(self.source_root / str(part["file"]), self.target_root / str(new["file"]),
                 str(new["file"]))
                for part in self.rows["recording_part"]
                if self.how["recording_part"].get(part["id"]) == "copied"
                and (new := self.as_target("recording_part", part)) is not None]

    def _copy_files(self) -> None:
        for source, target, _name in self._file_pairs():
            if not source.is_file():
                continue  # the check says so
            if target.is_file():
                self.result.files_already += 1
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(target.name + ".copying")
            shutil.copyfile(source, partial)
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
            self.result.files_copied += 1

    def _check(self) -> None:
        problems = self.result.problems
        for table in ID_TABLES:
            expected: dict[int, dict[str, Any]] = {}
            missing = 0
            for row in self.rows[table]:
                new = self.as_target(table, row)
                if row["id"] not in self.map[table]:
                    missing += new is not None
                elif self.how[table][row["id"]] == "copied" and new is not None:
                    expected[int(new["id"])] = new
            held = {int(r["id"]): r for r in tx.read_table(self.target, table)
                    if int(r["id"]) in expected}
            if missing:
                problems.append(f"{table}: {missing} source rows are not in the target")
            gone = sorted(set(expected) - set(held))
            if gone:
                problems.append(f"{table}: {len(gone)} copied rows are missing from the "
                                f"target (target ids {_ids(gone)})")
            if tx.table_checksum(expected[i] for i in held) != tx.table_checksum(
                    held.values()):
                differ = sorted(i for i in held
                                if tx.row_checksum(held[i]) != tx.row_checksum(expected[i]))
                problems.append(f"{table}: {len(differ)} rows differ from the source "
                                f"(target ids {_ids(differ)})")
        for source, target, name in self._file_pairs():
            if not source.is_file():
                problems.append(f"recording file missing in the source: {source}")
            elif not target.is_file():
                problems.append(f"recording file missing in the target: {target}")
            elif tx.file_checksum(source) != tx.file_checksum(target):
                problems.append(f"recording file differs from the source: {name}")
            else:
                self.result.files_checked += 1


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:5])
    return shown + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
