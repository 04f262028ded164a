"""Notices when another window or the command line changes the open library.

SQLite tells each connection, through ``PRAGMA data_version``, whether someone else has
committed since it last asked; the core exposes that as ``Library.changes_elsewhere``. The
watcher asks a few times a second from the event loop (the call never waits) and says
when the answer moves, so the views reload what they show.
"""

from __future__ import annotations

from collections.abc import Callable

from .qt import QObject, QTimer, Signal

#: How often the library is asked, in milliseconds.
POLL_INTERVAL_MS = 1000


class LibraryWatcher(QObject):
    """Emits ``sig_changed_elsewhere`` after another process wrote to the library."""

    sig_changed_elsewhere = Signal()

    def __init__(
        self, marker: Callable[[], int | None], parent: QObject | None = None,
        interval_ms: int = POLL_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._marker = marker
        self._last = self._read()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def _read(self) -> int | None:
        try:
            return self._marker()
        except Exception:  # a closed or vanished store: nothing to report
            return None

    def check(self) -> bool:
        """Ask now; True (and the signal) when the library changed elsewhere."""
        current = self._read()
        if current is None:  # busy or closed: ask again on the next tick
            return False
        changed = self._last is not None and current != self._last
        self._last = current
        if changed:
            self.sig_changed_elsewhere.emit()
        return changed

    def rebase(self) -> None:
        """Take the current answer as the baseline, reporting nothing (after a reopen)."""
        self._last = self._read()

    def start(self) -> None:
        """Poll again (after :meth:`stop`)."""
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
