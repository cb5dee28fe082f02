"""A packet's files on disk (hidden build folder, atomic zip) and, after a kill, finishing
or clearing what an export left: exactly-once packets.

An export stores its packet as 'building' (with the planned folder and zip names) before
writing files, builds in a hidden ``.{stem}.partial`` folder, writes ``.{stem}.zip.part``,
renames the zip and then the folder, and only then marks the packet complete. So a
'building' packet whose final folder and zip both exist was killed just before that
last transaction: it is finished. Any other is abandoned and its files deleted; the items
keep their status. Hidden leftovers in the export folder go too.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import zipfile
from pathlib import Path
from typing import Any

from letterbox.store.audit import ActorLike

KILL_ENV = "LETTERBOX_TEST_KILL_AT"


def kill_point(step: str) -> None:
    """Tests' crash hook: die at once (as kill -9 would) when ``LETTERBOX_TEST_KILL_AT`` names
    this step. Does nothing unless that variable is set."""
    if os.environ.get(KILL_ENV) == step:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def partial_folder(final: Path) -> Path:
    """The hidden folder a packet is built in."""
    return final.with_name(f".{final.name}.partial")


def zip_part(zip_path: Path) -> Path:
    """The temporary name the zip is written under."""
    return zip_path.with_name(f".{zip_path.name}.part")


def remove_packet_files(final: Path, zip_path: Path) -> None:
    """Delete every file a packet that is not kept may have left."""
    for folder in (partial_folder(final), final):
        shutil.rmtree(folder, ignore_errors=True)
    for path in (zip_part(zip_path), zip_path):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def is_leftover(path: Path) -> bool:
    """A hidden half-made packet folder or zip, by its name."""
    name = path.name
    return name.startswith(".") and (name.endswith(".partial") or name.endswith(".zip.part"))


def recover(core: Any, out_dir: Path | None = None, *,
            actor: ActorLike | None = None) -> tuple[int, int]:
    """Finish or abandon every 'building' packet; clear leftovers in ``out_dir``.

    Call only while holding the export lock. Returns (finished, abandoned).
    """
    finished = abandoned = 0
    for packet in core.packets.building():
        final, zip_path = Path(packet.folder), Path(packet.zip)
        if final.is_dir() and (final / "manifest.json").is_file() and zip_path.is_file():
            core.packets.complete(packet.id, actor=actor)
            finished += 1
        else:
            remove_packet_files(final, zip_path)
            core.packets.abandon(packet.id, "the export stopped before the packet was complete")
            abandoned += 1
    if out_dir is not None and Path(out_dir).is_dir():
        for path in Path(out_dir).iterdir():
            if is_leftover(path):
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    with contextlib.suppress(OSError):
                        path.unlink()
    return finished, abandoned


def unique_stem(out_dir: Path, stem: str) -> str:
    """``stem``, or ``stem-2``… when a folder or zip of that name is already there."""
    candidate, number = stem, 2
    while (out_dir / candidate).exists() or (out_dir / f"{candidate}.zip").exists():
        candidate = f"{stem}-{number}"
        number += 1
    return candidate


def zip_folder(folder: Path, target: Path, top: str) -> Path:
    """Zip the packet (``top`` as the folder inside the zip), written atomically."""
    tmp = zip_part(target)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    # Audio is already compressed (or large PCM): store it, save time.
                    kind = zipfile.ZIP_STORED if path.parent.name == "audio" else None
                    archive.write(path, f"{top}/{path.relative_to(folder).as_posix()}",
                                  compress_type=kind)
        kill_point("after_zip")
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def disk_problem(error: OSError) -> str:
    """Why a packet could not be written, in words for staff."""
    if error.errno == errno.ENOSPC:
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "it may not be written to"
    return error.strerror or str(error)
