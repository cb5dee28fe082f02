"""Stories for echo reading: a parent who cannot read picks one instead of typing it.

The shipped library: one story per TOML file under ``assets/stories/<language>/``, with
one declared schema (version 1): id, language, title, age_bands, text. See
assets/stories/README.md. Staff may add plain ``.txt`` stories in a folder of their own
(the ``story_folder`` setting): the title is the file name.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from letterbox import resources
from letterbox.writing.prompts import AGE_BANDS, LANGUAGES, age_band

SCHEMA_VERSION = 1
MAX_STORY_CHARS = 20_000
MAX_TEXT_FILE_BYTES = 200_000  # a staff story file larger than this is not offered
_KEYS = {"schema_version", "id", "language", "title", "age_bands", "text"}


@dataclass(frozen=True)
class Story:
    id: str
    language: str      # '' for a staff story offered in every language
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


def load_text_stories(folder: Path) -> tuple[list[Story], list[StoryError]]:
    """The ``.txt`` stories in a folder staff chose, and the files that cannot be used.

    The title is the file name without its extension. Files in an ``en/`` or ``es/``
    subfolder are offered in that language, the others in every language. The text is
    kept whole (echo reading caps the lines it makes, and says so); a file over
    ``MAX_TEXT_FILE_BYTES`` is refused.
    """
    root = Path(folder)
    if not root.is_dir():
        return [], [StoryError(root, "is not a folder")]
    stories: list[Story] = []
    errors: list[StoryError] = []
    for path in sorted(root.rglob("*.txt")):
        relative = path.relative_to(root)
        language = relative.parts[0] if len(relative.parts) > 1 else ""
        try:
            too_big = path.stat().st_size > MAX_TEXT_FILE_BYTES
            text = "" if too_big else path.read_text(encoding="utf-8-sig").strip()
        except (OSError, UnicodeDecodeError) as error:
            errors.append(StoryError(path, f"cannot be read as UTF-8 text ({error})"))
            continue
        if too_big:
            errors.append(StoryError(path, f"is larger than {MAX_TEXT_FILE_BYTES:,} bytes"))
            continue
        if not text:
            errors.append(StoryError(path, "is empty"))
            continue
        stories.append(Story(id=f"folder:{relative.as_posix()}",
                             language=language if language in LANGUAGES else "",
                             title=path.stem, age_bands=(), text=text, source=path))
    return stories, errors


def stories_for(stories: list[Story], language: str, age: int | None) -> list[Story]:
    """Stories in ``language`` (and staff stories for every language); those suiting the
    child's age first, then the rest."""
    band = age_band(age)
    mine = [s for s in stories if s.language in (language, "")]
    return sorted(mine, key=lambda s: (band not in s.age_bands, s.title.casefold()))
