"""Documents prepared for alignment (sentence units and their features), cached by content."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from ..models import UNDETERMINED, Document
from .features import _WORD, features, fold
from .sentences import split_sentences

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


def clear_cache() -> None:
    """Forget every prepared document (benchmarks time alignment from scratch)."""
    with _LOCK:
        _CACHE.clear()


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
