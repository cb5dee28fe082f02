"""`verify` proves a signed packet, folder or zip, and names every kind of tampering."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from letterbox.export.signing import make_station_key
from letterbox.export.verify import VerifyReport, verify_packet
from tests.export.conftest import SignedPacket
from tests.export.tamper import edit_manifest, zip_like_export

FORMS = ["folder", "zip"]


def as_form(packet: SignedPacket, form: str, tmp_path: Path) -> Path:
    """The (possibly tampered) folder itself, or a zip made of it as the exporter would."""
    if form == "folder":
        return packet.folder
    return zip_like_export(packet.folder, tmp_path / "tampered.zip")


def kinds(report: VerifyReport) -> list[str]:
    return [kind for kind, _ in report.problems]


def test_untouched_packet_is_proven(signed_packet: SignedPacket) -> None:
    """A fresh signed packet and its exported zip verify with the key, with the item count."""
    for packet in (signed_packet.folder, signed_packet.zip):
        report = verify_packet(packet, signed_packet.key)
        assert report.ok, report.lines()
        assert report.lines() == ["OK: 8 items verified (9 files), signed by the key in "
                                  "station.pub"]


@pytest.mark.parametrize("form", FORMS)
def test_without_key_is_not_proven(signed_packet: SignedPacket, form: str,
                                   tmp_path: Path) -> None:
    """Without --key the packet is never OK, but verify says what it did check."""
    report = verify_packet(as_form(signed_packet, form, tmp_path))
    assert not report.ok and kinds(report) == ["NOT PROVEN"]
    assert "its 9 files match" in report.lines()[0]
    (signed_packet.folder / "manifest.sig").unlink()
    report = verify_packet(as_form(signed_packet, form, tmp_path))
    assert kinds(report) == ["UNSIGNED"]


def _rename_first_letter(data: dict[str, Any], folder: Path) -> None:
    item = next(i for i in data["items"] if i["kind"] == "letter")
    old = item["file"]
    new = "letters/letter-to-someone-else.pdf"
    (folder / old).rename(folder / new)
    item["file"] = new
    for entry in data["files"]:
        if entry["path"] == old:
            entry["path"] = new


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("field", ["child", "sender", "file name"])
def test_edited_manifest_field_breaks_the_signature(signed_packet: SignedPacket, form: str,
                                                    field: str, tmp_path: Path) -> None:
    """A child's name, the sender or a file name changed in the manifest (files made to
    agree) is a BAD SIGNATURE with the key, and never OK without it."""
    folder = signed_packet.folder

    def change(data: dict[str, Any]) -> None:
        if field == "child":
            data["items"][0]["child"] = "Someone Else"
        elif field == "sender":
            data["sender"]["name"] = "Another Parent"
        else:
            _rename_first_letter(data, folder)

    edit_manifest(folder, change)
    packet = as_form(signed_packet, form, tmp_path)
    report = verify_packet(packet, signed_packet.key)
    assert kinds(report) == ["BAD SIGNATURE"]
    assert kinds(verify_packet(packet)) == ["NOT PROVEN"]


@pytest.mark.parametrize("form", FORMS)
def test_emptied_packet_is_never_ok(signed_packet: SignedPacket, form: str,
                                    tmp_path: Path) -> None:
    """A manifest with its item and file lists emptied, and the files gone, fails."""
    folder = signed_packet.folder
    for path in [*folder.glob("*/*"), folder / "review-sheet.pdf"]:
        path.unlink()
    edit_manifest(folder, lambda data: data.update(items=[], files=[]))
    packet = as_form(signed_packet, form, tmp_path)
    report = verify_packet(packet, signed_packet.key)
    assert kinds(report)[0] == "BAD SIGNATURE"
    assert "BROKEN MANIFEST: the manifest lists no items" in report.lines()
    assert "BROKEN MANIFEST: the manifest lists no items" in verify_packet(packet).lines()


@pytest.mark.parametrize("form", FORMS)
def test_flipped_byte_is_altered(signed_packet: SignedPacket, form: str,
                                 tmp_path: Path) -> None:
    """One byte changed in a letter names that file as ALTERED."""
    target = next((signed_packet.folder / "letters").glob("letter-Zoe*.pdf"))
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    report = verify_packet(as_form(signed_packet, form, tmp_path), signed_packet.key)
    assert report.problems == [("ALTERED", f"letters/{target.name}")]


@pytest.mark.parametrize("form", FORMS)
def test_removed_and_added_files(signed_packet: SignedPacket, form: str,
                                 tmp_path: Path) -> None:
    """A deleted recording is MISSING and an added file UNEXPECTED."""
    audio = next((signed_packet.folder / "audio").iterdir())
    audio.unlink()
    (signed_packet.folder / "letters" / "smuggled.txt").write_text("hello")
    report = verify_packet(as_form(signed_packet, form, tmp_path), signed_packet.key)
    assert report.problems == [("MISSING", f"audio/{audio.name}"),
                               ("UNEXPECTED", "letters/smuggled.txt")]


@pytest.mark.parametrize("form", FORMS)
def test_added_empty_folder(signed_packet: SignedPacket, form: str, tmp_path: Path) -> None:
    """An extra empty folder is UNEXPECTED."""
    (signed_packet.folder / "letters" / "hidden").mkdir()
    report = verify_packet(as_form(signed_packet, form, tmp_path), signed_packet.key)
    assert report.problems == [("UNEXPECTED", "letters/hidden/ (an empty folder)")]


@pytest.mark.parametrize("form", FORMS)
def test_symlink_in_place_of_a_file(signed_packet: SignedPacket, form: str,
                                    tmp_path: Path) -> None:
    """A letter replaced by a link to an identical copy outside is UNSAFE, not OK."""
    target = next((signed_packet.folder / "letters").glob("letter-*.pdf"))
    outside = tmp_path / "outside.pdf"
    shutil.move(target, outside)
    target.symlink_to(outside)
    report = verify_packet(as_form(signed_packet, form, tmp_path), signed_packet.key)
    assert kinds(report) == ["UNSAFE"]
    assert report.lines()[0].startswith(f"UNSAFE: letters/{target.name} (a symbolic link")


@pytest.mark.parametrize("form", FORMS)
def test_symlink_in_place_of_a_folder(signed_packet: SignedPacket, form: str,
                                      tmp_path: Path) -> None:
    """The audio folder replaced by a link to a copy outside is UNSAFE and its files
    are not taken from there."""
    audio = signed_packet.folder / "audio"
    outside = tmp_path / "outside-audio"
    shutil.move(audio, outside)
    audio.symlink_to(outside, target_is_directory=True)
    report = verify_packet(as_form(signed_packet, form, tmp_path), signed_packet.key)
    assert kinds(report)[0] == "UNSAFE" and set(kinds(report)) == {"UNSAFE", "MISSING"}
    assert report.lines()[0].startswith("UNSAFE: audio (a symbolic link")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_file_in_folder_is_unsafe(signed_packet: SignedPacket) -> None:
    """A named pipe (like a device file, not a regular file) is UNSAFE and never opened."""
    os.mkfifo(signed_packet.folder / "letters" / "pipe")
    report = verify_packet(signed_packet.folder, signed_packet.key)
    assert report.problems == [("UNSAFE", "letters/pipe (a device, pipe or socket, not a "
                                          "regular file)")]


@pytest.mark.parametrize("form", FORMS)
def test_missing_signature_and_wrong_key(signed_packet: SignedPacket, form: str,
                                         tmp_path: Path) -> None:
    """With a key: another station's key is BAD SIGNATURE, no manifest.sig is UNSIGNED."""
    other = make_station_key(tmp_path / "other-station")
    packet = as_form(signed_packet, form, tmp_path)
    assert kinds(verify_packet(packet, other)) == ["BAD SIGNATURE"]
    (signed_packet.folder / "manifest.sig").unlink()
    packet = as_form(signed_packet, form, tmp_path)
    assert kinds(verify_packet(packet, signed_packet.key)) == ["UNSIGNED"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("raw", "expected"), [
    (b"\x00\xffnot json", "BROKEN MANIFEST: manifest.json is not valid JSON"),
    (b"[1, 2]", "BROKEN MANIFEST: manifest.json is not a Letterbox packet manifest"),
    (b'{"schema": "letterbox.packet", "version": "1"}', "BROKEN MANIFEST: manifest.json "
                                                        "version '1' is not supported"),
])
def test_garbage_manifest_is_one_line(signed_packet: SignedPacket, form: str, raw: bytes,
                                      expected: str, tmp_path: Path) -> None:
    """A manifest that is not JSON, not a manifest, or of another version: one line."""
    (signed_packet.folder / "manifest.json").write_bytes(raw)
    report = verify_packet(as_form(signed_packet, form, tmp_path))
    assert report.lines()[0].startswith(expected)
    assert kinds(report) == ["BROKEN MANIFEST", "NOT PROVEN"]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d.update(files="letters/a.pdf"), "'files' is not a list"),
    (lambda d: d.update(items={"kind": "letter"}), "'items' is not a list"),
    (lambda d: d["files"][0].update(size="12"), "files[1] ("),
    (lambda d: d["items"][0].update(item_id="7"), "items[1] (letter) has no valid item_id"),
    (lambda d: d.update(sender=["x"]), "'sender' is not an object"),
    (lambda d: d["items"].append(7), "items[9] is not an object"),
])
def test_wrong_types_are_one_line(signed_packet: SignedPacket, form: str, change: Any,
                                  expected: str, tmp_path: Path) -> None:
    """A string where a list is, a dict where a number is: a BROKEN MANIFEST line."""
    edit_manifest(signed_packet.folder, change)
    report = verify_packet(as_form(signed_packet, form, tmp_path), signed_packet.key)
    assert kinds(report)[0] == "BAD SIGNATURE"
    assert any(line.startswith(f"BROKEN MANIFEST: {expected}") for line in report.lines())


@pytest.mark.parametrize("form", FORMS)
def test_item_of_the_wrong_kind(signed_packet: SignedPacket, form: str,
                                tmp_path: Path) -> None:
    """A recording that names a letter PDF, or a file the list lacks, is BROKEN."""
    def change(data: dict[str, Any]) -> None:
        recording = next(i for i in data["items"] if i["kind"] == "recording")
        letter = next(i for i in data["items"] if i["kind"] == "letter")
        recording["file"] = letter["file"]

    edit_manifest(signed_packet.folder, change)
    report = verify_packet(as_form(signed_packet, form, tmp_path))
    lines = report.lines()
    assert any("(recording) names 'letters/" in line for line in lines)
    assert any(line.startswith("BROKEN MANIFEST: audio/") and "no item names it" in line
               for line in lines)


def test_not_a_packet(tmp_path: Path) -> None:
    """A path that is not there, or not a zip, or a truncated zip, is one line."""
    assert verify_packet(tmp_path / "nope").lines() == [
        f"BROKEN PACKET: {tmp_path / 'nope'} does not exist"]
    bogus = tmp_path / "bogus.zip"
    bogus.write_text("not a zip")
    assert verify_packet(bogus).lines()[0].startswith("BROKEN PACKET: bogus.zip is not a")
