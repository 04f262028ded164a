"""``library.search``: the two whoosh indexes, kept in step with the store, and searching them.

Both indexes (documents; notes, tags and quotes of annotations) are caches of the store.
Each records the store revision and its format version; :meth:`Search.sync` brings both up
to date under the library's write lock, each along the one path of
:meth:`reader.core.search.storage.WhooshIndex.sync` (rebuilt when of another format or
library, damaged, or missing records).
"""

from __future__ import annotations

import sqlite3
import traceback
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import IndexNotWritten, ParallaxError, QueryError
from ..models import Annotation, AnnotationHit, AnnotationId, DocId, Document, SearchResults
from ..tasks import CancelToken, Progress, report, scaled
from .base import INDEX_DIRNAME

if TYPE_CHECKING:
    from ..search.annotation_index import AnnotationIndex
    from ..search.index import BulkFeed, DocumentIndex
    from ..search.storage import IndexState
    from . import Library

WAITING_FOR_INDEX = "Waiting for another Parallax process to finish writing the search index…"
QUERY_NOT_RUN = ("This query could not be run; simplify it (fewer nested parentheses, "
                 "wildcards or fuzzy terms).")


@dataclass(frozen=True)
class IndexReport:
    """What a rebuilt index holds, and where."""

    documents: int
    annotations: int
    folder: Path


class Search:
    """Full-text search over one library's documents and annotations (``library.search``)."""

    def __init__(self, library: Library) -> None:
        self._lib = library
        self._synced_rev: int | None = None

    @cached_property
    def index(self) -> DocumentIndex:
        """The full-text index, opened on first use (listing documents never needs it)."""
        from ..search.index import DocumentIndex

        return DocumentIndex(self._lib.data_dir / INDEX_DIRNAME)

    @cached_property
    def annotation_index(self) -> AnnotationIndex:
        """The index of notes, tags and quotes, opened on first use."""
        from ..search.annotation_index import ANNOTATION_INDEX_DIRNAME, AnnotationIndex

        return AnnotationIndex(self._lib.data_dir / INDEX_DIRNAME / ANNOTATION_INDEX_DIRNAME)

    def close(self) -> None:
        """Close the indexes that were opened; the next use opens them again."""
        for name in ("annotation_index", "index"):
            if name in self.__dict__:
                self.__dict__[name].close()

    def forget_sync(self) -> None:
        """Check both indexes against the store again on the next sync (after a restore)."""
        self._synced_rev = None

    # -- keeping the indexes in step -------------------------------------------------------

    def sync(self, progress: Progress | None = None, cancel: CancelToken | None = None,
             *, wait: bool = True) -> bool:
        """Bring both indexes up to date with the store, rebuilding them when needed.

        While another process writes the index, waits for it (``wait``) or returns False
        at once, leaving the index as it is (a search then searches what is indexed).
        Raises IndexNotWritten when the index cannot be written (a full disk, say).
        """
        if self._synced_rev == self._lib.store.current_rev():
            return True
        return self._update(progress, cancel, wait=wait)

    def rebuild(self, progress: Progress | None = None, cancel: CancelToken | None = None
                ) -> IndexReport:
        """Throw both indexes away and build them again from the store; what they hold."""
        self._update(progress, cancel, wait=True, afresh=True)
        return IndexReport(self.index.doc_count(), self.annotation_index.doc_count(),
                           self.index.folder)

    def _update(self, progress: Progress | None, cancel: CancelToken | None, *, wait: bool,
                afresh: bool = False) -> bool:
        """Both indexes caught up with the store (rebuilt when needed, or ``afresh``) under
        the library's write lock; False when another process holds it and ``wait`` is off."""
        from whoosh.index import LockError

        from ..search import ahead
        from ..search.storage import RecordSource

        with self._lib.write_lock.hold(wait=wait, on_wait=self.waiting,
                                       cancel=cancel) as held:
            if not held:  # another process is writing it: use the index as it is
                return False
            store, library_id = self._lib.store, self._lib.library_id
            tables = store.annotations
            store_rev = store.current_rev()
            try:
                # What a killed import indexed ahead of the store: dropped, or not twice.
                indexed = set() if afresh else self._reconcile_ahead()

                def changed_since(rev: int) -> Iterable[Sequence[Document]]:
                    if rev < 0:  # a rebuild: every document
                        yield from store.documents_since(rev)
                        return
                    for batch in store.documents_since(rev):
                        todo = [d for d in batch if (d.id, d.content_hash) not in indexed]
                        if todo:
                            yield todo

                # The annotation index's folder lives inside the one a rebuild recreates.
                self.index.sync(
                    RecordSource(store.count_documents,
                                 lambda rev: max(store.count_since(rev) - len(indexed), 0),
                                 store.deleted_since, changed_since),
                    library_id, store_rev, scaled(progress, 0.0, 0.9), cancel,
                    closing=[self.annotation_index], afresh=afresh)
                ahead.clear(self.index.folder)
                self.annotation_index.sync(
                    RecordSource(tables.count, tables.count_since, tables.deleted_since,
                                 tables.annotations_since),
                    library_id, store_rev, scaled(progress, 0.9, 0.1), cancel, afresh=afresh)
            except OSError as exc:
                raise self.failed(exc) from exc
            except LockError as exc:
                raise self._locked(exc) from exc
        self._synced_rev = store_rev
        report(progress, 1, 1, "Index up to date")
        return True

    def _reconcile_ahead(self) -> set[tuple[str, str]]:
        """Reconcile the index with what an import indexed ahead of the store (see
        :mod:`reader.core.search.ahead`): entries the store does not hold (the import died
        between the index commit and the store commit) are dropped, and indexed again from
        the store where it holds another version; returns the (id, hash) pairs indexed as
        stored, which catching up with the store then skips."""
        from ..search import ahead

        listed = ahead.read(self.index.folder)
        state = self.index.state()
        if not listed or state is None:
            return set()
        stored = self._lib.store.get_documents(listed)
        indexed = {(i, h) for i, h in listed.items()
                   if i in stored and stored[DocId(i)].content_hash == h}
        redo = [DocId(i) for i, h in listed.items() if (i, h) not in indexed]
        if redo:
            try:
                self.index.open()
            except Exception:  # missing or damaged: the sync rebuilds it anyway
                return set()
            again = [stored[i] for i in redo if i in stored]
            self.index.apply([again] if again else [], redo, len(again), state)
        return indexed

    def bulk_feed(self, n_docs: int, cancel: CancelToken | None
                  ) -> tuple[BulkFeed | None, int]:
        """A writer for an import of ``n_docs`` files (whoosh's multi-process one for a
        large import), with the store revision the index is at.

        None when the index cannot be brought up to date with the store first (then the
        sync after the import does all the indexing, as for a small import).
        """
        from whoosh.index import LockError

        self.sync(cancel=cancel)
        rev = self._lib.store.current_rev()
        try:
            feed = self.index.bulk_feed(n_docs)
        except LockError:  # another process is writing the index: sync afterwards
            return None, rev
        if not self.index.is_at(self._lib.library_id, rev):
            feed.cancel()  # another process changed the store meanwhile
            return None, rev
        return feed, rev

    def fed_state(self, rev: int) -> IndexState:
        """The state a bulk feed records when it commits documents up to ``rev``."""
        return self.index.state_at(self._lib.library_id, rev)

    def waiting(self) -> None:
        """Tell the user this process waits for another one writing the index."""
        self._lib.notify(WAITING_FOR_INDEX)

    def _locked(self, exc: Exception) -> IndexNotWritten:
        """The sentence for whoosh's write lock held by a process that is not Parallax's
        (or that did not let go in time)."""
        self._synced_rev = None
        traceback.clear_frames(exc.__traceback__)
        return IndexNotWritten(
            f"The search index in {self.index.folder} is locked by another program; "
            "everything is saved in the library and the index catches up the next time it "
            "can be written.")

    def failed(self, exc: OSError) -> IndexNotWritten:
        """The error for an index write that failed; the indexes are closed, to be reopened
        (or rebuilt) and caught up with the store by the next sync."""
        self._synced_rev = None
        # A writer that failed in its commit still holds the index lock; dropping the
        # frames that reference it releases the lock even while the error is kept.
        traceback.clear_frames(exc.__traceback__)
        self._close_quietly()
        return IndexNotWritten.from_os_error(exc, self.index.folder)

    def _close_quietly(self) -> None:
        self._synced_rev = None
        for index in (self.annotation_index, self.index):
            with suppress(Exception):
                index.close()

    # -- searching ---------------------------------------------------------------------

    def query(self, query: str, *, lang: str | None = None, limit: int = 10,
              exact_total: bool = False) -> SearchResults:
        """Ranked documents for a query, with snippets, and the best matching annotations.

        Document hits and ``total`` count documents only; above a thousand matches
        ``total`` is an estimate (``total_exact`` False) unless ``exact_total`` is asked.
        ``annotations`` holds up to ``limit`` annotations whose quote, note, tags or label
        match (``note:``, ``tag:`` and ``label:`` name those fields), ``annotation_total``
        how many match in all.
        """
        self.sync(wait=False)
        read_errors = _index_read_errors()
        load = self._lib.store.get_documents
        try:
            results = self.index.search(query, load, lang=lang, limit=limit,
                                        exact_total=exact_total)
            total, hits = self._annotation_hits(query, lang, limit)
        except (QueryError, ParallaxError):
            raise
        except read_errors:
            # Another process rebuilding the index, or a damaged one (it shows up on first
            # read): wait for the writer and catch up, else rebuild it once, and retry.
            self._close_quietly()
            try:
                self.sync()
                results = self.index.search(query, load, lang=lang, limit=limit,
                                            exact_total=exact_total)
            except read_errors:
                self.rebuild()
                try:
                    results = self.index.search(query, load, lang=lang, limit=limit,
                                                exact_total=exact_total)
                except (*read_errors, RecursionError) as exc:  # type: ignore[misc]  # the query
                    raise QueryError(QUERY_NOT_RUN) from exc
            total, hits = self._annotation_hits(query, lang, limit)
        except RecursionError as exc:
            raise QueryError(QUERY_NOT_RUN) from exc
        return replace(results, annotations=tuple(hits), annotation_total=total)

    def annotations(self, query: str, *, lang: str | None = None, limit: int | None = None
                    ) -> list[AnnotationHit]:
        """Annotations matching a query (all of them when ``limit`` is None), best first."""
        self.sync(wait=False)
        self.annotation_index.parse(query, lang)  # raises QueryError on a malformed query
        return self._annotation_hits(query, lang, limit)[1]

    def matching_annotation_ids(self, query: str, lang: str | None) -> set[AnnotationId]:
        """The ids of every annotation a query matches (for a filtered export)."""
        self.sync(wait=False)
        return self.annotation_index.matching_ids(query, lang)

    def similar_documents(self, text: str, lang: str, limit: int) -> list[DocId]:
        """Documents the index finds for a passage's names, figures and words."""
        self.sync(wait=False)
        return self.index.similar_documents(text, lang, limit)

    def _annotation_hits(
        self, query: str, lang: str | None, limit: int | None
    ) -> tuple[int, list[AnnotationHit]]:
        if self.annotation_index.searcher.doc_count() == 0:
            return 0, []  # no annotations: nothing to parse or search
        try:
            return self.annotation_index.search(query, self._load_annotations, lang=lang,
                                                limit=limit)
        except QueryError:  # e.g. only stop words for the annotation fields
            return 0, []

    def _load_annotations(
        self, ann_ids: Sequence[AnnotationId]
    ) -> dict[AnnotationId, tuple[Annotation, str, str]]:
        found = self._lib.annotations.by_ids(ann_ids)
        wanted = {annotation.doc_id for annotation in found}
        docs = ({s.id: s for s in self._lib.store.list_summaries(ids=wanted)}
                if found else {})
        loaded: dict[AnnotationId, tuple[Annotation, str, str]] = {}
        for annotation in found:
            summary = docs.get(annotation.doc_id)
            title, lang = (summary.title, summary.lang) if summary else ("", "und")
            loaded[annotation.id] = (annotation, title, lang)
        return loaded


def _index_read_errors() -> tuple[type[BaseException], ...]:
    """What reading a missing, half-written or damaged index raises."""
    import whoosh.index

    return (OSError, EOFError, ValueError, KeyError, IndexError, sqlite3.Error,
            whoosh.index.IndexError)
