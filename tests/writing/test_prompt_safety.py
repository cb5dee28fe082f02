"""The safety word lists: secrets and passed-on messages are caught, ordinary words are not."""

from __future__ import annotations

import pytest

from letterbox.writing.prompt_safety import fold, unsafe_reason


@pytest.mark.parametrize("text, language", [
    ("This is our secret.", "en"),
    ("Don’t tell your mom about this.", "en"),
    ("Just between you and me, ", "en"),
    ("Please pass this on to Uncle Joe.", "en"),
    ("Tell Grandpa I said hello.", "en"),
    ("Say hello to your cousins for me.", "en"),
    ("Give this note to your teacher.", "en"),
    ("Call her for me, ok?", "en"),
    ("Es un secreto entre tú y yo.", "es"),
    ("No se lo digas a tu mamá.", "es"),
    ("Entre nosotros, ", "es"),
    ("Dile a tu papá que me escriba.", "es"),
    ("Díle que lo quiero.", "es"),
    ("Saluda a tu tía.", "es"),
    ("Dale saludos a Juan.", "es"),
    ("Llama a Pedro de mi parte.", "es"),
    ("Pásale este mensaje a tu hermano.", "es"),
    ("Keep this secreto", "en"),
])
def test_unsafe_phrases_are_caught(text: str, language: str) -> None:
    """Requests to keep a secret or pass on a message are caught, accents or not."""
    reason = unsafe_reason(text, language)
    assert reason is not None
    assert "secret" in reason or "message" in reason or "contact" in reason


@pytest.mark.parametrize("text, language", [
    ("Thank you, Grandma, for reading this to you.", "en"),
    ("A big thank you to ", "en"),
    ("Tell me about your day.", "en"),
    ("I don't know yet when I will be home.", "en"),
    ("What did you tell your teacher about the project?", "en"),
    ("Muchas gracias a tu abuela por leerte esta carta.", "es"),
    ("Cuéntame de tu escuela.", "es"),
    ("Te mando un abrazo muy fuerte.", "es"),
    ("Dime qué te gusta.", "es"),
])
def test_ordinary_words_pass(text: str, language: str) -> None:
    """Warm, ordinary sentences are not flagged."""
    assert unsafe_reason(text, language) is None


def test_fold_lowers_and_strips_accents() -> None:
    """Folding makes 'DÍLE' and 'dile' the same, and curly apostrophes straight."""
    assert fold("DÍLE Que") == "dile que"
    assert fold("Don’t") == "don't"
