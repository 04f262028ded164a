"""The worker thread: core functions taking (progress, cancel) run on one serial worker.

This is the one module that touches threads; the window hands it work only through the
task runner (:mod:`reader.ui.tasks`), which adds progress, slots, sentences and changes.

Every call that may touch the search index (search, import, indexing) goes through one
:class:`SerialExecutor`, so the core never sees two writers or a search racing an index
update. Results come back as queued signals on a :class:`TaskHandle` living in the GUI
thread, so whoever connects to them runs in the GUI thread. Tests may swap in
:class:`InlineExecutor`, which runs the work at once but still delivers the signals
through the event loop, so callers behave the same either way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ..core.errors import Cancelled
from ..core.tasks import CancelToken, Progress
from .qt import QObject, QRunnable, Qt, QThreadPool, Signal

Work = Callable[[Progress, CancelToken], Any]

# Progress signals are throttled so that a chatty core function cannot flood the event loop.
PROGRESS_INTERVAL_S = 0.05


class TaskHandle(QObject):
    """One piece of background work: its progress, its result or error, and Cancel."""

    sig_progress = Signal(int, int, str)
    sig_finished = Signal(object)
    sig_failed = Signal(object)
    sig_done = Signal()  # after either of the two above

    # Emitted on the worker thread; relayed to the public signals in the GUI thread.
    _sig_progress_raw = Signal(int, int, str)
    _sig_finished_raw = Signal(object)
    _sig_failed_raw = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.cancel_token = CancelToken()
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._last_progress = 0.0
        queued = Qt.ConnectionType.QueuedConnection
        self._sig_progress_raw.connect(self._relay_progress, queued)
        self._sig_finished_raw.connect(self._relay_finished, queued)
        self._sig_failed_raw.connect(self._relay_failed, queued)

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self.cancel_token.cancel()

    @property
    def cancelled(self) -> bool:
        """Whether Cancel was asked for."""
        return self.cancel_token.cancelled

    def report_progress(self, done: int, total: int, message: str) -> None:
        """The core's progress callback (called on the worker thread)."""
        now = time.monotonic()
        if done < total and now - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = now
        self._sig_progress_raw.emit(done, total, message)

    def _relay_progress(self, done: int, total: int, message: str) -> None:
        if not self.finished:
            self.sig_progress.emit(done, total, message)

    def _relay_finished(self, result: object) -> None:
        self.finished = True
        self.result = result
        self.sig_finished.emit(result)
        self.sig_done.emit()

    def _relay_failed(self, error: object) -> None:
        self.finished = True
        self.error = error if isinstance(error, BaseException) else RuntimeError(str(error))
        self.sig_failed.emit(self.error)
        self.sig_done.emit()


def run_work(handle: TaskHandle, work: Work) -> None:
    """Run ``work`` for ``handle`` on the current thread, reporting through its signals."""
    if handle.cancelled:
        handle._sig_failed_raw.emit(Cancelled("Cancelled by the user."))
        return
    try:
        result = work(handle.report_progress, handle.cancel_token)
    except BaseException as exc:  # handed to the GUI thread, which decides what to show
        handle._sig_failed_raw.emit(exc)
    else:
        handle._sig_finished_raw.emit(result)


class _Runnable(QRunnable):
    def __init__(self, handle: TaskHandle, work: Work) -> None:
        super().__init__()
        self._handle = handle
        self._work = work
        self.setAutoDelete(True)

    def run(self) -> None:
        run_work(self._handle, self._work)


class SerialExecutor(QObject):
    """Runs work one piece at a time, in order, on a single worker thread."""

    sig_busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._live: set[TaskHandle] = set()

    def submit(self, work: Work, name: str = "") -> TaskHandle:
        """Queue ``work(progress, cancel)``; its handle's signals report the outcome."""
        handle = TaskHandle(name, self)
        self._live.add(handle)
        handle.sig_done.connect(self._forget)
        if len(self._live) == 1:
            self.sig_busy_changed.emit(True)
        self._start(handle, work)
        return handle

    def _start(self, handle: TaskHandle, work: Work) -> None:
        self._pool.start(_Runnable(handle, work))

    def _forget(self) -> None:
        handle = self.sender()
        if isinstance(handle, TaskHandle) and handle in self._live:
            self._live.discard(handle)
            handle.deleteLater()
            if not self._live:
                self.sig_busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        """Whether any work is queued or running."""
        return bool(self._live)

    def running(self) -> list[TaskHandle]:
        """Handles of work not yet finished, oldest first."""
        return list(self._live)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel everything and wait for the worker; True when it stopped in time."""
        for handle in self._live:
            handle.cancel()
        return bool(self._pool.waitForDone(timeout_ms))

    def finish(self, timeout_ms: int = 30_000) -> bool:
        """Wait, without cancelling, until everything queued has run; True when it did in
        time. The outcomes are still delivered through the event loop afterwards."""
        return bool(self._pool.waitForDone(timeout_ms))


class InlineExecutor(SerialExecutor):
    """Runs work at once on the calling thread (deterministic tests); signals stay queued."""

    def _start(self, handle: TaskHandle, work: Work) -> None:
        run_work(handle, work)
