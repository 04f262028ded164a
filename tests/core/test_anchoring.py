"""Tests of selectors and re-anchoring: conformance cases, edits, code points and scale."""

from __future__ import annotations

import json
import random
from typing import Any, cast

import pytest

from reader.core.anchoring import Anchor, anchor, make_selector, reanchor_all
from reader.core.models import TextSelector
from tests.conftest import CONFORMANCE

CASES_FILE = CONFORMANCE / "anchoring" / "cases.json"


def _load_cases() -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], json.loads(CASES_FILE.read_text(encoding="utf-8")))


CASES = _load_cases()


def _selector(raw: dict[str, Any]) -> TextSelector:
    # A null position in the cases means "no TextPositionSelector": -1 is never a valid offset.
    return TextSelector(
        start=-1 if raw["start"] is None else raw["start"],
        end=-1 if raw["end"] is None else raw["end"],
        exact=raw["exact"] or "",
        prefix=raw["prefix"] or "",
        suffix=raw["suffix"] or "",
    )


def _span(found: Anchor | None) -> dict[str, int] | None:
    return None if found is None else {"start": found.start, "end": found.end}


def test_conformance_cases_present() -> None:
    assert len(CASES) == 20, (
        f"expected 20 cases in {CASES_FILE}"
    )


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_conformance_case(case: dict[str, Any]) -> None:
    found = anchor(case["text"], _selector(case["selector"]))
    assert _span(found) == case["expected"], case["note"]
    if found is not None:
        assert 0.0 <= found.score <= 1.0
        raw = case["selector"]
        held = raw["start"] is not None and (
            case["text"][raw["start"] : raw["end"]] == raw["exact"]
        )
        assert found.state == ("anchored" if held else "moved")


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_conformance_case_in_bulk(case: dict[str, Any]) -> None:
    [found] = reanchor_all(case["text"], case["text"], [_selector(case["selector"])])
    assert _span(found) == case["expected"]


def test_absent_position_may_be_none_at_runtime() -> None:
    text = "one two three two one"
    selector = TextSelector(
        start=cast(int, None), end=cast(int, None), exact="two", prefix="three "
    )
    assert _span(anchor(text, selector)) == {"start": 14, "end": 17}


# --------------------------------------------------------------------------- make_selector


def test_make_selector_middle_has_full_context() -> None:
    text = "".join(chr(ord("a") + i % 26) for i in range(200))
    selector = make_selector(text, 100, 110)
    assert (selector.start, selector.end) == (100, 110)
    assert selector.exact == text[100:110]
    assert selector.prefix == text[68:100]
    assert selector.suffix == text[110:142]
    assert len(selector.prefix) == len(selector.suffix) == 32


def test_make_selector_context_clipped_at_text_edges() -> None:
    text = "Short text with a few words in it."
    first = make_selector(text, 0, 5)
    assert first.prefix == ""
    assert first.suffix == text[5:37]
    near_start = make_selector(text, 3, 8)
    assert near_start.prefix == "Sho"
    last = make_selector(text, len(text) - 3, len(text))
    assert last.exact == "it."
    assert last.suffix == ""
    assert last.prefix == text[: len(text) - 3]
    assert len(text) - 3 < 32
    whole = make_selector(text, 0, len(text))
    assert (whole.prefix, whole.exact, whole.suffix) == ("", text, "")


def test_make_selector_custom_and_zero_context() -> None:
    text = "alpha beta gamma delta"
    selector = make_selector(text, 6, 10, context=3)
    assert (selector.prefix, selector.exact, selector.suffix) == ("ha ", "beta", " ga")
    bare = make_selector(text, 6, 10, context=0)
    assert (bare.prefix, bare.suffix) == ("", "")


def test_make_selector_counts_code_points() -> None:
    # U+1F60A is one code point (two UTF-16 units); the thumbs-up + skin tone is two.
    text = "\U0001f60a" * 40 + "quote" + "\U0001f44d\U0001f3fd" * 40
    selector = make_selector(text, 40, 45)
    assert selector.exact == "quote"
    assert selector.prefix == "\U0001f60a" * 32
    assert selector.suffix == "\U0001f44d\U0001f3fd" * 16
    assert len(selector.prefix) == len(selector.suffix) == 32
    found = anchor(text, selector)
    assert found == Anchor(40, 45, "anchored", 1.0)
    shifted = anchor("\U0001f389" + text, selector)
    assert shifted is not None
    assert (shifted.start, shifted.end, shifted.state) == (41, 46, "moved")


@pytest.mark.parametrize(("start", "end"), [(3, 3), (5, 2), (-1, 2), (0, 11), (11, 12), (10, 10)])
def test_make_selector_rejects_empty_or_out_of_range(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        make_selector("0123456789", start, end)


def test_make_selector_rejects_negative_context() -> None:
    with pytest.raises(ValueError):
        make_selector("0123456789", 1, 2, context=-1)


def test_anchor_rejects_negative_error_ratio() -> None:
    with pytest.raises(ValueError):
        anchor("abc", TextSelector(0, 1, "a"), max_error_ratio=-0.1)


# --------------------------------------------------------------------------- edited article

ARTICLE = (
    "The Lighthouse Keeper\n\n"
    "For forty years the lighthouse on Gull Rock was kept by a single family. "
    "Each evening the keeper climbed the spiral stair, trimmed the wick and wound the "
    "weights that turned the great lens.\n\n"
    "In 1923 the light was electrified, and the quick brown motor that replaced the "
    "clockwork needed no one to wind it. The family stayed on for another decade.\n\n"
    "Today the tower is a museum. Visitors climb the same stair and look out over the "
    "same grey water, and the lens still turns, although nobody needs it any more.\n"
)
HIGHLIGHT = "the quick brown motor that replaced the clockwork"


def _highlight_selector() -> TextSelector:
    start = ARTICLE.index(HIGHLIGHT)
    return make_selector(ARTICLE, start, start + len(HIGHLIGHT))


def test_unchanged_article_stays_anchored() -> None:
    selector = _highlight_selector()
    assert anchor(ARTICLE, selector) == Anchor(selector.start, selector.end, "anchored", 1.0)
    assert reanchor_all(ARTICLE, ARTICLE, [selector]) == [anchor(ARTICLE, selector)]


def test_paragraph_inserted_at_top_moves_highlight() -> None:
    selector = _highlight_selector()
    banner = "Editor's note: this article was updated in 2024.\n\n"
    edited = banner + ARTICLE
    found = anchor(edited, selector)
    assert found is not None
    assert found.state == "moved"
    assert (found.start, found.end) == (selector.start + len(banner), selector.end + len(banner))
    assert edited[found.start : found.end] == HIGHLIGHT
    assert found.score == pytest.approx(1.0, abs=0.03)
    [bulk] = reanchor_all(ARTICLE, edited, [selector])
    assert bulk is not None
    assert (bulk.start, bulk.end, bulk.state) == (found.start, found.end, "moved")


def test_word_changed_inside_highlight_is_found_fuzzily() -> None:
    selector = _highlight_selector()
    edited = ARTICLE.replace("quick brown motor", "quick electric motor")
    found = anchor(edited, selector)
    assert found is not None
    assert found.state == "moved"
    expected = "the quick electric motor that replaced the clockwork"
    assert edited[found.start : found.end] == expected
    assert found.start == selector.start
    assert 0.5 < found.score < 1.0
    [bulk] = reanchor_all(ARTICLE, edited, [selector])
    assert bulk == found


def test_word_changed_and_paragraph_inserted() -> None:
    selector = _highlight_selector()
    banner = "Corrections appended below.\n\n"
    edited = banner + ARTICLE.replace("quick brown motor", "quiet brown motor")
    found = anchor(edited, selector)
    assert found is not None
    assert edited[found.start : found.end] == "the quiet brown motor that replaced the clockwork"
    assert found.start == selector.start + len(banner)


def test_deleted_sentence_no_longer_anchors() -> None:
    sentence = (
        "In 1923 the light was electrified, and the quick brown motor that replaced the "
        "clockwork needed no one to wind it. "
    )
    selector = _highlight_selector()
    edited = ARTICLE.replace(sentence, "")
    assert HIGHLIGHT not in edited
    assert anchor(edited, selector) is None
    assert reanchor_all(ARTICLE, edited, [selector]) == [None]


def test_bulk_follows_unchanged_tail_rather_than_stale_offsets() -> None:
    # After the insertion the stale offsets hold another copy of the same line; anchor()
    # accepts them (as Hypothesis would), reanchor_all() knows the text only moved.
    old = "intro\n" + "Same line.\n" * 3
    start = old.index("Same line.", 10)
    selector = make_selector(old, start, start + len("Same line."))
    new = "Same line.\n" + old
    assert anchor(new, selector) == Anchor(start, selector.end, "anchored", 1.0)
    [moved] = reanchor_all(old, new, [selector])
    assert moved is not None
    assert (moved.start, moved.end, moved.state) == (start + 11, selector.end + 11, "moved")
    assert moved.score == 1.0


# --------------------------------------------------------------------------- reference port


def _edit_row(text: str, pattern: str) -> list[int]:
    """Last row of the textbook approximate-search DP table."""
    previous = [0] * (len(text) + 1)
    for i, p in enumerate(pattern, 1):
        current = [i] + [0] * len(text)
        for j, t in enumerate(text, 1):
            current[j] = min(previous[j - 1] + (p != t), previous[j] + 1, current[j - 1] + 1)
        previous = current
    return previous


def _reference_search(text: str, pattern: str, max_errors: float) -> list[tuple[int, int, int]]:
    """approx-string-match search() preceded by matchQuote's exact-match shortcut."""
    exact = [(i, i + len(pattern), 0) for i in range(len(text)) if text.startswith(pattern, i)]
    if exact or not text:
        return exact

    def ends(hay: str, needle: str, limit: float) -> list[tuple[int, int]]:
        row = _edit_row(hay, needle)
        best = min(row[1:])
        return [(j, best) for j in range(1, len(row)) if row[j] == best] if best <= limit else []

    found = []
    for end, errors in ends(text, pattern, min(max_errors, len(pattern))):
        lo = max(0, end - len(pattern) - errors)
        rev_ends = ends(text[lo:end][::-1], pattern[::-1], errors)
        found.append((min(end - rev_end for rev_end, _ in rev_ends), end, errors))
    return found


def _reference_match_quote(
    text: str, quote: str, prefix: str, suffix: str, hint: int | None
) -> tuple[int, int] | None:
    """A direct port of Hypothesis' matchQuote() (no pruning)."""
    if not quote:
        return None
    matches = _reference_search(text, quote, min(256, len(quote) / 2))
    if not matches:
        return None

    def similarity(window: str, pattern: str) -> float:
        if not window or not pattern:
            return 0.0
        return 1 - _reference_search(window, pattern, len(pattern))[0][2] / len(pattern)

    def score(match: tuple[int, int, int]) -> float:
        start, end, errors = match
        quote_score = 1 - errors / len(quote)
        prefix_score = (
            similarity(text[max(0, start - len(prefix)) : start], prefix) if prefix else 1.0
        )
        suffix_score = similarity(text[end : end + len(suffix)], suffix) if suffix else 1.0
        pos_score = 1.0 if hint is None else 1.0 - abs(start - hint) / len(text)
        raw = 50 * quote_score + 20 * prefix_score + 20 * suffix_score + 2 * pos_score
        return raw / 92

    best = sorted(matches, key=lambda m: -score(m))[0]  # stable, like Array.sort
    return best[0], best[1]


def test_matches_reference_port_on_random_texts() -> None:
    rng = random.Random(20240611)
    for _ in range(400):
        alphabet = rng.choice(["ab ", "abc ", "abcdef ", "ab\U0001f60a "])
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        quote = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        prefix = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        suffix = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        hint = rng.choice([None, rng.randint(0, 100)])
        # end = -1 disables the position check while keeping start as the hint.
        selector = TextSelector(-1 if hint is None else hint, -1, quote, prefix, suffix)
        found = anchor(text, selector)
        expected = _reference_match_quote(text, quote, prefix, suffix, hint)
        assert (None if found is None else (found.start, found.end)) == expected, (text, selector)


def test_long_quote_with_edits_spanning_many_words() -> None:
    rng = random.Random(7)
    words = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))
        for _ in range(2000)
    ]
    text = " ".join(words)
    start = text.index(words[500])
    end = start + 600
    selector = make_selector(text, start, end)
    # Seven characters added before, ten replaced inside and ten deleted near the end.
    edited = (
        "X" * 7
        + text[: start + 100]
        + "<inserted>"
        + text[start + 110 : end - 50]
        + text[end - 40 :]
    )
    found = anchor(edited, selector)
    assert found is not None
    assert found.state == "moved"
    assert found.start == start + 7
    assert found.end == end + 7 - 10


# --------------------------------------------------------------------------- scale


def _article(rng: random.Random, size: int) -> str:
    vocabulary = (
        "the of and a to in is was he for it with as his on be at by had not are but from "
        "or have an they which one were her all she there would their we him been has when "
        "who will more no if out so said what up its about into than them can only other "
        "river harbour lantern quarry orchard meadow signal archive ledger compass"
    ).split()
    paragraphs: list[str] = []
    length = 0
    while length < size:
        words = [rng.choice(vocabulary) for _ in range(rng.randint(40, 120))]
        paragraph = " ".join(words).capitalize() + "."
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def test_thousand_selectors_on_a_long_article() -> None:
    rng = random.Random(1000)
    text = _article(rng, 50_000)
    selectors = []
    for _ in range(1000):
        start = rng.randrange(0, len(text) - 200)
        selectors.append(make_selector(text, start, start + rng.randint(3, 150)))

    unchanged = reanchor_all(text, text, selectors)
    assert all(
        found == Anchor(s.start, s.end, "anchored", 1.0)
        for found, s in zip(unchanged, selectors, strict=True)
    )

    banner = "A paragraph added at the top of the article.\n\n"
    shifted = reanchor_all(text, banner + text, selectors)
    assert all(
        found is not None
        and found.state == "moved"
        and (found.start, found.end) == (s.start + len(banner), s.end + len(banner))
        for found, s in zip(shifted, selectors, strict=True)
    )

    # An edit in the middle: spans after it move, spans touching it are searched for.
    middle = len(text) // 2
    edited = text[:middle] + " an inserted clause, " + text[middle + 5 :]
    results = reanchor_all(text, edited, selectors)
    assert len(results) == 1000
    for found, s in zip(results, selectors, strict=True):
        if s.end <= middle:
            assert found == Anchor(s.start, s.end, "anchored", 1.0)
        elif s.start >= middle + 5:
            assert found is not None
            assert edited[found.start : found.end] == s.exact
    # Plain anchor() with stale positions (short, frequent quotes among them) agrees on spans.
    sample = selectors[:100]
    by_one = [anchor(banner + text, s) for s in sample]
    assert [_span(a) for a in by_one] == [_span(a) for a in shifted[:100]]
