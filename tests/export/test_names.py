"""Safe file names for packets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from letterbox.export.names import MAX_STEM, NameBook, is_safe_name, safe_stem


@pytest.mark.parametrize(("text", "expected"), [
    ("../../x", "x"), ("<b>", "b"), ("Zoë Martínez", "Zoe-Martinez"),
    ("Дмитрий Петров", "Дмитрий-Петров"), ("CON", "item-CON"), ("", "item"), ("..", "item"),
    ("a/b\\c:d*e?f|g\"h", "a-b-c-d-e-f-g-h"), ("tab\tnew\nline\x00", "tab-new-line"),
])
def test_names_are_readable_and_safe(text: str, expected: str) -> None:
    """Separators, '..', markup, control characters and device names never reach a file name."""
    assert safe_stem(text) == expected


def test_long_names_are_capped_and_kept_unique() -> None:
    """A 500-character name is cut to the cap; two of them still get different names."""
    book = NameBook()
    first, second = book.name("x" * 500, "pdf"), book.name("x" * 500, "pdf")
    assert len(first) <= MAX_STEM + 4 and first != second
    assert is_safe_name(first) and is_safe_name(second)


def test_names_differing_only_in_case_are_made_unique() -> None:
    """'Zoe' and 'ZOE' would collide on Windows and macOS, so the second is numbered."""
    book = NameBook()
    assert book.name("Zoe", "pdf") == "Zoe.pdf"
    assert book.name("ZOE", "pdf") == "ZOE-2.pdf"


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_gives_a_safe_name(text: str) -> None:
    """Whatever the text, the file name is one safe component."""
    name = NameBook().name(text, "pdf")
    assert is_safe_name(name), repr(name)
    assert "/" not in name and "\\" not in name and ".." not in name


def test_packet_folder_keeps_its_date_with_a_long_name(core, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The longest parent name and an ID like ../../x<b> give a safe folder ending in the date."""
    import re

    from letterbox.export.packet import PacketExporter

    parent = core.profiles.create_parent("N" * 80, "../../x<b>", "1234")
    child = core.profiles.add_child(parent.id, "Kid", age_years=5, contact_status="approved")
    letter = core.letters.create(parent.id, child.id, title="<b>" * 60, body="Hello")
    core.letters.set_status(letter.id, "ready")
    core.letters.set_status(letter.id, "approved")
    result = PacketExporter(core).export(parent.id, tmp_path)
    assert result.folder is not None and result.folder.parent == tmp_path
    assert is_safe_name(result.folder.name) and re.search(r"\d{8}-\d{6}$", result.folder.name)
    for path in result.folder.rglob("*"):
        assert is_safe_name(path.name), path.name
