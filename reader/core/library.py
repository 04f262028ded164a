"""The Library facade: the one object the window and the command line call."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import traceback
import uuid
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import platformdirs

from . import backup as store_backup
from . import dates, reading
from .annotations import AnnotationService, Change, ReanchorSummary
from .errors import (
    Ambiguous,
    Cancelled,
    Conflict,
    ImportRefused,
    IndexNotWritten,
    InvalidValue,
    NotFound,
    ParallaxError,
    QueryError,
    StoreDamaged,
    StoreError,
)
from .locking import LOCK_FILENAME, LibraryLock
from .models import (
    Annotation,
    AnnotationHit,
    AnnotationId,
    DocId,
    Document,
    DocumentSummary,
    Paragraph,
    SearchResults,
)
from .store import STORE_FILENAME, Store
from .tasks import CancelToken, Progress, check_cancelled, report, scaled

if TYPE_CHECKING:  # the heavy modules load on first use: `parallax list` needs none of them
    from . import compare, formats
    from .align import Alignment, RelatedPassage
    from .annotation_io import ImportAnnotationsReport
    from .export import ExportBundle, ExportOptions, ExportOutput
    from .qdpx_import import QdpxImportReport
    from .search.annotation_index import AnnotationIndex
    from .search.index import BulkFeed, DocumentIndex

APP_NAME = "parallax"
ENV_DATA_DIR = "PARALLAX_DATA_DIR"
INDEX_DIRNAME = "index"
IMPORT_BATCH = 200
# A bulk import commits the index after about this many documents (see import_paths).
CHECKPOINT_DOCS = 400
WAITING_FOR_IMPORT = "Waiting for another import into this library to finish…"
WAITING_FOR_INDEX = "Waiting for another Parallax process to finish writing the search index…"

ImportStatus = Literal["new", "updated", "unchanged", "failed"]


def default_data_dir() -> Path:
    """``$PARALLAX_DATA_DIR``, else the XDG user data directory for Parallax."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def seeds_dir() -> Path:
    """The bundled articles: inside the installed package, or the checkout's seeds/."""
    try:
        packaged = Path(str(resources.files("reader").joinpath("seeds")))
        if packaged.is_dir() and any(packaged.glob("*.txt")):
            return packaged
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "seeds"


def now_iso() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def content_hash(text: str) -> str:
    """SHA-256 of the display text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
class IndexReport:
    """What a rebuilt index holds, and where."""

    documents: int
    annotations: int
    folder: Path


@dataclass(frozen=True)
class RestoreReport:
    """A restore: the backup, where the replaced store was kept, what the library holds."""

    backup: Path
    previous: Path | None
    documents: int
    annotations: int


def restore_library(data_dir: Path, backup: Path, *, rebuild_index: bool = True
                    ) -> RestoreReport:
    """Replace a library's store with a checked backup without opening the current store.

    For a store that cannot be opened (damaged or missing) and for the command line; an
    open window restores through :meth:`Library.restore`. The replaced store is kept as a
    ``before-restore`` backup. ``rebuild_index=False`` leaves the index to be built on the
    first search (the window does it in the background).
    """
    saved = store_backup.restore(data_dir, backup, index_dir=data_dir / INDEX_DIRNAME)
    with Library(data_dir, seed_if_empty=False, auto_backup=False) as restored:
        if rebuild_index:
            restored.rebuild_index()
        return RestoreReport(backup, saved, restored.count_documents(),
                             restored.annotations.count())


@dataclass(frozen=True)
class MaintenanceReport:
    """What opening a library did besides opening it (see :meth:`Library.run_maintenance`)."""

    backup: Path | None  # today's automatic backup, when one was made
    seeded: ImportReport | None  # the bundled articles a new library received
    warnings: tuple[str, ...] = ()  # sentences to show once (e.g. the backup failed)


@dataclass(frozen=True)
class _Prepared:
    label: str  # the file or address, as the import report names it
    source: str
    fmt: str
    article: formats.ParsedArticle
    digest: str
    original: bytes = b""  # the file's bytes, kept in the store with the document
    name: str = ""  # the original's file name


class Library:
    """A user's library: the SQLite store (truth) and the search indexes (derived).

    Opening one checks the store (see :mod:`backup`): a damaged file raises StoreDamaged,
    one sentence naming the newest good backup; a healthy one is backed up once a day. A
    missing or empty store next to backups (or an index) of a library raises StoreMissing
    unless ``new_library`` says to start a new one on purpose.

    ``defer_maintenance`` makes opening cheap: the integrity check, the daily backup and
    the first seeding are left to :meth:`run_maintenance` (the window runs it on its worker
    once it shows); ``pending_maintenance`` names what is due.
    """

    def __init__(
        self,
        data_dir: Path | None = None,
        *,
        seed_if_empty: bool = True,
        auto_backup: bool | None = None,
        new_library: bool = False,
        defer_maintenance: bool = False,
    ) -> None:
        self.data_dir = (data_dir or default_data_dir()).expanduser()
        store_path = self.data_dir / STORE_FILENAME
        if not new_library:  # a missing store next to backups is never a new library
            missing = store_backup.missing_store_error(
                self.data_dir, store_path, self.data_dir / INDEX_DIRNAME)
            if missing is not None:
                raise missing
        store_backup.remove_leftovers(self.data_dir)  # of a killed restore or backup
        try:
            self.store = Store(store_path)
        except StoreDamaged as exc:
            raise store_backup.damage_error(self.data_dir, store_path, _detail(exc)) from exc
        # Sentences to show once (status bar, stderr): e.g. the daily backup failed.
        self.warnings: list[str] = []
        self._auto_backup = (store_backup.auto_backup_enabled() if auto_backup is None
                             else auto_backup)
        self._seed_if_empty = seed_if_empty
        # What run_maintenance has still to do: "check", "backup", "seed".
        self.pending_maintenance: tuple[str, ...] = ()
        try:
            if defer_maintenance:
                self.pending_maintenance = self._deferred_maintenance()
            else:
                store_backup.check_and_backup(self.store, self.data_dir,
                                              auto=self._auto_backup, warn=self.warnings.append)
        except BaseException:
            self.store.close()
            raise
        self.annotations = AnnotationService(self.store, clock=now_iso)
        self._synced_rev: int | None = None
        # Index writing is one process (and thread) at a time; see locking.py.
        self.write_lock = LibraryLock(self.data_dir / LOCK_FILENAME)
        # Where a sentence goes while this process waits for another (stderr, status bar).
        self.notify: Callable[[str], None] = lambda message: None
        self.library_id = self._library_id()
        if not defer_maintenance:
            self._seed()

    def _deferred_maintenance(self) -> tuple[str, ...]:
        try:
            return self._maintenance_due()
        except StoreError as exc:  # a read failed: a damaged file is said with its backup
            if not isinstance(exc, StoreDamaged):
                verdict = self.store.quick_check()
                if verdict != "ok":
                    raise store_backup.damage_error(self.data_dir, self.store.path,
                                                    verdict) from exc
            raise

    def _maintenance_due(self) -> tuple[str, ...]:
        due = ["check"]
        if store_backup.backup_due(self.store, self.data_dir, auto=self._auto_backup):
            due.append("backup")
        if (self._seed_if_empty and self.store.get_meta("seeded") is None
                and self.store.count_documents() == 0):
            due.append("seed")
        return tuple(due)

    def _seed(self, progress: Progress | None = None, cancel: CancelToken | None = None
              ) -> ImportReport | None:
        """A new library's bundled articles (once: a library emptied later stays empty)."""
        if not self._seed_if_empty or self.store.get_meta("seeded") is not None:
            return None
        seeded = None
        if self.store.count_documents() == 0:
            seeded = self.import_paths([seeds_dir()], progress, cancel)
            if seeded.cancelled:
                return seeded
        self.store.set_meta("seeded", now_iso())
        return seeded

    def run_maintenance(self, progress: Progress | None = None,
                        cancel: CancelToken | None = None) -> MaintenanceReport:
        """What opening a library does besides opening it, for one opened with
        ``defer_maintenance``: the integrity check (StoreDamaged names the newest good
        backup), today's automatic backup (a failure is a warning) and, for a new library,
        the bundled articles. Cheap when nothing is due."""
        made = store_backup.check_and_backup(self.store, self.data_dir,
                                             auto=self._auto_backup, warn=self.warnings.append)
        seeded = self._seed(progress, cancel)
        self.pending_maintenance = ()
        return MaintenanceReport(made, seeded, tuple(self.warnings))

    @cached_property
    def index(self) -> DocumentIndex:
        """The full-text index, opened on first use (listing documents never needs it)."""
        from .search.index import DocumentIndex

        return DocumentIndex(self.data_dir / INDEX_DIRNAME)

    @cached_property
    def annotation_index(self) -> AnnotationIndex:
        """The index of notes, tags and quotes, opened on first use."""
        from .search.annotation_index import ANNOTATION_INDEX_DIRNAME, AnnotationIndex

        return AnnotationIndex(self.data_dir / INDEX_DIRNAME / ANNOTATION_INDEX_DIRNAME)

    def _library_id(self) -> str:
        library_id = self.store.get_meta("library_id")
        if library_id is None:
            library_id = uuid.uuid4().hex
            self.store.set_meta("library_id", library_id)
        return library_id

    def close(self) -> None:
        """Close the indexes (those that were opened) and the store."""
        for name in ("annotation_index", "index"):
            if name in self.__dict__:
                self.__dict__[name].close()
        self.store.close()

    def changes_elsewhere(self) -> int | None:
        """A number that changes whenever another process writes to this library.

        A window polls it to show what a second window or the command line changed;
        None while this process is busy with the store (ask again later).
        """
        return self.store.data_version()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents -----------------------------------------------------------------------

    def list_documents(self, lang: str | None = None) -> list[DocumentSummary]:
        """Every document (optionally of one language), by title."""
        return self.store.list_summaries(lang.lower() if lang else None)

    def get(self, doc_id: str) -> Document:
        """A document by exact id."""
        doc = self.store.get_document(doc_id)
        if doc is None:
            raise NotFound(f"There is no document with id {doc_id}.")
        return doc

    def get_documents(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        """The documents with these ids (those that exist), in one read."""
        found = self.store.get_documents({DocId(d) for d in doc_ids})
        return {str(doc_id): doc for doc_id, doc in found.items()}

    def count_documents(self) -> int:
        """How many documents the library holds."""
        return self.store.count_documents()

    def resolve(self, ref: str) -> DocId:
        """A document id from an id, a unique id prefix or a source file name (or its start)."""
        ref = ref.strip()
        if not ref:
            raise NotFound("No document was named.")
        if self.store.get_document(ref) is not None:
            return DocId(ref)
        by_prefix = self.store.find_ids(id_prefix=ref)
        if len(by_prefix) == 1:
            return by_prefix[0]
        summaries = {s.id: s for s in self.store.list_summaries()}
        by_name: list[DocId] = []
        for doc_id in self.store.find_ids(name=ref):
            name = summaries[doc_id].source.replace("\\", "/").rsplit("/", 1)[-1]
            if name == ref or Path(name).stem == ref or name.startswith(ref):
                by_name.append(doc_id)
        exact = [i for i in by_name if Path(summaries[i].source).stem == ref
                 or Path(summaries[i].source).name == ref]
        candidates = exact or by_name or by_prefix
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            raise NotFound(f"No document matches '{ref}' (give an id, id prefix or file name).")
        listed = ", ".join(f"{i} ({summaries[i].title[:40]})" for i in candidates[:5])
        raise Ambiguous(f"'{ref}' matches {len(candidates)} documents: {listed}.")

    def document(self, ref: str) -> Document:
        """A document by any reference :meth:`resolve` accepts."""
        return self.get(self.resolve(ref))

    def delete_documents(
        self, doc_ids: Sequence[DocId], *, delete_annotations: bool = False
    ) -> None:
        """Remove documents from the library and the index.

        Documents with annotations are refused (Conflict) unless ``delete_annotations``
        says to delete those annotations too: nothing a user wrote goes as a side effect.
        """
        if not delete_annotations:
            counts = self.store.annotations.count_by_document(doc_ids)
            if counts:
                total = sum(counts.values())
                first = next(iter(counts))
                doc = self.store.get_document(first)
                name = f"'{doc.title}'" if doc else first
                more = (f" and {len(counts) - 1} other document"
                        f"{'s' if len(counts) > 2 else ''}" if len(counts) > 1 else "")
                raise Conflict(
                    f"{name}{more} {'have' if more else 'has'} {total} annotation"
                    f"{'s' if total != 1 else ''}: export or delete them first, or delete the "
                    "document together with its annotations."
                )
        self.store.delete_documents(doc_ids, with_annotations=delete_annotations)
        self.sync_index()

    # -- import --------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[Path | str],
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportReport:
        """Import files and folders; bad files are reported while the rest import.

        Work is committed in batches, so a cancelled import keeps what it finished. A
        large import feeds each stored batch to whoosh's multi-process writer at once, so
        that indexing runs while the next files are read; the index is committed (and
        records the store's revision) only at the end, and discarded on cancel or error
        (the next sync then indexes what was stored).
        """
        files, refused = collect_files(Path(p).expanduser() for p in paths)
        report_ = ImportReport(outcomes=list(refused))

        def waiting() -> None:
            self.notify(WAITING_FOR_IMPORT)
            report(progress, 0, 0, WAITING_FOR_IMPORT)

        # Imports into one library take turns: racing ones rebuilt the index folder under
        # each other's writers.
        try:
            with self.write_lock.hold(on_wait=waiting, cancel=cancel):
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
        from .search.storage import BULK_THRESHOLD

        reading = scaled(progress, 0.0, 0.75)
        seen_hashes: dict[str, DocId] = {}
        feed: BulkFeed | None = None
        fed_rev = 0
        try:
            if len(files) >= BULK_THRESHOLD:
                feed, fed_rev = self._open_feed(cancel)
            for first in range(0, len(files), IMPORT_BATCH):
                check_cancelled(cancel)
                batch = files[first : first + IMPORT_BATCH]
                outcomes, written, rev = self._import_batch(batch, seen_hashes)
                report_.outcomes.extend(outcomes)
                if feed is not None and written:
                    try:
                        for new in (True, False):
                            feed.add([doc for doc, is_new in written if is_new == new],
                                     new=new)
                    except OSError as exc:  # what is stored stays stored
                        raise self._index_failed(exc) from exc  # the feed is cancelled below
                    if rev == fed_rev + 1:  # no other process wrote in between
                        fed_rev = rev
                    if feed.fed >= CHECKPOINT_DOCS and \
                            len(files) - first - len(batch) >= CHECKPOINT_DOCS:
                        # A checkpoint: an import killed later leaves at most this much
                        # for the next command to index, instead of everything so far.
                        try:
                            feed.commit(self.index.state_at(self.library_id, fed_rev))
                        except OSError as exc:
                            raise self._index_failed(exc) from exc
                        feed = None
                        feed, fed_rev = self._open_feed(cancel)
                report(reading, first + len(batch), len(files), "Reading files")
        except Cancelled:
            report_.cancelled = True
        except BaseException:
            if feed is not None:
                with suppress(Exception):  # a writer that failed may fail to cancel too
                    feed.cancel()
            raise
        if feed is not None:
            if report_.cancelled or not feed.fed:
                feed.cancel()
            else:
                report(scaled(progress, 0.75, 0.25), 0, 1, "Saving the index")
                try:
                    feed.commit(self.index.state_at(self.library_id, fed_rev))
                except OSError as exc:
                    with suppress(Exception):
                        feed.cancel()
                    raise self._index_failed(exc) from exc
        try:
            self.sync_index(scaled(progress, 0.75, 0.25), cancel)
        except Cancelled:
            report_.cancelled = True

    def import_url(self, url: str, *, timeout: float | None = None) -> ImportReport:
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
        existing = self.store.find_ids(source=prepared.source)
        old = self.store.get_document(existing[0]) if existing else None
        if old is not None and old.content_hash == prepared.digest:
            report_.outcomes.append(ImportOutcome(prepared.label, "unchanged", old.id,
                                                  "already imported"))
            return report_
        if old is None:
            duplicate = next(iter(self.store.find_ids(content_hash=prepared.digest)), None)
            if duplicate is not None:
                report_.outcomes.append(ImportOutcome(prepared.label, "unchanged", duplicate,
                                                      f"same text as document {duplicate}"))
                return report_
        outcomes, _, _ = self._write_prepared([(prepared, old)], {})
        report_.outcomes.extend(outcomes)
        self.sync_index()
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
            s.id for s in self.store.list_summaries()]
        report_ = ImportReport()
        try:
            for number, doc_id in enumerate(ids):
                check_cancelled(cancel)
                report(progress, number, len(ids), "Extracting again")
                doc = self.get(doc_id)
                original = self.store.original_of(doc_id)
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
        self.sync_index()
        return report_

    def _open_feed(self, cancel: CancelToken | None) -> tuple[BulkFeed | None, int]:
        """A bulk writer for a large import, with the store revision the index is at.

        None when the index cannot be brought up to date with the store first (then the
        sync after the import does all the indexing, as for a small import).
        """
        from whoosh.index import LockError

        self.sync_index(cancel=cancel)
        rev = self.store.current_rev()
        try:
            feed = self.index.bulk_feed()
        except LockError:  # another process is writing the index: sync afterwards
            return None, rev
        if not self.index.is_at(self.library_id, rev):
            feed.cancel()  # another process changed the store meanwhile
            return None, rev
        return feed, rev

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

    def import_texts(self, items: Sequence[tuple[str, str, str]]) -> ImportReport:
        """Import texts read from inside another file (the sources of a ``.qdpx`` project).

        Each item is (source, title, raw text); the source names where the text came from
        (``<project file>/<source name>``) as a file path does for :meth:`import_paths`, so
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
        self.sync_index()
        return ImportReport(outcomes=outcomes)

    def _import_batch(
        self, paths: Sequence[Path | _Prepared], seen_hashes: dict[str, DocId]
    ) -> tuple[list[ImportOutcome], list[tuple[Document, bool]], int]:
        """Outcomes, the documents written (and whether each is new), and their revision.

        An item may come already prepared (a text read from inside another file)."""
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
            existing = self.store.find_ids(source=prepared.source)
            old = self.store.get_document(existing[0]) if existing else None
            if old is not None and old.content_hash == prepared.digest:
                if prepared.original and self.store.original_of(old.id) is None:
                    self.store.set_original(old.id, prepared.original, prepared.name)
                outcomes.append(ImportOutcome(label, "unchanged", old.id, "already imported"))
                continue
            if old is None:
                if prepared.digest in pending:  # the same text earlier in this batch
                    repeats.append((prepared.label, prepared.digest))
                    continue
                duplicate = seen_hashes.get(prepared.digest) or next(
                    iter(self.store.find_ids(content_hash=prepared.digest)), None)
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
        if not todo:
            return outcomes, [], 0
        written_outcomes, written, rev = self._write_prepared(todo, seen_hashes)
        outcomes.extend(written_outcomes)
        for label, digest in repeats:
            duplicate = seen_hashes[digest]
            outcomes.append(ImportOutcome(label, "unchanged", duplicate,
                                          f"same text as document {duplicate}"))
        return outcomes, written, rev

    def _write_prepared(
        self, todo: Sequence[tuple[_Prepared, Document | None]], seen_hashes: dict[str, DocId]
    ) -> tuple[list[ImportOutcome], list[tuple[Document, bool]], int]:
        """Tag, store and re-anchor prepared documents (new ones, or updates of ``old``)."""
        from . import langid

        outcomes: list[ImportOutcome] = []
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
        changed = [(old, doc) for (_, old), doc in zip(todo, documents, strict=True)
                   if old is not None]
        # The document rows and the re-anchored annotations commit together or not at all.
        with self.store.transaction() as db:
            rev = Store.next_rev(db)
            Store.write_documents(db, documents, rev)
            Store.link_originals(db, [(doc.id, prepared.original, prepared.name)
                                      for (prepared, _), doc in zip(todo, documents, strict=True)
                                      if prepared.original])
            summaries = self.annotations.reanchor_documents(db, changed, rev)
        for (prepared, old), doc in zip(todo, documents, strict=True):
            summary = summaries.get(doc.id, ReanchorSummary())
            message = "; ".join(filter(None, [*prepared.article.notes, summary.describe()]))
            outcomes.append(ImportOutcome(prepared.label, "updated" if old else "new",
                                          doc.id, message))
        written = [(doc, old is None) for (_, old), doc in zip(todo, documents, strict=True)]
        return outcomes, written, rev

    def _new_id(self, digest: str) -> DocId:
        candidate = DocId(digest[:16])
        if self.store.get_document(candidate) is None:
            return candidate
        return DocId(uuid.uuid4().hex[:16])

    def _adopt_moved_source(self, doc_id: DocId, source: str) -> None:
        doc = self.store.get_document(doc_id)
        if doc is not None and doc.source != source and not Path(doc.source).exists():
            self.store.set_source(doc_id, source)

    # -- index ---------------------------------------------------------------------------

    def sync_index(
        self, progress: Progress | None = None, cancel: CancelToken | None = None,
        *, wait: bool = True,
    ) -> bool:
        """Bring both indexes up to date with the store, rebuilding them when needed.

        While another process writes the index, waits for it (``wait``) or returns False
        at once, leaving the index as it is (a search then searches what is indexed).
        Raises IndexNotWritten when the index cannot be written (a full disk, say).
        """
        store_rev = self.store.current_rev()
        if self._synced_rev == store_rev:
            return True
        from whoosh.index import LockError

        with self.write_lock.hold(wait=wait, on_wait=self._waiting_for_index,
                                  cancel=cancel) as held:
            if not held:  # another process is writing it: use the index as it is
                return False
            store_rev = self.store.current_rev()
            try:
                self._sync_indexes(store_rev, progress, cancel)
            except OSError as exc:
                raise self._index_failed(exc) from exc
            except LockError as exc:
                raise self._index_locked(exc) from exc
        self._synced_rev = store_rev
        report(progress, 1, 1, "Index up to date")
        return True

    def _waiting_for_index(self) -> None:
        self.notify(WAITING_FOR_INDEX)

    def _index_locked(self, exc: Exception) -> IndexNotWritten:
        """The sentence for whoosh's write lock held by a process that is not Parallax's
        (or that did not let go in time)."""
        self._synced_rev = None
        traceback.clear_frames(exc.__traceback__)
        return IndexNotWritten(
            f"The search index in {self.index.folder} is locked by another program; "
            "everything is saved in the library and the index catches up the next time it "
            "can be written.")

    def _index_failed(self, exc: OSError) -> IndexNotWritten:
        """The error for an index write that failed; the indexes are closed, to be reopened
        (or rebuilt) and caught up with the store by the next sync."""
        self._synced_rev = None
        # A writer that failed in its commit still holds the index lock; dropping the
        # frames that reference it releases the lock even while the error is kept.
        traceback.clear_frames(exc.__traceback__)
        for index in (self.annotation_index, self.index):
            with suppress(Exception):
                index.close()
        return IndexNotWritten.from_os_error(exc, self.index.folder)

    def _sync_indexes(self, store_rev: int, progress: Progress | None,
                      cancel: CancelToken | None, *, afresh: bool = False) -> None:
        """Both indexes caught up with the store (rebuilt when needed, or ``afresh``)."""
        from .search.storage import RecordSource

        store, tables = self.store, self.store.annotations
        # The annotation index's folder lives inside the one a rebuild recreates.
        self.index.sync(
            RecordSource(store.count_documents, store.count_since, store.deleted_since,
                         store.documents_since),
            self.library_id, store_rev, scaled(progress, 0.0, 0.9), cancel,
            closing=[self.annotation_index], afresh=afresh)
        self.annotation_index.sync(
            RecordSource(tables.count, tables.count_since, tables.deleted_since,
                         tables.annotations_since),
            self.library_id, store_rev, scaled(progress, 0.9, 0.1), cancel, afresh=afresh)

    def rebuild_index(
        self, progress: Progress | None = None, cancel: CancelToken | None = None
    ) -> IndexReport:
        """Throw both indexes away and build them again from the store; what they hold."""
        from whoosh.index import LockError

        with self.write_lock.hold(on_wait=self._waiting_for_index, cancel=cancel):
            store_rev = self.store.current_rev()
            try:
                self._sync_indexes(store_rev, progress, cancel, afresh=True)
            except OSError as exc:
                raise self._index_failed(exc) from exc
            except LockError as exc:
                raise self._index_locked(exc) from exc
        self._synced_rev = store_rev
        report(progress, 1, 1, "Index up to date")
        return IndexReport(self.index.doc_count(), self.annotation_index.doc_count(),
                           self.index.folder)

    # -- search --------------------------------------------------------------------------

    def search(
        self, query: str, *, lang: str | None = None, limit: int = 10,
        exact_total: bool = False,
    ) -> SearchResults:
        """Ranked documents for a query, with snippets, and the best matching annotations.

        Document hits and ``total`` count documents only; above a thousand matches
        ``total`` is an estimate (``total_exact`` False) unless ``exact_total`` is asked.
        ``annotations`` holds up to ``limit`` annotations whose quote, note, tags or label
        match (``note:``, ``tag:`` and ``label:`` name those fields), ``annotation_total``
        how many match in all.
        """
        self.sync_index(wait=False)
        read_errors = _index_read_errors()
        try:
            results = self.index.search(query, self.store.get_documents, lang=lang,
                                        limit=limit, exact_total=exact_total)
            total, hits = self._annotation_hits(query, lang, limit)
        except (QueryError, ParallaxError):
            raise
        except read_errors:
            # Another process rebuilding the index, or a damaged one (it shows up on first
            # read): wait for the writer and catch up, else rebuild it once, and retry.
            self._reopen_indexes()
            try:
                self.sync_index()
                results = self.index.search(query, self.store.get_documents, lang=lang,
                                            limit=limit, exact_total=exact_total)
            except read_errors:
                self.rebuild_index()
                try:
                    results = self.index.search(query, self.store.get_documents, lang=lang,
                                                limit=limit, exact_total=exact_total)
                except (*read_errors, RecursionError) as exc:  # type: ignore[misc]  # the query
                    raise QueryError(QUERY_NOT_RUN) from exc
            total, hits = self._annotation_hits(query, lang, limit)
        except RecursionError as exc:
            raise QueryError(QUERY_NOT_RUN) from exc
        return replace(results, annotations=tuple(hits), annotation_total=total)

    def _reopen_indexes(self) -> None:
        self._synced_rev = None
        for index in (self.annotation_index, self.index):
            with suppress(Exception):
                index.close()

    def search_annotations(
        self, query: str, *, lang: str | None = None, limit: int | None = None
    ) -> list[AnnotationHit]:
        """Annotations matching a query (all of them when ``limit`` is None), best first."""
        self.sync_index(wait=False)
        self.annotation_index.parse(query, lang)  # raises QueryError on a malformed query
        return self._annotation_hits(query, lang, limit)[1]

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
        found = self.annotations.by_ids(ann_ids)
        wanted = {annotation.doc_id for annotation in found}
        docs = {s.id: s for s in self.store.list_summaries(ids=wanted)} if found else {}
        loaded: dict[AnnotationId, tuple[Annotation, str, str]] = {}
        for annotation in found:
            summary = docs.get(annotation.doc_id)
            title, lang = (summary.title, summary.lang) if summary else ("", "und")
            loaded[annotation.id] = (annotation, title, lang)
        return loaded

    # -- exports, imports and backups ----------------------------------------------------

    def export_bundle(
        self,
        *,
        doc: str | None = None,
        label: str | None = None,
        tag: str | None = None,
        lang: str | None = None,
        query: str | None = None,
        generated: str | None = None,
    ) -> ExportBundle:
        """The highlights matching every filter, with their documents, links and labels."""
        from . import annotation_io

        only = None
        if query is not None:
            self.sync_index(wait=False)
            only = self.annotation_index.matching_ids(query, lang)
        return annotation_io.build_bundle(
            self.annotations, self.store, doc_id=self.resolve(doc) if doc else None,
            label=label, tag=tag, lang=lang.lower() if lang else None, only=only,
            generated=generated or now_iso(),
        )

    def export(
        self,
        fmt: str,
        *,
        doc: str | None = None,
        label: str | None = None,
        tag: str | None = None,
        lang: str | None = None,
        query: str | None = None,
        generated: str | None = None,
    ) -> str:
        """The matching highlights as Markdown, HTML, CSV or W3C JSON-LD (``md``, ``html``,
        ``csv``, ``jsonld``); filters combine, ``query`` is the search query language."""
        from . import export

        if fmt not in export.FORMATS:
            raise InvalidValue(
                f"'{fmt}' is not an export format (use {', '.join(export.FORMATS)})."
            )
        if fmt in export.BINARY_FORMATS:
            raise InvalidValue(f"The {fmt} export is a zip file: write it to a file.")
        bundle = self.export_bundle(doc=doc, label=label, tag=tag, lang=lang, query=query,
                                    generated=generated)
        return export.render(bundle, fmt)

    def export_output(
        self,
        fmt: str,
        options: ExportOptions | None = None,
        *,
        doc: str | None = None,
        label: str | None = None,
        tag: str | None = None,
        lang: str | None = None,
        query: str | None = None,
        generated: str | None = None,
    ) -> ExportOutput:
        """The matching highlights in any export format (``qdpx`` too), with its options,
        as files ready to write (see :class:`~reader.core.export.ExportOutput`)."""
        from . import export

        if fmt not in export.FORMATS:
            raise InvalidValue(
                f"'{fmt}' is not an export format (use {', '.join(export.FORMATS)})."
            )
        options = options or export.ExportOptions()
        if options.csv_delimiter not in (",", ";"):
            raise InvalidValue("The CSV separator must be a comma or a semicolon.")
        bundle = self.export_bundle(doc=doc, label=label, tag=tag, lang=lang, query=query,
                                    generated=generated)
        return export.render_output(bundle, fmt, options)

    def import_qdpx(self, path: Path) -> QdpxImportReport:
        """Import a REFI-QDA project (``.qdpx``, or a ``.qde`` beside its sources): its texts
        as documents, its codings as highlights; importing it again changes nothing."""
        from .qdpx_import import import_qdpx

        return import_qdpx(self, path)

    def import_annotations(self, text: str) -> ImportAnnotationsReport:
        """Import W3C JSON-LD annotations (a Parallax export) as one undoable operation."""
        from . import annotation_io

        try:
            return annotation_io.import_jsonld(self.annotations, self.store, text)
        except RecursionError as exc:  # nested thousands deep: parsed before any write
            raise InvalidValue("The file nests its JSON too deeply to be an annotation "
                               "export; nothing was imported.") from exc

    def backup(self, dest: Path | None = None) -> Path:
        """Copy the store (online backup API) to ``dest`` or a new file in backups/."""
        return store_backup.make_backup(self.store, self.data_dir, dest)

    def backups(self) -> list[store_backup.BackupFile]:
        """The library's backups, newest first."""
        return store_backup.list_backups(self.data_dir)

    def restore(self, path: Path) -> Path | None:
        """Replace the store with a checked backup; returns where the old store was kept.

        The undo history is cleared and the indexes are rebuilt from the restored store.
        """
        with self.write_lock.hold(on_wait=self._waiting_for_index):
            self.annotation_index.close()
            self.index.close()
            self.store.close()
            try:
                saved = store_backup.restore(self.data_dir, path,
                                             index_dir=self.data_dir / INDEX_DIRNAME)
            finally:
                self.store.reopen()
            self.library_id = self._library_id()
            self.annotations.clear_history()
            self._synced_rev = None
            self.rebuild_index()
        return saved

    # -- comparing sources ---------------------------------------------------------------

    def related(
        self, doc_id: DocId, start: int, end: int, *, limit: int = 5
    ) -> list[RelatedPassage]:
        """Passages in other sources, in any language, that most likely state the same thing.

        Each other source's best passage comes first (best first), then the rest. In a large
        library, candidates are the documents the index finds for the passage's names,
        figures and words.
        """
        from . import compare

        doc = self.get(doc_id)
        if not 0 <= start < end <= len(doc.text):
            raise InvalidValue(f"The span {start}-{end} is outside the document.")
        self.sync_index(wait=False)
        return compare.find_related(
            doc, start, end, all_ids=[s.id for s in self.store.list_summaries()],
            load=self.store.get_documents,
            candidates=lambda d, s, e, n: self.index.similar_documents(d.text[s:e], d.lang, n),
            limit=limit,
        )

    def locate_quote(self, doc_id: DocId, quote: str, occurrence: int | None = None
                     ) -> tuple[int, int]:
        """The span of a quote in a document (``occurrence`` when it appears several times)."""
        return self.annotations.locate(doc_id, quote, occurrence)

    def link_same_claim(
        self, a: tuple[DocId, int, int], b: tuple[DocId, int, int], *,
        label: str | None = "Claim",
    ) -> Change:
        """Highlight two passages (document, start, end) and link them as the same claim,
        in one undoable step; a highlight already on a passage (the same span, or one
        overlapping most of it) is reused with its note and tags."""
        from . import compare

        return compare.link_same_claim(self.annotations, a, b, label=label)

    def link_related(self, annotation_id: AnnotationId, passage: RelatedPassage) -> Change:
        """Highlight a related passage with the same label and link it as the same claim."""
        source = self.annotations.get(annotation_id)
        return self.link_same_claim(
            (source.doc_id, source.selector.start, source.selector.end),
            (DocId(passage.doc_id), passage.start, passage.end), label=source.label)

    def align(self, a: DocId, b: DocId) -> Alignment:
        """Paragraph (and sentence) alignment of two sources in any two languages."""
        from .align import align_documents

        return align_documents(self.get(a), self.get(b))

    def claim_groups(
        self, compared: Sequence[DocId] | None = None, *, also: Sequence[DocId] = ()
    ) -> list[compare.ClaimGroup]:
        """Every claim group: each source's quote, language and figures, disagreements.

        ``compared`` are the sources a claim is looked for in; by default every document
        with a highlight (plus ``also``, e.g. the sources open side by side), so a source
        lacking a claim shows as missing.
        """
        from . import compare

        highlighted = list(dict.fromkeys(a.doc_id for a in self.annotations.query()))
        if compared is None:
            compared = list(dict.fromkeys([*highlighted, *also]))
        documents = self.store.get_documents({*highlighted, *compared})
        return compare.claim_groups(self.annotations, documents, compared)

    def near_duplicates(self, doc_ids: Sequence[DocId] | None = None
                        ) -> list[compare.NearDuplicate]:
        """Passages shared almost verbatim by two sources of the same language.

        With ``doc_ids``, each of them is compared with the same-language documents the
        index finds similar; without, every pair of a small library is compared.
        """
        from . import compare

        if doc_ids is None:
            summaries = self.store.list_summaries()
            if len(summaries) > compare.MAX_DIRECT_CANDIDATES:
                raise InvalidValue("The library is large: name the documents to check.")
            return compare.near_duplicates(
                list(self.store.get_documents([s.id for s in summaries]).values()))
        self.sync_index(wait=False)
        found: list[compare.NearDuplicate] = []
        seen: set[tuple[DocId, DocId]] = set()
        for doc_id in doc_ids:
            doc = self.get(doc_id)
            candidates = self.index.similar_documents(
                doc.text, doc.lang, compare.MAX_DIRECT_CANDIDATES)
            others = self.store.get_documents([c for c in candidates if c != doc_id])
            for other in others.values():
                key = (min(doc.id, other.id), max(doc.id, other.id))
                if other.lang == doc.lang and key not in seen:
                    seen.add(key)
                    found.extend(compare.near_duplicates([doc, other]))
        return found

    # -- checking ------------------------------------------------------------------------

    def check(self) -> dict[str, object]:
        """SQLite's full integrity check, every row whose content cannot be read, and
        whether the search index holds every document (for ``parallax check``)."""
        integrity = self.store.integrity_check()
        damaged = [
            {"table": table, "id": row_id, "column": column,
             "title": self._title_of(table, row_id)}
            for table, row_id, column in self.store.damaged_rows()
        ]
        indexed: int | None
        try:
            self.sync_index(wait=False)
            indexed = self.index.doc_count()
        except Exception:  # an index that cannot be read or written: reported as such
            indexed = None
        documents = self.store.count_documents()
        return {
            "ok": integrity == "ok" and not damaged and indexed == documents,
            "store": str(self.store.path),
            "integrity": integrity,
            "damaged_rows": damaged,
            "documents": documents,
            "indexed_documents": indexed,
        }

    def _title_of(self, table: str, row_id: str) -> str:
        if table == "documents":
            doc_rows = self.store.list_summaries(ids=[row_id])
            return doc_rows[0].title if doc_rows else ""
        found = self.annotations.by_ids([AnnotationId(row_id)])
        return found[0].selector.exact[:60] if found else ""

    # -- info ----------------------------------------------------------------------------

    def info(self) -> dict[str, object]:
        """Paths, counts and versions, for ``parallax info``."""
        from importlib.metadata import PackageNotFoundError, version

        from .. import __version__
        from . import langid
        from .search.index import INDEX_FORMAT_VERSION

        def pkg(name: str) -> str:
            try:
                return version(name)
            except PackageNotFoundError:
                return "not installed"

        self.sync_index(wait=False)
        return {
            "data_dir": str(self.data_dir),
            "store": str(self.store.path),
            "store_schema": self.store.version,
            "index": str(self.index.folder),
            "index_format": INDEX_FORMAT_VERSION,
            "documents": self.store.count_documents(),
            "indexed_documents": self.index.doc_count(),
            "index_bytes": self.index.size_bytes(),
            "annotations": self.annotations.count(),
            "indexed_annotations": self.annotation_index.doc_count(),
            "backups": str(store_backup.backup_dir(self.data_dir)),
            "languages": self.store.language_counts(),
            "language_detector": langid.load_backend().__name__,
            "versions": {
                "parallax": __version__,
                "whoosh": pkg("whoosh-reloaded"),
                "langdetect": pkg("langdetect"),
                "langdetect_rs": pkg("langdetect-rs"),
                "sqlite": sqlite3.sqlite_version,
            },
        }


QUERY_NOT_RUN = ("This query could not be run; simplify it (fewer nested parentheses, "
                 "wildcards or fuzzy terms).")


def _index_read_errors() -> tuple[type[BaseException], ...]:
    """What reading a missing, half-written or damaged index raises."""
    import whoosh.index

    return (OSError, EOFError, ValueError, KeyError, IndexError, sqlite3.Error,
            whoosh.index.IndexError)


def _detail(exc: BaseException) -> str:
    """The SQLite message inside a store error, for a sentence of our own."""
    cause = exc.__cause__
    return str(cause) if cause is not None else str(exc)
