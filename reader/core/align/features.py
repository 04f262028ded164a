"""What survives translation, per passage: quantities, names, cognates, dates, punctuation."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..models import UNDETERMINED

if TYPE_CHECKING:
    from ..numbers import Quantity

# --------------------------------------------------------------------------- features

_SPECIAL = {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
            "þ": "th", "ı": "i", "ŀ": "l"}
_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
    "a b v g d e e zh z i i k l m n o p r s t u f h c ch sh sh _ y _ e iu ia i i e g u".split(),
    strict=True,
))
_GREEK = dict(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψω",
    "a v g d e z i th i k l m n x o p r s s t i f ch ps o".split(),
    strict=True,
))
_FOLD = str.maketrans({**_SPECIAL, **{k: ("" if v == "_" else v) for k, v in _CYRILLIC.items()},
                       **_GREEK})
# Cognate skeleton: spellings that differ across Latin-script orthographies made equal.
_SKELETON = [(re.compile(p), r) for p, r in (
    (r"ph", "f"), (r"th", "t"), (r"ch|ck|qu|[kq]", "c"), (r"(?<=[^aeiou])h|^h", ""),
    (r"[jy]", "i"), (r"w", "v"), (r"z", "s"), (r"(.)\1+", r"\1"),
)]
PREFIX = 4  # cognates share the first PREFIX characters of their skeleton

# Feature kinds (first character of the key) and their weights.
_BOOST = {"L": 1.0, "~": 1.0, "=": 0.5, "N": 1.0, "#": 3.0, "Q": 6.0, "Y": 2.0, "P": 0.4,
          "M": 2.0}
# Month names (folded) in the languages news comes in, to the month's number: dates carry
# across languages ("3. Oktober" ~ "3 ottobre" ~ "October 3").
_MONTHS = {name: str(number) for number, names in enumerate((
    "januar january janvier gennaio enero janeiro stycznia styczen января январь jan janv",
    "februar february fevrier febbraio febrero fevereiro lutego luty февраля февраль feb fevr",
    "marz march mars marzo marco marca marzec марта март mar",
    "april avril aprile abril kwietnia kwiecien апреля апрель apr avr",
    "mai may maggio mayo maio maja maj мая май",
    "juni june juin giugno junio junho czerwca czerwiec июня июнь jun",
    "juli july juillet luglio julio julho lipca lipiec июля июль jul juil",
    "august aout agosto sierpnia sierpien августа август aug",
    "september septembre settembre septiembre setembro wrzesnia wrzesien сентября сентябрь "
    "sep sept",
    "oktober october octobre ottobre octubre outubro pazdziernika pazdziernik октября "
    "октябрь okt oct",
    "november novembre noviembre novembro listopada listopad ноября ноябрь nov",
    "dezember december decembre dicembre diciembre dezembro grudnia grudzien декабря "
    "декабрь dez dec",
), start=1) for name in names.split()}
# Words that are months only with a capital: abbreviations, and "may", "mai" (it: never),
# "mar" (es: sea), "dez" (pt: ten), "sept" (fr: seven).
_MONTHS_CAPITALISED = frozenset(
    "jan janv feb fevr mar apr avr may mai jun jul juil aug sep sept okt oct nov dez dec"
    .split())


@cache
def _month_of() -> dict[str, str]:
    """Folded month name -> month number (folding transliterates the Cyrillic names)."""
    return {fold(name): number for name, number in _MONTHS.items()}
_TOKEN = re.compile(r"\d+(?:[.,'’\u00a0\u202f]\d{3})*(?:[.,]\d+)?|[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+")
_PUNCT = {"?": "P?", "!": "P!", ":": "P:", ";": "P;", "(": "P(", "„": 'P"', "“": 'P"',
          "”": 'P"', "«": 'P"', "»": 'P"', '"': 'P"'}


@lru_cache(maxsize=262144)
def fold(word: str) -> str:
    """Lower case, transliterated to Latin, without accents: ``Größe`` → ``grosse``."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=262144)
def _skeleton(folded: str) -> str:
    for pattern, repl in _SKELETON:
        folded = pattern.sub(repl, folded)
    return folded


@cache
def _quantities(text: str, lang: str) -> list[Quantity]:
    """The quantities of a passage (numbers loads on first use: start-up never pays for it)."""
    from ..numbers import extract_quantities

    return list(extract_quantities(text, lang))


def _format_value(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def _quantity_key(q: Quantity) -> str | None:
    if not math.isfinite(q.low):
        return None
    return f"{'Y' if q.kind == 'year' else 'Q'}{float(q.low):.3g}"


def features(text: str, lang: str = UNDETERMINED,
             surfaces: dict[str, str] | None = None) -> set[str]:
    """Language-independent features of a passage (keys start with their kind's letter).

    ``~`` cognate skeleton prefix, ``=`` exact folded word, ``N`` name or acronym,
    ``#`` number written in digits, ``Q`` quantity value, ``Y`` year, ``P`` punctuation. When
    ``surfaces`` is given it receives the first text each feature came from.
    """
    feats: set[str] = set()

    def add(key: str, surface: str) -> None:
        feats.add(key)
        if surfaces is not None and key not in surfaces:
            surfaces[key] = surface

    covered: list[tuple[int, int]] = []
    for q in _quantities(text, lang):
        key = _quantity_key(q)
        if key is not None:
            unit = getattr(q, "unit", None) or ""
            add(key, f"{_format_value(float(getattr(q, 'low', 0.0)))} {unit}".strip())
            covered.append((int(getattr(q, "start", 0)), int(getattr(q, "end", 0))))
    for index, match in enumerate(_TOKEN.finditer(text)):
        token = match.group()
        if covered and any(s <= match.start() < e for s, e in covered):
            continue
        if token[0].isdigit():
            add("#" + (re.sub(r"\D", "", token).lstrip("0") or "0"), token)
            continue
        upper = sum(1 for ch in token if ch.isupper())
        acronym = upper >= 2 and (upper >= len(token) - 1)
        folded = fold(token)
        if acronym and len(token) > 2 and token.endswith("s") and token[:-1].isupper():
            folded = folded[:-1]  # TPUs -> tpu
        if acronym or (token[0].isupper() and index > 0 and len(folded) >= 2):
            name = folded[:-1] if len(folded) >= 5 and folded.endswith("s") else folded
            add("N" + name, token)  # not a sentence's first word: it may be any noun
        if len(folded) >= PREFIX:
            add("=" + folded, token)
            add("~" + _skeleton(folded)[:PREFIX], token)
        month = _month_of().get(folded)
        if month is not None and (token[0].isupper() or folded not in _MONTHS_CAPITALISED):
            add("M" + month, token)
    for ch in set(text) & _PUNCT.keys():
        add(_PUNCT[ch], ch)
    return feats
