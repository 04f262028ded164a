"""Text anchoring: W3C position + quote selectors and fuzzy re-anchoring after edits.

The re-anchoring rules follow the Hypothesis client (``html.ts`` ``anchor()`` and
``match-quote.ts`` ``matchQuote()`` over ``approx-string-match``):

1. A TextPositionSelector is accepted when ``text[start:end]`` still equals the quote.
2. Otherwise every exact occurrence of the quote is a candidate; if there is none, every
   lowest-edit-distance approximate occurrence within ``min(256, len(quote) // 2)`` edits is.
3. Candidates are ranked by quote similarity (weight 50), prefix similarity (20), suffix
   similarity (20) and closeness to the stored start (2), normalised to 0..1; the best wins,
   ties going to the earliest candidate.

Approximate matching is Myers' bit-parallel algorithm (Hyyrö's formulation) with the roles
of text and pattern swapped: Python ints hold one bit per *text* position, and the
recurrence steps once per *pattern* character, so a search costs ``len(quote)`` rounds of
big-integer operations instead of a Python loop over every character of the text. It yields
the last row of the edit-distance table, i.e. for each end offset the fewest edits with
which the quote matches some substring ending there. All offsets are code points.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import accumulate

from .models import AnchorState, TextSelector

__all__ = [
    "DEFAULT_CONTEXT",
    "DEFAULT_MAX_ERROR_RATIO",
    "MAX_ERRORS_CAP",
    "Anchor",
    "anchor",
    "make_selector",
    "reanchor_all",
]

DEFAULT_CONTEXT = 32
"""Code points of prefix and suffix stored with a quote."""

MAX_ERRORS_CAP = 256
"""Upper bound on the edits allowed when searching for a quote (as in Hypothesis)."""

DEFAULT_MAX_ERROR_RATIO = 0.5
"""Edits allowed per quote character when the quote no longer occurs exactly."""

_QUOTE_WEIGHT = 50
_PREFIX_WEIGHT = 20
_SUFFIX_WEIGHT = 20
_POS_WEIGHT = 2
_MAX_SCORE = _QUOTE_WEIGHT + _PREFIX_WEIGHT + _SUFFIX_WEIGHT + _POS_WEIGHT

# Texts up to this length get their character bit masks built eagerly in one pass.
_EAGER_INDEX_CHARS = 512


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a selector landed: ``text[start:end]``, its state and a 0..1 match score."""

    start: int
    end: int
    state: AnchorState
    score: float


def make_selector(text: str, start: int, end: int, context: int = DEFAULT_CONTEXT) -> TextSelector:
    """Describe ``text[start:end]`` by position, quote and ``context`` code points each side."""
    if context < 0:
        raise ValueError(f"context must not be negative, got {context}")
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"span {start}..{end} is empty or outside the text (0..{len(text)})"
        )
    return TextSelector(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - context):start],
        suffix=text[end:end + context],
    )


def anchor(
    text: str, selector: TextSelector, *, max_error_ratio: float = DEFAULT_MAX_ERROR_RATIO
) -> Anchor | None:
    """Find ``selector`` in ``text``: its position if still valid, else the best quote match."""
    max_errors = _max_errors(selector.exact or "", max_error_ratio)
    return _anchor(_BitIndex(text), selector, _hint(selector), max_errors)


def reanchor_all(
    old_text: str,
    new_text: str,
    selectors: Iterable[TextSelector],
    *,
    max_error_ratio: float = DEFAULT_MAX_ERROR_RATIO,
) -> list[Anchor | None]:
    """Anchor many selectors made on ``old_text`` against ``new_text``, sharing the work."""
    # The results equal ``anchor(new_text, s)``, except that a span which held in
    # ``old_text`` and lies wholly in the unchanged tail shared by both texts follows its own
    # characters: it is shifted by the change in length (state "moved") without a search,
    # even where another occurrence of the quote happens to sit at the stale offsets.
    _max_errors("", max_error_ratio)  # reject a bad ratio even when there are no selectors
    index = _BitIndex(new_text)
    _head, tail = _common_head_tail(old_text, new_text)
    shift = len(new_text) - len(old_text)
    tail_start_old = len(old_text) - tail
    results: list[Anchor | None] = []
    for selector in selectors:
        exact = selector.exact or ""
        max_errors = _max_errors(exact, max_error_ratio)
        start, end = selector.start, selector.end
        if (
            shift
            and exact
            and _is_index(start)
            and _is_index(end)
            and start >= tail_start_old
            and old_text[start:end] == exact
        ):
            results.append(_moved_exact(index, selector, start + shift, end + shift))
        else:
            results.append(_anchor(index, selector, _hint(selector), max_errors))
    return results


# --------------------------------------------------------------------------- anchoring


def _max_errors(exact: str, ratio: float) -> int:
    if not ratio >= 0.0:  # also rejects NaN
        raise ValueError(f"max_error_ratio must be a non-negative number, got {ratio}")
    return min(MAX_ERRORS_CAP, int(len(exact) * ratio))


def _is_index(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _hint(selector: TextSelector) -> int | None:
    return selector.start if _is_index(selector.start) else None


def _anchor(
    index: _BitIndex, selector: TextSelector, hint: int | None, max_errors: int
) -> Anchor | None:
    text = index.text
    exact = selector.exact or ""
    if not exact:
        return None
    start, end = selector.start, selector.end
    if _is_index(start) and _is_index(end) and text[start:end] == exact:
        return Anchor(start, end, "anchored", 1.0)
    match = _match_quote(
        index, exact, selector.prefix or "", selector.suffix or "", hint, max_errors
    )
    if match is None:
        return None
    return Anchor(match[0], match[1], "moved", match[2])


def _moved_exact(index: _BitIndex, selector: TextSelector, start: int, end: int) -> Anchor:
    score = _score(
        index.text, selector.exact, selector.prefix or "", selector.suffix or "",
        start, end, 0, start,
    )
    return Anchor(start, end, "moved", score)


def _common_head_tail(old: str, new: str) -> tuple[int, int]:
    """Lengths of the longest common prefix and (non-overlapping) suffix of two texts."""
    limit = min(len(old), len(new))
    lo, hi = 0, limit
    while lo < hi:  # largest h with old[:h] == new[:h]
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    head = lo
    lo, hi = 0, limit - head
    while lo < hi:  # largest t with equal last t characters, not overlapping the head
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid:] == new[len(new) - mid:]:
            lo = mid
        else:
            hi = mid - 1
    return head, lo


# --------------------------------------------------------------------------- matchQuote


def _match_quote(
    index: _BitIndex,
    quote: str,
    prefix: str,
    suffix: str,
    hint: int | None,
    max_errors: int,
) -> tuple[int, int, float] | None:
    """Best ``(start, end, score)`` for ``quote`` in the indexed text, as Hypothesis ranks it."""
    text = index.text
    candidates = _search(index, quote, max_errors)
    if not candidates:
        return None
    # Branch and bound: the context scores (the costly part) are at most 1, so a candidate's
    # score is bounded by assuming perfect context. Visit candidates by falling bound and
    # stop once no remaining one can beat the best; ties go to the earliest candidate, as
    # with the stable sort in matchQuote.
    bounded = sorted(
        (
            (-_combine(1 - errors / len(quote), 1.0, 1.0, _pos_score(text, start, hint)), i)
            for i, (start, _end, errors) in enumerate(candidates)
        )
    )
    best_score = float("-inf")
    best_i = -1
    for neg_bound, i in bounded:
        bound = -neg_bound
        if bound < best_score or (bound == best_score and i > best_i):
            break
        start, end, errors = candidates[i]
        score = _score(text, quote, prefix, suffix, start, end, errors, hint)
        if score > best_score or (score == best_score and i < best_i):
            best_score, best_i = score, i
    start, end, _errors = candidates[best_i]
    # A hint far outside the text can push the raw score below 0; rank by it, report >= 0.
    return start, end, max(0.0, best_score)


def _pos_score(text: str, start: int, hint: int | None) -> float:
    if hint is None:
        return 1.0
    return 1.0 - abs(start - hint) / len(text)


def _combine(quote_score: float, prefix_score: float, suffix_score: float,
             pos_score: float) -> float:
    raw = (
        _QUOTE_WEIGHT * quote_score
        + _PREFIX_WEIGHT * prefix_score
        + _SUFFIX_WEIGHT * suffix_score
        + _POS_WEIGHT * pos_score
    )
    return raw / _MAX_SCORE


def _score(text: str, quote: str, prefix: str, suffix: str, start: int, end: int,
           errors: int, hint: int | None) -> float:
    prefix_score = (
        _similarity(text[max(0, start - len(prefix)):start], prefix) if prefix else 1.0
    )
    suffix_score = _similarity(text[end:end + len(suffix)], suffix) if suffix else 1.0
    return _combine(
        1 - errors / len(quote), prefix_score, suffix_score, _pos_score(text, start, hint)
    )


def _similarity(window: str, pattern: str) -> float:
    """1 - (fewest edits matching ``pattern`` in ``window``) / len(pattern); 0 if none."""
    if not window or not pattern:
        return 0.0
    if pattern in window:
        return 1.0
    row = _last_row(_BitIndex(window), pattern)
    return 1 - min(row[1:]) / len(pattern)


def _search(index: _BitIndex, pattern: str, max_errors: int) -> list[tuple[int, int, int]]:
    """All exact occurrences ``(start, end, 0)`` or, failing that, the best approximate ones."""
    text = index.text
    found: list[tuple[int, int, int]] = []
    pos = text.find(pattern)
    while pos != -1:
        found.append((pos, pos + len(pattern), 0))
        pos = text.find(pattern, pos + 1)
    if found or max_errors < 1 or not text:
        return found
    row = _last_row(index, pattern)
    best = min(row[1:])
    if best > max_errors:
        return []
    reversed_pattern = pattern[::-1]
    end = row.index(best, 1)
    while True:
        found.append((_match_start(text, reversed_pattern, end, best), end, best))
        try:
            end = row.index(best, end + 1)
        except ValueError:
            return found


def _match_start(text: str, reversed_pattern: str, end: int, errors: int) -> int:
    """The start giving the longest lowest-cost match ending at ``end`` (approx-string-match)."""
    window_start = max(0, end - len(reversed_pattern) - errors)
    row = _last_row(_BitIndex(text[window_start:end][::-1]), reversed_pattern)
    best = min(row[1:])
    longest = len(row) - 1 - row[::-1].index(best)
    return end - longest


# --------------------------------------------------------------------------- Myers


class _BitIndex:
    """A text with, per character, an int whose bit ``j`` is set where ``text[j]`` is it."""

    __slots__ = ("text", "_masks", "_reversed")

    def __init__(self, text: str) -> None:
        self.text = text
        self._masks: dict[str, int] = {}
        self._reversed = ""
        if len(text) <= _EAGER_INDEX_CHARS:
            masks = self._masks
            for j, ch in enumerate(text):
                masks[ch] = masks.get(ch, 0) | (1 << j)
        else:
            self._reversed = text[::-1]

    def mask(self, ch: str) -> int:
        """Bit mask of the positions of ``ch`` (built on first use for long texts)."""
        found = self._masks.get(ch)
        if found is None:
            found = 0
            if self._reversed:
                # Most significant digit first: the reversed text, 1 where ch is, else 0.
                parts = self._reversed.split(ch)
                if len(parts) > 1:
                    found = int("1".join(["0" * len(part) for part in parts]), 2)
            self._masks[ch] = found
        return found


def _last_row(index: _BitIndex, pattern: str) -> list[int]:
    """``row[j]`` = fewest edits turning ``pattern`` into a substring of the text ending at j."""
    n = len(index.text)
    m = len(pattern)
    full = (1 << n) - 1
    mask: Callable[[str], int] = index.mask
    # Bit j of pv / mv: D[i][j+1] - D[i][j] is +1 / -1, for the current pattern row i.
    # Row 0 is all zeros (a match may start anywhere); column 0 is D[i][0] = i, so the
    # vertical delta entering at bit 0 is always +1.
    pv = 0
    mv = 0
    for ch in pattern:
        eq = mask(ch)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (~(xh | pv) & full)
        mh = pv & xh
        ph = ((ph << 1) | 1) & full
        mh = (mh << 1) & full
        pv = mh | (~(xv | ph) & full)
        mv = ph & xv
    if n == 0:
        return [m]
    ups = format(pv, f"0{n}b")[::-1].encode("ascii")
    downs = format(mv, f"0{n}b")[::-1].encode("ascii")
    return list(accumulate(map(operator.sub, ups, downs), initial=m))
