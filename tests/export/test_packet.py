"""PacketExporter: what goes in a packet, what is refused, and what a cancel leaves."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import soundfile

from letterbox.audio.processing import Cancelled
from letterbox.export.facility import load_facility
from letterbox.export.packet import PENDING_REASON, PacketExporter
from letterbox.export.verify import verify_packet
from tests.export.pdftext import pdf_text


def _exporter(core, profile=None, **kw):  # type: ignore[no-untyped-def]
    """The packet builder as it runs where review is not required (ready items go)."""
    return PacketExporter(core, profile, statuses=("ready",), **kw)


def _demo_parent(core):  # type: ignore[no-untyped-def]
    return core.profiles.find_by_id_number("DEMO-0001")


def test_not_permitted_child_is_refused_and_the_rest_exported(demo_core, tmp_path: Path) -> None:
    """Jordan's letter (no-contact order) is named with the reason; Zoë's and Дмитрий's go."""
    parent = _demo_parent(demo_core)
    result = _exporter(demo_core).export(parent.id, tmp_path)
    assert [r.child for r in result.refused] == ["Jordan Lee"]
    assert "not permitted" in result.refused[0].reason
    assert "No-contact order" in result.refused[0].reason
    exported = {(i.kind, i.child) for i in result.items}
    assert ("letter", "Zoë Martínez") in exported and ("letter", "Дмитрий Петров") in exported
    assert ("recording", "Zoë Martínez") in exported
    assert not any(i.child == "Jordan Lee" for i in result.items)
    # Nothing for Jordan anywhere in the packet, and his letter is still only 'ready'.
    assert result.folder is not None
    assert "Jordan" not in json.dumps(json.loads((result.folder / "manifest.json").read_text()))
    jordan_letter = result.refused[0].item_id
    assert demo_core.letters.get(jordan_letter).status == "ready"
    for item in result.items:
        if item.kind == "letter":
            assert demo_core.letters.get(item.item_id).status == "exported"
        elif item.kind == "recording":
            assert demo_core.recordings.get(item.item_id).status == "exported"


def test_pending_contact_is_refused_with_its_reason(demo_core, tmp_path: Path) -> None:
    """A child whose contact staff have not yet approved gets nothing, and the reason says so."""
    parent = _demo_parent(demo_core)
    zoe = next(c for c in demo_core.profiles.children(parent.id) if c.name.startswith("Zo"))
    demo_core.profiles.set_contact(zoe.id, "pending")
    result = _exporter(demo_core).export(parent.id, tmp_path)
    refused = {(r.kind, r.child): r.reason for r in result.refused}
    assert refused[("letter", "Zoë Martínez")] == PENDING_REASON
    assert refused[("recording", "Zoë Martínez")] == PENDING_REASON
    assert {i.child for i in result.items} == {"Дмитрий Петров", "王小明"}


def test_packet_layout_manifest_and_review_sheet(demo_core, tmp_path: Path) -> None:
    """The packet has letters/, audio/, a review sheet listing every item, and a manifest."""
    parent = _demo_parent(demo_core)
    result = _exporter(demo_core).export(parent.id, tmp_path)
    folder = result.folder
    assert folder is not None and result.zip_path is not None and result.zip_path.is_file()
    assert {p.name for p in folder.iterdir()} == {"letters", "audio", "review-sheet.pdf",
                                                 "manifest.json"}
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["schema"] == "letterbox.packet" and manifest["version"] == 1
    assert manifest["sender"]["id_number"] == "DEMO-0001"
    assert manifest["profile"]["id"] == "generic-us-letter"
    kinds = [item["kind"] for item in manifest["items"]]
    assert kinds.count("letter") == 3 and kinds.count("recording") == 2  # (王小明's too)
    recording = next(i for i in manifest["items"] if i["kind"] == "recording")
    info = soundfile.info(str(folder / recording["file"]))
    assert abs(info.duration - recording["duration_s"]) < 0.1
    sheet = " ".join(pdf_text(folder / "review-sheet.pdf").split())
    for item in manifest["items"]:
        assert item["sha256"][:12] in sheet
    assert "Goodnight Zoë, sleep tight" in sheet  # the parent's transcript
    assert "Approve" in sheet and "Initials" in sheet
    assert [kind for kind, _ in verify_packet(folder).problems] == ["UNSIGNED"]  # no key


def test_second_export_finds_nothing_new(demo_core, tmp_path: Path) -> None:
    """Exported items are not exported again; only the refused ones remain ready."""
    parent = _demo_parent(demo_core)
    exporter = _exporter(demo_core)
    exporter.export(parent.id, tmp_path)
    again = exporter.export(parent.id, tmp_path)
    assert again.folder is None and again.items == []
    assert [r.child for r in again.refused] == ["Jordan Lee"]


def test_cancel_leaves_no_packet_and_no_status_change(demo_core, tmp_path: Path) -> None:
    """Cancelling during the export removes the half packet and keeps every item 'ready'."""
    parent = _demo_parent(demo_core)
    calls = {"n": 0}

    def should_cancel() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    with pytest.raises(Cancelled):
        _exporter(demo_core).export(parent.id, tmp_path / "out",
                                         should_cancel=should_cancel)
    assert list((tmp_path / "out").iterdir()) == []
    assert all(x.status == "ready" for x in demo_core.letters.for_parent(parent.id)
               if x.title != "About your football match")
    assert all(r.status == "ready" for r in demo_core.recordings.for_parent(parent.id))


def test_facility_without_audio_refuses_recordings(demo_core, tmp_path: Path) -> None:
    """Where the profile allows no audio, recordings stay behind with that reason."""
    profile = replace(load_facility(), audio_allowed=False, name="No-audio jail")
    result = _exporter(demo_core, profile).export(_demo_parent(demo_core).id, tmp_path)
    assert any(r.kind == "recording" and "does not accept recordings" in r.reason
               for r in result.refused)
    assert not any(i.kind == "recording" for i in result.items)


def test_unreadable_recording_is_named_and_the_rest_exported(demo_core, tmp_path: Path) -> None:
    """A corrupt audio file does not stop the packet: it is refused with the reason."""
    parent = _demo_parent(demo_core)
    rec = demo_core.recordings.for_parent(parent.id)[0]
    part = demo_core.recordings.parts(rec.id, chosen_only=True)[0]
    demo_core.recordings.path_of(part).write_bytes(b"RIFF garbage")
    result = _exporter(demo_core).export(parent.id, tmp_path)
    assert any(r.kind == "recording" and "could not be processed" in r.reason
               for r in result.refused)
    assert sum(i.kind == "letter" for i in result.items) == 3
    assert demo_core.recordings.get(rec.id).status == "ready"


def test_progress_reaches_the_end(demo_core, tmp_path: Path) -> None:
    """Progress goes up to 1.0 with a message for each step."""
    seen: list[float] = []
    _exporter(demo_core).export(_demo_parent(demo_core).id, tmp_path,
                                     progress=lambda f, _m: seen.append(f))
    assert seen and max(seen) == pytest.approx(1.0) and all(0 <= f <= 1 for f in seen)


def _add_ready_recording(core, parent, child, tmp_path: Path, seconds: float):  # type: ignore[no-untyped-def]
    import numpy as np

    folder = core.paths.recording_dir(parent.id)
    path = folder / f"extra-{seconds}.wav"
    t = np.arange(int(48_000 * seconds)) / 48_000
    soundfile.write(str(path), (0.1 * np.sin(2 * np.pi * 220 * t)).astype(np.float32), 48_000,
                    subtype="PCM_16")
    rec = core.recordings.create(parent.id, child.id, "message", title=f"Extra {seconds}")
    core.recordings.add_part(rec.id, "take", 1, path, duration_s=seconds)
    core.recordings.set_status(rec.id, "ready")
    return rec


def test_several_recordings_use_worker_processes(demo_core, tmp_path: Path) -> None:
    """With several recordings, audio is processed in two processes and every file is right."""
    parent = _demo_parent(demo_core)
    dima = next(c for c in demo_core.profiles.children(parent.id) if c.name.startswith("Д"))
    _add_ready_recording(demo_core, parent, dima, tmp_path, 12.0)
    _add_ready_recording(demo_core, parent, dima, tmp_path, 5.0)
    result = _exporter(demo_core, workers=2).export(parent.id, tmp_path / "out")
    durations = sorted(round(i.duration_s or 0) for i in result.items if i.kind == "recording")
    assert durations == [5, 8, 8, 12]
    assert result.folder is not None
    assert [kind for kind, _ in verify_packet(result.folder).problems] == ["UNSIGNED"]


def test_cancel_during_worker_processes_leaves_nothing(demo_core, tmp_path: Path) -> None:
    """Cancelling while worker processes encode leaves no packet and no status change."""
    parent = _demo_parent(demo_core)
    dima = next(c for c in demo_core.profiles.children(parent.id) if c.name.startswith("Д"))
    recs = [_add_ready_recording(demo_core, parent, dima, tmp_path, s) for s in (60.0, 61.0)]
    seen: list[str] = []

    def cancel_when_audio_started() -> bool:
        return any(m.startswith("Recording") for m in seen)

    with pytest.raises(Cancelled):
        _exporter(demo_core, workers=2).export(
            parent.id, tmp_path / "out", should_cancel=cancel_when_audio_started,
            progress=lambda _f, m: seen.append(m))
    assert list((tmp_path / "out").iterdir()) == []
    assert all(demo_core.recordings.get(r.id).status == "ready" for r in recs)


def test_content_check_words_are_flagged_on_the_review_sheet(demo_core, tmp_path: Path) -> None:
    """A letter using words on the facility's list shows them, with counts, to the reviewer."""
    parent = _demo_parent(demo_core)
    zoe = next(c for c in demo_core.profiles.children(parent.id) if c.name.startswith("Zo"))
    letter = demo_core.letters.create(parent.id, zoe.id, title="Flagged",
                                      body="Dear Zoë, money, MONEY and dinero. Don't tell.")
    demo_core.letters.set_status(letter.id, "ready")
    result = _exporter(demo_core).export(parent.id, tmp_path)
    assert result.folder is not None
    sheet = " ".join(pdf_text(result.folder / "review-sheet.pdf").split())
    assert "“money” ×2" in sheet and "“dinero” ×1" in sheet and "“don't tell” ×1" in sheet


def test_missing_identity_is_flagged_for_the_reviewer(core, tmp_path: Path) -> None:
    """Under the UK profile, a parent without wing and cell gets a flag on every letter."""
    parent = core.profiles.create_parent("No Cell", "A1234BC", "1234")
    child = core.profiles.add_child(parent.id, "Kid", age_years=7, contact_status="approved")
    letter = core.letters.create(parent.id, child.id, title="Hi", body="Dear Kid, hello.")
    core.letters.set_status(letter.id, "ready")
    result = _exporter(core, load_facility("england-wales-hmpps")).export(parent.id,
                                                                                tmp_path)
    assert result.folder is not None
    sheet = " ".join(pdf_text(result.folder / "review-sheet.pdf").split())
    assert "missing Wing" in sheet and "missing facility" in sheet  # (cells wrap lines)


def test_review_sheet_shows_reviewer_summary_of_spanish_flags(demo_core, tmp_path: Path) -> None:
    """A Spanish letter's flags reach the reviewer as a short English summary with the
    parent's own words, not as the advice written for the parent."""
    from letterbox.writing.content_check import ContentChecker

    parent = _demo_parent(demo_core)
    zoe = next(c for c in demo_core.profiles.children(parent.id) if c.name.startswith("Zo"))
    body = "Querida Zoë:\nNo le digas a tu mamá que te escribí.\nCon cariño, Papá"
    letter = demo_core.letters.create(parent.id, zoe.id, title="Secreto", body=body)
    flags = [f.to_dict() for f in ContentChecker("es").check(body)]
    assert flags, "the Spanish secret phrase should be flagged"
    demo_core.letters.set_flags(letter.id, flags)
    demo_core.letters.set_status(letter.id, "ready")
    result = _exporter(demo_core).export(parent.id, tmp_path)
    assert result.folder is not None
    sheet = " ".join(pdf_text(result.folder / "review-sheet.pdf").split())
    assert "secret" in sheet.lower()
    assert "No le digas" in sheet


def test_a_name_with_a_tab_is_listed_as_a_space_not_as_unprintable(core, tmp_path: Path) -> None:
    """A child's name with a tab and a line separator is stored with spaces; one kept
    from an older version prints with spaces, and the review sheet lists each as
    'printed as a space', never as a character that cannot print (those are for
    scripts the fonts lack)."""
    parent = core.profiles.create_parent("Tab Parent", "TAB-1", "1234")
    child = core.profiles.add_child(parent.id, "Zoë\tAnn\u2028Lou", age_years=7,
                                    contact_status="approved")
    assert child.name == "Zoë Ann Lou"  # typed today: stored with spaces
    with core.db.transaction() as conn:  # a name stored by an older version, as typed
        conn.execute("UPDATE child SET name = ? WHERE id = ?", ("Zoë\tAnn\u2028Lou", child.id))
    letter = core.letters.create(parent.id, child.id, title="Hi", body="Dear Zoë, hello.")
    core.letters.set_status(letter.id, "ready")
    result = _exporter(core).export(parent.id, tmp_path)
    assert result.folder is not None
    sheet = "".join(pdf_text(result.folder / "review-sheet.pdf").split())  # cells wrap
    assert "printedasaspace:U+0009TAB→space,U+2028LINESEPARATOR→space" in sheet
    assert "cannotprint" not in sheet
