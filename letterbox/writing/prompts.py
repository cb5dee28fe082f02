"""The prompt library: guided steps that help a parent write to a child.

One prompt per TOML file, in ``prompts/<language>/<id>.toml`` (shipped) and in a staff
folder named by the setting ``user_prompts_dir``. The schema (version 1) is declared
here and explained for staff in ``prompts/README.md``::

    schema_version = 1
    id = "en-birthday-0-4"             # lower case, digits, dashes; = the file name
    language = "en"                    # en | es; must match an en/ or es/ folder
    title = "A birthday letter"
    age_bands = ["0-4"]                # 0-4, 5-8, 9-12, 13-17
    occasions = ["birthday"]           # see OCCASIONS
    tips = ["Do not promise a date you do not know."]
    example = \"\"\"A short example letter.\"\"\"

    [[steps]]                          # 1 to 8 steps
    question = "What do you want to wish them?"
    starters = ["Happy birthday, ", "On your birthday I "]   # 2 to 4

Starters come back with exactly one trailing space, so the parent's words can follow.
Loading a folder never raises for a bad file: the problem is collected as a
:class:`PromptError` naming the file, the line where possible, and what is wrong.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from letterbox.writing.prompt_lines import LineFinder, strip_position, toml_error_line
from letterbox.writing.prompt_safety import unsafe_reason

SCHEMA_VERSION = 1
AGE_BANDS = ("0-4", "5-8", "9-12", "13-17")
# "holiday" covers holidays and Mother's and Father's Day.
OCCASIONS = ("first_letter", "everyday", "birthday", "holiday", "school", "bedtime_intro",
             "apology", "after_visit", "encouragement", "thank_carer")
LANGUAGES = ("en", "es")
# The order a parent sees occasions in: the most common reasons to write first.
OCCASION_ORDER = ("everyday", "birthday", "holiday", "after_visit", "school", "encouragement",
                  "first_letter", "bedtime_intro", "apology", "thank_carer")

_LABELS: dict[str, dict[str, str]] = {
    "en": {"first_letter": "My first letter", "everyday": "Just to say hello",
           "birthday": "Birthday", "holiday": "Holidays and special days",
           "school": "School and homework", "bedtime_intro": "Before a bedtime story",
           "apology": "Saying sorry", "after_visit": "After a visit or call",
           "encouragement": "Before something hard", "thank_carer": "Thank you to the carer"},
    "es": {"first_letter": "Mi primera carta", "everyday": "Solo para saludar",
           "birthday": "Cumpleaños", "holiday": "Fiestas y días especiales",
           "school": "La escuela y las tareas", "bedtime_intro": "Antes de un cuento",
           "apology": "Pedir perdón", "after_visit": "Después de una visita o llamada",
           "encouragement": "Ánimo para algo difícil",
           "thank_carer": "Gracias a quien cuida a los niños"},
}

ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_ID = 60
MAX_TITLE = 80
MAX_QUESTION = 120
MAX_STARTER = 120
MAX_TIP = 200
MAX_EXAMPLE = 2000
STEPS_RANGE = (1, 8)
STARTERS_RANGE = (2, 4)
TIPS_RANGE = (1, 6)
MAX_FILE_BYTES = 200_000

REQUIRED_KEYS = ("schema_version", "id", "language", "title", "age_bands", "occasions",
                 "steps", "tips", "example")
STEP_KEYS = ("question", "starters")


def age_band(age: int | None) -> str | None:
    """The age band of a child aged ``age`` in whole years, or None outside 0-17."""
    if age is None or isinstance(age, bool) or age < 0:
        return None
    for band in AGE_BANDS:
        low, high = (int(part) for part in band.split("-"))
        if low <= age <= high:
            return band
    return None


def occasion_label(occasion: str, language: str) -> str:
    """A plain-words label for an occasion, in ``language`` (English when unknown)."""
    labels = _LABELS.get(language, _LABELS["en"])
    return labels.get(occasion, occasion.replace("_", " ").capitalize())


@dataclass(frozen=True)
class PromptStep:
    """One guided step: a short question and sentence starters that answer it."""

    question: str
    starters: tuple[str, ...]


@dataclass(frozen=True)
class Prompt:
    """One prompt, as loaded from its file."""

    id: str
    language: str
    title: str
    age_bands: tuple[str, ...]
    occasions: tuple[str, ...]
    steps: tuple[PromptStep, ...]
    tips: tuple[str, ...]
    example: str
    source: Path

    def suits(self, language: str, age: int | None, occasion: str | None = None) -> bool:
        """Whether this prompt is for a child of ``age`` in ``language`` (and occasion)."""
        if self.language != language:
            return False
        band = age_band(age)
        if age is not None and band not in self.age_bands:
            return False
        return occasion is None or occasion in self.occasions


class PromptError(Exception):
    """A problem with one prompt file: where it is, and what is wrong."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        super().__init__(problem)
        self.path = Path(path)
        self.line = line
        self.problem = problem

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.problem}"


class _Checker:
    """Validate one parsed file, raising PromptError at the first problem."""

    def __init__(self, path: Path, text: str, data: dict[str, Any]) -> None:
        self.path, self.data, self.lines = path, data, LineFinder(text)

    def fail(self, problem: str, line: int | None = None) -> PromptError:
        return PromptError(self.path, line, problem)

    def text(self, key: str, limit: int, value: Any, line: int | None) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"'{key}' must be some text in quotes", line)
        if len(value.strip()) > limit:
            raise self.fail(f"'{key}' is {len(value.strip())} characters long; "
                            f"keep it to {limit} or fewer", line)
        return value.strip()

    def choices(self, key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
        value, line = self.data[key], self.lines.key(key)
        if not isinstance(value, list) or not value:
            raise self.fail(f"'{key}' must be a list such as [\"{allowed[0]}\"]", line)
        for item in value:
            if item not in allowed:
                raise self.fail(f"'{key}' has {item!r}, which is not one of: "
                                f"{', '.join(allowed)}", self.lines.value(str(item), line))
        if len(set(value)) != len(value):
            raise self.fail(f"'{key}' lists the same value twice", line)
        return tuple(value)

    def safe(self, text: str, language: str, line: int | None) -> None:
        reason = unsafe_reason(text, language)
        if reason:
            first_words = text if len(text) <= 50 else text[:47] + "..."
            raise self.fail(f"{reason}: \"{first_words}\". Prompts must never ask a child "
                            "to keep secrets or pass on messages", line)

    def check(self) -> Prompt:
        data, lines = self.data, self.lines
        # The version comes first: a file written for another version may have other keys.
        version = data.get("schema_version")
        if version is None:
            raise self.fail(f"missing key 'schema_version': start the file with "
                            f"schema_version = {SCHEMA_VERSION}", 1)
        if version != SCHEMA_VERSION or isinstance(version, bool):
            raise self.fail(f"schema_version is {version!r}; this version of Letterbox reads "
                            f"schema_version = {SCHEMA_VERSION}", lines.key("schema_version"))
        unknown = [k for k in data if k not in REQUIRED_KEYS]
        if unknown:
            raise self.fail(f"unknown key '{unknown[0]}' (allowed: {', '.join(REQUIRED_KEYS)})",
                            lines.key(unknown[0]) or lines.table(unknown[0]))
        missing = [k for k in REQUIRED_KEYS if k not in data]
        if missing:
            where = lines.table("steps") if missing[0] == "steps" else lines.top_level_end()
            hint = ("add at least one [[steps]] table" if missing[0] == "steps"
                    else "add it with the other keys at the top")
            raise self.fail(f"missing key '{missing[0]}' ({hint})", where)
        prompt_id = self.text("id", MAX_ID, data["id"], lines.key("id"))
        if not ID_PATTERN.match(prompt_id):
            raise self.fail(f"id {prompt_id!r} may use only lower-case letters, digits and "
                            "dashes (like \"en-birthday-0-4\")", lines.key("id"))
        if self.path.suffix == ".toml" and self.path.stem != prompt_id:
            raise self.fail(f"the file name should be {prompt_id}.toml to match the id",
                            lines.key("id"))
        language = data["language"]
        if language not in LANGUAGES:
            raise self.fail(f"language {language!r} is not one of: {', '.join(LANGUAGES)}",
                            lines.key("language"))
        folder = self.path.parent.name
        if folder in LANGUAGES and folder != language:
            raise self.fail(f"language is {language!r} but the file is in the {folder!r} "
                            f"folder; move it to {language}/ or fix the language",
                            lines.key("language"))
        title = self.text("title", MAX_TITLE, data["title"], lines.key("title"))
        bands = self.choices("age_bands", AGE_BANDS)
        occasions = self.choices("occasions", OCCASIONS)
        steps = self.steps(language)
        tips_value, tips_line = data["tips"], lines.key("tips")
        if not isinstance(tips_value, list) or not (
                TIPS_RANGE[0] <= len(tips_value) <= TIPS_RANGE[1]):
            raise self.fail(f"'tips' must be a list of {TIPS_RANGE[0]} to {TIPS_RANGE[1]} "
                            "short sentences", tips_line)
        tips = tuple(self.text("tips", MAX_TIP, tip, lines.value(str(tip)[:30], tips_line))
                     for tip in tips_value)
        example_line = lines.key("example")
        example = self.text("example", MAX_EXAMPLE, data["example"], example_line)
        self.safe(example, language, example_line)
        return Prompt(id=prompt_id, language=language, title=title, age_bands=bands,
                      occasions=occasions, steps=steps, tips=tips, example=example,
                      source=self.path)

    def steps(self, language: str) -> tuple[PromptStep, ...]:
        value, line = self.data["steps"], self.lines.key("steps") or self.lines.table("steps")
        if not isinstance(value, list) or not (STEPS_RANGE[0] <= len(value) <= STEPS_RANGE[1]):
            raise self.fail(f"a prompt needs {STEPS_RANGE[0]} to {STEPS_RANGE[1]} [[steps]]",
                            line)
        steps = []
        for index, step in enumerate(value):
            where = self.lines.table("steps", index) or line
            if not isinstance(step, dict):
                raise self.fail(f"step {index + 1} must be a [[steps]] table", where)
            for key in step:
                if key not in STEP_KEYS:
                    raise self.fail(f"step {index + 1} has an unknown key '{key}' (allowed: "
                                    f"{', '.join(STEP_KEYS)})",
                                    self.lines.key(key, "steps", index) or where)
            for key in STEP_KEYS:
                if key not in step:
                    raise self.fail(f"step {index + 1} is missing '{key}'", where)
            q_line = self.lines.key("question", "steps", index) or where
            # Questions speak to the parent ("Tell them it is not their fault"), so only
            # the words that go into the letter (starters, example) get the safety check.
            question = self.text("question", MAX_QUESTION, step["question"], q_line)
            s_line = self.lines.key("starters", "steps", index) or where
            starters = step["starters"]
            if not isinstance(starters, list) or not (
                    STARTERS_RANGE[0] <= len(starters) <= STARTERS_RANGE[1]):
                raise self.fail(f"step {index + 1} needs {STARTERS_RANGE[0]} to "
                                f"{STARTERS_RANGE[1]} starters", s_line)
            checked = []
            for starter in starters:
                at = self.lines.value(str(starter)[:30], s_line)
                text = self.text("starters", MAX_STARTER, starter, at)
                self.safe(text, language, at)
                checked.append(text + " ")
            steps.append(PromptStep(question=question, starters=tuple(checked)))
        return tuple(steps)


def load_prompt_file(path: Path) -> Prompt:
    """Read and validate one prompt file.

    Raises:
        PromptError: the file cannot be read, is not valid TOML, or breaks the schema.
    """
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PromptError(path, None, f"the file is larger than {MAX_FILE_BYTES:,} bytes; "
                              "a prompt is a page of text at most")
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise PromptError(path, None, f"the file is not UTF-8 text ({error.reason}); save it "
                          "as UTF-8") from error
    except OSError as error:
        raise PromptError(path, None, f"cannot read the file ({error.strerror})") from error
    text = text.removeprefix("\ufeff")  # Notepad's byte-order mark
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        raise PromptError(path, toml_error_line(message, text),
                          f"not valid TOML: {strip_position(message)}") from error
    except RecursionError as error:  # absurdly deep nesting
        raise PromptError(path, None, "not valid TOML: nested too deeply") from error
    try:
        return _Checker(path, text, data).check()
    except PromptError:
        raise
    except (TypeError, ValueError, AttributeError) as error:
        # A value of a shape no check expected: still a problem with the file, not a crash.
        raise PromptError(path, None, f"a value has an unexpected form ({error})") from error


def _occasion_rank(occasion: str) -> int:
    return OCCASION_ORDER.index(occasion) if occasion in OCCASION_ORDER else len(OCCASION_ORDER)


@dataclass
class PromptLibrary:
    """Every prompt from the shipped folder and any staff folder, and the problems found."""

    prompts: list[Prompt] = field(default_factory=list)
    errors: list[PromptError] = field(default_factory=list)

    @classmethod
    def load(cls, folders: Iterable[Path]) -> PromptLibrary:
        """Load every ``*.toml`` under each folder (recursively); never raises for bad files.

        A folder may also be a single prompt file. A missing folder, an unreadable or
        invalid file and a repeated id each become an entry in ``errors``; the first file
        with an id wins. Hidden files (editor back-ups such as ``.#x.toml``) are skipped.
        """
        library = cls()
        seen: dict[str, Prompt] = {}
        for folder in folders:
            folder = Path(folder)
            if folder.is_file():
                files = [folder]
            elif folder.is_dir():
                files = sorted(p for p in folder.rglob("*.toml")
                               if not any(part.startswith((".", "~"))
                                          for part in p.relative_to(folder).parts))
            else:
                library.errors.append(PromptError(folder, None, "prompt folder not found"))
                continue
            for path in files:
                try:
                    prompt = load_prompt_file(path)
                except PromptError as error:
                    library.errors.append(error)
                    continue
                if prompt.id in seen:
                    library.errors.append(PromptError(
                        path, LineFinder(path.read_text("utf-8")).key("id"),
                        f"id {prompt.id!r} is already used by {seen[prompt.id].source}"))
                    continue
                seen[prompt.id] = prompt
                library.prompts.append(prompt)
        return library

    def for_child(self, language: str, age: int | None,
                  occasion: str | None = None) -> list[Prompt]:
        """Prompts in ``language`` for a child of ``age`` (any age when None), by occasion."""
        found = [p for p in self.prompts if p.suits(language, age, occasion)]
        if occasion is not None:
            return found  # shipped prompts first, then staff ones, in file order
        return sorted(found, key=lambda p: min(_occasion_rank(o) for o in p.occasions))

    def occasions_for(self, language: str, age: int | None) -> list[str]:
        """Occasions that have prompts for this child, most common first."""
        present = {o for p in self.prompts if p.suits(language, age) for o in p.occasions}
        return sorted(present, key=_occasion_rank)

    def get(self, prompt_id: str) -> Prompt | None:
        """The prompt with this id, or None."""
        return next((p for p in self.prompts if p.id == prompt_id), None)

    def counts(self) -> dict[tuple[str, str, str], int]:
        """How many prompts serve each (language, age band, occasion)."""
        result: dict[tuple[str, str, str], int] = {}
        for prompt in self.prompts:
            for band in prompt.age_bands:
                for occasion in prompt.occasions:
                    key = (prompt.language, band, occasion)
                    result[key] = result.get(key, 0) + 1
        return result


def default_folders(core_settings_value: str) -> list[Path]:
    """The shipped ``prompts/`` folder, plus the staff folder named by ``user_prompts_dir``."""
    from letterbox import resources

    folders = [resources.prompts_dir()]
    extra = (core_settings_value or "").strip()
    if extra:
        staff = Path(extra).expanduser()
        if staff.resolve() != folders[0].resolve():
            folders.append(staff)
    return folders
