"""The outbox of takes waiting for the shared store: each goes up once, whatever moment
the app was killed at; a take the store refuses is held for staff, never retried for
ever and never deleted; the crash repair leaves waiting takes to the outbox."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile

from letterbox.audio.repair import TakeInfo, find_orphans, sidecar_path, write_sidecar
from letterbox.services.outbox import FOLDER, HELD, waiting_files
from tests.services.conftest import World


def _take(world: World, recording_id: int, name: str = "take.wav") -> tuple[Path, TakeInfo]:
    """A finished take with its crash sidecar, as the recorder leaves it on Stop."""
    folder = world.core.paths.recording_dir(world.ana.id)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    t = np.arange(48_000) / 48_000
    soundfile.write(str(path), 0.3 * np.sin(2 * np.pi * 440 * t), 48_000, subtype="PCM_16")
    info = TakeInfo(world.ana.id, recording_id, "take", 1)
    write_sidecar(path, info)
    return path, info


def _draft(world: World) -> int:
    return world.services.recordings.create(world.ana_actor, world.ana.id,
                                            world.ana_child.id, "message").id


def test_a_waiting_take_goes_up_once(world: World) -> None:
    """Sent, it is the recording's chosen take with its sound; sent again, nothing more."""
    rec = _draft(world)
    path, info = _take(world, rec)
    outbox = world.services.outbox
    outbox.put(info, path, duration_s=1.0, peak_dbfs=-10.5)
    assert not sidecar_path(path).exists(), "the outbox answers for it now"
    assert [w.file for w in outbox.waiting()] == [
        path.relative_to(world.core.paths.root).as_posix()]
    assert outbox.send() == 1 and outbox.send() == 0
    parts = world.core.recordings.parts(rec)
    assert [(p.role, p.chosen, p.duration_s) for p in parts] == [("take", True, 1.0)]
    assert world.core.recordings.path_of(parts[0]).read_bytes() == path.read_bytes()


def test_killed_after_storing_but_before_tidying_up(world: World) -> None:
    """The take was stored, then the app was killed before its entry went: the next
    try removes the entry and stores nothing twice."""
    rec = _draft(world)
    path, info = _take(world, rec)
    world.services.outbox.put(info, path, duration_s=1.0, peak_dbfs=-10.5)
    world.services.recordings.add_part(world.ana_actor, rec, "take", 1, path, duration_s=1.0)
    assert world.services.outbox.send() == 0
    assert world.services.outbox.waiting() == []
    assert len(world.core.recordings.parts(rec)) == 1


def test_a_take_for_a_draft_sent_meanwhile_becomes_a_new_message(world: World) -> None:
    """Its recording is no longer a draft: the take is not lost, it becomes a new message
    of the same parent (as an interrupted take would)."""
    rec = _draft(world)
    first, info = _take(world, rec, "first.wav")
    world.services.recordings.add_part(world.ana_actor, rec, "take", 1, first,
                                       duration_s=1.0, peak_dbfs=-10.0)
    world.services.recordings.submit(world.ana_actor, rec)
    path, info = _take(world, rec, "second.wav")
    world.services.outbox.put(info, path, duration_s=1.0, peak_dbfs=-10.0)
    assert world.services.outbox.send() == 1
    mine = world.core.recordings.for_parent(world.ana.id)
    assert len(mine) == 2 and len(world.core.recordings.parts(rec)) == 1


def test_a_take_the_store_refuses_is_held_not_lost(world: World) -> None:
    """The parent's profile was closed and its data deleted meanwhile: the take is held
    for staff, with its file, and later tries do not repeat the refusal."""
    rec = _draft(world)
    path, info = _take(world, rec)
    world.services.outbox.put(info, path, duration_s=1.0, peak_dbfs=-10.0)
    world.services.parents.archive(world.staff, world.ana.id, "moved")
    world.services.parents.delete_data(world.staff, world.ana.id)
    assert world.services.outbox.send() == 0
    assert world.services.outbox.waiting() == []
    assert len(list((world.core.paths.root / FOLDER / HELD).glob("*.json"))) == 1
    assert path.is_file() and world.core.recordings.for_parent(world.ana.id) == []


def test_the_crash_repair_leaves_waiting_takes_to_the_outbox(world: World) -> None:
    """Killed between writing the entry and removing the sidecar: at start-up the take is
    not offered back as interrupted (it is waiting), and its file stays."""
    rec = _draft(world)
    path, info = _take(world, rec)
    world.services.outbox.put(info, path, duration_s=1.0, peak_dbfs=-10.0)
    write_sidecar(path, info)  # as if killed before the sidecar went
    root = world.core.paths.root
    known = world.core.recordings.known_files() | waiting_files(root)
    assert find_orphans(world.core.paths, known) == []
    assert path.is_file() and not sidecar_path(path).exists()
    assert world.services.outbox.send() == 1
