"""Codes into words: the one place where the core's typed outcomes become sentences in the
parent's or the worker's language (item statuses, contact decisions, refusals)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from letterbox.errors import LetterboxError

if TYPE_CHECKING:  # numpy comes with it: not on the sign-in screen's path
    from letterbox.audio.devices import AudioUnavailable
    from letterbox.export.plan import Refusal

translate = QCoreApplication.translate  # lupdate collects translate("Wording", "…") calls


def status_text(status: str, note: str = "") -> str:
    """An item's status as the parent reads it on their home screen."""
    words = {
        "draft": translate("Wording", "Draft"),
        "ready": translate("Wording", "Waiting for staff"),
        "approved": translate("Wording", "Approved"),
        "returned": translate("Wording", "Returned: %1"),
        "exported": translate("Wording", "With the mail room"),
        "sent": translate("Wording", "Sent"),
        "rejected": translate("Wording", "Not sent by the mail room: %1"),
    }.get(status, status)
    # Ready-worded reasons are stored in English and read in the parent's language;
    # a reason staff wrote themselves has no translation and shows as written.
    note = translate("StaffReasons", note) if note else ""
    return words.replace("%1", note or translate("Wording", "please ask staff"))


def staff_status_text(status: str) -> str:
    """An item's status as staff read it."""
    return {
        "draft": translate("Wording", "Draft"),
        "ready": translate("Wording", "Ready for review"),
        "approved": translate("Wording", "Approved"),
        "returned": translate("Wording", "Returned to the parent"),
        "exported": translate("Wording", "With the mail room"),
        "sent": translate("Wording", "Sent"),
        "rejected": translate("Wording", "Rejected by the mail room"),
    }.get(status, status)


def contact_text(status: str) -> str:
    """Contact approval in plain words."""
    return {
        "approved": translate("Wording", "contact approved"),
        "pending": translate("Wording", "waiting for staff to approve contact"),
        "not_permitted": translate("Wording", "contact not permitted"),
    }.get(status, status)


def facility_text(name: str) -> str:
    """A facility profile's name in the interface language: the shipped profiles' names
    are translated here (they are data in assets/facilities/); a name staff gave their
    own profile shows as written."""
    return {
        "Generic (US Letter)": translate("Facilities", "Generic (US Letter)"),
        "US federal prison (BOP)": translate("Facilities", "US federal prison (BOP)"),
        "England and Wales (HMPPS)": translate("Facilities", "England and Wales (HMPPS)"),
    }.get(name, name)


def audio_failure_text(error: AudioUnavailable) -> tuple[str, str]:
    """What went wrong with recording, and what staff can do, in the interface language
    (the sound library's own detail is kept, for staff). A failure without a known code
    shows as the core worded it."""
    words = {
        "portaudio_missing": (
            translate("Wording", "The sound library PortAudio is not installed."),
            translate("Wording", "Ask staff to install it (Debian/Ubuntu: sudo apt-get install "
                                 "libportaudio2), then run “letterbox doctor”.")),
        "no_microphone": (
            translate("Wording", "No microphone was found, or it cannot record at 48 kHz."),
            translate("Wording", "Plug in a microphone or headset, check it is switched on and "
                                 "not muted, then run “letterbox doctor”.")),
        "microphone_unopened": (
            translate("Wording", "The microphone could not be opened."),
            translate("Wording", "Check it is plugged in and not used by another program, "
                                 "then run “letterbox doctor”.")),
        "disk": (
            translate("Wording", "The recording could not be saved."),
            translate("Wording", "Ask staff to check the disk space with “letterbox "
                                 "doctor”.")),
        "take_unsaved": (
            translate("Wording", "The recording could not be saved."),
            translate("Wording", "What was recorded is kept and will be offered back when you "
                                 "next sign in. Please ask staff to run “letterbox doctor”.")),
        "unknown": (
            _general(),
            translate("Wording", "Please ask staff to run “letterbox doctor”.")),
    }.get(error.code)
    if words is None:
        return error.problem, error.fix
    problem, fix = words
    if error.detail:
        fix += " " + translate("Wording", "(Detail: %1)").replace("%1", error.detail)
    return problem, fix


def refusal_text(refusal: Refusal) -> str:
    """Why an item cannot be exported, in the interface language (as the core wrote it
    when it has no code)."""
    words = {
        "archived": translate("Wording", "the parent's profile is closed (archived)"),
        "no_child": translate("Wording", "not addressed to a child"),
        "not_permitted": translate("Wording", "contact with %1 is not permitted"),
        "pending": translate("Wording", "contact not yet approved by staff"),
        "audio_not_allowed": translate("Wording", "%2 does not accept recordings"),
        "audio_unprocessable": translate("Wording", "the audio could not be processed: %3"),
    }.get(refusal.code)
    if words is None:
        return refusal.reason
    if refusal.code == "not_permitted" and refusal.detail:
        words += ": %3"
    return (words.replace("%1", refusal.child).replace("%2", facility_text(refusal.detail))
            .replace("%3", refusal.detail))


def field_name(code: str) -> str:
    """A form field's name, for messages about it."""
    return {
        "name": translate("Wording", "your name"),
        "id_number": translate("Wording", "ID number"),
        "housing_unit": translate("Wording", "wing and cell"),
        "facility": translate("Wording", "facility"),
        "child_name": translate("Wording", "child's name"),
        "carer_name": translate("Wording", "carer's name"),
        "carer_address": translate("Wording", "carer's address"),
        "relationship": translate("Wording", "relationship"),
        "reason": translate("Wording", "reason"),
        "staff_name": translate("Wording", "staff name"),
    }.get(code, code)


def _clock(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def _general() -> str:
    return translate("Wording", "Letterbox could not finish that. Nothing was lost. If it "
                                "happens again, please ask staff.")


def _texts() -> dict[str, str]:
    """Every refusal's sentence, by code (built on demand, in the current language)."""
    return {
        "not_allowed": translate(
            "Wording", "That is not something this profile can do. Please ask staff."),
        "not_found": translate(
            "Wording", "That item could not be found. It may have been deleted."),
        "invalid_transition": translate("Wording", "That cannot be done to this item now."),
        "not_editable": translate(
            "Wording", "This item is with staff. To change it, take it back first."),
        "not_deletable": translate(
            "Wording", "This item is with staff or the mail room and cannot be deleted now."),
        "locked": translate(
            "Wording", "Too many tries. Please wait %1 seconds, or ask staff for help."),
        "store_full": translate(
            "Wording", "The computer's disk is full. Nothing was lost; please ask staff to "
                       "make room."),
        "store_away": translate(
            "Wording", "The connection to the facility's computer is down just now. Nothing "
                       "was lost; please try again in a moment, or ask staff."),
        "part_damaged": translate(
            "Wording", "This recording cannot be played just now: its sound is damaged. "
                       "Please ask staff."),
        "export_running": translate(
            "Wording", "Another export is running (since %1). Please wait for it to finish, "
                       "then try again."),
        "export_target_failed": translate(
            "Wording", "The packet could not be written in %1: %2. Nothing was marked "
                       "exported."),
        "key_exists": translate(
            "Wording", "This station already has a signing key (%1). Packets signed with it "
                       "are checked with its station.pub."),
        "key_unusable": translate(
            "Wording", "The signing key %1 cannot be used (%2). Nothing was exported; make a "
                       "new key or ask whoever looks after this computer."),
        "key_missing": translate("Wording", "There is no key file at %1."),
        "key_not_ed25519": translate(
            "Wording", "The file %1 is not a Letterbox station key."),
        "pin_format": translate("Wording", "A PIN is %1 to %2 numbers."),
        "field_required": translate("Wording", "Please fill in: %1."),
        "field_too_long": translate("Wording", "%1: at most %2 characters, please."),
        "language": translate("Wording", "Language must be English or Spanish."),
        "text_size": translate("Wording", "Text size must be normal, large or extra large."),
        "duplicate_id_number": translate(
            "Wording", "A profile with this ID number already exists. Ask staff for help."),
        "birth_date_format": translate(
            "Wording", "Please write the birth date as year, month and day, for example "
                       "2019-03-14."),
        "birth_date_future": translate("Wording", "The birth date is in the future."),
        "age_range": translate("Wording", "The age must be between 0 and 25."),
        "age_birth_conflict": translate(
            "Wording", "The age (%1) and the birthday (which makes %2) do not agree. Please "
                       "say which one is right."),
        "letter_too_long": translate(
            "Wording", "This letter is %1 characters long; the most Letterbox keeps is %2. "
                       "Nothing was lost: please split it into two letters."),
        "empty_letter": translate("Wording", "The letter is empty. Write a few words first."),
        "reason_required": translate("Wording", "Please give a reason."),
        "profile_closed": translate(
            "Wording", "This profile is closed. Please ask staff."),
        "profile_open": translate(
            "Wording", "Archive this profile before deleting its data."),
        "contact_not_approved": translate(
            "Wording", "Contact with %1 has not been approved, so nothing can be recorded or "
                       "sent to them yet. Please talk to staff."),
        "audio_not_allowed": translate(
            "Wording", "This facility does not accept recordings. You can write a letter "
                       "instead."),
        "recording_full": translate(
            "Wording", "This recording has reached the longest time allowed (%1). Redo a "
                       "part, or start a new recording."),
        "no_take": translate(
            "Wording", "There is nothing to send yet. Record your message first."),
        "take_empty": translate(
            "Wording", "This take did not record anything. Please record it again."),
        "take_silent": translate(
            "Wording", "We could not hear you in this take. Please check the microphone and "
                       "record it again."),
        "page_missing": translate(
            "Wording", "Page %1 has not been recorded yet. Please record it, or ask staff "
                       "for help."),
        "lines_missing": translate(
            "Wording", "%1 of %2 lines are not recorded yet. Please record them all."),
        "nothing_recorded": translate("Wording", "Nothing has been recorded yet."),
        "save_failed": translate(
            "Wording", "Your letter could not be saved just now. Letterbox will try again "
                       "when you carry on. Please tell staff."),
        "passphrase_short": translate("Wording", "A passphrase needs at least %1 characters."),
        "packet_folder_missing": translate(
            "Wording", "The packet's folder (%1) is no longer there: it may have been moved "
                       "or handed over. Nothing was changed."),
        "wrong_passphrase": translate("Wording", "That name and passphrase do not match."),
        "invalid": translate("Wording", "That cannot be accepted. Please check what you "
                                        "typed."),
        "not_ready": translate("Wording", "This item is not ready to send yet."),
        "no_child": translate("Wording", "This item is not addressed to a child yet."),
        "checkin_value": translate("Wording", "Please choose a number from %1 to %2."),
    }


def error_text(error: BaseException) -> str:
    """A kind sentence for a refusal or failure; unknown errors get a general one."""
    if not isinstance(error, LetterboxError):
        from letterbox.store.db import StoreUnavailable

        if isinstance(error, StoreUnavailable):  # the shared store's server is away
            return _texts()["store_away"]
        if isinstance(error, OSError) and "full" in str(error).lower():
            return _texts()["store_full"]
        return _general()
    p = {k: str(v) for k, v in error.params.items()}
    code = error.code
    text = _texts().get(code)
    if text is None:
        return _general()
    values = {
        "locked": [p.get("seconds", "")],
        "export_running": [p.get("since", "")],
        "export_target_failed": [p.get("folder", ""), p.get("problem", "")],
        "key_exists": [p.get("path", "")],
        "key_unusable": [p.get("path", ""), p.get("problem", "")],
        "key_missing": [p.get("path", "")],
        "key_not_ed25519": [p.get("path", "")],
        "pin_format": [p.get("low", ""), p.get("high", "")],
        "age_birth_conflict": [p.get("age", ""), p.get("birth_age", "")],
        "field_required": [field_name(p.get("field", ""))],
        "field_too_long": [field_name(p.get("field", "")), p.get("limit", "")],
        "letter_too_long": [f"{int(p.get('length', 0)):,}", f"{int(p.get('limit', 0)):,}"],
        "contact_not_approved": [p.get("child", "")],
        "recording_full": [_clock(float(p.get("seconds", 0) or 0))],
        "page_missing": [p.get("page", "")],
        "lines_missing": [p.get("missing", ""), p.get("total", "")],
        "passphrase_short": [p.get("low", "")],
        "packet_folder_missing": [p.get("folder", "")],
        "checkin_value": [p.get("low", ""), p.get("high", "")],
    }.get(code, [])
    for index, value in enumerate(values, start=1):
        text = text.replace(f"%{index}", value)
    return text
