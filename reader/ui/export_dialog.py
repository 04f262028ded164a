"""File → Export…: format, scope and filters, a live preview, and Save.

The preview is always rendered on the worker, through the task runner's latest-only mode
(a change of choices cancels the render before it), so a library of thousands of
highlights never freezes the dialog; the scope it opens on is chosen there too. Save
writes exactly the rendering the preview shows: pressed while a render is due or running,
it waits for that render and saves it when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.errors import ParallaxError, QueryError
from ..core.tasks import CancelToken, Progress, check_cancelled
from .i18n import label_name
from .labels_dialog import error_palette
from .languages import badge
from .qt import (
    QT_TRANSLATE_NOOP,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFontDatabase,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .session import Session

if TYPE_CHECKING:  # the export writers load when the dialog exports, not at start-up
    from ..core.export import ExportOptions, ExportOutput

FORMATS = (
    ("md", QT_TRANSLATE_NOOP("ExportDialog", "Markdown"), ".md"),
    ("html", QT_TRANSLATE_NOOP("ExportDialog", "HTML"), ".html"),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV (spreadsheet)"), ".csv"),
    ("jsonld", QT_TRANSLATE_NOOP("ExportDialog", "W3C Web Annotation (JSON-LD)"), ".jsonld"),
    ("qdpx", QT_TRANSLATE_NOOP(
        "ExportDialog", "REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)"), ".qdpx"),
)
PREVIEW_CHARS = 200_000
PREVIEW_DELAY_MS = 120
PREVIEW_BUSY_MS = 200  # a render taking longer says so (a quick one never flickers)

SavePath = Callable[[QWidget, str, str], str | None]


@dataclass(frozen=True)
class RenderedPreview:
    """What one render on the worker brings back: the export, how many highlights it
    holds, and the scope it chose (``all``, ``current``, ``selected``) when none was."""

    output: ExportOutput
    count: int
    scope: str | None = None


def first_scope(session: Session, current: str | None, selected: Sequence[str]) -> str:
    """The scope the dialog opens on: one that has highlights to export (several selected
    documents, else the open one, else the selection, else everything). Reads the store:
    run it on the worker."""

    def has_highlights(doc_ids: Sequence[str]) -> bool:
        try:
            return session.count_highlights(list(doc_ids)) > 0
        except ParallaxError:
            return False

    if len(selected) > 1 and has_highlights(selected):
        return "selected"
    if current and has_highlights([current]):
        return "current"
    if selected and has_highlights(selected):
        return "selected"
    return "all"


def scope_documents(scope: str, current: str | None, selected: Sequence[str]
                    ) -> list[str] | None:
    """The documents a scope covers (None: all)."""
    if scope == "current" and current:
        return [current]
    if scope == "selected" and selected:
        return list(selected)
    return None


def ask_save_path(parent: QWidget, suggested: str, filter_text: str) -> str | None:
    """The standard Save dialog; None when the reader cancels."""
    title = QCoreApplication.translate("ExportDialog", "Export highlights")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    return path or None


class ExportDialog(QDialog):
    """Choose what to export and how; the preview shows exactly what Save writes."""

    sig_saved = Signal(str)
    sig_preview_ready = Signal()  # the preview shows the current choices (or why not)

    def __init__(
        self,
        session: Session,
        *,
        current_doc: str | None,
        selected_docs: Sequence[str],
        languages: Sequence[str],
        save_path: SavePath | None = None,
        folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export highlights"))
        self._session = session
        self._current_doc = current_doc
        self._selected = list(selected_docs)
        self._save_path = save_path or ask_save_path
        self.text = ""
        self.count = 0  # highlights in the export shown
        self.folder = folder  # where Save starts: the folder of the last export
        self.output: ExportOutput | None = None  # what the preview shows, written by Save
        self._previews = session.tasks.latest("export-preview", self)
        self.pending = False  # a preview is being rendered on the worker
        self._save_when_ready = False  # Save was pressed while the preview was rendering

        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Export format"))
        for key, name, _suffix in FORMATS:
            self.format_combo.addItem(self.tr(name), key)
        self.csv_separator = QComboBox()
        self.csv_separator.setAccessibleName(self.tr("CSV column separator"))
        self.csv_separator.addItem(self.tr("Comma"), ",")
        self.csv_separator.addItem(
            self.tr("Semicolon (spreadsheets in German, Italian, French…)"), ";")
        self.md_split = QCheckBox(self.tr("One note per document (Obsidian, Logseq)"))
        self.md_split.setAccessibleName(self.tr("One Markdown note per document"))
        self.md_images = QCheckBox(self.tr("Show web images from notes (they load when viewed)"))
        self.md_images.setAccessibleName(self.tr("Keep web images in notes"))
        self.qdpx_crlf = QCheckBox(self.tr("Windows line endings (for MAXQDA)"))
        self.qdpx_crlf.setAccessibleName(self.tr("Windows line endings in the project's texts"))
        self.options_row = QWidget()
        options = QHBoxLayout(self.options_row)
        options.setContentsMargins(0, 0, 0, 0)
        for widget in (self.csv_separator, self.md_split, self.md_images, self.qdpx_crlf):
            options.addWidget(widget)
        options.addStretch(1)

        self.scope_all = QRadioButton(self.tr("All documents"))
        self.scope_current = QRadioButton(self.tr("Current document"))
        self.scope_selected = QRadioButton(
            self.tr("Selected documents ({count})").format(count=len(self._selected)))
        self.scope_group = QButtonGroup(self)
        scope_row = QHBoxLayout()
        for button, name in ((self.scope_all, "all"), (self.scope_current, "current"),
                             (self.scope_selected, "selected")):
            button.setAccessibleName(
                self.tr("Export scope: {scope}").format(scope=button.text()))
            button.setObjectName(f"scope_{name}")
            self.scope_group.addButton(button)
            scope_row.addWidget(button)
        scope_row.addStretch(1)
        self.scope_current.setEnabled(current_doc is not None)
        self.scope_selected.setEnabled(bool(self._selected))
        # No scope is checked until the first render, on the worker, picks one with
        # highlights (first_scope); a scope the reader clicks before that wins.

        self.label_combo = QComboBox()
        self.label_combo.setAccessibleName(self.tr("Only highlights with label"))
        self.label_combo.addItem(self.tr("Any label"), None)
        for label in session.labels():
            self.label_combo.addItem(label_name(label.name), label.name)
        self.tag_field = QLineEdit()
        self.tag_field.setAccessibleName(self.tr("Only highlights with tag"))
        self.tag_field.setPlaceholderText(self.tr("any tag"))
        self.query_field = QLineEdit()
        self.query_field.setAccessibleName(self.tr("Only highlights matching the query"))
        self.query_field.setPlaceholderText(self.tr("any; e.g. tag:figures OR note:TPU"))
        self.query_field.setToolTip(self.tr(
            "The search query language: words, \"phrases\", note:, tag:, label:, AND, OR, NOT"))
        self.query_error = QLabel()
        self.query_error.setAccessibleName(self.tr("Query problem"))
        self.query_error.setWordWrap(True)
        error_palette(self.query_error)
        self.query_error.hide()
        query_box = QVBoxLayout()
        query_box.setContentsMargins(0, 0, 0, 0)
        query_box.setSpacing(2)
        query_box.addWidget(self.query_field)
        query_box.addWidget(self.query_error)
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName(self.tr("Only documents in language"))
        self.lang_combo.addItem(self.tr("Any language"), None)
        for code in languages:
            self.lang_combo.addItem(badge(code), code)

        self.preview = QPlainTextEdit()
        self.preview.setAccessibleName(self.tr("Export preview"))
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Export status"))
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setAccessibleName(self.tr("Save export to a file"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Options"), self.options_row)
        self._options_label = form.labelForField(self.options_row)
        form.addRow(self.tr("Documents"), scope_row)
        form.addRow(self.tr("Label"), self.label_combo)
        form.addRow(self.tr("Tag"), self.tag_field)
        form.addRow(self.tr("Language"), self.lang_combo)
        form.addRow(self.tr("Query"), query_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Preview:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 620)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(PREVIEW_BUSY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        for combo in (self.format_combo, self.label_combo, self.lang_combo, self.csv_separator):
            combo.currentIndexChanged.connect(self._timer.start)
        for box in (self.md_split, self.md_images, self.qdpx_crlf):
            box.toggled.connect(self._timer.start)
        self.format_combo.currentIndexChanged.connect(self._show_options)
        self._show_options()
        self.tag_field.textChanged.connect(self._timer.start)
        self.query_field.textChanged.connect(self._timer.start)
        self.scope_group.buttonToggled.connect(lambda *_: self._timer.start())
        self.refresh()

    # -- what to export ------------------------------------------------------------------

    def _scope_button(self, scope: str) -> QRadioButton:
        return {"current": self.scope_current, "selected": self.scope_selected}.get(
            scope, self.scope_all)

    def _check_scope(self, scope: str) -> None:
        """Check a scope without rendering again (the render that chose it shows it)."""
        self._scope_button(scope).setChecked(True)
        self._timer.stop()

    @property
    def ready(self) -> bool:
        """Whether the preview shows the current choices (no render due or running)."""
        return not self.pending and not self._timer.isActive()

    @property
    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def options(self) -> ExportOptions:
        """The format options chosen."""
        from ..core.export import ExportOptions

        fmt = self.fmt
        return ExportOptions(
            csv_delimiter=str(self.csv_separator.currentData()) if fmt == "csv" else ",",
            split=fmt == "md" and self.md_split.isChecked(),
            remote_images=fmt == "md" and self.md_images.isChecked(),
            crlf=fmt == "qdpx" and self.qdpx_crlf.isChecked(),
        )

    def _show_options(self) -> None:
        fmt = self.fmt
        wanted = {self.csv_separator: fmt == "csv", self.md_split: fmt == "md",
                  self.md_images: fmt == "md", self.qdpx_crlf: fmt == "qdpx"}
        # Hide before showing: for a moment both formats' options would be in the row,
        # and the dialog would grow to fit them (it does not shrink back).
        for widget, shown in sorted(wanted.items(), key=lambda item: item[1]):
            widget.setVisible(shown)
        shown = fmt in ("csv", "md", "qdpx")
        self.options_row.setVisible(shown)
        if self._options_label is not None:
            self._options_label.setVisible(shown)

    def set_format(self, fmt: str) -> None:
        """Choose a format by name (md, html, csv, jsonld, qdpx) and refresh the preview."""
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
        self.refresh()

    def scope(self) -> str | None:
        """The scope checked (``all``, ``current``, ``selected``); None before the first
        render has chosen one."""
        for button, name in ((self.scope_all, "all"), (self.scope_current, "current"),
                             (self.scope_selected, "selected")):
            if button.isChecked():
                return name
        return None

    def scope_documents(self) -> list[str] | None:
        """The documents in scope (None: all)."""
        return scope_documents(self.scope() or "all", self._current_doc, self._selected)

    def filters(self) -> dict[str, str | None]:
        """Label, tag, language and query filters, as the core's export takes them."""
        return {
            "label": self.label_combo.currentData(),
            "tag": self.tag_field.text().strip() or None,
            "lang": self.lang_combo.currentData(),
            "query": self.query_field.text().strip() or None,
        }

    def refresh(self) -> None:
        """Render the preview on the worker; a render still running for older choices is
        cancelled and its result dropped. ``sig_preview_ready`` says when it shows."""
        self._timer.stop()
        session, fmt, filters, options = self._session, self.fmt, self.filters(), \
            self.options()
        current, selected = self._current_doc, list(self._selected)
        chosen = self.scope()  # None: the first render picks the scope

        def work(_progress: Progress, cancel: CancelToken) -> RenderedPreview:
            scope = chosen or first_scope(session, current, selected)
            docs = scope_documents(scope, current, selected)
            check_cancelled(cancel)  # newer choices came in: do not render these
            output = session.export_output(fmt, docs, options, **filters)
            check_cancelled(cancel)
            return RenderedPreview(output, session.count_highlights(docs, **filters),
                                   None if chosen else scope)

        self.pending = True
        self.save_button.setEnabled(False)
        if not self.preview.toPlainText():
            self.preview.setPlaceholderText(self.tr("Rendering the preview…"))
        self._busy_timer.start()
        self._previews.submit(work, self._shown, self._failed)

    def _show_busy(self) -> None:
        """A render is taking a while: say so, and grey out the preview of the choices
        before until it arrives."""
        if not self.pending:
            return
        self.preview.setEnabled(False)
        if self._save_when_ready:
            self.status.setText(self.tr("Saving as soon as the preview is ready…"))
        elif self.filters()["query"]:
            self.status.setText(self.tr("Finding the highlights that match the query…"))
        else:
            self.status.setText(self.tr("Rendering the preview…"))

    def _settled(self) -> None:
        self.pending = False
        self._busy_timer.stop()
        self.preview.setPlaceholderText("")
        self.preview.setEnabled(True)

    def _show_query_error(self, message: str) -> None:
        self.query_error.setText(message)
        self.query_error.setVisible(bool(message))

    def _failed(self, error: BaseException) -> None:
        self._settled()
        self._save_when_ready = False
        if self.scope() is None:  # the first render failed: show everything's scope
            self._check_scope("all")
        self.text = ""
        self.output = None
        self.preview.setPlainText("")
        self.save_button.setEnabled(False)
        if isinstance(error, QueryError):
            self._show_query_error(str(error))
            self.status.setText(self.tr("Correct the query to see what would be exported."))
        else:
            self.status.setText(str(error) if isinstance(error, ParallaxError) else self.tr(
                "The export failed: {error}.").format(error=error))
        self.sig_preview_ready.emit()

    def _shown(self, result: RenderedPreview) -> None:
        if result.scope is not None and self.scope() is None:
            self._check_scope(result.scope)
        self.count = result.count
        self._rendered(result.output)
        if self._save_when_ready:  # Save was pressed while this was rendering
            self._save_when_ready = False
            if self.save_button.isEnabled():
                self.save()

    def _rendered(self, output: ExportOutput) -> None:
        self._settled()
        self._show_query_error("")
        self.output = output
        self.text = str(output.preview)
        shown = self.text if len(self.text) <= PREVIEW_CHARS else (
            self.text[:PREVIEW_CHARS] + "\n…")
        self.preview.setPlainText(shown)
        if not self.count:  # the file would hold headers and no highlight
            self.status.setText(self.tr(
                "Nothing to export: no highlight in these documents matches these choices."))
            self.save_button.setEnabled(False)
            self._save_when_ready = False
            self.sig_preview_ready.emit()
            return
        highlights = self.tr("%Ln highlight(s)", "", self.count)
        if output.fmt == "qdpx" or output.split:
            self.status.setText(highlights + ". " + self._describe(output))
        else:
            characters = self.tr("%Ln character(s)", "", len(self.text))
            lines = self.tr("%Ln line(s)", "", self.text.count("\n") + 1)
            self.status.setText(f"{highlights}, {characters}, {lines}.")
        self.save_button.setEnabled(True)
        self.sig_preview_ready.emit()

    # -- saving --------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing drops a render still running and a save waiting for it."""
        self._previews.cancel()
        self._settled()
        self._save_when_ready = False
        super().done(result)

    def _describe(self, output: ExportOutput) -> str:
        if output.split:
            return self.tr("%n note(s), one per document, written into the folder you choose.",
                           "", len(output.files))
        return self.tr("A REFI-QDA project (a zip file); the preview shows its project.qde.")

    def suggested_name(self) -> str:
        if self.output is not None and self.output.split:
            return "parallax-notes"
        suffix = next(s for key, _name, s in FORMATS if key == self.fmt)
        return f"parallax-highlights{suffix}"

    def save(self) -> Path | None:
        """Ask where (or use the injected chooser), write the file, report it.

        Save writes the rendering the preview shows. Pressed while a render is due or
        running, it returns None and saves when that render arrives (``sig_saved`` says
        where), unless there is nothing to export in it.
        """
        if self._timer.isActive():
            self.refresh()
        if self.pending:
            self._save_when_ready = True
            self._show_busy()
            return None
        output = self.output
        if not self.save_button.isEnabled() or output is None:
            return None  # nothing to save: the preview failed or holds no highlight
        name = next(n for key, n, _s in FORMATS if key == self.fmt)
        suffix = Path(self.suggested_name()).suffix
        filter_text = self.tr("{format} (*{suffix});;All files (*)").format(
            format=self.tr(name), suffix=suffix)
        if output.split:
            filter_text = self.tr("A new folder for the notes (*)")
        suggested = self.suggested_name()
        if self.folder and Path(self.folder).is_dir():
            suggested = str(Path(self.folder) / suggested)
        chosen = self._save_path(self, suggested, filter_text)
        if not chosen:
            return None
        path = Path(chosen)
        try:
            output.write(path)
        except OSError as exc:
            self.status.setText(self.tr("Could not write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc))
            return None
        self.status.setText(self.tr("Saved to {path}.").format(path=path))
        self.folder = str(path.parent)
        self.sig_saved.emit(str(path))
        return path
