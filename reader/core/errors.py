"""Exceptions the core raises with one user-facing sentence each."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

# Less free space than this on the disk of a failed write means the disk is full (SQLite
# reports some failed writes, e.g. of a new WAL index, only as "disk I/O error").
LOW_SPACE_BYTES = 1024 * 1024


class ParallaxError(Exception):
    """Base class: ``str(error)`` is a complete sentence to show the user."""


class ImportRefused(ParallaxError):
    """A file that cannot be imported (binary, empty, too large, unreadable)."""


class QueryError(ParallaxError):
    """A search query that cannot be parsed."""


class NotFound(ParallaxError):
    """A document, annotation or label that does not exist."""


class Ambiguous(ParallaxError):
    """A document reference that matches several documents."""


class StoreError(ParallaxError):
    """The library store cannot be opened or written (corrupt, locked, disk full).

    Raised by an import, it carries the report of what was stored before in ``report``.
    """

    report: object = None


class IndexNotWritten(ParallaxError):
    """The search index could not be written (disk full, permissions); the store, the
    source of truth, holds everything and the index catches up on a later sync.

    Raised by an import, it carries the import's report (what was stored) in ``report``.
    """

    report: object = None

    @classmethod
    def from_os_error(cls, exc: OSError, folder: Path) -> IndexNotWritten:
        """The one sentence for an OSError raised while writing the index in ``folder``."""
        after = ("everything is saved in the library and the index catches up "
                 "once there is free space")
        if is_disk_full(exc, folder):
            return cls(f"The disk holding {folder} is full, so the search index was not "
                       f"updated; {after}.")
        return cls(f"The search index in {folder} could not be written "
                   f"({exc.strerror or exc}); everything is saved in the library and the "
                   "index catches up the next time it can be written.")


class Cancelled(ParallaxError):
    """Long work stopped because the user cancelled it."""


class StoreDamaged(StoreError):
    """The library file is corrupt; ``backup`` names the newest good backup, if any."""

    def __init__(self, message: str, backup: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup


class StoreMissing(StoreError):
    """The library file is missing or empty while backups (or an index) of a library
    remain: never silently a new library. ``backup`` names the newest good backup."""

    def __init__(self, message: str, backup: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup


class DamagedRow(ParallaxError):
    """A row of the store whose content cannot be read (a damaged JSON column)."""


class InvalidValue(ParallaxError):
    """A value that cannot be used: an empty span, a malformed colour, an empty name."""


class Conflict(ParallaxError):
    """A change that clashes with what exists: a label name taken, a label still in use."""


def free_bytes(path: Path) -> int | None:
    """Free space on the disk holding ``path`` (or its nearest existing folder)."""
    for folder in (path, *path.parents):
        if folder.exists():
            try:
                return shutil.disk_usage(folder).free
            except OSError:
                return None
    return None


def is_disk_full(exc: BaseException, path: Path) -> bool:
    """True when a failed write to ``path`` failed for want of disk space."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    message = str(exc).lower()
    if "database or disk is full" in message or "no space left" in message:
        return True
    if "disk i/o error" in message or isinstance(exc, OSError):
        free = free_bytes(path)
        return free is not None and free < LOW_SPACE_BYTES
    return False
