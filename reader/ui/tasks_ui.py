"""Long work in the window: the status-bar progress with Cancel, and importing files.

Import is the core's ``Library.import_paths(paths, progress, cancel)`` run on the worker;
this module only shows its progress, forwards Cancel, and lists what failed in one dialog
at the end (never one dialog per file).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..core.errors import Cancelled, ParallaxError
from ..core.library import ImportOutcome, ImportReport, ImportStatus
from ..core.tasks import CancelToken, Progress
from .qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QObject,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .session import Session
from .workers import TaskHandle

PROJECT_SUFFIXES = (".qdpx", ".qde")
"""REFI-QDA projects, imported with their codings rather than as articles."""


class TaskProgress(QWidget):
    """A message, a progress bar and a Cancel button for the running task (status bar)."""

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
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def track(self, handle: TaskHandle, title: str, cancellable: bool = True) -> None:
        """Show ``handle``'s progress until it is done."""
        self.handle = handle
        self._title = title
        self.message.setText(title + "…")
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.setVisible(cancellable)
        handle.sig_progress.connect(self._progress)
        handle.sig_done.connect(self._done)
        self.show()

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        self.message.setText(f"{self._title}: {message}" if message else self._title)

    def _done(self) -> None:
        if self.sender() is self.handle:
            self.handle = None
            self.hide()

    def cancel(self) -> None:
        """Ask the running task to stop."""
        if self.handle is not None:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("{task}: cancelling…").format(task=self._title))


class ImportReportDialog(QDialog):
    """Every file that could not be imported, in one list."""

    def __init__(self, report: ImportReport, summary: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished with problems"))
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.failures = QListWidget()
        self.failures.setAccessibleName(self.tr("Files not imported"))
        for outcome in report.failed:
            self.failures.addItem(f"{Path(outcome.path).name}: {outcome.message}")
            self.failures.item(self.failures.count() - 1).setToolTip(outcome.path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(
            self.tr("%n file(s) could not be imported:", "", len(report.failed))))
        layout.addWidget(self.failures)
        layout.addWidget(buttons)
        self.resize(620, 360)


class Importer(QObject):
    """Runs imports on the worker with progress and Cancel; reports once at the end."""

    sig_finished = Signal(object)  # ImportReport
    sig_failed = Signal(str)

    def __init__(self, session: Session, progress: TaskProgress, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._progress = progress
        self._window = parent
        self.handle: TaskHandle | None = None
        self.report_dialog: ImportReportDialog | None = None
        self._changes: list[object] = []

    @property
    def running(self) -> bool:
        return self.handle is not None

    def import_paths(self, paths: Sequence[Path | str]) -> TaskHandle | None:
        """Start importing files and folders; None when another import is running."""
        if not paths:
            return None
        if self.handle is not None:
            self._session.sig_error.emit(
                self.tr("An import is already running; wait for it or cancel it."))
            return None
        library = self._session.library
        chosen = [Path(p) for p in paths]

        changes = self._changes = []

        def work(progress: Progress, cancel: CancelToken) -> ImportReport:
            projects = [p for p in chosen if p.suffix.lower() in PROJECT_SUFFIXES]
            files = [p for p in chosen if p not in projects]
            report = (library.import_paths(files, progress=progress, cancel=cancel) if files
                      else ImportReport(outcomes=[]))
            for project in projects:  # REFI-QDA: texts and codings (core.qdpx_import)
                try:
                    done = library.import_qdpx(project)
                except ParallaxError as exc:
                    report.outcomes.append(ImportOutcome(str(project), "failed",
                                                         message=str(exc)))
                    continue
                if done.annotations.change is not None and done.annotations.changed:
                    changes.append(done.annotations.change)
                status: ImportStatus = (
                    "new" if done.documents_new else
                    "updated" if done.documents_updated or done.annotations.changed
                    else "unchanged")
                report.outcomes.append(ImportOutcome(str(project), status, None,
                                                     done.summary()))
                report.outcomes += [ImportOutcome(str(project), "failed", message=problem)
                                    for problem in done.problems]
            return report

        handle = self._session.executor.submit(work, "import")
        self.handle = handle
        if len(chosen) == 1:
            title = self.tr("Importing {name}").format(name=chosen[0].name)
        else:
            title = self.tr("Importing %n item(s)", "", len(chosen))
        self._progress.track(handle, title)
        handle.sig_finished.connect(self._finished)
        handle.sig_failed.connect(self._failed)
        return handle

    def import_url(self, url: str) -> TaskHandle | None:
        """Start fetching and importing one web page; None when another import is running."""
        if self.handle is not None:
            self._session.sig_error.emit(
                self.tr("An import is already running; wait for it or cancel it."))
            return None
        library = self._session.library

        def work(progress: Progress, cancel: CancelToken) -> ImportReport:
            return library.import_url(url)

        handle = self._session.executor.submit(work, "import")
        self.handle = handle
        self._progress.track(handle, self.tr("Fetching {url}").format(url=url),
                             cancellable=False)
        handle.sig_finished.connect(self._finished)
        handle.sig_failed.connect(self._failed)
        return handle

    def summary(self, report: ImportReport) -> str:
        """The report's one line (the core's ``summary()``) in the interface language."""
        counts: dict[ImportStatus, str] = {
            "new": self.tr("%n new", "", len(report.with_status("new"))),
            "updated": self.tr("%n updated", "", len(report.with_status("updated"))),
            "unchanged": self.tr("%n unchanged", "", len(report.with_status("unchanged"))),
            "failed": self.tr("%n failed", "", len(report.with_status("failed"))),
        }
        shown = [text for status, text in counts.items() if report.with_status(status)]
        text = ", ".join(shown) or self.tr("nothing to import")
        if report.cancelled:
            return self.tr("Imported: {counts} (cancelled).").format(counts=text)
        return self.tr("Imported: {counts}.").format(counts=text)

    def cancel(self) -> None:
        """Stop the running import (documents already read are kept)."""
        if self.handle is not None:
            self.handle.cancel()

    def _finished(self, report: ImportReport) -> None:
        self.handle = None
        for change in self._changes:  # highlights a .qdpx project brought
            self._session.broadcast(change)
        self._changes = []
        summary = self.summary(report)
        self._session.documents_changed(summary)
        self._session.sig_message.emit(summary)
        if report.failed:
            if self.report_dialog is not None:
                self.report_dialog.close()
            self.report_dialog = ImportReportDialog(report, summary, self._window)
            self.report_dialog.show()
        self.sig_finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.handle = None
        if isinstance(error, Cancelled):
            message = self.tr("Import cancelled.")
        elif isinstance(error, ParallaxError):
            message = str(error)
        else:
            message = self.tr("The import failed: {error}.").format(error=error)
        self._session.documents_changed(message)
        self._session.sig_error.emit(message)
        self.sig_failed.emit(message)
