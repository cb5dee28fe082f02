"""What ``verify`` reads: a packet folder or its zip, seen as a list of regular files.

Both sources say, before anything is read, which regular files they hold and their sizes,
which folders are empty, and what is unsafe (links, devices, duplicate or escaping zip
names, encrypted or oddly compressed entries). Files are then read as streams: nothing is
extracted, and a 2 GiB recording never sits in memory.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path, PurePosixPath
from typing import IO

from letterbox.export.manifest import MANIFEST_NAME
from letterbox.export.manifest_check import safe_relative

ZIP_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class PacketSource:
    """The regular files of a packet, by path relative to its root (``/``-separated)."""

    def __init__(self) -> None:
        self.files: dict[str, int] = {}  # path → size
        self.empty_folders: set[str] = set()
        self.unsafe: dict[str, str] = {}  # path → why (reported as UNSAFE)
        self.outside: list[str] = []  # zip names outside the packet folder

    def open(self, rel: str) -> IO[bytes]:
        raise NotImplementedError

    def read_small(self, rel: str, limit: int) -> bytes | None:
        """The whole of a small file, or None when it is larger than ``limit``."""
        with self.open(rel) as handle:
            data = handle.read(limit + 1)
        return None if len(data) > limit else data

    def close(self) -> None:
        """Release what the source holds open."""


class FolderSource(PacketSource):
    """A packet folder, walked without following any link."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = Path(root)
        self._walk(self.root, "")

    def _walk(self, folder: Path, prefix: str) -> None:
        with os.scandir(folder) as entries:
            listing = sorted(entries, key=lambda e: e.name)
        for entry in listing:
            rel = prefix + entry.name
            mode = entry.stat(follow_symlinks=False).st_mode
            if stat.S_ISLNK(mode):
                self.unsafe[rel] = "a symbolic link"
            elif stat.S_ISDIR(mode):
                before = len(self.files) + len(self.unsafe) + len(self.empty_folders)
                self._walk(Path(entry.path), rel + "/")
                if len(self.files) + len(self.unsafe) + len(self.empty_folders) == before:
                    self.empty_folders.add(rel)
            elif stat.S_ISREG(mode):
                self.files[rel] = entry.stat(follow_symlinks=False).st_size
            else:
                self.unsafe[rel] = "a device, pipe or socket, not a regular file"

    def open(self, rel: str) -> IO[bytes]:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(self.root.joinpath(*rel.split("/")), flags)
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped since the walk
            os.close(fd)
            raise OSError(f"{rel} is no longer a regular file")
        return os.fdopen(fd, "rb")


class ZipSource(PacketSource):
    """A packet zip: one folder at the top (or the packet files at the root)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.archive = zipfile.ZipFile(path)
        try:
            self._list(self.archive.infolist())
        except BaseException:
            self.archive.close()
            raise

    def _list(self, infos: list[zipfile.ZipInfo]) -> None:
        counts: dict[str, int] = {}
        for info in infos:
            counts[info.filename] = counts.get(info.filename, 0) + 1
        prefix = _packet_prefix(list(counts))
        self._infos: dict[str, zipfile.ZipInfo] = {}
        folders: set[str] = set()
        for info in infos:
            name = info.filename
            if not safe_relative(name.rstrip("/")):
                self.unsafe[name] = "an absolute or escaping path"
            elif not name.startswith(prefix):
                self.outside.append(name)
            elif name == prefix:
                continue
            elif counts[name] > 1:
                self.unsafe[name[len(prefix):].rstrip("/")] = (
                    f"the zip holds {counts[name]} entries with this name")
            else:
                self._entry(info, name[len(prefix):], folders)
        parents = {str(PurePosixPath(p).parent) for p in [*self.files, *self.unsafe]}
        for folder in folders:  # a folder entry with nothing in it
            if not any(p == folder or p.startswith(folder + "/") for p in parents):
                self.empty_folders.add(folder)

    def _entry(self, info: zipfile.ZipInfo, rel: str, folders: set[str]) -> None:
        kind = stat.S_IFMT(info.external_attr >> 16) if info.create_system == 3 else 0
        if info.is_dir():
            if kind == stat.S_IFLNK:
                self.unsafe[rel.rstrip("/")] = "a symbolic link entry"
            else:
                folders.add(rel.rstrip("/"))
        elif kind == stat.S_IFLNK:
            self.unsafe[rel] = "a symbolic link entry"
        elif kind not in (0, stat.S_IFREG):
            self.unsafe[rel] = "a device or special file entry"
        elif info.flag_bits & 0x1:
            self.unsafe[rel] = "an encrypted entry"
        elif info.compress_type not in ZIP_METHODS:
            self.unsafe[rel] = f"compressed with method {info.compress_type} (only stored " \
                               "or deflated are accepted)"
        else:
            self.files[rel] = info.file_size
            self._infos[rel] = info

    def open(self, rel: str) -> IO[bytes]:
        return self.archive.open(self._infos[rel])

    def close(self) -> None:
        self.archive.close()


def _packet_prefix(names: list[str]) -> str:
    """``"stem/"`` when the packet sits in one top folder of the zip, else ``""``."""
    if MANIFEST_NAME in names:
        return ""
    tops = {name.split("/", 1)[0] for name in names
            if "/" in name and safe_relative(name.rstrip("/"))}
    if len(tops) == 1:
        top = tops.pop()
        if f"{top}/{MANIFEST_NAME}" in names:
            return f"{top}/"
    return ""
