"""Facility profiles: the mail rules of one kind of facility, in one declared file format.

A profile is a TOML file (schema ``letterbox.facility``, version 1). Three are shipped in
``assets/facilities``; staff may add their own in the data folder's ``facilities``
subfolder (a staff file with the same ``id`` as a shipped one replaces it). The setting
``facility_profile`` says which one exports follow. A staff file that cannot be used
stops ``load_facility`` with its ``path:line`` and the problem: a shipped profile is never
quietly used in place of a broken staff file meant to replace it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from letterbox.resources import data_file

SCHEMA = "letterbox.facility"
SCHEMA_VERSION = 1
DEFAULT_PROFILE_ID = "generic-us-letter"
IDENTITY_FIELDS = ("name", "id_number", "housing_unit", "facility")
PAPER_SIZES = ("letter", "a4")
AUDIO_FORMATS = ("wav", "flac", "ogg", "mp3", "cd-wav")


class FacilityProfileError(ValueError):
    """A profile file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class FacilityProfile:
    """What one facility's mail room accepts."""

    id: str
    name: str
    paper: str = "letter"
    margins_mm: float = 20.0
    min_font_pt: float = 12.0
    body_font_pt: float = 14.0
    max_pages: int | None = None
    identity_fields: tuple[str, ...] = ("name", "id_number")
    return_block: tuple[str, ...] = ("name", "id_number", "facility")
    id_number_label: str = "ID number"
    housing_unit_label: str = "Housing unit"
    audio_allowed: bool = True
    audio_formats: tuple[str, ...] = ("mp3",)
    max_audio_minutes: float = 10.0
    loudness_lufs: float = -16.0
    true_peak_dbfs: float = -1.0
    content_check_terms: dict[str, list[str]] = field(default_factory=dict)
    reply_page: bool = True
    carer_note: bool = True
    address_label: bool = True
    source: str = ""  # the file it came from (for messages)

    @property
    def audio_format(self) -> str:
        """The format recordings are exported in (the first one the facility allows)."""
        return self.audio_formats[0] if self.audio_formats else "wav"


def _facility_dirs(user_dir: Path | None) -> list[Path]:
    dirs = [data_file("facilities")]
    if user_dir is not None:
        dirs.append(Path(user_dir))
    return dirs


def available_facilities(user_dir: Path | None = None) -> list[FacilityProfile]:
    """Every usable profile, shipped ones first; staff files override by id.

    Broken staff files are left out here (``load_facility`` refuses to run beside them).
    """
    found: dict[str, FacilityProfile] = {}
    for folder in _facility_dirs(user_dir):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                profile = parse_facility_file(path)
            except FacilityProfileError:
                continue
            found[profile.id] = profile
    return list(found.values())


def staff_file_problems(user_dir: Path | None) -> list[str]:
    """Each staff profile file that cannot be used, as ``path:line: problem``."""
    if user_dir is None or not Path(user_dir).is_dir():
        return []
    problems = []
    for path in sorted(Path(user_dir).glob("*.toml")):
        try:
            parse_facility_file(path)
        except FacilityProfileError as error:
            problems.append(str(error))
    return problems


def load_facility(profile_id: str = DEFAULT_PROFILE_ID,
                  user_dir: Path | None = None) -> FacilityProfile:
    """The profile with this id; KeyError (naming the known ids) if there is none.

    Raises:
        FacilityProfileError: a staff file cannot be used. Its id cannot be trusted, so
            it may be the one meant to replace the profile asked for: nothing is chosen.
    """
    problems = staff_file_problems(user_dir)
    if problems:
        more = f" (and {len(problems) - 1} more broken files)" if len(problems) > 1 else ""
        raise FacilityProfileError(problems[0] + more)
    profiles = {p.id: p for p in available_facilities(user_dir)}
    if profile_id in profiles:
        return profiles[profile_id]
    raise KeyError(f"No facility profile {profile_id!r}; known: {', '.join(sorted(profiles))}")


def parse_facility_file(path: Path) -> FacilityProfile:
    """Read and check one profile file; errors say ``path:line: problem``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
        raw = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as error:
        raise FacilityProfileError(f"{path}:1: cannot be read ({error})") from error
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        raise FacilityProfileError(f"{path}:{found.group(1) if found else 1}: cannot be read "
                                   f"({error})") from error
    try:
        return parse_facility(raw, source=str(path))
    except FacilityProfileError as error:
        problem = str(error).split(": ", 1)[-1]
        raise FacilityProfileError(f"{path}:{_line_of(text, problem)}: {problem}") from None


def _line_of(text: str, problem: str) -> int:
    """The line of the first key the problem names (1 when none is found)."""
    lines = text.splitlines()
    for token in re.findall(r"[A-Za-z_][\w.]*", problem):
        key = re.escape(token.rsplit(".", 1)[-1])
        for number, line in enumerate(lines, start=1):
            if re.match(rf"\s*(?:{key}\s*=|\[{key}\])", line):
                return number
    return 1


def parse_facility(raw: dict[str, Any], source: str = "") -> FacilityProfile:
    """Build a profile from the file's parsed TOML, checking every field."""
    where = Path(source).name or "profile"

    def fail(message: str) -> FacilityProfileError:
        return FacilityProfileError(f"{where}: {message}")

    if raw.get("schema") != SCHEMA:
        raise fail(f"schema must be {SCHEMA!r}")
    if raw.get("version") != SCHEMA_VERSION:
        raise fail(f"version {raw.get('version')!r} is not supported (this Letterbox reads "
                   f"version {SCHEMA_VERSION})")
    paper = _table(raw, "paper", fail)
    identity = _table(raw, "identity", fail)
    audio = _table(raw, "audio", fail)
    extras = _table(raw, "extras", fail)
    checks = _table(raw, "content_check", fail)

    profile_id = _text(raw, "id", fail)
    if not profile_id.replace("-", "").replace("_", "").isalnum() or not profile_id.isascii():
        raise fail("id may use only letters, digits, '-' and '_'")
    size = str(paper.get("size", "letter")).lower()
    if size not in PAPER_SIZES:
        raise fail(f"paper.size must be one of {PAPER_SIZES}")
    margins = _number(paper, "margins_mm", 20.0, 5.0, 60.0, fail)
    min_font = _number(paper, "min_font_pt", 12.0, 8.0, 36.0, fail)
    body_font = _number(paper, "body_font_pt", max(min_font, 14.0), 8.0, 36.0, fail)
    if body_font < min_font:
        raise fail("paper.body_font_pt is smaller than paper.min_font_pt")
    max_pages = paper.get("max_pages")
    if max_pages is not None and (not isinstance(max_pages, int) or max_pages < 1):
        raise fail("paper.max_pages must be a whole number of at least 1")
    every_page = _choices(identity, "every_page", ("name", "id_number"), IDENTITY_FIELDS, fail)
    if "name" not in every_page:
        raise fail("identity.every_page must include 'name'")
    formats = _choices(audio, "formats", ("mp3",), AUDIO_FORMATS, fail)
    terms = {}
    for lang, words in checks.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise fail(f"content_check.{lang} must be a list of words")
        terms[str(lang)] = [w.strip() for w in words if w.strip()]
    return FacilityProfile(
        id=profile_id, name=_text(raw, "name", fail), paper=size, margins_mm=margins,
        min_font_pt=min_font, body_font_pt=body_font, max_pages=max_pages,
        identity_fields=every_page,
        return_block=_choices(identity, "return_block", ("name", "id_number", "facility"),
                              IDENTITY_FIELDS, fail),
        id_number_label=str(identity.get("id_number_label", "ID number")),
        housing_unit_label=str(identity.get("housing_unit_label", "Housing unit")),
        audio_allowed=bool(audio.get("allowed", True)), audio_formats=formats,
        max_audio_minutes=_number(audio, "max_minutes", 10.0, 0.5, 600.0, fail),
        loudness_lufs=_number(audio, "loudness_lufs", -16.0, -40.0, -5.0, fail),
        true_peak_dbfs=_number(audio, "true_peak_dbfs", -1.0, -12.0, 0.0, fail),
        content_check_terms=terms, reply_page=bool(extras.get("reply_page", True)),
        carer_note=bool(extras.get("carer_note", True)),
        address_label=bool(extras.get("address_label", True)), source=source)


def _table(raw: dict[str, Any], key: str, fail: Any) -> dict[str, Any]:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise fail(f"[{key}] must be a table")
    return value


def _text(raw: dict[str, Any], key: str, fail: Any) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise fail(f"{key} is missing")
    return value.strip()


def _number(table: dict[str, Any], key: str, default: float, low: float, high: float,
            fail: Any) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise fail(f"{key} must be a number")
    if not low <= value <= high:
        raise fail(f"{key} must be between {low} and {high}")
    return float(value)


def _choices(table: dict[str, Any], key: str, default: tuple[str, ...],
             allowed: tuple[str, ...], fail: Any) -> tuple[str, ...]:
    value = table.get(key, list(default))
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(f"{key} must be a list")
    unknown = [v for v in value if v not in allowed]
    if unknown:
        raise fail(f"{key}: unknown {unknown}; choose from {allowed}")
    return tuple(dict.fromkeys(value))


def chosen_facility(profile_id: str, facilities_dir: Path | None) -> FacilityProfile:
    """The profile the ``facility_profile`` setting names, from shipped and staff files.

    Call as ``chosen_facility(core.settings.get("facility_profile"), core.paths.facilities)``.
    """
    return load_facility(profile_id or DEFAULT_PROFILE_ID, facilities_dir)
