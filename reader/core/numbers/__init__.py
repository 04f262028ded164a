"""Quantities in digits or words (de, en, it, pt, es, fr; pl/ru digits): find, normalise, compare.

A :class:`Quantity` is a span of text with a value interval ``[low, high]`` (``low == high``
for an exact value), a normalised unit key and a kind.

Conventions, chosen so that different reports of the same story agree with each other:

* Digits: both ``300.000``/``300,000`` and ``2,2``/``2.2`` are read. Several separators of one
  kind are thousands marks; with both kinds the last one is the decimal mark; a single
  separator followed by exactly three digits is read by the language's convention (``.``
  groups in de/it/pt/es/fr/pl/ru, ``,`` groups in en); otherwise it is a decimal mark. French,
  Polish and Russian also group with spaces; every language groups with no-break or thin
  spaces and apostrophes. ``2, 2 Milliarden`` (a typo in real articles) is read as 2.2e9 in the
  languages whose decimal mark is a comma, but only right before a scale word.
* Scales: ``billion`` (en), ``bilhão`` (pt-BR), ``Milliarde``/``miliardo``/``milliard``/``mil
  milhões``/``mil millones`` are 1e9; ``Billion`` (de), ``bilião`` (pt-PT), ``billón``,
  ``bilione`` and French ``billion`` are 1e12.
* Bounds: ``über``/``more than``/``oltre``/``mais de`` ... X give ``[X, inf]``;
  ``unter``/``less than``/``meno di`` ... X give ``[0, X]``. ``bis zu``/``up to``/``fino a``/
  ``até`` X stay exact at X: reports name the ceiling of a plan as its figure and drop the
  "up to" freely, so the ceiling is what other reports must be compared with. ``rund``,
  ``about``, ``circa``, ``quase``, ``fast`` ... keep the value exact (the tolerance of
  :func:`values_agree` absorbs them). All of these words are part of the span.
* Vague amounts become ranges: ``tens of X`` → ``[10X, 100X]``, ``hundreds of X`` →
  ``[100X, 1000X]`` (so ``hunderttausende`` is ``[1e5, 1e6]``), ``dozens`` → ``[24, 144]``;
  ``several``/``mehrere``/``diversi``/``vários``/``plusieurs`` + scale S → ``[2S, 10S]``, but
  ``several`` + ten/hundred is read like tens/hundreds (``mehrere zehn Milliarden`` →
  ``[1e10, 1e11]``); a bare plural scale word (``Milliarden``, ``millions``, ``Tausende``)
  → ``[2S, 1000S]`` (at least two, less than the next scale up).
* Multipliers (``fast versiebenfacht``, ``quasi sette volte``, ``sevenfold``, ``3x``) are
  numbers with unit ``"x"``; ``einfach``/``einmal`` are not multipliers.
* Years: four digits 1900-2100 without separators, scale, unit or bound are years.
* Kinds: ``percent`` with a percent sign or word, else ``money`` with a currency, else
  ``year``, else ``range`` when ``low != high`` (vague amounts, bounds, ``2 bis 3``), else
  ``number``. German ``über``/``unter`` (and en ``over``/``under``) before a bare number word
  are read as prepositions (``über drei Architekturen hinweg``), not bounds.
* Units: currencies are ISO codes (``US-Dollar``, ``dollari``, ``dólares``, ``$`` → ``USD``),
  physical units are symbols (``Gigawatt`` → ``GW``), percentages ``%`` (``pp`` for
  percentage points) and multipliers ``x``. Otherwise the counted thing, when clearly named
  right after the quantity, is a lower-case English key for common nouns in any of the
  languages (``Geschäftskunden``/``clienti`` → ``customer``) or the crudely singularised
  noun itself (``TPUs`` → ``tpu``); else ``None``.
* Comparison (:func:`values_agree`): intervals that overlap or lie within ``tolerance``
  (relative) of each other agree when their units are compatible: the same currency, the
  same physical dimension (``1000 MW`` agrees with ``1 GW``), any two counted nouns (they
  are in different languages), and a missing unit with anything. Years only agree with
  years, exactly; percentages agree with percentages and with numbers without unit.
* Not extracted: dates (day numbers next to month names, ``03.11.2025``, ``2025-11-03``),
  times, ``a/b`` ratios, ordinals (``3.``, ``3rd``, ``3º``), numbers glued to letters
  (``TPU1``, ``GPT-4``, ``5G``), signs (``-5 %`` is 5 %). A number hyphenated to a counted noun
  (``Trainium 2-Chips``) is a plain number without unit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal, TypeAlias

from .languages import (
    CODE_ALIASES,
    CURRENCIES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    DE_NOUN_SUFFIXES,
    DIMENSIONS,
    GROUP_SHARED,
    MONTHS_EN,
    NOUNS,
    OVER_SYMBOLS,
    PREFIX_CHARS,
    QUOTES,
    SP,
    SPECS,
    TIME_NOUNS,
    UNDER_SYMBOLS,
    UNIT_SYMBOLS,
    UNIT_WORDS,
    Spec,
)

__all__ = ["Quantity", "QuantityKind", "extract_quantities", "parse_quantity", "values_agree"]

QuantityKind = Literal["number", "money", "percent", "year", "range"]
INF = math.inf


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity in a text: span, value interval, normalised unit and kind."""

    start: int
    end: int
    text: str
    low: float
    high: float
    unit: str | None
    kind: QuantityKind


# --------------------------------------------------------------------------- shared tables


# --------------------------------------------------------------------------- compiled tables


def _key(text: str) -> str:
    """Lookup form of a matched word or phrase: lower case, one space, plain apostrophe."""
    return " ".join(text.lower().replace("\u2019", "'").split())


def _variants(words: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for w in words:
        out.add(w)
        if "'" in w:
            out.add(w.replace("'", "\u2019"))
    return out


def _alt(words: Iterable[str], ci: bool = True) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run of spaces."""
    parts = sorted(_variants(words), key=lambda w: (-len(w), w))
    if not parts:
        return "(?!)"
    body = "|".join((SP + "+").join(re.escape(p) for p in w.split(" ")) for w in parts)
    return f"(?i:{body})" if ci else f"(?:{body})"


def _word_alt(words: Iterable[str], ci: bool = True) -> str:
    """Like :func:`_alt`, as whole words (no word character on either side)."""
    return rf"(?<!\w){_alt(words, ci)}(?!\w)"


_Trie: TypeAlias = "dict[str, _Trie]"


def _trie(words: Iterable[str]) -> str:
    """A regex matching the start of any of ``words`` (whole words when shorter than three
    letters, else their first three letters), factored by letter so the scan stays fast."""
    tree: _Trie = {}
    for w in words:
        node = tree
        for ch in w[:3]:
            node = node.setdefault(ch, {})
        node["" if len(w) >= 3 else "$"] = {}

    def emit(node: _Trie) -> str:
        alts: list[str] = []
        for ch, child in sorted(node.items()):
            if ch == "":
                alts.append("")
            elif ch == "$":
                alts.append(r"(?!\w)")
            else:
                alts.append(re.escape(ch) + emit(child))
        if "" in node:
            return ""
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree) if tree else "(?!)"


@dataclass(frozen=True, slots=True)
class _Lang:
    spec: Spec
    core: re.Pattern[str]  # dates and other digits to skip, and numbers in digits
    month_day: re.Pattern[str]  # "November 3" (skipped)
    months: frozenset[str]
    mult_split: re.Pattern[str] | None  # "versiebenfacht" -> "sieben"
    vague_q_re: re.Pattern[str]
    vague_q_first: frozenset[str]
    wordseq: re.Pattern[str]
    word_first: frozenset[str]
    bare_re: re.Pattern[str]
    bare_first: frozenset[str]
    gated: frozenset[str]  # articles and ambiguous number words ("ein", "a", "sei")
    gated_next: frozenset[str]  # words that can follow one of them in a quantity
    prefix: re.Pattern[str]
    scale_after: re.Pattern[str]
    scale_after_of: re.Pattern[str]
    attached_scale: re.Pattern[str]
    power_after: re.Pattern[str]
    range_conn: re.Pattern[str]
    operand: re.Pattern[str]
    percent_after: re.Pattern[str]
    currency_after: re.Pattern[str]
    currency_after_of: re.Pattern[str]
    unit_after: re.Pattern[str]
    unit_after_of: re.Pattern[str]
    mult_after: re.Pattern[str]
    word_token: re.Pattern[str]
    morph: frozenset[str]
    max_morph: int
    currency: dict[str, str]
    percent: dict[str, str]
    bounds: dict[str, str]
    scales: dict[str, float]
    mult_words: dict[str, float]
    candidates: re.Pattern[str]  # where a quantity can start: digits and trigger words
    prefix_last: frozenset[str]  # last words of bounds, approximations and "between"/"from"


_NOUN_WORD = re.compile(r"[^\S\n]*(?:[(\"\u201c\u201e\u00ab\u00bb][^\S\n]*)?"
                        r"([^\W\d_][\w'\u2019-]*)")
_UPPER_ACRONYM = re.compile(r"[A-Z]{2,6}s?")


def _compile(spec: Spec) -> _Lang:
    words = dict(spec.words)
    numeric = [w for w, (_, cat) in words.items() if cat != "c"]
    all_words = list(words)
    scale_alt = _alt(spec.scales)
    digits = (
        r"(?<![\w.,])(?:"
        + (rf"\d{{1,3}},{SP}\d{{1,2}}(?={SP}+{scale_alt}(?!\w))|" if spec.typo_decimal else "")
        + r"\d{1,3}(?:[" + re.escape(GROUP_SHARED + spec.extra_group) + r"]\d{3}(?!\d))+"
        + r"(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    )
    if spec.compounding:
        first = [w for w in numeric if (w, words[w][1]) != (w, "f")]
        word_re = rf"(?:{_alt(first)})(?:{_alt(all_words)})*"
        wordseq = rf"(?<!\w){word_re}(?!\w)"
        token_re = _alt(all_words)
    else:
        w_num = _alt(numeric)
        conn = _alt(w for w, (_, cat) in words.items() if cat == "c")
        wordseq = (rf"(?<!\w){w_num}(?:(?:{SP}+|-){w_num}|{SP}+{conn}{SP}+{w_num})*(?!\w)"
                   if numeric else "(?!)")
        token_re = _alt(all_words)
    months = _alt(spec.months + (MONTHS_EN if spec.code == "en" else ()))
    skip = [
        r"(?<![\w.,])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?!\d)",
        r"(?<![\w.,])\d{4}-\d{1,2}-\d{1,2}(?!\d)",
        r"(?<![\w.,])\d+(?:/\d+)+",
        rf"(?<![\w.,])\d{{1,2}}[.:]\d{{2}}{SP}*(?i:uhr|h)(?!\w)",
        r"(?<![\w.,])\d{1,2}:\d{2}(?::\d{2})?(?!\d)",
        r"(?<![\w.,])\d+[ºª°]",
        rf"(?<![\w.,])\d{{1,2}}\.?{SP}*(?:(?i:de|of|du){SP}+)?{months}(?!\w)",
    ]
    month_day = rf"(?<!\w){months}{SP}+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?!\w)"
    if spec.dot_ordinals:
        skip.append(rf"(?<![\w.,])\d{{1,3}}\.(?={SP}+[^\W\d_])")
    # Digits are found by one regex; words by looking up the word at a candidate position.
    core = re.compile(rf"(?P<skip>{'|'.join(skip)})"
                      rf"|(?P<num>(?<![^\W\d_]-)(?<!\d-){digits})")  # not "GPT-4", "2024-25"
    plural_scales = [w for w, (_, pl) in spec.scales.items() if pl]
    mult_split = None
    if spec.mult_compound:
        ver = "(?:ver)?" if spec.code == "de" else ""
        mult_split = re.compile(rf"{ver}(?P<body>.+?)(?:{spec.mult_compound})")

    cur_words = dict(spec.currency)
    cur_alt = (rf"(?:{_alt(cur_words)}(?!\w)|{_alt(CURRENCY_SYMBOLS, ci=False)}"
               rf"|{_alt(CURRENCY_CODES, ci=False)}(?![A-Za-z]))")
    cur_prefix = (rf"(?:{_alt(CURRENCY_SYMBOLS, ci=False)}|(?<![A-Za-z])"
                  rf"{_alt(CURRENCY_CODES, ci=False)})")
    of = _alt(spec.of_words) if spec.of_words else "(?!)"
    bounds = {**{w: "over" for w in spec.over}, **{w: "under" for w in spec.under},
              **{w: "upto" for w in spec.upto}, **{w: "approx" for w in spec.approx}}
    bound_words = [w for w, k in bounds.items() if k != "approx"]
    art = (rf"(?:(?:{_alt(a for a in spec.articles if not a.endswith(chr(39)))}){SP}+"
           rf"|{_alt(a for a in spec.articles if a.endswith(chr(39)))})"
           if spec.articles else "")
    art_opt = f"{art}?" if art else ""
    prefix = re.compile(
        rf"(?:(?<!\w)(?P<open>{_alt(spec.between + spec.from_words)}){SP}+)?"
        rf"(?:(?<!\w)(?P<bound>{_alt(bound_words)})(?:{SP}+|(?<=['\u2019])){art_opt}"
        rf"|(?P<sym>{_alt(OVER_SYMBOLS + UNDER_SYMBOLS, ci=False)}){SP}*)?"
        rf"(?:(?<!\w)(?P<approx>{_alt(spec.approx)})(?:{SP}+|(?<=['\u2019])){art_opt}"
        rf"|(?P<tilde>[~≈]){SP}*)?"
        rf"(?P<cur>{cur_prefix}{SP}*)?$"
    )
    unit_alt = (rf"(?:{_alt(UNIT_WORDS)}|{_alt(UNIT_SYMBOLS, ci=False)})(?!\w)")
    pct_alt = rf"(?:{SP}*(?P<pct>%)|(?:{SP}+|-)(?P<pctw>{_alt(spec.percent)})(?!\w))"
    range_alts = [r"(?P<dash>[-\u2013\u2014])"]
    if spec.range_words:
        range_alts.append(rf"(?P<strong>{_alt(spec.range_words)})(?!\w)")
    if spec.range_weak:
        range_alts.append(rf"(?P<weak>{_alt(spec.range_weak)})(?!\w)")
    if spec.and_words:
        range_alts.append(rf"(?P<and>{_alt(spec.and_words)})(?!\w)")
    mult_sfx = (rf"(?:{SP}+|-)?{_alt(spec.mult_suffix)}(?!\w)|" if spec.mult_suffix else "")
    if spec.mult_compound:
        mult_sfx += rf"-?(?i:{spec.mult_compound})(?!\w)|"
    morph = frozenset(_key(w) for w in words)
    return _Lang(
        spec=spec,
        core=core,
        month_day=re.compile(month_day),
        months=frozenset(_key(w) for w in spec.months + (
            MONTHS_EN if spec.code == "en" else ())),
        mult_split=mult_split,
        vague_q_re=re.compile(rf"{_alt(spec.vague_q)}(?={SP})"),
        vague_q_first=frozenset(_key(w).split(" ")[0] for w in spec.vague_q),
        wordseq=re.compile(wordseq),
        word_first=frozenset(_key(w).split(" ")[0] for w in numeric),
        bare_re=re.compile(_word_alt(plural_scales)),
        bare_first=frozenset(_key(w).split(" ")[0] for w in plural_scales),
        gated=frozenset(_key(w) for w, (_, cat) in words.items() if cat == "g"),
        gated_next=frozenset(
            _key(w).split(" ")[0].rstrip(".") for w in _variants(
                [*spec.scales, *UNIT_WORDS, *UNIT_SYMBOLS, *spec.currency, *CURRENCY_CODES,
                 *spec.percent, *spec.range_words, *spec.range_weak, *spec.and_words,
                 *numeric, *spec.powers])),
        prefix=prefix,
        scale_after=re.compile(rf"(?:{SP}*|-)(?P<sc>{scale_alt})(?!\w)"),
        scale_after_of=re.compile(rf"{SP}+(?:{of}{SP}+)?(?P<sc>{scale_alt})(?!\w)"),
        attached_scale=re.compile(r"(?:bn|mn|tn|[kKmMbB])(?![\w])"),
        power_after=re.compile(rf"{SP}+(?P<pw>{_alt(spec.powers)})(?!\w)"),
        range_conn=re.compile(rf"{SP}*(?:{'|'.join(range_alts)}){SP}*"),
        operand=re.compile(rf"(?P<num>{digits})|(?P<words>{wordseq})"),
        percent_after=re.compile(pct_alt),
        currency_after=re.compile(rf"(?:{SP}*|-)(?:[{QUOTES}]{SP}*)?(?P<cur>{cur_alt})"),
        currency_after_of=re.compile(
            rf"(?:{SP}*|-)(?:[{QUOTES}]{SP}*)?(?:{of}{SP}*)?(?P<cur>{cur_alt})"),
        unit_after=re.compile(rf"(?:{SP}*|-)(?P<unit>{unit_alt})"),
        unit_after_of=re.compile(rf"(?:{SP}*|-)(?:{of}{SP}+)?(?P<unit>{unit_alt})"),
        mult_after=re.compile(rf"(?:{mult_sfx}[x\u00d7](?!\w))"),
        word_token=re.compile(rf"{token_re}|(?P<sep>(?:{SP}|-)+)"),
        morph=morph,
        max_morph=max((len(w) for w in morph), default=1),
        currency={_key(k): v for k, v in cur_words.items()},
        percent={_key(k): v for k, v in spec.percent.items()},
        bounds={_key(k): v for k, v in bounds.items()},
        scales={_key(k): v for k, (v, _) in spec.scales.items()},
        mult_words={_key(k): float(v) for k, v in spec.mult_words.items()},
        candidates=re.compile(r"(?<![^\W_])(?:\d|(?i:" + _trie(
            {_key(w).split(" ")[0] for w in _variants(
                [*numeric, *spec.vague_q, *spec.vague_plural, *plural_scales,
                 *spec.mult_words, *spec.months, *(MONTHS_EN if spec.code == "en" else ()),
                 *(("ver",) if spec.code == "de" else ())])}) + "))"),
        prefix_last=frozenset(
            _key(w).split(" ")[-1] for w in _variants(
                [*bounds, *spec.between, *spec.from_words, *spec.articles])
        ) | frozenset(c.lower() for c in CURRENCY_CODES),
    )


@cache
def _lang(lang: str) -> _Lang:
    """A language's compiled patterns, built on first use (all nine take ~0.3 s)."""
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    return _compiled(code if code in SPECS else "xx")


@cache
def _compiled(code: str) -> _Lang:
    return _compile(SPECS[code])


# --------------------------------------------------------------------------- value parsing


def _parse_digits(raw: str, group_sep: str) -> float:
    """The value of a digit string by the conventions in the module docstring."""
    s = "".join(ch for ch in raw if ch not in "'\u2019\u00a0\u202f\u2009 \t")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        return float(s.replace(grp, "").replace(dec, "."))
    sep = "." if dots else "," if commas else ""
    if not sep:
        return float(s)
    if s.count(sep) > 1:
        return float(s.replace(sep, ""))
    head, tail = s.split(sep)
    if len(tail) == 3 and sep == group_sep and head != "0" and " " not in raw:
        return float(head + tail)
    return float(head + "." + tail)


@lru_cache(maxsize=8192)
def _segment(word: str, morph: frozenset[str], longest: int) -> tuple[str, ...] | None:
    """Split a compound number word into known pieces, longest pieces first."""
    if not word:
        return ()
    for size in range(min(longest, len(word)), 0, -1):
        piece = word[:size]
        if piece in morph:
            rest = _segment(word[size:], morph, longest)
            if rest is not None:
                return (piece, *rest)
    return None


def _tokens(text: str, start: int, end: int, lg: _Lang) -> list[tuple[str, float, int]]:
    """(category, value, end offset) of each number word between ``start`` and ``end``."""
    words = lg.spec.words
    out: list[tuple[str, float, int]] = []
    if lg.spec.compounding:
        parts: tuple[str, ...] = _segment(_key(text[start:end]), lg.morph, lg.max_morph) or ()
        for piece in parts:
            value, cat = words[piece]
            out.append((cat, value, end))
        # German "drei|und|zwanzig" is 23.
        merged: list[tuple[str, float, int]] = []
        for tok in out:
            if (len(merged) >= 2 and merged[-1][0] == "c" and merged[-2][0] in "ug"
                    and merged[-2][1] < 10 and tok[0] == "u" and tok[1] % 10 == 0
                    and 20 <= tok[1] < 100):
                merged[-2:] = [("u", merged[-2][1] + tok[1], end)]
            else:
                merged.append(tok)
        return merged
    pos = start
    while pos < end:
        m = lg.word_token.match(text, pos, end)
        if m is None or m.end() == pos:
            break
        if m.group("sep") is None:
            value, cat = words[_key(m.group())]
            out.append((cat, value, m.end()))
        pos = m.end()
    return out


def _next_cap(value: float, french: bool) -> float:
    if value >= 100 and value % 100 == 0:
        return 100.0
    if 20 <= value < 100 and value % 10 == 0:
        return 20.0 if french and value in (60.0, 80.0) else 10.0
    return 0.0


def _evaluate(tokens: list[tuple[str, float, int]], french: bool,
              whole: bool) -> tuple[float, int, bool] | None:
    """Value, end offset and "article only" flag of a run of number words, or None.

    Reading stops at the first word that does not continue a well-formed number; with
    ``whole`` (one compound word) every piece must be used.
    """
    total = cur = 0.0
    cap = INF
    count = 0
    first_cat = ""
    end = -1
    half = False
    i = 0
    used = 0
    while i < len(tokens):
        cat, value, tok_end = tokens[i]
        j = i
        if cat == "c":
            if not count or i + 1 >= len(tokens) or tokens[i + 1][0] not in "ug":
                break
            j = i + 1
            cat, value, tok_end = tokens[j]
        if cat in "ug":
            if value >= cap:
                break
            cur += value
            cap = _next_cap(value, french)
        elif cat == "f":
            if not count or half or cur == 0 or cur % 1:
                break
            cur += value
            cap = 0.0
            half = True
        elif cat == "h":
            if cur >= 100 or cur % 1 or half:
                break
            cur = (cur or 1.0) * 100
            cap = 100.0
        elif cat == "k":
            if total or half:
                break
            total = (cur or 1.0) * 1000
            cur = 0.0
            cap = 1000.0
        else:
            break
        if not count:
            first_cat = cat
        count += 1
        end = tok_end
        i = used = j + 1
    if not count or (whole and used != len(tokens)):
        return None
    return total + cur, end, count == 1 and first_cat == "g"


# --------------------------------------------------------------------------- extraction


def _scale_value(lg: _Lang, m: re.Match[str]) -> float:
    """The value of the scale word matched as group ``sc``."""
    return lg.scales[_key(m.group("sc"))]


def _currency_code(lg: _Lang, matched: str) -> str:
    """The ISO code of a currency word, symbol or code."""
    if matched in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[matched]
    if matched in CURRENCY_CODES:
        return CODE_ALIASES.get(matched, matched)
    return lg.currency[_key(matched)]


def _unit_key(matched: str) -> str:
    """The key of a physical unit word or symbol."""
    return UNIT_SYMBOLS.get(matched) or UNIT_WORDS[_key(matched)]


def _singular(word: str, rule: str) -> str:
    w = word.lower()
    if rule == "en":
        if w.endswith("ies") and len(w) > 4:
            return w[:-3] + "y"
        if w.endswith(("ss", "us", "is")):
            return w
        return w[:-1] if w.endswith("s") else w
    if rule == "romance":
        if w.endswith("ões"):
            return w[:-3] + "ão"
        return w[:-1] if w.endswith(("s", "x")) and len(w) > 3 else w
    return w[:-1] if w.endswith("s") and len(w) > 3 and not w.endswith("ss") else w


@lru_cache(maxsize=8192)
def _noun_key(word: str, lang: str) -> str | None:
    last = word.replace("\u2019", "'").split("-")[-1]
    low = last.lower()
    if low in NOUNS:
        return NOUNS[low]
    if lang == "de":
        whole = word.lower()
        if whole.endswith(DE_NOUN_SUFFIXES):
            for suffix in DE_NOUN_SUFFIXES:
                if whole.endswith(suffix):
                    return NOUNS[suffix]
    return None


def _count_noun(text: str, pos: int, lg: _Lang, after_scale: bool, hyphen: bool) -> str | None:
    """The counted thing named right after a quantity, as a unit key, or None."""
    if hyphen:
        return None
    spec = lg.spec
    found: list[str] = []
    p = pos
    for _ in range(3):
        m = _NOUN_WORD.match(text, p)
        if m is None:
            break
        found.append(m.group(1))
        p = m.end()
    if not found:
        return None
    if after_scale and _key(found[0]) in spec.of_words:
        found = found[1:]
    for i, word in enumerate(found):
        low = _key(word)
        if low in spec.stop or low in spec.of_words:
            break
        key = _noun_key(word, spec.code)
        if key is not None:
            after = _key(found[i + 1]) if i + 1 < len(found) else ""
            if (spec.noun_rule == "en" and after.endswith("s") and after not in spec.stop
                    and after.isalpha()):
                continue  # "three different chip architectures": chip is a modifier
            return key
    if not found:
        return None
    first = found[0]
    if _UPPER_ACRONYM.fullmatch(first):
        return first.lower()[:-1] if first.endswith("s") else first.lower()
    low = _key(first)
    if low in spec.stop or low in spec.of_words or not first.isalpha() or len(first) < 3:
        return None
    if spec.noun_rule == "de" and first[0].isupper():
        return _singular(first, "de")
    if spec.noun_rule == "en" and low.endswith("s") and not low.endswith("ss"):
        return _singular(first, "en")
    if spec.noun_rule == "romance" and first.islower() and after_scale:
        return _singular(first, "romance")
    return None


@dataclass(slots=True)
class _Prefix:
    """What stands before a quantity and where each part starts."""

    bound: str | None = None  # "over", "under", "upto"
    bound_word: str = ""
    bound_at: int = 0
    approx_at: int | None = None
    currency: str | None = None
    currency_at: int = 0
    open_word: str | None = None  # "between" or "from" word
    open_at: int = 0


def _prefix(text: str, start: int, lg: _Lang, floor: int) -> _Prefix:
    out = _Prefix()
    lo = max(floor, start - 40)
    words = text[lo:start].split()
    if not words:
        return out
    last = _key(words[-1]).lstrip("([{\"'\u201c\u201e\u00ab\u00bb") or "."
    if last not in lg.prefix_last and last[-1] not in PREFIX_CHARS:
        return out
    pm = lg.prefix.search(text, lo, start)
    if pm is None:
        return out
    if pm.group("bound"):
        out.bound_word = _key(pm.group("bound"))
        out.bound = lg.bounds.get(out.bound_word)
        out.bound_at = pm.start("bound")
    elif pm.group("sym"):
        out.bound = "over" if pm.group("sym") in OVER_SYMBOLS else "under"
        out.bound_at = pm.start("sym")
    if pm.group("approx"):
        out.approx_at = pm.start("approx")
    elif pm.group("tilde"):
        out.approx_at = pm.start("tilde")
    if pm.group("cur"):
        out.currency = _currency_code(lg, pm.group("cur").rstrip())
        out.currency_at = pm.start("cur")
    if pm.group("open"):
        out.open_word = _key(pm.group("open"))
        out.open_at = pm.start("open")
    return out


def _multiplier(word: str, lg: _Lang) -> float | None:
    """The factor of a multiplier word such as ``versiebenfacht`` or ``sevenfold``."""
    if word in lg.mult_words:
        return lg.mult_words[word]
    if lg.mult_split is None:
        return None
    sm = lg.mult_split.fullmatch(word)
    if sm is None:
        return None
    body = sm.group("body")
    spec = lg.spec
    if not spec.compounding:
        entry = spec.words.get(body)
        return entry[0] if entry is not None and entry[1] in "ug" else None
    parts = _segment(body, lg.morph, lg.max_morph)
    if not parts:
        return None
    ev = _evaluate([(spec.words[p][1], spec.words[p][0], 0) for p in parts], False, True)
    return None if ev is None else ev[0]


def _letter_match(text: str, start: int, lg: _Lang) -> tuple[str, int] | None:
    """Which kind of quantity starts with the word at ``start`` and where its head ends."""
    wm = _LETTERS.match(text, start)
    if wm is None:
        return None
    word = wm.group().lower()
    end = wm.end()
    if word in lg.months:
        mm = lg.month_day.match(text, start)
        if mm is not None:
            return "skip", mm.end()
    if (word in lg.mult_words or lg.mult_split is not None) and not text[end:end + 1].isalnum():
        factor = _multiplier(word, lg)
        if factor is not None:
            return "mult", end
    if word in lg.vague_q_first:
        vm = lg.vague_q_re.match(text, start)
        if vm is not None:
            return "vq", vm.end()
    if word in lg.spec.vague_plural and not text[end:end + 1].isalnum():
        return "vp", end
    if lg.spec.compounding:
        parts = _segment(word, lg.morph, lg.max_morph)
        if parts and lg.spec.words[parts[0]][1] not in "cf" and not text[end:end + 1].isalnum():
            if word in lg.gated and not _gated_follows(text, end, lg):
                return "reject", end
            return "words", end
    elif word in lg.word_first:
        sm = lg.wordseq.match(text, start)
        if sm is not None:
            if sm.end() == end and word in lg.gated and not _gated_follows(text, end, lg):
                return "reject", end
            return "words", sm.end()
    if word in lg.bare_first:
        bm = lg.bare_re.match(text, start)
        if bm is not None:
            return "bare", bm.end()
    return None


_LETTERS = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"[^\S\n]*-?([^\W\d_][\w'\u2019.-]*|[^\w\s])")


def _gated_follows(text: str, end: int, lg: _Lang) -> bool:
    """Whether an article could start a quantity: a scale, unit, currency... comes next."""
    nm = _NEXT_WORD.match(text, end)
    if nm is None:
        return False
    word = nm.group(1)
    if not word[0].isalpha():
        return word in "%$€£¥₹₽-\u2013\u2014"
    low = _key(word).rstrip(".")
    return low in lg.gated_next or low.split("-")[0] in lg.gated_next


def _build(text: str, group: str, start: int, end: int, lg: _Lang,
           floor: int) -> tuple[Quantity | None, int]:
    """Turn one quantity head into a quantity, or reject it; also where to search on."""
    spec = lg.spec
    words_value: tuple[float, int, bool] | None = None
    if group == "words":
        words_value = _evaluate(_tokens(text, start, end, lg), spec.code == "fr",
                                spec.compounding)
        if words_value is None:
            return None, end
        if words_value[2] and not any(r.match(text, words_value[1]) for r in (
                lg.scale_after, lg.unit_after, lg.currency_after, lg.percent_after,
                lg.range_conn)):
            return None, words_value[1]  # an article: "eine Kapazität", "a year"
    pre = _prefix(text, start, lg, floor)

    if group == "mult":
        factor = _multiplier(text[start:end].lower(), lg)
        if factor is None or factor < 2:
            return None, end
        s = start if pre.approx_at is None else pre.approx_at
        return Quantity(s, end, text[s:end], factor, factor, "x", "number"), end

    unit: str | None = None
    pct: str | None = None
    had_scale = vague = gated = plain4 = year_range = range_used = False
    resume = end
    low: float
    high: float
    if group == "vq":
        pw = lg.power_after.match(text, end)
        if pw is not None:  # "mehrere zehn Milliarden": read like "tens of billions"
            power = spec.powers[_key(pw.group("pw"))]
            low, high = power, power * 10
            end = pw.end()
            sc = lg.scale_after_of.match(text, end)
            if sc is not None:
                low, high = low * _scale_value(lg, sc), high * _scale_value(lg, sc)
                end = sc.end()
                had_scale = True
        else:  # "mehrere Milliarden": 2 to 10 billion
            sc = lg.scale_after_of.match(text, end)
            if sc is None:
                return None, end
            low, high = 2 * _scale_value(lg, sc), 10 * _scale_value(lg, sc)
            end = sc.end()
            had_scale = True
        vague = True
    elif group == "vp":  # "Hunderttausende", "tens (of billions)"
        low, high = spec.vague_plural[_key(text[start:end])]
        sc = lg.scale_after_of.match(text, end)
        if sc is not None:
            low, high = low * _scale_value(lg, sc), high * _scale_value(lg, sc)
            end = sc.end()
            had_scale = True
        vague = True
    elif group == "bare":  # "Milliarden": at least two, less than the next scale
        factor = lg.scales[_key(text[start:end])]
        low, high = 2 * factor, 1000 * factor
        had_scale = vague = True
    else:
        if group == "num":
            raw = text[start:end]
            value = _parse_digits(raw, spec.group_sep)
            plain4 = raw.isdigit() and len(raw) == 4
        elif words_value is not None:
            value, end, gated = words_value
            resume = end
        else:
            return None, end
        low = high = value
        core_end = end
        glued = False
        sc = lg.scale_after.match(text, end)
        if sc is not None:
            low = high = value * _scale_value(lg, sc)
            glued = sc.start("sc") == end
            end = sc.end()
            had_scale = True
        elif group == "num":
            at = lg.attached_scale.match(text, end)
            if at is not None and (pre.currency or at.group() in ("bn", "mn", "tn", "B", "k", "K")):
                low = high = value * _ATTACHED[at.group().lower()]
                end = at.end()
                had_scale = glued = True
        rng = _range(text, end, lg, value, plain4, had_scale, pre, group)
        if rng is not None:
            low, high, end, scaled, year_range = rng
            had_scale = had_scale or scaled
            range_used = True
        if group == "num" and text[core_end:core_end + 1].isalpha() and not glued:
            # Glued to letters ("4o", "2nd", "5G") unless a unit or percent is glued on.
            g = (lg.unit_after.match(text, core_end) or lg.percent_after.match(text, core_end)
                 or lg.mult_after.match(text, core_end))
            if g is None or g.group()[:1].isspace():
                return None, end

    # What stands after: percent, currency, physical unit, multiplier.
    pa = lg.percent_after.match(text, end)
    if pa is not None:
        pct = "%" if pa.group("pct") else lg.percent.get(_key(pa.group("pctw")), "%")
        end = pa.end()
    else:
        ca = (lg.currency_after_of if had_scale or vague else lg.currency_after).match(text, end)
        ua = (lg.unit_after_of if had_scale else lg.unit_after).match(text, end)
        if ca is not None and not pre.currency:
            unit = _currency_code(lg, ca.group("cur"))
            end = ca.end()
        elif ua is not None:
            unit = _unit_key(ua.group("unit"))
            end = ua.end()
        elif not (vague or range_used or pre.currency) and low >= 2:
            ma = lg.mult_after.match(text, end)
            if ma is not None:
                unit = "x"
                end = ma.end()
    if pre.currency:
        unit = pre.currency
    if gated and not (had_scale or unit or pct):
        return None, resume
    if (pre.bound and group == "words" and not (had_scale or unit or pct)
            and pre.bound_word in _AMBIGUOUS_BOUNDS):
        pre.bound = None  # "über drei Chiparchitekturen hinweg": across, not more than

    # Years: four plain digits 1900-2100 with nothing that makes them an amount.
    is_year = (year_range or (plain4 and 1900 <= low <= 2100 and not range_used)) and not (
        had_scale or unit or pct or pre.bound or pre.approx_at is not None or pre.currency)
    if is_year and not year_range:
        nm = _NOUN_WORD.match(text, end)
        key = None if nm is None else _noun_key(nm.group(1), spec.code)
        if key is not None and key not in TIME_NOUNS:
            is_year = False  # "2000 Mitarbeiter"
    used = [start]
    if pre.currency:
        used.append(pre.currency_at)
    if not is_year:
        if pre.bound == "over":
            high = INF
        elif pre.bound == "under":
            low = 0.0
        if pre.bound:
            used.append(pre.bound_at)
        if pre.approx_at is not None:
            used.append(pre.approx_at)
    if range_used and pre.open_word is not None:
        used.append(pre.open_at)
    start = min(used)

    kind: QuantityKind
    if pct is not None:
        kind, unit = "percent", pct
    elif unit in CURRENCIES:
        kind = "money"
    elif is_year:
        kind = "year"
    elif low != high:
        kind = "range"
    else:
        kind = "number"
    if unit is None and kind in ("number", "range"):
        hyphen = group in ("num", "words") and text[end:end + 1] == "-"
        unit = _count_noun(text, end, lg, had_scale or vague, hyphen)
    return Quantity(start, end, text[start:end], low, high, unit, kind), end


# Bound words that are as often plain prepositions ("across", "about") before a bare count.
_AMBIGUOUS_BOUNDS = frozenset({"über", "over", "unter", "under", "sopra", "sotto"})
_ATTACHED = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}


def _range(text: str, end: int, lg: _Lang, value: float, plain4: bool, had_scale: bool,
           pre: _Prefix, group: str | None) -> tuple[float, float, int, bool, bool] | None:
    """A second number making a range: (low, high, end, scaled by the second, years)."""
    spec = lg.spec
    rc = lg.range_conn.match(text, end)
    if rc is None:
        return None
    parts = rc.groupdict()
    if parts.get("dash") is not None:
        # "2 -3" is not a range; "2-3" and "2 - 3" are.
        if text[end].isspace() and not text[rc.end() - 1].isspace():
            return None
    elif parts.get("strong") is not None:
        pass
    elif parts.get("weak") is not None:
        if not (pre.open_word in spec.from_words or group == "num"):
            return None
    elif parts.get("and") is not None:
        if pre.open_word not in spec.between:
            return None
    else:
        return None
    om = lg.operand.match(text, rc.end())
    if om is None:
        return None
    if om.group("num") is not None:
        raw = om.group("num")
        v2 = _parse_digits(raw, spec.group_sep)
        e2 = om.end()
        plain4_2 = raw.isdigit() and len(raw) == 4
    else:
        ev = _evaluate(_tokens(text, om.start(), om.end(), lg), spec.code == "fr",
                       spec.compounding)
        if ev is None:
            return None
        v2, e2, _ = ev
        plain4_2 = False
    if text[e2:e2 + 1].isalpha():
        return None
    high = v2
    sc = lg.scale_after.match(text, e2)
    scaled = False
    first = value
    if sc is not None:
        factor = _scale_value(lg, sc)
        high = v2 * factor
        e2 = sc.end()
        scaled = True
        if not had_scale and value * factor <= high:
            first = value * factor
    elif had_scale:
        return None  # "2 Milliarden bis 3": the second number is something else
    if not first < high:
        return None
    years = (plain4 and plain4_2 and 1900 <= value <= 2100 and 1900 <= v2 <= 2100
             and not (had_scale or scaled))
    return first, high, e2, scaled, years


#: Larger values are digit strings (ids, hashes, junk), not quantities anyone states; they
#: would not survive conversion to integers either.
MAX_VALUE = 1e18


def _plausible(q: Quantity) -> bool:
    """A finite low end within MAX_VALUE, a high end within it or open (INF)."""
    return (math.isfinite(q.low) and abs(q.low) <= MAX_VALUE
            and (q.high == INF or abs(q.high) <= MAX_VALUE))


def extract_quantities(text: str, lang: str) -> list[Quantity]:
    """Quantities in ``text`` (language ``lang``), sorted and non-overlapping."""
    lg = _lang(lang)
    out: list[Quantity] = []
    pos = floor = 0
    search = lg.candidates.search
    while (cm := search(text, pos)) is not None:
        start = cm.start()
        head: tuple[str, int] | None
        if text[start].isdigit():
            m = lg.core.match(text, start)
            head = None if m is None else (m.lastgroup or "", m.end())
        else:
            head = _letter_match(text, start, lg)
        if head is None:
            pos = start + 1
            continue
        group, end = head
        if group in ("skip", "reject"):
            pos = end
            continue
        q, resume = _build(text, group, start, end, lg, floor)
        if q is not None and not _plausible(q):
            resume, q = q.end, None
        if q is not None:
            out.append(q)
            floor = pos = q.end
        else:
            pos = max(resume, start + 1)
    return out


_SCIENTIFIC = re.compile(r"\s*(?P<sym>[<>≤≥]=?)?\s*(?P<num>[-+]?\d+(?:\.\d+)?[eE][-+]?\d+)\s*")


def parse_quantity(text: str, lang: str) -> Quantity | None:
    """Read a short string such as ``2,2 Milliarden`` as one quantity, or None."""
    sm = _SCIENTIFIC.fullmatch(text)
    if sm is not None:
        v = float(sm.group("num"))
        sym = sm.group("sym")
        low, high = (v, INF) if sym in OVER_SYMBOLS else (0.0, v) if sym else (v, v)
        kind: QuantityKind = "range" if low != high else "number"
        scientific = Quantity(0, len(text), text, low, high, None, kind)
        return scientific if _plausible(scientific) else None
    found = extract_quantities(text, lang)
    if len(found) != 1:
        return None
    q = found[0]
    rest = text[:q.start] + " " + text[q.end:]
    if any(ch.isdigit() for ch in rest) or len(rest.split()) > 3:
        return None
    return q


# --------------------------------------------------------------------------- comparison


def _unit_class(unit: str | None) -> tuple[str, str, float]:
    """(category, dimension, factor) of a unit key."""
    if unit is None:
        return "none", "", 1.0
    if unit in CURRENCIES:
        return "currency", unit, 1.0
    if unit in ("%", "pp"):
        return "percent", "%", 1.0
    if unit in DIMENSIONS:
        dim, factor = DIMENSIONS[unit]
        return "physical", dim, factor
    return "noun", "", 1.0


def values_agree(a: Quantity, b: Quantity, tolerance: float = 0.05) -> bool:
    """Whether two quantities can state the same amount: compatible units, close values."""
    if (a.kind == "year") != (b.kind == "year"):
        return False
    if a.kind == "year":
        return a.low <= b.high and b.low <= a.high
    if (a.kind == "percent") != (b.kind == "percent") and (a.unit and b.unit):
        return False  # a bare number may be a percentage written without the sign
    ca, cb = _unit_class(a.unit), _unit_class(b.unit)
    fa = fb = 1.0
    if ca[0] != "none" and cb[0] != "none":
        if ca[0] != cb[0] or ca[1] != cb[1]:
            return False
        fa, fb = ca[2], cb[2]
    a_lo, a_hi, b_lo, b_hi = a.low * fa, a.high * fa, b.low * fb, b.high * fb
    if a_lo > b_hi:
        gap, ref = a_lo - b_hi, max(abs(a_lo), abs(b_hi))
    elif b_lo > a_hi:
        gap, ref = b_lo - a_hi, max(abs(b_lo), abs(a_hi))
    else:
        return True
    return gap <= tolerance * ref
