"""``library.backups``: manual backups, the list of backups, and restoring one.

Restoring has one path: :func:`restore_library` for a library that cannot be opened (a
damaged or missing store, the command line) and :meth:`Backups.restore` for an open one
both put the checked copy in place with :func:`reader.core.backup.restore` and finish in
:meth:`Backups._restored` (the indexes caught up, what the library now holds).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import backup as store_backup
from .base import INDEX_DIRNAME

if TYPE_CHECKING:
    from . import Library


@dataclass(frozen=True)
class RestoreReport:
    """A restore: the backup, where the replaced store was kept, what the library holds."""

    backup: Path
    previous: Path | None
    documents: int
    annotations: int


class Backups:
    """The backups of one library (``library.backups``)."""

    def __init__(self, library: Library) -> None:
        self._lib = library

    def make(self, dest: Path | None = None) -> Path:
        """Copy the store (online backup API) to ``dest`` or a new file in backups/."""
        return store_backup.make_backup(self._lib.store, self._lib.data_dir, dest)

    def files(self) -> list[store_backup.BackupFile]:
        """The library's backups, newest first."""
        return store_backup.list_backups(self._lib.data_dir)

    def restore(self, path: Path) -> RestoreReport:
        """Replace the store with a checked backup; ``previous`` is where the old one is kept.

        The undo history is cleared and the indexes are rebuilt from the restored store.
        """
        library = self._lib
        with library.write_lock.hold(on_wait=library.search.waiting):
            library.search.close()
            library.store.close()
            try:
                saved = store_backup.restore(library.data_dir, path,
                                             index_dir=library.data_dir / INDEX_DIRNAME)
            finally:
                library.store.reopen()
            library.library_id = library.read_library_id()
            library.annotations.clear_history()
            return self._restored(path, saved, rebuild_index=True)

    def _restored(self, backup: Path, previous: Path | None, *, rebuild_index: bool
                  ) -> RestoreReport:
        search = self._lib.search
        search.forget_sync()
        if rebuild_index:
            search.rebuild()
        return RestoreReport(backup, previous, self._lib.documents.count(),
                             self._lib.annotations.count())


def restore_library(data_dir: Path, backup: Path, *, rebuild_index: bool = True,
                    seed_if_empty: bool = False, auto_backup: bool | None = False,
                    defer_maintenance: bool = False) -> tuple[Library, RestoreReport]:
    """Replace a library's store with a checked backup without opening the current store,
    then open the restored library (once) and return it with what it holds.

    For a store that cannot be opened (damaged or missing) and for the command line; an
    open window restores through :meth:`Backups.restore`. The replaced store is kept as a
    ``before-restore`` backup. ``rebuild_index=False`` leaves the index to be built on the
    first search (the window does it in the background). The other options open the
    restored library as :class:`Library` takes them. The caller closes the library.
    """
    from . import Library

    saved = store_backup.restore(data_dir, backup, index_dir=data_dir / INDEX_DIRNAME)
    library = Library(data_dir, seed_if_empty=seed_if_empty, auto_backup=auto_backup,
                      defer_maintenance=defer_maintenance)
    try:
        return library, library.backups._restored(backup, saved, rebuild_index=rebuild_index)
    except BaseException:
        library.close()
        raise
