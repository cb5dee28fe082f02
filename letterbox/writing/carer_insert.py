"""The carer insert: a printable page of general advice for the child's carer on talking
with a child about a parent in prison, with spaces for local organisations.

Staff may rewrite it (settings ``carer_insert_en`` and ``carer_insert_es``); these are
the defaults. The text is plain: a line starting ``# `` is a heading, ``- `` a point,
and a blank line ends a paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass

TEXT_MAX = 6000

DEFAULT_EN = """\
# Talking with a child about a parent in prison
Thank you for caring for this child. These are general ideas from families and support \
workers. There is no perfect way to do this: you know the child best.

# Tell the truth, simply
- Use words that fit the child's age. A short, true answer is better than a story that \
falls apart later.
- Say clearly that it is not their fault, and that nothing they did caused it.
- If nobody knows yet when their parent will come home, say so. Try not to promise dates.
- It is fine to say "I don't know" or "I'll try to find out".

# Let them feel what they feel
- Children may be sad, angry, worried, clingy, quiet, or seem not to care. All of these \
are normal.
- Let them ask questions, as often as they need to. Little ones often ask the same thing \
many times.
- Keep the everyday things the same where you can: meals, school, bedtime.
- You decide what to tell school or nursery. A teacher who knows can be kind at hard times.

# Keeping in touch
- Letters, drawings and recordings help. Children often reread a letter or replay a \
message many times.
- Read letters aloud with younger children, and let them choose what to send back. A \
drawing is a lovely reply.
- Never ask a child to keep secrets or to pass on messages for others.

# Look after yourself too
Caring for a child while a parent is in prison is hard work. You deserve support too. \
The organisations below can help."""

DEFAULT_ES = """\
# Cómo hablar con un niño sobre su padre o madre en prisión
Gracias por cuidar de este niño. Estas son ideas generales de familias y de personas que \
apoyan a familias. No hay una manera perfecta de hacerlo: usted es quien mejor conoce al \
niño.

# Diga la verdad, con palabras sencillas
- Use palabras adecuadas a la edad del niño. Una respuesta corta y verdadera es mejor que \
una historia que luego no se sostiene.
- Dígale claramente que no es su culpa y que nada de lo que hizo lo causó.
- Si nadie sabe todavía cuándo volverá a casa su padre o madre, dígalo. Intente no \
prometer fechas.
- Está bien decir "no lo sé" o "voy a intentar averiguarlo".

# Deje que sienta lo que siente
- Los niños pueden estar tristes, enojados, preocupados, pegados a usted, callados, o \
parecer indiferentes. Todo esto es normal.
- Deje que pregunte todas las veces que lo necesite. Los pequeños suelen preguntar lo \
mismo muchas veces.
- Mantenga lo de todos los días igual cuando pueda: las comidas, la escuela, la hora de \
dormir.
- Usted decide qué contar en la escuela o la guardería. Un maestro que lo sabe puede ser \
amable en los momentos difíciles.

# Mantener el contacto
- Las cartas, los dibujos y las grabaciones ayudan. Los niños suelen releer una carta o \
escuchar un mensaje muchas veces.
- Lea las cartas en voz alta con los más pequeños y deje que elijan qué enviar. Un dibujo \
es una respuesta preciosa.
- Nunca pida a un niño que guarde secretos ni que pase mensajes de otras personas.

# Cuídese usted también
Cuidar de un niño mientras su padre o madre está en prisión es un trabajo duro. Usted \
también merece apoyo. Las organizaciones de abajo pueden ayudar."""

LOCAL_HEADING = {"en": "Local help (fill in)", "es": "Ayuda local (para completar)"}
LOCAL_FIELDS = {"en": ("Organisation", "Phone", "Notes"),
                "es": ("Organización", "Teléfono", "Notas")}


@dataclass(frozen=True)
class Block:
    """One heading, paragraph or point of the insert."""

    kind: str  # "heading", "paragraph", "point"
    text: str


def blocks(text: str) -> list[Block]:
    """The insert's text as headings, paragraphs and points."""
    found: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            found.append(Block("paragraph", " ".join(paragraph)))
            paragraph.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith("# "):
            flush()
            found.append(Block("heading", line[2:].strip()))
        elif line.startswith(("- ", "• ")):
            flush()
            found.append(Block("point", line[2:].strip()))
        else:
            paragraph.append(line)
    flush()
    return found
