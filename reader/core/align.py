"""Passage alignment across sources and languages: sentences, paragraph beads, related passages.

Everything here works without a dictionary or a model. Two passages are compared by what
survives translation: quantities (``numbers`` when present, digits otherwise), names,
acronyms and other capitalised tokens, cognates (accent-folded, transliterated word
prefixes), a little punctuation (questions, quotes, colons), relative length (the
Gale–Church prior) and relative position; and, in a second pass, a lexicon of word pairs
the first pass keeps aligning (hunalign's idea).

- :func:`split_sentences` gives sentence spans with offsets (``clauses=True``: also split
  at ``;`` and ``:``, the units the aligner pairs; :func:`sentence_spans`).
- :func:`align_documents` aligns two documents sentence by sentence with a
  Gale–Church/Bleualign-style dynamic programme (beads 1-1, 1-0, 0-1, 1-2, 2-1, 2-2,
  1-3, 3-1): :attr:`Alignment.sentences` holds the sentence beads, :attr:`Alignment.links`
  the paragraphs that share them (:func:`paragraph_pairs` for the paragraph view), and
  :attr:`Alignment.pairs` paragraph groups. Long texts are aligned in a band that follows a
  chain of lexical anchors (and, in the second pass, the first path), so the cost grows
  linearly with their length.
- :func:`related_passages` ranks sentence-sized passages of other documents that most
  likely state the same claim as a selected passage; for translations, the sentences the
  alignment pairs with it come first.
"""

from __future__ import annotations

import bisect
import gc
import importlib
import math
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate
from types import ModuleType
from typing import Any

from .models import UNDETERMINED, Document

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

    ``sentences`` holds every sentence bead in reading order: one group of consecutive
    sentences on each side (one to three), or a single sentence with ``None`` on the
    other side when it has no counterpart; boilerplate paragraphs are left out.

    ``links`` holds ``(i, j)`` indices into ``a.paragraphs`` and ``b.paragraphs`` for
    paragraphs that share aligned text (a many-to-many relation when the two sources
    paragraph the same text differently). Boilerplate paragraphs are left out.
    ``parallel`` (0..1) is how much the two look like translations of each other (content
    similarity concentrated on the diagonal, and little left unaligned); below about 0.3
    they are more likely different articles.
    """

    pairs: list[AlignedPair]
    links: list[tuple[int, int]] = field(default_factory=list)
    parallel: float = 0.0
    sentences: list[AlignedPair] = field(default_factory=list)


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
    mr mrs ms dr prof sr jr st vs etc inc ltd corp jan feb mar apr jun jul aug sep sept
    oct nov dec fig approx e.g i.e u.s u.k cf gen gov sen rep
    z.b bzw ca nr str fr usw vgl ggf inkl evtl d.h u.a z.t mio mrd sog abs hr jh jhd tsd
    bspw s.o u.ä o.ä dt mill sig sigg dott ecc pag avv ing pp ss
    sra srs dra pág núm av p.ex sto sta dña lic mme mlle env
    np tj tzn itd itp ul inż mgr godz wg zob tzw
    г гг т.е т.д т.п др ул млн млрд тыс см стр
    co bros lt capt sgt mt ft dept univ blvd
    okt dez hrsg ziff kap tel std sek bzgl zzgl ff
    vol ok tys proc aprox ee.uu avda apdo
    """.split()
)
# Abbreviations that count only before a number ("No. 5", "Art. 3", "p. 12").
_NUMBER_ABBREVIATIONS = frozenset("no nos art arts p vol tab kap n nº nr ch sec".split())
# Year abbreviations: after a year and before a capital, the sentence ends.
_YEAR_ABBREVIATIONS = frozenset("г гг r".split())
# Languages that write ordinals as "1." (a dot after a short number rarely ends a sentence).
_ORDINAL_DOT_LANGS = frozenset("de pl cs sk sl hr sr hu fi et lv lt da no nb nn is tr".split())
_OPENERS = "\"'„“”‚‘«»‹›([<¿¡—–-"
_CLOSERS = "\"'”“’»«›)]"
# Abbreviations that end a list and so often a sentence: a capital after them starts one.
_FINAL_ABBREVIATIONS = frozenset("etc usw ecc usf".split())
_TERMINAL = re.compile(r"[.!?…]+|\n[^\S\n]*\n")
_TERMINAL_OR_CLAUSE = re.compile(r"[.!?…]+|\n[^\S\n]*\n|[;:](?=\s)")
_WORD_BEFORE = re.compile(r"(\w+(?:\.\w+)*)$")


def _is_boundary(text: str, pos: int, end: int, match_end: int, lang: str) -> int:
    """Where the sentence ending at the terminal run ``[pos, match_end)`` ends, or -1."""
    k = match_end
    while k < end and text[k] in _CLOSERS:
        k += 1
    # French spacing: "Salut ! »" closes with a space before the guillemet (German
    # writes »Salut!« and „Salut!“, so there a spaced » opens the next sentence).
    spaced_closer = "«›" if lang == "de" else "»›"
    if k + 1 < end and text[k] in " \u202f" and text[k + 1] in spaced_closer:
        k += 2
    stop = k
    spaced = k < end and text[k].isspace()
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return stop
    while k < end and (text[k] in _OPENERS or (text[k] == " " and text[k - 1] in "—–-«»")):
        k += 1
    if k >= end:
        return stop
    nxt = text[k]
    if not (nxt.isupper() or nxt.isdigit()):
        return -1
    if not spaced:  # "„Ironwood“.Das Unternehmen": a capitalised word right after the dot
        after, before = text[k + 1 : k + 2], text[pos - 1 : pos]
        if not (after.islower() or after in ("’", "'")) or not (
                before.isalpha() or before in _CLOSERS):
            return -1
    if text[pos] == ".":
        word_match = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
        if word_match:
            word = word_match.group(1)
            low = word.lower()
            if low in _FINAL_ABBREVIATIONS and nxt.isupper():
                return stop
            if low in _NUMBER_ABBREVIATIONS and nxt.isdigit():
                return -1
            if low in _YEAR_ABBREVIATIONS and nxt.isupper() and re.search(
                    r"\d{4}\s*$", text[max(0, word_match.start() - 12):word_match.start()]):
                return stop  # "в 2023 г. Директор": the year ends the sentence
            if (low in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
                    or (lang == "de" and low.endswith("str") and len(low) > 5)):
                return -1  # "Prof." "J. Smith" "z. B."
            if word.isdigit() and len(word) <= 2 and lang in _ORDINAL_DOT_LANGS:
                return -1
            if "." in word and len(word) <= 6 and word.replace(".", "").isalpha():
                return -1  # "U.S." "z.B." "p.ex."
    return stop


def _is_clause_end(text: str, pos: int, end: int) -> bool:
    """Whether the ``;`` or ``:`` at ``pos`` ends a clause: words on both sides of it."""
    before = text[max(0, pos - 40):pos].rstrip()
    after = text[pos + 1:min(end, pos + 40)].lstrip()
    return (len(before) >= 2 and before[-1] not in _OPENERS and any(c.isalpha() for c in after)
            and not after.startswith("//"))


def split_sentences(text: str, lang: str = UNDETERMINED, start: int = 0,
                    end: int | None = None, *, clauses: bool = False) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``, stripped of surrounding space.

    Sentences end at ``. ! ? …`` (with any closing quotes or brackets) followed by a
    capital letter or digit, not after common abbreviations, initials or (in languages
    that write them so) ordinals like ``1.``; a blank line ends one too (a heading without
final punctuation), a single line break never does.
    With ``clauses`` a semicolon or colon followed by a space also ends a span (as the
    sentence-alignment literature segments text, and translators often split or join
    sentences there).
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    pattern = _TERMINAL_OR_CLAUSE if clauses else _TERMINAL
    for match in pattern.finditer(text, start, stop):
        if match.group() in ";:":
            cut = match.end() if _is_clause_end(text, match.start(), stop) else -1
        elif match.group()[0] == "\n":  # a blank line: a heading or paragraph ends
            cut = match.start()
        else:
            cut = _is_boundary(text, match.start(), stop, match.end(), lang)
        if cut >= 0 and cut > begin:
            spans.append((begin, cut))
            begin = cut
    spans.append((begin, stop))
    stripped = [(s + len(text[s:e]) - len(text[s:e].lstrip()),
                 e - len(text[s:e]) + len(text[s:e].rstrip())) for s, e in spans]
    return [(s, e) for s, e in stripped if e > s]


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
def _numbers() -> ModuleType | None:
    """The quantity extractor, when ``reader.core.numbers`` exists and imports cleanly."""
    try:
        return importlib.import_module(".numbers", __package__)
    except Exception:  # noqa: BLE001 - optional, possibly half-written module
        return None


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
    if not isinstance(low, int | float) or not math.isfinite(low):
        return None
    return f"{'Y' if getattr(q, 'kind', '') == 'year' else 'Q'}{float(low):.3g}"


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


# --------------------------------------------------------------------------- prepared docs


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    para: int
    feats: frozenset[str]
    words: frozenset[str] = frozenset()  # folded words, for a lexicon learnt per pair


@dataclass(slots=True)
class _Prepared:
    units: list[_Unit]
    df: dict[str, int]
    index: dict[str, list[int]]
    paragraphs: list[tuple[int, int, int]]  # (paragraph index, start, end), no boilerplate
    body_start: int
    body_end: int
    memo: dict[Any, Any] = field(default_factory=dict)


def _paragraph_spans(doc: Document) -> list[tuple[int, int, int]]:
    """(index, start, end) of the paragraphs that are not boilerplate (or the whole text)."""
    if not doc.paragraphs:
        return [(0, 0, len(doc.text))] if doc.text.strip() else []
    return [(k, p.start, p.end) for k, p in enumerate(doc.paragraphs)
            if not p.boilerplate and p.end > p.start]


# Prepared documents and alignments, by content (least recently used dropped first); a
# lock because the UI calls in from worker threads.
_CACHE: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_CACHE_SIZE = 512
_LOCK = threading.Lock()


def _cached(key: tuple[Any, ...]) -> Any:
    with _LOCK:
        value = _CACHE.get(key)
        if value is not None:
            _CACHE.move_to_end(key)
        return value


def _store(key: tuple[Any, ...], value: Any) -> None:
    with _LOCK:
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
        lang = doc.paragraphs[k].lang if doc.paragraphs else UNDETERMINED
        lang = doc.lang if lang == UNDETERMINED else lang
        for s, e in split_sentences(doc.text, lang, start, end, clauses=True):
            piece = doc.text[s:e]
            units.append(_Unit(s, e, k, frozenset(features(piece, lang)),
                               frozenset(fold(w) for w in _WORD.findall(piece))))
    df: dict[str, int] = {}
    index: dict[str, list[int]] = {}
    for u, unit in enumerate(units):
        for f in unit.feats:
            df[f] = df.get(f, 0) + 1
            index.setdefault(f, []).append(u)
    body = (paragraphs[0][1], paragraphs[-1][2]) if paragraphs else (0, len(doc.text))
    prepared = _Prepared(units, df, index, paragraphs, body[0], max(body[1], body[0] + 1))
    _store(key, prepared)
    return prepared


def sentence_spans(doc: Document) -> list[tuple[int, int]]:
    """The spans the aligner pairs: sentences, split also at ``;`` and ``:``, of every
    paragraph that is not boilerplate, in reading order."""
    return [(u.start, u.end) for u in _prepare(doc).units]


# --------------------------------------------------------------------------- alignment

# Log prior of each bead shape relative to 1-1: Gale & Church's (1993, Table 5) made
# flatter, measured on Text+Berg, because content evidence (not length alone) now backs a
# merge; skipping a sentence costs the match bonus instead (see MATCH_BONUS_*).
# For pairs that do not look like translations, Gale & Church's own priors apply (by
# ``_Scorer.parallel``, in between for pairs in between).
_BEADS: tuple[tuple[int, int, float], ...] = (
    (1, 1, 0.0), (1, 0, 0.0), (0, 1, 0.0), (2, 1, -1.8), (1, 2, -1.8), (2, 2, -3.0),
    (3, 1, -4.0), (1, 3, -4.0),
)
_GC_PRIORS: dict[tuple[int, int], float] = {(2, 1): -2.3, (1, 2): -2.3, (2, 2): -3.5,
                                            (3, 1): -4.5, (1, 3): -4.5}
LENGTH_VARIANCE = 6.8  # Gale–Church variance of target characters per source character
# Log odds, per sentence, that a sentence has a counterpart: low for unrelated articles
# (content must justify a bead), high for translations (skipping is rare); interpolated by
# how much the pair looks like a translation.
MATCH_BONUS_LOW = 0.5
MATCH_BONUS_HIGH = 3.0
PARALLEL_PRIOR = 0.3  # near-diagonal share assumed before seeing any similarity
PARALLEL_PSEUDO = 0.5  # weight of that assumption, in squared-Dice units
CONTENT_WEIGHT = 8.0  # weight of the content similarity (weighted Dice, 0..1)
CONTENT_FLOOR = 0.05  # Dice below this counts against a bead
DICE_PSEUDO = 4.0  # pseudo-weight in the Dice denominator: a single shared feature is weak
CONFIDENCE_OFFSET = 2.0  # a 1-1 bead of matching length and no content evidence: 0.88
DIAGONAL_WEIGHT = 300.0  # per cell, times (relative position gap)^2 and parallel evidence
FULL_DP_CELLS = 20_000  # beyond this, the programme runs in a band around the diagonal


_LENGTH_STEP = 0.02
# log P(|delta| >= x) of a standard normal, tabulated in steps of _LENGTH_STEP up to 8.
_LENGTH_TABLE = [max(math.log(max(math.erfc(k * _LENGTH_STEP / math.sqrt(2.0)), 1e-300)), -30.0)
                 for k in range(int(8 / _LENGTH_STEP) + 1)]


def _pair_weights(pa: _Prepared, pb: _Prepared) -> dict[str, float]:
    """IDF-style weights, over the sentences of both documents, of the features they share."""
    n = len(pa.units) + len(pb.units)
    return {f: _BOOST[f[0]] * math.log(1.0 + n / (da + pb.df[f]))
            for f, da in pa.df.items() if f in pb.df and _BOOST[f[0]] > 0}


def _runs(units: list[_Unit], size: int) -> list[frozenset[str]]:
    """Feature sets of every run of ``size`` consecutive units, by first unit."""
    if size == 1:
        return [u.feats for u in units]
    return [frozenset().union(*(u.feats for u in units[i:i + size]))
            for i in range(len(units) - size + 1)]


class _Scorer:
    """Bead scores for two prepared documents.

    Content overlaps are exact for runs of up to three sentences on each side (union of
    their features, so a feature shared by two merged sentences counts once), sparse;
    runs longer than one sentence are only computed by :meth:`prepare_runs`.
    """

    def __init__(self, pa: _Prepared, pb: _Prepared,
                 bands: list[tuple[int, int]] | None = None,
                 parallel: float | None = None) -> None:
        self.pa, self.pb, self.n, self.m = pa, pb, len(pa.units), len(pb.units)
        # Per row i of the programme, the columns [lo, hi] it visits, and (for long texts
        # with anchors) the column it is expected near, instead of the diagonal.
        self.centres: list[float] | None = None
        self.drift = True
        anchored_ratio = None
        if bands is None:
            bands, self.centres, anchored_ratio = _anchor_bands(pa, pb)
        self.bands = bands
        self.weights = _pair_weights(pa, pb)
        # (da, db) -> rows by first unit of A: {first unit of B: shared weight}
        self.shared: dict[tuple[int, int], list[dict[int, float]]] = {}
        self.total_a: dict[int, list[float]] = {}
        self.total_b: dict[int, list[float]] = {}
        self.len_a = list(accumulate((float(u.end - u.start) for u in pa.units), initial=0.0))
        self.len_b = list(accumulate((float(u.end - u.start) for u in pb.units), initial=0.0))
        self.ratio = min(max(anchored_ratio or self.len_b[-1] / max(self.len_a[-1], 1), 0.5),
                         2.0)
        self.parallel = self._parallel_evidence(pa, pb) if parallel is None else parallel
        self.bonus = MATCH_BONUS_LOW + (MATCH_BONUS_HIGH - MATCH_BONUS_LOW) * self.parallel

    def _overlap(self, da: int, db: int) -> list[dict[int, float]]:
        weights = self.weights
        runs_a, runs_b = _runs(self.pa.units, da), _runs(self.pb.units, db)
        self.total_a[da] = [sum(weights.get(f, 0.0) for f in r) for r in runs_a]
        self.total_b[db] = [sum(weights.get(f, 0.0) for f in r) for r in runs_b]
        index_b: dict[str, list[int]] = {}
        for j, feats in enumerate(runs_b):
            for f in feats:
                if f in weights:
                    index_b.setdefault(f, []).append(j)
        rows: list[dict[int, float]] = []
        bands, last = self.bands, len(self.bands) - 1
        for r, feats in enumerate(runs_a):
            # Only the columns the programme can read from this row: linear cost.
            near = bands[r:min(r + da, last) + 1]
            lo, hi = min(b[0] for b in near) - db, max(b[1] for b in near)
            row: dict[int, float] = {}
            for f in feats:
                js = index_b.get(f)
                if js is None:
                    continue
                w = weights[f]
                for k in range(bisect.bisect_left(js, lo), bisect.bisect_right(js, hi)):
                    j = js[k]
                    row[j] = row.get(j, 0.0) + w
            rows.append(row)
        self.shared[da, db] = rows
        return rows

    def prepare_runs(self) -> None:
        for da, db, _ in _BEADS:
            if da and db and (da, db) not in self.shared:
                self._overlap(da, db)

    def _parallel_evidence(self, pa: _Prepared, pb: _Prepared) -> float:
        """How much the pair looks like a translation, 0..1, before aligning anything.

        The share of content similarity (squared Dice over words, names and numbers, not
        punctuation; not the headlines) that lies near the diagonal of relative positions
        (chance is about 0.2), shrunk towards neutral when there is little similarity at
        all, and halved when the lengths are far apart.
        """
        def centres(p: _Prepared) -> list[float]:
            return [((u.start + u.end) / 2 - p.body_start) / (p.body_end - p.body_start)
                    for u in p.units]

        centre_a, centre_b = centres(pa), centres(pb)
        specific = {f: w for f, w in self.weights.items() if f[0] != "P"}
        tot_a = [sum(specific.get(f, 0.0) for f in u.feats) for u in pa.units]
        tot_b = [sum(specific.get(f, 0.0) for f in u.feats) for u in pb.units]
        shared: dict[tuple[int, int], float] = {}
        skip = int(min(self.n, self.m) > 5)  # headlines share names in any two reports
        for f, w in specific.items():
            if len(pa.index[f]) * len(pb.index[f]) > EVIDENCE_PAIR_CAP:
                continue  # common words: quadratic to count, and they weigh little
            for i in pa.index[f]:
                for j in pb.index[f]:
                    if i >= skip and j >= skip:
                        shared[i, j] = shared.get((i, j), 0.0) + w
        near = total = 0.0
        for (i, j), ov in shared.items():
            d = 2.0 * ov / (tot_a[i] + tot_b[j] + DICE_PSEUDO)
            total += d * d
            if abs(centre_a[i] - centre_b[j]) < 0.1:
                near += d * d
        share = (near + PARALLEL_PRIOR * PARALLEL_PSEUDO) / (total + PARALLEL_PSEUDO)
        evidence = min(max((share - 0.2) / 0.2, 0.0), 1.0)
        raw_ratio = self.len_b[-1] / max(self.len_a[-1], 1)
        return evidence if 0.67 <= raw_ratio <= 1.5 else evidence / 2


Bead = tuple[int, int, int, int, float]  # i0, i1, j0, j1, score
EVIDENCE_PAIR_CAP = 400  # features in more sentence pairs than this are left out of evidence
LEXICON_BAND = 12  # the second pass searches this many sentences either side of the first


def _diagonal_bands(n: int, m: int) -> list[tuple[int, int]]:
    """Columns per row: everything for small pairs, else a band around the diagonal."""
    if n * m <= FULL_DP_CELLS:
        return [(0, m)] * (n + 1)
    width = max(40, FULL_DP_CELLS // (2 * max(n, 1)))
    out = []
    for i in range(n + 1):
        centre = i * m / max(n, 1)
        out.append((max(0, int(centre - width)), min(m, int(centre + width) + 1)))
    return out


ANCHOR_KINDS = "QY#N="  # features that anchor the band when they occur once on each side
ANCHOR_BOX_CELLS = 20_000  # between two anchors this close that jump, any path is open
ANCHOR_WIDTH = 25  # sentences either side of the anchors' path (40 around a bare diagonal)


def _anchor_bands(pa: _Prepared, pb: _Prepared
                  ) -> tuple[list[tuple[int, int]], list[float] | None, float | None]:
    """Columns per row around a path through lexical anchors, for long texts.

    Anchors are sentence pairs sharing a quantity, number, name or long word that occurs
    in exactly one sentence of each text; the longest chain of them rising in both texts
    (minus points far off the line through their neighbours) is where the band's centre
    goes, interpolated in between, so an insertion or a cut of any length in one text
    stays inside the band. Without enough anchors, the band follows the diagonal.
    Also returns each row's centre column and the length ratio of the texts between anchors.
    """
    n, m = len(pa.units), len(pb.units)
    if n * m <= FULL_DP_CELLS:
        return [(0, m)] * (n + 1), None, None
    width = max(ANCHOR_WIDTH, FULL_DP_CELLS // (4 * max(n, 1)))
    pairs = sorted({(pa.index[f][0], pb.index[f][0]) for f, count in pa.df.items()
                    if count == 1 and f[0] in ANCHOR_KINDS and pb.df.get(f) == 1})
    chain = _rising_chain(pairs)
    for _ in range(2):  # drop points far off every line through their neighbours
        points = [(0, 0), (0, 0), *chain, (n, m), (n, m)]
        chain = [p for k, p in enumerate(points[2:-2], start=2)
                 if min(abs(p[1] - _between(a, b, p[0])) for a, b in (
                     (points[k - 1], points[k + 1]), (points[k - 2], points[k - 1]),
                     (points[k + 1], points[k + 2]))) <= width]
    if len(chain) < 3:
        return _diagonal_bands(n, m), None, None
    centres = _anchor_centres(chain, n, m)
    points = [(0, 0), *chain, (n, m)]
    bands = []
    k = 0
    for i, c in enumerate(centres):
        while k + 1 < len(points) - 1 and points[k + 1][0] <= i:
            k += 1
        (i0, j0), (i1, j1) = points[k], points[k + 1]
        steep = abs((j1 - j0) - (i1 - i0) * m / max(n, 1)) > width  # a jump: an insertion
        if steep and (i1 - i0) * (j1 - j0) <= ANCHOR_BOX_CELLS:  # anywhere in between
            lo, hi = min(j0, c) - width, max(j1, c) + width
        else:
            lo, hi = c - width, c + width
        bands.append((max(0, int(lo)), min(m, int(hi) + 1)))
    # The length ratio between anchors (the median stretch's): a passage that only one
    # text has does not skew it, as it skews the ratio of the whole texts.
    ends_a = [pa.units[i].start for i, _ in chain] + [pa.body_end]
    ends_b = [pb.units[j].start for _, j in chain] + [pb.body_end]
    ratios = sorted((ends_b[k + 1] - ends_b[k]) / (ends_a[k + 1] - ends_a[k])
                    for k in range(len(chain)) if ends_a[k + 1] > ends_a[k]
                    and ends_b[k + 1] > ends_b[k])
    return bands, centres, ratios[len(ratios) // 2] if ratios else None


def _anchor_centres(chain: list[tuple[int, int]], n: int, m: int) -> list[float]:
    """Per row, the column of the line through a chain of anchors (and both corners)."""
    points = [(0, 0), *chain, (n, m)]
    out = []
    k = 0
    for i in range(n + 1):
        while k + 1 < len(points) - 1 and points[k + 1][0] <= i:
            k += 1
        out.append(_between(points[k], points[k + 1], i))
    return out


def _between(p: tuple[int, int], q: tuple[int, int], i: float) -> float:
    """The column at row ``i`` on the line through ``p`` and ``q``."""
    return p[1] + (q[1] - p[1]) * (i - p[0]) / (q[0] - p[0]) if q[0] != p[0] else float(p[1])


def _rising_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of pairs rising strictly in both coordinates (pairs sorted)."""
    tails: list[int] = []  # tails[k]: smallest column ending a chain of length k + 1
    tail_index: list[int] = []
    parent = [-1] * len(pairs)
    last_row = -1
    for index, (i, j) in enumerate(pairs):
        if i == last_row:
            continue  # one anchor per row
        last_row = i
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[k], tail_index[k] = j, index
        parent[index] = tail_index[k - 1] if k else -1
    chain = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        chain.append(pairs[index])
        index = parent[index]
    return chain[::-1]


def _path_bands(path: list[Bead], n: int, m: int, width: int) -> list[tuple[int, int]]:
    """Columns per row within ``width`` of where a previous path crosses that row."""
    lo = [m] * (n + 1)
    hi = [0] * (n + 1)
    for i0, i1, j0, j1, _ in path:
        for i in range(i0, i1 + 1):
            lo[i], hi[i] = min(lo[i], j0), max(hi[i], j1)
    lo[0], hi[n] = 0, m  # the path starts at (0, 0) and ends at (n, m)
    return [(max(0, a - width), min(m, b + width)) for a, b in zip(lo, hi, strict=True)]


def _dynamic_programme(sc: _Scorer) -> list[Bead]:
    """Best monotone path of beads; inner loop written out because it dominates run time."""
    n, m = sc.n, sc.m
    bands = sc.bands
    neg = -math.inf
    # Rows hold only the cells of their band (dicts), so memory grows linearly too.
    best: list[dict[int, float]] = [{} for _ in range(n + 1)]
    back: list[dict[int, int]] = [{} for _ in range(n + 1)]
    gain: list[dict[int, float]] = [{} for _ in range(n + 1)]  # best bead ending here
    best[0][0] = 0.0
    len_a, len_b = sc.len_a, sc.len_b
    ratio, bonus, table, variance = sc.ratio, sc.bonus, _LENGTH_TABLE, LENGTH_VARIANCE
    weight, offset = CONTENT_WEIGHT, CONTENT_WEIGHT * CONTENT_FLOOR
    pseudo = DICE_PSEUDO
    empty: list[dict[int, float]] = []
    par = sc.parallel
    beads = [(k, da, db, par * prior + (1.0 - par) * _GC_PRIORS.get((da, db), prior),
              sc.shared.get((da, db), empty), sc.total_a.get(da, []), sc.total_b.get(db, []))
             for k, (da, db, prior) in enumerate(_BEADS)]
    step = 1.0 / _LENGTH_STEP
    top_index = len(table) - 1
    # Translations stay near the diagonal of relative positions: a penalty per cell visited.
    rel_a = [x / max(len_a[-1], 1.0) for x in len_a]
    rel_b = [y / max(len_b[-1], 1.0) for y in len_b]
    if sc.centres is not None:  # near the anchors' path instead of the diagonal
        rel_a = [rel_b[min(int(c), m)] + (c - int(c)) * (rel_b[min(int(c) + 1, m)]
                                                          - rel_b[min(int(c), m)])
                 for c in sc.centres]
    drift = DIAGONAL_WEIGHT * sc.parallel if sc.drift else 0.0
    for i in range(n + 1):
        lo, hi = bands[i]
        row, back_row, gain_row, here = best[i], back[i], gain[i], rel_a[i]
        for j in range(lo, hi + 1):
            top, arg, top_gain = neg, -1, 0.0
            cell = drift * (here - rel_b[j]) ** 2
            for k, da, db, prior, shared, tot_a, tot_b in beads:
                pi, pj = i - da, j - db
                if pi < 0 or pj < 0:
                    continue
                prev = best[pi].get(pj, neg)
                if prev == neg:
                    continue
                value = -cell
                if da and db:
                    la, lb = len_a[i] - len_a[pi], len_b[j] - len_b[pj]
                    mean = (la + lb / ratio) * 0.5
                    delta = abs(lb - ratio * la) / math.sqrt(variance * mean) if mean else 0.0
                    index = int(delta * step)
                    value += bonus * (da + db) + prior + table[min(index, top_index)]
                    ta, tb = tot_a[pi], tot_b[pj]
                    if ta > 0 and tb > 0:
                        dice = 2.0 * shared[pi].get(pj, 0.0) / (ta + tb + pseudo)
                        value += weight * (dice if dice < 1.0 else 1.0) - offset
                if prev + value > top:
                    top, arg, top_gain = prev + value, k, value
            if arg >= 0:
                row[j], back_row[j], gain_row[j] = top, arg, top_gain
    path: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        k = back[i].get(j, -1)
        if k < 0:  # outside the band: fall back to skipping
            k = 1 if i > 0 else 2
        da, db, _ = _BEADS[k]
        path.append((i - da, i, j - db, j, gain[i].get(j, 0.0)))
        i, j = i - da, j - db
    path.reverse()
    return path


def _shares(units: list[_Unit]) -> list[tuple[int, float, float]]:
    """Each unit's paragraph and its share ``[from, to)`` of the run's characters."""
    edges = list(accumulate((u.end - u.start for u in units), initial=0))
    return [(u.para, edges[k] / edges[-1], edges[k + 1] / edges[-1]) for k, u in enumerate(units)]


def _split_links(pa: _Prepared, pb: _Prepared, bead: Bead) -> Iterable[tuple[int, int]]:
    """Paragraph pairs of a bead whose shares of the bead's characters overlap."""
    i0, i1, j0, j1, _ = bead
    return {(p, q) for p, s1, e1 in _shares(pa.units[i0:i1]) for q, s2, e2 in _shares(
        pb.units[j0:j1]) if min(e1, e2) - max(s1, s2) > 0.1 * min(e1 - s1, e2 - s2)}


def align_documents(a: Document, b: Document) -> Alignment:
    """Align two documents paragraph by paragraph (possibly in different languages).

    Sentences are aligned first by dynamic programming; paragraphs that share an aligned
    sentence bead form one :class:`AlignedPair` (a group of consecutive paragraphs on each
    side), and paragraphs without any aligned sentence come out unaligned. Boilerplate
    paragraphs are skipped.
    """
    with _no_gc():
        pa, pb = _prepare(a), _prepare(b)
        return _align(_Scorer(pa, pb))


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic garbage collector paused: the programme allocates many small containers
    and no cycles, and the collector's passes over them would grow with the square of the
    text's length."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _align(sc: _Scorer) -> Alignment:
    sc.prepare_runs()
    pa, pb = sc.pa, sc.pb
    if not (sc.n and sc.m):
        path = [*[(i, i + 1, 0, 0, 0.0) for i in range(sc.n)],
                *[(0, 0, j, j + 1, 0.0) for j in range(sc.m)]]
        return _group(pa, pb, path, sc.bonus, 0.0)
    path = _dynamic_programme(sc)
    if sc.parallel >= LEXICON_MIN_PARALLEL:
        learnt = _learn_lexicon(pa, pb, path)
        if learnt:
            second = _Scorer(*_with_lexicon(pa, pb, learnt),
                             _path_bands(path, sc.n, sc.m, LEXICON_BAND), sc.parallel)
            second.drift = sc.centres is None  # the first path is the reference now
            # The length ratio of what the first pass aligned, not of the whole texts:
            # a passage one side adds would skew every bead's expected length.
            la = sum(sc.len_a[i1] - sc.len_a[i0] for i0, i1, j0, j1, _ in path if j1 > j0)
            lb = sum(sc.len_b[j1] - sc.len_b[j0] for i0, i1, j0, j1, _ in path if i1 > i0)
            if la > 0 and lb > 0:
                second.ratio = min(max(lb / la, 0.5), 2.0)
            second.prepare_runs()
            path = _dynamic_programme(second)
    if sc.parallel >= LEXICON_MIN_PARALLEL:
        path = _absorb_gaps(sc, path)
    return _group(pa, pb, path, sc.bonus, sc.parallel * _coverage_evidence(sc, path))


GAP_MIN_SHARED = 3.0  # weight a skipped sentence must share with a neighbour to join it


def _absorb_gaps(sc: _Scorer, path: list[Bead]) -> list[Bead]:
    """Skipped sentences that share content with a neighbouring bead's other side join it.

    The programme skips a sentence when adding it would upset a bead's length balance, but
    a sentence sharing names, figures or words with the other side of the bead next to it
    is far more often part of that bead (a translator's split) than left untranslated.
    """
    weights = sc.weights
    out = list(path)
    k = 0
    while k < len(out):
        i0, i1, j0, j1, score = out[k]
        gap_a, gap_b = i1 - i0 == 1 and j1 == j0, j1 - j0 == 1 and i1 == i0
        if not (gap_a or gap_b):
            k += 1
            continue
        mine = (sc.pa.units[i0] if gap_a else sc.pb.units[j0]).feats
        best, best_k = GAP_MIN_SHARED, -1
        for n in (k - 1, k + 1):
            if not 0 <= n < len(out):
                continue
            ni0, ni1, nj0, nj1, _ = out[n]
            if ni1 == ni0 or nj1 == nj0 or (ni1 - ni0 if gap_a else nj1 - nj0) >= 3:
                continue
            other = (sc.pb.units[nj0:nj1] if gap_a else sc.pa.units[ni0:ni1])
            theirs = frozenset().union(*(u.feats for u in other))
            shared = sum(weights.get(f, 0.0) for f in mine & theirs if f[0] != "P")
            if shared > best:
                best, best_k = shared, n
        if best_k < 0:
            k += 1
            continue
        ni0, ni1, nj0, nj1, nscore = out[best_k]
        # The score keeps the bead's confidence: the match bonus of the sentence it gains.
        merged = (min(i0, ni0) if gap_a else ni0, max(i1, ni1) if gap_a else ni1,
                  nj0 if gap_a else min(j0, nj0), nj1 if gap_a else max(j1, nj1),
                  nscore + sc.bonus)
        first = min(k, best_k)
        out[first:first + 2] = [merged]
        k = first
    return out


LEXICON_MIN_PARALLEL = 0.5  # pairs less parallel than this are aligned in one pass
LEXICON_MIN_COUNT = 2  # a word pair must co-occur in this many aligned beads ...
LEXICON_MIN_DICE = 0.5  # ... and mostly together (Dice of their bead counts)
LEXICON_MAX_SHARE = 0.2  # words in more of the beads than this are left out


def _learn_lexicon(pa: _Prepared, pb: _Prepared, path: list[Bead]) -> list[tuple[str, str]]:
    """Word pairs that the first alignment puts in the same beads (hunalign's idea).

    A translation pair's own text teaches which words translate which (``Berg`` ~
    ``montagne``, ``nicht`` ~ ``pas``): a pair counts when it shares at least
    ``LEXICON_MIN_COUNT`` beads and its Dice coefficient over beads is high; each word keeps
    its best partner only. Pairs already equal when folded are features anyway.
    """
    count_a: dict[str, int] = {}
    count_b: dict[str, int] = {}
    beads = []
    for i0, i1, j0, j1, _ in path:
        if i1 == i0 or j1 == j0:
            continue
        wa = frozenset().union(*(u.words for u in pa.units[i0:i1]))
        wb = frozenset().union(*(u.words for u in pb.units[j0:j1]))
        beads.append((wa, wb))
        for w in wa:
            count_a[w] = count_a.get(w, 0) + 1
        for w in wb:
            count_b[w] = count_b.get(w, 0) + 1
    pairs: dict[tuple[str, str], int] = {}
    # Only words seen often enough to pass, and not in most beads (such words pair with
    # everything, and tell nothing apart): this keeps the cost linear.
    common = LEXICON_MAX_SHARE * len(beads)
    for wa, wb in beads:
        xs = [w for w in wa if LEXICON_MIN_COUNT <= count_a[w] <= common]
        ys = [w for w in wb if LEXICON_MIN_COUNT <= count_b[w] <= common]
        for x in xs:
            for y in ys:
                if x != y:
                    pairs[x, y] = pairs.get((x, y), 0) + 1
    best_a: dict[str, tuple[float, str]] = {}
    best_b: dict[str, tuple[float, str]] = {}
    frequent = sorted(item for item in pairs.items() if item[1] >= LEXICON_MIN_COUNT)
    for (x, y), c in frequent:  # sorted: ties go the same way every run
        dice = 2.0 * c / (count_a[x] + count_b[y])
        if dice < LEXICON_MIN_DICE:
            continue
        if dice > best_a.get(x, (0.0, ""))[0]:
            best_a[x] = (dice, y)
        if dice > best_b.get(y, (0.0, ""))[0]:
            best_b[y] = (dice, x)
    return [(x, y) for x, (_, y) in best_a.items() if best_b.get(y, (0.0, ""))[1] == x]


def _with_lexicon(pa: _Prepared, pb: _Prepared, lexicon: list[tuple[str, str]]
                  ) -> tuple[_Prepared, _Prepared]:
    """Copies of two prepared documents with an ``L`` feature per learnt word pair."""
    key_a = {x: f"L{x}|{y}" for x, y in lexicon}
    key_b = {y: f"L{x}|{y}" for x, y in lexicon}

    def extend(p: _Prepared, keys: dict[str, str]) -> _Prepared:
        units = [_Unit(u.start, u.end, u.para,
                       u.feats | {keys[w] for w in u.words if w in keys}, u.words)
                 for u in p.units]
        df: dict[str, int] = {}
        index: dict[str, list[int]] = {}
        for n, unit in enumerate(units):
            for f in unit.feats:
                df[f] = df.get(f, 0) + 1
                index.setdefault(f, []).append(n)
        return _Prepared(units, df, index, p.paragraphs, p.body_start, p.body_end)

    return extend(pa, key_a), extend(pb, key_b)


def _coverage_evidence(sc: _Scorer, path: list[Bead]) -> float:
    """0..1 from the share of characters the path aligns: translations leave little out."""
    covered = sum(sc.len_a[i1] - sc.len_a[i0] + sc.len_b[j1] - sc.len_b[j0]
                  for i0, i1, j0, j1, _ in path if i1 > i0 and j1 > j0)
    share = covered / max(sc.len_a[-1] + sc.len_b[-1], 1.0)
    return min(max((share - 0.7) / 0.25, 0.0), 1.0)


def _group(pa: _Prepared, pb: _Prepared, path: list[Bead], bonus: float,
           parallel: float) -> Alignment:
    """Paragraph groups, unaligned paragraphs and links from a path of sentence beads."""
    links: set[tuple[int, int]] = set()
    groups: list[tuple[list[int], list[Bead]]] = []  # [a_lo, a_hi, b_lo, b_hi], beads
    order_a: dict[int, int] = {}  # paragraph -> first path step that touches it
    order_b: dict[int, int] = {}
    for step, bead in enumerate(path):
        i0, i1, j0, j1, _ = bead
        for u in pa.units[i0:i1]:
            order_a.setdefault(u.para, step)
        for u in pb.units[j0:j1]:
            order_b.setdefault(u.para, step)
        if i0 == i1 or j0 == j1:
            continue
        a_lo, a_hi = pa.units[i0].para, pa.units[i1 - 1].para
        b_lo, b_hi = pb.units[j0].para, pb.units[j1 - 1].para
        links.update(_split_links(pa, pb, bead))
        if groups and (a_lo <= groups[-1][0][1] or b_lo <= groups[-1][0][3]):
            box, beads = groups[-1]
            box[1], box[3] = max(box[1], a_hi), max(box[3], b_hi)
            beads.append(bead)
        else:
            groups.append(([a_lo, a_hi, b_lo, b_hi], [bead]))
    para_a = {k: (s, e) for k, s, e in pa.paragraphs}
    para_b = {k: (s, e) for k, s, e in pb.paragraphs}
    items: list[tuple[int, AlignedPair]] = []
    covered_a: set[int] = set()
    covered_b: set[int] = set()
    for (a_lo, a_hi, b_lo, b_hi), beads in groups:
        covered_a.update(k for k in para_a if a_lo <= k <= a_hi)
        covered_b.update(k for k in para_b if b_lo <= k <= b_hi)
        sentences = tuple(
            AlignedPair((pa.units[i0].start, pa.units[i1 - 1].end),
                        (pb.units[j0].start, pb.units[j1 - 1].end),
                        round(_confidence(score - bonus * (i1 - i0 + j1 - j0)), 4))
            for i0, i1, j0, j1, score in beads)
        score = round(sum(p.score for p in sentences) / len(sentences), 4)
        pair = AlignedPair((para_a[a_lo][0], para_a[a_hi][1]),
                           (para_b[b_lo][0], para_b[b_hi][1]), score, sentences)
        items.append((min(order_a[a_lo], order_b[b_lo]), pair))
    for k, start, end in pa.paragraphs:
        if k not in covered_a and k in order_a:
            items.append((order_a[k], AlignedPair((start, end), None, 0.0)))
    for k, start, end in pb.paragraphs:
        if k not in covered_b and k in order_b:
            items.append((order_b[k], AlignedPair(None, (start, end), 0.0)))
    items.sort(key=lambda item: item[0])
    beads_out = [
        AlignedPair(
            (pa.units[i0].start, pa.units[i1 - 1].end) if i1 > i0 else None,
            (pb.units[j0].start, pb.units[j1 - 1].end) if j1 > j0 else None,
            round(_confidence(score - bonus * (i1 - i0 + j1 - j0)), 4)
            if i1 > i0 and j1 > j0 else 0.0)
        for i0, i1, j0, j1, score in path]
    return Alignment([pair for _, pair in items], sorted(links), round(parallel, 3),
                     beads_out)


def paragraph_pairs(alignment: Alignment, a: Document, b: Document) -> list[AlignedPair]:
    """The paragraph view of an alignment: one pair per paragraph link (paragraphs that
    share aligned sentences; a paragraph split differently in the other source appears in
    several pairs), then each paragraph without a counterpart alone, in reading order.

    A pair's score is the mean score of the sentence beads lying in both paragraphs.
    """
    linked_a = {i for i, _ in alignment.links}
    linked_b = {j for _, j in alignment.links}
    items: list[tuple[float, float, AlignedPair]] = []
    for i, j in alignment.links:
        pa, pb = a.paragraphs[i], b.paragraphs[j]
        scores = [bead.score for bead in alignment.sentences
                  if bead.a is not None and bead.b is not None
                  and bead.a[0] < pa.end and pa.start < bead.a[1]
                  and bead.b[0] < pb.end and pb.start < bead.b[1]]
        score = round(sum(scores) / len(scores), 4) if scores else 0.0
        items.append((i, j, AlignedPair((pa.start, pa.end), (pb.start, pb.end), score)))
    last_i = -1.0
    by_b: dict[int, float] = {}
    for i, j in sorted(alignment.links, key=lambda link: (link[1], link[0])):
        by_b.setdefault(j, i)
    for k, p in enumerate(a.paragraphs):
        if k not in linked_a and not p.boilerplate and p.end > p.start:
            items.append((k, -1, AlignedPair((p.start, p.end), None, 0.0)))
    for k, p in enumerate(b.paragraphs):
        if k in by_b:
            last_i = by_b[k]
        elif k not in linked_b and not p.boilerplate and p.end > p.start:
            items.append((last_i + 0.5, k, AlignedPair(None, (p.start, p.end), 0.0)))
    items.sort(key=lambda item: (item[0], item[1]))
    return [pair for _, _, pair in items]


def _confidence(evidence: float) -> float:
    """0..1 from a bead's evidence (length, content and shape, without the match bonus)."""
    x = evidence + CONFIDENCE_OFFSET
    return 1.0 / (1.0 + math.exp(-max(min(x, 30.0), -30.0)))


# --------------------------------------------------------------------------- related passages

POSITION_SIGMA = 0.2  # spread of relative position between sources stating the same thing
POSITION_WEIGHT = 0.1
ALIGNED_BONUS = 4.0  # for lying in the sentences aligned with the selection
GROUP_BONUS = 0.1  # for lying in the paragraph group aligned with the selection
PARALLEL_MIN = 0.3  # pairs less parallel than this get no alignment bonus ...
PARALLEL_FULL = 0.7  # ... and pairs more parallel than this the full bonus
MAX_ALIGN_UNITS = 2_500  # sentences of both documents: beyond this, no alignment bonus
LENGTH_WEIGHT = 0.1  # weight of the length prior against content similarity (0..1)


_Candidate = tuple[int, int, int, int]  # first and last unit (one paragraph), start, end


def _candidates(pb: _Prepared, max_window: int) -> list[_Candidate]:
    """Runs of 1 to ``max_window`` consecutive sentences inside one paragraph."""
    cands: list[_Candidate] | None = pb.memo.get(("cand", max_window))
    if cands is None:
        units = pb.units
        cands = [(u, last, units[u].start, units[last].end) for u in range(len(units))
                 for last in range(u, min(u + max_window, len(units)))
                 if units[last].para == units[u].para]
        pb.memo[("cand", max_window)] = cands
    return cands


def _idf_in(pb: _Prepared, f: str) -> float:
    return _BOOST[f[0]] * math.log(1.0 + len(pb.units) / pb.df[f])


@dataclass(slots=True)
class _Query:
    feats: dict[str, float]  # feature -> share (1 for the selection, less for its context)
    length: int  # characters of the sentence(s) holding the selection
    sentences: int
    pos: float  # relative position in the document's body


CONTEXT_SHARE = 0.5  # weight of features of the selection's sentence outside the selection
SMOOTHING = 2.0  # pseudo-weight added to both sides of the cosine: tiny overlaps score low
LENGTH_SIGMA = 0.45  # spread of log length ratios of a sentence and its translation


def _make_query(doc: Document, pa: _Prepared, start: int, end: int,
                surfaces: dict[str, str]) -> _Query:
    text = doc.text[start:end]
    feats = dict.fromkeys(features(text, doc.lang, surfaces), 1.0)
    holding = [u for u in pa.units if u.start < end and start < u.end]
    if holding:
        for u in holding:
            for f in u.feats:
                feats.setdefault(f, CONTEXT_SHARE)
        length = max(holding[-1].end, end) - min(holding[0].start, start)
    else:
        length = len(text.strip())
    pos = ((start + end) / 2 - pa.body_start) / (pa.body_end - pa.body_start)
    return _Query(feats, max(length, 1), max(len(holding), 1), pos)


def related_passages(
    doc: Document, start: int, end: int, others: Sequence[Document], limit: int = 5, *,
    use_position: bool = True, use_alignment: bool = True,
) -> list[RelatedPassage]:
    """Passages of ``others`` most likely stating the same claim as ``doc.text[start:end]``.

    Candidates are sentences, or runs of as many consecutive sentences (inside one
    paragraph) as the selection touches. They are ranked on shared quantities, names,
    cognates and punctuation (IDF-weighted within the other document; the rest of the
    selection's sentence counts at half weight) with a prior on length relative to the
    selection's sentence. ``use_position`` adds a prior on relative position (a position
    hint). ``use_alignment`` adds, for documents that look like translations of ``doc``
    (:attr:`Alignment.parallel`) and are not too long (``MAX_ALIGN_UNITS``; cached), a bonus
    for lying where the alignment maps the selection; reasons then say "aligned sentence"
    or "aligned paragraph".

    Returns up to ``limit`` non-overlapping passages per other document: documents in the
    order given, each document's passages best first, so its first passage is its best
    (:func:`best_per_document`). ``score`` (0..1) is the evidence: content similarity,
    or-ed with agreement with a trusted alignment, capped by the score of the passage
    ranked above it, so scores never rise down a document's list. ``doc`` itself is skipped.
    """
    if not doc.text[start:end].strip() or limit <= 0:
        return []
    pa = _prepare(doc)
    surfaces: dict[str, str] = {}
    query = _make_query(doc, pa, start, end, surfaces)
    selected = {f for f, share in query.feats.items() if share == 1.0}
    results: list[RelatedPassage] = []
    for other in others:
        if other.id == doc.id:
            continue
        pb = _prepare(other)
        if not pb.units:
            continue
        target = _aligned_target(doc, other, start, end) if use_alignment else (None, None, 0)
        chosen: list[_Scored] = []
        for item in _score_candidates(pa, pb, query, use_position, target):
            if any(item.cand[2] < c.cand[3] and c.cand[2] < item.cand[3] for c in chosen):
                continue
            chosen.append(item)
            if len(chosen) >= limit:
                break
        ceiling = 1.0
        for item in chosen:
            _, _, c_start, c_end = item.cand
            text = other.text[c_start:c_end]
            reasons = _reasons(selected, surfaces, text, other.lang)
            if item.aligned:
                reasons = (*reasons, item.aligned)
            # The ranking also weighs length and alignment, so a passage ranked lower may
            # show more content similarity; the score shown never contradicts the order.
            ceiling = min(ceiling, item.score)
            results.append(RelatedPassage(str(other.id), c_start, c_end, text,
                                          round(ceiling, 4), reasons))
    return results


def best_per_document(passages: Iterable[RelatedPassage]) -> list[RelatedPassage]:
    """The first (best ranked) passage of each document, highest score first."""
    best: dict[str, RelatedPassage] = {}
    for p in passages:
        best.setdefault(p.doc_id, p)
    return sorted(best.values(), key=lambda p: -p.score)


@dataclass(slots=True)
class _Scored:
    rank: float  # what candidates are ordered by: evidence plus priors
    score: float  # 0..1: content similarity, or-ed with agreement with the alignment
    cand: _Candidate
    aligned: str  # reason given by the alignment, if any


def _score_candidates(pa: _Prepared, pb: _Prepared, query: _Query, use_position: bool,
                      target: _Target) -> list[_Scored]:
    """Candidates of ``pb`` scored against the query, best first."""
    weights = {f: share * _idf_in(pb, f) for f, share in query.feats.items() if f in pb.df}
    q_total = sum(weights.values()) + SMOOTHING
    unit_overlap: dict[int, float] = {}
    for f, w in weights.items():
        for u in pb.index[f]:
            unit_overlap[u] = unit_overlap.get(u, 0.0) + w
    unit_total = _unit_totals(pa, pb)
    span = pb.body_end - pb.body_start
    sentence, group, parallel = target
    trust = min(max((parallel - PARALLEL_MIN) / (PARALLEL_FULL - PARALLEL_MIN), 0.0), 1.0)
    out = []
    candidates = _candidates(pb, min(query.sentences, 4))
    if sentence is not None and trust > 0:
        # The partner sentences themselves, even when they are more sentences than the
        # selection or cross a paragraph break (a translator's split).
        within = [k for k, u in enumerate(pb.units)
                  if sentence[0] <= u.start and u.end <= sentence[1]]
        if within and within[-1] - within[0] < 4:
            exact = (within[0], within[-1], pb.units[within[0]].start, pb.units[within[-1]].end)
            if exact not in candidates:
                candidates = [*candidates, exact]
    for cand in candidates:
        first, last, c_start, c_end = cand
        ov = sum(unit_overlap.get(u, 0.0) for u in range(first, last + 1))
        tot = sum(unit_total[first:last + 1]) + SMOOTHING
        content = ov / math.sqrt(q_total * tot)
        ratio = math.log(max(c_end - c_start, 1) / query.length)
        rank = content - LENGTH_WEIGHT * 0.5 * ratio * ratio / (LENGTH_SIGMA**2)
        if use_position:
            d = ((c_start + c_end) / 2 - pb.body_start) / span - query.pos
            rank += POSITION_WEIGHT * math.exp(-d * d / (2 * POSITION_SIGMA**2))
        agreement, aligned = 0.0, ""
        if sentence is not None and trust > 0:
            inside = min(c_end, sentence[1]) - max(c_start, sentence[0])
            if inside > 0:
                union = max(c_end, sentence[1]) - min(c_start, sentence[0])
                agreement = trust * inside / union
                mostly = 2 * inside >= min(c_end - c_start, sentence[1] - sentence[0])
                aligned = "aligned sentence" if mostly else ""
        if trust > 0 and group is not None and group[0] <= c_start <= c_end <= group[1]:
            rank += trust * GROUP_BONUS
            aligned = aligned or "aligned paragraph"
        rank += ALIGNED_BONUS * agreement
        score = 1.0 - (1.0 - min(content, 1.0)) * (1.0 - 0.8 * agreement)
        out.append(_Scored(rank, score, cand, aligned))
    out.sort(key=lambda item: -item.rank)
    return out


def _unit_totals(pa: _Prepared, pb: _Prepared) -> list[float]:
    """Per unit of ``pb``: the weight of its features that also occur in ``pa``'s document."""
    key = ("tot", id(pa))
    cached: tuple[_Prepared, list[float]] | None = pb.memo.get(key)
    if cached is not None and cached[0] is pa:
        return cached[1]
    totals = [sum(_idf_in(pb, f) for f in u.feats if f in pa.df) for u in pb.units]
    if len(pb.memo) > 64:
        pb.memo.clear()
    pb.memo[key] = (pa, totals)
    return totals


_Target = tuple[tuple[int, int] | None, tuple[int, int] | None, float]


def _aligned_target(a: Document, b: Document, start: int, end: int) -> _Target:
    """Where ``[start, end)`` of ``a`` lands in ``b`` by the alignment, the paragraphs
    linked with the ones holding it, and how parallel the pair is.

    The first span covers the partner sentences of the beads the selection lies in; where
    those have no partner, both ends are mapped through the piecewise-linear offset map
    between the edges of aligned sentence beads (unaligned stretches interpolated). Only
    for pairs that look like translations (comparable length) and not too long
    (``MAX_ALIGN_UNITS``); the alignment is cached.
    """
    pa, pb = _prepare(a), _prepare(b)
    size_a, size_b = pa.body_end - pa.body_start, pb.body_end - pb.body_start
    if (len(pa.units) + len(pb.units) > MAX_ALIGN_UNITS
            or not 0.6 <= size_b / max(size_a, 1) <= 1.0 / 0.6):
        return None, None, 0.0
    key = ("align", *_doc_key(a), *_doc_key(b))
    cached: tuple[list[int], list[int], Alignment] | None = _cached(key)
    if cached is None:
        scorer = _Scorer(pa, pb)
        if scorer.parallel < PARALLEL_MIN:  # the alignment could not earn any trust
            _store(key, ([], [], Alignment([])))
            return None, None, 0.0
        with _no_gc():
            alignment = _align(scorer)
        xs, ys = [pa.body_start], [pb.body_start]
        for pair in alignment.pairs:
            for bead in pair.sentences:
                if bead.a is not None and bead.b is not None and bead.a[0] >= xs[-1]:
                    xs += [bead.a[0], bead.a[1]]
                    ys += [max(bead.b[0], ys[-1]), max(bead.b[1], ys[-1])]
        xs.append(max(pa.body_end, xs[-1]))
        ys.append(max(pb.body_end, ys[-1]))
        cached = (xs, ys, alignment)
        _store(key, cached)
    xs, ys, alignment = cached
    if len(xs) <= 2:
        return None, None, 0.0

    def project(x: int) -> int:
        k = min(max(bisect.bisect_right(xs, x) - 1, 0), len(xs) - 2)
        x0, x1, y0, y1 = xs[k], xs[k + 1], ys[k], ys[k + 1]
        return round(y0 + (y1 - y0) * (x - x0) / (x1 - x0)) if x1 > x0 else y0

    # The paragraphs linked with the ones holding the selection (not the paragraph groups,
    # which chain into long blocks when the two sources paragraph differently).
    holding = ({i for i, p in enumerate(a.paragraphs) if p.start < end and start < p.end}
               if a.paragraphs else {0})
    linked = sorted(j for i, j in alignment.links if i in holding)
    group: tuple[int, int] | None = None
    if linked:
        group = ((b.paragraphs[linked[0]].start, b.paragraphs[linked[-1]].end)
                 if b.paragraphs else (pb.body_start, pb.body_end))
    # The partner sentences: the beads the selection overlaps most of (or touches, for a
    # selection inside one sentence); the offset map where they have no counterpart.
    partners = [bead.b for bead in alignment.sentences if bead.a is not None
                and bead.a[0] < end and start < bead.a[1]
                and (2 * (min(end, bead.a[1]) - max(start, bead.a[0])) >= bead.a[1] - bead.a[0]
                     or (bead.a[0] <= start and end <= bead.a[1]))]
    found = [b for b in partners if b is not None]
    if found and len(found) == len(partners):
        return (found[0][0], found[-1][1]), group, alignment.parallel
    mapped = (project(start), max(project(end), project(start) + 1))
    return mapped, group, alignment.parallel


def _reasons(qfeats: set[str], surfaces: dict[str, str], text: str, lang: str) -> tuple[str, ...]:
    """Human-readable evidence shared by the selection and a passage."""
    found: dict[str, str] = {}
    shared = sorted(qfeats & features(text, lang, found), key=lambda f: surfaces[f].lower())
    names = list(dict.fromkeys(surfaces[f] for f in shared if f[0] == "N"))
    name_words = {fold(n) for n in names}
    groups = {
        "same quantity": [surfaces[f] for f in shared if f[0] in "QY"],
        "same number": [surfaces[f] for f in shared if f[0] == "#"],
        "shared names": names,
        "shared words": [surfaces[f] if fold(surfaces[f]) == fold(found[f])
                         else f"{surfaces[f]} ~ {found[f]}" for f in shared
                         if f[0] == "~" and fold(surfaces[f]) not in name_words],
        "same punctuation": [f[1] for f in shared if f[0] == "P" and f[1] in "?!\""],
    }
    return tuple(f"{label}: {', '.join(items[:5])}" for label, items in groups.items() if items)
