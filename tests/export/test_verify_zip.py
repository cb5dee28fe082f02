"""`verify` refuses zips that could mislead an unzip tool or the reader of the packet."""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import pytest

from letterbox.export.verify import verify_packet
from tests.export.conftest import SignedPacket
from tests.export.tamper import patch_central, rewrite_zip


def _letter_entry(packet: SignedPacket) -> str:
    with zipfile.ZipFile(packet.zip) as archive:
        return next(n for n in archive.namelist() if "/letters/letter-" in n)


def test_duplicate_name_with_tampered_copy_first(signed_packet: SignedPacket,
                                                 tmp_path: Path) -> None:
    """Two entries with one name (the altered one first, as unzip tools take) are UNSAFE."""
    name = _letter_entry(signed_packet)

    def entry(info: zipfile.ZipInfo, data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
        if info.filename == name:
            return [(zipfile.ZipInfo(name), b"%PDF- a different letter"), (info, data)]
        return [(info, data)]

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of the duplicate
        target = rewrite_zip(signed_packet.zip, tmp_path / "dup.zip", entry)
    report = verify_packet(target, signed_packet.key)
    rel = name.split("/", 1)[1]
    assert report.problems == [("UNSAFE", f"{rel} (the zip holds 2 entries with this name)")]


@pytest.mark.parametrize("bad_name", ["../evil.pdf", "/etc/evil.pdf", "x/../../evil.pdf"])
def test_escaping_entry_names(signed_packet: SignedPacket, tmp_path: Path,
                              bad_name: str) -> None:
    """An entry with an absolute or ``..`` path is UNSAFE (and never read)."""
    def entry(info: zipfile.ZipInfo, data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
        if info.filename.endswith("review-sheet.pdf"):
            return [(info, data), (zipfile.ZipInfo(bad_name), b"payload")]
        return [(info, data)]

    report = verify_packet(rewrite_zip(signed_packet.zip, tmp_path / "evil.zip", entry),
                           signed_packet.key)
    assert report.problems == [("UNSAFE", f"{bad_name} (an absolute or escaping path)")]


def test_encrypted_entry(signed_packet: SignedPacket, tmp_path: Path) -> None:
    """An entry flagged as encrypted is UNSAFE, not a password prompt or a traceback."""
    target = tmp_path / "enc.zip"
    target.write_bytes(signed_packet.zip.read_bytes())
    patch_central(target, "review-sheet.pdf", 8, "<H", lambda flags: flags | 0x1)
    report = verify_packet(target, signed_packet.key)
    assert report.problems == [("UNSAFE", "review-sheet.pdf (an encrypted entry)")]


@pytest.mark.parametrize("method", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_unsupported_compression(signed_packet: SignedPacket, tmp_path: Path,
                                 method: int) -> None:
    """An entry compressed other than stored or deflated is UNSAFE."""
    def entry(info: zipfile.ZipInfo, data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
        if info.filename.endswith("review-sheet.pdf"):
            info.compress_type = method
        return [(info, data)]

    report = verify_packet(rewrite_zip(signed_packet.zip, tmp_path / "odd.zip", entry),
                           signed_packet.key)
    assert [k for k, _ in report.problems] == ["UNSAFE"]
    assert report.lines()[0].startswith(f"UNSAFE: review-sheet.pdf (compressed with method "
                                        f"{method}")


def test_declared_size_mismatch(signed_packet: SignedPacket, tmp_path: Path) -> None:
    """An entry whose declared size differs from the manifest's is ALTERED before reading."""
    target = tmp_path / "big.zip"
    target.write_bytes(signed_packet.zip.read_bytes())
    patch_central(target, "review-sheet.pdf", 24, "<I", lambda size: 2**31)
    report = verify_packet(target, signed_packet.key)
    assert len(report.problems) == 1
    assert report.lines()[0].startswith(f"ALTERED: review-sheet.pdf ({2**31} bytes, the "
                                        "manifest says")


def test_symlink_entry_and_outside_entry(signed_packet: SignedPacket, tmp_path: Path) -> None:
    """A symlink entry is UNSAFE; an entry beside the packet folder is UNEXPECTED."""
    import stat

    name = _letter_entry(signed_packet)

    def entry(info: zipfile.ZipInfo, data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
        if info.filename == name:
            link = zipfile.ZipInfo(name)
            link.create_system = 3
            link.external_attr = (stat.S_IFLNK | 0o777) << 16
            return [(link, b"/etc/passwd"), (zipfile.ZipInfo("README.txt"), b"hi")]
        return [(info, data)]

    report = verify_packet(rewrite_zip(signed_packet.zip, tmp_path / "link.zip", entry),
                           signed_packet.key)
    rel = name.split("/", 1)[1]
    assert report.problems == [
        ("UNSAFE", f"{rel} (a symbolic link entry)"),
        ("UNEXPECTED", "README.txt (outside the packet folder in the zip)")]


def test_truncated_zip(signed_packet: SignedPacket, tmp_path: Path) -> None:
    """A zip cut short is one BROKEN PACKET line."""
    data = signed_packet.zip.read_bytes()
    target = tmp_path / "cut.zip"
    target.write_bytes(data[: len(data) // 2])
    assert [k for k, _ in verify_packet(target, signed_packet.key).problems] == [
        "BROKEN PACKET"]
