"""Exceptions the core raises with one user-facing sentence each."""

from __future__ import annotations

from pathlib import Path


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
    """The library store cannot be opened or written (corrupt, locked, disk full)."""


class Cancelled(ParallaxError):
    """Long work stopped because the user cancelled it."""


class StoreDamaged(StoreError):
    """The library file is corrupt; ``backup`` names the newest good backup, if any."""

    def __init__(self, message: str, backup: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup


class InvalidValue(ParallaxError):
    """A value that cannot be used: an empty span, a malformed colour, an empty name."""


class Conflict(ParallaxError):
    """A change that clashes with what exists: a label name taken, a label still in use."""
