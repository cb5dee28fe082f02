"""Declared settings: each has one declaration with its type, default and meaning.

Values live in the database's ``setting`` table as JSON, so they are written in the
same atomic way as everything else. Unknown keys are refused; bad stored values fall
back to the default.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from letterbox.errors import InvalidInput
from letterbox.store.db import Database
from letterbox.writing.carer_insert import DEFAULT_EN, DEFAULT_ES, TEXT_MAX


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    doc: str
    low: float | None = None    # numbers: the smallest value accepted
    high: float | None = None   # numbers: the largest; text: the most characters

    def check(self, value: Any) -> None:
        """Raise InvalidInput when ``value`` is out of the declared range."""
        if self.type in (int, float) and self.low is not None and self.high is not None \
                and not self.low <= value <= self.high:
            raise InvalidInput("setting_range", key=self.key, low=f"{self.low:g}",
                               high=f"{self.high:g}")
        if self.type is str and self.high is not None and len(value) > self.high:
            raise InvalidInput("field_too_long", field=self.key, limit=int(self.high))


SETTINGS: tuple[Setting, ...] = (
    Setting("facility_profile", str, "generic-us-letter",
            "Which facility profile exports follow (paper, identity, limits)."),
    Setting("user_prompts_dir", str, "",
            "A folder of extra prompt files that staff wrote; empty for none."),
    Setting("speech_engine", str, "",
            "The text-to-speech engine to prefer; empty picks the first that works."),
    Setting("idle_sign_out_minutes", int, 10,
            "Sign the parent out after this many minutes without input (shared kiosk).",
            1, 120),
    Setting("max_recording_minutes", int, 10,
            "Longest recording when the facility profile says nothing.", 1, 60),
    Setting("ui_scale", float, 1.0, "Text size factor for the whole window.", 0.5, 3.0),
    Setting("review_required", bool, True,
            "Export only items a worker approved; off, items the parent sent go too."),
    Setting("story_folder", str, "",
            "A folder of story files (.txt) that staff chose for echo reading; empty for "
            "the shipped library only."),
    Setting("carer_insert", bool, False,
            "Put a page of advice for the carer (talking with a child about a parent in "
            "prison, with spaces for local organisations) in each child's packet."),
    Setting("carer_insert_en", str, DEFAULT_EN,
            "The carer insert in English ('# ' heading, '- ' point).", None, TEXT_MAX),
    Setting("carer_insert_es", str, DEFAULT_ES,
            "The carer insert in Spanish ('# ' heading, '- ' point).", None, TEXT_MAX),
)
_BY_KEY = {s.key: s for s in SETTINGS}


class Settings:
    """Typed access to the declared settings."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> Any:
        """The stored value, or the declared default."""
        decl = _BY_KEY[key]
        row = self._db.query_one("SELECT value FROM setting WHERE key = ?", (key,))
        if row is None:
            return decl.default
        try:
            value = json.loads(row["value"])
            return decl.type(value)
        except (json.JSONDecodeError, TypeError, ValueError):
            return decl.default

    def set(self, key: str, value: Any) -> None:
        """Store a value after checking it against the declaration."""
        decl = _BY_KEY.get(key)
        if decl is None:
            raise KeyError(f"Unknown setting {key!r}")
        if not isinstance(value, decl.type) or (decl.type is int and isinstance(value, bool)):
            if decl.type is float and isinstance(value, int):
                value = float(value)
            else:
                raise TypeError(f"{key} must be {decl.type.__name__}")
        decl.check(value)
        with self._db.transaction() as conn:
            conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key)"
                         " DO UPDATE SET value = excluded.value", (key, json.dumps(value)))

    def all(self) -> dict[str, Any]:
        """Every declared setting with its current value."""
        return {s.key: self.get(s.key) for s in SETTINGS}
