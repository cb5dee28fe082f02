"""The shipped prompts: valid, complete for every age and occasion, plain and safe."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from letterbox import resources
from letterbox.writing.prompts import (
    AGE_BANDS,
    LANGUAGES,
    OCCASIONS,
    PromptLibrary,
    load_prompt_file,
)

PROMPTS = resources.prompts_dir()
SHIPPED_FILES = sorted(PROMPTS.rglob("*.toml"))


@pytest.fixture(scope="module")
def shipped() -> PromptLibrary:
    return PromptLibrary.load([PROMPTS])


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.stem)
def test_every_shipped_file_passes_the_schema(path: Path) -> None:
    """Each shipped file loads, sits in its language folder and is named after its id."""
    prompt = load_prompt_file(path)
    assert path.parent.name == prompt.language
    assert path.stem == prompt.id and prompt.id.startswith(f"{prompt.language}-")


def test_the_library_loads_without_errors(shipped: PromptLibrary) -> None:
    """Loading the shipped folder gives no errors and one prompt per file."""
    assert [str(e) for e in shipped.errors] == []
    assert len(shipped.prompts) == len(SHIPPED_FILES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_at_least_thirty_prompts_per_language(shipped: PromptLibrary, language: str) -> None:
    """Each language has at least 30 prompts."""
    assert sum(p.language == language for p in shipped.prompts) >= 30


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_age_band_and_occasion_is_covered(shipped: PromptLibrary, language: str) -> None:
    """Every (age band, occasion) pair has at least one prompt in each language."""
    counts = shipped.counts()
    missing = [(band, occasion) for band in AGE_BANDS for occasion in OCCASIONS
               if counts.get((language, band, occasion), 0) < 1]
    assert missing == []


def test_prompts_follow_the_writing_guide(shipped: PromptLibrary) -> None:
    """2-5 steps, 2-4 tips, and an example letter of 5-10 lines in every prompt."""
    for prompt in shipped.prompts:
        assert 2 <= len(prompt.steps) <= 5, prompt.id
        assert 2 <= len(prompt.tips) <= 4, prompt.id
        lines = [line for line in prompt.example.splitlines() if line.strip()]
        assert 5 <= len(lines) <= 10, prompt.id


_CARER = re.compile(r"(?i)carer|grandma|auntie|\baunt\b|thank you, |thank you to|"
                    r"grateful to|quien lo cuida|abuela|tía|agradec|gracias, |gracias a")


def test_every_prompt_thanks_the_carer_somewhere(shipped: PromptLibrary) -> None:
    """Each prompt thanks the carer in a starter or the example, or says how in a tip."""
    for prompt in shipped.prompts:
        if "thank_carer" in prompt.occasions:
            continue  # the whole letter is the thank-you
        words = [prompt.example, *prompt.tips, *(s for st in prompt.steps for s in st.starters)]
        assert _CARER.search(" ".join(words)), prompt.id


def test_little_ones_are_asked_for_a_drawing(shipped: PromptLibrary) -> None:
    """Most 0-4 prompts invite a drawing back, since the child cannot write yet."""
    little = [p for p in shipped.prompts if p.age_bands == ("0-4",)]
    asking = [p for p in little if re.search(r"(?i)draw|dibuj", p.example + " ".join(
        s for st in p.steps for s in st.starters))]
    assert len(asking) >= len(little) * 0.6


def test_no_prompt_promises_a_date_or_mentions_money(shipped: PromptLibrary) -> None:
    """Starters and examples never promise a homecoming date or talk about money."""
    banned = re.compile(r"(?i)\b(i will be home (on|by|in)|i'll be home (on|by|in)|money|"
                        r"dinero|voy a salir el|salgo el|lawyer|abogado|court date)\b")
    for prompt in shipped.prompts:
        text = prompt.example + " ".join(s for st in prompt.steps for s in st.starters)
        assert not banned.search(text), prompt.id


def _syllables_en(word: str) -> int:
    word = word.lower().strip("'")
    if len(word) <= 3:
        return 1
    word = re.sub(r"(?:[^laeiouy]es|ed|[^laeiouy]e)$", "", word)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", word.lstrip("y"))))


def _sentences(texts: list[str]) -> list[list[str]]:
    found = []
    for text in texts:
        for sentence in re.split(r"(?<=[.!?:])\s+|\n", text):
            words = re.findall(r"[A-Za-zÁÉÍÓÚÑÜáéíóúñü']+", sentence)
            if words:
                found.append(words)
    return found


def test_english_reads_at_about_age_eight(shipped: PromptLibrary) -> None:
    """Examples and questions score at or below US grade 3 (Flesch-Kincaid), short sentences."""
    texts = [p.example for p in shipped.prompts if p.language == "en"]
    texts += [s.question for p in shipped.prompts if p.language == "en" for s in p.steps]
    sentences = _sentences(texts)
    words = [w for s in sentences for w in s]
    grade = (0.39 * len(words) / len(sentences)
             + 11.8 * sum(map(_syllables_en, words)) / len(words) - 15.59)
    assert grade <= 3.0
    assert max(len(s) for s in sentences) <= 20


def test_spanish_sentences_are_short(shipped: PromptLibrary) -> None:
    """Spanish examples keep to short sentences too (mean under 9 words)."""
    sentences = _sentences([p.example for p in shipped.prompts if p.language == "es"])
    assert sum(map(len, sentences)) / len(sentences) < 9
    assert max(len(s) for s in sentences) <= 22


_ENGLISH_WORDS = {"the", "and", "you", "your", "is", "to", "of", "my", "love"}
_SPANISH_WORDS = {"que", "de", "el", "la", "y", "te", "tu", "mi", "es", "por"}


def test_spanish_prompts_are_written_in_spanish(shipped: PromptLibrary) -> None:
    """Spanish prompts use Spanish words and no English filler in starters or example."""
    for prompt in (p for p in shipped.prompts if p.language == "es"):
        text = " ".join([prompt.example, *(s for st in prompt.steps for s in st.starters)])
        words = set(re.findall(r"[a-záéíóúñü]+", text.lower()))
        assert len(words & _SPANISH_WORDS) >= 3, prompt.id
        assert not words & _ENGLISH_WORDS, (prompt.id, words & _ENGLISH_WORDS)


def test_spanish_examples_are_not_copies_of_the_english(shipped: PromptLibrary) -> None:
    """Spanish examples name different children and details than the English ones."""
    english_names = {p.example.split()[1].strip(",!") for p in shipped.prompts
                     if p.language == "en"}
    spanish_names = {p.example.split()[1].strip(",!:") for p in shipped.prompts
                     if p.language == "es"}
    shared = english_names & spanish_names - {"my", "mi"}
    assert len(shared) <= 2, shared


def test_readme_example_is_a_valid_prompt(tmp_path: Path) -> None:
    """The example in prompts/README.md passes the checks staff will run on their copy."""
    readme = (PROMPTS / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```toml\n(.*?)```", readme, re.S)
    assert block is not None
    data = tomllib.loads(block.group(1))
    path = tmp_path / "en" / f"{data['id']}.toml"
    path.parent.mkdir()
    path.write_text(block.group(1), encoding="utf-8")
    prompt = load_prompt_file(path)
    assert prompt.language == "en" and len(prompt.steps) == 2
