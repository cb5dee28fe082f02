"""Codes into words: the one place where the core's typed outcomes become sentences in the
parent's or the worker's language (item statuses, contact decisions, refusals)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from letterbox.errors import LetterboxError


def _t(text: str) -> str:
    return QCoreApplication.translate("Wording", text)


def status_text(status: str, note: str = "") -> str:
    """An item's status as the parent reads it on their home screen."""
    words = {
        "draft": _t("Draft"),
        "ready": _t("Waiting for staff"),
        "approved": _t("Approved"),
        "returned": _t("Returned: %1"),
        "exported": _t("With the mail room"),
        "sent": _t("Sent"),
        "rejected": _t("Not sent by the mail room: %1"),
    }.get(status, status)
    return words.replace("%1", note or _t("please ask staff"))


def staff_status_text(status: str) -> str:
    """An item's status as staff read it."""
    return {"draft": _t("Draft"), "ready": _t("Ready for review"), "approved": _t("Approved"),
            "returned": _t("Returned to the parent"), "exported": _t("With the mail room"),
            "sent": _t("Sent"), "rejected": _t("Rejected by the mail room")}.get(status, status)


def contact_text(status: str) -> str:
    """Contact approval in plain words."""
    return {"approved": _t("contact approved"),
            "pending": _t("waiting for staff to approve contact"),
            "not_permitted": _t("contact not permitted")}.get(status, status)


def field_name(code: str) -> str:
    """A form field's name, for messages about it."""
    return {"name": _t("your name"), "id_number": _t("ID number"),
            "housing_unit": _t("wing and cell"), "facility": _t("facility"),
            "child_name": _t("child's name"), "carer_name": _t("carer's name"),
            "relationship": _t("relationship"), "reason": _t("reason"),
            "staff_name": _t("staff name")}.get(code, code)


def error_text(error: BaseException) -> str:
    """A kind sentence for a refusal or failure; unknown errors get a general one."""
    if not isinstance(error, LetterboxError):
        if isinstance(error, OSError) and "full" in str(error).lower():
            return _t("The computer's disk is full. Nothing was lost; please ask staff to "
                      "make room.")
        return _t("Letterbox could not finish that. Nothing was lost. If it happens again, "
                  "please ask staff.")
    p = {k: str(v) for k, v in error.params.items()}
    code = error.code
    texts = {
        "not_allowed": _t("That is not something this profile can do. Please ask staff."),
        "not_found": _t("That item could not be found. It may have been deleted."),
        "invalid_transition": _t("That cannot be done to this item now."),
        "not_editable": _t("This item is with staff. To change it, take it back first."),
        "not_deletable": _t("This item is with staff or the mail room and cannot be "
                            "deleted now."),
        "locked": _t("Too many tries. Please wait %1 seconds, or ask staff for help."),
        "store_full": _t("The computer's disk is full. Nothing was lost; please ask staff "
                         "to make room."),
        "pin_format": _t("A PIN is %1 to %2 numbers."),
        "field_required": _t("Please fill in: %1."),
        "field_too_long": _t("%1: at most %2 characters, please."),
        "language": _t("Language must be English or Spanish."),
        "duplicate_id_number": _t("A profile with this ID number already exists. Ask staff "
                                  "for help."),
        "birth_date_format": _t("Please write the birth date as day, month and year, for "
                                "example 2019-03-14."),
        "birth_date_future": _t("The birth date is in the future."),
        "age_range": _t("The age must be between 0 and 25."),
        "letter_too_long": _t("This letter is %1 characters long; the most Letterbox keeps "
                              "is %2. Nothing was lost: please split it into two letters."),
        "empty_letter": _t("The letter is empty. Write a few words first."),
        "reason_required": _t("Please give a reason."),
        "contact_not_approved": _t("Contact with %1 has not been approved, so nothing can "
                                   "be recorded or sent to them yet. Please talk to staff."),
        "audio_not_allowed": _t("This facility does not accept recordings. You can write a "
                                "letter instead."),
        "recording_full": _t("This recording already uses its %1 minutes. Redo a part, or "
                             "start a new recording."),
        "no_take": _t("There is nothing to send yet. Record your message first."),
        "take_silent": _t("We could not hear you in this take. Please check the microphone "
                          "and record it again."),
        "page_missing": _t("Page %1 has not been recorded yet. Please record it, or ask "
                           "staff for help."),
        "lines_missing": _t("%1 of %2 lines are not recorded yet. Please record them all."),
        "nothing_recorded": _t("Nothing has been recorded yet."),
        "save_failed": _t("Your letter could not be saved just now. Letterbox will try "
                          "again when you carry on. Please tell staff."),
        "passphrase_short": _t("A passphrase needs at least %1 characters."),
        "wrong_passphrase": _t("That name and passphrase do not match."),
    }
    text = texts.get(code)
    if text is None:
        return _t("Letterbox could not finish that. Nothing was lost. If it happens again, "
                  "please ask staff.")
    values = {
        "locked": [p.get("seconds", "")],
        "pin_format": [p.get("low", ""), p.get("high", "")],
        "field_required": [field_name(p.get("field", ""))],
        "field_too_long": [field_name(p.get("field", "")), p.get("limit", "")],
        "letter_too_long": [f"{int(p.get('length', 0)):,}", f"{int(p.get('limit', 0)):,}"],
        "contact_not_approved": [p.get("child", "")],
        "recording_full": [p.get("minutes", "")],
        "page_missing": [p.get("page", "")],
        "lines_missing": [p.get("missing", ""), p.get("total", "")],
        "passphrase_short": [p.get("low", "")],
    }.get(code, [])
    for index, value in enumerate(values, start=1):
        text = text.replace(f"%{index}", value)
    return text
