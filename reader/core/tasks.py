"""Progress callbacks and cancel tokens for long work that a worker thread runs."""

from __future__ import annotations

import threading
from collections.abc import Callable

from .errors import Cancelled

# progress(done, total, message); total 0 means "unknown".
Progress = Callable[[int, int, str], None]


class CancelToken:
    """Set by the user interface, checked by long core work between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancel() was called."""
        return self._event.is_set()


def report(progress: Progress | None, done: int, total: int, message: str) -> None:
    """Call a progress callback if there is one."""
    if progress is not None:
        progress(done, total, message)


def check_cancelled(cancel: CancelToken | None) -> None:
    """Raise Cancelled if the user asked to stop."""
    if cancel is not None and cancel.cancelled:
        raise Cancelled("Cancelled by the user.")


def scaled(progress: Progress | None, start: float, span: float) -> Progress | None:
    """A callback reporting a sub-step as the share ``start..start+span`` of 0..1000."""
    if progress is None:
        return None
    outer = progress

    def inner(done: int, total: int, message: str) -> None:
        fraction = done / total if total else 0.0
        outer(int(1000 * (start + span * fraction)), 1000, message)

    return inner
