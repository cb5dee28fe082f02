"""Find the line of a key or value in a prompt file, so errors can point at it.

tomllib gives parsed values without positions, so schema problems are located by
scanning the text: top-level keys before the first table header, and keys inside the
n-th ``[[steps]]`` table. Good enough for the hand-written files staff edit; when a key
cannot be found the error simply has no line.
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+|\"[^\"]*\"|'[^']*')\s*=")
_TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")


class LineFinder:
    """Index a TOML text by table and key for error messages."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        # (table name or "", index of that table among same-named ones) -> {key: line}
        self._keys: dict[tuple[str, int], dict[str, int]] = {}
        self._tables: dict[tuple[str, int], int] = {}
        counts: dict[str, int] = {}
        current: tuple[str, int] = ("", 0)
        in_multiline = False
        for number, raw in enumerate(self._lines, start=1):
            # Skip the inside of multi-line strings, such as the example letter.
            quotes = raw.count('"""') + raw.count("'''")
            if in_multiline:
                if quotes % 2 == 1:
                    in_multiline = False
                continue
            header = _HEADER.match(raw)
            if header and not _KEY.match(raw):
                name = header.group(1).strip().strip("\"'")
                index = counts.get(name, 0)
                counts[name] = index + 1
                current = (name, index)
                self._tables[current] = number
                continue
            key = _KEY.match(raw)
            if key:
                self._keys.setdefault(current, {}).setdefault(key.group(1).strip("\"'"), number)
            if quotes % 2 == 1:
                in_multiline = True

    def key(self, key: str, table: str = "", index: int = 0) -> int | None:
        """The line where ``key`` is set in a table (top level when ``table`` is "")."""
        found = self._keys.get((table, index), {}).get(key)
        if found is None and table:
            # Inline tables (steps = [{...}]) have no headers: fall back to the table key.
            return self._keys.get(("", 0), {}).get(table)
        return found

    def top_level_end(self) -> int:
        """The last line of the top-level keys: where a missing key belongs."""
        top = self._keys.get(("", 0), {})
        return max(top.values(), default=1)

    def table(self, table: str, index: int = 0) -> int | None:
        """The line of the ``index``-th ``[[table]]`` header."""
        return self._tables.get((table, index))

    def value(self, text: str, after: int | None) -> int | None:
        """The first line at or after ``after`` that contains ``text`` (quoted or not)."""
        if after is None:
            return None
        for number in range(after, len(self._lines) + 1):
            if text and text in self._lines[number - 1]:
                return number
        return after


def toml_error_line(message: str, text: str) -> int | None:
    """The line number in a tomllib error message ("at end of document" = last line)."""
    match = _TOML_POSITION.search(message)
    if match:
        return int(match.group(1))
    if "end of document" in message:
        return max(1, len(text.splitlines()))
    return None


# tomllib's wording, and what it usually means in a hand-edited prompt file.
_TOML_HINTS = (
    ("Illegal character '\\n'", "a text in quotes is not closed: add the missing \""),
    ("Unclosed array", "a list is not closed: add the missing ]"),
    ("Cannot overwrite a value", "the same key is set twice"),
    ("Cannot declare", "the same key is set twice"),
    ("Invalid value", "a value is not valid: is a text missing its quotes?"),
    ("Expected '=' after a key", "a line is not in the form key = value"),
)


def strip_position(message: str) -> str:
    """A tomllib message without its position, with a plain-words hint where known."""
    plain = _TOML_POSITION.sub("", message).replace("(at end of document)", "").strip()
    for known, hint in _TOML_HINTS:
        if plain.startswith(known):
            return f"{hint} ({plain})"
    return plain
