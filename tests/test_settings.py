"""Declared settings: typed, defaulted, refusing unknown keys."""

from __future__ import annotations

import pytest

from letterbox.core import Core
from letterbox.settings import SETTINGS


def test_defaults_until_set(core: Core) -> None:
    """Every declared setting reads its default in a new data folder."""
    assert core.settings.all() == {s.key: s.default for s in SETTINGS}


def test_set_and_read_back(core: Core) -> None:
    """A stored value survives reopening the store."""
    core.settings.set("idle_sign_out_minutes", 5)
    core.settings.set("ui_scale", 1)
    assert core.settings.get("idle_sign_out_minutes") == 5
    assert core.settings.get("ui_scale") == 1.0


def test_wrong_type_and_unknown_key_refused(core: Core) -> None:
    """A value of the wrong type, or a key nobody declared, is refused."""
    with pytest.raises(TypeError):
        core.settings.set("idle_sign_out_minutes", "ten")
    with pytest.raises(TypeError):
        core.settings.set("idle_sign_out_minutes", True)
    with pytest.raises(KeyError):
        core.settings.set("no_such_setting", 1)


def test_damaged_value_reads_as_default(core: Core) -> None:
    """A damaged stored value falls back to the default instead of crashing."""
    with core.db.transaction() as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('idle_sign_out_minutes', '{{')")
    assert core.settings.get("idle_sign_out_minutes") == 10
