"""Extras: the reply page matches the child's age; the label carries both addresses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from letterbox.export.extras import REPLY_QUESTIONS, ChildInfo, age_band, render_extras
from letterbox.export.facility import load_facility
from letterbox.export.letter_pdf import Sender
from tests.export.pdftext import pdf_pages

SENDER = Sender("Demo Parent", "12345-678", "B-wing, cell 14",
                "FCI Example, PO Box 1000, Sometown, ST 12345")
CHILD = ChildInfo("Zoë Martínez", 6, "Dad", "Ana Martínez", "12 Elm Street\nSpringfield, IL 62704")


@pytest.mark.parametrize(("age", "band"), [(2, "0-4"), (6, "5-8"), (11, "9-12"), (15, "13-17"),
                                           (None, "5-8")])
def test_reply_page_questions_follow_the_age(age: int | None, band: str) -> None:
    """A two-year-old gets a drawing page; older children get their band's questions."""
    assert age_band(age) == band
    data, _ = render_extras(replace(CHILD, age=age), SENDER, load_facility(), items=1,
                            has_audio=False) or (b"", 0)
    reply = " ".join(pdf_pages(data)[0].split())
    assert "A reply for Dad, from Zoë Martínez" in reply
    for question in REPLY_QUESTIONS[band]:
        assert question in reply
    if band == "0-4":
        assert "Draw a picture for Dad" in reply


def test_label_has_the_bop_return_block_and_the_carer_address() -> None:
    """The label has name, register number and institution address, then the carer's address."""
    data, pages = render_extras(CHILD, SENDER, load_facility("us-federal-bop"), items=2,
                                has_audio=True) or (b"", 0)
    assert pages == 3
    label = pdf_pages(data)[2]
    for line in ("Demo Parent", "Register number: 12345-678", "FCI Example", "PO Box 1000",
                 "Ana Martínez", "12 Elm Street", "Springfield, IL 62704"):
        assert line in label
    note = " ".join(pdf_pages(data)[1].split())
    assert "Dear Ana Martínez" in note and "2 items" in note and "CD player" in note


def test_profile_without_extras_makes_none() -> None:
    """A facility that wants no extras gets no extras file."""
    bare = replace(load_facility(), reply_page=False, carer_note=False, address_label=False)
    assert render_extras(CHILD, SENDER, bare, items=1, has_audio=False) is None
