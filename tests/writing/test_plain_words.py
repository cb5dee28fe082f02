"""Plain-words notes: long sentences are found, in any language, without failing a file."""

from __future__ import annotations

from pathlib import Path

from letterbox import resources
from letterbox.writing.plain_words import (
    LONG_SENTENCE_WORDS,
    long_sentences,
    sentences,
    word_count,
)
from letterbox.writing.prompts import PromptLibrary, load_prompt_file
from tests.helpers import run_cli
from tests.writing.prompt_files import VALID, write_prompt

LONG = ("I have been thinking about all the things that we used to do together on "
        "Sunday mornings before school.")


def test_words_are_counted_in_any_alphabet() -> None:
    """Contractions count once; accents and Cyrillic are words; digits are not."""
    assert word_count("Don't worry, I'm fine.") == 4
    assert word_count("¿Cómo estás, Дмитрий?") == 3
    assert word_count("Page 2 of 3") == 2


def test_sentences_split_at_ends_and_lines() -> None:
    """Sentences end at punctuation or a new line; blank pieces are dropped."""
    assert sentences("Hi Sam,\nI am fine. Are you?  \n\n") == ["Hi Sam,", "I am fine.",
                                                                "Are you?"]


def test_shipped_prompts_have_no_long_sentences() -> None:
    """Every sentence in the shipped questions, starters and examples is short."""
    library = PromptLibrary.load([resources.prompts_dir()])
    found = {p.id: long_sentences(p) for p in library.prompts if long_sentences(p)}
    assert found == {}


def test_long_sentence_in_an_example_is_found(tmp_path: Path) -> None:
    """A 19-word sentence in the example is reported with its length."""
    prompt = load_prompt_file(write_prompt(tmp_path, VALID.replace("I am doing okay.", LONG)))
    assert long_sentences(prompt) == [(19, LONG)]
    assert LONG_SENTENCE_WORDS < 19


def test_cli_notes_long_sentences_but_passes(tmp_path: Path) -> None:
    """`prompts check` prints a note for a long sentence and still exits 0."""
    path = write_prompt(tmp_path, VALID.replace("I am doing okay.", LONG))
    result = run_cli("prompts", "check", str(tmp_path))
    assert result.returncode == 0
    assert f"note: {path}: a sentence has 19 words" in result.stdout
    assert "no problems" in result.stdout
