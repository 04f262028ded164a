"""The Library: the one object the window and the command line call.

A thin root, the way Anki's ``Collection`` holds its managers: opening checks the store,
and each concern is a small service with its own module —

- ``library.documents`` (:mod:`.documents`): list, read, name and delete documents;
- ``library.imports`` (:mod:`reader.core.importing`): the import pipeline;
- ``library.search`` (:mod:`.search`): the indexes, kept in step with the store, and search;
- ``library.annotations`` (:mod:`reader.core.annotations`): highlights, notes, labels, links;
- ``library.exports`` (:mod:`.exports`): highlights in every export format;
- ``library.backups`` (:mod:`.backups`): backups and the one restore path;
- ``library.compare`` (:mod:`.comparing`): related passages, alignment, claims, duplicates.

The faces never reach past these to the store or the indexes (``tests/test_layering.py``).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import backup as store_backup
from ..annotations import AnnotationService
from ..dates import now_iso
from ..errors import StoreDamaged, StoreError
from ..importing import Importer, ImportReport
from ..locking import LOCK_FILENAME, LibraryLock
from ..models import AnnotationId
from ..store import STORE_FILENAME, Store
from ..tasks import CancelToken, Progress
from .backups import Backups, RestoreReport, restore_library
from .base import (
    APP_NAME,
    ENV_DATA_DIR,
    INDEX_DIRNAME,
    default_data_dir,
    detail,
    seeds_dir,
)
from .comparing import Comparison
from .documents import Documents
from .exports import Exports
from .search import IndexReport, Search

__all__ = [
    "APP_NAME",
    "ENV_DATA_DIR",
    "INDEX_DIRNAME",
    "IndexReport",
    "Library",
    "MaintenanceReport",
    "RestoreReport",
    "default_data_dir",
    "restore_library",
    "seeds_dir",
]


@dataclass(frozen=True)
class MaintenanceReport:
    """What opening a library did besides opening it (see :meth:`Library.run_maintenance`)."""

    backup: Path | None  # today's automatic backup, when one was made
    seeded: ImportReport | None  # the bundled articles a new library received
    warnings: tuple[str, ...] = ()  # sentences to show once (e.g. the backup failed)


class Library:
    """A user's library: the SQLite store (truth) and the search indexes (derived).

    Opening one checks the store (see :mod:`reader.core.backup`): a damaged file raises
    StoreDamaged, one sentence naming the newest good backup; a healthy one is backed up
    once a day. A missing or empty store next to backups (or an index) of a library raises
    StoreMissing unless ``new_library`` says to start a new one on purpose.

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
            raise store_backup.damage_error(self.data_dir, store_path, detail(exc)) from exc
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
        # Index writing is one process (and thread) at a time; see locking.py.
        self.write_lock = LibraryLock(self.data_dir / LOCK_FILENAME)
        # Where a sentence goes while this process waits for another (stderr, status bar).
        self.notify: Callable[[str], None] = lambda message: None
        self.library_id = self.read_library_id()
        self.annotations = AnnotationService(self.store, clock=now_iso)
        self.documents = Documents(self)
        self.search = Search(self)
        self.imports = Importer(self)
        self.exports = Exports(self)
        self.backups = Backups(self)
        self.compare = Comparison(self)
        if not defer_maintenance:
            self._seed()

    # -- maintenance -----------------------------------------------------------------------

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
            seeded = self.imports.paths([seeds_dir()], progress, cancel)
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

    def read_library_id(self) -> str:
        """The library's id (made on first open), which its indexes record."""
        library_id = self.store.get_meta("library_id")
        if library_id is None:
            library_id = uuid.uuid4().hex
            self.store.set_meta("library_id", library_id)
        return library_id

    def close(self) -> None:
        """Close the indexes (those that were opened) and the store."""
        self.search.close()
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
            self.search.sync(wait=False)
            indexed = self.search.index.doc_count()
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

    def info(self) -> dict[str, object]:
        """Paths, counts and versions, for ``parallax info``."""
        from importlib.metadata import PackageNotFoundError, version

        from ... import __version__
        from .. import langid
        from ..search.index import INDEX_FORMAT_VERSION

        def pkg(name: str) -> str:
            try:
                return version(name)
            except PackageNotFoundError:
                return "not installed"

        search = self.search
        search.sync(wait=False)
        return {
            "data_dir": str(self.data_dir),
            "store": str(self.store.path),
            "store_schema": self.store.version,
            "index": str(search.index.folder),
            "index_format": INDEX_FORMAT_VERSION,
            "documents": self.store.count_documents(),
            "indexed_documents": search.index.doc_count(),
            "index_bytes": search.index.size_bytes(),
            "annotations": self.annotations.count(),
            "indexed_annotations": search.annotation_index.doc_count(),
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
