"""Where Letterbox keeps its data: the one module that knows.

The data folder holds the SQLite database, recordings, logs and exports. It is the
platform's application-data folder unless ``--data-dir`` or ``LETTERBOX_DATA_DIR``
says otherwise (tests point it at ``tmp_path``).

The store is the SQLite file in the data folder unless ``--store URL`` or
``LETTERBOX_STORE`` names a shared one (``postgresql://user@host/db``); the data folder
stays local to each computer even then (logs, partial takes).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "LETTERBOX_DATA_DIR"
ENV_STORE = "LETTERBOX_STORE"


def default_data_dir() -> Path:
    """The platform's application-data folder for Letterbox."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName("Letterbox")
    QCoreApplication.setApplicationName("Letterbox")
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".local" / "share" / "Letterbox"


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: the override, else ``$LETTERBOX_DATA_DIR``, else the platform default."""
    chosen = override or os.environ.get(ENV_DATA_DIR) or None
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def resolve_store(override: str | None = None) -> str | None:
    """The store URL: the override, else ``$LETTERBOX_STORE``; None for the SQLite file."""
    chosen = (override or os.environ.get(ENV_STORE) or "").strip()
    return chosen or None


@dataclass(frozen=True)
class DataPaths:
    """Every file and folder inside one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "letterbox.sqlite3"

    @property
    def recordings(self) -> Path:
        return self.root / "recordings"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "letterbox.log"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def facilities(self) -> Path:
        """Staff's own facility profiles (TOML), beside the shipped ones."""
        return self.root / "facilities"

    @property
    def user_prompts(self) -> Path:
        return self.root / "prompts"

    def ensure(self) -> DataPaths:
        """Create the folders if they are missing; return self."""
        for folder in (self.root, self.recordings, self.logs, self.exports):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    def personal_words(self, parent_id: int) -> Path:
        """The words one parent told the spell checker are right (JSON)."""
        return self.root / "words" / f"parent-{int(parent_id)}.json"

    def recording_dir(self, parent_id: int) -> Path:
        """The folder holding one parent's recordings."""
        return self.recordings / f"parent-{int(parent_id)}"
