"""Exceptions the core raises with one user-facing sentence each."""

from __future__ import annotations


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
