"""Settings: anyone may read them; only staff change them."""

from __future__ import annotations

from typing import Any

from letterbox.core import Core
from letterbox.errors import InvalidInput
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require
from letterbox.store.audit import record_event


class SettingsService:
    def __init__(self, core: Core) -> None:
        self._core = core

    def get(self, key: str) -> Any:
        return self._core.settings.get(key)

    def set(self, actor: Actor, key: str, value: Any) -> None:
        """Change a declared setting (staff), with an audit event."""
        require(actor, Action.SETTINGS)
        if key == "facility_profile":
            from letterbox.export.facility import available_facilities

            known = [f.id for f in available_facilities(self._core.paths.facilities)]
            if value not in known:
                raise InvalidInput("facility_unknown", key=value, known=", ".join(known))
        self._core.settings.set(key, value)
        with self._core.db.transaction() as conn:
            shown = value if not isinstance(value, str) or len(value) <= 80 else \
                f"{value[:77]}… ({len(value)} characters)"
            record_event(conn, "setting_changed", actor=actor, detail=f"{key}={shown!r}")
