"""The window's one task runner: every background job in ``reader/ui`` goes through here.

A job is a core call ``work(progress, cancel)`` run on the serial worker
(:class:`~reader.ui.workers.SerialExecutor`). :meth:`TaskRunner.run` adds, in one place,
what every job needs and each used to rebuild on its own:

- progress with an optional Cancel in the status bar (:class:`TaskProgress`), at once or
  only when the job turns out to be slow;
- an exclusive *slot* ("one import at a time"): a second job for a busy slot is refused
  with one sentence and never queued;
- errors as one sentence (:func:`sentence`): the core's own sentence, a "cancelled"
  sentence, or the job's "… failed: {error}." for anything unexpected, on the runner's
  ``sig_error`` (the session shows it in the status bar);
- the core ``Change`` a job returns (or names through ``changes``) broadcast on
  ``sig_change`` before the job's own handler runs, so every view refreshes.

:meth:`TaskRunner.latest` gives the latest-only mode for requests of which only the
newest matters (a search, a preview, counts): a new request cancels the previous one and
disconnects it, so a stale result can never replace a newer one (Orange3's
``ConcurrentMixin`` keeps the same rule).

:meth:`TaskRunner.write` is the write lane: the session's annotation and label writes run
on a second serial worker of their own, in the order they were made, so a highlight made
during a long import waits at most for the import's current batch (the store's lock), not
for the whole import, and never for the UI thread. :meth:`TaskRunner.wait_for_writes`
lets what must see every write (an export, a restore) wait for them, and
:meth:`TaskRunner.shutdown` finishes the pending writes rather than cancelling them.

Only this module hands work to the executor; ``tests/ui/test_tasks.py`` counts the
thread and ``submit`` uses elsewhere in ``reader/ui`` (there are none).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..core.changes import Change
from ..core.errors import Cancelled, ParallaxError
from .qt import (
    QCoreApplication,
    QEventLoop,
    QHBoxLayout,
    QLabel,
    QObject,
    QProgressBar,
    QTimer,
    QToolButton,
    QWidget,
    Signal,
)
from .workers import SerialExecutor, TaskHandle, Work

# What a finished job's result brought that the views must hear about.
Changes = Callable[[Any], Iterable[Change] | Change | None]


def sentence(error: BaseException, failed: str = "", cancelled: str = "") -> str:
    """The one sentence a user sees for a job's error.

    The core's errors carry their sentence; ``cancelled`` is said for a cancelled job
    ("" says nothing); ``failed`` ("… failed: {error}.") words anything unexpected.
    """
    if isinstance(error, Cancelled):
        return cancelled
    if isinstance(error, ParallaxError):
        return str(error)
    text = str(error).rstrip(".") or type(error).__name__
    if failed:
        return failed.format(error=text)
    return QCoreApplication.translate("TaskRunner", "The task failed: {error}.").format(
        error=text)


class TaskProgress(QWidget):
    """A message, a progress bar and a Cancel button for the running task (status bar).

    Several tracked tasks stack: the newest unfinished one is shown, and when it ends the
    one before it (if still running) comes back.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Task"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Task progress"))
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(True)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel task"))
        self.cancel_button.setToolTip(self.tr("Stop the task (what is finished is kept)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.handle: TaskHandle | None = None
        # Every tracked task still running, oldest first: (handle, title, cancellable,
        # last progress reported).
        self._tracked: list[tuple[TaskHandle, str, bool, list[Any]]] = []
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    @property
    def idle(self) -> bool:
        """Whether no task is shown."""
        return self.handle is None

    def track(self, handle: TaskHandle, title: str, cancellable: bool = True) -> None:
        """Show ``handle``'s progress until it is done."""
        if handle.finished:
            return
        self._tracked.append((handle, title, cancellable, [0, 0, ""]))
        handle.sig_progress.connect(lambda d, t, m, h=handle: self._progress(h, d, t, m))
        handle.sig_done.connect(lambda h=handle: self._done(h))
        self._show_newest()

    def _show_newest(self) -> None:
        if not self._tracked:
            self.handle = None
            self.hide()
            return
        handle, title, cancellable, (done, total, message) = self._tracked[-1]
        self.handle = handle
        self._title = title
        self.cancel_button.setEnabled(cancellable and not handle.cancelled)
        self.cancel_button.setVisible(cancellable)
        self._render(done, total, message)
        self.show()

    def _render(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)  # busy until the first report
        if self.handle is not None and self.handle.cancelled:
            self.message.setText(self.tr("{task}: cancelling…").format(task=self._title))
        elif message:
            self.message.setText(f"{self._title}: {message}")
        else:
            self.message.setText(self._title + "…")

    def _progress(self, handle: TaskHandle, done: int, total: int, message: str) -> None:
        for tracked in self._tracked:
            if tracked[0] is handle:
                tracked[3][:] = [done, total, message]
        if handle is self.handle:
            self._render(done, total, message)

    def _done(self, handle: TaskHandle) -> None:
        self._tracked = [t for t in self._tracked if t[0] is not handle]
        self._show_newest()

    def cancel(self) -> None:
        """Ask the task shown to stop."""
        if self.handle is not None:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("{task}: cancelling…").format(task=self._title))


class TaskRunner(QObject):
    """Runs the window's core calls on the worker: progress, slots, sentences, changes."""

    sig_change = Signal(object)  # a core Change a job made
    sig_error = Signal(str)  # one sentence

    def __init__(self, executor: SerialExecutor, parent: QObject | None = None, *,
                 writes: SerialExecutor | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        # The write lane: a serial worker of its own, so writes keep their order and
        # never queue behind a long job (an import) on the main worker.
        self._writes = writes if writes is not None else SerialExecutor()
        self._writes.setParent(self)
        self._slots: dict[str, TaskHandle] = {}
        self._view: TaskProgress | None = None

    # -- state -----------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether any job is queued or running."""
        return self._executor.busy

    @property
    def writing(self) -> bool:
        """Whether a write is queued or running on the write lane."""
        return self._writes.busy

    def running(self, slot: str) -> TaskHandle | None:
        """The job holding ``slot``, if one does."""
        return self._slots.get(slot)

    def show_progress_in(self, view: TaskProgress) -> None:
        """Where titled jobs show their progress (the window's status bar)."""
        self._view = view

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Finish the pending writes (never cancelled: the last note typed is kept), then
        cancel every other job and wait for the worker; True when both stopped in time."""
        for handle in self._executor.running():  # an import stops at its next check,
            handle.cancel()                      # so the writes behind its lock land soon
        written = self._writes.finish(timeout_ms)
        return self._executor.shutdown(timeout_ms) and written

    def wait_for_writes(self, timeout_ms: int = 30_000) -> bool:
        """Let the pending writes land (their changes broadcast) before going on; True
        when none is left. The event loop keeps running meanwhile, without user input, so
        the window paints and nothing else can be started; bounded by ``timeout_ms``."""
        if not self._writes.busy:
            return True
        loop = QEventLoop()

        def idle(busy: bool) -> None:
            if not busy:
                loop.quit()

        self._writes.sig_busy_changed.connect(idle)
        QTimer.singleShot(timeout_ms, loop.quit)
        try:
            if self._writes.busy:  # it may have ended while connecting
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            self._writes.sig_busy_changed.disconnect(idle)
        return not self._writes.busy

    # -- writes ----------------------------------------------------------------------------

    def write(
        self, work: Callable[[], Any], *, name: str, failed: str = "",
        initiator: object | None = None,
        on_finished: Callable[[Any], object] | None = None,
        on_failed: Callable[[str], object] | None = None,
    ) -> TaskHandle:
        """Run ``work()`` on the write lane, after every write made before it.

        Like :meth:`run`: the ``Change`` it returns is broadcast (asked for by
        ``initiator``, the view that made it), then ``on_finished`` gets the result; an
        error goes to ``sig_error`` as one sentence, then to ``on_failed``. A write is
        never cancelled, not even by closing the window.
        """
        handle = self._writes.submit(lambda _progress, _cancel: work(), name)

        def finished(result: object) -> None:
            for change in _changes_of(result, None):
                self.sig_change.emit(change.by(initiator) if initiator is not None
                                     else change)
            if on_finished is not None:
                on_finished(result)

        def failure(error: BaseException) -> None:
            text = sentence(error, failed)
            if text:
                self.sig_error.emit(text)
            if on_failed is not None:
                on_failed(text)

        handle.sig_finished.connect(finished)
        handle.sig_failed.connect(failure)
        return handle

    # -- jobs ------------------------------------------------------------------------------

    def run(
        self, work: Work, *, name: str, title: str = "", cancellable: bool = False,
        show_after_ms: int = 0, slot: str | None = None, refusal: str = "",
        failed: str = "", cancelled: str = "",
        on_finished: Callable[[Any], object] | None = None,
        on_failed: Callable[[str], object] | None = None,
        on_error: Callable[[BaseException], object] | None = None,
        changes: Changes | None = None,
    ) -> TaskHandle | None:
        """Run ``work(progress, cancel)`` on the worker; its handle, or None when refused.

        ``title`` shows the job in the status bar (after ``show_after_ms`` when given, and
        only if it is still running and nothing else is shown); ``slot`` makes the job
        exclusive: while one holds it, another is refused with ``refusal``. On success, the
        result's changes (a returned ``Change``, or ``changes(result)``) are broadcast, then
        ``on_finished(result)`` runs. On failure the sentence (:func:`sentence` with
        ``failed`` and ``cancelled``) goes to ``sig_error``, then to ``on_failed``; a caller
        that must know what failed (a damaged store, to offer its backup) passes
        ``on_error`` instead, which gets the error itself and says what it likes.
        """
        if slot is not None and slot in self._slots:
            if refusal:
                self.sig_error.emit(refusal)
            return None
        handle = self._submit(work, name)
        if slot is not None:
            self._slots[slot] = handle

        def finished(result: object) -> None:
            self._release(slot, handle)
            for change in _changes_of(result, changes):
                self.sig_change.emit(change)
            if on_finished is not None:
                on_finished(result)

        def failure(error: BaseException) -> None:
            self._release(slot, handle)
            if on_error is not None:
                on_error(error)
                return
            text = sentence(error, failed, cancelled)
            if text:
                self.sig_error.emit(text)
            if on_failed is not None:
                on_failed(text)

        handle.sig_finished.connect(finished)
        handle.sig_failed.connect(failure)
        if title:
            self._show(handle, title, cancellable, show_after_ms)
        return handle

    def latest(self, name: str, parent: QObject | None = None) -> LatestOnly:
        """A latest-only channel for one kind of request (see :class:`LatestOnly`)."""
        return LatestOnly(self, name, parent)

    def _submit(self, work: Work, name: str) -> TaskHandle:
        return self._executor.submit(work, name)

    def _release(self, slot: str | None, handle: TaskHandle) -> None:
        if slot is not None and self._slots.get(slot) is handle:
            del self._slots[slot]

    def _show(self, handle: TaskHandle, title: str, cancellable: bool, delay_ms: int) -> None:
        view = self._view
        if view is None:
            return
        if not delay_ms:
            view.track(handle, title, cancellable)
            return

        def if_still_running() -> None:  # a quick job never flashes a progress bar
            if not handle.finished and view.idle:
                view.track(handle, title, cancellable)

        QTimer.singleShot(delay_ms, if_still_running)


def _changes_of(result: object, changes: Changes | None) -> list[Change]:
    found = changes(result) if changes is not None else result
    if found is None:
        return []
    if isinstance(found, Change):
        return [found]
    if isinstance(found, Iterable) and not isinstance(found, str | bytes):
        return [c for c in found if isinstance(c, Change)]
    return []


class LatestOnly(QObject):
    """One kind of request of which only the newest matters (a search, a preview, counts).

    Submitting a request cancels the one before and disconnects it: if it is still queued
    it never runs (the worker checks the handle's cancel token, never the panel's state),
    and whatever it returns is dropped, so a stale result can never replace a newer one.
    """

    def __init__(self, runner: TaskRunner, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._name = name
        self._current: TaskHandle | None = None
        self._slots: tuple[Callable[[object], None], Callable[[BaseException], None]] | None \
            = None

    def submit(self, work: Work, on_finished: Callable[[Any], object],
               on_failed: Callable[[BaseException], object] | None = None) -> TaskHandle:
        """Run ``work`` after cancelling the previous request; only its outcome is delivered.

        ``on_failed`` gets the error itself (a panel may show a query error beside the
        field; :func:`sentence` words it) and never sees a :class:`Cancelled`.
        """
        self.cancel()
        handle = self._runner._submit(work, self._name)
        self._current = handle

        def finished(result: object) -> None:
            if handle is self._current:
                self._current = self._slots = None
                on_finished(result)

        def failed(error: BaseException) -> None:
            if handle is self._current:
                self._current = self._slots = None
                if on_failed is not None and not isinstance(error, Cancelled):
                    on_failed(error)

        handle.sig_finished.connect(finished)
        handle.sig_failed.connect(failed)
        self._slots = (finished, failed)
        return handle

    def cancel(self) -> None:
        """Drop the pending request, if any: it is cancelled and disconnected."""
        handle, slots = self._current, self._slots
        self._current = self._slots = None
        if handle is None:
            return
        handle.cancel()
        if slots is not None and not handle.finished:
            handle.sig_finished.disconnect(slots[0])
            handle.sig_failed.disconnect(slots[1])

    @property
    def pending(self) -> bool:
        """Whether a request was submitted and has not delivered its outcome yet."""
        return self._current is not None
