"""Takes left behind by a killed process: find them, repair them, offer them back.

Before a take starts, a small JSON sidecar (``<name>.take.json``) says whose it is and
where it belongs (parent, recording, role, position, text). The take is written to
``<name>.partial.wav`` and renamed to ``<name>.wav`` on a clean stop; once the part is
in the database the sidecar is removed. So at start-up a sidecar means an interrupted
take. A WAV killed mid-write keeps its frames but has a wrong header: libsndfile reads
it anyway, so it is copied in blocks through soundfile into a new file with a correct
header, which then replaces it (``os.replace``, atomic).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from letterbox.paths import DataPaths


def partial_path(final: Path) -> Path:
    """Where a take is written while it is being recorded (the recorder writes there)."""
    return final.with_name(final.stem + ".partial.wav")

log = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".take.json"
_BLOCK = 48_000


@dataclass(frozen=True)
class TakeInfo:
    """Whose take a file is and where it belongs."""

    parent_id: int
    recording_id: int
    role: str          # 'take', 'intro', 'page' or 'line'
    position: int
    text: str = ""


@dataclass(frozen=True)
class Orphan:
    """An interrupted take, repaired, waiting for its owner to keep or discard it."""

    path: Path
    info: TakeInfo
    duration_s: float


def sidecar_path(final: Path) -> Path:
    """The sidecar of the take that ends up at ``final``."""
    return final.with_name(final.stem + SIDECAR_SUFFIX)


def write_sidecar(final: Path, info: TakeInfo) -> None:
    """Say whose take ``final`` is, before recording it (atomic write)."""
    target = sidecar_path(final)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(asdict(info)), encoding="utf-8")
    os.replace(tmp, target)


def remove_sidecar(final: Path) -> None:
    """The take is safely in the database (or discarded): forget its sidecar."""
    sidecar_path(final).unlink(missing_ok=True)


def read_sidecar(sidecar: Path) -> TakeInfo | None:
    """The sidecar's content, or None when it is unreadable."""
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        return TakeInfo(parent_id=int(data["parent_id"]),
                        recording_id=int(data["recording_id"]), role=str(data["role"]),
                        position=int(data["position"]), text=str(data.get("text", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def repair_wav(source: Path, target: Path) -> int:
    """Rewrite ``source`` (a WAV with a wrong header) as ``target``; return its frames.

    Raises:
        RuntimeError: libsndfile cannot read it at all (soundfile's error).
    """
    import soundfile

    tmp = target.with_name(target.stem + ".repair.tmp.wav")
    frames = 0
    with soundfile.SoundFile(str(source)) as src, soundfile.SoundFile(
            str(tmp), "w", samplerate=src.samplerate, channels=src.channels,
            subtype="PCM_16", format="WAV") as dst:
        for block in src.blocks(blocksize=_BLOCK, dtype="int16", always_2d=True):
            dst.write(block)
            frames += len(block)
    os.replace(tmp, target)
    if source != target:
        source.unlink(missing_ok=True)
    return frames


def find_orphans(paths: DataPaths, known_files: set[Path]) -> list[Orphan]:
    """Repair every interrupted take under the recordings folder; return those with audio.

    Args:
        known_files: files the database already refers to (resolved); their sidecars are
            stale and are removed.
    """
    orphans: list[Orphan] = []
    if not paths.recordings.exists():
        return orphans
    for sidecar in sorted(paths.recordings.rglob("*" + SIDECAR_SUFFIX)):
        final = sidecar.with_name(sidecar.name[: -len(SIDECAR_SUFFIX)] + ".wav")
        orphan = _recover(sidecar, final, known_files)
        if orphan is not None:
            orphans.append(orphan)
    for partial in sorted(paths.recordings.rglob("*.partial.wav")):
        # A partial file without a sidecar: nobody can own it; keep nothing half-written.
        if not sidecar_path(partial.with_name(partial.name.replace(".partial", ""))).exists():
            log.warning("Removing an interrupted take with no owner: %s", partial)
            partial.unlink(missing_ok=True)
    return orphans


def _recover(sidecar: Path, final: Path, known_files: set[Path]) -> Orphan | None:
    info = read_sidecar(sidecar)
    partial = partial_path(final)
    if final.resolve() in known_files:
        sidecar.unlink(missing_ok=True)  # saved, then killed before tidying up
        return None
    if info is None:
        log.warning("Unreadable take sidecar %s; removing it and its audio", sidecar)
        for path in (sidecar, partial, final):
            path.unlink(missing_ok=True)
        return None
    try:
        if partial.exists():
            frames = repair_wav(partial, final)
        elif final.exists():
            frames = repair_wav(final, final)  # renamed, then killed before saving
        else:
            frames = 0
    except (RuntimeError, OSError) as error:  # soundfile.LibsndfileError is a RuntimeError
        log.warning("Interrupted take %s cannot be read (%s); removing it", final, error)
        frames = 0
    if frames == 0:
        for path in (sidecar, partial, final):
            path.unlink(missing_ok=True)
        return None
    log.info("Repaired an interrupted take: %s (%d frames)", final, frames)
    return Orphan(path=final, info=info, duration_s=frames / 48_000)


def orphans_of(orphans: list[Orphan], parent_id: int) -> list[Orphan]:
    """The interrupted takes that belong to one parent."""
    return [o for o in orphans if o.info.parent_id == parent_id]


def discard(orphan: Orphan) -> None:
    """The owner does not want it: delete the audio and the sidecar."""
    orphan.path.unlink(missing_ok=True)
    remove_sidecar(orphan.path)
