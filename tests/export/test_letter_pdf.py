"""The letter PDF: text that reads back, identity on every page, same bytes every time."""

from __future__ import annotations

import base64
import re
import time
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from letterbox.demo import BIRTHDAY_LETTER, SHORT_LETTER, long_letter
from letterbox.export.facility import load_facility
from letterbox.export.fonts import printable_text
from letterbox.export.letter_pdf import Sender, render_letter, unsupported_characters
from tests.export.pdftext import pdf_pages, pdf_text

SENDER = Sender("Demo Parent", "DEMO-0001", "B-wing, cell 14",
                "HMP Example, 1 Prison Lane, Exampletown EX1 1AA")


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("text", [
    "Café crème, señorita, Ångström, naïve, Zoë Martínez",
    "Дмитрий Петров, привет! Как дела в школе?",
    "Ελληνικά: καλημέρα, αγάπη μου",
    BIRTHDAY_LETTER, SHORT_LETTER,
])
def test_text_round_trips_through_pdftotext(text: str) -> None:
    """Accents, Cyrillic, Greek and the demo's letters read back from the PDF unchanged."""
    pdf = render_letter(text, SENDER, load_facility())
    assert pdf.replaced == []
    assert _squash(text) in _squash(pdf_text(pdf.data))


def test_identity_and_page_numbers_on_every_page_of_a_long_letter() -> None:
    """A 3+-page letter has name, ID and 'Page x of y' on each page (BOP adds the facility)."""
    profile = load_facility("us-federal-bop")
    pdf = render_letter(long_letter(), SENDER, profile, to_name="Дмитрий Петров")
    pages = pdf_pages(pdf.data)
    assert pdf.pages >= 3 and len(pages) == pdf.pages
    for number, page in enumerate(pages, start=1):
        flat = _squash(page)
        assert "Demo Parent" in flat
        assert "Register number: DEMO-0001" in flat
        assert "HMP Example, 1 Prison Lane, Exampletown EX1 1AA" in flat
        assert f"Page {number} of {pdf.pages}" in flat
        assert "To Дмитрий Петров" in flat


def test_uk_profile_prints_wing_and_cell_on_a4() -> None:
    """The HMPPS profile prints on A4 with the prison number, wing and cell."""
    pdf = render_letter(BIRTHDAY_LETTER, SENDER, load_facility("england-wales-hmpps"))
    flat = _squash(pdf_text(pdf.data))
    assert "Prison number: DEMO-0001" in flat and "Wing and cell: B-wing, cell 14" in flat
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in pdf.data


def test_same_draft_gives_identical_bytes() -> None:
    """Rendering the same draft twice gives byte-identical PDFs; a change gives other bytes."""
    profile = load_facility()
    first = render_letter(long_letter(), SENDER, profile, to_name="Zoë")
    second = render_letter(long_letter(), SENDER, profile, to_name="Zoë")
    assert first.data == second.data
    assert render_letter(long_letter() + "!", SENDER, profile, to_name="Zoë").data != first.data


def test_markup_in_user_strings_is_printed_not_obeyed() -> None:
    """Names and text like '<b>' and 'Ali <Bob> & co' print literally."""
    sender = Sender("Ali <b>Bob</b> & co", "<ID&1>")
    pdf = render_letter("Dear <Zoë> & friends, 1 < 2 > 0 &amp;", sender, load_facility(),
                        to_name="<i>kid</i>")
    flat = _squash(pdf_text(pdf.data))
    for fragment in ("Ali <b>Bob</b> & co", "ID number: <ID&1>",
                     "Dear <Zoë> & friends, 1 < 2 > 0 &amp;", "To <i>kid</i>"):
        assert fragment in flat


def test_body_text_is_at_least_twelve_points() -> None:
    """Every font size used in the letter is at least the facility minimum (12 pt)."""
    pdf = render_letter(long_letter(), SENDER, load_facility())
    content = b""
    for raw in re.findall(rb"(?<=\n)stream\r?\n(.*?)endstream", pdf.data, re.S):
        try:  # page streams are ASCII85 then Flate; font files are Flate only
            data = base64.a85decode(raw.strip(), adobe=True) if raw.strip().endswith(b"~>") \
                else raw
            content += zlib.decompress(data)
        except (zlib.error, ValueError):
            continue
    sizes = {float(s) for s in re.findall(rb"/F\d+(?:\+\d+)? ([\d.]+) Tf", content)}
    assert sizes and min(sizes) >= 12


def test_unprintable_characters_are_listed_and_marked() -> None:
    """Emoji, Arabic and control characters never vanish silently: listed, and marked in print."""
    text = "Hi 😀 and 🦄, مرحبا بك\x07 end"
    listed = dict(unsupported_characters(text))
    assert listed["😀"] == "[grinning face]" and listed["🦄"] == "[unicorn face]"
    assert listed["م"] == "[Arabic text]" and listed["\x07"] == ""
    pdf = render_letter(text, SENDER, load_facility())
    flat = _squash(pdf_text(pdf.data))
    assert "Hi [grinning face] and [unicorn face], [Arabic text] end" in flat
    assert dict(pdf.replaced) == listed


def test_plain_text_needs_no_replacement() -> None:
    """Ordinary English, Spanish and Russian letters need nothing replaced."""
    assert unsupported_characters("¡Hola, niño! Привет. Ünïcödé “quotes” — dash… €5") == []


_TEXTS = st.text(alphabet=st.characters(codec="utf-8"), max_size=400) | st.lists(
    st.sampled_from(["שלום", "مرحبا", "😀", "👨‍👩‍👧", "\u202e", "\x00", "\t", "\n", "Zoë",
                     "Дмитрий", "<b>", "&", " ", "a" * 90, "\r\n", "\ufeff"]),
    max_size=40).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS)
def test_any_text_exports_without_crash_or_silent_loss(text: str) -> None:
    """Control characters, RTL, emoji, anything: no crash; every character prints or is listed."""
    pdf = render_letter(text, SENDER, load_facility())
    assert pdf.data.startswith(b"%PDF")
    printed = _squash(pdf_text(pdf.data))
    listed = {ch for ch, _ in pdf.replaced}
    for word in printable_text(text).split():
        if len(word) < 60 and word.isprintable():
            assert word in printed.replace(" ", "") or word in printed
    for ch in text:
        if ch.isprintable() and not ch.isspace() and ch not in listed:
            assert ch in printed or ch in "\u200d\ufe0f\u202e\ufeff", repr(ch)


def test_a_megabyte_of_text_exports_in_reasonable_time() -> None:
    """1 MB of text (five times the store limit) exports, all of it, within seconds."""
    text = ("This is a long letter with many words in it. " * 22_000)[:1_000_000]
    started = time.perf_counter()
    pdf = render_letter(text, SENDER, load_facility())
    assert time.perf_counter() - started < 30
    assert pdf.pages > 100
    last = pdf_text(pdf.data, page=pdf.pages)
    assert f"Page {pdf.pages} of {pdf.pages}" in last


def test_direction_overrides_are_left_out_and_listed() -> None:
    """A right-to-left override cannot reverse printed words; it is named before export."""
    from letterbox.export.fonts import unsupported_characters

    text = "I will call \u202eenoh\u202c soon"
    listed = [ch for ch, _ in unsupported_characters(text)]
    assert "\u202e" in listed and "\u202c" in listed
