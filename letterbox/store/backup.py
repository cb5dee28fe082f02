"""One file holding a whole store: every table's rows and the recording files, with a
manifest of counts and checksums. The same file restores into SQLite or PostgreSQL.

The file is a zip: ``manifest.json`` (format, schema version, per table its row count,
the rows' checksum and its file's SHA-256; per recording file its SHA-256),
``tables/NAME.jsonl`` (one JSON object per row, in schema order; bytes as base64) and
``files/recordings/…`` (the audio, at the path the rows name under the data folder).

The rows are read in one snapshot (a read transaction: kiosks go on writing meanwhile).
The file is written beside its final name and renamed into place when complete. Restore
checks every checksum before it writes anything, refuses a newer schema, and refuses a
store holding data unless told to replace it; then it writes every row in one
transaction, keeping ids, and checks the counts and checksums again.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from letterbox import __version__
from letterbox.errors import TransferRefused
from letterbox.store import transfer as tx
from letterbox.store.db import SCHEMA_VERSION, Database

FORMAT = "letterbox-backup"
FORMAT_VERSION = 1


BackupError = TransferRefused  # the backup cannot be used, or the store is not empty


@dataclass
class Backup:
    """A checked backup file: its manifest and rows (files are read when restored)."""

    path: Path
    manifest: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]

    @property
    def rows(self) -> int:
        return sum(len(rows) for rows in self.tables.values())

    @property
    def files(self) -> dict[str, str]:
        return dict(self.manifest["files"])


def make_backup(db: Database, data_root: Path, out: Path) -> dict[str, Any]:
    """Write the backup of ``db`` (recordings from ``data_root``) to ``out``; returns
    its manifest. Raises OSError when the file cannot be written (nothing is left)."""
    names = [*tx.TABLES, *([tx.COPIED_FROM] if tx.has_table(db, tx.COPIED_FROM) else [])]
    with tx.snapshot(db):
        version = db.schema_version()
        tables = {name: tx.read_table(db, name) for name in names}
    files = sorted({str(r["file"]) for r in tables["recording_part"]})
    manifest: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": version,
        "engine": db.engine, "made_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "letterbox_version": __version__, "tables": {}, "files": {}, "missing_files": []}
    partial = out.with_name(out.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in names:
                data = "".join(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n"
                               for row in tables[name]).encode("utf-8")
                archive.writestr(f"tables/{name}.jsonl", data)
                manifest["tables"][name] = {
                    "rows": len(tables[name]), "checksum": tx.table_checksum(tables[name]),
                    "sha256": hashlib.sha256(data).hexdigest()}
            for rel in files:
                source = data_root / rel
                if not _safe(rel) or not source.is_file():
                    manifest["missing_files"].append(rel)
                    continue
                archive.write(source, f"files/{rel}")
                manifest["files"][rel] = tx.file_checksum(source)
            archive.writestr("manifest.json", json.dumps(manifest, indent=1))
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return manifest


def _safe(rel: str) -> bool:
    path = PurePosixPath(rel)
    return bool(rel) and not path.is_absolute() and ".." not in path.parts and "\\" not in rel


def read_backup(path: Path) -> Backup:
    """Open and check a backup file completely, before anything is written.

    Raises:
        BackupError: not a Letterbox backup, damaged, or from a newer Letterbox.
        OSError: the file cannot be read.
    """
    where = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                manifest = json.loads(archive.read("manifest.json"))
            except KeyError:
                raise BackupError("backup_foreign", file=where) from None
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise BackupError("backup_foreign", file=where)
            version = int(manifest["schema_version"])
            if version > SCHEMA_VERSION or manifest["format_version"] > FORMAT_VERSION:
                raise BackupError("backup_newer", file=where, version=version,
                                  known=SCHEMA_VERSION)
            tables = {name: _read_table(archive, name, info, where)
                      for name, info in manifest["tables"].items()}
            for rel, checksum in manifest["files"].items():
                if not _safe(rel) or _member_checksum(archive, f"files/{rel}") != checksum:
                    raise BackupError("backup_damaged", file=where, part=f"the recording {rel}")
    except BackupError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise BackupError("backup_unreadable", file=where, problem=str(error)) from None
    except (KeyError, TypeError, ValueError) as error:  # a manifest missing its parts
        raise BackupError("backup_unreadable", file=where,
                          problem=f"manifest: {error}") from None
    if set(tables) - {*tx.TABLES, tx.COPIED_FROM}:
        raise BackupError("backup_unreadable", file=where, problem="unknown tables")
    return Backup(path=path, manifest=manifest, tables=tables)


def _read_table(archive: zipfile.ZipFile, name: str, info: dict[str, Any],
                where: str) -> list[dict[str, Any]]:
    data = archive.read(f"tables/{name}.jsonl")
    if hashlib.sha256(data).hexdigest() != info["sha256"]:
        raise BackupError("backup_damaged", file=where, part=f"the table {name}")
    rows = [json.loads(line) for line in data.decode("utf-8").splitlines() if line]
    if len(rows) != info["rows"] or tx.table_checksum(rows) != info["checksum"]:
        raise BackupError("backup_damaged", file=where, part=f"the table {name}")
    return rows


def _member_checksum(archive: zipfile.ZipFile, member: str) -> str:
    digest = hashlib.sha256()
    with archive.open(member) as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def restore_backup(db: Database, data_root: Path, backup: Backup, *,
                   replace: bool = False) -> list[str]:
    """Put the backup's rows into ``db`` (ids kept) and its files under ``data_root``;
    returns the mismatches found when checking afterwards (none when all is well).

    Raises:
        BackupError: the store holds data and ``replace`` is False.
        OSError: a file cannot be written.
    """
    if not replace and not tx.is_empty(db):
        raise BackupError("store_not_empty", store=db.where)
    with zipfile.ZipFile(backup.path) as archive:
        for rel in backup.files:
            _extract(archive, f"files/{rel}", data_root / rel)
    names = [n for n in (*tx.TABLES, tx.COPIED_FROM) if n in backup.tables]
    with db.transaction() as conn:
        if tx.COPIED_FROM in backup.tables:
            conn.execute(tx.COPIED_FROM_SQL)
        present = [n for n in (*tx.TABLES, tx.COPIED_FROM)
                   if n in tx.TABLES or tx.has_table(db, n)]
        for name in reversed(present):
            conn.execute(f"DELETE FROM {name}")
        for name in names:
            for row in backup.tables[name]:
                conn.execute(tx.insert_sql(name, row),
                             tuple(tx.unplain(v) for v in row.values()))
        tx.reset_identities(conn, db, names)
    return check_restored(db, data_root, backup)


def _extract(archive: zipfile.ZipFile, member: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".restoring")
    with archive.open(member) as source, open(partial, "wb") as out:
        for block in iter(lambda: source.read(1 << 20), b""):
            out.write(block)
        out.flush()
        os.fsync(out.fileno())
    os.replace(partial, target)


def check_restored(db: Database, data_root: Path, backup: Backup) -> list[str]:
    """Each table's count and checksum, and each file's checksum, against the manifest
    (over the backup's own columns, so an older backup compares what it holds)."""
    problems: list[str] = []
    for name, rows in backup.tables.items():
        columns = list(rows[0]) if rows else []
        held = [{c: r.get(c) for c in columns} for r in tx.read_table(db, name)]
        info = backup.manifest["tables"][name]
        if len(held) != info["rows"]:
            problems.append(f"{name}: {len(held)} rows in the store, {info['rows']} in the "
                            f"backup")
        elif tx.table_checksum(held) != info["checksum"]:
            problems.append(f"{name}: the rows differ from the backup's (checksum)")
    for rel, checksum in backup.files.items():
        path = data_root / rel
        if not path.is_file() or tx.file_checksum(path) != checksum:
            problems.append(f"recording file {rel} differs from the backup's")
    return problems
