"""Where the dynamic programme looks: columns per row, the whole grid for small pairs, else a
band around the diagonal, a path through lexical anchors, or a previous pass's path."""

from __future__ import annotations

import bisect

from .prepared import _Prepared

FULL_DP_CELLS = 20_000  # beyond this, the programme runs in a band around the diagonal
Bead = tuple[int, int, int, int, float]  # i0, i1, j0, j1, score


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
