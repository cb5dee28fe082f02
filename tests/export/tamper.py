"""Helpers that tamper with real packets the way an attacker or an accident would."""

from __future__ import annotations

import json
import os
import stat
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def edit_manifest(folder: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Rewrite manifest.json after ``change`` edited its parsed data (signature kept)."""
    path = folder / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def zip_like_export(folder: Path, target: Path) -> Path:
    """Zip ``folder`` as the exporter does (one top folder), keeping links and empty folders."""
    top = folder.name
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            name = f"{top}/{path.relative_to(folder).as_posix()}"
            if path.is_symlink():
                info = zipfile.ZipInfo(name)
                info.create_system = 3
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_dir():
                if not any(path.iterdir()):
                    archive.writestr(zipfile.ZipInfo(name + "/"), b"")
            elif path.is_file():
                archive.write(path, name)
    return target


def rewrite_zip(source: Path, target: Path,
                entry: Callable[[zipfile.ZipInfo, bytes], list[tuple[zipfile.ZipInfo, bytes]]]
                ) -> Path:
    """Copy a zip entry by entry; ``entry`` returns what to write in place of each one."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            for new_info, data in entry(info, old.read(info)):
                new.writestr(new_info, data)
    return target


def patch_central(zip_path: Path, name_end: str, offset: int, fmt: str,
                  change: Callable[[int], int]) -> None:
    """Change one field of an entry's central-directory record (and the local header's
    flag bits too when ``offset`` is the flags field), in place."""
    data = bytearray(zip_path.read_bytes())
    with zipfile.ZipFile(zip_path) as archive:
        info = next(i for i in archive.infolist() if i.filename.endswith(name_end))
    name = info.filename.encode()
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) >= 0:
        name_len = struct.unpack_from("<H", data, start + 28)[0]
        if bytes(data[start + 46:start + 46 + name_len]) == name:
            (value,) = struct.unpack_from(fmt, data, start + offset)
            struct.pack_into(fmt, data, start + offset, change(value))
            if offset == 8:  # general-purpose flags: the local header has them at 6
                local = info.header_offset + 6
                (flags,) = struct.unpack_from("<H", data, local)
                struct.pack_into("<H", data, local, change(flags))
            break
        start += 4
    zip_path.write_bytes(bytes(data))
