"""Stories for echo reading: a parent who cannot read picks one instead of typing it.

One story per TOML file under ``assets/stories/<language>/``, with one declared schema
(version 1): id, language, title, age_bands, text. See assets/stories/README.md.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from letterbox import resources
from letterbox.writing.prompts import AGE_BANDS, LANGUAGES, age_band

SCHEMA_VERSION = 1
MAX_STORY_CHARS = 20_000
_KEYS = {"schema_version", "id", "language", "title", "age_bands", "text"}


@dataclass(frozen=True)
class Story:
    id: str
    language: str
    title: str
    age_bands: tuple[str, ...]
    text: str
    source: Path


class StoryError(Exception):
    """A story file that cannot be used; the message names the file."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def load_story(path: Path) -> Story:
    """Read and check one story file."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise StoryError(path, f"cannot be read ({error})") from error
    except tomllib.TOMLDecodeError as error:
        raise StoryError(path, f"is not valid TOML ({error})") from error
    if raw.get("schema_version") != SCHEMA_VERSION:
        raise StoryError(path, f"schema_version must be {SCHEMA_VERSION}")
    unknown = set(raw) - _KEYS
    if unknown:
        raise StoryError(path, f"unknown keys: {', '.join(sorted(unknown))}")
    for key in ("id", "language", "title", "text"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise StoryError(path, f"'{key}' must be a text")
    if raw["language"] not in LANGUAGES:
        raise StoryError(path, f"language must be one of {', '.join(LANGUAGES)}")
    if path.parent.name in LANGUAGES and path.parent.name != raw["language"]:
        raise StoryError(path, f"language is {raw['language']!r} but the folder is "
                               f"{path.parent.name!r}")
    bands = raw.get("age_bands")
    if not isinstance(bands, list) or not bands or any(b not in AGE_BANDS for b in bands):
        raise StoryError(path, f"age_bands must list some of {', '.join(AGE_BANDS)}")
    text = raw["text"].strip()
    if len(text) > MAX_STORY_CHARS:
        raise StoryError(path, f"the text is longer than {MAX_STORY_CHARS:,} characters")
    return Story(id=raw["id"].strip(), language=raw["language"], title=raw["title"].strip(),
                 age_bands=tuple(bands), text=text, source=path)


def load_stories(folders: list[Path] | None = None) -> tuple[list[Story], list[StoryError]]:
    """Every story in ``folders`` (default: the shipped ones), and the files that failed."""
    stories: list[Story] = []
    errors: list[StoryError] = []
    seen: set[str] = set()
    for folder in folders if folders is not None else [resources.data_file("stories")]:
        for path in sorted(Path(folder).rglob("*.toml")):
            try:
                story = load_story(path)
            except StoryError as error:
                errors.append(error)
                continue
            if story.id in seen:
                errors.append(StoryError(path, f"the id {story.id!r} is used twice"))
                continue
            seen.add(story.id)
            stories.append(story)
    return stories, errors


def stories_for(stories: list[Story], language: str, age: int | None) -> list[Story]:
    """Stories in ``language``; those suiting the child's age first, then the rest."""
    band = age_band(age)
    mine = [s for s in stories if s.language == language]
    return sorted(mine, key=lambda s: (band not in s.age_bands, s.title.casefold()))
