"""Strict reading of a packet manifest for ``verify``: every field of the right type, and
every item naming a listed file of its kind.

``read_manifest`` in ``manifest.py`` is tolerant enough for the app; verify must not be:
a manifest is evidence, so each problem becomes one ``BROKEN MANIFEST`` line, never a
traceback.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

from letterbox.export.manifest import MANIFEST_NAME, SCHEMA, SIGNATURE_NAME

ACCEPTED_VERSIONS = (1,)
REVIEW_SHEET = "review-sheet.pdf"
ITEM_KINDS = ("letter", "recording", "extras")
# Extensions of audio/processing.py FORMATS (a test keeps them in step without making
# verify import the audio engine).
RECORDING_EXTENSIONS = frozenset({"wav", "flac", "ogg", "mp3"})
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass
class CheckedManifest:
    """What a manifest lists, once it passed the checks that make the listing usable."""

    files: dict[str, tuple[int, str]] = field(default_factory=dict)  # path → (size, sha256)
    items: int = 0
    problems: list[str] = field(default_factory=list)


def safe_relative(path: str) -> bool:
    """A plain relative ``/`` path: no root, drive, ``..``, ``.``, empty part or backslash."""
    if not path or "\\" in path or path.startswith("/") or re.match(r"[A-Za-z]:", path):
        return False
    parts = path.split("/")
    return all(part not in ("", ".", "..") for part in parts)


def check_manifest(raw: bytes) -> CheckedManifest:
    """Parse ``raw`` and check it; ``problems`` says what is wrong, one line each."""
    result = CheckedManifest()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        result.problems.append(f"manifest.json is not valid JSON: {error}")
        return result
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        result.problems.append("manifest.json is not a Letterbox packet manifest")
        return result
    version = data.get("version")
    if type(version) is not int or version not in ACCEPTED_VERSIONS:
        result.problems.append(f"manifest.json version {version!r} is not supported")
        return result
    _check_header(data, result.problems)
    files, items = data.get("files"), data.get("items")
    if not isinstance(files, list):
        result.problems.append("'files' is not a list")
        return result
    if not isinstance(items, list):
        result.problems.append("'items' is not a list")
        return result
    for number, entry in enumerate(files, 1):
        _check_file(number, entry, result)
    named: set[str] = set()
    seen_ids: set[tuple[str, int]] = set()
    for number, item in enumerate(items, 1):
        _check_item(number, item, result, named, seen_ids)
    result.items = len(items)
    if not items:
        result.problems.append("the manifest lists no items")
    if REVIEW_SHEET not in result.files:
        result.problems.append(f"{REVIEW_SHEET} is not listed")
    for path in sorted(set(result.files) - named - {REVIEW_SHEET}):
        result.problems.append(f"{path} is listed but no item names it")
    return result


def _is_int(value: object) -> bool:
    return type(value) is int


def _check_header(data: dict[str, Any], problems: list[str]) -> None:
    if not isinstance(data.get("created_at"), str):
        problems.append("'created_at' is not text")
    for name, keys in (("app", ("name", "version")),
                       ("sender", ("name", "id_number", "housing_unit", "facility")),
                       ("profile", ("id", "name", "paper"))):
        block = data.get(name)
        if not isinstance(block, dict):
            problems.append(f"'{name}' is not an object")
        elif not all(isinstance(block.get(key), str) for key in keys):
            problems.append(f"'{name}' lacks text for {', '.join(keys)}")


def _check_file(number: int, entry: object, result: CheckedManifest) -> None:
    where = f"files[{number}]"
    if not isinstance(entry, dict):
        result.problems.append(f"{where} is not an object")
        return
    path, size, digest = entry.get("path"), entry.get("size"), entry.get("sha256")
    if not isinstance(path, str) or not safe_relative(path):
        result.problems.append(f"{where} has an unsafe or missing path: {path!r}")
    elif path in (MANIFEST_NAME, SIGNATURE_NAME):
        result.problems.append(f"{where} lists {path}, which cannot list itself")
    elif not isinstance(size, int) or isinstance(size, bool) or size < 0:
        result.problems.append(f"{where} ({path}) has no valid size")
    elif not isinstance(digest, str) or not _SHA256.fullmatch(digest):
        result.problems.append(f"{where} ({path}) has no valid sha256")
    elif path in result.files:
        result.problems.append(f"{path} is listed twice")
    else:
        result.files[path] = (size, digest)


def _check_item(number: int, item: object, result: CheckedManifest, named: set[str],
                seen_ids: set[tuple[str, int]]) -> None:
    where = f"items[{number}]"
    if not isinstance(item, dict):
        result.problems.append(f"{where} is not an object")
        return
    kind, item_id, file = item.get("kind"), item.get("item_id"), item.get("file")
    if not isinstance(kind, str) or kind not in ITEM_KINDS:
        result.problems.append(f"{where} has an unknown kind: {kind!r}")
        return
    if kind == "extras" and item_id is not None:
        result.problems.append(f"{where} (extras) has an item_id")
    if kind != "extras":
        if not isinstance(item_id, int) or isinstance(item_id, bool):
            result.problems.append(f"{where} ({kind}) has no valid item_id")
        elif (kind, item_id) in seen_ids:
            result.problems.append(f"{where}: {kind} {item_id} is listed twice")
        else:
            seen_ids.add((kind, item_id))
    if not isinstance(item.get("child"), str):
        result.problems.append(f"{where} has no child name")
    for key in ("pages", "words"):
        if key in item and item[key] is not None and not _is_int(item[key]):
            result.problems.append(f"{where} has a '{key}' that is not a whole number")
    duration = item.get("duration_s")
    if duration is not None and (type(duration) not in (int, float) or duration < 0):
        result.problems.append(f"{where} has a 'duration_s' that is not a duration")
    if not isinstance(file, str) or not _right_place(kind, file):
        result.problems.append(f"{where} ({kind}) names {file!r}, not a file of its kind")
        return
    if file in named:
        result.problems.append(f"{where}: {file} is named by two items")
    named.add(file)
    listed = result.files.get(file)
    if listed is None:
        result.problems.append(f"{where} names {file}, which 'files' does not list")
    elif (item.get("size"), item.get("sha256")) != listed:
        result.problems.append(f"{where}: size or sha256 of {file} differs from 'files'")


def _right_place(kind: str, file: str) -> bool:
    """Letters and extras are ``letters/*.pdf``; recordings are ``audio/*.<audio ext>``."""
    if not safe_relative(file):
        return False
    path = PurePosixPath(file)
    if len(path.parts) != 2 or path.stem == "":
        return False
    if kind == "recording":
        return path.parts[0] == "audio" and path.suffix[1:].lower() in RECORDING_EXTENSIONS
    return path.parts[0] == "letters" and path.suffix.lower() == ".pdf"
