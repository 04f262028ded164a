"""A bilingual lexicon learnt from a first alignment pass, for the second: word pairs that
keep landing in the same beads become shared features."""

from __future__ import annotations

from .bands import Bead
from .prepared import _Prepared, _Unit

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
