"""Typed outcomes of the core: what went wrong, as a code and its values, never as words.

The store and the services raise these; ``letterbox.ui.wording`` turns a code into the
parent's or the worker's language, and the command line prints ``english()``. No Qt.
"""

from __future__ import annotations

from typing import Any


class LetterboxError(Exception):
    """A refusal or failure the user should be told about.

    Args:
        code: a stable identifier, such as ``pin_format`` or ``page_missing``.
        **params: the values the message needs (names, numbers).
    """

    code: str = "error"
    template: str = "{code}"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        self.code = code or type(self).code
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        """One plain English line (for staff at the command line and for logs)."""
        text = ENGLISH.get(self.code, self.template)
        try:
            return text.format(code=self.code, **self.params)
        except (KeyError, IndexError, ValueError):
            return f"{text} {self.params}" if self.params else text


class NotAllowed(LetterboxError):
    """This actor may not do this (a parent reaching for another's item, a staff action)."""

    code = "not_allowed"


class NotFound(LetterboxError, KeyError):
    """There is no such item, child, parent or staff member (for this actor).

    Also a KeyError, so code that looks things up by key may catch either.
    """

    code = "not_found"

    def __str__(self) -> str:  # KeyError would quote the message
        return self.english()


class InvalidInput(LetterboxError, ValueError):
    """A field that cannot be accepted (empty name, PIN format, too long…)."""

    code = "invalid"


class InvalidTransition(LetterboxError):
    """An item cannot move from its status to the one asked (exporting a draft…)."""

    code = "invalid_transition"


class NotReady(LetterboxError):
    """An item cannot be sent for review yet (a page missing, a silent take…)."""

    code = "not_ready"


class Locked(LetterboxError):
    """Too many wrong PINs or passphrases: wait ``seconds``."""

    code = "locked"

    @property
    def seconds(self) -> int:
        return int(self.params.get("seconds", 0))


class StoreFull(LetterboxError):
    """The disk holding the data is full; nothing was changed."""

    code = "store_full"


class ExportRunning(LetterboxError):
    """Another export is running (process ``pid`` since ``since``); try again after it."""

    code = "export_running"


class ExportTargetFailed(LetterboxError):
    """The packet could not be written to ``folder`` (full, read-only…); nothing changed."""

    code = "export_target_failed"


class TransferRefused(InvalidInput):
    """A backup that cannot be used (foreign, damaged, newer), a store that is not empty,
    a copy into itself: nothing was written."""

    code = "transfer_refused"


class PartDamaged(LetterboxError):
    """A part's audio read from the store does not match its checksum (or is missing)."""

    code = "part_damaged"


# Plain English for staff and logs; the kiosk's words live in ui/wording.py.
ENGLISH: dict[str, str] = {
    "not_allowed": "Not allowed: {action}.",
    "not_found": "There is no {what} {key}.",
    "invalid": "That value cannot be accepted.",
    "invalid_transition": "An item that is {current} cannot become {new}.",
    "not_ready": "This item is not ready to send.",
    "locked": "Too many wrong tries: wait {seconds} seconds, or ask staff to reset the lock.",
    "store_full": "The disk is full; nothing was changed.",
    "export_running": "Another export is running (process {pid}, since {since}); try again "
                      "when it has finished.",
    "export_target_failed": "Cannot write the packet in {folder}: {problem}. Nothing was "
                            "marked exported.",
    "key_exists": "A station key already exists ({path}); give --force to replace it "
                  "(packets signed before then need the old station.pub).",
    "key_unusable": "The key file {path} cannot be used: {problem}.",
    "key_missing": "The key file {path} does not exist.",
    "key_not_ed25519": "The key file {path} is not an Ed25519 key.",
    "backup_foreign": "{file} is not a Letterbox backup.",
    "backup_damaged": "{file} is damaged: {part} does not match its checksum; nothing was "
                      "restored.",
    "backup_unreadable": "{file} is damaged or not a Letterbox backup ({problem}); nothing "
                         "was restored.",
    "backup_newer": "{file} was made by a newer Letterbox (schema {version}; this one knows "
                    "{known}): update Letterbox first.",
    "store_not_empty": "The store {store} already holds data: nothing was restored (give "
                       "--replace to replace everything in it).",
    "same_store": "Nothing copied: the source and the target are the same store.",
    "pin_format": "A PIN is {low} to {high} numbers.",
    "field_required": "Please fill in: {field}.",
    "field_too_long": "{field}: at most {limit} characters, please.",
    "language": "Language must be English or Spanish.",
    "duplicate_id_number": "A profile with this ID number already exists.",
    "birth_date_format": "The birth date must be a date (YYYY-MM-DD).",
    "birth_date_future": "The birth date is in the future.",
    "age_range": "The age must be between 0 and 25.",
    "age_birth_conflict": "The age ({age}) does not match the birth date, which makes the "
                          "child {birth_age}; give the one that is right, or both agreeing.",
    "letter_too_long": "This letter is {length} characters long; the most Letterbox keeps is "
                       "{limit}.",
    "empty_letter": "The letter is empty.",
    "reason_required": "A reason is needed.",
    "profile_closed": "This profile is closed (archived); staff can open it again.",
    "profile_open": "This profile is not archived: archive it before deleting its data.",
    "contact_not_approved": "Contact with {child} is not approved.",
    "no_child": "The item is not addressed to a child.",
    "audio_not_allowed": "This facility does not accept recordings.",
    "recording_full": "This recording has reached the longest time allowed ({seconds:.0f} s).",
    "no_take": "There is no take to send yet.",
    "take_silent": "The chosen take is silent.",
    "take_empty": "The chosen take has no sound in it (it is empty).",
    "page_missing": "Page {page} has not been recorded.",
    "lines_missing": "{missing} of {total} lines are not recorded yet.",
    "nothing_recorded": "Nothing has been recorded yet.",
    "passphrase_short": "A passphrase needs at least {low} characters.",
    "staff_exists": "There is already a staff member called {name}.",
    "staff_last": "The last staff member cannot be removed.",
    "staff_needed": "This needs a staff member: give --staff NAME.",
    "wrong_passphrase": "That name and passphrase do not match.",
    "parent_ambiguous": "{key!r} could name more than one parent: give the exact ID number, "
                        "or #N for the parent with database id N.",
    "packet_folder_missing": "The packet's folder {folder} is no longer there.",
    "item_not_in_packet": "{item} is not in packet {packet}.",
    "item_ref": "Name an item as letter:N or recording:N (not {text!r}).",
    "month_format": "--{field} needs a month as YYYY-MM, such as 2026-03; not {text!r}.",
    "month_order": "The report starts ({start}) after it ends ({end}).",
    "checkin_scale": "A check-in scale runs from a low to a higher number within 0..10 "
                     "(not {low}..{high}).",
    "checkin_repeat": "Ask again after 1 to 104 weeks (not {weeks}).",
    "setting_range": "{key} must be from {low} to {high}.",
    "facility_unknown": "There is no facility profile {key!r}; choose one of: {known}.",
    "checkin_value": "An answer is a number from {low} to {high}.",
    "part_damaged": "The sound of recorded part {part} is damaged or missing in the store "
                    "({problem}).",
    "part_file_missing": "The recorded file {file} is not in the data folder.",
}
