"""Words that come from data or the core (facility names, recording failures, refusals)
are said in the interface language."""

from __future__ import annotations

import pytest

from letterbox.audio.devices import AudioUnavailable
from letterbox.errors import InvalidInput
from letterbox.ui.translation import Translator
from letterbox.ui.wording import audio_failure_text, error_text, facility_text, refusal_text


@pytest.fixture
def spanish(qapp):
    translator = Translator(qapp)
    translator.set_language("es")
    yield translator
    translator.set_language("en")


def test_shipped_facility_names_are_translated(spanish) -> None:
    """"Generic (US Letter)" shows in Spanish; a name staff gave their own profile stays."""
    assert facility_text("Generic (US Letter)") == "Genérico (carta EE. UU.)"
    assert facility_text("England and Wales (HMPPS)") == "Inglaterra y Gales (HMPPS)"
    assert facility_text("County jail") == "County jail"


def test_recording_failures_are_said_in_spanish(spanish) -> None:
    """A coded failure is worded in Spanish with the library's detail kept; one without a
    code shows as the core wrote it."""
    problem, fix = audio_failure_text(AudioUnavailable(
        "The microphone could not be opened.", "Check it.", code="microphone_unopened",
        detail="Device unavailable"))
    assert problem == "No se pudo abrir el micrófono."
    assert fix.startswith("Revise que esté conectado") and "(Detalle: Device unavailable)" in fix
    assert audio_failure_text(AudioUnavailable("Odd.", "Ask.")) == ("Odd.", "Ask.")


def test_check_in_answer_refusal_is_translated(spanish) -> None:
    """A check-in answer outside the scale is refused in the parent's words."""
    assert error_text(InvalidInput("checkin_value", low=1, high=5)) == \
        "Por favor, elija un número del 1 al 5."


def test_export_refusals_are_translated(spanish) -> None:
    """Why an item cannot be exported is said in Spanish, the facility's name too; a
    refusal without a code shows as the core wrote it."""
    from letterbox.export.plan import Refusal

    refused = Refusal("letter", 1, "Hola", "Mateo", "contact with Mateo is not permitted: "
                      "court order", "not_permitted", "court order")
    assert refusal_text(refused) == "el contacto con Mateo no está permitido: court order"
    no_audio = Refusal("recording", 2, "Cuento", "Mateo", "Generic (US Letter) does not "
                       "accept recordings", "audio_not_allowed", "Generic (US Letter)")
    assert refusal_text(no_audio) == "Genérico (carta EE. UU.) no acepta grabaciones"
    assert refusal_text(Refusal("letter", 3, "", "", "odd")) == "odd"
