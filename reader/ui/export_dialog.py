"""File → Export…: format, scope and filters, a live preview, and Save."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..core.errors import ParallaxError
from .languages import badge
from .qt import (
    QButtonGroup,
    QComboBox,
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

FORMATS = (
    ("md", "Markdown", ".md"),
    ("html", "HTML", ".html"),
    ("csv", "CSV (spreadsheet)", ".csv"),
    ("jsonld", "W3C Web Annotation (JSON-LD)", ".jsonld"),
)
PREVIEW_CHARS = 200_000
PREVIEW_DELAY_MS = 120

SavePath = Callable[[QWidget, str, str], str | None]


def ask_save_path(parent: QWidget, suggested: str, filter_text: str) -> str | None:
    """The standard Save dialog; None when the reader cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, "Export highlights", suggested, filter_text)
    return path or None


class ExportDialog(QDialog):
    """Choose what to export and how; the preview shows exactly what Save writes."""

    sig_saved = Signal(str)

    def __init__(
        self,
        session: Session,
        *,
        current_doc: str | None,
        selected_docs: Sequence[str],
        languages: Sequence[str],
        save_path: SavePath | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export highlights")
        self._session = session
        self._current_doc = current_doc
        self._selected = list(selected_docs)
        self._save_path = save_path or ask_save_path
        self.text = ""

        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName("Export format")
        for key, name, _suffix in FORMATS:
            self.format_combo.addItem(name, key)

        self.scope_all = QRadioButton("All documents")
        self.scope_current = QRadioButton("Current document")
        self.scope_selected = QRadioButton(f"Selected documents ({len(self._selected)})")
        self.scope_group = QButtonGroup(self)
        scope_row = QHBoxLayout()
        for button, name in ((self.scope_all, "all"), (self.scope_current, "current"),
                             (self.scope_selected, "selected")):
            button.setAccessibleName(f"Export scope: {button.text()}")
            button.setObjectName(f"scope_{name}")
            self.scope_group.addButton(button)
            scope_row.addWidget(button)
        scope_row.addStretch(1)
        self.scope_current.setEnabled(current_doc is not None)
        self.scope_selected.setEnabled(bool(self._selected))
        (self.scope_current if current_doc else self.scope_all).setChecked(True)

        self.label_combo = QComboBox()
        self.label_combo.setAccessibleName("Only highlights with label")
        self.label_combo.addItem("Any label", None)
        for label in session.labels():
            self.label_combo.addItem(label.name, label.name)
        self.tag_field = QLineEdit()
        self.tag_field.setAccessibleName("Only highlights with tag")
        self.tag_field.setPlaceholderText("any tag")
        self.lang_combo = QComboBox()
        self.lang_combo.setAccessibleName("Only documents in language")
        self.lang_combo.addItem("Any language", None)
        for code in languages:
            self.lang_combo.addItem(badge(code), code)

        self.preview = QPlainTextEdit()
        self.preview.setAccessibleName("Export preview")
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.status = QLabel()
        self.status.setAccessibleName("Export status")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("Save…")
        self.save_button.setAccessibleName("Save export to a file")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("Format", self.format_combo)
        form.addRow("Documents", scope_row)
        form.addRow("Label", self.label_combo)
        form.addRow("Tag", self.tag_field)
        form.addRow("Language", self.lang_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Preview:"))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 620)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        for combo in (self.format_combo, self.label_combo, self.lang_combo):
            combo.currentIndexChanged.connect(self._timer.start)
        self.tag_field.textChanged.connect(self._timer.start)
        self.scope_group.buttonToggled.connect(lambda *_: self._timer.start())
        self.refresh()

    # -- what to export ------------------------------------------------------------------

    @property
    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def set_format(self, fmt: str) -> None:
        """Choose a format by name (md, html, csv, jsonld) and refresh the preview."""
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
        self.refresh()

    def scope_documents(self) -> list[str] | None:
        """The documents in scope (None: all)."""
        if self.scope_current.isChecked() and self._current_doc:
            return [self._current_doc]
        if self.scope_selected.isChecked() and self._selected:
            return list(self._selected)
        return None

    def filters(self) -> dict[str, Any]:
        """Label, tag and language filters, as the core's export takes them."""
        return {
            "label": self.label_combo.currentData(),
            "tag": self.tag_field.text().strip() or None,
            "lang": self.lang_combo.currentData(),
        }

    def render(self) -> str:
        """The export text for the current choices (raises ParallaxError)."""
        return self._session.export_highlights(self.fmt, self.scope_documents(), **self.filters())

    def refresh(self) -> None:
        """Render the preview now."""
        self._timer.stop()
        try:
            self.text = self.render()
        except ParallaxError as exc:
            self.text = ""
            self.preview.setPlainText("")
            self.status.setText(str(exc))
            self.save_button.setEnabled(False)
            return
        shown = self.text if len(self.text) <= PREVIEW_CHARS else (
            self.text[:PREVIEW_CHARS] + "\n…")
        self.preview.setPlainText(shown)
        lines = self.text.count("\n") + 1
        self.status.setText(f"{len(self.text):,} characters, {lines:,} lines.")
        self.save_button.setEnabled(True)

    # -- saving --------------------------------------------------------------------------

    def suggested_name(self) -> str:
        suffix = next(s for key, _name, s in FORMATS if key == self.fmt)
        return f"parallax-highlights{suffix}"

    def save(self) -> Path | None:
        """Ask where (or use the injected chooser), write the file, report it."""
        if self._timer.isActive():
            self.refresh()
        name = next(n for key, n, _s in FORMATS if key == self.fmt)
        suffix = Path(self.suggested_name()).suffix
        chosen = self._save_path(self, self.suggested_name(), f"{name} (*{suffix});;All files (*)")
        if not chosen:
            return None
        path = Path(chosen)
        try:
            path.write_text(self.text, encoding="utf-8", newline="")
        except OSError as exc:
            self.status.setText(f"Could not write {path}: {exc.strerror or exc}.")
            return None
        self.status.setText(f"Saved to {path}.")
        self.sig_saved.emit(str(path))
        return path
