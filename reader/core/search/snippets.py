"""Where a hit matches and what the results list shows of it: match offsets and snippets.

Offsets come from the character positions whoosh stores for the body fields, read in
document order through one postings cursor; quantities and the words a prefix or wildcard
stands for are found in the text itself. A snippet is the densest run of matches.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable, Sequence
from typing import Any

from whoosh import query

from .. import numbers
from ..models import Document
from .query import walk
from .schema import STEMMED_LANGUAGES, body_field, indexable_text, quantity_key

SNIPPET_CHARS = 220


def quantity_matches(doc: Document, matched: Iterable[tuple[str, bytes]]) -> list[tuple[int, int]]:
    """Spans of the quantities in a document whose ``num:`` terms the hit matched."""
    keys = {term.decode("utf-8") for field, term in matched if field == "num"}
    if not keys:
        return []
    return [
        (q.start, q.end)
        for q in numbers.extract_quantities(indexable_text(doc), doc.lang)
        if quantity_key(q) in keys
    ]


def word_patterns(parsed: query.Query) -> re.Pattern[str] | None:
    """The words a query's prefixes and wildcards stand for, as one pattern.

    Many expansions match as a set of documents without their terms (see
    :meth:`.query._ExpansionCache.matcher`), so the words to mark are found in the text.
    """
    parts = set()
    for node in walk(parsed):
        if isinstance(node, (query.Prefix, query.Wildcard)) and isinstance(node.text, str):
            if isinstance(node, query.Prefix):
                parts.add(re.escape(node.text) + r"\w*")
            else:
                parts.add("".join(r"\w*" if ch == "*" else r"\w" if ch == "?" else re.escape(ch)
                                  for ch in node.text))
    if not parts:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(parts)) + r")\b", re.IGNORECASE)


def pattern_matches(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Spans of the words :func:`word_patterns` found in a text."""
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text)]


def phrase_terms(parsed: query.Query) -> list[tuple[str, tuple[bytes, ...]]]:
    """The field and words of each phrase in a query."""
    phrases = []
    for node in walk(parsed):
        if isinstance(node, query.Phrase):
            phrases.append((node.fieldname, tuple(w.encode("utf-8") for w in node.words)))
    return phrases


_ABSENT = object()  # a term a segment does not have


class PostingsCursor:
    """Postings of one search, one matcher per segment and term, moved forward only.

    Reading the hits in document order lets each term's matcher serve all of them, instead
    of looking the term up again (and opening every segment) for each hit.
    """

    def __init__(self, searcher: Any) -> None:
        self._leaves = list(searcher.leaf_searchers())
        self._offsets = [offset for _, offset in self._leaves]
        self._matchers: dict[tuple[int, str, bytes], Any] = {}

    def characters(self, fieldname: str, term: bytes, docnum: int) -> list[tuple[int, int, int]]:
        """``(position, start, end)`` of every occurrence of a term in one document."""
        leaf = bisect.bisect_right(self._offsets, docnum) - 1
        searcher, offset = self._leaves[leaf]
        local = docnum - offset
        key = (leaf, fieldname, term)
        matcher: Any = self._matchers.get(key)
        if matcher is not None and matcher is not _ABSENT and (
            not matcher.is_active() or matcher.id() > local
        ):
            matcher = None  # it went past this document: start again
        if matcher is None:
            try:
                matcher = searcher.reader().postings(fieldname, term)
            except Exception:  # term not in this field or segment
                matcher = _ABSENT
            self._matchers[key] = matcher
        if matcher is _ABSENT:
            return []
        if matcher.is_active() and matcher.id() < local:
            matcher.skip_to(local)
        if not matcher.is_active() or matcher.id() != local:
            return []
        value: list[tuple[int, int, int]] = matcher.value_as("characters")
        return value


def match_offsets(
    searcher: Any, docnum: int, matched: Iterable[tuple[str, bytes]],
    phrases: Sequence[tuple[str, tuple[bytes, ...]]],
    fields: Iterable[str] | None = None,
    cursor: PostingsCursor | None = None,
) -> list[tuple[int, int]]:
    """Character spans of every hit in the document, phrases as one span each."""
    cursor = cursor or PostingsCursor(searcher)
    body_fields = (set(fields) if fields is not None
                   else {"body"} | {body_field(c) for c in STEMMED_LANGUAGES})
    matched = {(f, t) for f, t in matched if f in body_fields}
    spans: set[tuple[int, int]] = set()
    phrase_words: set[tuple[str, bytes]] = set()
    for fieldname, words in phrases:
        if fieldname not in body_fields or not words:
            continue
        phrase_words.update((fieldname, w) for w in words)
        postings = [
            {pos: (start, end) for pos, start, end in cursor.characters(fieldname, w, docnum)}
            for w in words
        ]
        for pos, (start, _) in postings[0].items():
            ends = [postings[i].get(pos + i) for i in range(1, len(words))]
            if all(ends):
                last = ends[-1] if ends else postings[0][pos]
                assert last is not None
                spans.add((start, last[1]))
    for fieldname, term in matched - phrase_words:
        spans.update((s, e) for _, s, e in cursor.characters(fieldname, term, docnum))
    return merge_spans(sorted(spans))


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(text: str, matches: Sequence[tuple[int, int]], width: int = SNIPPET_CHARS) -> str:
    """An HTML-escaped excerpt around the densest run of hits, hits in ``<b>``."""
    if not matches:
        end = min(len(text), width)
        cut = text[:end].rsplit(" ", 1)[0] if end < len(text) else text[:end]
        return html.escape(" ".join(cut.split())) + ("…" if end < len(text) else "")
    # The window that starts at a hit and covers the most hits.
    best_i, best_count = 0, 0
    j = 0
    for i, (start, _) in enumerate(matches):
        while j < len(matches) and matches[j][1] <= start + width:
            j += 1
        if j - i > best_count:
            best_i, best_count = i, j - i
    first = matches[best_i][0]
    window_start = max(0, first - width // 4)
    window_start = _word_start(text, window_start)
    window_end = min(len(text), window_start + width)
    if window_end < len(text):
        space = text.rfind(" ", window_start, window_end)
        if space > first:
            window_end = space
    parts = ["…" if window_start > 0 else ""]
    cursor = window_start
    for start, end in matches:
        if end <= window_start or start >= window_end:
            continue
        start, end = max(start, window_start), min(end, window_end)
        parts.append(html.escape(text[cursor:start]))
        parts.append("<b>" + html.escape(text[start:end]) + "</b>")
        cursor = end
    parts.append(html.escape(text[cursor:window_end]))
    parts.append("…" if window_end < len(text) else "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _word_start(text: str, pos: int) -> int:
    if pos <= 0:
        return 0
    space = text.rfind(" ", 0, pos)
    newline = text.rfind("\n", 0, pos)
    return max(space, newline) + 1

