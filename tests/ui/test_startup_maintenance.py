"""The window shows before the library's maintenance (check, daily backup, first seeding)
has finished: it runs as the first background task, with a message in the status bar, and
damage it finds is offered the newest good backup, as at start-up."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from reader.core import backup
from reader.core.library import Library
from reader.core.store import STORE_FILENAME
from reader.core.tasks import CancelToken, Progress
from reader.ui.app import Parts
from reader.ui.backup_dialog import open_library
from reader.ui.qt import QApplication, QMessageBox
from reader.ui.workers import SerialExecutor, TaskHandle
from tests.annotation_helpers import annotate_seeds
from tests.core.test_backup import _checkpoint
from tests.core.test_maintenance import _corrupt_pages_from
from tests.ui.conftest import LIBRARY_LOAD_MS, WindowFactory


class HeldMaintenance(SerialExecutor):
    """Holds the start-up maintenance on the worker until the test lets it go on."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()
        self.release = threading.Event()
        self.names: list[str] = []

    def _start(self, handle: TaskHandle, work: Callable[[Progress, CancelToken], Any]) -> None:
        self.names.append(handle.name)
        if handle.name != "maintenance":
            super()._start(handle, work)
            return

        def held(progress: Progress, cancel: CancelToken) -> Any:
            self.started.set()
            self.release.wait(30)
            return work(progress, cancel)

        super()._start(handle, held)


def autos(folder: Path) -> list[Path]:
    return [b.path for b in backup.list_backups(folder) if b.kind == "auto"]


def screenshot(parts: Parts, name: str) -> None:
    folder = os.environ.get("PARALLAX_SCREENSHOT_DIR")
    if folder:
        parts.window.grab().save(os.path.join(folder, name))


def test_the_window_shows_while_the_check_and_daily_backup_run(
        qtbot: QtBot, open_window: WindowFactory, library_dir: Path) -> None:
    assert autos(library_dir) == []  # a backup is due: the first open today
    executor = HeldMaintenance()
    parts = open_window(executor=executor, wait=False)
    window = parts.window
    try:
        qtbot.waitUntil(executor.started.is_set, timeout=LIBRARY_LOAD_MS)
        # The window is up and answers while the maintenance waits on the worker.
        assert window.isVisible() and not window.library_loaded
        assert executor.names[0] == "maintenance"  # the first background task
        progress = window.task_progress
        qtbot.waitUntil(progress.isVisible, timeout=5_000)
        assert progress.message.text() == "Checking the library and making today's backup…"
        assert autos(library_dir) == []
        window.search.field.setText("TPU")  # typing works meanwhile
        assert window.search.field.text() == "TPU"
        screenshot(parts, "startup-maintenance.png")
    finally:
        executor.release.set()
    qtbot.waitUntil(lambda: window.library_loaded, timeout=LIBRARY_LOAD_MS)
    assert window.library_panel.model.rowCount() == 5
    assert len(autos(library_dir)) == 1  # today's backup, made after the window showed
    assert executor.names[:2] == ["maintenance", "list"]
    qtbot.waitUntil(lambda: not progress.isVisible(), timeout=5_000)
    # The search typed meanwhile ran once the worker was free.
    qtbot.waitUntil(lambda: window.search.last_results is not None, timeout=LIBRARY_LOAD_MS)


def test_a_new_library_shows_at_once_and_gets_its_articles(
        qtbot: QtBot, open_window: WindowFactory, tmp_path: Path) -> None:
    folder = tmp_path / "first-start"
    library = Library(folder, defer_maintenance=True)  # what the app opens on a first start
    executor = HeldMaintenance()
    try:
        parts = open_window(library=library, executor=executor, wait=False)
        window = parts.window
        qtbot.waitUntil(executor.started.is_set, timeout=LIBRARY_LOAD_MS)
        assert window.isVisible() and window.library_panel.model.rowCount() == 0
        assert window.task_progress.isVisible()  # at once: seeding takes a moment
        assert window.task_progress.message.text() == (
            "Adding the bundled articles to the new library…")
        executor.release.set()
        qtbot.waitUntil(lambda: window.library_loaded, timeout=LIBRARY_LOAD_MS)
        assert window.library_panel.model.rowCount() == 5
        open_window.wait_idle(parts)
        with qtbot.waitSignal(window.search.sig_results, timeout=LIBRARY_LOAD_MS) as found:
            window.search.set_query("TPU")
        assert found.args[0].total == 5  # the seeds are indexed and searchable
    finally:
        executor.release.set()
        open_window.close_all()
        library.close()


def damage_documents(folder: Path) -> Path:
    """A library whose documents' pages are damaged but opens (what opening reads is
    intact); its newest good backup."""
    with Library(folder) as library:
        annotate_seeds(library)
        good = library.backups.make()
    store = folder / STORE_FILENAME
    _checkpoint(store)
    _corrupt_pages_from(store, len(store.read_bytes()) // 4096 * 2 // 3)
    return good


def test_damage_found_after_the_window_showed_offers_the_newest_backup(
        qtbot: QtBot, open_window: WindowFactory, library_dir: Path) -> None:
    good = damage_documents(library_dir)
    library = open_library(library_dir, lambda box: pytest_fail(box))
    assert library is not None and library.pending_maintenance  # it opened cheaply
    try:
        parts = open_window(library=library, wait=False)
        window = parts.window
        qtbot.waitUntil(lambda: window.damaged_question is not None, timeout=LIBRARY_LOAD_MS)
        box = window.damaged_question
        assert box is not None and box.isVisible()
        assert "damaged" in box.text() and str(good) in box.text()
        assert "reloads the window" in box.informativeText()
        [restore] = [b for b in box.buttons() if b.text() == "Restore newest backup"]
        assert box.defaultButton() is restore
        screenshot(parts, "startup-damaged.png")
        if os.environ.get("PARALLAX_SCREENSHOT_DIR"):
            box.grab().save(os.path.join(os.environ["PARALLAX_SCREENSHOT_DIR"],
                                         "startup-damaged-question.png"))
        with qtbot.waitSignal(window.backups.sig_restored, timeout=LIBRARY_LOAD_MS):
            restore.click()
        qtbot.waitUntil(lambda: window.library_loaded, timeout=LIBRARY_LOAD_MS)
        assert window.library_panel.model.rowCount() == 5
        assert window.isVisible() and not window.library_unusable
        kept = [b for b in backup.list_backups(library_dir) if b.kind == "before-restore"]
        assert len(kept) == 1  # the damaged file is kept
        open_window.wait_idle(parts)
        with qtbot.waitSignal(window.search.sig_results, timeout=LIBRARY_LOAD_MS) as found:
            window.search.set_query("TPU")
        assert found.args[0].total == 5
    finally:
        open_window.close_all()
        library.close()


def test_closing_the_damage_question_closes_the_window(
        qtbot: QtBot, open_window: WindowFactory, library_dir: Path) -> None:
    damage_documents(library_dir)
    library = open_library(library_dir, lambda box: pytest_fail(box))
    assert library is not None
    try:
        parts = open_window(library=library, wait=False)
        window = parts.window
        qtbot.waitUntil(lambda: window.damaged_question is not None, timeout=LIBRARY_LOAD_MS)
        box = window.damaged_question
        assert box is not None
        box.button(QMessageBox.StandardButton.Close).click()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
        assert window.library_unusable and not window.library_loaded
        assert (library_dir / STORE_FILENAME).exists()  # nothing replaced or deleted
    finally:
        open_window.close_all()
        library.close()
    QApplication.processEvents()


def pytest_fail(box: QMessageBox) -> None:
    raise AssertionError(f"no question was expected before the window: {box.text()}")
