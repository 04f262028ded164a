"""Passage alignment across sources and languages: sentences, paragraph beads, related passages.

Everything here works without a dictionary or a model. Two passages are compared by what
survives translation: quantities (``numbers.py`` when present, digits otherwise), names,
acronyms and other capitalised tokens, cognates (accent-folded, transliterated word
prefixes), a little punctuation (questions, quotes, colons), relative length (the
Gale–Church prior) and relative position.

- :func:`split_sentences` gives sentence spans with offsets.
- :func:`align_documents` aligns two documents sentence by sentence with a
  Gale–Church/Bleualign-style dynamic programme (beads 1-1, 1-0, 0-1, 1-2, 2-1, 2-2,
  1-3, 3-1) and groups the result into paragraph beads.
- :func:`related_passages` ranks sentence-sized passages of other documents that most
  likely state the same claim as a selected passage.
"""

from __future__ import annotations

import importlib
import math
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import Any

from .models import Document

# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """A bead: ``a``/``b`` are ``(start, end)`` offsets into each text, or None if unaligned.

    In :attr:`Alignment.pairs` a span covers one or more consecutive paragraphs and
    ``sentences`` holds the sentence beads inside it (spans cover consecutive sentences).
    ``score`` is a confidence in [0, 1]; unaligned beads score 0.
    """

    a: tuple[int, int] | None
    b: tuple[int, int] | None
    score: float
    sentences: tuple[AlignedPair, ...] = ()


@dataclass(frozen=True, slots=True)
class Alignment:
    """Paragraph beads of two documents in reading order, plus paragraph index links.

    ``links`` holds ``(i, j)`` indices into ``a.paragraphs`` and ``b.paragraphs`` for
    paragraphs that share aligned text (a many-to-many relation when the two sources
    paragraph the same text differently). Boilerplate paragraphs are left out.
    """

    pairs: list[AlignedPair]
    links: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RelatedPassage:
    """A passage ``text[start:end]`` of document ``doc_id`` likely stating the same claim."""

    doc_id: str
    start: int
    end: int
    text: str
    score: float
    reasons: tuple[str, ...] = ()


# --------------------------------------------------------------------------- sentences

_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept
    oct nov dec no nos fig approx e.g i.e u.s u.k cf al gen gov sen rep
    z.b bzw ca nr str usw vgl ggf inkl evtl d.h u.a z.t mio mrd sog abs hr fr jh jhd tsd
    bspw s.o u.ä o.ä dt mill
    sig sigg dott ecc pag avv ing on pp ss
    sra srs dra pág núm av ex p.ex sto sta dña lic
    m mm mme mlle pr env
    np tj tzn itd itp ul pl inż mgr ok godz wg zob tzw
    г гг т.е т.д т.п др им ул млн млрд тыс ок см стр
    """.split()
)
# Languages that write ordinals as "1." (a dot after a short number rarely ends a sentence).
_ORDINAL_DOT_LANGS = frozenset("de pl cs sk sl hr sr hu fi et lv lt da no nb nn is tr".split())
_OPENERS = "\"'„“”‚‘«»‹›([¿¡—–-"
_CLOSERS = "\"'”“’»«›)]"
_TERMINAL = re.compile(r"[.!?…]+")
_WORD_BEFORE = re.compile(r"(\w+(?:\.\w+)*)$")


def _is_boundary(text: str, pos: int, end: int, match_end: int, lang: str) -> int:
    """Where the sentence ending at the terminal run ``[pos, match_end)`` ends, or -1."""
    k = match_end
    while k < end and text[k] in _CLOSERS:
        k += 1
    stop = k
    spaced = k < end and text[k].isspace()
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return stop
    while k < end and text[k] in _OPENERS:
        k += 1
    if k >= end:
        return stop
    nxt = text[k]
    if not (nxt.isupper() or nxt.isdigit()):
        return -1
    if not spaced:
        # "…„Ironwood“.Das Unternehmen": no space, but a capitalised word follows.
        after = text[k + 1 : k + 2]
        if not (after.islower() or after in "’'") or not text[pos - 1 : pos].isalpha():
            if text[pos - 1 : pos] not in _CLOSERS or not after.islower():
                return -1
    if text[pos] == ".":
        word_match = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
        if word_match:
            word = word_match.group(1)
            low = word.lower()
            if low in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                return -1
            if word.isdigit() and len(word) <= 2 and lang in _ORDINAL_DOT_LANGS:
                return -1
            if "." in word and len(word) <= 6 and word.replace(".", "").isalpha():
                return -1  # "U.S." "z.B." "p.ex."
    return stop


def split_sentences(
    text: str, lang: str = "und", start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``, stripped of surrounding space.

    Sentences end at ``. ! ? …`` (with any closing quotes or brackets) followed by a
    capital letter or digit, not after common abbreviations, initials or (in languages
    that write them so) ordinals like ``1.``; a line break never ends a sentence by itself.
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _TERMINAL.finditer(text, start, stop):
        cut = _is_boundary(text, match.start(), stop, match.end(), lang)
        if cut >= 0 and cut > begin:
            spans.append((begin, cut))
            begin = cut
    spans.append((begin, stop))
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            result.append((s, e))
    return result


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
_BOOST = {"~": 1.0, "=": 0.5, "N": 1.5, "#": 2.0, "Q": 2.0, "P": 0.4}
_TOKEN = re.compile(r"\d+(?:[.,'’\u00a0\u202f]\d{3})*(?:[.,]\d+)?|[^\W\d_]+")
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


def _numbers() -> ModuleType | None:
    """The quantity extractor, when ``reader.core.numbers`` exists and imports cleanly."""
    global _NUMBERS_MODULE
    if _NUMBERS_MODULE is None:
        try:
            _NUMBERS_MODULE = importlib.import_module(".numbers", __package__)
        except Exception:  # noqa: BLE001 - optional, possibly half-written module
            _NUMBERS_MODULE = False
    return _NUMBERS_MODULE or None


_NUMBERS_MODULE: ModuleType | bool | None = None


def _quantities(text: str, lang: str) -> list[Any]:
    module = _numbers()
    if module is None:
        return []
    try:
        return list(module.extract_quantities(text, lang))
    except Exception:  # noqa: BLE001 - a failing extractor must not break alignment
        return []


def _format_value(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def _quantity_key(q: Any) -> str | None:
    low = getattr(q, "low", None)
    if not isinstance(low, int | float):
        return None
    return f"Q{float(low):.6g}"


def features(text: str, lang: str = "und", surfaces: dict[str, str] | None = None) -> set[str]:
    """Language-independent features of a passage (keys start with their kind's letter).

    ``~`` cognate skeleton prefix, ``=`` exact folded word, ``N`` name or acronym,
    ``#`` number written in digits, ``Q`` quantity value, ``P`` punctuation. When
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
            add(key, str(getattr(q, "text", "")))
            covered.append((int(getattr(q, "start", 0)), int(getattr(q, "end", 0))))
    first_word = True
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0].isdigit():
            if not any(s <= match.start() < e for s, e in covered):
                digits = re.sub(r"\D", "", token).lstrip("0") or "0"
                add("#" + digits, token)
            first_word = False
            continue
        upper = sum(1 for ch in token if ch.isupper())
        acronym = upper >= 2 and (upper >= len(token) - 1)
        folded = fold(token)
        if acronym and len(token) > 2 and token.endswith("s") and token[:-1].isupper():
            folded = folded[:-1]  # TPUs -> tpu
        if acronym or (token[0].isupper() and not first_word and len(folded) >= 2):
            name = folded[:-1] if len(folded) >= 5 and folded.endswith("s") else folded
            add("N" + name, token)
        if len(folded) >= PREFIX:
            add("=" + folded, token)
            add("~" + _skeleton(folded)[:PREFIX], token)
        first_word = False
    for ch in set(text) & _PUNCT.keys():
        add(_PUNCT[ch], ch)
    return feats


# --------------------------------------------------------------------------- prepared docs


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    para: int
    feats: frozenset[str]


@dataclass(slots=True)
class _Prepared:
    units: list[_Unit]
    df: dict[str, int]
    index: dict[str, list[int]]
    paragraphs: list[tuple[int, int, int]]  # (paragraph index, start, end), no boilerplate
    body_start: int
    body_end: int
    lang: str


def _paragraph_spans(doc: Document) -> list[tuple[int, int, int]]:
    if doc.paragraphs:
        return [(k, p.start, p.end) for k, p in enumerate(doc.paragraphs)
                if not p.boilerplate and p.end > p.start]
    spans = []
    pos = 0
    for k, line in enumerate(doc.text.split("\n")):
        if line.strip():
            spans.append((k, pos, pos + len(line)))
        pos += len(line) + 1
    return spans


_CACHE: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_CACHE_SIZE = 512


def _cached(key: tuple[Any, ...]) -> Any:
    value = _CACHE.get(key)
    if value is not None:
        _CACHE.move_to_end(key)
    return value


def _store(key: tuple[Any, ...], value: Any) -> None:
    _CACHE[key] = value
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)


def _doc_key(doc: Document) -> tuple[Any, ...]:
    return (doc.id, hash(doc.text), len(doc.text), doc.paragraphs, doc.lang)


def _prepare(doc: Document) -> _Prepared:
    key = ("prep", *_doc_key(doc))
    cached: _Prepared | None = _cached(key)
    if cached is not None:
        return cached
    paragraphs = _paragraph_spans(doc)
    units: list[_Unit] = []
    for k, start, end in paragraphs:
        lang = doc.paragraphs[k].lang if doc.paragraphs else doc.lang
        for s, e in split_sentences(doc.text, lang or doc.lang, start, end):
            units.append(_Unit(s, e, k, frozenset(features(doc.text[s:e], lang))))
    df: dict[str, int] = {}
    index: dict[str, list[int]] = {}
    for u, unit in enumerate(units):
        for f in unit.feats:
            df[f] = df.get(f, 0) + 1
            index.setdefault(f, []).append(u)
    body = (paragraphs[0][1], paragraphs[-1][2]) if paragraphs else (0, len(doc.text))
    prepared = _Prepared(units, df, index, paragraphs, body[0], max(body[1], body[0] + 1),
                         doc.lang)
    _store(key, prepared)
    return prepared


# --------------------------------------------------------------------------- alignment

# Log prior of each bead shape relative to 1-1 (Gale & Church 1993, Table 5).
_BEADS: tuple[tuple[int, int, float], ...] = (
    (1, 1, 0.0), (1, 0, 0.0), (0, 1, 0.0), (2, 1, -2.3), (1, 2, -2.3), (2, 2, -3.5),
    (3, 1, -4.5), (1, 3, -4.5),
)
LENGTH_VARIANCE = 6.8  # Gale–Church variance of target characters per source character
MATCH_BONUS = 3.0  # log odds that a sentence of a translation has a counterpart
CONTENT_WEIGHT = 8.0  # weight of the content similarity (weighted Dice, 0..1)
FULL_DP_CELLS = 90_000  # beyond this, the programme runs in a band around the diagonal


def _length_logp(la: float, lb: float, ratio: float) -> float:
    """Gale–Church: log probability of a length difference at least this large."""
    mean = (la + lb / ratio) / 2.0
    if mean <= 0:
        return 0.0
    delta = abs(lb - ratio * la) / math.sqrt(LENGTH_VARIANCE * mean)
    p = math.erfc(delta / math.sqrt(2.0))
    return max(math.log(p), -20.0) if p > 0 else -20.0


def _pair_weights(pa: _Prepared, pb: _Prepared) -> dict[str, float]:
    n = len(pa.units) + len(pb.units)
    weights = {}
    for f, da in pa.df.items():
        db = pb.df.get(f)
        if db is None:
            continue
        weights[f] = _BOOST[f[0]] * math.log(1.0 + n / (da + db))
    return weights


class _Scorer:
    """Bead scores for two prepared documents (sparse overlaps, prefix sums)."""

    def __init__(self, pa: _Prepared, pb: _Prepared, text_a: str, text_b: str) -> None:
        self.n, self.m = len(pa.units), len(pb.units)
        weights = _pair_weights(pa, pb)
        overlap: list[dict[int, float]] = [{} for _ in range(self.n)]
        for f, w in weights.items():
            rows, cols = pa.index[f], pb.index[f]
            for i in rows:
                row = overlap[i]
                for j in cols:
                    row[j] = row.get(j, 0.0) + w
        self.overlap = overlap
        self.len_a = self._prefix([len(text_a[u.start:u.end]) for u in pa.units])
        self.len_b = self._prefix([len(text_b[u.start:u.end]) for u in pb.units])
        self.tot_a = self._prefix([sum(weights.get(f, 0.0) for f in u.feats) for u in pa.units])
        self.tot_b = self._prefix([sum(weights.get(f, 0.0) for f in u.feats) for u in pb.units])
        self.ratio = min(max(self.len_b[-1] / max(self.len_a[-1], 1), 0.5), 2.0)
        self.bonus = MATCH_BONUS

    @staticmethod
    def _prefix(values: list[float] | list[int]) -> list[float]:
        out = [0.0]
        for v in values:
            out.append(out[-1] + v)
        return out

    def dice(self, i0: int, i1: int, j0: int, j1: int) -> float | None:
        ta = self.tot_a[i1] - self.tot_a[i0]
        tb = self.tot_b[j1] - self.tot_b[j0]
        if ta <= 0 or tb <= 0:
            return None
        ov = 0.0
        for i in range(i0, i1):
            row = self.overlap[i]
            if row:
                for j in range(j0, j1):
                    ov += row.get(j, 0.0)
        return min(2.0 * ov / (ta + tb), 1.0)

    def score(self, i0: int, i1: int, j0: int, j1: int, prior: float) -> float:
        if i0 == i1 or j0 == j1:
            return 0.0
        la = self.len_a[i1] - self.len_a[i0]
        lb = self.len_b[j1] - self.len_b[j0]
        s = self.bonus + prior + _length_logp(la, lb, self.ratio)
        d = self.dice(i0, i1, j0, j1)
        if d is not None:
            s += CONTENT_WEIGHT * d - CONTENT_WEIGHT * 0.05
        return s


Bead = tuple[int, int, int, int, float]  # i0, i1, j0, j1, score


def _dynamic_programme(sc: _Scorer) -> list[Bead]:
    n, m = sc.n, sc.m
    if n * m <= FULL_DP_CELLS:
        width = max(n, m)
    else:
        width = max(25, FULL_DP_CELLS // (2 * max(n, 1)))
    neg = -math.inf
    best = [[neg] * (m + 1) for _ in range(n + 1)]
    back = [[-1] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m / max(n, 1)
        lo, hi = max(0, int(centre - width)), min(m, int(centre + width) + 1)
        row = best[i]
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            top, arg = neg, -1
            for k, (da, db, prior) in enumerate(_BEADS):
                pi, pj = i - da, j - db
                if pi < 0 or pj < 0:
                    continue
                prev = best[pi][pj]
                if prev == neg:
                    continue
                value = prev + sc.score(pi, i, pj, j, prior)
                if value > top:
                    top, arg = value, k
            row[j] = top
            back[i][j] = arg
    path: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        k = back[i][j]
        if k < 0:  # outside the band: fall back to skipping
            k = 1 if i > 0 else 2
        da, db, prior = _BEADS[k]
        path.append((i - da, i, j - db, j, sc.score(i - da, i, j - db, j, prior)))
        i, j = i - da, j - db
    path.reverse()
    return path


def _confidence(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))


def _split_links(
    pa: _Prepared, pb: _Prepared, bead: Bead
) -> Iterable[tuple[int, int]]:
    """Paragraph pairs of a bead whose shares of the bead's characters overlap."""
    i0, i1, j0, j1, _ = bead
    ua, ub = pa.units[i0:i1], pb.units[j0:j1]
    if len(ua) == 1 or len(ub) == 1:
        return {(x.para, y.para) for x in ua for y in ub}

    def shares(units: list[_Unit]) -> list[tuple[int, float, float]]:
        total = sum(u.end - u.start for u in units) or 1
        out, pos = [], 0.0
        for u in units:
            size = (u.end - u.start) / total
            out.append((u.para, pos, pos + size))
            pos += size
        return out

    return {(p, q) for p, s1, e1 in shares(ua) for q, s2, e2 in shares(ub)
            if min(e1, e2) - max(s1, s2) > 0.1 * min(e1 - s1, e2 - s2)}


def align_documents(a: Document, b: Document) -> Alignment:
    """Align two documents paragraph by paragraph (possibly in different languages).

    Sentences are aligned first by dynamic programming; paragraphs that share an aligned
    sentence bead form one :class:`AlignedPair` (a group of consecutive paragraphs on each
    side), and paragraphs without any aligned sentence come out unaligned. Boilerplate
    paragraphs are skipped.
    """
    pa, pb = _prepare(a), _prepare(b)
    sc = _Scorer(pa, pb, a.text, b.text)
    path = _dynamic_programme(sc) if sc.n and sc.m else [
        *[(i, i + 1, 0, 0, 0.0) for i in range(sc.n)],
        *[(0, 0, j, j + 1, 0.0) for j in range(sc.m)],
    ]
    return _group(a, b, pa, pb, path)


def _group(a: Document, b: Document, pa: _Prepared, pb: _Prepared, path: list[Bead]) -> Alignment:
    links: set[tuple[int, int]] = set()
    # Groups of paragraph index ranges [a_lo, a_hi] x [b_lo, b_hi] along the path.
    groups: list[list[Any]] = []  # [a_lo, a_hi, b_lo, b_hi, beads]
    for bead in path:
        i0, i1, j0, j1, _ = bead
        if i0 == i1 or j0 == j1:
            continue
        a_lo, a_hi = pa.units[i0].para, pa.units[i1 - 1].para
        b_lo, b_hi = pb.units[j0].para, pb.units[j1 - 1].para
        links.update(_split_links(pa, pb, bead))
        if groups and (a_lo <= groups[-1][1] or b_lo <= groups[-1][3]):
            g = groups[-1]
            g[1], g[3] = max(g[1], a_hi), max(g[3], b_hi)
            g[4].append(bead)
        else:
            groups.append([a_lo, a_hi, b_lo, b_hi, [bead]])
    para_a = {k: (s, e) for k, s, e in pa.paragraphs}
    para_b = {k: (s, e) for k, s, e in pb.paragraphs}
    items: list[tuple[float, AlignedPair]] = []
    covered_a: set[int] = set()
    covered_b: set[int] = set()
    for a_lo, a_hi, b_lo, b_hi, beads in groups:
        covered_a.update(k for k in para_a if a_lo <= k <= a_hi)
        covered_b.update(k for k in para_b if b_lo <= k <= b_hi)
        sentence_pairs = []
        for i0, i1, j0, j1, s in beads:
            sentence_pairs.append(AlignedPair(
                (pa.units[i0].start, pa.units[i1 - 1].end),
                (pb.units[j0].start, pb.units[j1 - 1].end), _confidence(s)))
        score = sum(p.score for p in sentence_pairs) / len(sentence_pairs)
        pair = AlignedPair((para_a[a_lo][0], para_a[a_hi][1]), (para_b[b_lo][0], para_b[b_hi][1]),
                           score, tuple(sentence_pairs))
        items.append((_order(pa, pb, a_lo, b_lo), pair))
    for k, s, e in pa.paragraphs:
        if k not in covered_a:
            items.append((_order(pa, pb, k, None), AlignedPair((s, e), None, 0.0)))
    for k, s, e in pb.paragraphs:
        if k not in covered_b:
            items.append((_order(pa, pb, None, k), AlignedPair(None, (s, e), 0.0)))
    items.sort(key=lambda item: item[0])
    return Alignment([pair for _, pair in items], sorted(links))


def _order(pa: _Prepared, pb: _Prepared, ka: int | None, kb: int | None) -> float:
    """Reading-order key: relative position of a paragraph in its document."""
    if ka is not None:
        start = next(s for k, s, _ in pa.paragraphs if k == ka)
        return (start - pa.body_start) / (pa.body_end - pa.body_start) - 1e-9
    start = next(s for k, s, _ in pb.paragraphs if k == kb)
    return (start - pb.body_start) / (pb.body_end - pb.body_start)
