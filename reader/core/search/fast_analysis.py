"""The tokens of a huge text, exactly as whoosh's analyser chain makes them, much faster.

whoosh runs every token of a value through a chain of Python generators (the tokenizer,
then each filter), about 5 µs a token for Parallax's chains: 15 s for the three million
tokens of a 20 MB text, twice (the neutral body and its language's field). Every filter
Parallax uses maps a token's text to a new text, or drops the token, from that text alone
(acronym plural, lower case, accent folding, short stop words, lemma or stem). So here the
tokenizer's expression runs over the whole text once, and each *distinct* word goes
through the analyser's own filters once (remembered); positions are then numbered as
whoosh numbers them (:class:`whoosh.analysis.StopFilter` renumbers the words it keeps).
An analyser with any other part is left to whoosh: :func:`fast_tokens` returns None.

``tests/core/test_fast_analysis.py`` checks, for every analyser of the schema, that the
tokens and the encoded postings equal whoosh's.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from functools import cache
from typing import Any

from whoosh.analysis import (
    CharsetFilter,
    LowercaseFilter,
    RegexTokenizer,
    StopFilter,
    Token,
)
from whoosh.analysis.analyzers import CompositeAnalyzer

# The keyword arguments whoosh's ``Characters`` format passes (and ``mode``, same for
# every token); any other (start_pos, tokenize=False, removestops=False, ...) goes to whoosh.
_KNOWN_KWARGS = frozenset({"positions", "chars", "boosts", "mode"})


class NotPure(Exception):
    """A filter did more to a token than change or drop its text: use whoosh's chain."""


@cache
def _pure_filters() -> frozenset[type]:
    """The filter classes whose result for a token depends on the token's text alone."""
    from . import analysis
    from .schema import AcronymPluralFilter

    return frozenset({AcronymPluralFilter, LowercaseFilter, CharsetFilter, StopFilter,
                      analysis.LemmaFilter, analysis.SnowballFilter})


def plan(analyzer: Any, kwargs: dict[str, Any]
         ) -> tuple[Any, tuple[Any, ...], bool] | None:
    """(tokenizer expression, filters, renumbered) for an analyser (and its arguments)
    this module can run; None for the others."""
    if not set(kwargs) <= _KNOWN_KWARGS or type(analyzer) is not CompositeAnalyzer:
        return None
    tokenizer, *filters = analyzer.items
    if type(tokenizer) is not RegexTokenizer or tokenizer.gaps:
        return None
    pure = _pure_filters()
    if any(type(f) not in pure for f in filters):
        return None
    stops = [f for f in filters if type(f) is StopFilter]
    if len(stops) > 1:
        return None
    return tokenizer.expression, tuple(filters), bool(stops) and bool(stops[0].renumber)


def fast_tokens(value: str, analyzer: Any, **kwargs: Any
                ) -> Iterator[tuple[str, int, int, int, float]] | None:
    """(text, position, startchar, endchar, boost) of each token whoosh would index, or
    None when the analyser (or an argument) is not one this module reproduces.

    The iterator raises :class:`NotPure` if a filter turns out to change more than a
    token's text; a caller that has yielded nothing yet then uses whoosh's chain.
    """
    found = plan(analyzer, kwargs)
    if found is None:
        return None
    expression, filters, renumber = found
    return _tokens(value, expression, filters, renumber, kwargs.get("mode", ""))


def _final_text(word: str, filters: tuple[Any, ...], mode: str) -> str | None:
    """The text the filters make of one token ``word``, or None when they drop it."""
    token = Token(positions=True, chars=True, removestops=True, mode=mode, boosts=True)
    token.text = word
    token.boost = 1.0
    token.stopped = False
    token.pos = 0
    token.startchar = 0
    token.endchar = len(word)
    stream: Any = iter((token,))
    for item in filters:
        stream = item(stream)
    out = list(stream)
    if not out:
        return None
    if (len(out) != 1 or out[0] is not token or token.stopped or token.boost != 1.0
            or token.pos != 0 or token.startchar != 0 or token.endchar != len(word)):
        raise NotPure(word)
    text: str = token.text
    return text


def _tokens(value: str, expression: Any, filters: tuple[Any, ...], renumber: bool,
            mode: str) -> Iterator[tuple[str, int, int, int, float]]:
    memo: dict[str, str | None] = {}
    pos: int | None = None
    for index, match in enumerate(expression.finditer(value)):
        word = match.group()
        try:
            term = memo[word]
        except KeyError:
            term = memo[word] = _final_text(word, filters, mode)
        if term is None:
            continue
        if renumber and pos is not None:
            pos += 1  # StopFilter: the first kept word keeps its number, then 1, 2, ...
        else:
            pos = index
        yield term, pos, match.start(), match.end(), 1.0


def gather(value: str, analyzer: Any, kwargs: dict[str, Any], typecode: str
           ) -> dict[str, array[int]] | None:
    """Each final word's (position, startchar, endchar) triples, flat in one array, as
    :func:`fast_tokens` makes them (every boost is 1.0); None as there.

    The loop of :func:`fast_tokens`, with each distinct word remembered with its word's
    array: about 0.5 µs a token. Raises :class:`NotPure` as there.
    """
    found = plan(analyzer, kwargs)
    if found is None:
        return None
    expression, filters, renumber = found
    mode = kwargs.get("mode", "")
    seen: dict[str, array[int]] = {}
    memo: dict[str, array[int] | None] = {}
    pos: int | None = None
    for index, match in enumerate(expression.finditer(value)):
        word = match.group()
        try:
            positions = memo[word]
        except KeyError:
            term = _final_text(word, filters, mode)
            positions = memo[word] = (
                None if term is None else seen.setdefault(term, array(typecode)))
        if positions is None:
            continue
        if renumber and pos is not None:
            pos += 1
        else:
            pos = index
        start, end = match.span()
        positions.extend((pos, start, end))
    return seen
