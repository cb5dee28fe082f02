"""The prompt library: broken files are reported by file and line, and queries fit the child."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from letterbox import resources
from letterbox.core import Core
from letterbox.writing.prompts import (
    AGE_BANDS,
    OCCASION_ORDER,
    OCCASIONS,
    PromptError,
    PromptLibrary,
    age_band,
    default_folders,
    load_prompt_file,
    occasion_label,
)
from tests.writing.prompt_files import VALID, line_of, write_prompt


@pytest.fixture(scope="module")
def shipped() -> PromptLibrary:
    return PromptLibrary.load([resources.prompts_dir()])


def _only_error(folder: Path) -> PromptError:
    library = PromptLibrary.load([folder])
    assert library.prompts == []
    assert len(library.errors) == 1, [str(e) for e in library.errors]
    return library.errors[0]


# -- a valid file --------------------------------------------------------------------------

def test_valid_file_loads_with_every_field(tmp_path: Path) -> None:
    """A well-formed file becomes a Prompt with its fields, steps and source."""
    path = write_prompt(tmp_path)
    prompt = load_prompt_file(path)
    assert prompt.id == "t-ok" and prompt.language == "en" and prompt.title == "A test prompt"
    assert prompt.age_bands == ("5-8",)
    assert prompt.occasions == ("everyday", "school")
    assert [s.question for s in prompt.steps] == ["Say hello.", "Ask about school."]
    assert prompt.steps[1].starters == ("What did you learn ", "Who did you play with ")
    assert prompt.tips == ("Keep it short.", "Do not promise dates.")
    assert prompt.example.splitlines()[0] == "Hi Sam,"
    assert prompt.source == path


def test_starters_end_with_one_space(tmp_path: Path) -> None:
    """Starters come back with exactly one trailing space, however the file wrote them."""
    text = VALID.replace('"Hi ",', '"Hi",').replace('"Hello, my ",', '"Hello, my   ",')
    prompt = load_prompt_file(write_prompt(tmp_path, text))
    assert prompt.steps[0].starters == ("Hi ", "Hello, my ")


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """A file saved by Notepad with a UTF-8 byte-order mark still loads."""
    path = write_prompt(tmp_path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_prompt_file(path).id == "t-ok"


# -- broken files: named, with the line ------------------------------------------------------

def test_bad_toml_names_file_and_line(tmp_path: Path) -> None:
    """A quote left open is reported with the file, its line and a plain hint."""
    text = VALID.replace('title = "A test prompt"', 'title = "A test prompt')
    path = write_prompt(tmp_path, text)
    error = _only_error(tmp_path)
    assert error.path == path
    assert error.line == line_of(text, "title =")
    assert str(error).startswith(f"{path}:{error.line}: not valid TOML")
    assert "quotes is not closed" in error.problem


def test_unclosed_list_at_end_of_file_points_at_last_line(tmp_path: Path) -> None:
    """TOML that ends inside a list is reported at the file's last line."""
    text = VALID + 'extra = [\n  "x",\n'
    write_prompt(tmp_path, text)
    error = _only_error(tmp_path)
    assert error.line == len(text.splitlines())


def test_unknown_occasion_points_at_its_line(tmp_path: Path) -> None:
    """An occasion not in the schema is named, on the line where it is written."""
    text = VALID.replace('  "school",', '  "graduation",')
    write_prompt(tmp_path, text)
    error = _only_error(tmp_path)
    assert "'graduation'" in error.problem and "occasions" in error.problem
    assert error.line == line_of(text, '"graduation"')


def test_unknown_age_band_is_reported(tmp_path: Path) -> None:
    """An age band outside 0-4, 5-8, 9-12, 13-17 is refused with its line."""
    text = VALID.replace('age_bands = ["5-8"]', 'age_bands = ["5-7"]')
    write_prompt(tmp_path, text)
    error = _only_error(tmp_path)
    assert "'5-7'" in error.problem and error.line == line_of(text, "age_bands")


def test_missing_key_is_named(tmp_path: Path) -> None:
    """A file without a title says which key is missing, with the file and a line."""
    text = VALID.replace('title = "A test prompt"\n', "")
    path = write_prompt(tmp_path, text)
    error = _only_error(tmp_path)
    assert error.path == path and "missing key 'title'" in error.problem
    assert error.line is not None and str(error).startswith(f"{path}:{error.line}:")


def test_missing_schema_version_points_at_line_one(tmp_path: Path) -> None:
    """A file without schema_version is told to start with it."""
    write_prompt(tmp_path, VALID.replace("schema_version = 1\n", ""))
    error = _only_error(tmp_path)
    assert "schema_version" in error.problem and error.line == 1


def test_other_schema_version_is_refused(tmp_path: Path) -> None:
    """A file for schema version 2 is refused before its other keys are judged."""
    write_prompt(tmp_path, VALID.replace("schema_version = 1", "schema_version = 2")
                 + 'new_key = "x"\n')
    error = _only_error(tmp_path)
    assert "schema_version is 2" in error.problem and error.line == 1


def test_unknown_top_level_key_is_reported(tmp_path: Path) -> None:
    """A misspelt key is reported, not silently ignored."""
    text = VALID.replace('title = "A test prompt"', 'title = "A test prompt"\ntitel = "x"')
    write_prompt(tmp_path, text)
    error = _only_error(tmp_path)
    assert "unknown key 'titel'" in error.problem and error.line == line_of(text, "titel")


def test_unknown_key_inside_a_step_points_at_it(tmp_path: Path) -> None:
    """An unknown key in the second step is reported with that step's line."""
    text = VALID.replace('question = "Ask about school."',
                         'question = "Ask about school."\nhint = "x"')
    write_prompt(tmp_path, text)
    error = _only_error(tmp_path)
    assert "step 2" in error.problem and "'hint'" in error.problem
    assert error.line == line_of(text, "hint =")


def test_language_must_match_its_folder(tmp_path: Path) -> None:
    """An English prompt saved in the es/ folder is reported on its language line."""
    path = write_prompt(tmp_path, VALID, language_folder="es")
    error = _only_error(tmp_path)
    assert error.path == path and "'es' folder" in error.problem
    assert error.line == line_of(VALID, "language =")


def test_language_outside_the_set_is_refused(tmp_path: Path) -> None:
    """Only en and es are languages."""
    write_prompt(tmp_path, VALID.replace('language = "en"', 'language = "fr"'),
                 language_folder="")
    assert "'fr'" in _only_error(tmp_path).problem


def test_language_in_another_folder_name_is_fine(tmp_path: Path) -> None:
    """A staff folder not named en/es does not constrain the language."""
    library = PromptLibrary.load([write_prompt(tmp_path, language_folder="ours").parent])
    assert library.errors == [] and library.prompts[0].language == "en"


def test_duplicate_id_names_both_files(tmp_path: Path) -> None:
    """The second file with an id already used is an error naming the first one."""
    first = write_prompt(tmp_path / "a")
    second = write_prompt(tmp_path / "b")
    library = PromptLibrary.load([tmp_path / "a", tmp_path / "b"])
    assert [p.source for p in library.prompts] == [first]
    [error] = library.errors
    assert error.path == second and str(first) in error.problem
    assert error.line == line_of(VALID, "id =")


@pytest.mark.parametrize("starter, language", [
    ("This is our little secret, so ", "en"),
    ("Don't tell Grandma that ", "en"),
    ("Say hi to your uncle for me and ", "en"),
    ("Tell him I said ", "en"),
    ("Es nuestro secreto: ", "es"),
    ("No le digas a nadie que ", "es"),
    ("Dile a tu tío que ", "es"),
    ("Dale un abrazo a tu primo de mi parte ", "es"),
])
def test_starter_asking_for_a_secret_or_a_message_is_refused(
        tmp_path: Path, starter: str, language: str) -> None:
    """A starter that asks the child to keep a secret or pass a message is refused."""
    text = VALID.replace('"Who did you play with ",', f'"{starter}",')
    if language == "es":
        text = text.replace('language = "en"', 'language = "es"')
    path = write_prompt(tmp_path, text, language_folder=language)
    error = _only_error(tmp_path)
    assert error.path == path
    assert "secret" in error.problem or "message" in error.problem
    assert error.line == line_of(text, starter.strip()[:20])


def test_unsafe_example_is_refused(tmp_path: Path) -> None:
    """The example letter gets the same safety check as the starters."""
    text = VALID.replace("How is school?", "Pass this on to your mom.")
    write_prompt(tmp_path, text)
    error = _only_error(tmp_path)
    assert "pass on a message" in error.problem and error.line == line_of(text, "example")


def test_tips_may_name_what_to_avoid(tmp_path: Path) -> None:
    """Tips warn about secrets by name, so they are not safety-checked."""
    text = VALID.replace('"Keep it short.",', '"Never ask them to keep secrets.",')
    assert load_prompt_file(write_prompt(tmp_path, text)).tips[0].startswith("Never")


@pytest.mark.parametrize("old, new, words", [
    ('  "Hello, my ",\n', "", "2 to 4 starters"),
    ('  "Hello, my ",\n', '  "a",\n  "b",\n  "c",\n  "d",\n', "2 to 4 starters"),
    ('question = "Say hello."', 'question = "' + "x" * 121 + '"', "120 or fewer"),
    ('  "Hi ",', '  "' + "y" * 121 + '",', "120 or fewer"),
    ('id = "t-ok"', 'id = "T_OK"', "lower-case letters"),
    ('id = "t-ok"', 'id = "t-other"', "file name should be t-other.toml"),
    ('title = "A test prompt"', 'title = ""', "'title' must be some text"),
    ('title = "A test prompt"', "title = 5", "'title' must be some text"),
    ('tips = [', 'tips = "one" \nnot_tips = [', "unknown key 'not_tips'"),
    ('occasions = [\n  "everyday",\n  "school",\n]', "occasions = []", "must be a list"),
    ('age_bands = ["5-8"]', 'age_bands = ["5-8", "5-8"]', "same value twice"),
])
def test_schema_limits_are_enforced(tmp_path: Path, old: str, new: str, words: str) -> None:
    """Counts, lengths, id pattern, file name and types follow the declared schema."""
    assert old in VALID
    write_prompt(tmp_path, VALID.replace(old, new), name="t-ok.toml")
    error = _only_error(tmp_path)
    assert words in error.problem
    assert error.line is not None


def test_too_many_steps_is_refused(tmp_path: Path) -> None:
    """Nine steps is more than a parent should be asked in one letter."""
    step = '\n[[steps]]\nquestion = "More?"\nstarters = ["a ", "b "]\n'
    write_prompt(tmp_path, VALID + step * 7)
    assert "1 to 8 [[steps]]" in _only_error(tmp_path).problem


def test_unreadable_and_odd_files_become_errors(tmp_path: Path) -> None:
    """Non-UTF-8 text, an empty file and a folder named *.toml are errors, not crashes."""
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "latin1.toml").write_bytes('title = "Cumpleaños"\n'.encode("latin-1"))
    (folder / "empty.toml").write_text("", encoding="utf-8")
    (folder / "dir.toml").mkdir()
    library = PromptLibrary.load([tmp_path])
    problems = {e.path.name: e.problem for e in library.errors}
    assert "not UTF-8" in problems["latin1.toml"]
    assert "schema_version" in problems["empty.toml"]
    assert "cannot read" in problems["dir.toml"]


def test_missing_folder_is_an_error_not_a_crash(tmp_path: Path) -> None:
    """A staff folder that was moved away is reported, and the others still load."""
    write_prompt(tmp_path / "good")
    library = PromptLibrary.load([tmp_path / "good", tmp_path / "gone"])
    assert [p.id for p in library.prompts] == ["t-ok"]
    assert library.errors[0].path == tmp_path / "gone"
    assert "not found" in str(library.errors[0])


def test_hidden_editor_files_are_skipped(tmp_path: Path) -> None:
    """Back-up files such as .#x.toml are not read as prompts."""
    write_prompt(tmp_path)
    (tmp_path / "en" / ".#t-ok.toml").write_text("broken = ", encoding="utf-8")
    library = PromptLibrary.load([tmp_path])
    assert library.errors == [] and len(library.prompts) == 1


# -- queries ---------------------------------------------------------------------------------

@pytest.mark.parametrize("age, band", [
    (None, None), (-1, None), (0, "0-4"), (4, "0-4"), (5, "5-8"), (8, "5-8"), (9, "9-12"),
    (12, "9-12"), (13, "13-17"), (17, "13-17"), (18, None)])
def test_age_band_edges(age: int | None, band: str | None) -> None:
    """Whole-year ages map to the four bands; none outside 0-17."""
    assert age_band(age) == band


def test_occasion_labels_in_both_languages() -> None:
    """Each occasion has a plain label in English and Spanish; others fall back."""
    assert occasion_label("birthday", "en") == "Birthday"
    assert occasion_label("birthday", "es") == "Cumpleaños"
    assert occasion_label("apology", "fr") == occasion_label("apology", "en")
    assert occasion_label("made_up", "en") == "Made up"
    for language in ("en", "es"):
        labels = [occasion_label(o, language) for o in OCCASIONS]
        assert len(set(labels)) == len(OCCASIONS)
    assert sorted(OCCASION_ORDER) == sorted(OCCASIONS)


def test_for_child_returns_prompts_for_that_age(shipped: PromptLibrary) -> None:
    """A six-year-old gets only 5-8 prompts in the chosen language."""
    found = shipped.for_child("es", 6)
    assert len(found) >= 10
    assert all(p.language == "es" and "5-8" in p.age_bands for p in found)
    birthday = shipped.for_child("en", 15, "birthday")
    assert [p.id for p in birthday] == ["en-birthday-13-17"]
    assert shipped.for_child("en", 30) == []


def test_for_child_without_age_gives_every_prompt_in_the_language(
        shipped: PromptLibrary) -> None:
    """When the child's age is unknown, every prompt in the language is offered."""
    assert len(shipped.for_child("en", None)) == sum(p.language == "en" for p in shipped.prompts)


def test_teenager_bedtime_prompt_is_about_a_shared_book(shipped: PromptLibrary) -> None:
    """For 13-17 the bedtime occasion means starting a book together."""
    [english] = shipped.for_child("en", 16, "bedtime_intro")
    [spanish] = shipped.for_child("es", 16, "bedtime_intro")
    assert "book together" in english.title
    assert "libro juntos" in spanish.title


def test_occasions_for_lists_common_occasions_first(shipped: PromptLibrary) -> None:
    """A toddler's occasions are all ten, everyday first, in the declared order."""
    occasions = shipped.occasions_for("en", 3)
    assert occasions == list(OCCASION_ORDER)
    assert shipped.occasions_for("en", 40) == []


def test_occasions_for_follows_the_prompts(tmp_path: Path) -> None:
    """Only occasions that have a prompt for the child's age are offered."""
    library = PromptLibrary.load([write_prompt(tmp_path).parent])
    assert library.occasions_for("en", 7) == ["everyday", "school"]
    assert library.occasions_for("en", 3) == []
    assert library.occasions_for("es", 7) == []


def test_get_finds_by_id(shipped: PromptLibrary) -> None:
    """get() returns the prompt with that id, or None."""
    prompt = shipped.get("es-cumpleanos-0-4")
    assert prompt is not None and prompt.language == "es"
    assert shipped.get("nope") is None


def test_counts_count_each_band_and_occasion(tmp_path: Path) -> None:
    """A prompt for one band and two occasions counts once in each of two cells."""
    library = PromptLibrary.load([write_prompt(tmp_path).parent])
    assert library.counts() == {("en", "5-8", "everyday"): 1, ("en", "5-8", "school"): 1}


# -- staff folder ---------------------------------------------------------------------------

def test_default_folders_add_the_staff_folder(tmp_path: Path) -> None:
    """The setting adds the staff folder after the shipped one; empty adds nothing."""
    assert default_folders("") == [resources.prompts_dir()]
    assert default_folders("  ") == [resources.prompts_dir()]
    assert default_folders(str(tmp_path)) == [resources.prompts_dir(), tmp_path]
    assert default_folders(str(resources.prompts_dir())) == [resources.prompts_dir()]


def test_staff_prompts_appear_beside_the_built_in_ones(core: Core, tmp_path: Path) -> None:
    """A prompt in the folder named by user_prompts_dir is offered with the shipped ones."""
    staff = tmp_path / "staff"
    text = VALID.replace('id = "t-ok"', 'id = "charity-school-chat"')
    write_prompt(staff, text)
    core.settings.set("user_prompts_dir", str(staff))
    library = PromptLibrary.load(default_folders(core.settings.get("user_prompts_dir")))
    assert library.errors == []
    ids = [p.id for p in library.for_child("en", 7, "school")]
    assert ids == ["en-school-5-8", "charity-school-chat"]
    assert library.get("charity-school-chat").source.parent.parent == staff  # type: ignore[union-attr]


def test_staff_prompt_reusing_a_built_in_id_is_an_error(tmp_path: Path) -> None:
    """A staff copy that kept a shipped id is reported; the shipped prompt stays."""
    shipped_file = resources.prompts_dir() / "en" / "en-school-5-8.toml"
    copy = tmp_path / "en" / "en-school-5-8.toml"
    copy.parent.mkdir()
    copy.write_text(shipped_file.read_text("utf-8"), encoding="utf-8")
    library = PromptLibrary.load(default_folders(str(tmp_path)))
    assert library.get("en-school-5-8").source == shipped_file  # type: ignore[union-attr]
    assert [e.path for e in library.errors] == [copy]
    assert "already used" in library.errors[0].problem


def test_age_bands_constant_matches_the_counts_table() -> None:
    """The four bands are the columns staff see; their order is youngest first."""
    assert AGE_BANDS == ("0-4", "5-8", "9-12", "13-17")


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(0, len(VALID)), length=st.integers(0, 40),
       junk=st.text(alphabet=st.sampled_from(list('[]{}"\'=,.\n #ab1-_')), max_size=20))
def test_any_damaged_file_gives_a_prompt_error_never_a_crash(
        tmp_path: Path, start: int, length: int, junk: str) -> None:
    """Cutting and splicing a valid file anywhere yields a Prompt or a PromptError only."""
    text = VALID[:start] + junk + VALID[start + length:]
    path = tmp_path / "en" / "t-ok.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    try:
        prompt = load_prompt_file(path)
    except PromptError as error:
        assert error.path == path and error.problem
        assert error.line is None or 1 <= error.line <= max(1, len(text.splitlines()) + 1)
    else:
        assert prompt.id == "t-ok"
