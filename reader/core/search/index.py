"""The document index: a library's documents, fed while an import reads more, searched
with ranked hits, totals, match offsets and snippets.

The index is a cache derived from the store (see :mod:`.storage` for how it is kept in
step); the query language is in :mod:`.query`, the fields in :mod:`.schema`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from whoosh import query
from whoosh.fields import Schema
from whoosh.writing import IndexWriter

from ..models import DocId, Document, SearchHit, SearchResults
from .counting import count_matches, estimate_matches, round_estimate
from .query import truncated_expansion
from .schema import build_schema, document_fields, neutral_analyzer, quantity_keys
from .snippets import (
    PostingsCursor,
    make_snippet,
    match_offsets,
    merge_spans,
    pattern_matches,
    phrase_terms,
    quantity_matches,
    word_patterns,
)
from .storage import BULK_THRESHOLD, IndexState, WhooshIndex, cancel_writer

# Bump when the schema or the analysis changes: an index of another version is rebuilt.
# 3: segments written uncompounded, each file memory-mapped without copying.
# 4: site, author and published fields.
# 5: per-language fields hold simplemma lemmas; only short function words are stop words.
# 6: body fields use postings.CompactCharacters (same postings, a huge text in less
#    memory; the schema pickled in the index names the class, so older indexes are rebuilt).
INDEX_FORMAT_VERSION = 6
# Totals above this many documents are estimated (see DocumentIndex.search).
APPROXIMATE_TOTAL_ABOVE = 1000


class DocumentIndex(WhooshIndex[Document]):
    """The document index, kept in step with a store by the Library."""

    format_version = INDEX_FORMAT_VERSION

    def schema(self) -> Schema:
        """Documents: id, language, title and the bodies."""
        return build_schema()

    def fields(self, record: Document) -> dict[str, str]:
        """The whoosh fields of one document."""
        return document_fields(record)

    def bulk_feed(self, n_docs: int = BULK_THRESHOLD) -> BulkFeed:
        """A writer to be fed documents while an import reads more: whoosh's multi-process
        one for ``BULK_THRESHOLD`` documents or more, else the single writer."""
        return BulkFeed(self, self.writer(n_docs))

    # -- searching -----------------------------------------------------------------------

    def search(
        self,
        text: str,
        load: Callable[[Sequence[DocId]], dict[DocId, Document]],
        *,
        lang: str | None = None,
        limit: int = 10,
        exact_total: bool = False,
    ) -> SearchResults:
        """Ranked hits with snippets and match offsets, for the top ``limit`` only.

        ``total`` is exact up to :data:`APPROXIMATE_TOTAL_ABOVE` matches (and always with
        ``exact_total``); above, an estimate (``total_exact`` False).
        """
        parsed = self.parse(text, lang, bounded=not exact_total)
        searcher = self.searcher
        wanted = max(limit, 1)
        results = searcher.search(parsed, limit=wanted, terms=True)
        top = list(results)[:limit]
        # Not len(results): that runs the query again posting by posting (a third of the
        # time of a search), and with terms=True whoosh's own count misses documents of
        # NOT queries.
        # Above a few thousand matches, "about 2,300" from the posting lists' lengths is what
        # a results list needs, at no cost; an exact count reads every posting.
        # A bounded prefix (``a*``) leaves words out: its count is a lower bound.
        estimate = None if exact_total else estimate_matches(searcher, parsed)
        truncated = truncated_expansion(parsed)
        if estimate is not None and (estimate > APPROXIMATE_TOTAL_ABOVE or truncated):
            total, exact = round_estimate(estimate), False
        else:
            total, exact = count_matches(searcher, parsed), not truncated
        docs = load([DocId(hit["id"]) for hit in top])
        phrases = phrase_terms(parsed)
        patterns = word_patterns(parsed)
        # Offsets come from the stored character positions of the hits shown, read in
        # document order so that one postings cursor per term serves every hit.
        cursor = PostingsCursor(searcher)
        offsets: dict[int, list[tuple[int, int]]] = {}
        for hit in sorted(top, key=lambda h: h.docnum):
            if DocId(hit["id"]) in docs:
                offsets[hit.docnum] = match_offsets(
                    searcher, hit.docnum, hit.matched_terms(), phrases, cursor=cursor)
        hits = []
        for hit in top:
            doc = docs.get(DocId(hit["id"]))
            if doc is None:
                continue
            matches = merge_spans(sorted(offsets[hit.docnum]
                                         + quantity_matches(doc, hit.matched_terms())
                                         + pattern_matches(doc.text, patterns)))
            hits.append(
                SearchHit(
                    doc_id=doc.id, title=doc.title, lang=doc.lang, source=doc.source,
                    score=round(float(hit.score or 0.0), 4),
                    snippet=make_snippet(doc.text, matches), matches=tuple(matches),
                )
            )
        return SearchResults(query=text, total=total, hits=tuple(hits), total_exact=exact)

    def similar_documents(self, text: str, lang: str, limit: int) -> list[DocId]:
        """Documents that share a passage's names, figures and long words, best first.

        The cheap first stage of finding related passages in a large library: the names
        and figures carry across languages, so the neutral body and ``num:`` find
        candidates in every language.
        """
        terms: list[query.Query] = [query.Term("num", key) for key in quantity_keys(text, lang)]
        words = {
            token.text
            for token in neutral_analyzer()(text)
            if len(token.text) >= 6 or any(ch.isdigit() for ch in token.text)
        }
        names = re.findall(r"\b[A-ZÀ-Ý][\w-]+", text)
        words.update(t.text for name in names for t in neutral_analyzer()(name))
        terms.extend(query.Term("body", word) for word in sorted(words))
        if not terms:
            return []
        results = self.searcher.search(query.Or(terms), limit=limit)
        return [DocId(hit["id"]) for hit in results]


class BulkFeed:
    """A bulk writer that indexes an import's documents as soon as they are stored.

    whoosh's sub-writer processes analyse each batch while the next files are read,
    parsed and tagged, instead of waiting until the whole import is in the store. Nothing
    reaches the index until :meth:`commit`; :meth:`cancel` discards everything fed.
    """

    def __init__(self, index: DocumentIndex, writer: IndexWriter) -> None:
        self.index = index
        self.writer = writer
        self.fed = 0

    def add(self, docs: Sequence[Document], *, new: bool) -> None:
        """Index stored documents: ``new`` ones are not in the index yet."""
        self.index.add_records(self.writer, docs, new=new)
        self.fed += len(docs)

    def commit(self, state: IndexState | None) -> None:
        """Write the segments and record ``state`` (None: leave the recorded state)."""
        self.index.commit(self.writer, state)

    def cancel(self) -> None:
        """Discard what was fed and unlock the index."""
        cancel_writer(self.writer)

