"""The live page estimate against the real letter PDF, and loading what the flow needs."""

from __future__ import annotations

import pytest

from letterbox.core import Core
from letterbox.demo import BIRTHDAY_LETTER, DEMO_ID_NUMBER, long_letter
from letterbox.export.facility import load_facility
from letterbox.export.letter_pdf import Sender, render_letter
from letterbox.writing.flow_services import estimate_for, load_services

SENDER = Sender("Demo Parent", "DEMO-0001", "B-wing, cell 14", "HMP Example")


@pytest.mark.parametrize("profile_id", ["generic-us-letter", "england-wales-hmpps"])
@pytest.mark.parametrize("text", [BIRTHDAY_LETTER, long_letter()], ids=["short", "long"])
def test_estimate_matches_the_printed_pages(profile_id: str, text: str) -> None:
    """The estimate shown while typing equals the page count of the real PDF."""
    profile = load_facility(profile_id)
    assert estimate_for(text, profile, SENDER).pages == render_letter(text, SENDER,
                                                                        profile).pages


def test_page_limit_comes_from_the_facility() -> None:
    """Four sides in England and Wales: a five-page letter is over; no cap in the generic one."""
    text = "\n\n".join([long_letter()] * 2)
    capped = estimate_for(text, load_facility("england-wales-hmpps"), SENDER)
    assert capped.max_pages == 4 and capped.pages > 4 and capped.over_limit
    assert not estimate_for(text, load_facility("generic-us-letter"), SENDER).over_limit


def test_services_load_for_the_parent(demo_core: Core) -> None:
    """Prompts, the dictionary, the rules, the facility and the letter load in one go."""
    parent = demo_core.profiles.find_by_id_number(DEMO_ID_NUMBER)
    assert parent is not None
    letter = demo_core.letters.for_parent(parent.id)[0]
    demo_core.settings.set("facility_profile", "no-such-profile")  # broken: still loads
    services = load_services(demo_core, parent, letter.id)
    assert services.library.prompts and services.letter == letter
    assert services.facility is None and len(services.children) == 4
    assert services.speller.known("hello")
