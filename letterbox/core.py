"""The core services of one data folder and its store, built in one place.

``open_core`` is called by the composition root (``app.main``) and by command-line
subcommands; nothing else constructs these objects. No Qt widgets here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from letterbox.paths import DataPaths
from letterbox.settings import Settings
from letterbox.store.db import Database, open_database
from letterbox.store.guard import SignInGuard
from letterbox.store.letters import LetterStore
from letterbox.store.packets import ExportLock, PacketLog
from letterbox.store.profiles import ProfileStore
from letterbox.store.recordings import RecordingStore
from letterbox.store.staff import StaffStore


@dataclass
class Core:
    """Everything the UI and the commands need, for one data folder."""

    paths: DataPaths
    db: Database
    settings: Settings
    profiles: ProfileStore
    letters: LetterStore
    recordings: RecordingStore
    staff: StaffStore
    guard: SignInGuard
    packets: PacketLog
    export_lock: ExportLock

    def close(self) -> None:
        """Close the database connections."""
        self.db.close()


def open_core(data_dir: Path, store: str | None = None) -> Core:
    """Open (creating if needed) the data folder and its store: the SQLite file in the
    folder, or the shared store ``store`` names (see ``store.db.open_database``)."""
    paths = DataPaths(Path(data_dir)).ensure()
    db = open_database(paths.database, store)
    return Core(paths=paths, db=db, settings=Settings(db), profiles=ProfileStore(db),
                letters=LetterStore(db), recordings=RecordingStore(db, paths.root),
                staff=StaffStore(db), guard=SignInGuard(db), packets=PacketLog(db),
                export_lock=ExportLock(db))
