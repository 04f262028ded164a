"""The compare view: two to four sources side by side, each a full reading view, scrolling
together by their sentence alignment; and the "Compare with…" document chooser.

Scrolling together maps pixel positions through the alignment: the start of every aligned
sentence pair is an anchor (the top of its first line in one pane and in the other), and
positions in between are interpolated, so aligned sentences meet at the top of both panes
and a long sentence facing two short ones scrolls smoothly past both. Every other pane is
aligned with the first; scrolling any pane moves the first through the inverse mapping, and
the rest follow it. The sentence under the text cursor is tinted, and so are its partner
sentences in the other panes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..core.align import Alignment
from ..core.models import Annotation, Document, DocumentSummary
from .compare_pane import Anchors, ComparePane, PaneReading, interpolate, partner_spans
from .library_panel import SOURCE, LibraryModel
from .preferences import DEFAULT_FONT_SIZE
from .qt import (
    QAbstractItemView,
    QAction,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .reading_view import LabelColor

MIN_PANES = 2
MAX_PANES = 4

class CompareView(QWidget):
    """Two to four panes side by side with a bar: what is compared, Scroll together, Close."""

    sig_close_requested = Signal()
    sig_focus_changed = Signal(str)  # doc id of the pane that took the focus
    sig_selection_changed = Signal(bool)
    sig_annotation_clicked = Signal(str, str)  # doc id, annotation id
    sig_aligned = Signal()  # the alignments arrived; scrolling together works from now on
    sig_scroll_together_changed = Signal(bool)

    def __init__(self, label_color: LabelColor, font_size: int = DEFAULT_FONT_SIZE,
                 scroll_together: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label_color = label_color
        self.font_size = font_size
        self.panes: list[ComparePane] = []
        self.alignments: list[Alignment] | None = None
        self._focused: ComparePane | None = None
        self._syncing = False
        self._anchor_cache: tuple[object, list[Anchors]] | None = None
        self._context_actions: list[QAction] = []

        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("What is compared"))
        self.busy = QProgressBar()
        self.busy.setAccessibleName(self.tr("Aligning the sources"))
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Alignment status"))
        self.act_scroll_together = QAction(self.tr("&Scroll together"), self)
        self.act_scroll_together.setObjectName("scroll_together")
        self.act_scroll_together.setCheckable(True)
        self.act_scroll_together.setChecked(scroll_together)
        self.act_scroll_together.setToolTip(self.tr(
            "Keep the panes on the same passage: scrolling one scrolls the others to the "
            "paragraphs aligned with it"))
        self.act_scroll_together.toggled.connect(self._scroll_together_toggled)
        self.scroll_button = QToolButton()
        self.scroll_button.setDefaultAction(self.act_scroll_together)
        self.scroll_button.setAccessibleName(self.tr("Scroll together"))
        self.scroll_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.close_button = QPushButton(self.tr("Close comparison"))
        self.close_button.setAccessibleName(self.tr("Close comparison"))
        self.close_button.setToolTip(self.tr("Back to reading one article (Esc)"))
        self.close_button.clicked.connect(self.sig_close_requested)

        bar = QHBoxLayout()
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.heading)
        bar.addWidget(self.busy)
        bar.addWidget(self.status)
        bar.addStretch(1)
        bar.addWidget(self.scroll_button)
        bar.addWidget(self.close_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setAccessibleName(self.tr("Sources side by side"))
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        for label in (self.heading, self.status):
            label.setMinimumWidth(20)  # shrinks, cut, when the window is narrow
        # Like the single article, the comparison never forces the window wider: narrower
        # than its bar, the bar is cut.
        self.setMinimumWidth(80)

    # -- contents ------------------------------------------------------------------------

    @property
    def doc_ids(self) -> list[str]:
        return [p.doc_id for p in self.panes if p.doc_id]

    def set_documents(self, documents: Sequence[tuple[Document, Sequence[Annotation]]]) -> None:
        """Show these sources (two to four), each with its highlights; alignments are
        cleared until :meth:`set_alignments` brings them."""
        for pane in self.panes:
            pane.setParent(None)
            pane.deleteLater()
        self.panes = []
        self._focused = None
        self.alignments = None
        self._anchor_cache = None
        for doc, highlights in documents[:MAX_PANES]:
            pane = ComparePane(self._label_color, self.font_size)
            pane.show_document(doc, highlights)
            pane.reading.view.context_actions = list(self._context_actions)
            for action in self._context_actions:
                pane.reading.view.addAction(action)
            pane.sig_focused.connect(self._pane_focused)
            pane.reading.sig_selection_changed.connect(self.sig_selection_changed)
            pane.reading.sig_annotation_clicked.connect(
                lambda ann_id, p=pane: self.sig_annotation_clicked.emit(p.doc_id or "", ann_id))
            pane.reading.view.verticalScrollBar().valueChanged.connect(
                lambda _value, p=pane: self._scrolled(p))
            pane.reading.view.cursorPositionChanged.connect(
                lambda p=pane: self.show_partners(p))
            self.splitter.addWidget(pane)
            self.panes.append(pane)
        self.splitter.setSizes([1000] * len(self.panes))
        self.heading.setText(self.tr("Comparing %n source(s)", "", len(self.panes)))
        self.set_busy(True)

    def set_busy(self, busy: bool) -> None:
        """Show that the alignments are being computed."""
        self.busy.setVisible(busy)
        self.status.setText(self.tr("Aligning…") if busy else "")

    def set_alignments(self, alignments: Sequence[Alignment]) -> None:
        """The alignment of the first pane with each other pane, in pane order."""
        self.alignments = list(alignments)
        self._anchor_cache = None
        self.set_busy(False)
        parallel = [a.parallel for a in self.alignments]
        if parallel and min(parallel) < 0.3:
            self.status.setText(self.tr("Sources differ: aligned where they meet"))
        if self.act_scroll_together.isChecked():
            self.sync_from(self.focused_pane())
        focused = self.focused_pane()
        if focused is not None and focused.reading.view.textCursor().position() > 0:
            self.show_partners(focused)
        self.sig_aligned.emit()

    def show_partners(self, pane: ComparePane) -> None:
        """Tint the sentence at ``pane``'s text cursor and its partners in the other panes."""
        offset = pane.cursor_offset()
        if not self.alignments or offset is None or pane not in self.panes:
            return
        spans = partner_spans(self.alignments, self.panes.index(pane), offset)
        for other, span in zip(self.panes, spans, strict=False):
            if isinstance(other.reading, PaneReading):
                other.reading.set_partner(span)

    def partner_texts(self) -> list[str]:
        """The tinted sentence(s) of every pane, in pane order ("" where none)."""
        out = []
        for pane in self.panes:
            span = getattr(pane.reading, "partner", None)
            doc = pane.reading.document
            out.append(doc.text[span[0]:span[1]] if span and doc else "")
        return out

    def alignment_failed(self, message: str) -> None:
        self.set_busy(False)
        self.status.setText(self.tr("Could not align: {reason}").format(reason=message))

    def pane_for(self, doc_id: str) -> ComparePane | None:
        return next((p for p in self.panes if p.doc_id == doc_id), None)

    def focused_pane(self) -> ComparePane | None:
        """The pane that last had the keyboard focus (the first one before any did)."""
        if self._focused in self.panes:
            return self._focused
        return self.panes[0] if self.panes else None

    def focus_pane(self, pane: ComparePane) -> None:
        self._focused = pane
        pane.reading.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if pane.doc_id:
            self.sig_focus_changed.emit(pane.doc_id)

    def _pane_focused(self, doc_id: str) -> None:
        pane = self.pane_for(doc_id)
        if pane is not None and pane is not self._focused:
            self._focused = pane
            self.sig_focus_changed.emit(doc_id)

    def set_context_actions(self, actions: Sequence[QAction]) -> None:
        """The actions of every pane's right-click menu (and their shortcuts in the pane)."""
        for pane in self.panes:
            for action in self._context_actions:
                pane.reading.view.removeAction(action)
            for action in actions:
                pane.reading.view.addAction(action)
            pane.reading.view.context_actions = list(actions)
        self._context_actions = list(actions)

    def set_font_size(self, size: int) -> None:
        self.font_size = size
        for pane in self.panes:
            pane.reading.set_font_size(size)
        self._anchor_cache = None

    def refresh_annotations(self, annotations_for: Callable[[str], list[Annotation]],
                            doc_ids: set[str] | None) -> None:
        """Redraw the highlights of the panes showing ``doc_ids`` (None: every pane)."""
        for pane in self.panes:
            if pane.doc_id and (doc_ids is None or pane.doc_id in doc_ids):
                pane.reading.set_annotations(annotations_for(pane.doc_id))

    def set_search_hits(self, matches: Mapping[str, Sequence[tuple[int, int]]]) -> None:
        """Mark search hits (core offsets per doc id) in the panes, without jumping."""
        for pane in self.panes:
            pane.reading.set_hits(matches.get(pane.doc_id or "", ()), jump=False)
            pane.hit_label.setText(pane.reading.hit_status())

    def show_passage(self, doc_id: str, start: int, end: int) -> bool:
        """Select a passage in its pane and bring it into view; False without that pane."""
        pane = self.pane_for(doc_id)
        if pane is None:
            return False
        self.focus_pane(pane)
        pane.reading.select_span(start, end)
        return True

    # -- scrolling together --------------------------------------------------------------

    def _scroll_together_toggled(self, on: bool) -> None:
        if on:
            self.sync_from(self.focused_pane())
        self.sig_scroll_together_changed.emit(on)

    def _scrolled(self, pane: ComparePane) -> None:
        if not self._syncing and self.act_scroll_together.isChecked():
            self.sync_from(pane)

    def _anchors(self) -> list[Anchors]:
        """Pixel anchors between the first pane and each other pane (cached per layout)."""
        key = tuple((p.doc_id, p.reading.font_size, p.reading.view.viewport().width(),
                     id(p.reading.laid_out)) for p in self.panes)
        if self._anchor_cache is not None and self._anchor_cache[0] == key:
            return self._anchor_cache[1]
        first = self.panes[0]
        out: list[Anchors] = []
        for pane, alignment in zip(self.panes[1:], self.alignments or [], strict=False):
            anchors: Anchors = []
            for pair in alignment.sentences or alignment.pairs:
                if pair.a is None or pair.b is None:
                    continue
                ya, yb = first.line_y_of(pair.a[0]), pane.line_y_of(pair.b[0])
                if not anchors or (ya > anchors[-1][0] and yb > anchors[-1][1]):
                    anchors.append((ya, yb))
            ends = (first.content_height(), pane.content_height())
            if not anchors:
                anchors.append((0.0, 0.0))
            if ends[0] > anchors[-1][0] and ends[1] > anchors[-1][1]:
                anchors.append(ends)
            out.append(anchors)
        self._anchor_cache = (key, out)
        return out

    def sync_from(self, pane: ComparePane | None) -> None:
        """Scroll every other pane to the passage aligned with the top of ``pane``."""
        if pane is None or pane not in self.panes or not self.alignments or self._syncing:
            return
        self._syncing = True
        try:
            anchors = self._anchors()
            index = self.panes.index(pane)
            y = float(pane.reading.view.verticalScrollBar().value())
            first_y = y if index == 0 else interpolate(anchors[index - 1], y, reverse=True)
            if index != 0:
                self.panes[0].reading.view.verticalScrollBar().setValue(round(first_y))
            for other, mapping in zip(self.panes[1:], anchors, strict=False):
                if other is not pane:
                    other.reading.view.verticalScrollBar().setValue(
                        round(interpolate(mapping, first_y)))
        finally:
            self._syncing = False


class CompareWithDialog(QDialog):
    """Choose one to three documents to compare with the open one (a filterable table)."""

    def __init__(self, current: DocumentSummary | None, documents: Sequence[DocumentSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare with"))
        self._current = current.id if current else None
        self._documents = [d for d in documents if d.id != self._current]
        intro = QLabel(self.tr("Choose one to three documents to show beside “{title}” "
                               "(Ctrl-click to choose several).").format(
                                   title=current.title if current else ""))
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter documents"))
        self.filter.setPlaceholderText(self.tr("Filter by title or file name"))
        self.filter.setClearButtonEnabled(True)
        self.model = LibraryModel(self)
        self.model.set_documents(self._documents)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Documents to compare with"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(SOURCE, True)  # titles; the file shows on hover
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Documents chosen"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Compare"))
        self.ok_button.setAccessibleName(self.tr("Compare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.filter.textChanged.connect(self._filter)
        self.table.selectionModel().selectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self.accept() if self.chosen() else None)
        self.resize(720, 460)
        self._update()

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        ids = None if not needle else {
            d.id for d in self._documents
            if needle in d.title.casefold() or needle in d.source.casefold()}
        self.model.set_filters(None, ids)

    def chosen(self) -> list[str]:
        """The chosen documents, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.summary(row).id for row in rows]

    def choose(self, doc_ids: Sequence[str]) -> None:
        """Select these documents (as a reader's Ctrl-clicks would)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for doc_id in doc_ids:
            row = self.model.row_of(doc_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)

    def _update(self) -> None:
        n = len(self.chosen())
        ok = 1 <= n <= MAX_PANES - 1
        self.ok_button.setEnabled(ok)
        if n > MAX_PANES - 1:
            self.count.setText(self.tr("At most three documents beside the open one."))
        else:
            self.count.setText(self.tr("%n document(s) chosen", "", n))
