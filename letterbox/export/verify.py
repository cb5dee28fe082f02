"""`letterbox verify PACKET [--key station.pub]`: prove a packet came unchanged from a station.

PACKET is a packet folder or its ``.zip``. With ``--key`` the manifest's signature
(``manifest.sig``) must be the station's over the manifest's exact bytes, so its names and
sender are proven too; then every listed file must be there, a regular file, of the listed
size and SHA-256, and nothing else may be. Without ``--key`` the files are still checked,
but the packet is not proven. Every problem is one line; exit 0 only for ``OK``.
"""

from __future__ import annotations

import argparse
import hashlib
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from letterbox.export.manifest import MANIFEST_NAME, SIGNATURE_NAME
from letterbox.export.manifest_check import check_manifest
from letterbox.export.packet_sources import FolderSource, PacketSource, ZipSource

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

MANIFEST_LIMIT = 16 * 1024 * 1024
KNOWN_FOLDERS = ("letters", "audio")  # made by every export, even when one stays empty
# What a damaged zip or file can raise while it is read: each becomes one line.
READ_ERRORS = (OSError, zipfile.BadZipFile, zlib.error, EOFError, ValueError,
               NotImplementedError, RuntimeError)


@dataclass
class VerifyReport:
    """What verification found: problems as (kind, text), e.g. ("ALTERED", "audio/a.wav")."""

    items: int = 0
    files: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)
    signed_by: str = ""  # the key file that proved the signature

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, text: str) -> None:
        self.problems.append((kind, text))

    def of(self, kind: str) -> list[str]:
        """The texts of every problem of one kind."""
        return [text for k, text in self.problems if k == kind]

    @property
    def missing(self) -> list[str]:
        return self.of("MISSING")

    @property
    def altered(self) -> list[str]:
        return self.of("ALTERED")

    @property
    def unexpected(self) -> list[str]:
        return self.of("UNEXPECTED")

    def lines(self) -> list[str]:
        """Human-readable result, one problem a line."""
        if self.ok:
            return [f"OK: {self.items} items verified ({self.files} files), signed by the "
                    f"key in {self.signed_by}"]
        return [f"{kind}: {text}" for kind, text in self.problems]


def verify_packet(packet: Path, key: Path | None = None) -> VerifyReport:
    """Check a packet folder or zip; with ``key`` (a station.pub), prove its signature."""
    packet = Path(packet)
    report = VerifyReport()
    public = None
    if key is not None:
        from letterbox.export.signing import StationKeyError, load_public_key

        try:
            public = load_public_key(key)
        except StationKeyError as error:
            report.add("BAD KEY", str(error))
            return report
    source: PacketSource
    try:
        if packet.is_dir():
            source = FolderSource(packet)
        elif packet.is_file():
            source = ZipSource(packet)
        else:
            report.add("BROKEN PACKET", f"{packet} does not exist")
            return report
    except READ_ERRORS as error:
        report.add("BROKEN PACKET", f"{packet.name} is not a readable packet folder or zip: "
                                    f"{error}")
        return report
    try:
        _verify(source, report, public, key)
    except READ_ERRORS as error:  # e.g. the folder vanished while being read
        report.add("BROKEN PACKET", f"{packet.name} could not be read to the end: {error}")
    finally:
        source.close()
    return report


def _verify(source: PacketSource, report: VerifyReport, public: Ed25519PublicKey | None,
            key: Path | None) -> None:
    for rel, why in sorted(source.unsafe.items()):
        report.add("UNSAFE", f"{rel} ({why})")
    for name in source.outside:
        report.add("UNEXPECTED", f"{name} (outside the packet folder in the zip)")
    raw = _small(source, MANIFEST_NAME, MANIFEST_LIMIT, report)
    if raw is not None:
        _signature(source, raw, report, public, key)
        _files(source, raw, report)
    if public is None:
        _not_proven(source, report)


def _files(source: PacketSource, raw: bytes, report: VerifyReport) -> None:
    checked = check_manifest(raw)
    for problem in checked.problems:
        report.add("BROKEN MANIFEST", problem)
    if not checked.files:
        return
    report.items, report.files = checked.items, len(checked.files)
    for rel, (size, digest) in checked.files.items():
        if rel in source.unsafe:
            continue
        if rel not in source.files:
            report.add("MISSING", rel)
        elif source.files[rel] != size:  # the declared size, before a byte is read
            report.add("ALTERED", f"{rel} ({source.files[rel]} bytes, the manifest says "
                                  f"{size})")
        else:
            problem = _hash_problem(source, rel, size, digest)
            if problem:
                report.add("ALTERED", problem)
    for rel in sorted(set(source.files) - set(checked.files) - {MANIFEST_NAME, SIGNATURE_NAME}):
        report.add("UNEXPECTED", rel)
    for folder in sorted(source.empty_folders - set(KNOWN_FOLDERS)):
        report.add("UNEXPECTED", f"{folder}/ (an empty folder)")


def _small(source: PacketSource, rel: str, limit: int, report: VerifyReport) -> bytes | None:
    if rel in source.unsafe:
        return None
    if rel not in source.files:
        if rel == MANIFEST_NAME:
            report.add("BROKEN MANIFEST", "manifest.json is missing")
        return None
    if source.files[rel] > limit:
        report.add("BROKEN MANIFEST", f"{rel} is larger than {limit} bytes")
        return None
    try:
        data = source.read_small(rel, limit)
    except READ_ERRORS as error:
        report.add("BROKEN MANIFEST", f"{rel} cannot be read: {error}")
        return None
    if data is None:
        report.add("BROKEN MANIFEST", f"{rel} is larger than {limit} bytes")
    return data


def _signature(source: PacketSource, manifest: bytes, report: VerifyReport,
               public: Ed25519PublicKey | None, key: Path | None) -> None:
    """With a key: UNSIGNED or BAD SIGNATURE unless the station signed these bytes."""
    from letterbox.export.signing import signature_matches

    if public is None or key is None:
        return
    if SIGNATURE_NAME not in source.files and SIGNATURE_NAME not in source.unsafe:
        report.add("UNSIGNED", "the packet has no manifest.sig, so it is not proven")
        return
    signature = _small(source, SIGNATURE_NAME, 1024, report)
    if signature is None:
        return
    if not signature_matches(public, manifest, signature):
        report.add("BAD SIGNATURE", f"manifest.json was not signed by the key in {key.name}, "
                                    "or was changed after signing")
        return
    report.signed_by = key.name


def _not_proven(source: PacketSource, report: VerifyReport) -> None:
    """Without a key: say the packet is not proven, and what was checked all the same."""
    signed = SIGNATURE_NAME in source.files
    checked = (f"its {report.files} files match the manifest's sizes and SHA-256"
               if report.ok else "the problems above were found")
    report.add("NOT PROVEN" if signed else "UNSIGNED",
               f"{'no --key given' if signed else 'the packet has no manifest.sig'}, so the "
               f"manifest itself (names, sender, items) is not proven; {checked}")


def _hash_problem(source: PacketSource, rel: str, size: int, digest: str) -> str:
    """"" when the file's bytes have the listed size and SHA-256, else why not."""
    sha, count = hashlib.sha256(), 0
    try:
        with source.open(rel) as handle:
            while count <= size and (block := handle.read(1 << 20)):
                sha.update(block)
                count += len(block)
    except READ_ERRORS as error:
        return f"{rel} (cannot be read: {error})"
    if count != size:
        return f"{rel} ({count} bytes read, the manifest says {size})"
    return "" if sha.hexdigest() == digest else rel


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("packet", metavar="PACKET", help="packet folder or .zip")
    parser.add_argument("--key", metavar="STATION_PUB", type=Path, default=None,
                        help="the station's public key (station.pub, printed by `letterbox "
                             "keys init`); without it the packet is not proven")


def run(args: argparse.Namespace) -> int:
    from letterbox.command import terminal_text

    report = verify_packet(Path(args.packet), args.key)
    for line in report.lines():
        print(terminal_text(line))
    return 0 if report.ok else 1
