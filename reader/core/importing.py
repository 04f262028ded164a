"""``library.imports``: the import pipeline, from files, a web address, texts inside a
project, kept originals (``reextract``), REFI-QDA projects and W3C annotation files.

Files are read in batches of :data:`IMPORT_BATCH`: each file is read (bounded), parsed by
its format and language-tagged; a batch is stored in one transaction that re-anchors the
highlights of changed documents. A large import feeds whoosh while the next batch is read.
"""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from . import dates, reading
from .annotations import ReanchorSummary
from .dates import now_iso
from .errors import Cancelled, ImportRefused, IndexNotWritten, InvalidValue, StoreError
from .models import DocId, Document, Paragraph
from .store import Store
from .tasks import CancelToken, Progress, check_cancelled, report, scaled
from .text import content_hash

if TYPE_CHECKING:
    from . import formats
    from .annotation_io import ImportAnnotationsReport
    from .library import Library
    from .qdpx_import import QdpxImportReport
    from .search.index import BulkFeed

IMPORT_BATCH = 200
# A bulk import commits the index after about this many documents (see Importer.paths).
CHECKPOINT_DOCS = 400
# Imports of this many files or more index what they read before storing it (see
# Importer._import_files); a single file is stored, then indexed.
FEED_THRESHOLD = 2
WAITING_FOR_IMPORT = "Waiting for another import into this library to finish…"

ImportStatus = Literal["new", "updated", "unchanged", "failed"]

@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one file of an import."""

    path: str
    status: ImportStatus
    doc_id: DocId | None = None
    message: str = ""


@dataclass
class ImportReport:
    """The outcome of every file of an import, in order."""

    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False
    # The sentence when the documents were stored but the index could not be written.
    index_error: str = ""

    def with_status(self, status: ImportStatus) -> list[ImportOutcome]:
        """Outcomes with one status."""
        return [o for o in self.outcomes if o.status == status]

    @property
    def failed(self) -> list[ImportOutcome]:
        """Files that could not be imported."""
        return self.with_status("failed")

    @property
    def ok(self) -> bool:
        """True when no file failed, the index was written and nothing was cancelled."""
        return not self.failed and not self.cancelled and not self.index_error

    def summary(self) -> str:
        """One line: counts by status."""
        counts = {s: len(self.with_status(s)) for s in ("new", "updated", "unchanged", "failed")}
        text = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "nothing to import"
        return f"Imported: {text}" + (" (cancelled)" if self.cancelled else "") + "."


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[ImportOutcome]]:
    """Supported files under the given files and folders (recursively), and refusals."""
    from . import formats


    files: list[Path] = []
    refused: list[ImportOutcome] = []

    def refuse(path: Path, exc: ImportRefused) -> None:
        refused.append(ImportOutcome(str(path), "failed", message=str(exc)))

    for path in paths:
        try:
            info = os.stat(path)
        except OSError as exc:  # gone, a symlink loop, no permission
            refuse(path, reading.unreachable(path, exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    candidate = Path(root) / name
                    if name.startswith(".") or candidate.suffix.lower() not in formats.SUFFIXES:
                        continue
                    try:  # a FIFO, device or socket named *.txt, a dangling link, a loop
                        reading.check_regular(candidate)
                    except ImportRefused as exc:
                        refuse(candidate, exc)
                        continue
                    files.append(candidate)
        elif stat.S_ISREG(info.st_mode):
            files.append(path)
        else:
            refuse(path, reading.not_regular(path, info.st_mode))
    return files, refused



@dataclass(frozen=True)
class _Prepared:
    label: str  # the file or address, as the import report names it
    source: str
    fmt: str
    article: formats.ParsedArticle
    digest: str
    original: bytes = b""  # the file's bytes, kept in the store with the document
    name: str = ""  # the original's file name

@dataclass
class _Built:
    """A batch read for import: its outcomes so far, the documents to store (not stored
    yet) with what each replaces, and files repeating one of them (label, document id)."""

    outcomes: list[ImportOutcome]
    todo: list[tuple[_Prepared, Document | None]]
    documents: list[Document]
    repeated: list[tuple[str, DocId]]
    reported: bool = False  # its outcomes are in the report already


class Importer:
    """Everything that brings documents (and highlights) into one library
    (``library.imports``)."""

    def __init__(self, library: Library) -> None:
        self._lib = library

    def paths(
        self,
        paths: Iterable[Path | str],
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Import files and folders; bad files are reported while the rest import.

        Files are read in batches and fed to an index writer (whoosh's multi-process one
        for a large import, so that indexing runs while the next files are read); every
        CHECKPOINT_DOCS documents, and at the end, the index is committed and then the
        documents are stored (see :mod:`.search.ahead`), so a store never holds much the
        index lacks. A cancelled import, or one that fails, stores what it read (the next
        sync indexes it).
        """
        files, refused = collect_files(Path(p).expanduser() for p in paths)
        report_ = ImportReport(outcomes=list(refused))

        def waiting() -> None:
            self._lib.notify(WAITING_FOR_IMPORT)
            report(progress, 0, 0, WAITING_FOR_IMPORT)

        # Imports into one library take turns: racing ones rebuilt the index folder under
        # each other's writers.
        try:
            with self._lib.write_lock.hold(on_wait=waiting, cancel=cancel):
                self._import_files(files, report_, progress, cancel)
        except Cancelled:
            report_.cancelled = True
        except IndexNotWritten as exc:  # the documents are stored: say what happened
            report_.index_error = str(exc)
            exc.report = report_
            raise
        except StoreError as exc:  # e.g. a full disk: the batches before it are stored
            exc.report = report_
            raise
        return report_

    def _import_files(self, files: list[Path], report_: ImportReport,
                      progress: Progress | None, cancel: CancelToken | None) -> None:
        reading = scaled(progress, 0.0, 0.75)
        seen_hashes: dict[str, DocId] = {}
        feed: BulkFeed | None = None
        fed_rev = 0
        # A large import indexes each checkpoint's documents before it stores them (see
        # search/ahead.py): killed at any moment, it leaves no stored document unindexed
        # beyond the few of a checkpoint being committed.
        unstored: list[_Built] = []
        try:
            if len(files) >= FEED_THRESHOLD:
                feed, fed_rev = self._lib.search.bulk_feed(len(files), cancel)
            for first in range(0, len(files), IMPORT_BATCH):
                check_cancelled(cancel)
                batch = files[first : first + IMPORT_BATCH]
                if feed is None:
                    outcomes, _, _ = self._import_batch(batch, seen_hashes)
                    report_.outcomes.extend(outcomes)
                else:
                    built = self._read_batch(batch, seen_hashes)
                    report_.outcomes.extend(built.outcomes)
                    built.reported = True
                    unstored.append(built)
                    try:
                        for new in (True, False):
                            feed.add([doc for doc, (_, old) in zip(built.documents, built.todo,
                                                                   strict=True)
                                      if (old is None) == new], new=new)
                    except OSError as exc:  # what is read is stored below, indexed later
                        raise self._lib.search.failed(exc) from exc  # the feed is cancelled below
                    if feed.fed >= CHECKPOINT_DOCS and \
                            len(files) - first - len(batch) >= CHECKPOINT_DOCS:
                        # A checkpoint bounds what a killed import loses (read, not stored).
                        fed_rev = self._checkpoint(feed, fed_rev, unstored, report_)
                        feed = None
                        feed, fed_rev = self._lib.search.bulk_feed(len(files), cancel)
                report(reading, first + len(batch), len(files), "Reading files")
        except Cancelled:
            report_.cancelled = True
        except BaseException:
            self._abandon(feed, unstored, report_)
            raise
        if feed is not None:
            try:
                if feed.fed:  # also when cancelled: what was read is kept
                    report(scaled(progress, 0.75, 0.25), 0, 1, "Saving the index")
                    self._checkpoint(feed, fed_rev, unstored, report_)
                else:
                    feed.cancel()
            except BaseException:
                self._abandon(feed, unstored, report_)
                raise
        try:
            self._lib.search.sync(scaled(progress, 0.75, 0.25), cancel)
        except Cancelled:
            report_.cancelled = True

    def _checkpoint(self, feed: BulkFeed, fed_rev: int, unstored: list[_Built],
                    report_: ImportReport) -> int:
        """Commit what was fed to the index, then store it (emptying ``unstored``); the
        store revision the index is now at (``fed_rev`` when another process changed the
        store meanwhile)."""
        from .search import ahead as index_ahead

        folder = self._lib.search.index.folder
        index_ahead.add(folder, [(doc.id, doc.content_hash) for built in unstored
                                 for doc in built.documents])
        try:
            feed.commit(None)
        except OSError as exc:
            raise self._lib.search.failed(exc) from exc  # the caller stores what was read
        self._lib.search.forget_sync()  # the index is ahead of its state: the next sync looks
        outcomes, _, rev = self._store_built(unstored)
        unstored.clear()
        report_.outcomes.extend(outcomes)
        if rev == fed_rev + 1:  # no other process wrote in between: the index is at rev
            self._lib.search.index.record_state(self._lib.search.fed_state(rev))
            index_ahead.clear(folder)
            return rev
        return fed_rev  # the next sync catches up with the others (skipping these)

    def _abandon(self, feed: BulkFeed | None, unstored: list[_Built],
                 report_: ImportReport) -> None:
        """After an error: discard the feed, store what was read (the next sync indexes
        it) as far as the store can be written."""
        from .search import ahead as index_ahead

        self._lib.search.forget_sync()
        if feed is not None:
            with suppress(Exception):  # a writer that failed (or committed) may not cancel
                feed.cancel()
        if unstored:
            with suppress(Exception):
                # Not in the index after all (its commit failed or never ran).
                index_ahead.discard(self._lib.search.index.folder,
                                    [doc.id for built in unstored for doc in built.documents])
            with suppress(Exception):
                outcomes, _, _ = self._store_built(unstored)
                unstored.clear()
                report_.outcomes.extend(outcomes)

    def url(self, url: str, *, timeout: float | None = None) -> ImportReport:
        """Fetch one page (or PDF...) the user asked for and import it; the fetched bytes are
        kept as the original. A network error or a refused page is a failed outcome with
        one sentence, as a bad file is."""
        from . import fetch  # urllib: only when a page is fetched

        report_ = ImportReport()
        try:
            fetched = fetch.fetch(url, timeout=fetch.TIMEOUT_S if timeout is None else timeout)
            prepared = self._prepare_bytes(url.strip(), fetched.url, fetched.format,
                                           fetched.data, fetched.name, url=fetched.url)
        except ImportRefused as exc:
            report_.outcomes.append(ImportOutcome(url.strip(), "failed", message=str(exc)))
            return report_
        except (ValueError, RecursionError) as exc:  # a parser choking on odd input
            report_.outcomes.append(ImportOutcome(
                url.strip(), "failed", message=f"The page at {url.strip()} could not be "
                f"parsed: {exc}."))
            return report_
        existing = self._lib.store.find_ids(source=prepared.source)
        old = self._lib.store.get_document(existing[0]) if existing else None
        if old is not None and old.content_hash == prepared.digest:
            report_.outcomes.append(ImportOutcome(prepared.label, "unchanged", old.id,
                                                  "already imported"))
            return report_
        if old is None:
            duplicate = next(iter(self._lib.store.find_ids(content_hash=prepared.digest)), None)
            if duplicate is not None:
                report_.outcomes.append(ImportOutcome(prepared.label, "unchanged", duplicate,
                                                      f"same text as document {duplicate}"))
                return report_
        outcomes, _, _ = self._write_prepared([(prepared, old)], {})
        report_.outcomes.extend(outcomes)
        self._lib.search.sync()
        return report_

    def reextract(
        self,
        doc_ids: Sequence[DocId] | None = None,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Extract documents again from their kept originals (all documents by default),
        re-anchoring their highlights as a re-import does; a document whose original was
        not kept (imported by an older version) is reported, not changed."""
        ids = list(doc_ids) if doc_ids is not None else [
            s.id for s in self._lib.store.list_summaries()]
        report_ = ImportReport()
        try:
            for number, doc_id in enumerate(ids):
                check_cancelled(cancel)
                report(progress, number, len(ids), "Extracting again")
                doc = self._lib.documents.get(doc_id)
                original = self._lib.store.original_of(doc_id)
                if original is None:
                    report_.outcomes.append(ImportOutcome(
                        doc.source, "failed", doc_id,
                        f"'{doc.title}' has no kept original (it was imported before "
                        "originals were kept): import its file again instead."))
                    continue
                name, data = original
                url = doc.metadata.get("url") if doc.format == "html" else None
                try:
                    prepared = self._prepare_bytes(doc.source, doc.source, doc.format, data,
                                                   name, url=url)
                except ImportRefused as exc:
                    report_.outcomes.append(ImportOutcome(doc.source, "failed", doc_id,
                                                          str(exc)))
                    continue
                if prepared.digest == doc.content_hash and prepared.article.metadata == dict(
                        doc.metadata):
                    report_.outcomes.append(ImportOutcome(doc.source, "unchanged", doc_id,
                                                          "same text as before"))
                    continue
                outcomes, _, _ = self._write_prepared([(prepared, doc)], {})
                report_.outcomes.extend(outcomes)
        except Cancelled:
            report_.cancelled = True
        self._lib.search.sync()
        return report_

    def _prepare(self, path: Path) -> _Prepared:
        from . import formats

        fmt, _ = formats.parser_for(path)
        # Regular files only, the size checked before reading, the read capped.
        data = reading.read_bounded(path, reading.limit_for(fmt))
        return self._prepare_bytes(str(path), str(path.resolve()), fmt, data, path.name)

    def _prepare_bytes(self, label: str, source: str, fmt: str, data: bytes, name: str,
                       url: str | None = None) -> _Prepared:
        """Parse an original; its bytes go into the store with the document."""
        from . import formats

        if fmt == "html":
            article = formats.webpage.parse_webpage(data, name, url=url)
        else:
            article = formats.parse_format(fmt, data, name)
        if not article.model.text.strip():
            raise ImportRefused(f"{name} has no article text.")
        metadata, notes = dates.normalise_metadata(article.metadata)  # no '2023-13-45'
        article = replace(article, metadata=metadata, notes=(*article.notes, *notes))
        return _Prepared(label, source, fmt, article, content_hash(article.model.text),
                         data, name)

    def texts(self, items: Sequence[tuple[str, str, str]]) -> ImportReport:
        """Import texts read from inside another file (the sources of a ``.qdpx`` project).

        Each item is (source, title, raw text); the source names where the text came from
        (``<project file>/<source name>``) as a file path does for :meth:`paths`, so
        importing the same text again leaves it unchanged and a changed text updates the
        document (its highlights re-anchored). Texts are normalised as plain text files are.
        """
        from . import formats
        from .text import build_text_model, normalise

        outcomes: list[ImportOutcome] = []
        prepared: list[Path | _Prepared] = []
        for source, title, raw in items:
            text = normalise(raw)
            if not text.strip():
                outcomes.append(ImportOutcome(source, "failed",
                                              message=f"{title or source} has no text."))
                continue
            article = formats.ParsedArticle(model=build_text_model(text, title=title or None))
            prepared.append(_Prepared(source, source, "txt", article, content_hash(text)))
        seen_hashes: dict[str, DocId] = {}
        for first in range(0, len(prepared), IMPORT_BATCH):
            done, _written, _rev = self._import_batch(prepared[first:first + IMPORT_BATCH],
                                                      seen_hashes)
            outcomes.extend(done)
        self._lib.search.sync()
        return ImportReport(outcomes=outcomes)

    def _import_batch(
        self, paths: Sequence[Path | _Prepared], seen_hashes: dict[str, DocId]
    ) -> tuple[list[ImportOutcome], list[tuple[Document, bool]], int]:
        """Outcomes, the documents written (and whether each is new), and their revision.

        An item may come already prepared (a text read from inside another file)."""
        return self._store_built([self._read_batch(paths, seen_hashes)])

    def _read_batch(self, paths: Sequence[Path | _Prepared], seen_hashes: dict[str, DocId]
                    ) -> _Built:
        """Read, parse and tag a batch: the documents to store, not stored yet."""
        outcomes: list[ImportOutcome] = []
        todo: list[tuple[_Prepared, Document | None]] = []
        pending: set[str] = set()  # digests of the new documents of this batch
        repeats: list[tuple[str, str]] = []  # files repeating one of them
        for item in paths:
            label = item.label if isinstance(item, _Prepared) else str(item)
            name = Path(label).name
            try:
                prepared = item if isinstance(item, _Prepared) else self._prepare(item)
            except ImportRefused as exc:
                outcomes.append(ImportOutcome(label, "failed", message=str(exc)))
                continue
            except (ValueError, RecursionError) as exc:  # a parser choking on odd input
                outcomes.append(ImportOutcome(
                    label, "failed", message=f"{name} could not be parsed: {exc}."))
                continue
            existing = self._lib.store.find_ids(source=prepared.source)
            old = self._lib.store.get_document(existing[0]) if existing else None
            if old is not None and old.content_hash == prepared.digest:
                if prepared.original and self._lib.store.original_of(old.id) is None:
                    self._lib.store.set_original(old.id, prepared.original, prepared.name)
                outcomes.append(ImportOutcome(label, "unchanged", old.id, "already imported"))
                continue
            if old is None:
                if prepared.digest in pending:  # the same text earlier in this batch
                    repeats.append((prepared.label, prepared.digest))
                    continue
                duplicate = seen_hashes.get(prepared.digest) or next(
                    iter(self._lib.store.find_ids(content_hash=prepared.digest)), None)
                if duplicate is not None:
                    self._adopt_moved_source(duplicate, prepared.source)
                    outcomes.append(ImportOutcome(label, "unchanged", duplicate,
                                                  f"same text as document {duplicate}"))
                    continue
            todo.append((prepared, old))
            if old is None:
                pending.add(prepared.digest)
            else:
                seen_hashes[prepared.digest] = old.id
        documents = self._build_documents(todo, seen_hashes) if todo else []
        repeated = [(label, seen_hashes[digest]) for label, digest in repeats]
        return _Built(outcomes, todo, documents, repeated)

    def _store_built(self, batches: Sequence[_Built]
                     ) -> tuple[list[ImportOutcome], list[tuple[Document, bool]], int]:
        """Store read batches in one transaction: outcomes (those of :meth:`_read_batch`
        first when not reported yet), the documents written and whether each is new, and
        their revision (0 when nothing was written)."""
        todo = [item for built in batches for item in built.todo]
        documents = [doc for built in batches for doc in built.documents]
        outcomes: list[ImportOutcome] = []
        for built in batches:
            if not built.reported:
                outcomes.extend(built.outcomes)
        written: list[tuple[Document, bool]] = []
        rev = 0
        if todo:
            stored, written, rev = self._store_documents(todo, documents)
            outcomes.extend(stored)
        for built in batches:
            outcomes.extend(ImportOutcome(label, "unchanged", duplicate,
                                          f"same text as document {duplicate}")
                            for label, duplicate in built.repeated)
        return outcomes, written, rev

    def _write_prepared(
        self, todo: Sequence[tuple[_Prepared, Document | None]], seen_hashes: dict[str, DocId]
    ) -> tuple[list[ImportOutcome], list[tuple[Document, bool]], int]:
        """Tag, store and re-anchor prepared documents (new ones, or updates of ``old``)."""
        return self._store_documents(todo, self._build_documents(todo, seen_hashes))

    def _build_documents(
        self, todo: Sequence[tuple[_Prepared, Document | None]], seen_hashes: dict[str, DocId]
    ) -> list[Document]:
        """Tag prepared documents and give each its id (new ones, or updates of ``old``)."""
        from . import langid

        tags = langid.tag_documents([
            (
                p.article.model.text,
                [(b.start, b.end) for b in p.article.model.blocks],
                [not b.boilerplate for b in p.article.model.blocks],
            )
            for p, _ in todo
        ])
        stamp = now_iso()
        documents: list[Document] = []
        for (prepared, old), (doc_tag, para_tags) in zip(todo, tags, strict=True):
            doc_id = old.id if old else self._new_id(prepared.digest)
            seen_hashes[prepared.digest] = doc_id
            model = prepared.article.model
            documents.append(Document(
                id=doc_id, source=prepared.source, title=model.title, text=model.text,
                content_hash=prepared.digest, format=prepared.fmt, lang=doc_tag.code,
                lang_confidence=doc_tag.confidence,
                paragraphs=tuple(
                    Paragraph(b.start, b.end, t.code, t.confidence, b.kind, b.boilerplate,
                              b.page)
                    for b, t in zip(model.blocks, para_tags, strict=True)
                ),
                display_html=prepared.article.display_html,
                metadata=prepared.article.metadata,
                imported_at=old.imported_at if old else stamp, modified_at=stamp,
            ))
        return documents

    def _store_documents(
        self, todo: Sequence[tuple[_Prepared, Document | None]], documents: list[Document]
    ) -> tuple[list[ImportOutcome], list[tuple[Document, bool]], int]:
        """Store built documents and re-anchor the highlights of the updated ones."""
        outcomes: list[ImportOutcome] = []
        changed = [(old, doc) for (_, old), doc in zip(todo, documents, strict=True)
                   if old is not None]
        # The document rows and the re-anchored annotations commit together or not at all.
        with self._lib.store.transaction() as db:
            rev = Store.next_rev(db)
            Store.write_documents(db, documents, rev)
            Store.link_originals(db, [(doc.id, prepared.original, prepared.name)
                                      for (prepared, _), doc in zip(todo, documents, strict=True)
                                      if prepared.original])
            summaries = self._lib.annotations.reanchor_documents(db, changed, rev)
        for (prepared, old), doc in zip(todo, documents, strict=True):
            summary = summaries.get(doc.id, ReanchorSummary())
            message = "; ".join(filter(None, [*prepared.article.notes, summary.describe()]))
            outcomes.append(ImportOutcome(prepared.label, "updated" if old else "new",
                                          doc.id, message))
        written = [(doc, old is None) for (_, old), doc in zip(todo, documents, strict=True)]
        return outcomes, written, rev

    def _new_id(self, digest: str) -> DocId:
        candidate = DocId(digest[:16])
        if self._lib.store.get_document(candidate) is None:
            return candidate
        return DocId(uuid.uuid4().hex[:16])

    def _adopt_moved_source(self, doc_id: DocId, source: str) -> None:
        doc = self._lib.store.get_document(doc_id)
        if doc is not None and doc.source != source and not Path(doc.source).exists():
            self._lib.store.set_source(doc_id, source)


    def qdpx(self, path: Path) -> QdpxImportReport:
        """Import a REFI-QDA project (``.qdpx``, or a ``.qde`` beside its sources): its texts
        as documents, its codings as highlights; importing it again changes nothing."""
        from .qdpx_import import import_qdpx

        return import_qdpx(self._lib, path)

    def annotations(self, text: str) -> ImportAnnotationsReport:
        """Import W3C JSON-LD annotations (a Parallax export) as one undoable operation."""
        from . import annotation_io

        try:
            return annotation_io.import_jsonld(self._lib.annotations, self._lib.store, text)
        except RecursionError as exc:  # nested thousands deep: parsed before any write
            raise InvalidValue("The file nests its JSON too deeply to be an annotation "
                               "export; nothing was imported.") from exc

