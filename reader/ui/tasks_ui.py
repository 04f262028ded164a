"""Importing files, folders and web pages from the window, and the report of what failed.

Import is the core's ``library.imports.paths(paths, progress, cancel)`` run through the task
runner (progress, Cancel, one import at a time); this module lists what failed in one dialog
at the end (never one dialog per file).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..core.changes import Change
from ..core.errors import ParallaxError
from ..core.importing import ImportOutcome, ImportReport, ImportStatus
from ..core.tasks import CancelToken, Progress
from .qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QObject,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .session import Session
from .tasks import Changes
from .workers import TaskHandle, Work

PROJECT_SUFFIXES = (".qdpx", ".qde")
"""REFI-QDA projects, imported with their codings rather than as articles."""


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
    """Imports files, folders and web pages through the task runner (one at a time, with
    progress and Cancel) and reports once at the end."""

    sig_finished = Signal(object)  # ImportReport
    sig_failed = Signal(str)

    SLOT = "import"

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._window = parent
        self.report_dialog: ImportReportDialog | None = None

    @property
    def handle(self) -> TaskHandle | None:
        """The running import's task, if one runs."""
        return self._session.tasks.running(self.SLOT)

    @property
    def running(self) -> bool:
        return self.handle is not None

    def import_paths(self, paths: Sequence[Path | str]) -> TaskHandle | None:
        """Start importing files and folders; None when another import is running."""
        if not paths:
            return None
        library = self._session.library
        chosen = [Path(p) for p in paths]
        changes: list[Change] = []

        def work(progress: Progress, cancel: CancelToken) -> ImportReport:
            projects = [p for p in chosen if p.suffix.lower() in PROJECT_SUFFIXES]
            files = [p for p in chosen if p not in projects]
            report = (library.imports.paths(files, progress=progress, cancel=cancel) if files
                      else ImportReport(outcomes=[]))
            for project in projects:  # REFI-QDA: texts and codings (core.qdpx_import)
                try:
                    done = library.imports.qdpx(project)
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

        if len(chosen) == 1:
            title = self.tr("Importing {name}").format(name=chosen[0].name)
        else:
            title = self.tr("Importing %n item(s)", "", len(chosen))
        # The highlights a .qdpx project brought are broadcast before the report.
        return self._start(work, title, cancellable=True, changes=lambda _report: changes)

    def import_url(self, url: str) -> TaskHandle | None:
        """Start fetching and importing one web page; None when another import is running."""
        library = self._session.library

        def work(progress: Progress, cancel: CancelToken) -> ImportReport:
            return library.imports.url(url)

        return self._start(work, self.tr("Fetching {url}").format(url=url), cancellable=False)

    def _start(self, work: Work, title: str, *, cancellable: bool,
               changes: Changes | None = None) -> TaskHandle | None:
        return self._session.tasks.run(
            work, name="import", title=title, cancellable=cancellable, slot=self.SLOT,
            refusal=self.tr("An import is already running; wait for it or cancel it."),
            failed=self.tr("The import failed: {error}."),
            cancelled=self.tr("Import cancelled."),
            changes=changes, on_finished=self._finished, on_failed=self._failed)

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
        handle = self.handle
        if handle is not None:
            handle.cancel()

    def _finished(self, report: ImportReport) -> None:
        summary = self.summary(report)
        self._session.documents_changed(summary)
        self._session.sig_message.emit(summary)
        if report.failed:
            if self.report_dialog is not None:
                self.report_dialog.close()
            self.report_dialog = ImportReportDialog(report, summary, self._window)
            self.report_dialog.show()
        self.sig_finished.emit(report)

    def _failed(self, message: str) -> None:
        self._session.documents_changed(message)
        self.sig_failed.emit(message)
