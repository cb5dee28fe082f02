"""The packet manifest: a declared, versioned JSON file listing every file and its hash.

Schema ``letterbox.packet`` version 1::

    {"schema": "letterbox.packet", "version": 1, "app": {"name", "version"},
     "created_at": ISO time, "sender": {"name", "id_number", "housing_unit", "facility"},
     "profile": {"id", "name", "paper"},
     "items": [{"kind", "item_id", "child", "file", "size", "sha256",
                "pages" | "duration_s", "words"}],
     "files": [{"path", "size", "sha256"}]}     # every file but manifest.json itself

Paths use ``/`` and are relative to the packet folder. When the station has a key,
``manifest.sig`` beside it holds the signature over the manifest's exact bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

SCHEMA = "letterbox.packet"
SCHEMA_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"  # Ed25519 over manifest.json's exact bytes (signing.py)


class ManifestError(ValueError):
    """A manifest that cannot be read or has the wrong schema."""


@dataclass
class ManifestItem:
    """One letter, recording or set of extras in the packet."""

    kind: str  # "letter", "recording", "extras"
    item_id: int | None
    child: str
    file: str
    size: int
    sha256: str
    pages: int | None = None
    duration_s: float | None = None
    words: int | None = None


@dataclass
class Manifest:
    """What the packet holds."""

    app: dict[str, str]
    created_at: str
    sender: dict[str, str]
    profile: dict[str, str]
    items: list[ManifestItem] = field(default_factory=list)
    files: list[dict[str, Any]] = field(default_factory=list)
    notice: str | None = None  # a keepsake says it is not for the mail room

    def to_json(self) -> str:
        """The manifest as stable, readable JSON."""
        data = {"schema": SCHEMA, "version": SCHEMA_VERSION, **asdict(self)}
        if data["notice"] is None:
            del data["notice"]
        data["items"] = [{k: v for k, v in item.items() if v is not None}
                         for item in data["items"]]
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    """The file's SHA-256 in hex, read in chunks (recordings can be large)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def file_entry(root: Path, path: Path) -> dict[str, Any]:
    """One ``files`` entry for a file inside the packet."""
    return {"path": path.relative_to(root).as_posix(), "size": path.stat().st_size,
            "sha256": sha256_file(path)}


def write_manifest(root: Path, manifest: Manifest) -> Path:
    """Write ``manifest.json`` atomically."""
    target = root / MANIFEST_NAME
    tmp = root / f".{MANIFEST_NAME}.tmp"
    tmp.write_text(manifest.to_json(), encoding="utf-8")
    os.replace(tmp, target)
    return target


def read_manifest(path: Path) -> dict[str, Any]:
    """Read and check a manifest's schema; ManifestError says what is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ManifestError("manifest.json is missing") from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ManifestError(f"manifest.json cannot be read: {error}") from error
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ManifestError("manifest.json is not a Letterbox packet manifest")
    if data.get("version") != SCHEMA_VERSION:
        raise ManifestError(f"manifest.json version {data.get('version')!r} is not supported")
    files = data.get("files")
    if not isinstance(files, list) or not all(
            isinstance(f, dict) and isinstance(f.get("path"), str)
            and isinstance(f.get("sha256"), str) for f in files):
        raise ManifestError("manifest.json has no valid file list")
    return data
