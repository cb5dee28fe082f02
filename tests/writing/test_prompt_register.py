"""One register: every Spanish word the kiosk says to the parent says *usted*.

The prompt fields that speak to the parent are ``tips`` and each step's ``question``
(letterbox/writing/prompts.py). The ``starters`` and the ``example`` are the parent's own
words to their child and rightly say *tú*; a ``title`` names the letter, often in the
child's voice ("¡Tú puedes!"), so neither is checked. Quoted words ("cuando yo tenía tu
edad") are what a parent might say to the child, and are skipped too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from letterbox import resources
from letterbox.writing.prompts import PromptLibrary

_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|«[^»]*»')
_WORD = re.compile(r"[a-záéíóúüñ]+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Pronouns, clitic imperatives and verb forms that only tú uses: flagged anywhere.
_TU_ANYWHERE = _words("""
tú ti te tu tus contigo
puedes sabes tienes quieres estás vas eres haces dices escribes entiendes confías valoras
extrañas pides ves estudias acuerdas echas aconsejas sientes piensas crees necesitas
ibas tenías estés seas hagas digas pidas prometas uses insistas tomes presiones expliques
exijas adivines inventes cuentes olvides
cuéntale cuéntales dale dales dile diles hazle pídele explícale recuérdale pregúntale
háblale despídete interésate hazte díselo dilo deséale regálale agradécele ofrécele
proponle avísale contéstale déjale felicítale escríbele alégrate muéstrale léele ayúdale
cuéntaselo pídeselo invítale dímelo cuéntalo
""")
# Plain tú imperatives that are also nouns or third-person forms ("una pregunta", "se
# agradece"): flagged only where a sentence or a clause starts.
_TU_IMPERATIVE = _words("""
agradece apoya ayuda celebra comparte contesta cuenta da deja demuestra desea di empieza
escoge escribe escucha evita explica felicita haz habla invita menciona muestra nombra
ofrece pide pregunta recuerda reconoce repite respeta responde retoma saluda sé termina
usa vuelve lee mira piensa graba pulsa toca elige prueba intenta
""")
_CLAUSE_START = re.compile(r"(?:^|[.:;!?¿¡(]|\by|\bluego)\s*([a-záéíóúüñ]+)")
_PRETERITE = re.compile(r"\b[a-záéíóúüñ]+(?:aste|iste)\b")
_NOT_PRETERITE = {"triste", "existe", "insiste", "consiste", "resiste", "chiste", "contraste",
                  "desgaste"}


def tu_words(text: str, *, imperatives: bool = True) -> list[str]:
    """The words in ``text`` (outside quotes) that address the reader as tú.

    Interface labels are often nouns ("Pregunta", "Ayuda"): check them with
    ``imperatives=False``.
    """
    plain = _QUOTED.sub(" ", text).lower()
    found = [w for w in _WORD.findall(plain) if w in _TU_ANYWHERE]
    if imperatives:
        found += [m.group(1) for m in _CLAUSE_START.finditer(plain)
                  if m.group(1) in _TU_IMPERATIVE]
    found += [w for w in _PRETERITE.findall(plain) if w not in _NOT_PRETERITE]
    return found


@pytest.mark.parametrize("text", [
    "Cuéntale por qué le escribes.",
    "Si no puedes mandar un regalo, regálale un buen deseo.",
    "Agradece a quien lo cuida, no a través de tu hijo o hija.",
    "Pregúntale qué quiere hacer después, y escucha.",
    "Habla de lo que te contó. Así sabe que pusiste atención.",
    "Sé honesto con las partes difíciles.",
    "No le pidas nada y no prometas fechas.",
])
def test_the_check_finds_tu(text: str) -> None:
    """Sentences that speak to the parent as tú are caught."""
    assert tu_words(text)


@pytest.mark.parametrize("text", [
    "Cuéntele por qué le escribe.",
    "Si no puede mandar un regalo, regálele un buen deseo.",
    "No le pida nada: una tarjeta se agradece, no se exige.",
    "Hágale una pregunta que pueda contestar.",
    'Evite los discursos de "cuando yo tenía tu edad".',
    "Diga quién es y qué va a leer, por ejemplo: «Soy Ana y leo el cuento para ti».",
    "Las despedidas son difíciles. Dígale que está bien sentirse triste.",
])
def test_the_check_lets_usted_and_quotes_pass(text: str) -> None:
    """Usted sentences, and tú inside quotes (words for the child), are not flagged."""
    assert tu_words(text) == []


def test_spanish_prompts_speak_to_the_parent_as_usted() -> None:
    """Every Spanish prompt's tips and questions say usted, like the rest of the kiosk."""
    library = PromptLibrary.load([resources.prompts_dir()])
    spanish = [p for p in library.prompts if p.language == "es"]
    assert len(spanish) >= 40 and not library.errors
    found = []
    for prompt in spanish:
        fields = [("tips", tip) for tip in prompt.tips]
        fields += [("question", step.question) for step in prompt.steps]
        found += [f"{prompt.source.name} {name}: {text!r} {tu_words(text)}"
                  for name, text in fields if tu_words(text)]
    assert not found, "tú in parent-facing prompt text:\n" + "\n".join(found)


def test_spanish_interface_speaks_usted() -> None:
    """No Spanish interface string addresses the parent as tú."""
    tree = ET.parse(resources.translations_dir() / "letterbox_es.ts")
    found = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")]
        for text in forms or [translation.text or ""]:
            words = tu_words(text, imperatives=False)
            if words:
                found.append(f"{text!r} {words}")
    assert not found, "tú in the Spanish interface:\n" + "\n".join(found)
