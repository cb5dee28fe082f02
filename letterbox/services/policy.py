"""The one place that answers "may this actor do this?".

Parents reach only their own profile, children and items. Review, contacts, PIN resets,
export, mail-room outcomes, settings, staff accounts and the audit log are staff work.
The system actor (installer, demo) may do set-up work. Services call ``require`` before
they read or change anything; screens never decide.
"""

from __future__ import annotations

from enum import StrEnum

from letterbox.errors import NotAllowed
from letterbox.services.actor import Actor, ActorKind


class Action(StrEnum):
    # a parent's own things
    READ_OWN = "read_own"              # profile, children, items
    WRITE_OWN = "write_own"            # make, edit, delete, submit their items
    ADD_CHILD = "add_child"
    SET_OWN_LANGUAGE = "set_own_language"
    SET_OWN_DISPLAY = "set_own_display"  # text size and contrast
    # anyone at the kiosk
    CREATE_PROFILE = "create_profile"
    # staff work
    READ_ANY = "read_any"              # every parent's items, children and profiles
    REVIEW = "review"                  # approve or return
    CONTACTS = "contacts"
    RESET_PIN = "reset_pin"
    MANAGE_PARENTS = "manage_parents"
    EXPORT = "export"
    MAIL_OUTCOME = "mail_outcome"
    SETTINGS = "settings"
    MANAGE_STAFF = "manage_staff"
    READ_AUDIT = "read_audit"
    STATION_KEY = "station_key"        # make or replace the key that signs packets
    REPORT = "report"                  # the programme report (figures per month and parent)
    CHECKINS = "checkins"              # define and retire check-in questions
    RESTORE_DRAFT = "restore_draft"    # see and bring back drafts a parent deleted
    PURGE_DELETED = "purge_deleted"    # drop deleted drafts kept past their 30 days
    MOVE_DATA = "move_data"            # copy a store into another, back up, restore
    # finish or clear what a killed export left (staff, or the app itself at start)
    RECOVER_EXPORT = "recover_export"


_PARENT_OWN = {Action.READ_OWN, Action.WRITE_OWN, Action.ADD_CHILD, Action.SET_OWN_LANGUAGE,
               Action.SET_OWN_DISPLAY}
_STAFF = {Action.READ_ANY, Action.READ_OWN, Action.REVIEW, Action.CONTACTS, Action.RESET_PIN,
          Action.MANAGE_PARENTS, Action.EXPORT, Action.MAIL_OUTCOME, Action.SETTINGS,
          Action.MANAGE_STAFF, Action.READ_AUDIT, Action.CREATE_PROFILE, Action.ADD_CHILD,
          Action.RECOVER_EXPORT, Action.STATION_KEY, Action.REPORT, Action.CHECKINS,
          Action.RESTORE_DRAFT, Action.PURGE_DELETED, Action.MOVE_DATA}
_KIOSK = {Action.CREATE_PROFILE}
# Set-up only: the first staff account, the demo profile (a parent's own items in it).
_SYSTEM = {Action.CREATE_PROFILE, Action.ADD_CHILD, Action.MANAGE_STAFF, Action.WRITE_OWN,
           Action.READ_OWN, Action.CONTACTS, Action.SETTINGS, Action.RECOVER_EXPORT,
           Action.PURGE_DELETED}


def may(actor: Actor, action: Action, owner_parent_id: int | None = None) -> bool:
    """True when ``actor`` may do ``action`` (to something owned by ``owner_parent_id``)."""
    if actor.kind is ActorKind.PARENT:
        if action not in _PARENT_OWN:
            return False
        return owner_parent_id is not None and owner_parent_id == actor.id
    if actor.kind is ActorKind.STAFF:
        return action in _STAFF
    if actor.kind is ActorKind.KIOSK:
        return action in _KIOSK
    return action in _SYSTEM


def require(actor: Actor, action: Action, owner_parent_id: int | None = None) -> None:
    """Raise NotAllowed unless ``may(actor, action, owner_parent_id)``."""
    if not may(actor, action, owner_parent_id):
        raise NotAllowed(action=str(action), actor=actor.label())


def require_reader(actor: Actor, owner_parent_id: int) -> None:
    """A parent reads their own things; staff read anyone's."""
    if actor.is_staff:
        return
    require(actor, Action.READ_OWN, owner_parent_id)
