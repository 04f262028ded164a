"""Sentence alignment of two documents: a banded Gale-Church/Bleualign dynamic programme."""

from __future__ import annotations

import bisect
import gc
import math
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import accumulate

from ..models import Document
from .bands import Bead, _anchor_bands, _path_bands
from .features import _BOOST
from .lexicon import LEXICON_MIN_PARALLEL, _learn_lexicon, _with_lexicon
from .prepared import _prepare, _Prepared, _Unit
from .results import AlignedPair, Alignment

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


EVIDENCE_PAIR_CAP = 400  # features in more sentence pairs than this are left out of evidence
LEXICON_BAND = 12  # the second pass searches this many sentences either side of the first


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
