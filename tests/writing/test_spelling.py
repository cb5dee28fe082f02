"""Offline spell checking in English and Spanish, with names and the parent's words left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterbox.writing.spelling import PersonalWords, Speller, name_words


@pytest.fixture(scope="module")
def english() -> Speller:
    return Speller("en")


@pytest.fixture(scope="module")
def spanish() -> Speller:
    return Speller("es")


def test_english_misspelling_found_with_a_sensible_suggestion(english: Speller) -> None:
    """"scool" is marked at its offsets and "school" is offered first."""
    text = "I hope you liked scool today."
    found = english.check(text)
    assert [(m.word, text[m.start:m.end]) for m in found] == [("scool", "scool")]
    assert found[0].suggestions[0] == "school"


def test_suggestions_keep_capitals(english: Speller) -> None:
    """A misspelt word at the start of a sentence gets capitalised suggestions."""
    assert english.check("Beautifull day.")[0].suggestions[0] == "Beautiful"


def test_spanish_misspelling_found_with_a_sensible_suggestion(spanish: Speller) -> None:
    """"escula" is marked and "escuela" is offered; "Felis" gets "Feliz"."""
    found = spanish.check("Espero que te vaya bien en la escula. Felis día.")
    assert [m.word for m in found] == ["escula", "Felis"]
    assert found[0].suggestions[0] == "escuela"
    assert found[1].suggestions[0] == "Feliz"


def test_ordinary_spanish_verb_forms_are_not_marked(spanish: Speller) -> None:
    """Everyday forms the shipped list lacks ("estoy", "quiero", "cuéntame") are accepted."""
    text = ("Estoy bien. Te quiero y te extraño. ¿Puedes contarme cómo estás? Cuéntame de la "
            "escuela. Estaré pensando en ti. Besos y abrazos, pórtate bien. Estoy orgullosa.")
    assert spanish.check(text) == []


def test_names_are_never_marked(english: Speller, spanish: Speller) -> None:
    """The child's, carer's and parent's names (and "Zoë's") are left alone in both languages."""
    names = name_words("Zoë Martínez", "Дмитрий Петров", "Xanthe Okonkwo")
    assert english.check("Dear Zoë, I saw Xanthe Okonkwo. Zoë's bike! Дмитрий", names) == []
    assert spanish.check("Querida Zoë, Xanthe Okonkwo te manda besos.", names) == []
    assert [m.word for m in english.check("Dear Xanthe,")] == ["Xanthe"]


def test_words_the_parent_adds_are_kept(tmp_path: Path, english: Speller) -> None:
    """A word added once is ignored from then on, and survives reopening the file."""
    words = PersonalWords(tmp_path / "words" / "parent-1.json")
    assert words.load() == set()
    words.add("Grubbo")
    again = PersonalWords(tmp_path / "words" / "parent-1.json").load()
    assert again == {"grubbo"}
    assert english.check("Grubbo says hi.", again) == []


def test_damaged_word_file_reads_as_empty(tmp_path: Path) -> None:
    """A corrupt personal word file loses nothing else and reads as no words."""
    path = tmp_path / "w.json"
    path.write_text("{not json", encoding="utf-8")
    assert PersonalWords(path).load() == set()


def test_long_garbage_is_checked_quickly_enough(english: Speller) -> None:
    """A pasted page of nonsense is checked without computing suggestions for every word."""
    text = " ".join(f"qzx{i}vbn" for i in range(2000)) + " xqzvbnmw " * 500
    found = english.check(text)
    assert found and len(found) == 500  # words with digits are skipped
