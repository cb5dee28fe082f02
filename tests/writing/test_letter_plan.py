"""Greeting, sign-off, length and flow state of a guided letter."""

from __future__ import annotations

from letterbox.writing.letter_plan import (
    FlowState,
    compose,
    estimate_pages,
    first_name,
    greetings,
    sign_offs,
    word_count,
)


def test_english_greeting_and_sign_off_follow_the_relationship() -> None:
    """An English letter to Maya from "Dad" starts "Dear Maya," and ends "Love, Dad"."""
    assert greetings("Maya Jones", "en")[0] == "Dear Maya,"
    assert sign_offs("Dad", "en")[0] == "Love, Dad"


def test_spanish_greeting_uses_gender_only_when_known() -> None:
    """Spanish says "Querida"/"Querido" when known, and the neutral "Hola" first otherwise."""
    assert greetings("Maya", "es", "f")[0] == "Querida Maya,"
    assert greetings("Pablo", "es", "m")[0] == "Querido Pablo,"
    unknown = greetings("Maya", "es")
    assert unknown[0] == "Hola, Maya,"
    assert "Querida Maya," in unknown and "Querido Maya," in unknown


def test_spanish_sign_off_translates_the_relationship() -> None:
    """"Dad" signs a Spanish letter as "Papá"; an unknown word is kept as the child says it."""
    assert sign_offs("Dad", "es")[0] == "Con cariño, Papá"
    assert sign_offs("Mum", "es")[0] == "Con cariño, Mamá"
    assert sign_offs("Tata", "es")[0] == "Con cariño, Tata"


def test_no_relationship_signs_with_the_parents_first_name() -> None:
    """Without a relationship the sign-off uses the parent's first name."""
    assert sign_offs("", "en", "Ray Smith")[0] == "Love, Ray"


def test_names_in_other_scripts_keep_their_letters() -> None:
    """"Дмитрий Петров" is greeted as "Dear Дмитрий,"."""
    assert first_name("Дмитрий Петров") == "Дмитрий"
    assert greetings("Дмитрий Петров", "en")[0] == "Dear Дмитрий,"


def test_compose_leaves_out_skipped_answers() -> None:
    """Skipped steps leave no empty paragraphs between greeting and sign-off."""
    body = compose("Dear Maya,", ["I miss you.", "", "  ", "Draw me a cat."], "Love, Dad")
    assert body == "Dear Maya,\n\nI miss you.\n\nDraw me a cat.\n\nLove, Dad\n"


def test_word_count_counts_words_as_a_reader_does() -> None:
    """Contractions, hyphenated words, numbers and accented words each count once."""
    assert word_count("Don't worry — you're six-and-a-half, Zoë! 3 cats.") == 7
    assert word_count("") == 0


def test_page_estimate_grows_with_the_text_and_checks_the_limit() -> None:
    """A short letter is one page; a long one spills over a two-page limit."""
    short = estimate_pages("Dear Maya,\n\nI love you.\n", max_pages=2)
    assert short.pages == 1 and not short.over_limit
    long_text = "\n\n".join(["I thought about you all day today and it made me smile."] * 120)
    long = estimate_pages(long_text, max_pages=2)
    assert long.pages > 2 and long.over_limit
    assert estimate_pages(long_text).over_limit is False


def test_page_estimate_follows_font_size_and_paper() -> None:
    """Larger type or smaller paper means more pages, as the PDF would print."""
    text = " ".join(["word"] * 2000)
    small = estimate_pages(text, font_pt=12).pages
    large = estimate_pages(text, font_pt=18).pages
    a5 = estimate_pages(text, font_pt=12, paper="a5").pages
    assert large > small and a5 > small
    # About 300-450 words per Letter page at 12-14 pt, as printed letters go.
    words_per_page = 2000 / estimate_pages(text, font_pt=13).pages
    assert 250 <= words_per_page <= 600


def test_flow_state_round_trips_and_survives_damage() -> None:
    """The saved flow position reads back exactly; junk reads as a safe start."""
    state = FlowState(stage="steps", occasion="birthday", prompt_id="en-birthday-little",
                      step=2, answers=["Dear Zoë,", "", "Happy birthday!"], cursor=5)
    assert FlowState.from_dict(state.to_dict()) == state
    broken = FlowState.from_dict({"stage": "nowhere", "step": -3, "answers": [1, "x"]})
    assert broken.stage == "child" and broken.step == 0 and broken.answers == ["", "x"]
    assert FlowState.from_dict(None).stage == "child"
