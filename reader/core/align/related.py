"""Related passages: the sentences of other documents that most likely state the same claim."""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..models import Document
from .features import _BOOST, features, fold
from .prepared import _cached, _doc_key, _prepare, _Prepared, _store
from .results import Alignment, RelatedPassage
from .sentence_align import _align, _no_gc, _Scorer

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
