"""Offline spell checking in English and Spanish (pyspellchecker).

``Speller.check`` finds misspelt words with their offsets and a few suggestions; it is
called through ``TaskRunner.run`` so the GUI thread never waits for it. Names (the
child's, the parent's, the carer's) and the parent's own added words are never marked.
The parent's words are kept in a small JSON file per parent, written atomically.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from letterbox.writing.spanish_words import IRREGULAR, is_inflection

LANGUAGES = ("en", "es")
MAX_SUGGESTIONS = 5
MAX_SUGGESTED_WORDS = 150   # suggestions are computed for this many distinct words per check
LONG_WORD = 9               # longer words get edit-distance-1 suggestions only (distance 2 is slow)
SUGGEST_BUDGET_S = 0.5      # later words get suggestions when the parent asks (right-click)
MAX_WORD = 30               # longer "words" (pasted codes, URLs) are not checked at all

# Words in any script with inner apostrophes ("don't", "niño"); tokens holding digits or
# underscores (codes, "3rd", "file_2") are found whole and then skipped.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class Misspelling:
    """A word the dictionary does not know, where it is, and what it might be."""

    start: int
    end: int
    word: str
    suggestions: tuple[str, ...]


def tokens(text: str) -> Iterable[tuple[int, int, str]]:
    """Every word in ``text`` as ``(start, end, word)``."""
    for match in _TOKEN.finditer(text):
        yield match.start(), match.end(), match.group()


def name_words(*names: str) -> set[str]:
    """The lower-case words of names, to leave unmarked ("Zoë Martínez" → zoë, martínez)."""
    return {w.casefold() for name in names for _, _, w in tokens(name)}


class Speller:
    """One language's dictionary, loaded on first use (off the GUI thread).

    Thread-safe: checks may overlap when the parent types quickly.
    """

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"No dictionary for {language!r}")
        self.language = language
        self._lock = threading.Lock()
        self._checker: Any = None
        self._near: Any = None

    def _load(self) -> None:
        if self._checker is None:
            from spellchecker import SpellChecker

            self._checker = SpellChecker(language=self.language)
            self._near = SpellChecker(language=self.language, distance=1)
            if self.language == "es":
                # So "Estoi" can be corrected to "Estoy", which the shipped list lacks.
                for checker in (self._checker, self._near):
                    checker.word_frequency.load_words(sorted(IRREGULAR))

    def known(self, word: str) -> bool:
        """True when the dictionary knows ``word``."""
        with self._lock:
            self._load()
            return self._is_known(word)

    def _is_known(self, word: str) -> bool:
        lower = word.casefold().replace("’", "'")
        if lower in self._checker:
            return True
        if self.language == "es" and is_inflection(lower, self._checker):
            return True
        # "Zoë's", "María's": the word before an English possessive may be known.
        return lower.endswith("'s") and lower[:-2] in self._checker

    def suggestions(self, word: str, wait_s: float = 0.3) -> tuple[str, ...]:
        """Likely corrections, best first, in the word's own capitalisation.

        Called from a menu on the GUI thread, so it waits at most ``wait_s`` for a
        check running elsewhere and then gives up with no suggestions.
        """
        if not self._lock.acquire(timeout=wait_s):
            return ()
        try:
            self._load()
            return self._suggest(word)
        finally:
            self._lock.release()

    def _suggest(self, word: str) -> tuple[str, ...]:
        lower = word.casefold()
        # Distance 1 first: it is fast and usually enough; distance 2 only for short words
        # (on long words it can take seconds).
        checker = self._near
        found = checker.candidates(lower) or set()
        if not found and len(lower) < LONG_WORD:
            checker = self._checker
            found = checker.candidates(lower) or set()
        ranked = sorted((w for w in found if w != lower),
                        key=lambda w: (-checker.word_usage_frequency(w), w))[:MAX_SUGGESTIONS]
        return tuple(_match_case(word, w) for w in ranked)

    def check(self, text: str, ignore: Iterable[str] = ()) -> list[Misspelling]:
        """Misspelt words in ``text``, in order, skipping ``ignore`` (lower-case words)."""
        skip = {w.casefold() for w in ignore}
        with self._lock:
            self._load()
            unknown: list[tuple[int, int, str]] = []
            verdict: dict[str, bool] = {}
            for start, end, word in tokens(text):
                lower = word.casefold()
                if len(word) < 2 or len(word) > MAX_WORD or not _letters_only(word) or (
                        lower in skip) or (
                        lower.endswith(("'s", "’s")) and lower[:-2] in skip):
                    continue
                if word.isupper() and len(word) <= 5:
                    continue  # abbreviations: TV, PE, USA
                if lower not in verdict:
                    verdict[lower] = self._is_known(word)
                if not verdict[lower]:
                    unknown.append((start, end, word))
            suggested: dict[str, tuple[str, ...]] = {}
            result = []
            deadline = time.monotonic() + SUGGEST_BUDGET_S
            for start, end, word in unknown:
                lower = word.casefold()
                if lower not in suggested:
                    in_budget = (len(suggested) < MAX_SUGGESTED_WORDS
                                 and time.monotonic() < deadline)
                    suggested[lower] = self._suggest(word) if in_budget else ()
                result.append(Misspelling(start, end, word, suggested[lower]))
            return result


def _letters_only(word: str) -> bool:
    return all(ch.isalpha() or ch in "'’" for ch in word)


def _match_case(original: str, word: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class PersonalWords:
    """Words a parent added ("this is spelt right"), one small JSON file per parent."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def load(self) -> set[str]:
        """The parent's words (empty when the file is missing or damaged)."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return set()
        words = data.get("words") if isinstance(data, dict) else None
        return {w for w in words if isinstance(w, str)} if isinstance(words, list) else set()

    def add(self, word: str) -> set[str]:
        """Add a word and save atomically; returns the new set."""
        words = self.load() | {word.casefold()}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"version": 1, "words": sorted(words)}, ensure_ascii=False),
                       encoding="utf-8")
        os.replace(tmp, self.path)
        return words
