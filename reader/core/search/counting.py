"""How many documents match a query: estimated from document frequencies, or counted as
set operations on whole posting blocks (far cheaper than whoosh's own count).
"""

from __future__ import annotations

from typing import Any

from whoosh import query

from .query import term_ids, walk


def round_estimate(value: int) -> int:
    """An estimate to two significant digits (2,347 -> 2,300)."""
    if value < 100:
        return value
    magnitude = 10 ** (len(str(value)) - 2)
    return int(round(value / magnitude) * magnitude)


def estimate_matches(searcher: Any, parsed: query.Query) -> int | None:
    """Roughly how many documents match, from document frequencies alone (no postings
    read), or None when only a count can tell (AND, NOT, phrases: the intersection of
    common words can be far smaller than either).

    A word's alternatives in several fields (title, body, the language fields) count as
    the largest of them; other ORs add up (at most every document).
    """
    total = 0
    for leaf, _ in searcher.leaf_searchers():
        reader = leaf.reader()
        size = _estimate(reader, parsed)
        if size is None:
            return None
        total += min(size, reader.doc_count())
    return total


def _estimate(reader: Any, node: query.Query) -> int | None:
    kind = type(node)
    if kind is query.Term:
        if node.fieldname not in reader.schema:
            return 0
        try:
            return int(reader.doc_frequency(node.fieldname, node.text))
        except Exception:  # a term the field cannot hold
            return 0
    if isinstance(node, (query.Prefix, query.FuzzyTerm, query.Wildcard)):
        matched = node.__dict__.get("_docs", {}).get(id(reader))
        if matched is not None and matched[0] is reader:
            return len(matched[1])
        if node.fieldname not in reader.schema:
            return 0
        return int(node.estimate_size(reader))
    if kind in (query.Or, query.DefaultOr):
        sizes = [_estimate(reader, c) for c in node.subqueries]
        if any(size is None for size in sizes):
            return None
        known = [size for size in sizes if size is not None]
        fields = [getattr(c, "fieldname", None) or _field_of(c) for c in node.subqueries]
        if None not in fields and len(set(fields)) == len(fields):
            return max(known, default=0)  # one word in several fields
        return sum(known)
    return None


def _field_of(node: query.Query) -> str | None:
    """The one field every term of a node is in, else None."""
    fields = {getattr(n, "fieldname", None) for n in walk(node) if not n.children()}
    return fields.pop() if len(fields) == 1 else None


def count_matches(searcher: Any, parsed: query.Query) -> int:
    """How many documents match: the same number as ``len(results)``, far cheaper.

    whoosh counts by running the whole query again, posting by posting, through its
    matcher tree. Here the usual query shapes (terms, their expansions, AND, OR, NOT) are
    counted as set operations on whole posting blocks; anything else (phrases) falls back
    to whoosh's matcher for that part of the query only.
    """
    total = 0
    for leaf, _ in searcher.leaf_searchers():
        reader = leaf.reader()
        ids = _docset(leaf, reader, parsed)
        if reader.has_deletions():
            ids = ids - set(reader.deleted_docs_set)
        total += len(ids)
    return total


def _docset(searcher: Any, reader: Any, node: query.Query) -> set[int]:
    kind = type(node)
    if kind is query.Term:
        return term_ids(reader, node.fieldname, node.text)
    if isinstance(node, (query.Prefix, query.FuzzyTerm, query.Wildcard)):
        matched = node.__dict__.get("_docs", {}).get(id(reader))
        if matched is not None and matched[0] is reader:  # the matcher's set of documents
            return set(matched[1])
        ids: set[int] = set()
        fieldname = node.fieldname
        if fieldname in reader.schema:
            for btext in node._btexts(reader):
                ids |= term_ids(reader, fieldname, btext)
        return ids
    if kind in (query.Or, query.DefaultOr) and not getattr(node, "minmatch", 0):
        ids = set()
        for child in node.subqueries:
            ids |= _docset(searcher, reader, child)
        return ids
    if kind is query.And:
        positive = [c for c in node.subqueries if type(c) is not query.Not]
        negative = [c.query for c in node.subqueries if type(c) is query.Not]
        if positive:
            ids = _docset(searcher, reader, positive[0])
            for child in positive[1:]:
                if not ids:
                    break
                ids &= _docset(searcher, reader, child)
            for child in negative:
                if not ids:
                    break
                ids -= _docset(searcher, reader, child)
            return ids
    if kind is query.AndNot:
        ids = _docset(searcher, reader, node.a)
        return ids - _docset(searcher, reader, node.b) if ids else ids
    return set(node.docs(searcher))
