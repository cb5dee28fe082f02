"""What the letter flow loads before the parent starts: prompts, rules, dictionary, facility.

Everything here runs on a pool thread (``TaskRunner``), so opening the flow never makes
the window wait for files to be read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from letterbox.core import Core
from letterbox.export.facility import FacilityProfile, chosen_facility
from letterbox.export.letter_pdf import Sender, frame_size
from letterbox.services import Services, build_services
from letterbox.services.actor import Actor
from letterbox.store.letters import Letter
from letterbox.store.profiles import Child, Parent
from letterbox.writing.content_check import ContentChecker
from letterbox.writing.letter_plan import PageEstimate, estimate_pages
from letterbox.writing.prompts import PromptLibrary, default_folders
from letterbox.writing.spelling import PersonalWords, Speller

log = logging.getLogger(__name__)


@dataclass
class FlowServices:
    """What the flow needs, loaded once off the GUI thread."""

    library: PromptLibrary
    checker: ContentChecker
    speller: Speller
    facility: FacilityProfile | None
    personal: set[str]
    children: list[Child]
    letter: Letter | None


def load_services(core: Core, parent: Parent, letter_id: int | None,
                  services: Services | None = None) -> FlowServices:
    """Load prompts, rules, the dictionary, the facility and the letter (pool thread).

    The letter and the children are read through the services as the parent, so a
    letter id of someone else's reads as not found.
    """
    services = services or build_services(core)
    actor = Actor.parent(parent.id, parent.name)
    facility = None
    try:
        facility = chosen_facility(core.settings.get("facility_profile"),
                                   core.paths.facilities)
    except Exception as error:  # a broken profile must not stop writing
        log.warning("No facility profile for the page estimate: %s", error)
    terms = getattr(facility, "content_check_terms", None) or {}
    speller = Speller(parent.language)
    speller.known("a")  # load the dictionary here, not on the GUI thread
    letter = services.letters.get(actor, letter_id) if letter_id is not None else None
    return FlowServices(
        library=PromptLibrary.load(default_folders(core.settings.get("user_prompts_dir"))),
        checker=ContentChecker(parent.language, terms), speller=speller, facility=facility,
        personal=PersonalWords(core.paths.personal_words(parent.id)).load(),
        children=services.parents.children(actor, parent.id), letter=letter)


def estimate_for(text: str, facility: FacilityProfile | None,
                 sender: Sender | None = None) -> PageEstimate:
    """Pages at the facility's paper, margins and body size, against its page limit.

    With a sender, the text area is the letter PDF's own (its header grows with the
    identity lines the facility prints), so the estimate matches the printed letter.
    """
    if facility is None:
        return estimate_pages(text)
    frame = frame_size(facility, sender) if sender is not None else None
    return estimate_pages(text, max_pages=facility.max_pages, paper=facility.paper,
                          margins_mm=facility.margins_mm,
                          font_pt=max(facility.body_font_pt, facility.min_font_pt), frame=frame)


def sender_of(parent: Parent) -> Sender:
    """The identity the letter PDF prints for this parent."""
    return Sender(name=parent.name, id_number=parent.id_number,
                  housing_unit=parent.housing_unit, facility=parent.facility)
