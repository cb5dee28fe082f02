"""Start-up repair of takes left by a killed process, and giving them back."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import soundfile

from letterbox.audio.recorder import partial_path
from letterbox.audio.repair import TakeInfo, discard, find_orphans, orphans_of, sidecar_path
from letterbox.audio.takes import keep_orphan, prepare_take
from letterbox.core import Core
from letterbox.services import build_services
from letterbox.services.actor import Actor


def _killed_wav(path: Path, frames: int) -> np.ndarray:
    """A WAV as a killed writer leaves it: all frames on disk, header saying 0 frames."""
    data = (np.arange(frames) % 2000).astype(np.int16)
    with soundfile.SoundFile(str(path), "w", 48_000, 1, "PCM_16", format="WAV") as f:
        f.write(data[:10])
        f.flush()
        header = path.read_bytes()[:44]
        f.write(data[10:])
    raw = path.read_bytes()
    path.write_bytes(header + raw[44:])  # the header from before most frames were written
    return data


def _parent_id(core: Core) -> int:
    parent = core.profiles.find_by_id_number("DEMO-0001")
    assert parent is not None
    return parent.id


def test_killed_take_is_repaired_and_offered_to_its_owner(demo_core: Core) -> None:
    """A partial WAV with a stale header is rewritten whole and listed for its parent."""
    pid = _parent_id(demo_core)
    rec = demo_core.recordings.create(pid, None, "story", title="Owls")
    info = TakeInfo(pid, rec.id, "page", 3, "Page three")
    final = prepare_take(demo_core.paths, info)
    data = _killed_wav(partial_path(final), 96_000)
    orphans = find_orphans(demo_core.paths, demo_core.recordings.known_files())
    assert [o.path for o in orphans_of(orphans, pid)] == [final]
    assert orphans_of(orphans, pid + 1) == []
    assert not partial_path(final).exists()
    repaired, _ = soundfile.read(str(final), dtype="int16")
    np.testing.assert_array_equal(repaired, data)
    part = keep_orphan(build_services(demo_core).recordings, Actor.parent(pid), orphans[0])
    assert (part.role, part.position, part.text) == ("page", 3, "Page three")
    assert part.peak_dbfs == -24.3  # the file's loudest sample (1999 of 32768)
    assert part.duration_s == 2.0
    assert not sidecar_path(final).exists()
    assert find_orphans(demo_core.paths, demo_core.recordings.known_files()) == []


def test_declined_take_is_deleted(demo_core: Core) -> None:
    """'No' to an interrupted take deletes its audio and sidecar."""
    pid = _parent_id(demo_core)
    rec = demo_core.recordings.create(pid, None, "message")
    final = prepare_take(demo_core.paths, TakeInfo(pid, rec.id, "take", 1))
    _killed_wav(partial_path(final), 4_800)
    (orphan,) = find_orphans(demo_core.paths, demo_core.recordings.known_files())
    discard(orphan)
    assert list(final.parent.glob(final.stem + "*")) == []


def test_take_of_a_deleted_recording_becomes_a_new_message(demo_core: Core) -> None:
    """Keeping a take whose recording was deleted meanwhile makes a new message."""
    pid = _parent_id(demo_core)
    rec = demo_core.recordings.create(pid, None, "echo")
    final = prepare_take(demo_core.paths, TakeInfo(pid, rec.id, "line", 4))
    _killed_wav(partial_path(final), 4_800)
    demo_core.recordings.delete(rec.id)
    (orphan,) = find_orphans(demo_core.paths, demo_core.recordings.known_files())
    part = keep_orphan(build_services(demo_core).recordings, Actor.parent(pid), orphan)
    assert demo_core.recordings.get(part.recording_id).kind == "message"


def test_take_of_a_recording_sent_meanwhile_becomes_a_new_message(demo_core: Core) -> None:
    """A kept take never changes a recording that is with staff: it becomes a new message."""
    pid = _parent_id(demo_core)
    rec = demo_core.recordings.create(pid, None, "message")
    final = prepare_take(demo_core.paths, TakeInfo(pid, rec.id, "take", 2))
    _killed_wav(partial_path(final), 4_800)
    demo_core.recordings.set_status(rec.id, "ready")
    (orphan,) = find_orphans(demo_core.paths, demo_core.recordings.known_files())
    part = keep_orphan(build_services(demo_core).recordings, Actor.parent(pid), orphan)
    assert part.recording_id != rec.id and demo_core.recordings.parts(rec.id) == []


def test_garbage_and_empty_takes_are_removed_quietly(demo_core: Core) -> None:
    """Unreadable or empty interrupted takes are removed, not offered, and do not crash."""
    pid = _parent_id(demo_core)
    rec = demo_core.recordings.create(pid, None, "message")
    a = prepare_take(demo_core.paths, TakeInfo(pid, rec.id, "take", 1))
    partial_path(a).write_bytes(b"RIFF not really a wave file at all")
    b = prepare_take(demo_core.paths, TakeInfo(pid, rec.id, "take", 2))
    sidecar_path(b).write_text("{ broken json")
    stray = demo_core.paths.recording_dir(pid) / "stray.partial.wav"
    shutil.copy(partial_path(a), stray)
    assert find_orphans(demo_core.paths, demo_core.recordings.known_files()) == []
    assert list(demo_core.paths.recording_dir(pid).glob("rec*")) == []
    assert not stray.exists()
