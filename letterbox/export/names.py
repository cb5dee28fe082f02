"""File names that are safe on every system (Windows, macOS, Linux, FAT USB sticks).

No path separators, no ``..``, no control characters, none of ``<>:"/\\|?*``, no
trailing dots or spaces, no Windows device names, at most ``MAX_STEM`` characters,
and unique within a packet (case-insensitively, since many file systems ignore case).
"""

from __future__ import annotations

import re
import unicodedata

MAX_STEM = 60
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}


def safe_stem(text: str, fallback: str = "item") -> str:
    """A readable, safe file-name stem made from any text (names, titles).

    Accents are kept as plain letters where possible ("Zoë" → "Zoe"); other scripts
    are kept (Cyrillic names stay readable); anything risky becomes ``-``.
    """
    kept = []
    for ch in unicodedata.normalize("NFC", text):
        base = unicodedata.normalize("NFKD", ch)
        # Latin letters lose their accents (Zoë → Zoe); other scripts keep theirs (й).
        ascii_base = "".join(c for c in base if not unicodedata.combining(c))
        kept.append(ascii_base if ascii_base.isascii() and ascii_base else ch)
    cleaned = []
    for ch in "".join(kept):
        category = unicodedata.category(ch)
        if _FORBIDDEN.match(ch) or category[0] in ("C", "Z") or category in ("So", "Sk"):
            cleaned.append("-")
        elif ch.isalnum() or ch in "-_":
            cleaned.append(ch)
        else:
            cleaned.append("-")
    stem = re.sub(r"-{2,}", "-", "".join(cleaned)).strip("-._ ")
    stem = stem[:MAX_STEM].rstrip("-._ ")
    if not stem or stem.lower().split(".")[0] in _RESERVED:
        stem = f"{fallback}-{stem}" if stem else fallback
    return stem


class NameBook:
    """Hands out unique safe names within one folder of a packet."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def name(self, stem_text: str, extension: str, fallback: str = "item") -> str:
        """A unique ``stem.ext`` (``stem-2.ext`` and so on when taken)."""
        ext = safe_stem(extension, "bin").lower()[:8]
        stem = safe_stem(stem_text, fallback)
        candidate, number = f"{stem}.{ext}", 2
        while candidate.lower() in self._taken:
            suffix = f"-{number}"
            candidate = f"{stem[:MAX_STEM - len(suffix)]}{suffix}.{ext}"
            number += 1
        self._taken.add(candidate.lower())
        return candidate


def is_safe_name(name: str) -> bool:
    """True if ``name`` is one plain file name that every system accepts."""
    if not name or len(name) > MAX_STEM + 12 or name in (".", ".."):
        return False
    if _FORBIDDEN.search(name) or name != name.strip() or name.endswith("."):
        return False
    return name.split(".")[0].lower() not in _RESERVED
