"""Words a prompt must never put in a parent's mouth: secrets and passed-on messages.

Mail rooms reject letters that ask a child to keep secrets or to forward messages, and
such requests put the child in the middle. A shipped or staff-written prompt that
suggests either is refused when the library loads. The lists are short on purpose:
they catch the usual phrasings, not every possible one; staff review still matters.
"""

from __future__ import annotations

import re
import unicodedata

# Patterns are matched against lower-case text with accents removed.
_UNSAFE: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"\bsecrets?\b", "asks the child to keep a secret"),
        (r"\b(don'?t|do not|never) tell\b", "asks the child to keep a secret"),
        (r"\b(just )?between (you and me|us)\b", "asks the child to keep a secret"),
        (r"\bpass (it|this|that|them)? ?(on|along)\b", "asks the child to pass on a message"),
        (r"\b(tell|ask) (him|her|them|your \w+|grandma|grandpa|\w+) (that )?i said\b",
         "asks the child to pass on a message"),
        (r"\b(say|send) (hi|hello|my love|a message) to\b", "asks the child to pass on a message"),
        (r"\bgive (this|the|my) (message|note|letter) to\b", "asks the child to pass on a message"),
        (r"\b(call|phone|text|write to|visit) (him|her|them) for me\b",
         "asks the child to contact someone for the parent"),
    ),
    "es": (
        (r"\bsecretos?\b", "asks the child to keep a secret"),
        (r"\bno (se lo |le |les )?(digas|cuentes)\b", "asks the child to keep a secret"),
        (r"\bentre (tu y yo|nosotros)\b", "asks the child to keep a secret"),
        (r"\b(dile|diles|dale|dales|pasale|pasales) (este |el |mi )?(mensaje|recado)\b",
         "asks the child to pass on a message"),
        (r"\b(dile|diles) (a (\w+ ){1,3})?que\b", "asks the child to pass on a message"),
        (r"\b(saluda|saludame|dale saludos|mandale saludos)\b",
         "asks the child to pass on a message"),
        (r"\b(llama|llamale|escribele|visita) a \w+ (de mi parte|por mi)\b",
         "asks the child to contact someone for the parent"),
        (r"\bde mi parte\b", "asks the child to pass on a message"),
    ),
}
_COMPILED = {lang: tuple((re.compile(p), why) for p, why in rules)
             for lang, rules in _UNSAFE.items()}


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents, so 'Dile' and 'díle' match alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def unsafe_reason(text: str, language: str) -> str | None:
    """Why ``text`` is unsafe for a prompt in ``language``, or None when it is fine.

    Both word lists are checked whatever the language, since a Spanish prompt may quote
    an English phrase and the other way round.
    """
    folded = fold(text)
    order = [language] + [lang for lang in _COMPILED if lang != language]
    for lang in order:
        for pattern, why in _COMPILED.get(lang, ()):
            if pattern.search(folded):
                return why
    return None
