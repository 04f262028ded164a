"""Where an index lives and how it is kept: the template both indexes follow.

An index is a folder holding whoosh's segments and a state file that records the store
(its library id and change counter) and the index format it was built from. The
:class:`WhooshIndex` template opens, creates, refreshes and closes it, picks its writer,
writes changed records and drops deleted ones, and syncs it with the store: caught up
incrementally, or rebuilt when it is missing, stale, of another format version or
unreadable. The document index and the annotation index each say only what their records
are (schema, fields) and how they are searched.
"""

from __future__ import annotations

import json
import mmap
import os
import shutil
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import whoosh.index
from whoosh import query
from whoosh.fields import Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile, StructFile
from whoosh.index import LockError
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.reading import EmptyReader, MultiReader, SegmentReader
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from ..locking import break_stale_writer, die_with_parent, record_owner
from ..tasks import CancelToken, Progress, check_cancelled, report
from .query import QueryReader

STATE_FILENAME = "parallax-index.json"
# Above this many changed records, indexing uses whoosh's multi-process writer.
BULK_THRESHOLD = 1000
BULK_PROCS = 2
WRITER_LIMIT_MB = 256
# The single writer runs in the window's process: whoosh sorts its in-memory postings
# with one list.sort() that holds the GIL, 100-250 ms for a few hundred articles. Small
# runs keep each sort short (the runs are merged in Python, which yields the GIL).
SMALL_WRITER_LIMIT_MB = 4
WRITER_TIMEOUT_S = 30.0

R = TypeVar("R")


@dataclass
class IndexState:
    """What the index directory records about the store it was built from."""

    format: int
    library_id: str
    rev: int

    def save(self, folder: Path) -> None:
        """Write the state file atomically."""
        tmp = folder / (STATE_FILENAME + ".tmp")
        tmp.write_text(json.dumps(self.__dict__), encoding="utf-8")
        os.replace(tmp, folder / STATE_FILENAME)

    @classmethod
    def load(cls, folder: Path) -> IndexState | None:
        """Read the state file, or None when it is missing or unreadable."""
        try:
            data = json.loads((folder / STATE_FILENAME).read_text(encoding="utf-8"))
            return cls(int(data["format"]), str(data["library_id"]), int(data["rev"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None


@dataclass(frozen=True)
class RecordSource(Generic[R]):
    """Where an index's records come from: the store's counts, changes and deletions."""

    count: Callable[[], int]
    count_since: Callable[[int], int]
    deleted_since: Callable[[int], Sequence[str]]
    since: Callable[[int], Iterable[Sequence[R]]]
    """The records changed after a store revision, in batches (all of them for -1)."""


class MappedFile(BufferFile):  # type: ignore[misc]
    """A whole index file memory-mapped and read in place.

    whoosh's own BufferFile copies what it is given into a BytesIO: every reader of a
    compound segment then held a private copy of the index (the RSS of a 30,000-article
    index was 500 MB). Mapped pages are the shared page cache instead.
    """

    def __init__(self, mapped: mmap.mmap, name: str) -> None:
        self._mmap = mapped
        self._buf = memoryview(mapped)
        self._name = name
        self.file = mapped
        self.onclose = None
        self.is_real = False
        self.is_closed = False

    def close(self) -> None:
        if self.is_closed:
            return
        self.is_closed = True
        self._buf.release()
        try:
            self._mmap.close()
        except BufferError:  # a slice is still referenced: the map goes with it
            pass


class MappedStorage(FileStorage):  # type: ignore[misc]
    """A FileStorage that maps every (uncompounded) segment file instead of copying it,
    and opens its index with the schema in the code.

    whoosh pickles the schema into the index's table of contents, naming the analysers'
    classes by module path, and by default reads it back from there: moving a module
    (``reader.core.index`` became ``reader.core.search``) would make every existing index
    unreadable, and so rebuilt. The format version in the state file says when the code's
    schema differs from the one on disk; then the index is rebuilt anyway.
    """

    def __init__(self, folder: Path, schema: Schema) -> None:
        super().__init__(str(folder))
        self.code_schema = schema

    def open_index(self, indexname: str = "MAIN", schema: Schema | None = None,
                   indexclass: Any = None) -> whoosh.index.Index:
        """The index, read with the code's schema (also in whoosh's writer processes)."""
        return super().open_index(indexname, schema or self.code_schema, indexclass)

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        if name.endswith(".seg") or kwargs:  # compound segments map themselves
            return super().open_file(name, **kwargs)
        with open(self._fpath(name), "rb") as handle:
            try:
                mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except (ValueError, OSError):  # empty file, or no mapping possible
                return super().open_file(name)
        return MappedFile(mapped, name)




class WhooshIndex(ABC, Generic[R]):
    """A whoosh index in one folder with a state file; subclasses give schema and records.

    The index and its searcher stay open between syncs and queries; after a write, or when
    another process changed the index, the searcher is refreshed, which reopens only the
    segments that changed.
    """

    format_version: int
    """Bumped when the schema or the analysis changes: an index of another is rebuilt."""
    indexing_label = "Indexing"
    """What progress says while records are written."""
    rebuild_above: int | None = None
    """Above this many changed records, when they are most of the index, it is rebuilt."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._ix: whoosh.index.Index | None = None
        self._searcher: Any = None
        self._queries = QueryReader(self.default_fields)

    # -- what a subclass says ------------------------------------------------------------

    @abstractmethod
    def schema(self) -> Schema:
        """The schema of a new index in this folder."""

    @abstractmethod
    def fields(self, record: R) -> dict[str, str]:
        """The whoosh fields of one record (``id`` names it)."""

    def default_fields(self, body_fields: Sequence[str]) -> list[str]:
        """The fields a word without a field name is looked for in."""
        return ["title", "body", *body_fields]

    # -- lifecycle -----------------------------------------------------------------------

    def state(self) -> IndexState | None:
        """The recorded state, if the folder holds an index."""
        return IndexState.load(self.folder)

    def open(self) -> None:
        """Open the existing index (raises on a missing or unreadable one).

        When it is already open, only bring the searcher up to date (cheap when nothing
        changed: one look at the table of contents).
        """
        if self._ix is not None:
            self._refresh()
            return
        ix = MappedStorage(self.folder, self.schema()).open_index()
        try:
            self._searcher = ix.searcher(weighting=BM25F())  # fails on damaged segments
        except BaseException:
            ix.close()
            raise
        self._ix = ix

    def create(self, library_id: str) -> None:
        """Replace whatever is in the folder with an empty index."""
        self.close()
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        schema = self.schema()
        self._ix = MappedStorage(self.folder, schema).create_index(schema)
        self.state_at(library_id, 0).save(self.folder)

    def close(self) -> None:
        """Release the searcher and the index."""
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._queries.forget()
        if self._ix is not None:
            self._ix.close()
        self._ix = None

    @property
    def ix(self) -> whoosh.index.Index:
        """The open whoosh index."""
        if self._ix is None:
            self.open()
        assert self._ix is not None
        return self._ix

    def doc_count(self) -> int:
        """Documents in the index (from the table of contents: no reader is opened)."""
        return sum(int(segment.doc_count()) for segment in self.ix._segments())

    def size_bytes(self) -> int:
        """Bytes on disk."""
        return sum(f.stat().st_size for f in self.folder.glob("*") if f.is_file())

    # -- writing -------------------------------------------------------------------------

    def writer(self, n_docs: int) -> IndexWriter:
        """A single writer for small updates, whoosh's multi-process one for bulk work.

        Segments are written uncompounded so that readers can map their files. The
        multi-process writer's children die with this process (see :mod:`reader.core.locking`); a
        lock still held by the orphans of a dead owner is broken once, then retried.
        """
        try:
            writer = self._new_writer(n_docs, 0.0)
        except LockError:  # held: by a dead owner's orphans (ended here), or wait for it
            break_stale_writer(self.folder)
            writer = self._new_writer(n_docs, WRITER_TIMEOUT_S)
        record_owner(self.folder)
        return writer

    def _new_writer(self, n_docs: int, timeout: float) -> IndexWriter:
        if n_docs >= BULK_THRESHOLD:
            return _OrphanProofMpWriter(
                self.ix, procs=BULK_PROCS, multisegment=True, limitmb=WRITER_LIMIT_MB,
                timeout=timeout, compound=False,
            )
        return self.ix.writer(limitmb=SMALL_WRITER_LIMIT_MB, timeout=timeout,
                              compound=False)

    def record_state(self, state: IndexState) -> None:
        """Note that the index is up to date with ``state`` when nothing needed indexing."""
        state.save(self.folder)

    def add_records(self, writer: IndexWriter, records: Iterable[R], *, new: bool) -> None:
        """Index records: ``new`` ones are known to be absent, others replace their entry."""
        for record in records:
            fields = self.fields(record)
            if new:
                writer.add_document(**fields)
            else:
                writer.update_document(**fields)
            time.sleep(0)  # hand the GIL over now: a window's event loop may be waiting for it

    def apply(
        self,
        changed: Iterable[Sequence[R]],
        deleted: Sequence[str],
        n_changed: int,
        state: IndexState,
        *,
        fresh: bool = False,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        """Index changed records and drop deleted ones, then record ``state``."""
        writer = self.writer(n_changed)
        done = 0
        try:
            for record_id in deleted:
                writer.delete_by_term("id", record_id)
            for batch in changed:
                self.add_records(writer, batch, new=fresh)
                done += len(batch)
                report(progress, done, n_changed, self.indexing_label)
                check_cancelled(cancel)
        except BaseException:
            cancel_writer(writer)
            raise
        report(progress, done, n_changed, "Saving the index")
        self.commit(writer, state)

    def commit(self, writer: IndexWriter, state: IndexState | None) -> None:
        """Write a writer's segments, record ``state`` (None: the caller records it
        later) and refresh the searcher."""
        writer.commit()
        if state is not None:
            state.save(self.folder)
        self._refresh()

    def state_at(self, library_id: str, rev: int) -> IndexState:
        """The state of this index built from store revision ``rev``."""
        return IndexState(self.format_version, library_id, rev)

    def is_at(self, library_id: str, rev: int) -> bool:
        """Whether the index records exactly this library, revision and format."""
        return self.state() == self.state_at(library_id, rev)

    # -- keeping up with the store -------------------------------------------------------

    def sync(
        self,
        records: RecordSource[R],
        library_id: str,
        store_rev: int,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
        *,
        closing: Sequence[WhooshIndex[Any]] = (),
        afresh: bool = False,
    ) -> None:
        """Catch up with the store's changes since the recorded revision, or rebuild the
        index (always with ``afresh``) when it is missing, unreadable, of another format,
        library or a later revision, when its count is off, or when most records changed.

        ``closing``: indexes whose folders live inside this one, closed before a rebuild.
        """

        def rebuild() -> None:
            for inner in closing:
                inner.close()
            self.create(library_id)
            total = records.count()
            report(progress, 0, total, self.indexing_label)
            self.apply(records.since(-1), [], total, self.state_at(library_id, store_rev),
                       fresh=True, progress=progress, cancel=cancel)

        state = None if afresh else self.state()
        if (
            state is None
            or state.format != self.format_version
            or state.library_id != library_id
            or state.rev > store_rev
        ):
            rebuild()
            return
        try:
            self.open()
        except Exception:  # missing or damaged files: the index is only a cache
            rebuild()
            return
        if state.rev < store_rev:
            fresh_state = self.state_at(library_id, store_rev)
            n_changed = records.count_since(state.rev)
            deleted = records.deleted_since(state.rev)
            if self.rebuild_above is not None and n_changed > self.rebuild_above \
                    and 2 * n_changed > records.count():
                # Most records changed (a bulk import): writing afresh beats updating each.
                rebuild()
                return
            if n_changed or deleted:
                self.apply(records.since(state.rev), deleted, n_changed, fresh_state,
                           progress=progress, cancel=cancel)
            else:  # nothing of this index changed: no writer needed
                self.record_state(fresh_state)
        if self.doc_count() != records.count():
            rebuild()

    # -- reading -------------------------------------------------------------------------

    def _refresh(self) -> None:
        """Bring the searcher to the latest generation, reopening only changed segments.

        Not whoosh's ``Searcher.refresh()``: it keeps the readers of segments that were
        merged away and the deletions a reused segment had when it was opened.
        """
        if self._searcher is None or self._searcher.up_to_date():
            return
        ix = self.ix
        toc = ix._read_toc()
        reusable = {}
        for leaf, _ in self._searcher.reader().leaf_readers():
            segment = leaf.segment()
            if segment is not None:
                reusable[segment.segment_id()] = leaf
        readers = []
        for segment in toc.segments:
            old = reusable.get(segment.segment_id())
            if old is not None and set(old.segment().deleted_docs()) == set(
                segment.deleted_docs()
            ):
                del reusable[segment.segment_id()]
                readers.append(old)
            else:
                readers.append(SegmentReader(ix.storage, toc.schema, segment,
                                             generation=toc.generation))
        for leaf in reusable.values():
            leaf.close()
        reader: Any
        if not readers:
            reader = EmptyReader(toc.schema)
        elif len(readers) == 1:
            reader = readers[0]
            reader._gen = toc.generation
        else:
            reader = MultiReader(readers, generation=toc.generation)
        self._searcher = Searcher(reader, weighting=BM25F(), fromindex=ix)

    @property
    def searcher(self) -> Any:
        """A searcher, kept open between queries and refreshed after writes."""
        if self._searcher is None:
            self._searcher = self.ix.searcher(weighting=BM25F())
        return self._searcher

    def parse(self, text: str, lang: str | None = None, *, bounded: bool = False) -> query.Query:
        """Parse the query language into a whoosh query for this index, or raise QueryError.

        ``bounded``: prefix, wildcard and fuzzy terms expand to their first words only.
        """
        return self._queries.parse(text, self.searcher, lang, bounded=bounded)


class _OrphanProofTask(SubWriterTask):  # type: ignore[misc]
    """whoosh's writer child process, killed by the kernel when its parent dies."""

    def run(self) -> None:
        die_with_parent()
        super().run()


class _OrphanProofMpWriter(MpWriter):  # type: ignore[misc]
    """whoosh's multi-process writer with children that never outlive it.

    Each child's id is recorded beside the lock, so that children left by an owner that
    died anyway (started by an older Parallax, say) can be told apart and ended.
    """

    def _new_task(self) -> Any:
        task = _OrphanProofTask(
            self.storage, self.indexname, self.jobqueue, self.resultqueue,
            self.subargs, self.multisegment,
        )
        self.tasks.append(task)
        task.start()
        record_owner(Path(self.storage.folder), [t.pid for t in self.tasks if t.pid])
        return task


def cancel_writer(writer: IndexWriter) -> None:
    """Discard a writer's work and unlock the index.

    whoosh's multi-process writer only flags its sub-writer processes as cancelled in the
    parent, so they would wait for work forever: end them first.
    """
    for task in getattr(writer, "tasks", ()):
        if hasattr(task, "terminate"):
            task.terminate()
            task.join()
    writer.cancel()


