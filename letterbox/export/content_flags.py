"""Content-check flags for the review sheet: the facility's word lists, and stored flags."""

from __future__ import annotations

import re
from typing import Any


def term_flags(text: str, terms: dict[str, list[str]], languages: tuple[str, ...]) -> list[str]:
    """Content-check words from the facility's lists found in the text, with counts."""
    found: list[str] = []
    folded = text.casefold()
    for lang in languages:
        for term in terms.get(lang, []):
            pattern = r"(?<!\w)" + re.escape(term.casefold()) + r"(?!\w)"
            count = len(re.findall(pattern, folded))
            if count:
                found.append(f"“{term}” ×{count}")
    return list(dict.fromkeys(found))


def stored_flags(flags: list[dict[str, Any]]) -> list[str]:
    """Flags the writing checks stored on the item, as short text."""
    out = []
    for flag in flags:
        if isinstance(flag, dict):
            # The reviewer's one-line summary (English, with the passage) first; the
            # parent-facing message is in the parent's language and written for them.
            text = (flag.get("summary") or flag.get("message") or flag.get("term")
                    or flag.get("word") or flag.get("kind"))
            out.append(str(text if text else flag))
    return out
