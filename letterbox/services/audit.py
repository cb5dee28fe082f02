"""The audit log, read by staff: who did what, and when."""

from __future__ import annotations

from letterbox.core import Core
from letterbox.errors import NotFound
from letterbox.services.actor import Actor
from letterbox.services.policy import Action, require
from letterbox.store.audit import Event, events

CSV_COLUMNS = ("at", "actor_kind", "actor", "action", "parent", "item", "detail")


class AuditService:
    """Staff read the log; nobody changes it."""

    def __init__(self, core: Core) -> None:
        self._core = core

    def events(self, actor: Actor, *, since: str | None = None,
               parent_id_number: str | None = None, limit: int | None = None) -> list[Event]:
        """Events oldest first, optionally since a date (YYYY-MM-DD) and for one parent."""
        require(actor, Action.READ_AUDIT)
        parent_id = None
        if parent_id_number:
            parent = self._core.profiles.find_by_id_number(parent_id_number)
            if parent is None:
                raise NotFound(what="parent with ID number", key=parent_id_number)
            parent_id = parent.id
        return events(self._core.db, parent_id=parent_id, since=since, limit=limit,
                      oldest_first=True)


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula (a name like ``=HYPERLINK(…)``)."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def csv_row(event: Event) -> tuple[str, ...]:
    """One event as the CSV columns ``CSV_COLUMNS`` (see ``spreadsheet_safe``)."""
    actor = event.actor_name or (str(event.actor_id) if event.actor_id is not None else "")
    item = f"{event.item_kind}:{event.item_id}" if event.item_kind and event.item_id else ""
    return tuple(spreadsheet_safe(cell) for cell in (
        event.at, event.actor_kind, actor, event.action, event.parent_id_number, item,
        event.detail))
