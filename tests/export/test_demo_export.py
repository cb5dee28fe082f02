"""The demo's hard cases survive the whole journey: demo, approve everything, export."""

from __future__ import annotations

import json
from pathlib import Path

from letterbox.core import Core
from letterbox.demo import create_demo
from letterbox.demo_cases import FLAGGED_TITLE, LONG_STORY_TITLE, long_transcript
from letterbox.services import build_services
from letterbox.services.actor import Actor
from tests.export.pdftext import pdf_pages
from tests.helpers import STAFF_NAME, STAFF_PASSPHRASE


def test_demo_hard_cases_are_there_once(core: Core) -> None:
    """Running the demo twice leaves one long transcript, one flagged letter, one 王小明."""
    create_demo(core)
    parent, created = create_demo(core)
    assert not created
    children = [c for c in core.profiles.children(parent.id) if c.name == "王小明"]
    assert len(children) == 1 and children[0].contact_approved
    letters = [x for x in core.letters.for_parent(parent.id) if x.title == FLAGGED_TITLE]
    assert len(letters) == 1 and len(letters[0].flags) >= 8 and letters[0].status == "ready"
    recs = [r for r in core.recordings.for_parent(parent.id) if r.title == LONG_STORY_TITLE]
    assert len(recs) == 1 and len(recs[0].transcript) >= 3_000 and recs[0].status == "ready"


def test_demo_then_approve_all_then_export(core: Core, tmp_path: Path) -> None:
    """Every ready item of an approved child is approved and exported; the review sheet has
    the sender ID on every page, 王小明 as markers, and every item of the manifest."""
    parent, _ = create_demo(core)
    staff = core.staff.add(STAFF_NAME, STAFF_PASSPHRASE, actor=Actor.system("test set-up"))
    actor = Actor.staff(staff.id, staff.name)
    services = build_services(core)
    approved_children = {c.name for c in core.profiles.children(parent.id) if c.contact_approved}
    approved = set()
    for entry in services.review.queue(actor):
        if entry.child in approved_children:
            services.review.approve(actor, entry.ref)
            approved.add((str(entry.ref.kind), entry.ref.id))
    assert len(approved) >= 5  # Zoë: letter, song; Дмитрий: letter; 王小明: letter, story
    result = services.export.export(actor, parent.id, tmp_path / "out")
    assert result.folder is not None
    manifest = json.loads((result.folder / "manifest.json").read_text(encoding="utf-8"))
    in_manifest = {(i["kind"], i["item_id"]) for i in manifest["items"] if i.get("item_id")}
    assert in_manifest == approved
    assert not [r for r in result.refused if r.kind in ("letter", "recording")
                and (r.kind, r.item_id) in approved]
    pages = pdf_pages(result.folder / "review-sheet.pdf")
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "DEMO-0001" in page, f"no sender ID on page {number}"
        assert f"Page {number} of {len(pages)}" in " ".join(page.split())
    sheet = " ".join(" ".join(pages).split())
    assert "[Chinese/Japanese/Korean text]" in sheet.replace("/ ", "/")  # 王小明, one marker
    assert "cjk unified" not in sheet
    assert f"{len(manifest['items'])} items" in sheet
    for item in manifest["items"]:  # each item's short hash is on the sheet
        assert item["sha256"][:12] in sheet.replace(" ", "")
    assert " ".join(long_transcript().split()[-8:-2]) in sheet  # the appendix has it all
    assert "continued in appendix" in sheet
