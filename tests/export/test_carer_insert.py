"""The carer insert: in each child's packet only when the setting is on, with the
sender's identity on every page, listed as extras, and the packet still verifies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from letterbox.core import Core
from letterbox.export.signing import make_station_key
from letterbox.services import build_services
from letterbox.services.signin import SignInService
from letterbox.writing.carer_insert import DEFAULT_EN, blocks
from tests.export.pdftext import pdf_pages, pdf_text
from tests.helpers import approve_ready, run_cli

Staff = tuple[str, str]


def _export(core: Core, staff: Staff, out: Path, insert: bool) -> Path:
    services = build_services(core)
    actor = SignInService(core).sign_in_staff(*staff).actor
    assert actor is not None
    services.settings.set(actor, "carer_insert", insert)
    approve_ready(core, actor)
    parent = core.profiles.find_by_id_number("DEMO-0001")
    assert parent is not None
    result = services.export.export(actor, parent.id, out)
    assert result.folder is not None
    return result.folder


def test_no_insert_when_off(demo_core: Core, staff_account: Staff, tmp_path: Path) -> None:
    """Off (the default): the packet has no insert and nothing about it."""
    assert demo_core.settings.get("carer_insert") is False
    off = _export(demo_core, staff_account, tmp_path / "off", insert=False)
    assert not list(off.rglob("carer-insert*"))
    assert "Advice for carers" not in pdf_text(off / "review-sheet.pdf")


def test_insert_when_on(demo_core: Core, staff_account: Staff, tmp_path: Path) -> None:
    """On: one per child, identity on every page, in the manifest and the review sheet,
    and `verify --key` passes."""
    key = make_station_key(demo_core.paths.root)
    on = _export(demo_core, staff_account, tmp_path / "on", insert=True)
    inserts = sorted(on.glob("letters/carer-insert-*.pdf"))
    manifest = json.loads((on / "manifest.json").read_text(encoding="utf-8"))
    children = {item["child"] for item in manifest["items"] if item["kind"] == "letter"}
    assert len(inserts) == len(children) >= 2
    listed = {item["file"] for item in manifest["items"] if item["kind"] == "extras"}
    assert {f"letters/{p.name}" for p in inserts} <= listed
    pages = pdf_pages(inserts[0])
    assert len(pages) >= 2
    for page in pages:
        assert "Demo Parent" in page and "DEMO-0001" in page
    text = " ".join(pdf_text(inserts[0]).split())
    assert "Talking with a child about a parent in prison" in text
    assert "Local help (fill in)" in text and "Organisation:" in text
    assert "Cómo hablar con un niño" in text  # the Spanish page follows
    sheet = " ".join(pdf_text(on / "review-sheet.pdf").split())
    assert "Advice for carers" in sheet
    done = run_cli("verify", str(on), "--key", str(key))
    assert done.returncode == 0, done.stdout + done.stderr


def test_staff_wording_is_used(demo_core: Core, staff_account: Staff, tmp_path: Path) -> None:
    """The insert prints the text staff wrote, markup characters as typed."""
    services = build_services(demo_core)
    actor = SignInService(demo_core).sign_in_staff(*staff_account).actor
    assert actor is not None
    services.settings.set(actor, "carer_insert_en", "# Our advice\n- Call <Family Line> any day")
    folder = _export(demo_core, staff_account, tmp_path / "out", insert=True)
    insert = next(folder.glob("letters/carer-insert-*.pdf"))
    text = " ".join(pdf_text(insert).split())
    assert "Our advice" in text and "Call <Family Line> any day" in text


@pytest.mark.parametrize("text", [DEFAULT_EN])
def test_default_text_has_headings_and_points(text: str) -> None:
    """The default insert reads as headings, paragraphs and points."""
    kinds = [b.kind for b in blocks(text)]
    assert kinds.count("heading") >= 4 and kinds.count("point") >= 8
    assert "paragraph" in kinds
