"""The gentle content check: each category is flagged kindly in English and Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterbox.demo import BIRTHDAY_LETTER, SHORT_LETTER, long_letter
from letterbox.writing.content_check import (
    CATEGORIES,
    ContentChecker,
    ContentRulesError,
    load_rules,
)

EN = {
    "promise_date": ("I will be home by Christmas, I promise.", "home by Christmas"),
    "money": ("Can you send me $20 for the phone?", "$20"),
    "pass_on_message": ("Tell your mum I said sorry.", "Tell your mum I said"),
    "keep_secret": ("This is our secret, okay?", "our secret"),
    "contact_someone": ("Please call Uncle Ray for me.", "call Uncle Ray for me"),
    "case_talk": ("My lawyer says it is going well.", "My lawyer"),
}
ES = {
    "promise_date": ("Estaré en casa para Navidad, te lo prometo.", "en casa para Navidad"),
    "money": ("Necesito que me mandes dinero.", "dinero"),
    "pass_on_message": ("Dile a tu mamá que la extraño.", "Dile a tu mamá que"),
    "keep_secret": ("No le digas a tu mamá, es nuestro secreto.", "No le digas"),
    "contact_someone": ("Llama a tu tío por mí, por favor.", "Llama a tu tío por mí"),
    "case_talk": ("Mi abogado dice que todo va bien.", "Mi abogado"),
}


@pytest.fixture(scope="module")
def english() -> ContentChecker:
    return ContentChecker("en")


@pytest.fixture(scope="module")
def spanish() -> ContentChecker:
    return ContentChecker("es")


@pytest.mark.parametrize("category", CATEGORIES)
def test_english_category_is_flagged_with_its_passage(english: ContentChecker,
                                                      category: str) -> None:
    """Each English category flags the passage at the right offsets, kindly worded."""
    text, passage = EN[category]
    flags = english.check(text)
    assert [f.category for f in flags] == [category]
    flag = flags[0]
    assert passage in text[flag.start:flag.end] and flag.passage == text[flag.start:flag.end]
    assert "you could" in flag.message.lower() or "staff" in flag.message.lower()


@pytest.mark.parametrize("category", CATEGORIES)
def test_spanish_category_is_flagged_in_spanish(spanish: ContentChecker, category: str) -> None:
    """Each Spanish category flags the passage (accents and all) with a Spanish message."""
    text, passage = ES[category]
    flags = spanish.check(text)
    assert {f.category for f in flags} == {category}
    assert passage in flags[0].passage
    assert flags[0].message == spanish.message(category)
    assert any(w in flags[0].message for w in ("Aquí", "Esto", "puede", "Puede"))


@pytest.mark.parametrize("text", [BIRTHDAY_LETTER, SHORT_LETTER, long_letter(),
                                  "Tell me all about your day. I love you, and I am proud."])
def test_clean_english_letters_have_no_flags(english: ContentChecker, text: str) -> None:
    """Ordinary warm letters are not flagged ("Tell me about it" is not passing a message)."""
    assert english.check(text) == []


def test_clean_spanish_letter_has_no_flags(spanish: ContentChecker) -> None:
    """A warm Spanish letter is not flagged."""
    text = ("Querida Zoë,\n\nTe extraño mucho. Cuéntame qué aprendiste en la escuela. "
            "Gracias a tu abuela por leerte esta carta. Un gorro de lana para el frío.\n\n"
            "Con cariño, Papá")
    assert spanish.check(text) == []


def test_message_is_in_the_parents_language_for_mixed_text(spanish: ContentChecker) -> None:
    """A Spanish-speaking parent who writes an English phrase gets the Spanish message."""
    flags = spanish.check("Don't tell your mum.")
    assert flags and flags[0].category == "keep_secret"
    assert flags[0].message == spanish.message("keep_secret")


def test_overlapping_matches_give_one_flag(english: ContentChecker) -> None:
    """"I will be home by Christmas" is one flag covering the whole promise."""
    text = "I will be home by Christmas."
    flags = english.check(text)
    assert len(flags) == 1 and flags[0].passage == "I will be home by Christmas"


def test_facility_terms_are_flagged_too() -> None:
    """A facility profile's extra words are flagged with their own kind message."""
    checker = ContentChecker("en", {"en": ["code word"]})
    flags = checker.check("Remember our Code Word.")
    assert [f.category for f in flags] == ["facility_term"]
    assert "code word" in flags[0].message and flags[0].passage == "Code Word"


def test_flags_serialise_for_the_reviewer(english: ContentChecker) -> None:
    """A flag becomes a plain dict with category, passage, offsets and message."""
    data = english.check("Send me $5.")[0].to_dict()
    assert set(data) == {"category", "start", "end", "passage", "context", "message",
                         "summary"}
    assert data["summary"] == "mentions money: \u201c$5\u201d"


def test_rule_files_declare_every_category() -> None:
    """Both shipped language files cover all six categories."""
    for language in ("en", "es"):
        assert set(load_rules(language)) == set(CATEGORIES)


def test_a_broken_rule_file_is_named(tmp_path: Path) -> None:
    """A bad regular expression in a staff-edited file is reported with the file name."""
    (tmp_path / "en.toml").write_text(
        'schema = "letterbox.content-check"\nversion = 1\n[categories.money]\n'
        'message = "m"\npatterns = ["(unclosed"]\n', encoding="utf-8")
    with pytest.raises(ContentRulesError, match=r"en\.toml.*money"):
        load_rules("en", tmp_path)
