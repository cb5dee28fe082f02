"""What letters and recordings share: their review status."""

from __future__ import annotations

import json
from typing import Any

# draft → ready (the parent says "Ready for review") → exported (with the mail room);
# a reviewer may send an item back: returned (with the reason in status_note).
STATUSES = ("draft", "ready", "exported", "returned")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("ready",),
    "ready": ("draft", "exported"),
    "exported": ("returned",),
    "returned": ("draft", "ready"),
}


class StatusError(ValueError):
    """A status change that is not allowed (for example, exporting a draft)."""


def check_transition(current: str, new: str) -> None:
    """Raise StatusError unless ``current`` → ``new`` is allowed."""
    if new not in TRANSITIONS.get(current, ()):
        raise StatusError(f"An item that is {current!r} cannot become {new!r}.")


def dump_flags(flags: list[dict[str, Any]]) -> str:
    """Content-check flags as stored: a JSON list."""
    return json.dumps(flags, ensure_ascii=False, sort_keys=True)


def load_flags(text: str) -> list[dict[str, Any]]:
    """Content-check flags from storage; a damaged value reads as no flags."""
    try:
        value = json.loads(text or "[]")
    except json.JSONDecodeError:
        return []
    return value if isinstance(value, list) else []
