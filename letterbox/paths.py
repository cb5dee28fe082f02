"""Where Letterbox keeps its data: the one module that knows.

The data folder holds the SQLite database, recordings, logs and exports. It is the
platform's application-data folder unless ``--data-dir`` or ``LETTERBOX_DATA_DIR``
says otherwise (tests point it at ``tmp_path``).

The store is the SQLite file in the data folder unless ``--store URL``,
``LETTERBOX_STORE`` or the folder's ``store.toml`` (written by ``letterbox setup-store``)
names a shared one (``postgresql://user@host/db``); the data folder stays local to each
computer even then (logs, partial takes).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "LETTERBOX_DATA_DIR"
ENV_STORE = "LETTERBOX_STORE"
STORE_SETTING = "store.toml"
STORE_SETTING_VERSION = 1


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


def resolve_store(override: str | None = None, data_dir: Path | None = None) -> str | None:
    """The store URL: the override, else ``$LETTERBOX_STORE``, else the one remembered in
    ``data_dir``; None for the SQLite file.

    Raises:
        ValueError: the remembered setting cannot be read.
    """
    chosen = (override or os.environ.get(ENV_STORE) or "").strip()
    if not chosen and data_dir is not None:
        chosen = read_store_setting(data_dir) or ""
    return chosen or None


def read_store_setting(data_dir: Path) -> str | None:
    """The store URL ``letterbox setup-store`` remembered for this data folder, if any.

    Raises:
        ValueError: the file is damaged or from a newer Letterbox.
    """
    import tomllib

    path = Path(data_dir) / STORE_SETTING
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):  # none (or no folder) yet
        return None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"{path} cannot be read ({error})") from None
    if data.get("version") != STORE_SETTING_VERSION or not isinstance(data.get("url"), str):
        raise ValueError(f"{path} is not a store setting this Letterbox knows "
                         f"(version {data.get('version')!r})")
    return str(data["url"]).strip() or None


def write_store_setting(data_dir: Path, url: str | None) -> Path:
    """Remember ``url`` for this data folder (None forgets it), atomically and readable by
    this user only (the URL may hold a password). Returns the file's path."""
    path = Path(data_dir) / STORE_SETTING
    if url is None:
        path.unlink(missing_ok=True)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    text = (f"# The store this data folder uses (letterbox setup-store).\n"
            f"version = {STORE_SETTING_VERSION}\nurl = {json.dumps(url)}\n")
    import tempfile  # (only when the store setting is written: not needed to start)

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".store-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:  # mkstemp makes it 0600
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


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
