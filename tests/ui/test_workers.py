"""The worker: progress, results and errors come back on the GUI thread; cancel reaches the core.

The task runner on top of it (slots, sentences, changes, latest-only) is in test_tasks.py.
"""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from reader.core.errors import Cancelled
from reader.core.tasks import CancelToken, Progress, check_cancelled
from reader.ui.qt import QThread
from reader.ui.workers import InlineExecutor, SerialExecutor


@pytest.fixture
def executor(qtbot: QtBot) -> SerialExecutor:
    return SerialExecutor()


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot, executor: SerialExecutor
                                                      ) -> None:
    gui = QThread.currentThread()
    seen: list[tuple[int, int, str, bool]] = []
    ran_on: list[bool] = []

    def work(progress: Progress, cancel: CancelToken) -> str:
        ran_on.append(threading.current_thread() is threading.main_thread())
        for done in range(0, 11):
            progress(done, 10, "step")
        return "done"

    handle = executor.submit(work, "demo")
    handle.sig_progress.connect(
        lambda d, t, m: seen.append((d, t, m, QThread.currentThread() is gui)))
    with qtbot.waitSignal(handle.sig_finished) as finished:
        pass
    assert finished.args == ["done"]
    assert ran_on == [False]
    assert seen and all(on_gui for *_, on_gui in seen)
    assert seen[-1][:2] == (10, 10)  # the last report is never throttled away


def test_errors_are_handed_over_not_raised(qtbot: QtBot, executor: SerialExecutor) -> None:
    def work(progress: Progress, cancel: CancelToken) -> None:
        raise ValueError("broken input")

    handle = executor.submit(work, "failing")
    with qtbot.waitSignal(handle.sig_failed) as failed:
        pass
    assert isinstance(failed.args[0], ValueError)
    assert handle.finished and handle.error is failed.args[0]


def test_cancel_reaches_the_core_function(qtbot: QtBot, executor: SerialExecutor) -> None:
    started = threading.Event()

    def work(progress: Progress, cancel: CancelToken) -> None:
        started.set()
        while True:
            check_cancelled(cancel)
            threading.Event().wait(0.005)

    handle = executor.submit(work, "endless")
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(handle.sig_failed) as failed:
        handle.cancel()
    assert isinstance(failed.args[0], Cancelled)
    qtbot.waitUntil(lambda: not executor.busy)


def test_work_runs_one_at_a_time_in_order(qtbot: QtBot, executor: SerialExecutor) -> None:
    order: list[int] = []
    handles = [executor.submit(lambda p, c, n=n: order.append(n), f"n{n}") for n in range(5)]
    with qtbot.waitSignal(handles[-1].sig_done):
        pass
    assert order == [0, 1, 2, 3, 4]


def test_busy_is_reported(qtbot: QtBot, executor: SerialExecutor) -> None:
    states: list[bool] = []
    executor.sig_busy_changed.connect(states.append)
    handle = executor.submit(lambda p, c: None, "quick")
    with qtbot.waitSignal(handle.sig_done):
        pass
    qtbot.waitUntil(lambda: states == [True, False])


def test_inline_executor_still_delivers_through_the_event_loop(qtbot: QtBot) -> None:
    executor = InlineExecutor()
    handle = executor.submit(lambda p, c: 42, "inline")
    assert not handle.finished  # the result is queued, not delivered during submit
    with qtbot.waitSignal(handle.sig_finished) as finished:
        pass
    assert finished.args == [42]


def test_shutdown_cancels_and_waits(qtbot: QtBot, executor: SerialExecutor) -> None:
    started = threading.Event()

    def work(progress: Progress, cancel: CancelToken) -> None:
        started.set()
        while not cancel.cancelled:
            threading.Event().wait(0.005)

    executor.submit(work, "long")
    qtbot.waitUntil(started.is_set)
    assert executor.shutdown(10_000)
