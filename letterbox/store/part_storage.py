"""Where a recorded part's sound is kept: one interface, two ways.

- ``LocalFiles`` (the embedded SQLite store): the WAV file stays in the data folder, as it
  always has; the part row says which file (and, from schema 6, its SHA-256).
- ``InStore`` (a shared PostgreSQL store): on Stop the file goes into the store in chunks
  of 1 MiB (``recording_chunk``), in the same transaction as its part row, with the whole
  file's SHA-256 on the row; so any kiosk can play it and the worker station can export
  it. A kiosk reads it through a local copy in the data folder's ``cache/parts`` folder,
  fetched once and checked against the checksum (the kiosk that recorded it keeps its own
  file, also checked).

Everything that reads a part's sound (playback, export, keepsake) asks
``RecordingStore.path_of``, which asks the storage here; deleting a part removes its
local file and its cached copy (the chunks go with the row: ON DELETE CASCADE).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from pathlib import Path
from typing import Any, Protocol

from letterbox.errors import NotFound, PartDamaged
from letterbox.store.db import Connection, Database

CHUNK_BYTES = 1 << 20
CACHE_FOLDER = ("cache", "parts")


class StoredPart(Protocol):
    """What the storage needs of a part row."""

    @property
    def id(self) -> int: ...

    @property
    def file(self) -> str: ...

    @property
    def sha256(self) -> str | None: ...

    @property
    def in_store(self) -> bool: ...


def file_sha256(path: Path) -> tuple[str, int]:
    """The SHA-256 (hex) and size of a file, read in chunks."""
    digest, size = _sha256(), 0
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK_BYTES):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


class PartStorage(Protocol):
    """Keeps parts' sound and gives a local file to read it from."""

    in_store: bool

    def put(self, conn: Connection, part_id: int, path: Path) -> tuple[str, int]:
        """Keep the file of a new part (inside the part row's transaction); return its
        SHA-256 and size."""

    def local_path(self, part: StoredPart) -> Path:
        """A local WAV file holding the part's sound (fetched and checked if needed)."""

    def forget(self, part_id: int, file: str) -> None:
        """The part is gone: remove its local file and any cached copy."""


class LocalFiles:
    """Parts' sound in WAV files in the data folder (the embedded store)."""

    in_store = False

    def __init__(self, db: Database, root: Path) -> None:
        self._db = db
        self._root = Path(root)

    def put(self, conn: Connection, part_id: int, path: Path) -> tuple[str, int]:
        try:
            return file_sha256(path)
        except FileNotFoundError:
            return "", 0  # a row for a file written later (or by a test): no checksum yet

    def local_path(self, part: StoredPart) -> Path:
        if part.in_store:  # copied here from a shared store: still read from its chunks
            return InStore.read_copy(self._db, self._root, part)
        return self._root / part.file

    def forget(self, part_id: int, file: str) -> None:
        remove_local_copies(self._root, part_id, file)


class InStore:
    """Parts' sound in the store, in chunks, read through a checked local copy."""

    in_store = True

    def __init__(self, db: Database, root: Path) -> None:
        self._db = db
        self._root = Path(root)

    def put(self, conn: Connection, part_id: int, path: Path) -> tuple[str, int]:
        digest, size, seq = _sha256(), 0, 0
        if not path.is_file():
            raise NotFound("part_file_missing", file=str(path))
        with open(path, "rb") as handle:
            while block := handle.read(CHUNK_BYTES):
                conn.execute("INSERT INTO recording_chunk (part_id, seq, data) VALUES (?,?,?)",
                             (part_id, seq, block))
                digest.update(block)
                size += len(block)
                seq += 1
        return digest.hexdigest(), size

    def local_path(self, part: StoredPart) -> Path:
        if not part.in_store:  # a part stored before the shared store (or on a file)
            return self._root / part.file
        return self.read_copy(self._db, self._root, part)

    def forget(self, part_id: int, file: str) -> None:
        remove_local_copies(self._root, part_id, file)

    @staticmethod
    def read_copy(db: Database, root: Path, part: StoredPart) -> Path:
        """The kiosk's own file when it matches, else the cached copy, fetched if needed.

        Raises:
            PartDamaged: the chunks are missing or do not match the checksum.
        """
        own = root / part.file
        if part.sha256 and _matches(own, part.sha256):
            return own
        cached = cache_path(root, part.id)
        if part.sha256 and _matches(cached, part.sha256):
            return cached
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_name(f"{cached.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        digest = _sha256()
        try:
            with open(tmp, "wb") as out:
                seq = 0
                while True:
                    row = db.query_one("SELECT data FROM recording_chunk"
                                       " WHERE part_id = ? AND seq = ?", (part.id, seq))
                    if row is None:
                        break
                    block = bytes(row["data"])
                    out.write(block)
                    digest.update(block)
                    seq += 1
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != part.sha256:
                raise PartDamaged(part=part.id, problem="checksum does not match"
                                  if seq else "no chunks")
            os.replace(tmp, cached)
        finally:
            tmp.unlink(missing_ok=True)
        with _checked_lock:
            _checked[cached] = _stamp(cached)
        return cached


def cache_path(root: Path, part_id: int) -> Path:
    """Where a kiosk keeps its copy of a part fetched from the store."""
    return Path(root).joinpath(*CACHE_FOLDER, f"part-{int(part_id)}.wav")


def remove_local_copies(root: Path, part_id: int, file: str) -> int:
    """Remove a part's file and cached copy from this data folder; how many there were."""
    removed = 0
    for path in (Path(root) / file, cache_path(root, part_id)):
        if path.exists():
            path.unlink(missing_ok=True)
            with _checked_lock:
                _checked.pop(path, None)
            removed += 1
    return removed


def prune_cache(db: Database, root: Path) -> int:
    """Remove cached copies of parts the store no longer has (deleted from another
    kiosk) and copies a killed fetch left half-written; how many files went."""
    folder = Path(root).joinpath(*CACHE_FOLDER)
    if not folder.is_dir():
        return 0
    removed = 0
    an_hour_ago = time.time() - 3600  # a fetch still writing its copy is left alone
    for stale in folder.glob("*.tmp"):
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < an_hour_ago:
                stale.unlink()
                removed += 1
    copies = {path: path.stem.removeprefix("part-") for path in folder.glob("part-*.wav")}
    if not copies:
        return removed
    kept = {str(row["id"]) for row in db.query("SELECT id FROM recording_part"
                                               " WHERE in_store = 1")}
    for path, part_id in copies.items():
        if part_id not in kept:
            path.unlink(missing_ok=True)
            with _checked_lock:
                _checked.pop(path, None)
            removed += 1
    return removed


def storage_for(db: Database, root: Path) -> PartStorage:
    """In the store when it is shared (PostgreSQL); files in the data folder otherwise."""
    if db.engine == "postgresql":
        return InStore(db, root)
    return LocalFiles(db, root)


# Files whose checksum was checked, with their size and time then: a part played again
# is not read twice (its file is ours; a change of size or time checks it again).
_checked: dict[Path, tuple[int, int]] = {}
_checked_lock = threading.Lock()


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def _matches(path: Path, sha256: str) -> bool:
    try:
        stamp = _stamp(path)
    except OSError:
        return False
    with _checked_lock:
        if _checked.get(path) == stamp:
            return True
    if file_sha256(path)[0] != sha256:
        return False
    with _checked_lock:
        _checked[path] = stamp
    return True


def _sha256() -> Any:
    """A SHA-256 hasher (hashlib loads OpenSSL: imported when a part is stored or read,
    not to start the kiosk)."""
    import hashlib

    return hashlib.sha256()
