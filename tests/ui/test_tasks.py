"""The task runner: exclusive slots, one-sentence errors, broadcast changes, progress in the
status bar, latest-only requests, and no background work in reader/ui that bypasses it."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.changes import Change, ChangeKind
from reader.core.errors import Cancelled, NotFound
from reader.core.models import AnnotationId, DocId
from reader.core.tasks import CancelToken, Progress, check_cancelled
from reader.ui.qt import Qt
from reader.ui.tasks import TaskProgress, TaskRunner, sentence
from reader.ui.workers import InlineExecutor, SerialExecutor
from tests.conftest import REPO

UI = REPO / "reader" / "ui"


@pytest.fixture
def executor(qtbot: QtBot) -> SerialExecutor:
    return SerialExecutor()


@pytest.fixture
def runner(executor: SerialExecutor) -> TaskRunner:
    return TaskRunner(executor)


def blocker(release: threading.Event, started: threading.Event | None = None):  # type: ignore[no-untyped-def]
    def work(_progress: Progress, cancel: CancelToken) -> str:
        if started is not None:
            started.set()
        while not release.wait(0.005):
            check_cancelled(cancel)
        return "done"
    return work


# -- slots, sentences, changes ------------------------------------------------------------


def test_a_second_job_for_a_busy_slot_is_refused_with_one_sentence(
        qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    errors: list[str] = []
    runner.sig_error.connect(errors.append)
    first = runner.run(blocker(release), name="import", slot="import",
                       refusal="An import is already running; wait for it or cancel it.")
    assert first is not None and runner.running("import") is first
    ran: list[str] = []
    second = runner.run(lambda _p, _c: ran.append("second"), name="import", slot="import",
                        refusal="An import is already running; wait for it or cancel it.")
    assert second is None
    assert errors == ["An import is already running; wait for it or cancel it."]
    # Another slot is not held by it: a backup queues behind the import.
    backup = runner.run(lambda _p, _c: "backed up", name="backup", slot="backup")
    assert backup is not None
    release.set()
    with qtbot.waitSignal(backup.sig_done, timeout=10_000):
        pass
    assert runner.running("import") is None and runner.running("backup") is None
    assert ran == []  # the refused job never ran
    again = runner.run(lambda _p, _c: "ok", name="import", slot="import")
    assert again is not None  # the slot is free once the first finished
    with qtbot.waitSignal(again.sig_done, timeout=10_000):
        pass


@pytest.mark.parametrize(("error", "said"), [
    (NotFound("There is no file /x/notes.jsonld."), "There is no file /x/notes.jsonld."),
    (OSError("No space left on device"), "The import failed: No space left on device."),
    (Cancelled("Cancelled by the user."), "Import cancelled."),
])
def test_errors_come_back_as_one_sentence(qtbot: QtBot, runner: TaskRunner,
                                          error: BaseException, said: str) -> None:
    shown: list[str] = []
    handed: list[str] = []
    runner.sig_error.connect(shown.append)

    def work(_progress: Progress, _cancel: CancelToken) -> None:
        raise error

    handle = runner.run(work, name="import", slot="import",
                        failed="The import failed: {error}.", cancelled="Import cancelled.",
                        on_finished=lambda _r: pytest.fail("it failed"),
                        on_failed=handed.append)
    assert handle is not None
    with qtbot.waitSignal(handle.sig_done, timeout=10_000):
        pass
    assert shown == [said] and handed == [said]
    assert runner.running("import") is None


def test_sentence_without_a_template_still_says_what_failed() -> None:
    assert sentence(ValueError("bad row")) == "The task failed: bad row."
    assert sentence(Cancelled("Cancelled by the user.")) == ""  # nothing to say by default
    assert sentence(KeyError()) == "The task failed: KeyError."


def test_a_returned_change_is_broadcast_before_the_job_s_own_handler(
        qtbot: QtBot, runner: TaskRunner) -> None:
    change = Change(ChangeKind.ANNOTATIONS, "create", "Highlight", frozenset({DocId("d1")}),
                    frozenset({AnnotationId("a1")}))
    order: list[str] = []
    runner.sig_change.connect(lambda c: order.append(f"change {c.description}"))
    handle = runner.run(lambda _p, _c: change, name="write",
                        on_finished=lambda result: order.append(f"done {result is change}"))
    assert handle is not None
    with qtbot.waitSignal(handle.sig_done, timeout=10_000):
        pass
    assert order == ["change Highlight", "done True"]

    # A report that carries changes names them; nothing else is broadcast.
    order.clear()
    handle = runner.run(lambda _p, _c: {"changes": [change, change]}, name="import",
                        changes=lambda report: report["changes"],
                        on_finished=lambda _r: order.append("report"))
    with qtbot.waitSignal(handle.sig_done, timeout=10_000):  # type: ignore[union-attr]
        pass
    assert order == ["change Highlight", "change Highlight", "report"]
    order.clear()
    handle = runner.run(lambda _p, _c: "no change", name="list",
                        on_finished=lambda _r: order.append("listed"))
    with qtbot.waitSignal(handle.sig_done, timeout=10_000):  # type: ignore[union-attr]
        pass
    assert order == ["listed"]


def test_a_caller_that_must_know_the_error_gets_it_and_nothing_is_said(
        qtbot: QtBot, runner: TaskRunner) -> None:
    shown: list[str] = []
    got: list[BaseException] = []
    runner.sig_error.connect(shown.append)

    def work(_progress: Progress, _cancel: CancelToken) -> None:
        raise NotFound("gone")

    handle = runner.run(work, name="maintenance", on_error=got.append)
    with qtbot.waitSignal(handle.sig_done, timeout=10_000):  # type: ignore[union-attr]
        pass
    assert [str(e) for e in got] == ["gone"] and shown == []


# -- progress in the status bar -----------------------------------------------------------


def test_progress_and_cancel_in_the_status_bar(qtbot: QtBot, runner: TaskRunner) -> None:
    view = TaskProgress()
    qtbot.addWidget(view)
    runner.show_progress_in(view)
    started, release = threading.Event(), threading.Event()

    def work(progress: Progress, cancel: CancelToken) -> None:
        started.set()
        progress(3, 10, "file 3")
        while not release.wait(0.005):
            check_cancelled(cancel)

    handle = runner.run(work, name="import", title="Importing news", cancellable=True,
                        cancelled="Import cancelled.")
    assert handle is not None
    qtbot.waitUntil(lambda: view.bar.maximum() == 10, timeout=10_000)
    assert not view.isHidden() and view.message.text() == "Importing news: file 3"
    assert view.bar.value() == 3 and view.cancel_button.isEnabled()
    with qtbot.waitSignal(handle.sig_done, timeout=10_000):
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
        assert view.message.text() == "Importing news: cancelling…"
    assert view.isHidden() and view.idle


def test_a_quick_job_never_flashes_its_progress_and_a_slow_one_shows_it(
        qtbot: QtBot, runner: TaskRunner) -> None:
    view = TaskProgress()
    qtbot.addWidget(view)
    runner.show_progress_in(view)
    shown: list[str] = []
    view.bar.valueChanged.connect(lambda _v: shown.append(view.message.text()))
    quick = runner.run(lambda _p, _c: None, name="index", title="Updating the search index",
                       show_after_ms=100)
    with qtbot.waitSignal(quick.sig_done, timeout=10_000):  # type: ignore[union-attr]
        pass
    qtbot.wait(200)
    assert view.isHidden() and view.idle

    release = threading.Event()
    slow = runner.run(blocker(release), name="index", title="Updating the search index",
                      show_after_ms=100)
    qtbot.waitUntil(lambda: not view.isHidden(), timeout=10_000)
    assert view.message.text() == "Updating the search index…"
    release.set()
    with qtbot.waitSignal(slow.sig_done, timeout=10_000):  # type: ignore[union-attr]
        pass
    assert view.isHidden()


def test_the_task_before_comes_back_when_a_later_one_ends(qtbot: QtBot, runner: TaskRunner
                                                          ) -> None:
    # Two tracked tasks at once (an import, then a backup queued behind it): the newest
    # shows; when it ends, the import still running shows again.
    view = TaskProgress()
    qtbot.addWidget(view)
    runner.show_progress_in(view)
    release_import = threading.Event()
    importing = runner.run(blocker(release_import), name="import", title="Importing news",
                           cancellable=True)
    backup = runner.run(lambda _p, _c: None, name="backup", title="Backing up the library")
    assert importing is not None and backup is not None
    assert view.message.text() == "Backing up the library…"
    assert not view.cancel_button.isVisibleTo(view)  # a backup cannot be cancelled
    with qtbot.waitSignal(importing.sig_done, timeout=10_000):
        release_import.set()
    assert view.isHidden()

    release_import.clear()
    importing = runner.run(blocker(release_import), name="import", title="Importing news",
                           cancellable=True)
    other = runner.run(lambda _p, _c: None, name="list", title="Listing")
    view._done(other)  # type: ignore[arg-type]  # the later one ends first
    assert view.message.text() == "Importing news…" and view.cancel_button.isVisibleTo(view)
    release_import.set()
    with qtbot.waitSignal(importing.sig_done, timeout=10_000):  # type: ignore[union-attr]
        pass


# -- latest only --------------------------------------------------------------------------


def test_latest_only_runs_no_stale_request_and_delivers_only_the_newest(
        qtbot: QtBot, executor: SerialExecutor, runner: TaskRunner) -> None:
    """A search typed while the worker is busy: the queued older query never runs."""
    release = threading.Event()
    ran: list[str] = []
    delivered: list[object] = []
    failed: list[BaseException] = []

    def query(text: str):  # type: ignore[no-untyped-def]
        def work(_progress: Progress, _cancel: CancelToken) -> str:
            ran.append(text)
            return f"results for {text}"
        return work

    busy = runner.run(blocker(release), name="import")
    requests = runner.latest("search")
    requests.submit(query("T"), delivered.append, failed.append)
    requests.submit(query("TP"), delivered.append, failed.append)
    last = requests.submit(query("TPU"), delivered.append, failed.append)
    assert requests.pending
    release.set()
    with qtbot.waitSignals([busy.sig_done, last.sig_done], timeout=10_000):  # type: ignore[union-attr]
        pass
    qtbot.waitUntil(lambda: not executor.busy)
    assert ran == ["TPU"]  # "T" and "TP" were cancelled while queued
    assert delivered == ["results for TPU"] and failed == []
    assert not requests.pending


def test_latest_only_drops_and_disconnects_a_replaced_request(qtbot: QtBot) -> None:
    executor = InlineExecutor()
    runner = TaskRunner(executor)
    delivered: list[object] = []
    failed: list[BaseException] = []
    requests = runner.latest("preview")

    def boom(_progress: Progress, _cancel: CancelToken) -> str:
        raise ValueError("old request failed")

    old = requests.submit(boom, delivered.append, failed.append)  # ran, not yet delivered
    newest = requests.submit(lambda _p, _c: "new", delivered.append, failed.append)
    assert old.receivers("2sig_failed(PyObject)") == 0  # disconnected, not only ignored
    with qtbot.waitSignal(newest.sig_done):
        pass
    qtbot.wait(20)
    assert delivered == ["new"] and failed == []
    requests.submit(boom, delivered.append, failed.append)
    qtbot.waitUntil(lambda: bool(failed))
    assert [str(e) for e in failed] == ["old request failed"]
    requests.cancel()
    assert not requests.pending


# -- the write lane ------------------------------------------------------------------------


def test_a_write_does_not_queue_behind_a_long_job(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    long_job = runner.run(blocker(release), name="import", slot="import")
    assert long_job is not None
    change = Change(ChangeKind.ANNOTATIONS, "update", "Edit", frozenset({DocId("d1")}),
                    frozenset({AnnotationId("a1")}))
    order: list[str] = []
    runner.sig_change.connect(lambda c: order.append(f"change {c.description}"))
    try:
        handle = runner.write(lambda: change, name="update", on_finished=lambda result:
                              order.append(f"landed {result is change}"))
        assert runner.writing
        with qtbot.waitSignal(handle.sig_done, timeout=10_000):
            pass
        assert order == ["change Edit", "landed True"]  # broadcast first, as run() does
        assert not long_job.finished and runner.busy and not runner.writing
    finally:
        release.set()  # a failed assertion never leaves the worker blocked
    with qtbot.waitSignal(long_job.sig_done, timeout=10_000):
        pass


def test_writes_land_in_the_order_made_and_errors_are_one_sentence(
        qtbot: QtBot, runner: TaskRunner) -> None:
    landed: list[int] = []
    said: list[str] = []
    handed: list[str] = []
    runner.sig_error.connect(said.append)

    def slow(number: int) -> int:
        threading.Event().wait(0.01 * (5 - number))  # earlier writes take longer
        return number

    for number in range(5):
        runner.write(lambda n=number: slow(n), name="write", on_finished=landed.append)

    def refused() -> None:
        raise NotFound("There is no annotation with id a9.")

    runner.write(refused, name="write", on_finished=lambda _r: pytest.fail("it failed"),
                 on_failed=handed.append)
    assert runner.wait_for_writes(10_000)
    assert landed == [0, 1, 2, 3, 4]
    assert said == handed == ["There is no annotation with id a9."]


def test_shutdown_finishes_the_writes_and_cancels_the_other_jobs(
        qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    long_job = runner.run(blocker(release), name="import")
    assert long_job is not None
    written: list[str] = []
    gate = threading.Event()

    def write() -> None:
        gate.wait(0.2)  # still running when the window closes
        written.append("note")

    runner.write(write, name="note")
    runner.write(lambda: written.append("highlight"), name="highlight")
    try:
        assert runner.shutdown(10_000)
        assert written == ["note", "highlight"]
        assert long_job.cancelled
    finally:
        release.set()


def test_waiting_for_writes_is_bounded(qtbot: QtBot, runner: TaskRunner) -> None:
    release = threading.Event()
    runner.write(lambda: release.wait(10), name="stuck")
    try:
        assert not runner.wait_for_writes(50)  # gave up in time; the write goes on
        assert runner.writing
    finally:
        release.set()
    assert runner.wait_for_writes(10_000) and not runner.writing


# -- nothing bypasses the runner ----------------------------------------------------------

#: The runner (tasks.py) alone hands work to the executor; the executor (workers.py) alone
#: touches threads; qt.py only re-exports Qt's names.
RUNNER_MODULES = {"tasks.py", "workers.py"}
THREAD_NAMES = {"QThread", "QThreadPool", "QRunnable", "Thread", "ThreadPoolExecutor",
                "ProcessPoolExecutor", "start_new_thread"}
THREAD_MODULES = {"threading", "_thread", "concurrent", "concurrent.futures", "multiprocessing"}


def bypasses(source: str) -> list[str]:
    """Background work started without the runner: executor submits, threads, pools."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("submit", "start", "map") \
                and "executor" in ast.unparse(node.func.value).lower():
            found.append(f"line {node.lineno}: {ast.unparse(node.func)}")
        elif isinstance(node, ast.Attribute) and node.attr in THREAD_NAMES:
            found.append(f"line {node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.Name) and node.id in THREAD_NAMES:
            found.append(f"line {node.lineno}: {node.id}")
        elif isinstance(node, ast.Import):
            found += [f"line {node.lineno}: import {a.name}" for a in node.names
                      if a.name.split(".")[0] in THREAD_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module \
                and node.module.split(".")[0] in THREAD_MODULES:
            found.append(f"line {node.lineno}: from {node.module} import …")
    return found


def test_every_background_job_in_the_window_goes_through_the_runner() -> None:
    counted: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        if path.name in RUNNER_MODULES or path.name == "qt.py":
            continue
        found = bypasses(path.read_text(encoding="utf-8"))
        if found:
            counted[str(path.relative_to(REPO))] = found
    assert counted == {}
    # qt.py imports the thread classes for the runner and re-exports; it calls none.
    qt_calls = [n for n in ast.walk(ast.parse((UI / "qt.py").read_text(encoding="utf-8")))
                if isinstance(n, ast.Call) and "Thread" in ast.unparse(n.func)]
    assert qt_calls == []


@pytest.mark.parametrize("code", [
    "def f(session, work):\n    session.executor.submit(work, 'list')\n",
    "def f(self, work):\n    return self._executor.submit(work)\n",
    "from .qt import QThread\nclass W(QThread):\n    pass\n",
    "import threading\nthreading.Thread(target=print).start()\n",
    "from concurrent.futures import ThreadPoolExecutor\n",
    "def f(pool, job):\n    pool.start(job) if isinstance(pool, QThreadPool) else None\n",
])
def test_the_count_would_catch_a_job_that_bypasses_the_runner(code: str) -> None:
    assert bypasses(code)


def test_the_count_lets_the_runner_s_own_api_through() -> None:
    code = ("def f(session, work, done):\n"
            "    session.tasks.run(work, name='list', on_finished=done)\n"
            "    session.tasks.latest('search').submit(work, done)\n")
    assert bypasses(code) == []
    assert Path(UI / "tasks.py").is_file()
