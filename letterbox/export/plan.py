"""What an export will do and did: the plan read from the store, refusals, results."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from letterbox.store.letters import Letter
from letterbox.store.profiles import Child, Parent
from letterbox.store.recordings import Recording

PENDING_REASON = "contact not yet approved by staff"
ARCHIVED_REASON = "the parent's profile is closed (archived)"


@dataclass(frozen=True)
class Refusal:
    """A ready item that was not exported, and why: ``reason`` in plain English (the
    command line, logs), ``code`` and ``detail`` for the interface's own words."""

    kind: str
    item_id: int
    title: str
    child: str
    reason: str
    code: str = ""    # archived | no_child | not_permitted | pending | audio_not_allowed |
    detail: str = ""  # audio_unprocessable; detail: a contact reason, a facility, a problem


@dataclass(frozen=True)
class ExportedItem:
    """An item now with the mail room."""

    kind: str
    item_id: int | None
    title: str
    child: str
    file: str
    pages: int | None = None
    duration_s: float | None = None


@dataclass
class ExportPlan:
    """What an export would do, read from the store in one go (a snapshot)."""

    parent: Parent
    letters: list[tuple[Letter, Child]] = field(default_factory=list)
    recordings: list[tuple[Recording, Child]] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.letters and not self.recordings


@dataclass
class ExportResult:
    """What was exported, where, and what was refused."""

    parent: Parent
    folder: Path | None
    zip_path: Path | None
    items: list[ExportedItem] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    packet_id: int | None = None


def refusal_code(child: Child | None, archived: bool = False) -> str | None:
    """``refusal_reason`` as a code (None when the item may go)."""
    if archived:
        return "archived"
    if child is None:
        return "no_child"
    if child.contact_status == "approved":
        return None
    return "not_permitted" if child.contact_status == "not_permitted" else "pending"


def refused_item(kind: str, item_id: int, title: str, child: Child | None, archived: bool,
                 no_audio_at: str = "") -> Refusal:
    """The refusal of an item that may not go to ``child`` (or, for a recording, where
    the facility ``no_audio_at`` accepts none)."""
    code = refusal_code(child, archived)
    name = child.name if child else ""
    if code is None and no_audio_at:
        return Refusal(kind, item_id, title, name, f"{no_audio_at} does not accept "
                       "recordings", "audio_not_allowed", no_audio_at)
    detail = child.contact_reason if child and code == "not_permitted" else ""
    return Refusal(kind, item_id, title, name, str(refusal_reason(child, archived)),
                   code or "", detail)


def unprocessable(item_id: int, title: str, child: str, problem: object) -> Refusal:
    """A recording whose audio could not be processed."""
    return Refusal("recording", item_id, title, child, f"the audio could not be processed: "
                   f"{problem}", "audio_unprocessable", str(problem))


def refusal_reason(child: Child | None, archived: bool = False) -> str | None:
    """Why nothing may be sent to this child, or None if contact is approved (and the
    parent's profile is open)."""
    if archived:
        return ARCHIVED_REASON
    if child is None:
        return "not addressed to a child"
    if child.contact_status == "approved":
        return None
    if child.contact_status == "not_permitted":
        why = f": {child.contact_reason}" if child.contact_reason else ""
        return f"contact with {child.name} is not permitted{why}"
    return PENDING_REASON


@dataclass
class ExportRun:
    """One run for several parents: the packets made, the parents whose packet failed
    (each with its error; their items keep their status), and whether Cancel stopped
    the rest."""

    results: list[ExportResult] = field(default_factory=list)
    failures: list[tuple[Parent | int, Exception]] = field(default_factory=list)
    cancelled: bool = False
    stopped: bool = False  # a full or unwritable target left later parents untried
