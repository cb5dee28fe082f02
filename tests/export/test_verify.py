"""`verify` catches altered, missing and extra files in a packet and its zip."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from letterbox.export.verify import verify_packet
from letterbox.services.export import ExportService
from letterbox.services.signin import SignInService
from tests.helpers import approve_ready


@pytest.fixture
def packet(demo_core, staff_account, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A real packet exported from the demo profile, after a staff member approved it."""
    staff = SignInService(demo_core).sign_in_staff(*staff_account).actor
    assert staff is not None
    approve_ready(demo_core, staff)
    parent = demo_core.profiles.find_by_id_number("DEMO-0001")
    result = ExportService(demo_core).export(staff, parent.id, tmp_path / "out")
    assert result.folder is not None
    return result.folder


def test_untouched_packet_verifies(packet: Path) -> None:
    """A fresh packet and its zip both verify, with the item count."""
    report = verify_packet(packet)
    assert report.ok and report.items == 8
    assert report.lines()[0].startswith("OK: 8 items verified")
    assert verify_packet(packet.with_name(packet.name + ".zip")).ok


def test_flipped_byte_is_reported_as_altered(packet: Path) -> None:
    """Changing one byte of a letter makes verify name that file."""
    target = next((packet / "letters").glob("letter-Zoe*.pdf"))
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    report = verify_packet(packet)
    assert not report.ok and report.altered == [f"letters/{target.name}"]


def test_missing_and_extra_files_are_named(packet: Path) -> None:
    """A deleted recording and an added file are both reported."""
    audio = next((packet / "audio").iterdir())
    audio.unlink()
    (packet / "letters" / "smuggled.txt").write_text("hello")
    report = verify_packet(packet)
    assert report.missing == [f"audio/{audio.name}"]
    assert report.unexpected == ["letters/smuggled.txt"]
    assert any("MISSING" in line for line in report.lines())


def test_altered_zip_is_caught(packet: Path, tmp_path: Path) -> None:
    """A zip rebuilt with one file changed fails verification."""
    source = packet.with_name(packet.name + ".zip")
    changed = tmp_path / "changed.zip"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(changed, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename.endswith("review-sheet.pdf"):
                data = data.replace(b"Letterbox", b"Letterb0x", 1)
            new.writestr(info, data)
    report = verify_packet(changed)
    assert not report.ok and report.altered == ["review-sheet.pdf"]


def test_missing_manifest_is_an_error(packet: Path) -> None:
    """Without its manifest a packet cannot be verified, and says so."""
    (packet / "manifest.json").unlink()
    report = verify_packet(packet)
    assert not report.ok and "manifest.json is missing" in report.error


def test_not_a_packet(tmp_path: Path) -> None:
    """A path that is not there, or not a zip, gives a clear error."""
    assert "does not exist" in verify_packet(tmp_path / "nope").error
    bogus = tmp_path / "bogus.zip"
    bogus.write_text("not a zip")
    assert "not a readable zip" in verify_packet(bogus).error
