"""Spanish word forms the shipped dictionary lacks.

pyspellchecker's Spanish list (0.9.x) holds mostly lemmas: it does not know "estoy",
"quiero", "puedes", "besos" or "cuéntame", so a parent's correct letter would be
covered in red. ``is_inflection`` accepts a word when it is a plural, a verb form or a
verb with attached pronouns of a word the dictionary knows, plus a short list of
irregular forms. It errs on the side of accepting: a missed typo costs less than
telling a parent who finds writing hard that a right word is wrong.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Container


def _words(text: str) -> list[str]:
    """A word list written as plain text (easier to read and extend than a Python list)."""
    return text.split()


# Forms of the commonest irregular verbs that no ending rule can reach, and the accented
# question words the list also lacks.
IRREGULAR = set(_words("""
soy eres es somos sois son fui fuiste fue fuimos fuisteis fueron era eras éramos erais eran
sea seas seamos sean sé seré serás será seremos serán sería serías
estoy estás está estamos estáis están estuve estuviste estuvo estuvimos estuvieron esté estés
estén estaba estabas estábamos estaban estaré estarás estará estaremos estarán
voy vas va vamos vais van iba ibas íbamos iban vaya vayas vayamos vayan ve id yendo
he has ha hemos habéis han hay había habías habíamos habían haya hayas habrá habría hube
tengo tienes tiene tenemos tienen tuve tuviste tuvo tuvimos tuvieron tenga tengas tengan
tendré tendrás tendrá tendremos tendrán tendría ten
hago haces hace hacemos hacen hice hiciste hizo hicimos hicieron haga hagas hagan haré harás
hará haremos harán haría harías haz hecho hecha
digo dices dice decimos dicen dije dijiste dijo dijimos dijeron diga digas digan diré dirás
dirá diremos dirán diría di dicho diciendo
puedo puedes puede podemos pueden pude pudiste pudo pudimos pudieron pueda puedas podré
podrás podrá podremos podrán podría podrías pudiendo
quiero quieres quiere queremos quieren quise quisiste quiso quisimos quisieron quiera quieras
querré querrás querrá querría querrías
sé sabes sabe sabemos saben supe supiste supo supimos supieron sepa sepas sabré sabrás sabrá
sabría
vengo vienes viene venimos vienen vine viniste vino vinimos vinieron venga vengas vendré
vendrás vendrá vendría ven viniendo
pongo pones pone ponemos ponen puse pusiste puso pusimos pusieron ponga pongas pondré pon
puesto
salgo sales sale salimos salen salga salgas saldré saldrás saldrá saldría sal
veo ves ve vemos ven vi viste vio vimos vieron vea veas visto
doy das da damos dan di diste dio dimos dieron dé des
oigo oyes oye oímos oyen oí oíste oyó oyeron oiga
traigo traje trajiste trajo trajeron traiga
leí leíste leyó leyeron leyendo creí creyó creyeron creyendo
conozco conozca conozcas
muero murió murieron muerto duermo duermes duerme durmió durmiendo
pido pides pide pidió pidieron pidiendo sigo sigues sigue siguió siguiendo siento sientes
siente sintió sintiendo
escrito abierto vuelto roto
cómo qué quién quiénes cuándo dónde adónde cuál cuáles cuánto cuánta cuántos cuántas
"""))

_ACCENTS = str.maketrans("áéíóú", "aeiou")

# Verb endings after the stem, longest first so "ábamos" is tried before "amos".
_ENDINGS = sorted(set(_words("""
o as a amos áis an é aste ó asteis aron aba abas ábamos abais aban e es emos éis en
ando ado ada ados adas ad ara aras áramos aran ase ases ásemos asen
imos ís í iste ió isteis ieron ía ías íamos íais ían iendo ido ida idos idas id yendo
iera ieras iéramos ieran iese ieses yó yeron
""")), key=len, reverse=True)
# Future and conditional endings attach to the whole infinitive: estar + é = estaré.
_ON_INFINITIVE = ("éis", "emos", "íamos", "íais", "ían", "ías", "ía", "ás", "án", "á", "é")
_CLITICS = sorted(("me", "te", "le", "lo", "la", "nos", "os", "les", "los", "las", "se",
                   "selo", "sela", "selos", "selas", "melo", "mela", "telo", "tela"),
                  key=len, reverse=True)


def _stems(stem: str) -> set[str]:
    """The stem with stem changes and spelling changes undone (quier → quer, busqu → busc)."""
    found = {stem}
    for changed, plain in (("ie", "e"), ("ue", "o"), ("i", "e"), ("y", "i")):
        at = stem.rfind(changed)
        if at >= 0:
            found.add(stem[:at] + plain + stem[at + len(changed):])
    for tail, plain in (("qu", "c"), ("gu", "g"), ("c", "z"), ("j", "g"), ("zc", "c")):
        for s in list(found):
            if s.endswith(tail):
                found.add(s[: len(s) - len(tail)] + plain)
    return found


def _verb_form(word: str, known: Container[str]) -> bool:
    if len(word) > 3 and word.endswith(("ar", "er", "ir")) and word in known:
        return True
    for ending in _ON_INFINITIVE:
        base = word[: -len(ending)]
        if word.endswith(ending) and base.endswith(("ar", "er", "ir")) and base in known:
            return True
    for ending in _ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < 2:
            continue
        for stem in _stems(word[: -len(ending)]):
            if any(stem + inf in known for inf in ("ar", "er", "ir")):
                return True
    return False


def _plural(word: str, known: Container[str]) -> bool:
    if word.endswith("ces") and word[:-3] + "z" in known:
        return True
    if word.endswith("es") and word[:-2] in known:
        return True
    return word.endswith("s") and word[:-1] in known


def _feminine(word: str, known: Container[str]) -> bool:
    """Adjective agreement: "orgullosa" from "orgulloso", "pequeñas" from "pequeño"."""
    base = word[:-1] if word.endswith("s") else word
    return base.endswith("a") and (base[:-1] + "o" in known or base[:-1] in known)


def is_inflection(word: str, known: Container[str]) -> bool:
    """True when ``word`` (lower case) is a form of a word in ``known`` or a listed form."""
    if word in IRREGULAR:
        return True
    if _plural(word, known) or _feminine(word, known) or _verb_form(word, known):
        return True
    # Pronouns on the end: "cuéntame", "dímelo", "contarte", "escribiéndome".
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= 2:
            base = word[: -len(clitic)]
            plain = unicodedata.normalize("NFC", base.translate(_ACCENTS))
            if plain in known or base in IRREGULAR or plain in IRREGULAR or _verb_form(
                    plain, known) or _verb_form(base, known):
                return True
    return False
