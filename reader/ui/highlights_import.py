"""File → Import highlights…: a W3C JSON-LD file read back on the worker, and its report.

The core's ``library.imports.annotations`` does the work as one undoable operation; this
module picks the file, runs it through the task runner (which broadcasts the change) and
shows, once at the end, what was added, what was already there and which highlights wait
for their documents.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..core.annotation_io import ImportAnnotationsReport
from ..core.errors import InvalidValue, NotFound
from ..core.library import Library
from ..core.tasks import CancelToken, Progress
from .qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QObject,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .session import Session
from .workers import TaskHandle

#: Asks for a file of highlights to import: (parent) → its path, None on Cancel.
OpenHighlightsFile = Callable[[QWidget], str | None]
QUOTE_CHARS = 60


def ask_highlights_file(parent: QWidget) -> str | None:
    """The standard Open dialog for a JSON-LD export."""
    translate = QCoreApplication.translate
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("HighlightsImporter", "Import highlights"), "",
        translate("HighlightsImporter",
                  "W3C Web Annotations (*.jsonld *.json);;All files (*)"))
    return path or None


def read_highlights(library: Library, path: Path) -> ImportAnnotationsReport:
    """Read ``path`` and import it (on the worker); raises ParallaxError with one sentence."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise NotFound(f"There is no file {path}.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidValue(f"{path} cannot be read as UTF-8 text: {exc}.") from exc
    return library.imports.annotations(text)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_CHARS else flat[: QUOTE_CHARS - 1] + "…"


class ImportHighlightsDialog(QDialog):
    """What an import of highlights did, with every highlight it could not place."""

    def __init__(self, report: ImportAnnotationsReport, path: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Highlights imported"))
        lines = [
            self.tr("%n highlight(s) added", "", len(report.added)),
            self.tr("%n highlight(s) updated (changed since)", "", len(report.updated)),
            self.tr("%n highlight(s) already in the library, unchanged", "",
                    len(report.unchanged)),
        ]
        if report.orphaned:
            lines.append(self.tr(
                "%n highlight(s) whose text was not found: kept as orphans in the "
                "Highlights panel", "", len(report.orphaned)))
        counts = report.match_counts()  # how each highlight's document was found
        if counts.get("same source, text changed"):
            lines.append(self.tr(
                "%n highlight(s) placed on a document whose text changed since", "",
                counts["same source, text changed"]))
        if counts.get("found by quote"):
            lines.append(self.tr(
                "%n highlight(s) whose document was found by its quote", "",
                counts["found by quote"]))
        if report.renamed:
            lines.append(self.tr(
                "%n highlight(s) added under a new id (their id belongs to another "
                "highlight)", "", len(report.renamed)))
        if report.links_added:
            lines.append(self.tr("%n link(s) added", "", len(report.links_added)))
        if report.labels_created:
            lines.append(self.tr("New labels: {labels}").format(
                labels=", ".join(report.labels_created)))
        self.heading = QLabel(self.tr("From {file}:").format(file=path.name))
        self.heading.setToolTip(str(path))
        self.heading.setAccessibleName(self.tr("Imported file"))
        self.summary = QLabel("\n".join(f"• {line}" for line in lines))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the import did"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)

        self.missing_label = QLabel(self.tr(
            "%n highlight(s) were not imported: their documents are not in the library. "
            "Import those documents, then this file again.", "", len(report.missing)))
        self.missing_label.setWordWrap(True)
        self.missing = QListWidget()
        self.missing.setAccessibleName(self.tr("Highlights on documents not in the library"))
        self.missing.setWordWrap(True)  # long titles wrap instead of scrolling sideways
        self.missing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for skipped in report.missing:
            title = skipped.doc_title or self.tr("untitled document")
            self.missing.addItem(self.tr("“{quote}” in {title}").format(
                quote=_short(skipped.quote), title=title))
            item = self.missing.item(self.missing.count() - 1)
            item.setToolTip(self.tr("Highlight {id} on document {doc}").format(
                id=skipped.annotation_id, doc=skipped.doc_id))
        self.problems_label = QLabel(self.tr("Problems in the file:"))
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems in the file"))
        self.problems.addItems(report.problems)
        for label, widget, shown in (
                (self.missing_label, self.missing, bool(report.missing)),
                (self.problems_label, self.problems, bool(report.problems))):
            layout.addWidget(label)
            layout.addWidget(widget, 1)
            label.setVisible(shown)
            widget.setVisible(shown)
        if not report.missing and not report.problems:
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(560, 380 if report.missing or report.problems else 200)


class HighlightsImporter(QObject):
    """Imports a JSON-LD file of highlights through the task runner (one at a time) and
    reports once at the end; the runner broadcasts the change."""

    sig_finished = Signal(object)  # ImportAnnotationsReport
    sig_failed = Signal(str)

    SLOT = "import-highlights"

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._window = parent
        self.report_dialog: ImportHighlightsDialog | None = None

    @property
    def running(self) -> bool:
        return self._session.tasks.running(self.SLOT) is not None

    def import_file(self, path: Path | str | None) -> TaskHandle | None:
        """Start importing a JSON-LD file; None when nothing was chosen or one is running."""
        if not path:
            return None
        chosen = Path(path)
        library = self._session.library

        def work(_progress: Progress, _cancel: CancelToken) -> ImportAnnotationsReport:
            return read_highlights(library, chosen)

        return self._session.tasks.run(
            work, name="import-highlights", slot=self.SLOT,
            title=self.tr("Importing highlights from {name}").format(name=chosen.name),
            refusal=self.tr("Highlights are already being imported; wait for them."),
            failed=self.tr("The import of highlights failed: {error}."),
            changes=lambda report: report.change if report.changed else None,
            on_finished=lambda report: self._finished(chosen, report),
            on_failed=self.sig_failed.emit)

    def summary(self, report: ImportAnnotationsReport) -> str:
        """One line for the status bar."""
        text = self.tr("Highlights imported: %n added", "", len(report.added))
        if report.missing:
            text = self.tr("{summary}, %n waiting for their documents", "",
                           len(report.missing)).format(summary=text)
        return text + "."

    def _finished(self, path: Path, report: ImportAnnotationsReport) -> None:
        self._session.sig_message.emit(self.summary(report))
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
        self.report_dialog = ImportHighlightsDialog(report, path, self._window)
        self.report_dialog.show()
        self.sig_finished.emit(report)
