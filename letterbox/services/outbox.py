"""Takes waiting on this computer for the shared store to come back.

When the store's server cannot be reached as a take is saved on Stop, the take's WAV file
stays where it was recorded (in the data folder) and a small JSON entry in the data
folder's ``outbox`` says whose take it is and where it belongs. ``send()`` (on a timer
off the GUI thread, and at start-up) stores each waiting take as its owner would have;
an entry leaves the outbox only once its part is in the store. Entries are written
atomically before the take's crash sidecar is removed, so a take killed at any moment is
either offered back as an interrupted take or still waiting here, never lost and never
both (the repair at start-up counts waiting files as known).
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from letterbox.audio.repair import Orphan, TakeInfo, remove_sidecar
from letterbox.core import Core
from letterbox.errors import LetterboxError, NotAllowed
from letterbox.services.actor import Actor
from letterbox.services.recordings import RecordingService
from letterbox.store.db import StoreUnavailable

log = logging.getLogger(__name__)

FOLDER = "outbox"
HELD = "held"  # entries the store refused (the parent's profile closed…): kept for staff


@dataclass(frozen=True)
class WaitingTake:
    """One take in the outbox."""

    entry: Path      # its JSON entry
    file: str        # the WAV, relative to the data folder
    parent_id: int
    recording_id: int
    role: str
    position: int
    text: str
    duration_s: float
    peak_dbfs: float | None


class TakeOutbox:
    """The data folder's outbox of takes for the shared store (thread-safe)."""

    def __init__(self, core: Core, recordings: RecordingService) -> None:
        self._core = core
        self._recordings = recordings
        self._folder = core.paths.root / FOLDER
        self._lock = threading.Lock()

    @property
    def folder(self) -> Path:
        return self._folder

    def put(self, info: TakeInfo, path: Path, *, duration_s: float,
            peak_dbfs: float | None) -> WaitingTake:
        """Keep a finished take until the store is back."""
        root = self._core.paths.root
        rel = Path(path).resolve().relative_to(root.resolve()).as_posix()
        fields: dict[str, object] = {
            "file": rel, "parent_id": info.parent_id, "recording_id": info.recording_id,
            "role": info.role, "position": info.position, "text": info.text,
            "duration_s": float(duration_s), "peak_dbfs": peak_dbfs}
        self._folder.mkdir(parents=True, exist_ok=True)
        entry = self._folder / f"{time.strftime('%Y%m%d-%H%M%S')}-{Path(rel).stem}.json"
        tmp = entry.with_name(entry.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(fields, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, entry)
        remove_sidecar(Path(path))  # now the outbox answers for it, not the crash repair
        log.warning("The store cannot be reached: take %s waits in the outbox", rel)
        return WaitingTake(entry=entry, **fields)  # type: ignore[arg-type]

    def waiting(self) -> list[WaitingTake]:
        """The takes waiting, oldest first (unreadable entries are skipped and logged)."""
        return read_waiting(self._folder)

    def send(self) -> int:
        """Store every waiting take the store accepts; how many went up. Stops quietly at
        the first sign the server is still away (the next try will carry on)."""
        sent = 0
        with self._lock:  # the timer and start-up never send the same take twice
            for take in self.waiting():
                try:
                    if self._send_one(take):
                        sent += 1
                except StoreUnavailable as error:
                    log.info("The store is still away (%s); %s waits", error, take.file)
                    break
                except LetterboxError as error:
                    log.error("The store refused waiting take %s (%s); kept in %s/%s",
                              take.file, error.english(), FOLDER, HELD)
                    held = self._folder / HELD
                    held.mkdir(exist_ok=True)
                    os.replace(take.entry, held / take.entry.name)
        return sent

    def _send_one(self, take: WaitingTake) -> bool:
        from letterbox.audio.takes import keep_orphan  # numpy: only when sending

        root = self._core.paths.root
        path = root / take.file
        if self._core.db.query_one("SELECT id FROM recording_part WHERE file = ?",
                                   (take.file,)) is not None:
            take.entry.unlink(missing_ok=True)  # stored, then killed before tidying up
            return False
        if not path.is_file():
            log.error("Waiting take %s is no longer on disk; its entry goes", take.file)
            take.entry.unlink(missing_ok=True)
            return False
        if self._core.profiles.parent(take.parent_id).archived:  # NotFound if gone
            raise NotAllowed("profile_closed")  # a closed profile gets nothing new
        info = TakeInfo(take.parent_id, take.recording_id, take.role, take.position,
                        take.text)
        keep_orphan(self._recordings, Actor.parent(take.parent_id),
                    Orphan(path=path, info=info, duration_s=take.duration_s))
        take.entry.unlink(missing_ok=True)
        log.info("Waiting take %s is now in the store", take.file)
        return True



def read_waiting(folder: Path) -> list[WaitingTake]:
    """The takes waiting in an outbox folder, oldest first (unreadable entries are
    skipped and logged)."""
    takes: list[WaitingTake] = []
    if not folder.is_dir():
        return takes
    for entry in sorted(folder.glob("*.json")):
        try:
            data = json.loads(entry.read_text(encoding="utf-8"))
            takes.append(WaitingTake(
                entry=entry, file=str(data["file"]), parent_id=int(data["parent_id"]),
                recording_id=int(data["recording_id"]), role=str(data["role"]),
                position=int(data["position"]), text=str(data.get("text", "")),
                duration_s=float(data["duration_s"]),
                peak_dbfs=None if data.get("peak_dbfs") is None else float(data["peak_dbfs"])))
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.error("Unreadable outbox entry %s: %s", entry, error)
    return takes


def waiting_files(root: Path) -> set[Path]:
    """The files of the takes waiting in a data folder's outbox (resolved): the crash
    repair at start-up leaves them, and their sidecars, to the outbox."""
    return {(Path(root) / take.file).resolve() for take in read_waiting(Path(root) / FOLDER)}
