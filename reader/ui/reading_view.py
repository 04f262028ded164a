"""The reading view: a document's header and its text, with highlights and search hits drawn."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..core.models import Annotation, Document
from .languages import badge, confidence_text
from .library_panel import short_time
from .preferences import DEFAULT_FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE
from .qt import (
    QAction,
    QColor,
    QEvent,
    QFont,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRectF,
    QResizeEvent,
    QSize,
    QSizePolicy,
    Qt,
    QTextCharFormat,
    QTextCursor,
    QTextEdit,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .sources import outlet, source_tooltip
from .text_layout import ForeignParagraph, LaidOutDocument, build_document

LabelColor = Callable[[str | None, int], QColor]

GUTTER = 46  # room left of the text for language tags
COLUMN_EMS = 38  # the text column never gets wider than this, for readable lines
HIGHLIGHT_ALPHA = 95
CURRENT_ALPHA = 170
HIT_COLOR = "#f5b400"


class DocumentView(QTextEdit):
    """Read-only, selectable text that loads nothing from anywhere and tags foreign paragraphs."""

    sig_clicked_at = Signal(int)  # a document position clicked without selecting text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(False)
        self.setAccessibleName(self.tr("Document text"))
        self.setPlaceholderText(
            self.tr("Open a document from the library or from search results."))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.foreign: list[ForeignParagraph] = []
        self.pages: list[tuple[int, int]] = []  # where each page of a PDF begins
        self.context_actions: list[QAction] = []

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: A002
        # Articles never fetch images or style sheets: no network access, ever.
        return None

    def update_margins(self) -> None:
        """Centre a column of readable width, with the language gutter at its left."""
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        em = self.document().defaultFont().pointSizeF() * self.logicalDpiX() / 72
        column = COLUMN_EMS * em
        spare = max(0.0, self.viewport().width() - column - GUTTER - 2 * 18)
        left = GUTTER + spare / 2
        if abs(fmt.leftMargin() - left) > 0.5:
            fmt.setLeftMargin(left)
            fmt.setRightMargin(18 + spare / 2)
            root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update_margins()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.foreign and not self.pages:
            return
        painter = QPainter(self.viewport())
        layout = self.document().documentLayout()
        offset = self.verticalScrollBar().value()
        left = self.document().rootFrame().frameFormat().leftMargin()
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        font.setBold(True)
        painter.setFont(font)
        palette = self.palette()
        for tag in self.foreign:
            block = self.document().findBlock(tag.position)
            top = layout.blockBoundingRect(block).top() - offset
            if top > self.viewport().height() or top < -40:
                continue
            height = painter.fontMetrics().height() + 4
            rect = QRectF(left - GUTTER + 4, top + 4, GUTTER - 12, height)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.PlaceholderText)))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tag.lang.upper())
        # "p. 4" in the gutter where a page of a PDF begins (below a language tag).
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        tagged = {self.document().findBlock(t.position).position() for t in self.foreign}
        for position, page in self.pages:
            block = self.document().findBlock(position)
            top = layout.blockBoundingRect(block).top() - offset
            if top > self.viewport().height() or top < -40:
                continue
            height = painter.fontMetrics().height() + 4
            if block.position() in tagged:
                top += height + 4
            rect = QRectF(left - GUTTER + 4, top + 4, GUTTER - 12, height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"p. {page}")
        painter.end()

    def foreign_tag_at(self, position: int) -> ForeignParagraph | None:
        """The foreign-language tag of the block holding ``position``."""
        block = self.document().findBlock(position)
        for tag in self.foreign:
            if self.document().findBlock(tag.position) == block:
                return tag
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.sig_clicked_at.emit(self.cursorForPosition(event.position().toPoint()).position())

    def contextMenuEvent(self, event: object) -> None:
        menu = self.createStandardContextMenu()
        if self.context_actions:
            menu.addSeparator()
            for action in self.context_actions:
                menu.addAction(action)
        menu.setAccessibleName(self.tr("Text menu"))
        menu.exec(event.globalPos())  # type: ignore[attr-defined]
        menu.deleteLater()


class BadgeLabel(QLabel):
    """A small framed tag such as ``DE German``, filled from palette roles (no style
    sheet), so it follows the theme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setForegroundRole(QPalette.ColorRole.Text)
        self.setMargin(2)


class ElidedLabel(QLabel):
    """One line that shortens itself in the middle ("000_9cd…bbc.txt · imported …") when
    narrower than its text, instead of forcing the window wider or cutting the end off.

    ``text()`` and the tooltip keep the whole of it.
    """

    def __init__(self, parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle) -> None:
        super().__init__(parent)
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(12, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), self._mode, rect.width())
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()), shown)
        painter.end()


class ReadingView(QWidget):
    """Header (title when the text has none, language badge, source) above the document text."""

    sig_annotation_clicked = Signal(str)
    sig_selection_changed = Signal(bool)
    sig_hit_changed = Signal(int, int)  # 0-based index, total
    sig_font_size_changed = Signal(int)

    def __init__(self, label_color: LabelColor, font_size: int = DEFAULT_FONT_SIZE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label_color = label_color
        self.font_size = font_size
        self.laid_out: LaidOutDocument | None = None
        self.annotations: list[Annotation] = []
        self.current_annotation: str | None = None
        self.hits: list[tuple[int, int]] = []
        self.hit_index = -1

        self.title_label = QLabel()
        self.title_label.setAccessibleName(self.tr("Document title"))
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.badge_label = BadgeLabel()
        self.badge_label.setAccessibleName(self.tr("Document language"))
        self.source_label = ElidedLabel()
        self.source_label.setAccessibleName(self.tr("Document source"))
        self.details_label = ElidedLabel(mode=Qt.TextElideMode.ElideRight)
        self.details_label.setAccessibleName(self.tr("Document details"))
        self.hit_label = QLabel()
        self.hit_label.setAccessibleName(self.tr("Search hit position"))

        meta = QHBoxLayout()
        meta.setContentsMargins(0, 0, 0, 0)
        meta.addWidget(self.badge_label)
        meta.setSpacing(4)
        meta.addWidget(self.source_label)
        meta.addWidget(self.details_label)
        meta.addStretch(1)
        meta.addWidget(self.hit_label)
        self.header = QWidget()
        self.header.setAccessibleName(self.tr("Document header"))
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(GUTTER, 8, 12, 4)
        header_layout.addWidget(self.title_label)
        header_layout.addLayout(meta)
        self.header.hide()

        self.view = DocumentView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)

        self.view.selectionChanged.connect(self._selection_changed)
        self.view.sig_clicked_at.connect(self._clicked_at)

    # -- the document --------------------------------------------------------------------

    @property
    def document(self) -> Document | None:
        """The document shown, if any."""
        return self.laid_out.source if self.laid_out is not None else None

    @property
    def document_id(self) -> str | None:
        return self.laid_out.source.id if self.laid_out is not None else None

    def show_document(self, doc: Document, annotations: Sequence[Annotation] = ()) -> None:
        """Show ``doc`` from its top with its highlights; search hits are cleared."""
        self.hits, self.hit_index = [], -1
        self.current_annotation = None
        self.annotations = list(annotations)
        self._render(doc)
        self._fill_header(doc)
        self.view.verticalScrollBar().setValue(0)
        self._update_hit_label()
        self.refresh_highlights()

    def clear(self) -> None:
        """Show nothing."""
        self.laid_out = None
        self.annotations, self.hits, self.hit_index = [], [], -1
        self.view.foreign = []
        self.view.pages = []
        self.view.clear()
        self.header.hide()

    def _render(self, doc: Document) -> None:
        self.laid_out = build_document(doc, self.font_size, self.palette(), self.font())
        self.view.setDocument(self.laid_out.document)
        self.laid_out.document.setParent(self.view)
        self.view.foreign = self.laid_out.foreign
        self.view.pages = self.laid_out.pages
        self.view.update_margins()

    def _fill_header(self, doc: Document) -> None:
        has_title_block = bool(doc.paragraphs) and doc.paragraphs[0].kind == "title"
        self.title_label.setText(doc.title)
        self.title_label.setVisible(not has_title_block)
        self.badge_label.setText(badge(doc.lang))
        self.badge_label.setToolTip(confidence_text(doc.lang, doc.lang_confidence))
        details = [self.tr("imported {time}").format(time=short_time(doc.imported_at))]
        details += [doc.metadata[k] for k in ("site", "published", "author")
                    if doc.metadata.get(k)]
        self.source_label.setText(outlet(doc))  # the file is on hover, not a hashed name
        self.source_label.setToolTip(source_tooltip(doc))
        self.title_label.setToolTip(source_tooltip(doc))
        self.badge_label.setToolTip(self.badge_label.toolTip() + "\n" + source_tooltip(doc))
        self.details_label.setText("· " + " · ".join(details))
        self.header.show()

    def refresh_style(self) -> None:
        """Re-render after a theme or font change, keeping the reader's place."""
        doc = self.document
        if doc is None:
            return
        bar = self.view.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        span = self.selected_span()
        self._render(doc)
        self.refresh_highlights()
        self.view.document().documentLayout().documentSize()  # lay out before scrolling
        bar.setValue(round(fraction * bar.maximum()))
        if span is not None:
            self.select_span(*span, scroll=False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The theme changed: redraw formats made from the old palette (boilerplate, code).
        if event.type() == QEvent.Type.PaletteChange and self.laid_out is not None:
            self.refresh_style()

    # -- font size -----------------------------------------------------------------------

    def set_font_size(self, size: int) -> None:
        """Reading font size in points, kept between the limits."""
        size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))
        if size == self.font_size:
            return
        self.font_size = size
        self.refresh_style()
        self.sig_font_size_changed.emit(size)

    def zoom_in(self) -> None:
        self.set_font_size(self.font_size + 1)

    def zoom_out(self) -> None:
        self.set_font_size(self.font_size - 1)

    def zoom_reset(self) -> None:
        self.set_font_size(DEFAULT_FONT_SIZE)

    # -- selections ----------------------------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        """The selected text as core offsets (start, end) without the spaces and line
        breaks a dragged selection picks up at either end; None when nothing but space
        is selected."""
        cursor = self.view.textCursor()
        if self.laid_out is None or not cursor.hasSelection():
            return None
        offsets = self.laid_out.offsets
        start = offsets.offset(cursor.selectionStart())
        end = offsets.offset(cursor.selectionEnd())
        text = self.laid_out.source.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int, scroll: bool = True) -> None:
        """Select ``text[start:end]`` (core offsets)."""
        if self.laid_out is None:
            return
        cursor = self._cursor(start, end)
        self.view.setTextCursor(cursor)
        if scroll:
            self.scroll_to(start)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        assert self.laid_out is not None
        offsets = self.laid_out.offsets
        limit = self.laid_out.document.characterCount() - 1
        cursor = QTextCursor(self.laid_out.document)
        cursor.setPosition(min(offsets.position(start), limit))
        cursor.setPosition(min(offsets.position(end), limit), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def scroll_to(self, offset: int) -> None:
        """Scroll so that ``offset`` sits in the upper third of the view."""
        if self.laid_out is None:
            return
        cursor = self._cursor(offset, offset)
        self.view.document().documentLayout().documentSize()
        rect = self.view.cursorRect(cursor)
        bar = self.view.verticalScrollBar()
        target = bar.value() + rect.top() - self.view.viewport().height() // 3
        bar.setValue(max(0, target))

    def _selection_changed(self) -> None:
        self.sig_selection_changed.emit(self.view.textCursor().hasSelection())

    # -- highlights and hits -------------------------------------------------------------

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        """Redraw with a new set of highlights."""
        self.annotations = list(annotations)
        if self.current_annotation not in {a.id for a in self.annotations}:
            self.current_annotation = None
        self.refresh_highlights()

    def set_current_annotation(self, ann_id: str | None, scroll: bool = True) -> None:
        """Emphasise one highlight (the one selected in the highlights panel)."""
        self.current_annotation = ann_id
        self.refresh_highlights()
        annotation = next((a for a in self.annotations if a.id == ann_id), None)
        if scroll and annotation is not None and annotation.state != "orphaned":
            self.scroll_to(annotation.selector.start)

    def annotations_at(self, offset: int) -> list[Annotation]:
        """Anchored highlights covering ``offset``, shortest first."""
        found = [
            a for a in self.annotations
            if a.state != "orphaned" and a.selector.start <= offset <= a.selector.end
            and a.selector.end > a.selector.start
        ]
        return sorted(found, key=lambda a: a.selector.end - a.selector.start)

    def refresh_highlights(self) -> None:
        """Draw highlights (translucent, so overlaps show) and search hits as extra selections."""
        if self.laid_out is None:
            self.view.setExtraSelections([])
            return
        selections = []
        for annotation in sorted(self.annotations, key=lambda a: a.selector.start):
            if annotation.state == "orphaned":
                continue
            current = annotation.id == self.current_annotation
            fmt = QTextCharFormat()
            color = self._label_color(annotation.label,
                                      CURRENT_ALPHA if current else HIGHLIGHT_ALPHA)
            fmt.setBackground(color)
            if current:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(self._label_color(annotation.label, 255))
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(annotation.selector.start, annotation.selector.end)
            selection.format = fmt
            selections.append(selection)
        for number, (start, end) in enumerate(self.hits):
            fmt = QTextCharFormat()
            color = QColor(HIT_COLOR)
            color.setAlpha(200 if number == self.hit_index else 70)
            fmt.setBackground(color)
            if number == self.hit_index:
                fmt.setForeground(QColor("#000000"))
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(start, end)
            selection.format = fmt
            selections.append(selection)
        self.view.setExtraSelections(selections)

    def _clicked_at(self, position: int) -> None:
        if self.laid_out is None:
            return
        found = self.annotations_at(self.laid_out.offsets.offset(position))
        if found:
            self.sig_annotation_clicked.emit(found[0].id)

    def set_hits(self, matches: Sequence[tuple[int, int]], jump: bool = True) -> None:
        """Mark search hits (core offsets); go to the first one."""
        had_hits = bool(self.hits)
        self.hits = sorted((int(s), int(e)) for s, e in matches)
        self.hit_index = -1
        if jump and self.hits:
            self.go_to_hit(0)
            return
        if had_hits:  # leave no hit selected behind
            cursor = self.view.textCursor()
            cursor.clearSelection()
            self.view.setTextCursor(cursor)
        self.refresh_highlights()
        self._update_hit_label()
        self.sig_hit_changed.emit(self.hit_index, len(self.hits))

    def go_to_hit(self, index: int) -> None:
        """Scroll to hit ``index`` (wrapping around) and put the cursor at its start.

        The hit is marked, not selected: a selection left behind would be highlighted by
        a stray 1, 2 or 3 (the reader selects what to highlight).
        """
        if not self.hits:
            self._update_hit_label()
            return
        self.hit_index = index % len(self.hits)
        start, _end = self.hits[self.hit_index]
        self.refresh_highlights()
        self.view.setTextCursor(self._cursor(start, start))
        self.scroll_to(start)
        self._update_hit_label()
        self.sig_hit_changed.emit(self.hit_index, len(self.hits))

    def next_hit(self) -> None:
        self.go_to_hit(self.hit_index + 1)

    def previous_hit(self) -> None:
        self.go_to_hit(self.hit_index - 1 if self.hit_index >= 0 else -1)

    def hit_status(self) -> str:
        """"hit 3 of 12", or nothing without hits."""
        if not self.hits:
            return ""
        if self.hit_index < 0:
            return self.tr("%n hit(s)", "", len(self.hits))
        return self.tr("hit {number} of %n", "", len(self.hits)).format(
            number=self.hit_index + 1)

    def _update_hit_label(self) -> None:
        self.hit_label.setText(self.hit_status())



