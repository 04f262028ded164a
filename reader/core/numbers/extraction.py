"""Finding the quantities in a text: what stands before them (bounds, vague amounts), the
number in digits or words, its scale, unit or counted noun, and ranges.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .languages import (
    CURRENCIES,
    OVER_SYMBOLS,
    PREFIX_CHARS,
    TIME_NOUNS,
)
from .quantity import INF, Quantity, QuantityKind
from .tables import NOUN_WORD, LangPatterns, lookup_key, patterns_for
from .units import count_noun, currency_code, noun_key, scale_value, unit_key
from .values import evaluate, parse_digits, split_number_word, word_tokens


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


def _prefix(text: str, start: int, lg: LangPatterns, floor: int) -> _Prefix:
    out = _Prefix()
    lo = max(floor, start - 40)
    words = text[lo:start].split()
    if not words:
        return out
    last = lookup_key(words[-1]).lstrip("([{\"'\u201c\u201e\u00ab\u00bb") or "."
    if last not in lg.prefix_last and last[-1] not in PREFIX_CHARS:
        return out
    pm = lg.prefix.search(text, lo, start)
    if pm is None:
        return out
    if pm.group("bound"):
        out.bound_word = lookup_key(pm.group("bound"))
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
        out.currency = currency_code(lg, pm.group("cur").rstrip())
        out.currency_at = pm.start("cur")
    if pm.group("open"):
        out.open_word = lookup_key(pm.group("open"))
        out.open_at = pm.start("open")
    return out


def _multiplier(word: str, lg: LangPatterns) -> float | None:
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
    parts = split_number_word(body, lg.morph, lg.max_morph)
    if not parts:
        return None
    ev = evaluate([(spec.words[p][1], spec.words[p][0], 0) for p in parts], False, True)
    return None if ev is None else ev[0]


def _letter_match(text: str, start: int, lg: LangPatterns) -> tuple[str, int] | None:
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
        parts = split_number_word(word, lg.morph, lg.max_morph)
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


def _gated_follows(text: str, end: int, lg: LangPatterns) -> bool:
    """Whether an article could start a quantity: a scale, unit, currency... comes next."""
    nm = _NEXT_WORD.match(text, end)
    if nm is None:
        return False
    word = nm.group(1)
    if not word[0].isalpha():
        return word in "%$€£¥₹₽-\u2013\u2014"
    low = lookup_key(word).rstrip(".")
    return low in lg.gated_next or low.split("-")[0] in lg.gated_next


def _build(text: str, group: str, start: int, end: int, lg: LangPatterns,
           floor: int) -> tuple[Quantity | None, int]:
    """Turn one quantity head into a quantity, or reject it; also where to search on."""
    spec = lg.spec
    words_value: tuple[float, int, bool] | None = None
    if group == "words":
        words_value = evaluate(word_tokens(text, start, end, lg), spec.code == "fr",
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
            power = spec.powers[lookup_key(pw.group("pw"))]
            low, high = power, power * 10
            end = pw.end()
            sc = lg.scale_after_of.match(text, end)
            if sc is not None:
                low, high = low * scale_value(lg, sc), high * scale_value(lg, sc)
                end = sc.end()
                had_scale = True
        else:  # "mehrere Milliarden": 2 to 10 billion
            sc = lg.scale_after_of.match(text, end)
            if sc is None:
                return None, end
            low, high = 2 * scale_value(lg, sc), 10 * scale_value(lg, sc)
            end = sc.end()
            had_scale = True
        vague = True
    elif group == "vp":  # "Hunderttausende", "tens (of billions)"
        low, high = spec.vague_plural[lookup_key(text[start:end])]
        sc = lg.scale_after_of.match(text, end)
        if sc is not None:
            low, high = low * scale_value(lg, sc), high * scale_value(lg, sc)
            end = sc.end()
            had_scale = True
        vague = True
    elif group == "bare":  # "Milliarden": at least two, less than the next scale
        factor = lg.scales[lookup_key(text[start:end])]
        low, high = 2 * factor, 1000 * factor
        had_scale = vague = True
    else:
        if group == "num":
            raw = text[start:end]
            value = parse_digits(raw, spec.group_sep)
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
            low = high = value * scale_value(lg, sc)
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
        pct = "%" if pa.group("pct") else lg.percent.get(lookup_key(pa.group("pctw")), "%")
        end = pa.end()
    else:
        ca = (lg.currency_after_of if had_scale or vague else lg.currency_after).match(text, end)
        ua = (lg.unit_after_of if had_scale else lg.unit_after).match(text, end)
        if ca is not None and not pre.currency:
            unit = currency_code(lg, ca.group("cur"))
            end = ca.end()
        elif ua is not None:
            unit = unit_key(ua.group("unit"))
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
        nm = NOUN_WORD.match(text, end)
        key = None if nm is None else noun_key(nm.group(1), spec.code)
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
        unit = count_noun(text, end, lg, had_scale or vague, hyphen)
    return Quantity(start, end, text[start:end], low, high, unit, kind), end


# Bound words that are as often plain prepositions ("across", "about") before a bare count.
_AMBIGUOUS_BOUNDS = frozenset({"über", "over", "unter", "under", "sopra", "sotto"})
_ATTACHED = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}


def _range(text: str, end: int, lg: LangPatterns, value: float, plain4: bool, had_scale: bool,
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
        v2 = parse_digits(raw, spec.group_sep)
        e2 = om.end()
        plain4_2 = raw.isdigit() and len(raw) == 4
    else:
        ev = evaluate(word_tokens(text, om.start(), om.end(), lg), spec.code == "fr",
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
        factor = scale_value(lg, sc)
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
    lg = patterns_for(lang)
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
