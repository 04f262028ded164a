"""Each language's tables (:mod:`.languages`) compiled into patterns and lookups, on first use."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TypeAlias

from .languages import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    GROUP_SHARED,
    MONTHS_EN,
    OVER_SYMBOLS,
    QUOTES,
    SP,
    SPECS,
    UNDER_SYMBOLS,
    UNIT_SYMBOLS,
    UNIT_WORDS,
    Spec,
)


def lookup_key(text: str) -> str:
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
class LangPatterns:
    """One language's patterns and lookups, compiled from its :class:`Spec`."""

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


NOUN_WORD = re.compile(r"[^\S\n]*(?:[(\"\u201c\u201e\u00ab\u00bb][^\S\n]*)?"
                        r"([^\W\d_][\w'\u2019-]*)")
UPPER_ACRONYM = re.compile(r"[A-Z]{2,6}s?")


def _compile(spec: Spec) -> LangPatterns:
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
    morph = frozenset(lookup_key(w) for w in words)
    return LangPatterns(
        spec=spec,
        core=core,
        month_day=re.compile(month_day),
        months=frozenset(lookup_key(w) for w in spec.months + (
            MONTHS_EN if spec.code == "en" else ())),
        mult_split=mult_split,
        vague_q_re=re.compile(rf"{_alt(spec.vague_q)}(?={SP})"),
        vague_q_first=frozenset(lookup_key(w).split(" ")[0] for w in spec.vague_q),
        wordseq=re.compile(wordseq),
        word_first=frozenset(lookup_key(w).split(" ")[0] for w in numeric),
        bare_re=re.compile(_word_alt(plural_scales)),
        bare_first=frozenset(lookup_key(w).split(" ")[0] for w in plural_scales),
        gated=frozenset(lookup_key(w) for w, (_, cat) in words.items() if cat == "g"),
        gated_next=frozenset(
            lookup_key(w).split(" ")[0].rstrip(".") for w in _variants(
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
        currency={lookup_key(k): v for k, v in cur_words.items()},
        percent={lookup_key(k): v for k, v in spec.percent.items()},
        bounds={lookup_key(k): v for k, v in bounds.items()},
        scales={lookup_key(k): v for k, (v, _) in spec.scales.items()},
        mult_words={lookup_key(k): float(v) for k, v in spec.mult_words.items()},
        candidates=re.compile(r"(?<![^\W_])(?:\d|(?i:" + _trie(
            {lookup_key(w).split(" ")[0] for w in _variants(
                [*numeric, *spec.vague_q, *spec.vague_plural, *plural_scales,
                 *spec.mult_words, *spec.months, *(MONTHS_EN if spec.code == "en" else ()),
                 *(("ver",) if spec.code == "de" else ())])}) + "))"),
        prefix_last=frozenset(
            lookup_key(w).split(" ")[-1] for w in _variants(
                [*bounds, *spec.between, *spec.from_words, *spec.articles])
        ) | frozenset(c.lower() for c in CURRENCY_CODES),
    )


@cache
def patterns_for(lang: str) -> LangPatterns:
    """A language's compiled patterns, built on first use (all nine take ~0.3 s)."""
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    return _compiled(code if code in SPECS else "xx")


@cache
def _compiled(code: str) -> LangPatterns:
    return _compile(SPECS[code])
