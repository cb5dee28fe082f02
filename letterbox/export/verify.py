"""`letterbox verify PACKET`: is every file there, unchanged, and nothing added?

PACKET is a packet folder or its ``.zip``. Checks every file the manifest lists
(size and SHA-256) and reports files the manifest does not list.
"""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from letterbox.export.manifest import MANIFEST_NAME, ManifestError, read_manifest, sha256_file


@dataclass
class VerifyReport:
    """What verification found."""

    items: int = 0
    files: int = 0
    missing: list[str] = field(default_factory=list)
    altered: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def ok(self) -> bool:
        return not (self.missing or self.altered or self.unexpected or self.error)

    def lines(self) -> list[str]:
        """Human-readable result, one problem a line."""
        if self.ok:
            return [f"OK: {self.items} items verified ({self.files} files)"]
        out = [f"ERROR: {self.error}"] if self.error else []
        out += [f"MISSING: {p}" for p in self.missing]
        out += [f"ALTERED: {p}" for p in self.altered]
        out += [f"UNEXPECTED: {p}" for p in self.unexpected]
        return out


def verify_folder(root: Path) -> VerifyReport:
    """Check a packet folder against its manifest."""
    report = VerifyReport()
    root = Path(root)
    try:
        manifest = read_manifest(root / MANIFEST_NAME)
    except ManifestError as error:
        report.error = str(error)
        return report
    listed: set[str] = set()
    for entry in manifest["files"]:
        rel = entry["path"]
        parts = PurePosixPath(rel).parts
        if not parts or ".." in parts or PurePosixPath(rel).is_absolute():
            report.altered.append(f"{rel} (unsafe path in manifest)")
            continue
        listed.add(rel)
        path = root.joinpath(*parts)
        if not path.is_file():
            report.missing.append(rel)
        elif path.stat().st_size != entry.get("size") or sha256_file(path) != entry["sha256"]:
            report.altered.append(rel)
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_dir() or rel == MANIFEST_NAME:
            continue
        if rel not in listed:
            report.unexpected.append(rel)
    report.items = len(manifest.get("items", []))
    report.files = len(listed)
    return report


def verify_packet(packet: Path) -> VerifyReport:
    """Check a packet folder or zip."""
    packet = Path(packet)
    if packet.is_dir():
        return verify_folder(packet)
    if not packet.is_file():
        return VerifyReport(error=f"{packet} does not exist")
    try:
        with zipfile.ZipFile(packet) as archive, tempfile.TemporaryDirectory() as tmp:
            names = archive.namelist()
            bad = [n for n in names if n.startswith("/") or ".." in PurePosixPath(n).parts]
            if bad:
                return VerifyReport(error=f"the zip holds unsafe paths: {', '.join(bad)}")
            archive.extractall(tmp)
            tops = {PurePosixPath(n).parts[0] for n in names if n}
            root = Path(tmp) / tops.pop() if len(tops) == 1 and not (
                Path(tmp) / MANIFEST_NAME).exists() else Path(tmp)
            return verify_folder(root)
    except (zipfile.BadZipFile, OSError) as error:
        return VerifyReport(error=f"{packet.name} is not a readable zip: {error}")


def add_arguments(parser) -> None:  # type: ignore[no-untyped-def]
    parser.add_argument("packet", metavar="PACKET", help="packet folder or .zip")


def run(args) -> int:  # type: ignore[no-untyped-def]
    report = verify_packet(Path(args.packet))
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1
