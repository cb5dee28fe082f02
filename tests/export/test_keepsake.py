"""Keepsake packets: everything the parent made, signed like a mail packet, verified by
``verify_packet``, marked "KEEPSAKE — not for the mail room", and no status changed."""

from __future__ import annotations

import json
from pathlib import Path

from letterbox.export.keepsake import KEEPSAKE_NOTICE
from letterbox.export.signing import make_station_key
from letterbox.export.verify import verify_packet
from letterbox.services import build_services
from letterbox.services.review import ItemRef
from letterbox.store.audit import events
from letterbox.store.items import ItemKind
from tests.export.pdftext import pdf_text
from tests.helpers import approve_ready


def test_keepsake_holds_drafts_and_returned_items_and_verifies(demo_core, staff_account,
                                                               tmp_path: Path) -> None:
    """A draft, a returned letter and a letter to a child not permitted are all in the
    keepsake; the packet verifies; statuses stay; a mail export still takes its items."""
    key = make_station_key(demo_core.paths.root)
    services = build_services(demo_core)
    staff = services.signin.sign_in_staff(*staff_account).actor
    assert staff is not None
    parent = demo_core.profiles.find_by_id_number("DEMO-0001")
    letters = {x.title: x for x in demo_core.letters.for_parent(parent.id)}
    returned = letters["My week, day by day"]
    services.review.return_item(staff, ItemRef(ItemKind.LETTER, returned.id), "Too long")
    before = {x.id: x.status for x in demo_core.letters.for_parent(parent.id)}
    recordings_before = {r.id: r.status for r in demo_core.recordings.for_parent(parent.id)}
    assert "draft" in before.values() and "returned" in before.values()

    result = services.keepsake.make(staff, parent.id, tmp_path / "keep")
    assert result.folder is not None and result.zip_path is not None
    report = verify_packet(result.zip_path, key)
    assert report.ok, report.problems
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["notice"] == KEEPSAKE_NOTICE
    kept = {item["item_id"] for item in manifest["items"] if item["kind"] == "letter"}
    with_words = {x.id for x in demo_core.letters.for_parent(parent.id) if x.body.strip()}
    assert kept == with_words and returned.id in kept
    assert letters["About your football match"].id in kept  # a draft
    assert letters["Thinking of you"].id in kept            # to a child not permitted
    assert any(item["kind"] == "recording" for item in manifest["items"])
    assert not any(item["kind"] == "extras" for item in manifest["items"])
    sheet = pdf_text(result.folder / "review-sheet.pdf")
    assert "KEEPSAKE" in sheet and "not for the mail room" in sheet

    assert {x.id: x.status for x in demo_core.letters.for_parent(parent.id)} == before
    assert {r.id: r.status for r in demo_core.recordings.for_parent(parent.id)} == \
        recordings_before
    row = demo_core.db.query_one("SELECT kind, staff_name, state FROM packet WHERE id = ?",
                                 (result.packet_id,))
    assert (row["kind"], row["staff_name"], row["state"]) == ("keepsake", staff.name,
                                                                "complete")
    assert any(e.action == "keepsake_made" and e.actor_name == staff.name
               for e in events(demo_core.db, parent_id=parent.id))

    approve_ready(demo_core, staff)
    mail = services.export.export(staff, parent.id, tmp_path / "mail")  # nothing taken
    assert mail.items and demo_core.letters.get(
        letters["Happy birthday, Zoë"].id).status == "exported"
