"""Facility profiles: the shipped files, staff files and bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from letterbox.export.facility import (
    DEFAULT_PROFILE_ID,
    FacilityProfileError,
    available_facilities,
    chosen_facility,
    load_facility,
)


def test_three_builtin_profiles_load_with_their_rules() -> None:
    """The three shipped profiles load and say what their mail rooms require."""
    ids = {p.id: p for p in available_facilities()}
    assert set(ids) >= {"generic-us-letter", "us-federal-bop", "england-wales-hmpps"}
    assert ids["generic-us-letter"].paper == "letter"
    uk = ids["england-wales-hmpps"]
    assert uk.paper == "a4" and uk.id_number_label == "Prison number"
    assert {"name", "id_number", "housing_unit"} <= set(uk.identity_fields)
    bop = ids["us-federal-bop"]
    assert bop.return_block == ("name", "id_number", "facility")
    assert bop.id_number_label == "Register number"
    assert all(p.min_font_pt >= 12 and p.body_font_pt >= p.min_font_pt for p in ids.values())


def test_default_setting_names_a_shipped_profile(core) -> None:  # type: ignore[no-untyped-def]
    """The facility_profile setting's default is a profile that exists."""
    profile = chosen_facility(core.settings.get("facility_profile"), core.paths.facilities)
    assert profile.id == DEFAULT_PROFILE_ID


def test_staff_file_adds_a_profile(tmp_path: Path) -> None:
    """A staff TOML file in the facilities folder becomes a choosable profile."""
    text = Path(load_facility().source).read_text(encoding="utf-8")
    text = text.replace('id = "generic-us-letter"', 'id = "county-jail"').replace(
        'name = "Generic (US Letter)"', 'name = "County jail"').replace(
        "# max_pages = 4", "max_pages = 2")
    (tmp_path / "county.toml").write_text(text, encoding="utf-8")
    profile = load_facility("county-jail", tmp_path)
    assert profile.name == "County jail" and profile.max_pages == 2
    assert "county-jail" in {p.id for p in available_facilities(tmp_path)}


@pytest.mark.parametrize(("change", "message"), [
    (("version = 1", "version = 9"), "version"),
    (('size = "letter"', 'size = "tabloid"'), "paper.size"),
    (("min_font_pt = 12", "min_font_pt = 4"), "min_font_pt"),
    (('every_page = ["name", "id_number"]', 'every_page = ["name", "shoe_size"]'), "shoe_size"),
    (("[paper]", "[paper"), "cannot be read"),
])
def test_bad_staff_file_is_reported_by_name(tmp_path: Path, change: tuple[str, str],
                                            message: str) -> None:
    """A broken staff profile says which file and which field is wrong."""
    text = Path(load_facility().source).read_text(encoding="utf-8")
    text = text.replace('id = "generic-us-letter"', 'id = "broken"').replace(*change)
    (tmp_path / "broken.toml").write_text(text, encoding="utf-8")
    with pytest.raises(FacilityProfileError, match=message) as info:
        load_facility("broken", tmp_path)
    assert "broken.toml" in str(info.value)
    assert "broken" not in {p.id for p in available_facilities(tmp_path)}


def test_unknown_profile_names_the_known_ones() -> None:
    """Asking for a profile that does not exist lists the ones that do."""
    with pytest.raises(KeyError, match="generic-us-letter"):
        load_facility("atlantis")
