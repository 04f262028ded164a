"""Import from the window: drag and drop, progress with Cancel, one list of failures."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from reader.core.tasks import CancelToken, Progress
from reader.ui.qt import QApplication, QDragEnterEvent, QDropEvent, QMimeData, QPointF, Qt, QUrl
from reader.ui.workers import SerialExecutor, TaskHandle
from tests.ui.conftest import WindowFactory

WORDS = {
    "en": "The committee reviewed the harbour budget and approved new ferries for the coast",
    "de": "Der Ausschuss prüfte den Hafenhaushalt und genehmigte neue Fähren für die Küste",
    "it": "Il comitato ha esaminato il bilancio del porto e approvato nuovi traghetti per la costa",
}


def write_articles(folder: Path, count: int) -> list[Path]:
    """``count`` small articles in three languages, distinct from those of other folders."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    langs = sorted(WORDS)
    for number in range(count):
        lang = langs[number % len(langs)]
        path = folder / f"article-{number:04d}-{lang}.txt"
        body = f"{WORDS[lang]} {number} {folder.name}. " * 4
        path.write_text(f"Article {number} {WORDS[lang][:30]}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def drop_files(window: Any, paths: list[Path]) -> None:
    """Drag file URLs onto the window and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    center = window.rect().center()  # QDragEnterEvent takes a QPoint, QDropEvent a QPointF
    enter = QDragEnterEvent(center, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(center), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()


def test_dropping_files_and_a_folder_imports_them(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    parts = open_window()
    window = parts.window
    single = write_articles(tmp_path / "loose", 1)
    folder = tmp_path / "folder"
    write_articles(folder, 3)
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000) as finished:
        with qtbot.waitSignal(window.sig_library_loaded, timeout=30_000):
            drop_files(window, [*single, folder])
    report = finished.args[0]
    assert len(report.with_status("new")) == 4 and not report.failed
    assert window.library_panel.model.rowCount() == 9
    assert not window.task_progress.isVisible()


def test_dragging_text_without_files_is_refused(open_window: WindowFactory) -> None:
    window = open_window().window
    mime = QMimeData()
    mime.setText("just some text")
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


class PausingExecutor(SerialExecutor):
    """Holds an import at its first progress report until the test lets it go on."""

    def __init__(self) -> None:
        super().__init__()
        self.paused = threading.Event()
        self.resume = threading.Event()

    def _start(self, handle: TaskHandle, work: Callable[[Progress, CancelToken], Any]) -> None:
        if handle.name != "import":
            super()._start(handle, work)
            return

        def paused_work(progress: Progress, cancel: CancelToken) -> Any:
            def report(done: int, total: int, message: str) -> None:
                progress(done, total, message)
                if done and not self.paused.is_set():
                    self.paused.set()
                    self.resume.wait(30)

            return work(report, cancel)

        super()._start(handle, paused_work)


def test_import_shows_progress_and_cancel_keeps_the_window_usable(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    executor = PausingExecutor()
    parts = open_window(executor=executor)
    window = parts.window
    folder = tmp_path / "many"
    write_articles(folder, 300)
    open_window.import_choice = [str(folder)]

    window.act_import_folder.trigger()
    assert window.importer.running
    try:
        qtbot.waitUntil(executor.paused.is_set, timeout=30_000)
        # The worker is mid-import: the event loop runs, the bar shows how far it got.
        qtbot.waitUntil(lambda: window.task_progress.bar.value() > 0, timeout=5_000)
        assert window.task_progress.isVisible()
        assert window.task_progress.bar.maximum() == 1000
        assert "Importing" in window.task_progress.message.text()
        window.search.field.setText("Hafen")  # typing still works
        assert window.search.field.text() == "Hafen"
        qtbot.mouseClick(window.task_progress.cancel_button, Qt.MouseButton.LeftButton)
        assert "cancelling" in window.task_progress.message.text()
    finally:
        executor.resume.set()
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000) as finished:
        pass
    report = finished.args[0]
    assert report.cancelled
    assert "(cancelled)" in report.summary()
    assert 0 < len(report.with_status("new")) < 300
    assert not window.importer.running
    qtbot.waitUntil(lambda: not window.task_progress.isVisible(), timeout=5_000)

    # The window is usable: the list shows what was kept, and search answers.
    qtbot.waitUntil(
        lambda: window.library_panel.model.rowCount() == 5 + len(report.with_status("new")),
        timeout=30_000)
    with qtbot.waitSignal(window.search.sig_results, timeout=30_000) as searched:
        window.search.set_query("TPU")
    assert searched.args[0].total == 5


def test_failures_are_listed_once_at_the_end(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window().window
    folder = tmp_path / "mixed"
    write_articles(folder, 2)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000) as finished:
        window.importer.import_paths([folder, tmp_path / "missing.md"])
    report = finished.args[0]
    assert len(report.failed) == 3 and len(report.with_status("new")) == 2
    dialog = window.importer.report_dialog
    assert dialog is not None and dialog.isVisible()
    listed = [dialog.failures.item(i).text() for i in range(dialog.failures.count())]
    assert len(listed) == 3
    assert any(item.startswith("empty.txt") for item in listed)
    assert any(item.startswith("missing.md") for item in listed)
    assert "2 new" in dialog.summary.text() and "3 failed" in dialog.summary.text()


def test_a_second_import_waits_for_the_first(open_window: WindowFactory, tmp_path: Path,
                                             qtbot: QtBot) -> None:
    executor = PausingExecutor()
    window = open_window(executor=executor).window
    messages: list[str] = []
    window.session.sig_error.connect(messages.append)
    folder = tmp_path / "batch"
    write_articles(folder, 4)
    try:
        assert window.importer.import_paths([folder]) is not None
        assert window.importer.import_paths([folder]) is None
        assert messages and "already running" in messages[-1]
    finally:
        executor.resume.set()
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000) as finished:
        pass
    # The first import went on to the end; the refused second one imported nothing twice.
    assert len(finished.args[0].with_status("new")) == 4
    qtbot.waitUntil(lambda: window.library_panel.model.rowCount() == 9, timeout=30_000)
