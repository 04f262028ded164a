"""What a quantity counts: a scale word's value, a currency, a physical unit or a counted noun."""

from __future__ import annotations

import re
from functools import lru_cache

from .languages import (
    CODE_ALIASES,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    DE_NOUN_SUFFIXES,
    NOUNS,
    UNIT_SYMBOLS,
    UNIT_WORDS,
)
from .tables import NOUN_WORD, UPPER_ACRONYM, LangPatterns, lookup_key


def scale_value(lg: LangPatterns, m: re.Match[str]) -> float:
    """The value of the scale word matched as group ``sc``."""
    return lg.scales[lookup_key(m.group("sc"))]


def currency_code(lg: LangPatterns, matched: str) -> str:
    """The ISO code of a currency word, symbol or code."""
    if matched in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[matched]
    if matched in CURRENCY_CODES:
        return CODE_ALIASES.get(matched, matched)
    return lg.currency[lookup_key(matched)]


def unit_key(matched: str) -> str:
    """The key of a physical unit word or symbol."""
    return UNIT_SYMBOLS.get(matched) or UNIT_WORDS[lookup_key(matched)]


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
def noun_key(word: str, lang: str) -> str | None:
    """The key of a counted noun: an English key for a known noun, else the noun crudely
    singularised (``TPUs`` -> ``tpu``), or None for what is no counted thing."""
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


def count_noun(text: str, pos: int, lg: LangPatterns, after_scale: bool,
               hyphen: bool) -> str | None:
    """The counted thing named right after a quantity, as a unit key, or None."""
    if hyphen:
        return None
    spec = lg.spec
    found: list[str] = []
    p = pos
    for _ in range(3):
        m = NOUN_WORD.match(text, p)
        if m is None:
            break
        found.append(m.group(1))
        p = m.end()
    if not found:
        return None
    if after_scale and lookup_key(found[0]) in spec.of_words:
        found = found[1:]
    for i, word in enumerate(found):
        low = lookup_key(word)
        if low in spec.stop or low in spec.of_words:
            break
        key = noun_key(word, spec.code)
        if key is not None:
            after = lookup_key(found[i + 1]) if i + 1 < len(found) else ""
            if (spec.noun_rule == "en" and after.endswith("s") and after not in spec.stop
                    and after.isalpha()):
                continue  # "three different chip architectures": chip is a modifier
            return key
    if not found:
        return None
    first = found[0]
    if UPPER_ACRONYM.fullmatch(first):
        return first.lower()[:-1] if first.endswith("s") else first.lower()
    low = lookup_key(first)
    if low in spec.stop or low in spec.of_words or not first.isalpha() or len(first) < 3:
        return None
    if spec.noun_rule == "de" and first[0].isupper():
        return _singular(first, "de")
    if spec.noun_rule == "en" and low.endswith("s") and not low.endswith("ss"):
        return _singular(first, "en")
    if spec.noun_rule == "romance" and first.islower() and after_scale:
        return _singular(first, "romance")
    return None
