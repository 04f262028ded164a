"""The claims view: every claim group with the sources as columns (who states it, in what
words and figures, where figures disagree), its Markdown and CSV export, and the passages
two same-language sources share almost verbatim (near-duplicates).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core import compare
from ..core.compare import ClaimGroup, ClaimStatement, NearDuplicate, is_vague
from ..core.models import Document
from ..core.numbers import INF, Quantity
from .export_dialog import SavePath
from .highlights_panel import shorten
from .qt import (
    QAbstractItemView,
    QAbstractTableModel,
    QColor,
    QEvent,
    QFileDialog,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    Qt,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .sources import outlet, source_label, source_tooltip

SPAN_ROLE = Qt.ItemDataRole.UserRole + 1  # (doc id, start, end) of the quote in a cell
DISAGREE_COLOR = QColor(230, 110, 20, 70)  # translucent: reads on light and dark themes
MISSING_COLOR = QColor(128, 128, 128, 40)
MIN_COLUMN_WIDTH = 170



def value_text(quantity: Quantity) -> str:
    """A quantity's normalised value in the interface's number format: ``1,000,000``,
    ``≤ 1,000,000``, ``> 1 GW``, ``10,000,000,000–100,000,000,000 USD``."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # "C" omits groups

    def number(value: float) -> str:
        if value == int(value) and abs(value) < 1e15:
            return locale.toString(int(value))
        return locale.toString(value, "g", 6)

    low, high = quantity.low, quantity.high
    if high == INF:
        text = f"> {number(low)}"
    elif low == high:
        text = number(low)
    elif low == 0:
        text = f"≤ {number(high)}"
    else:
        text = f"{number(low)}–{number(high)}"
    unit = quantity.unit
    # Currencies and measures (USD, GW, %) are shown; counted nouns (units, chips) are
    # already in the quoted words.
    return f"{text} {unit}" if unit and not unit.islower() else text

@dataclass(frozen=True)
class ClaimsData:
    """What the claims view shows, computed on the worker."""

    groups: list[ClaimGroup]
    duplicates: list[NearDuplicate]
    documents: dict[str, Document]


def ask_save_path(parent: QWidget, suggested: str, filter_text: str) -> str | None:
    """The standard Save dialog; None when the reader cancels."""
    path, _ = QFileDialog.getSaveFileName(parent, "", suggested, filter_text)
    return path or None


class ClaimsModel(QAbstractTableModel):
    """One row per claim group; the claim, then one column per source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[ClaimGroup] = []
        self.columns: list[tuple[str, str]] = []  # (doc id, heading)
        self.documents: dict[str, Document] = {}

    def set_groups(self, groups: Sequence[ClaimGroup], documents: dict[str, Document]) -> None:
        self.beginResetModel()
        self.groups = list(groups)
        self.documents = dict(documents)
        self.columns = [(str(doc_id), heading) for doc_id, heading
                        in compare.claim_columns(self.groups)]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.groups)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.columns)

    def statements(self, row: int, column: int) -> list[ClaimStatement]:
        """The statements of one source (column ≥ 1) in one claim group."""
        if column < 1 or column > len(self.columns):
            return []
        doc_id = self.columns[column - 1][0]
        return [s for s in self.groups[row].statements if s.doc_id == doc_id]

    def _figures(self, statement: ClaimStatement) -> str:
        parts = [("≈ " if is_vague(q) else "") + f"{q.text} ({value_text(q)})"
                 for q in statement.figures]
        return "; ".join(parts)

    def cell_text(self, row: int, column: int) -> str:
        group = self.groups[row]
        if column == 0:
            text = group.claim
            if group.has_disagreement:
                text += "\n" + self.tr("⚠ figures differ")
            return text
        found = self.statements(row, column)
        if not found:
            return self.tr("— not stated")
        lines = []
        for s in found:
            lines.append(f"“{s.annotation.selector.exact}” ({s.lang})")
            if s.figures:
                mark = " ⚠" if s.disagrees else ""
                lines.append(self.tr("figures: {figures}").format(
                    figures=self._figures(s)) + mark)
        return "\n".join(lines)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        group = self.groups[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(row, column)
        found = self.statements(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                sources = len({s.doc_id for s in group.statements})
                text = self.tr("Stated by %n source(s)", "", sources)
                if group.missing:
                    text += "\n" + self.tr("Not stated by: {sources}").format(sources=", ".join(
                        self._name(d) for d in group.missing))
                return text
            if not found:
                return self.tr("{source} does not state this claim (no linked highlight)"
                               ).format(source=self._name(self.columns[column - 1][0]))
            tips = []
            for s in found:
                tip = f"{s.title} ({s.lang})\n“{s.annotation.selector.exact}”"
                if any(is_vague(q) for q in s.figures):
                    tip += "\n" + self.tr("≈ an order of magnitude, not a stated figure")
                if s.disagrees:
                    tip += "\n" + self.tr("⚠ its figures differ from another source's")
                tips.append(tip)
            return "\n\n".join(tips)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == 0 and group.has_disagreement:
                return DISAGREE_COLOR
            if column > 0 and any(s.disagrees for s in found):
                return DISAGREE_COLOR
            if column > 0 and not found:
                return MISSING_COLOR
            return None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == SPAN_ROLE and found:
            selector = found[0].annotation.selector
            return (found[0].doc_id, selector.start, selector.end)
        if role == SPAN_ROLE and column == 0 and group.statements:
            first = group.statements[0]
            return (first.doc_id, first.annotation.selector.start, first.annotation.selector.end)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _name(self, doc_id: str) -> str:
        doc = self.documents.get(doc_id)
        return source_label(doc, 40) if doc else doc_id

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Claim") if role == Qt.ItemDataRole.DisplayRole else None
        doc_id = self.columns[section - 1][0]
        doc = self.documents.get(doc_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if doc is None:
                return self.columns[section - 1][1]
            site = outlet(doc)
            return f"{source_label(doc, 40)}\n{doc.lang.upper()}" + (f" · {site}" if site else "")
        if role == Qt.ItemDataRole.ToolTipRole and doc is not None:
            return source_tooltip(doc)
        return None


class ClaimsView(QWidget):
    """The claim-groups table, its exports, and the near-duplicates below it."""

    sig_show_passage = Signal(str, int, int)  # doc id, start, end
    sig_compare = Signal(object)  # doc ids to compare side by side (near-duplicates)
    sig_refresh_requested = Signal()
    sig_refreshed = Signal()  # new contents are shown (tests wait on it)
    sig_saved = Signal(str)

    def __init__(self, save_path: SavePath | None = None, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._save_path = save_path or ask_save_path
        self.data: ClaimsData | None = None
        self.dirty = True

        self.summary = QLabel(self.tr("No claim groups yet."))
        self.summary.setAccessibleName(self.tr("Claims summary"))
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.busy = QProgressBar()
        self.busy.setAccessibleName(self.tr("Updating the claims"))
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(100)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.export_md_button = QPushButton(self.tr("Export &Markdown…"))
        self.export_md_button.setAccessibleName(self.tr("Export the claims as a Markdown table"))
        self.export_csv_button = QPushButton(self.tr("Export &CSV…"))
        self.export_csv_button.setAccessibleName(self.tr("Export the claims as CSV"))
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Export status"))

        self.model = ClaimsModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Claim groups"))
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.viewport().installEventFilter(self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(80)

        self.duplicates_label = QLabel(self.tr(
            "Near-duplicates: passages two sources of the same language share almost "
            "verbatim (double-click to compare them)"))
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                            QSizePolicy.Policy.Maximum)
        self.duplicates = QTableWidget(0, 3)
        self.duplicates.setAccessibleName(self.tr("Near-duplicate passages"))
        self.duplicates.setHorizontalHeaderLabels(
            [self.tr("Similar"), self.tr("Sources"), self.tr("Passage")])
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.duplicates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicates.verticalHeader().setVisible(False)
        self.duplicates.horizontalHeader().setStretchLastSection(True)
        self.duplicates.setWordWrap(False)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.busy)
        top.addWidget(self.status)
        top.addWidget(self.export_md_button)
        top.addWidget(self.export_csv_button)
        claims_box = QWidget()
        claims_layout = QVBoxLayout(claims_box)
        claims_layout.setContentsMargins(0, 0, 0, 0)
        claims_layout.addLayout(top)
        claims_layout.addWidget(self.table, 1)
        duplicates_box = QWidget()
        duplicates_layout = QVBoxLayout(duplicates_box)
        duplicates_layout.setContentsMargins(0, 0, 0, 0)
        duplicates_layout.addWidget(self.duplicates_label)
        duplicates_layout.addWidget(self.duplicates, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setAccessibleName(self.tr("Claims and near-duplicates"))
        self.splitter.addWidget(claims_box)
        self.splitter.addWidget(duplicates_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.export_md_button.clicked.connect(lambda: self.export("md"))
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        self.table.doubleClicked.connect(self._open_cell)
        self.duplicates.cellDoubleClicked.connect(self._open_duplicate)
        self._update_buttons()

    # -- contents ------------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def set_data(self, data: ClaimsData) -> None:
        """Show claim groups and near-duplicates (computed on the worker)."""
        self.data = data
        self.dirty = False
        self.set_busy(False)
        self.model.set_groups(data.groups, data.documents)
        groups = data.groups
        differing = sum(1 for g in groups if g.has_disagreement)
        if not groups:
            self.summary.setText(self.tr(
                "No claim groups yet: select a passage, Find in other sources (Ctrl+Shift+F), "
                "then Link as same claim."))
        else:
            text = self.tr("%n claim(s)", "", len(groups))
            text += " · " + self.tr("%n source(s)", "", len(self.model.columns))
            if differing:
                text += " · " + self.tr("⚠ figures differ in %n", "", differing)
            self.summary.setText(text)
        self._fit_columns()
        self._fill_duplicates(data)
        self._update_buttons()
        self.sig_refreshed.emit()

    def _fit_columns(self) -> None:
        """Share the width among the claim and the sources (scrolling sideways only when
        each would get less than a readable minimum), rows as high as their quotes."""
        header = self.table.horizontalHeader()
        columns = self.model.columnCount()
        if columns:
            width = self.table.viewport().width()
            share = max(MIN_COLUMN_WIDTH, width // columns)
            for column in range(columns):
                header.resizeSection(column, share)
        self.table.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table.viewport() and event.type() == QEvent.Type.Resize
                and self.model.columnCount()):
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fill_duplicates(self, data: ClaimsData) -> None:
        table = self.duplicates
        table.setRowCount(len(data.duplicates))
        for row, dup in enumerate(data.duplicates):
            a, b = data.documents.get(dup.a), data.documents.get(dup.b)
            names = (f"{source_label(a, 40) if a else dup.a} ↔ "
                     f"{source_label(b, 40) if b else dup.b}")
            lang = (a.lang if a else "und").upper()
            cells = [f"{dup.similarity:.0%}", f"{lang} · {names}", shorten(dup.text, 160)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(dup.text if column == 2 else names)
                item.setData(SPAN_ROLE, dup)
                table.setItem(row, column, item)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)

    def _update_buttons(self) -> None:
        has = bool(self.data and self.data.groups)
        self.export_md_button.setEnabled(has)
        self.export_csv_button.setEnabled(has)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.dirty:
            self.sig_refresh_requested.emit()

    def mark_dirty(self) -> None:
        """Annotations or links changed: refresh now if shown, else when next shown."""
        self.dirty = True
        if self.isVisible():
            self.sig_refresh_requested.emit()

    # -- actions -------------------------------------------------------------------------

    def _open_cell(self, index: QModelIndex) -> None:
        span = self.model.data(index, SPAN_ROLE)
        if span:
            self.sig_show_passage.emit(*span)

    def _open_duplicate(self, row: int, _column: int) -> None:
        item = self.duplicates.item(row, 0)
        dup = item.data(SPAN_ROLE) if item is not None else None
        if isinstance(dup, NearDuplicate):
            self.sig_compare.emit([dup.a, dup.b])
            self.sig_show_passage.emit(dup.a, *dup.a_span)
            self.sig_show_passage.emit(dup.b, *dup.b_span)

    def export_text(self, fmt: str) -> str:
        groups = self.data.groups if self.data else []
        return (compare.claim_groups_markdown(groups) if fmt == "md"
                else compare.claim_groups_csv(groups))

    def export(self, fmt: str) -> Path | None:
        """Ask where (or use the injected chooser) and write the claims as ``md`` or ``csv``."""
        if fmt == "md":
            suggested, filter_text = "parallax-claims.md", self.tr("Markdown table (*.md)")
        else:
            suggested, filter_text = "parallax-claims.csv", self.tr("CSV (*.csv)")
        chosen = self._save_path(self, suggested, filter_text + ";;" + self.tr("All files (*)"))
        if not chosen:
            return None
        path = Path(chosen)
        try:
            path.write_text(self.export_text(fmt), encoding="utf-8", newline="")
        except OSError as exc:
            self.status.setText(self.tr("Could not write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc))
            return None
        self.status.setText(self.tr("Saved to {path}.").format(path=path.name))
        self.status.setToolTip(str(path))
        self.sig_saved.emit(str(path))
        return path
