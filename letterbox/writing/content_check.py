"""A gentle content check before a letter goes for review.

It flags passages the mail room is likely to hold back — a promised date, money,
passing on messages, secrets, asking the child to contact someone, talk about the
case — with a kind message in the parent's language. It never blocks: the parent may
still send the letter, and the flags travel with it for the reviewer.

The word lists are data: ``assets/content-check/<language>.toml`` (schema
``letterbox.content-check`` version 1), plus any terms a facility profile adds.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = "letterbox.content-check"
SCHEMA_VERSION = 1
LANGUAGES = ("en", "es")
CATEGORIES = ("promise_date", "money", "pass_on_message", "keep_secret", "contact_someone",
              "case_talk")
FACILITY_CATEGORY = "facility_term"
# What the reviewer reads (the mail room works in English; the parent's message may not be).
REVIEWER_LABELS = {
    "promise_date": "promises a date or coming home", "money": "mentions money",
    "pass_on_message": "asks the child to pass on a message",
    "keep_secret": "asks the child to keep a secret",
    "contact_someone": "asks the child to contact someone",
    "case_talk": "talks about the case or court", FACILITY_CATEGORY: "facility watch word",
}
_FACILITY_MESSAGE = {
    "en": "The mail room here looks out for \u201c%1\u201d. If it is not needed, you could "
          "leave it out.",
    "es": "La oficina de correo de aquí presta atención a \u201c%1\u201d. Si no hace falta, "
          "puede dejarlo fuera.",
}
_CONTEXT = 40  # characters either side of a match shown to the parent and reviewer


class ContentRulesError(ValueError):
    """A content-check file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Rule:
    """One category's patterns in one language."""

    category: str
    message: str
    patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Flag:
    """One passage that may hold the letter back."""

    category: str
    start: int
    end: int
    passage: str
    context: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """The form stored with the letter (``LetterStore.set_flags``)."""
        return {"category": self.category, "start": self.start, "end": self.end,
                "passage": self.passage, "context": self.context, "message": self.message,
                "summary": self.summary}

    @property
    def summary(self) -> str:
        """One line for the reviewer: what kind of problem, and the parent's words."""
        label = REVIEWER_LABELS.get(self.category, self.category)
        return f"{label}: \u201c{self.passage}\u201d"


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Lower-case ``text`` and strip accents, with each folded character's source offset.

    The map lets a match in the folded text point back at the parent's own words, even
    where folding changes the length ("ß" → "ss").
    """
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if char in "’‘`´":
            char = "'"
        for piece in unicodedata.normalize("NFKD", char.casefold()):
            if unicodedata.combining(piece):
                continue
            out.append(piece)
            where.append(index)
    return "".join(out), where


def _word_pattern(term: str) -> re.Pattern[str]:
    folded, _ = fold_with_map(term.strip())
    body = r"\s+".join(re.escape(part) for part in folded.split())
    return re.compile(rf"(?<![\w']){body}(?![\w])")


def parse_rules(raw: dict[str, Any], source: str = "") -> dict[str, Rule]:
    """Build the rules of one language file, checking its declared schema."""
    where = Path(source).name or "content check"
    if raw.get("schema") != SCHEMA or raw.get("version") != SCHEMA_VERSION:
        raise ContentRulesError(f"{where}: schema must be {SCHEMA!r}, version {SCHEMA_VERSION}")
    categories = raw.get("categories")
    if not isinstance(categories, dict):
        raise ContentRulesError(f"{where}: [categories] is missing")
    rules: dict[str, Rule] = {}
    for name, table in categories.items():
        if name not in CATEGORIES:
            raise ContentRulesError(f"{where}: unknown category {name!r}; "
                                    f"known: {', '.join(CATEGORIES)}")
        message = table.get("message")
        if not isinstance(message, str) or not message.strip():
            raise ContentRulesError(f"{where}: categories.{name}.message is missing")
        patterns = [_word_pattern(w) for w in _strings(table, "words", where, name)]
        for text in _strings(table, "patterns", where, name):
            try:
                patterns.append(re.compile(text))
            except re.error as error:
                raise ContentRulesError(f"{where}: categories.{name}.patterns has a bad "
                                        f"pattern {text!r} ({error})") from error
        rules[name] = Rule(category=name, message=message.strip(), patterns=tuple(patterns))
    return rules


def _strings(table: dict[str, Any], key: str, where: str, name: str) -> list[str]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ContentRulesError(f"{where}: categories.{name}.{key} must be a list of text")
    return [v for v in value if v.strip()]


def load_rules(language: str, folder: Path | None = None) -> dict[str, Rule]:
    """The shipped rules for ``language`` (or those in ``folder``)."""
    from letterbox.resources import data_file

    path = (folder or data_file("content-check")) / f"{language}.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ContentRulesError(f"{path.name}: cannot be read ({error})") from error
    return parse_rules(raw, str(path))


class ContentChecker:
    """Checks letters against every language's rules; messages in the parent's language.

    A parent may mix languages in one letter, so all lists are searched; the message
    always comes from the parent's own language file.

    Args:
        language: the parent's language ('en' or 'es').
        extra_terms: facility terms per language (``FacilityProfile.content_check_terms``).
        folder: where the rule files are (tests); the shipped folder by default.
    """

    def __init__(self, language: str, extra_terms: dict[str, list[str]] | None = None,
                 folder: Path | None = None) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._rules = {lang: load_rules(lang, folder) for lang in LANGUAGES}
        own = self._rules[self.language]
        self._messages = {name: rule.message for name, rule in own.items()}
        terms = sorted({t.strip() for words in (extra_terms or {}).values() for t in words
                        if t.strip()})
        self._extra = [(t, _word_pattern(t)) for t in terms]

    def message(self, category: str) -> str:
        """The kind message for a category, in the parent's language."""
        return self._messages.get(category, "")

    def check(self, text: str) -> list[Flag]:
        """Flags for ``text``, in reading order; overlapping matches are reported once."""
        folded, where = fold_with_map(text)
        found: list[tuple[int, int, str, str]] = []
        order = [self.language] + [lang for lang in LANGUAGES if lang != self.language]
        for lang in order:
            for rule in self._rules[lang].values():
                for pattern in rule.patterns:
                    for match in pattern.finditer(folded):
                        if match.end() > match.start():
                            found.append((match.start(), match.end(), rule.category,
                                          self.message(rule.category) or rule.message))
        template = _FACILITY_MESSAGE.get(self.language, _FACILITY_MESSAGE["en"])
        for term, pattern in self._extra:
            for match in pattern.finditer(folded):
                found.append((match.start(), match.end(), FACILITY_CATEGORY,
                              template.replace("%1", term)))
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        merged: list[list[Any]] = []
        for start, end, category, message in found:
            last = merged[-1] if merged else None
            if last is not None and start < last[1]:
                last[1] = max(last[1], end)  # one passage, one flag: the first category wins
                continue
            merged.append([start, end, category, message])
        flags: list[Flag] = []
        for start, end, category, message in merged:
            src_start, src_end = where[start], where[end - 1] + 1
            flags.append(Flag(category=category, start=src_start, end=src_end,
                              passage=text[src_start:src_end],
                              context=_context(text, src_start, src_end), message=message))
        return flags


def _context(text: str, start: int, end: int) -> str:
    left = max(0, start - _CONTEXT)
    right = min(len(text), end + _CONTEXT)
    snippet = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(text) else "")
