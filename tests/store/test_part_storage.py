"""A part's sound kept by the store: files in the data folder (SQLite), or chunks with a
checksum in a shared store (PostgreSQL) that any kiosk reads back byte for byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
import soundfile

from letterbox.core import Core, open_core
from letterbox.errors import PartDamaged
from letterbox.store.part_storage import CHUNK_BYTES, cache_path


def _take(core: Core, name: str = "take.wav", seconds: float = 30.0) -> Path:
    """A real WAV (noise, so no two chunks are alike) in the parent's folder."""
    folder = core.paths.recording_dir(1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    rng = np.random.default_rng(7)
    audio = rng.integers(-20_000, 20_000, int(48_000 * seconds), dtype=np.int16)
    soundfile.write(str(path), audio, 48_000, subtype="PCM_16")
    return path


@pytest.fixture
def recording(core: Core):
    p = core.profiles.create_parent("Ana", "A1", "1234")
    c = core.profiles.add_child(p.id, "Maya", age_years=5)
    return core.recordings.create(p.id, c.id, "message", title="Hello")


def _chunks(core: Core, part_id: int) -> int:
    row = core.db.query_one("SELECT COUNT(*) AS n FROM recording_chunk WHERE part_id = ?",
                            (part_id,))
    assert row is not None
    return int(row["n"])


def test_a_take_is_kept_whole_with_its_checksum(core: Core, recording) -> None:
    """The part row carries the file's SHA-256 and size; a shared store holds the bytes
    in 1 MiB chunks, SQLite leaves them in the file (nothing changes for it)."""
    path = _take(core)
    data = path.read_bytes()
    part = core.recordings.add_part(recording.id, "take", 1, path, duration_s=30.0)
    assert part.sha256 == hashlib.sha256(data).hexdigest() and part.size == len(data)
    if core.db.engine == "postgresql":
        assert part.in_store and _chunks(core, part.id) == -(-len(data) // CHUNK_BYTES) == 3
    else:
        assert not part.in_store and _chunks(core, part.id) == 0
    assert core.recordings.path_of(part).read_bytes() == data


def test_another_kiosk_plays_a_take_stored_by_the_first(pg_url: str, tmp_path: Path) -> None:
    """Two data folders on one shared store: the second reads the take from the store into
    its own cache, byte-identical; the first kiosk's deleting it removes chunks and row."""
    first, second = open_core(tmp_path / "kiosk1", pg_url), open_core(tmp_path / "kiosk2",
                                                                       pg_url)
    try:
        parent = first.profiles.create_parent("Ana", "A1", "1234")
        rec = first.recordings.create(parent.id, None, "message", title="Hi")
        path = _take(first, seconds=12.0)
        data = path.read_bytes()
        part = first.recordings.add_part(rec.id, "take", 1, path, duration_s=12.0)
        seen = second.recordings.parts(rec.id)[0]
        assert not (second.paths.root / seen.file).exists()
        copy = second.recordings.path_of(seen)
        assert copy == cache_path(second.paths.root, part.id)
        assert copy.read_bytes() == data
        got, rate = soundfile.read(str(copy), dtype="int16")
        want, _ = soundfile.read(str(path), dtype="int16")
        assert rate == 48_000 and np.array_equal(got, want)
        first.recordings.delete(rec.id)
        assert _chunks(first, part.id) == 0 and not path.exists()
        assert second.recordings.prune_cache() == 1 and not copy.exists()
    finally:
        first.close()
        second.close()


def test_a_damaged_chunk_is_caught(pg_url: str, tmp_path: Path) -> None:
    """A chunk changed in the store fails the checksum: the kiosk is told, and no damaged
    copy is left in its cache to be played or exported."""
    first, second = open_core(tmp_path / "kiosk1", pg_url), open_core(tmp_path / "kiosk2",
                                                                       pg_url)
    try:
        parent = first.profiles.create_parent("Ana", "A1", "1234")
        rec = first.recordings.create(parent.id, None, "message")
        part = first.recordings.add_part(rec.id, "take", 1, _take(first), duration_s=30.0)
        with first.db.transaction() as conn:
            conn.execute("UPDATE recording_chunk SET data = ? WHERE part_id = ? AND seq = 1",
                         (b"\0" * CHUNK_BYTES, part.id))
        with pytest.raises(PartDamaged):
            second.recordings.path_of(second.recordings.part(part.id))
        assert not cache_path(second.paths.root, part.id).exists()
        assert list(cache_path(second.paths.root, part.id).parent.glob("*")) == []
        with first.db.transaction() as conn:  # a missing chunk too
            conn.execute("DELETE FROM recording_chunk WHERE part_id = ? AND seq = 2",
                         (part.id,))
        with pytest.raises(PartDamaged):
            second.recordings.path_of(second.recordings.part(part.id))
    finally:
        first.close()
        second.close()


def test_a_missing_file_is_refused_by_a_shared_store(pg_url: str, tmp_path: Path) -> None:
    """A shared store never registers a part whose sound it could not keep."""
    core = open_core(tmp_path / "kiosk", pg_url)
    try:
        parent = core.profiles.create_parent("Ana", "A1", "1234")
        rec = core.recordings.create(parent.id, None, "message")
        with pytest.raises(KeyError):
            core.recordings.add_part(rec.id, "take", 1, "recordings/none.wav", duration_s=1)
        assert core.recordings.parts(rec.id) == []
    finally:
        core.close()
