"""The library panel: every document in a sortable, filterable table that stays smooth at 100k.

The model holds the core's DocumentSummary objects in a Python list and sorts and filters
that list itself: a QSortFilterProxyModel would call back into Python for every comparison,
which is seconds at 100,000 rows, where sorting a list with a key is tens of milliseconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any

from ..core.models import DocumentSummary, Label
from .i18n import label_name, number
from .languages import badge, confidence_text, language_name
from .qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QAbstractTableModel,
    QAction,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .sources import outlet, source_tooltip

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1

TITLE, LANGUAGE, SOURCE, IMPORTED, HIGHLIGHTS, OUTLET, AUTHOR, PUBLISHED = range(8)
COLUMNS = (
    QT_TRANSLATE_NOOP("LibraryModel", "Title"),
    QT_TRANSLATE_NOOP("LibraryModel", "Language"),
    QT_TRANSLATE_NOOP("LibraryModel", "Source"),
    QT_TRANSLATE_NOOP("LibraryModel", "Imported"),
    QT_TRANSLATE_NOOP("LibraryModel", "Highlights"),
    # The source's metadata (appended, so a saved header layout keeps its columns).
    QT_TRANSLATE_NOOP("LibraryModel", "Outlet"),
    QT_TRANSLATE_NOOP("LibraryModel", "Author"),
    QT_TRANSLATE_NOOP("LibraryModel", "Published"),
)
HIDEABLE = (LANGUAGE, SOURCE, IMPORTED, HIGHLIGHTS, OUTLET, AUTHOR, PUBLISHED)
# The header's right-click menu, one entry per column that can be hidden.
SHOW_COLUMN = {
    LANGUAGE: QT_TRANSLATE_NOOP("LibraryPanel", "Show language"),
    SOURCE: QT_TRANSLATE_NOOP("LibraryPanel", "Show source"),
    IMPORTED: QT_TRANSLATE_NOOP("LibraryPanel", "Show imported"),
    HIGHLIGHTS: QT_TRANSLATE_NOOP("LibraryPanel", "Show highlights"),
    OUTLET: QT_TRANSLATE_NOOP("LibraryPanel", "Show outlet"),
    AUTHOR: QT_TRANSLATE_NOOP("LibraryPanel", "Show author"),
    PUBLISHED: QT_TRANSLATE_NOOP("LibraryPanel", "Show publication date"),
}


def source_name(source: str) -> str:
    """The file name of a source path."""
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def source_text(summary: DocumentSummary) -> str:
    """The Source column: the outlet when known, else the file name."""
    return outlet(summary) or source_name(summary.source)


def short_time(iso: str) -> str:
    """"2025-03-01T10:20:30Z" as "2025-03-01 10:20" (UTC, as stored)."""
    return f"{iso[:10]} {iso[11:16]}" if len(iso) >= 16 else iso


_SORT_KEYS: dict[int, Callable[[DocumentSummary], Any]] = {
    TITLE: lambda s: (s.title.casefold(), s.id),
    LANGUAGE: lambda s: (s.lang, s.title.casefold()),
    SOURCE: lambda s: (source_text(s).casefold(), s.id),
    IMPORTED: lambda s: (s.imported_at, s.id),
    HIGHLIGHTS: lambda s: (s.n_annotations, s.title.casefold()),
    # Documents without the field sort after those with it (ascending).
    OUTLET: lambda s: (not s.site, s.site.casefold(), s.title.casefold()),
    AUTHOR: lambda s: (not s.author, s.author.casefold(), s.title.casefold()),
    PUBLISHED: lambda s: (not s.published, s.published, s.title.casefold()),
}


_METADATA = {OUTLET: "site", AUTHOR: "author", PUBLISHED: "published"}


def matches_text(summary: DocumentSummary, words: Sequence[str]) -> bool:
    """Whether every word occurs in the title, outlet, author, date or file name."""
    haystack = " ".join((summary.title, summary.site, summary.author, summary.published,
                         source_name(summary.source))).casefold()
    return all(word in haystack for word in words)


class LibraryModel(QAbstractTableModel):
    """Document summaries, filtered by language and by a set of ids, sorted model-side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[DocumentSummary] = []
        self._rows: list[DocumentSummary] = []
        self._row_of: dict[str, int] | None = None
        self._lang: str | None = None
        self._ids: set[str] | None = None
        self._site: str | None = None
        self._words: list[str] = []
        self._sort_column = TITLE
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return summary.title
            if column == LANGUAGE:
                return badge(summary.lang)
            if column == SOURCE:
                return source_text(summary)
            if column == IMPORTED:
                return summary.imported_at[:10]
            if column == OUTLET:
                return summary.site
            if column == AUTHOR:
                return summary.author
            if column == PUBLISHED:
                return summary.published[:10]
            return summary.n_annotations
        if role == DOC_ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TITLE:
                return source_tooltip(summary)  # the whole title, its outlet and file
            if column == LANGUAGE:
                return confidence_text(summary.lang, summary.lang_confidence)
            if column == SOURCE:
                return summary.source
            if column == IMPORTED:
                return self.tr("Imported {time} (UTC)").format(
                    time=short_time(summary.imported_at))
            if column in (OUTLET, AUTHOR, PUBLISHED):
                return (summary.site, summary.author, summary.published)[column - OUTLET] \
                    or None
            return self.tr("%n highlight(s)", "", summary.n_annotations)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == HIGHLIGHTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column if column in _SORT_KEYS else TITLE
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        old_ids = [self._rows[i.row()].id for i in self.persistentIndexList()]
        self._sort_rows()
        row_of = self._rows_by_id()
        old = self.persistentIndexList()
        new = [
            self.index(row_of[doc_id], i.column()) if doc_id in row_of else QModelIndex()
            for doc_id, i in zip(old_ids, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # -- contents ------------------------------------------------------------------------

    def _sort_rows(self) -> None:
        self._rows.sort(
            key=_SORT_KEYS[self._sort_column],
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
        if self._sort_column in _METADATA and self._sort_order == Qt.SortOrder.DescendingOrder:
            # Documents without the field stay last in either order.
            field = _METADATA[self._sort_column]
            self._rows = ([s for s in self._rows if getattr(s, field)]
                          + [s for s in self._rows if not getattr(s, field)])
        self._row_of = None

    def _rows_by_id(self) -> dict[str, int]:
        if self._row_of is None:
            self._row_of = {s.id: row for row, s in enumerate(self._rows)}
        return self._row_of

    def _refilter(self) -> None:
        self.beginResetModel()
        lang, ids, site, words = self._lang, self._ids, self._site, self._words
        self._rows = [
            s for s in self._all
            if (lang is None or s.lang == lang) and (ids is None or s.id in ids)
            and (site is None or s.site == site) and (not words or matches_text(s, words))
        ]
        self._sort_rows()
        self.endResetModel()

    def set_documents(self, documents: Sequence[DocumentSummary]) -> None:
        """Replace every row."""
        self._all = list(documents)
        self._refilter()

    def set_filters(self, lang: str | None, ids: Iterable[str] | None, *,
                    site: str | None = None, text: str = "") -> None:
        """Show only one language, the given ids, one outlet ("" for documents without
        one) and/or documents whose title, outlet, author or date hold every word of
        ``text`` (None or "": no filter)."""
        self._lang = lang
        self._ids = None if ids is None else set(ids)
        self._site = site
        self._words = text.casefold().split()
        self._refilter()

    def update_counts(self, counts: dict[str, int]) -> None:
        """New highlight counts for some documents (after an annotation change)."""
        changed = False
        for position, summary in enumerate(self._all):
            count = counts.get(summary.id)
            if count is not None and count != summary.n_annotations:
                self._all[position] = replace(summary, n_annotations=count)
                changed = True
        if not changed:
            return
        by_id = {s.id: s for s in self._all if s.id in counts}
        for row, summary in enumerate(self._rows):
            if summary.id in by_id:
                self._rows[row] = by_id[summary.id]
                index = self.index(row, HIGHLIGHTS)
                self.dataChanged.emit(index, index)

    def all_documents(self) -> list[DocumentSummary]:
        """Every document, filtered out or not."""
        return self._all

    def summary(self, row: int) -> DocumentSummary:
        """The document shown in ``row``."""
        return self._rows[row]

    def row_of(self, doc_id: str) -> int | None:
        """The row showing ``doc_id``, if it passes the filters."""
        return self._rows_by_id().get(doc_id)

    def site_counts(self) -> list[tuple[str, int]]:
        """(outlet, documents) for every outlet in the library, most documents first."""
        counts = Counter(s.site for s in self._all if s.site)
        return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))

    def language_counts(self) -> list[tuple[str, int]]:
        """(code, documents) for every language in the library, most documents first."""
        counts = Counter(s.lang for s in self._all)
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


class LibraryPanel(QWidget):
    """Language and label filters over the document table."""

    sig_open_document = Signal(str)
    sig_selection_changed = Signal()

    def __init__(
        self, label_filter: Callable[[str, list[DocumentSummary]], set[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._label_filter = label_filter
        self._quiet = False
        self._opening = False  # a click or key in the table is opening its current row
        self._count_text = ""
        self.model = LibraryModel(self)

        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("Filter by language"))
        self.language_filter.setToolTip(self.tr("Show only documents in one language"))
        self.label_filter = QComboBox()
        self.label_filter.setAccessibleName(self.tr("Filter by highlight label"))
        self.label_filter.setToolTip(
            self.tr("Show only documents with a highlight of this label"))
        self.site_filter = QComboBox()
        self.site_filter.setAccessibleName(self.tr("Filter by outlet"))
        self.site_filter.setToolTip(self.tr("Show only documents from one outlet"))
        self.text_filter = QLineEdit()
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setPlaceholderText(self.tr("Filter by title, outlet, author, date…"))
        self.text_filter.setAccessibleName(self.tr("Filter the documents"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of documents shown"))
        # "5 documents · 2 selected" wraps in a narrow dock rather than widening it.
        self.count_label.setWordWrap(True)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        # Titles wrap onto a second line (rows are two lines high), so a long title reads
        # instead of ending in "…" after a few words; the whole of it is on hover.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.setAcceptDrops(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        metrics = self.fontMetrics()
        # The language sample in the interface language ("PT Portugiesisch" in German).
        for column, sample in ((LANGUAGE, badge("pt")[:-1]), (SOURCE, "000_9cdf09.txt"),
                               (IMPORTED, "2026-11-22"), (HIGHLIGHTS, ""),
                               (OUTLET, "The Guardian"), (AUTHOR, "Erika Mustermann"),
                               (PUBLISHED, "2026-11-22")):
            title = self.model.headerData(column, Qt.Orientation.Horizontal,
                                          Qt.ItemDataRole.DisplayRole)
            # Wide enough for a typical value, and for the title in any language.
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.resizeSection(column, width + 18)
        # Right-click on the header shows or hides columns (remembered with the header).
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # The source file is hidden at first: titles get the width, and the file (or
        # address) shows on hovering a title.
        header.setSectionHidden(SOURCE, True)
        # The publication date shows in place of the import date; the outlet and author
        # columns are one right-click away (a narrow dock leaves the titles no room for
        # all of them), and the outlet filter and the text filter work without them.
        for column in (IMPORTED, OUTLET, AUTHOR):
            header.setSectionHidden(column, True)
        for column in HIDEABLE:
            toggle = QAction(self.tr(SHOW_COLUMN[column]), header)
            toggle.setCheckable(True)
            toggle.setChecked(not header.isSectionHidden(column))
            toggle.toggled.connect(
                lambda shown, c=column: header.setSectionHidden(c, not shown))
            header.addAction(toggle)
        self._column_actions = header.actions()

        filters = QHBoxLayout()
        filters.addWidget(self.language_filter, 1)
        filters.addWidget(self.label_filter, 1)
        filters.addWidget(self.count_label)
        metadata_filters = QHBoxLayout()
        metadata_filters.addWidget(self.site_filter, 1)
        metadata_filters.addWidget(self.text_filter, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(metadata_filters)
        layout.addWidget(self.table)

        self.language_filter.currentIndexChanged.connect(self._apply_filters)
        self.label_filter.currentIndexChanged.connect(self._apply_filters)
        self.site_filter.currentIndexChanged.connect(self._apply_filters)
        self.text_filter.textChanged.connect(self._apply_filters)
        self.table.activated.connect(self._open_index)
        self.table.clicked.connect(self._open_index)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    # -- contents ------------------------------------------------------------------------

    def set_documents(self, documents: Sequence[DocumentSummary]) -> None:
        """Show these documents, keeping the filters, the current row and the selection."""
        current = self.current_id()
        selected = set(self.selected_ids())
        self._quiet = True
        try:
            self.model.set_documents(documents)
            self._fill_language_filter()
            self._fill_site_filter()
            self._apply_filters()
            self._restore_selection(current, selected)
        finally:
            self._quiet = False

    def set_labels(self, labels: Sequence[Label]) -> None:
        """The labels offered by the label filter."""
        chosen = self.label_filter.currentData()
        self.label_filter.blockSignals(True)
        self.label_filter.clear()
        self.label_filter.addItem(self.tr("All labels"), None)
        for label in labels:
            self.label_filter.addItem(label_name(label.name), label.name)
        position = self.label_filter.findData(chosen)
        self.label_filter.setCurrentIndex(max(position, 0))
        self.label_filter.blockSignals(False)
        if chosen is not None and position < 0:  # the filtered label was renamed or deleted
            self._apply_filters()

    def _fill_language_filter(self) -> None:
        chosen = self.language_filter.currentData()
        self.language_filter.blockSignals(True)
        self.language_filter.clear()
        self.language_filter.addItem(self.tr("All languages"), None)
        for code, count in self.model.language_counts():
            self.language_filter.addItem(f"{badge(code)} ({count})", code)
            self.language_filter.setItemData(
                self.language_filter.count() - 1, language_name(code),
                Qt.ItemDataRole.AccessibleTextRole,
            )
        position = self.language_filter.findData(chosen)
        self.language_filter.setCurrentIndex(max(position, 0))
        self.language_filter.blockSignals(False)

    def _fill_site_filter(self) -> None:
        chosen = self.site_filter.currentData()
        self.site_filter.blockSignals(True)
        self.site_filter.clear()
        self.site_filter.addItem(self.tr("All outlets"), None)
        for site, count in self.model.site_counts():
            self.site_filter.addItem(f"{site} ({count})", site)
        position = self.site_filter.findData(chosen)
        self.site_filter.setCurrentIndex(max(position, 0))
        self.site_filter.blockSignals(False)

    def sync_column_actions(self) -> None:
        """Tick the header menu's entries after the header state was restored."""
        header = self.table.horizontalHeader()
        for action, column in zip(self._column_actions, HIDEABLE, strict=True):
            action.blockSignals(True)
            action.setChecked(not header.isSectionHidden(column))
            action.blockSignals(False)

    def _apply_filters(self) -> None:
        current = self.current_id()
        selected = set(self.selected_ids())
        lang = self.language_filter.currentData()
        label = self.label_filter.currentData()
        ids = self._label_filter(label, self.model.all_documents()) if label else None
        self.model.set_filters(lang, ids, site=self.site_filter.currentData(),
                               text=self.text_filter.text())
        total = len(self.model.all_documents())
        shown = self.model.rowCount()
        self._count_text = (
            self.tr("%Ln document(s)", "", total) if shown == total
            else self.tr("{shown} of {total}").format(shown=number(shown), total=number(total)))
        self._show_count()
        quiet, self._quiet = self._quiet, True
        try:
            self._restore_selection(current, selected)
        finally:
            self._quiet = quiet

    def _restore_selection(self, current: str | None, selected: set[str]) -> None:
        selection = self.table.selectionModel()
        for doc_id in selected:
            row = self.model.row_of(doc_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        if current is not None:
            row = self.model.row_of(current)
            if row is not None:
                selection.setCurrentIndex(
                    self.model.index(row, 0), selection.SelectionFlag.NoUpdate)

    # -- selection -----------------------------------------------------------------------

    def current_id(self) -> str | None:
        """The document of the current row."""
        index = self.table.currentIndex()
        return self.model.summary(index.row()).id if index.isValid() else None

    def selected_ids(self) -> list[str]:
        """The documents of every selected row, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.summary(row).id for row in rows]

    def show_document(self, doc_id: str) -> None:
        """Make ``doc_id`` the current row without opening it again.

        The reader's own selection stays: a row opened by a click in the table (Ctrl-click
        adds it to the selection), or already one of the selected rows, only becomes
        current; a document opened from elsewhere (a search result) becomes the selection.
        """
        row = self.model.row_of(doc_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        if self._opening:  # the table has just made it current, with the reader's selection
            self.table.scrollTo(index)
            return
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag
        keep = selection.isRowSelected(row, QModelIndex())
        self._quiet = True
        try:
            selection.setCurrentIndex(
                index, flags.NoUpdate if keep else flags.ClearAndSelect | flags.Rows)
            self.table.scrollTo(index)
        finally:
            self._quiet = False

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid() and not self._quiet:
            self._opening = True
            try:
                self.sig_open_document.emit(self.model.summary(index.row()).id)
            finally:
                self._opening = False

    def _selection_changed(self) -> None:
        self._show_count()
        self.sig_selection_changed.emit()

    def _show_count(self) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        if selected > 1:
            self.count_label.setText(self.tr("{documents} · {selected} selected").format(
                documents=self._count_text, selected=number(selected)))
        else:
            self.count_label.setText(self._count_text)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._open_index(current)
