"""The value of a number written in digits (by the conventions of :mod:`reader.core.numbers`)
or in words (compound number words split into their parts and summed).
"""

from __future__ import annotations

from functools import lru_cache

from .quantity import INF
from .tables import LangPatterns, lookup_key


def parse_digits(raw: str, group_sep: str) -> float:
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
def split_number_word(word: str, morph: frozenset[str], longest: int) -> tuple[str, ...] | None:
    """Split a compound number word into known pieces, longest pieces first."""
    if not word:
        return ()
    for size in range(min(longest, len(word)), 0, -1):
        piece = word[:size]
        if piece in morph:
            rest = split_number_word(word[size:], morph, longest)
            if rest is not None:
                return (piece, *rest)
    return None


def word_tokens(text: str, start: int, end: int, lg: LangPatterns) -> list[tuple[str, float, int]]:
    """(category, value, end offset) of each number word between ``start`` and ``end``."""
    words = lg.spec.words
    out: list[tuple[str, float, int]] = []
    if lg.spec.compounding:
        parts: tuple[str, ...] = split_number_word(lookup_key(text[start:end]), lg.morph,
                                                   lg.max_morph) or ()
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
            value, cat = words[lookup_key(m.group())]
            out.append((cat, value, m.end()))
        pos = m.end()
    return out


def _next_cap(value: float, french: bool) -> float:
    if value >= 100 and value % 100 == 0:
        return 100.0
    if 20 <= value < 100 and value % 10 == 0:
        return 20.0 if french and value in (60.0, 80.0) else 10.0
    return 0.0


def evaluate(tokens: list[tuple[str, float, int]], french: bool,
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
