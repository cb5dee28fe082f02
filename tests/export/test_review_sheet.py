"""The review sheet: any content renders, identity and page numbers on every page."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from letterbox.export.extras import ChildInfo, render_extras
from letterbox.export.facility import load_facility
from letterbox.export.letter_pdf import Sender, render_letter
from letterbox.export.review_sheet import SheetRow, render_review_sheet
from tests.export.pdftext import pdf_pages, word_boxes

SENDER = Sender("Demo Parent", "DEMO-0001", "B-wing, cell 14",
                "HMP Example, 1 Prison Lane, Exampletown EX1 1AA")
WORDS_143 = " ".join(f"word{i}" for i in range(143))


def _row(**changes: object) -> SheetRow:
    base: dict[str, object] = dict(child="Zoë Martínez", carer="Ana Martínez", kind="letter",
                                   size_text="1 page", words=12, summary="Letter",
                                   flags=[], sha256="ab" * 32, file="letters/a.pdf")
    base.update(changes)
    return SheetRow(**base)  # type: ignore[arg-type]


def _sheet(rows: list[SheetRow], sender: Sender = SENDER) -> list[str]:
    data, pages = render_review_sheet(rows, sender, load_facility(), created_at="2026-01-01",
                                      app_version="test")
    texts = pdf_pages(data)
    assert pages >= 1 and len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert sender.id_number in text, f"no ID on page {number}"
        assert f"Page {number} of {pages}" in " ".join(text.split())
    return texts


@pytest.mark.parametrize("row", [
    _row(kind="recording", summary=WORDS_143, words=143),
    _row(flags=[f"content flag number {i}: “words” ×{i}" for i in range(7)]),
    _row(summary="我们今天去公园玩了很开心我想你了爸爸爱你宝贝我们下次一起去动物园看大熊猫吧好不好"),
    _row(child="王小明王小明王小明王小", carer="李美丽李美丽李美丽李美"),
    _row(child="Z" * 80, carer="Q" * 5000, summary="a" * 5000, flags=["b" * 3000]),
], ids=["143-words", "7-flags", "chinese-transcript", "cjk-names", "endless-words"])
def test_content_that_once_broke_the_sheet_renders(row: SheetRow) -> None:
    """Rows once taller than a page (LayoutError) now render with identity on every page."""
    _sheet([row, _row()])


def test_cut_text_continues_in_full_in_the_appendix() -> None:
    """A long transcript shows its start in the table and its whole text in the appendix."""
    transcript = " ".join(f"w{i}" for i in range(600)) + " THE-END"
    texts = _sheet([_row(kind="recording", summary=transcript)])
    whole = " ".join(" ".join(texts).split())
    assert "continued in appendix, item 1" in whole
    assert "Appendix: items in full" in whole and "THE-END" in whole


def test_cjk_and_arabic_print_as_the_letters_markers() -> None:
    """Scripts the fonts lack print as the letter's visible markers, on table and appendix."""
    whole = " ".join(" ".join(_sheet([_row(child="王小明", summary="مرحبا يا حبيبي")])).split())
    # (a marker may be broken across lines in a narrow column, beside the next column)
    joined = "".join(whole.split())
    assert "[Chinese/Japanese/Korean" in joined and "[Arabictext]" in joined
    assert joined.count("[Chinese/Japanese/Korean") == 1  # one marker for the name, not three


# Long texts are short random pieces repeated up to 5,000 characters (cheap to generate).
_ANY = st.text(max_size=300) | st.builds(lambda piece, times: (piece * times)[:5000],
                                         st.text(min_size=1, max_size=40),
                                         st.integers(1, 5000))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(summary=_ANY, child=_ANY, carer=st.text(max_size=300), flag=_ANY, sender_name=_ANY)
def test_any_text_renders_with_identity_on_every_page(summary: str, child: str, carer: str,
                                                       flag: str, sender_name: str) -> None:
    """Any unicode, any length, in transcripts, flags and names: never raises, ID everywhere."""
    sender = Sender(sender_name, "DEMO-0001", "B-wing", "HMP Example")
    _sheet([_row(child=child, carer=carer, summary=summary, flags=[flag]), _row()], sender)


def test_five_hundred_items_render() -> None:
    """A packet of 500 items gives a sheet listing all of them."""
    rows = [_row(summary=f"Letter number {i}", words=i) for i in range(500)]
    texts = _sheet(rows)
    assert "500 items" in " ".join(texts[0].split())


def _footer_clear(pdf: bytes, pages: int) -> None:
    for page in range(1, pages + 1):
        boxes = word_boxes(pdf, page)
        footer_top = min(top for word, top, _ in boxes if word == "Page")
        footer_line = [w for w in boxes if w[1] >= footer_top - 0.5]
        body = [w for w in boxes if w[1] < footer_top - 0.5]
        assert all(bottom <= footer_top for _, _, bottom in body), f"overlap on page {page}"
        assert len({round(top) for _, top, _ in footer_line}) == 1, "footer on one line"


def test_footer_with_a_long_name_never_touches_the_letter_text() -> None:
    """'To' an 80-character name: the footer stays one line below the body text."""
    name = "Zoë " + "Martínez-" * 8 + "Long"
    pdf = render_letter("hello world " * 1500, SENDER, load_facility(), to_name=name)
    _footer_clear(pdf.data, pdf.pages)


def test_footer_with_a_long_name_never_touches_the_extras_text() -> None:
    """The extras' footer ("For" an 80-character name) stays one line below the text."""
    child = ChildInfo("Zoë " + "Martínez-" * 8 + "Long", 6, "Dad", "Ana " * 20, "12 Elm St")
    rendered = render_extras(child, SENDER, load_facility(), items=2, has_audio=True)
    assert rendered is not None
    _footer_clear(*rendered)


def test_whitespace_controls_in_names_print_as_spaces_and_are_listed() -> None:
    """Tab, newline, U+2028 and U+2029 in a child's name become spaces, each one listed."""
    name = "Zoë\tAnn\nMarie\u2028Lou\u2029Smith"
    pdf = render_letter("Dear Zoë, hello.", SENDER, load_facility(), to_name=name)
    assert "To Zoë Ann Marie Lou Smith" in " ".join(pdf_pages(pdf.data)[0].split())
    assert {ch for ch, _ in pdf.replaced} == {"\t", "\n", "\u2028", "\u2029"}
    assert all(replacement == "space" for _, replacement in pdf.replaced)
    child = ChildInfo(name, 6, "Dad", "Ana\u2028Martínez", "12 Elm St")
    rendered = render_extras(child, SENDER, load_facility(), items=1, has_audio=False)
    assert rendered is not None
    text = " ".join(" ".join(pdf_pages(rendered[0])).split())
    assert "Zoë Ann Marie Lou Smith" in text and "Ana Martínez" in text
    assert "line separator" not in text
    sheet = " ".join(" ".join(_sheet([_row(child=name, carer="Ana\u2029Martínez")])).split())
    assert "line separator" not in sheet and "paragraph separator" not in sheet
