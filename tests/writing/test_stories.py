"""The story library for echo reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterbox.audio.takes import split_echo_lines
from letterbox.writing.stories import (
    StoryError,
    load_stories,
    load_story,
    load_text_stories,
    stories_for,
)


def test_shipped_stories_are_valid_in_both_languages() -> None:
    """Every shipped story loads, and each language has stories for small and older children."""
    stories, errors = load_stories()
    assert errors == []
    for language in ("en", "es"):
        mine = [s for s in stories if s.language == language]
        assert len(mine) >= 3
        assert any("0-4" in s.age_bands for s in mine)
        assert any("13-17" in s.age_bands for s in mine)


def test_stories_split_into_short_echo_lines() -> None:
    """Each shipped story becomes lines short enough to repeat (12 words at most)."""
    stories, _ = load_stories()
    for story in stories:
        lines = split_echo_lines(story.text)
        assert 5 <= len(lines) <= 60, story.id
        assert all(len(line.split()) <= 12 for line in lines), story.id


def test_age_suited_stories_come_first() -> None:
    """For a 14-year-old the older children's story is offered first."""
    stories, _ = load_stories()
    ordered = stories_for(stories, "es", 14)
    assert "13-17" in ordered[0].age_bands
    assert all(s.language == "es" for s in ordered)


@pytest.mark.parametrize(("content", "problem"), [
    ('schema_version = 1\nid = "x"\nlanguage = "en"\ntitle = "T"\nage_bands = ["0-4"]\n',
     "'text' must be a text"),
    ('schema_version = 2\n', "schema_version"),
    ('schema_version = 1\nid = "x"\nlanguage = "fr"\ntitle = "T"\nage_bands = ["0-4"]\n'
     'text = "a"\n', "language must be"),
    ('schema_version = 1\nid = "x"\nlanguage = "en"\ntitle = "T"\nage_bands = ["2-3"]\n'
     'text = "a"\n', "age_bands"),
    ('title = "unclosed\n', "not valid TOML"),
])
def test_broken_story_files_are_named(tmp_path: Path, content: str, problem: str) -> None:
    """A broken story file is reported with its name and the problem."""
    path = tmp_path / "broken.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StoryError) as caught:
        load_story(path)
    assert "broken.toml" in str(caught.value) and problem in str(caught.value)
    stories, errors = load_stories([tmp_path])
    assert stories == [] and len(errors) == 1


def test_staff_story_folder_of_text_files(tmp_path: Path) -> None:
    """A staff folder's .txt files become stories titled by file name; a language subfolder
    limits them to that language; empty, unreadable and oversized files are reported."""
    (tmp_path / "es").mkdir()
    (tmp_path / "The Brave Hen.txt").write_text("\ufeffThe hen was brave.\n", encoding="utf-8")
    (tmp_path / "es" / "La gallina.txt").write_text("La gallina era valiente.", "utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("canción".encode("latin-1"))
    (tmp_path / "big.txt").write_text("a" * 200_001, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a story", encoding="utf-8")
    stories, errors = load_text_stories(tmp_path)
    assert [(s.title, s.language, s.text) for s in stories] == [
        ("The Brave Hen", "", "The hen was brave."), ("La gallina", "es",
                                                      "La gallina era valiente.")]
    assert sorted(e.path.name for e in errors) == ["big.txt", "empty.txt", "latin1.txt"]
    english = [s.title for s in stories_for(stories, "en", 6)]
    assert english == ["The Brave Hen"]
    assert load_text_stories(tmp_path / "missing")[0] == []
