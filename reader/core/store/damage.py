"""Rows whose JSON columns cannot be read: noted, shown with safe defaults, never fatal.

SQLite's integrity check passes on a row whose ``paragraphs``, ``metadata`` or ``tags``
text is not the JSON Parallax wrote (a bad sync tool, a hand edit, a flipped bit in a
page the checksum does not cover). One such row must not take ``show``, ``search``,
``export`` and the rest down with it: it is read with defaults (the text as one
paragraph, no metadata, no tags), noted here for the caller to report once, and listed
by ``parallax check``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_noted: dict[tuple[str, str, str], None] = {}


def note(table: str, row_id: str, column: str) -> None:
    """Remember that a row's column was unreadable (reported by :func:`take`)."""
    with _lock:
        _noted[(table, row_id, column)] = None


def take() -> list[tuple[str, str, str]]:
    """The damaged ``(table, id, column)`` met since the last call, oldest first."""
    with _lock:
        found = list(_noted)
        _noted.clear()
    return found


def decode(raw: Any, convert: Callable[[Any], T], default: T,
           where: tuple[str, str, str]) -> T:
    """``convert(json.loads(raw))``, or ``default`` (noted) when either fails."""
    try:
        return convert(json.loads(raw))
    except (ValueError, TypeError, KeyError, RecursionError):
        note(*where)
        return default


def describe(found: list[tuple[str, str, str]]) -> str:
    """One sentence about damaged rows met while running a command."""
    first_table, first_id, first_column = found[0]
    what = "document" if first_table == "documents" else "highlight"
    more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
    return (f"The {first_column} of {what} {first_id}{more} in the library cannot be read, "
            "so it is shown without them; 'parallax check' lists every damaged row.")
