"""One pane of the compare view: a full reading view with its source's header, tinting the
sentence at the cursor and its partners; and the alignment arithmetic the view scrolls by
(partner spans of an offset, positions interpolated between aligned sentences)."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.align import AlignedPair, Alignment
from ..core.models import Annotation, Document, Paragraph
from .languages import badge, confidence_text
from .preferences import DEFAULT_FONT_SIZE
from .qt import (
    QColor,
    QEvent,
    QFont,
    QFrame,
    QHBoxLayout,
    QLabel,
    QObject,
    QPointF,
    QSizePolicy,
    Qt,
    QTextCharFormat,
    QTextCursor,
    QTextEdit,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .reading_view import BadgeLabel, ElidedLabel, LabelColor, ReadingView
from .sources import outlet, source_tooltip

Anchors = list[tuple[float, float]]
Span = tuple[int, int]
# The sentence at the cursor and its partners: violet, which no label has.
PARTNER_COLOR = QColor(150, 100, 230, 60)


def _overlapping(beads: Sequence[AlignedPair], span: Span, side: str) -> list[AlignedPair]:
    """Beads whose ``side`` ("a" or "b") overlaps ``span`` (a point span touches one)."""
    start, end = span
    out = []
    for bead in beads:
        mine = bead.a if side == "a" else bead.b
        if mine is not None and (mine[0] <= start < mine[1] if start == end
                                 else mine[0] < end and start < mine[1]):
            out.append(bead)
    return out


def _cover(spans: Sequence[Span | None]) -> Span | None:
    found = [s for s in spans if s is not None]
    return (min(s[0] for s in found), max(s[1] for s in found)) if found else None


def partner_spans(alignments: Sequence[Alignment], pane: int, offset: int
                  ) -> list[Span | None]:
    """For each pane, the sentence(s) aligned with the one at ``offset`` in pane ``pane``.

    ``alignments[k]`` aligns the first pane (side a) with pane ``k + 1`` (side b). The
    entry for ``pane`` itself is the sentence group holding ``offset``; None where a pane has
    no counterpart (or the offset lies between sentences).
    """
    out: list[Span | None] = [None] * (len(alignments) + 1)
    point = (offset, offset)
    if pane == 0:
        first = None
        for k, alignment in enumerate(alignments):
            beads = _overlapping(alignment.sentences, point, "a")
            first = first or _cover([b.a for b in beads])
            out[k + 1] = _cover([b.b for b in beads])
        out[0] = first
        return out
    beads = _overlapping(alignments[pane - 1].sentences, point, "b")
    out[pane] = _cover([b.b for b in beads])
    out[0] = _cover([b.a for b in beads])
    if out[0] is not None:
        for k, alignment in enumerate(alignments):
            if k + 1 != pane:
                out[k + 1] = _cover([b.b for b in _overlapping(alignment.sentences, out[0],
                                                               "a")])
    return out


class PaneReading(ReadingView):
    """A reading view that also tints one passage: its part of the aligned sentences."""

    def __init__(self, label_color: LabelColor, font_size: int = DEFAULT_FONT_SIZE) -> None:
        super().__init__(label_color, font_size)
        self.partner: Span | None = None

    def set_partner(self, span: Span | None) -> None:
        if span != self.partner:
            self.partner = span
            self.refresh_highlights()

    def refresh_highlights(self) -> None:
        super().refresh_highlights()
        if self.partner is None or self.laid_out is None:
            return
        offsets = self.laid_out.offsets
        limit = self.laid_out.document.characterCount() - 1
        cursor = QTextCursor(self.laid_out.document)
        cursor.setPosition(min(offsets.position(self.partner[0]), limit))
        cursor.setPosition(min(offsets.position(self.partner[1]), limit),
                           QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(PARTNER_COLOR)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        # Underneath highlights and hits, so those keep their colours on top.
        self.view.setExtraSelections([selection, *self.view.extraSelections()])


def interpolate(anchors: Anchors, y: float, reverse: bool = False) -> float:
    """Map ``y`` through piecewise-linear anchors (first to second; second to first if
    ``reverse``). Anchors rise in both coordinates; beyond them, positions shift 1:1."""
    src, dst = (1, 0) if reverse else (0, 1)
    previous = anchors[0]
    if y < previous[src]:
        return max(0.0, previous[dst] - (previous[src] - y))
    for anchor in anchors[1:]:
        if y < anchor[src]:
            share = (y - previous[src]) / (anchor[src] - previous[src])
            return previous[dst] + share * (anchor[dst] - previous[dst])
        previous = anchor
    return previous[dst] + (y - previous[src])


class ComparePane(QWidget):
    """One source: title, language badge with confidence and source above its reading view."""

    sig_focused = Signal(str)  # doc id

    def __init__(self, label_color: LabelColor, font_size: int = DEFAULT_FONT_SIZE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setAccessibleName(self.tr("Source title"))
        self.title_label.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                       QSizePolicy.Policy.Preferred)
        self.badge_label = BadgeLabel()
        self.badge_label.setAccessibleName(self.tr("Source language"))
        self.source_label = ElidedLabel()
        self.source_label.setAccessibleName(self.tr("Source file"))
        self.hit_label = QLabel()
        self.hit_label.setAccessibleName(self.tr("Search hit position"))

        meta = QHBoxLayout()
        meta.setContentsMargins(0, 0, 0, 0)
        meta.addWidget(self.badge_label)
        meta.addWidget(self.source_label, 1)
        meta.addWidget(self.hit_label)
        self.header = QFrame()
        self.header.setAccessibleName(self.tr("Source header"))
        self.header.setFrameShape(QFrame.Shape.StyledPanel)
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(10, 6, 10, 6)
        header_layout.setSpacing(3)
        header_layout.addWidget(self.title_label)
        header_layout.addLayout(meta)

        self.reading = PaneReading(label_color, font_size)
        self.reading.view.installEventFilter(self)
        self.reading.sig_hit_changed.connect(
            lambda *_: self.hit_label.setText(self.reading.hit_status()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.reading, 1)

    @property
    def doc_id(self) -> str | None:
        return self.reading.document_id

    def show_document(self, doc: Document, annotations: Sequence[Annotation]) -> None:
        """Show ``doc`` with its highlights under a header of its own."""
        self.reading.show_document(doc, annotations)
        self.reading.header.hide()  # the pane's header says it all, more compactly
        self.title_label.setText(doc.title)
        self.title_label.setToolTip(source_tooltip(doc))
        self.reading.setAccessibleName(self.tr("Source text: {title}").format(title=doc.title))
        code = doc.lang or "und"
        if code == "und":
            self.badge_label.setText(badge(code))
        else:
            self.badge_label.setText(self.tr("{badge} · {confidence}%").format(
                badge=badge(code), confidence=round(doc.lang_confidence * 100)))
        self.badge_label.setToolTip(confidence_text(code, doc.lang_confidence))
        self.source_label.setText(outlet(doc))  # the file is on hover, not a hashed name
        self.source_label.setToolTip(source_tooltip(doc))
        self.hit_label.setText("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.reading.view and event.type() == QEvent.Type.FocusIn and self.doc_id:
            self.sig_focused.emit(self.doc_id)
        return super().eventFilter(watched, event)

    # -- geometry: pixel positions of core offsets --------------------------------------

    def content_height(self) -> float:
        """The laid-out document's height in pixels."""
        return float(self.reading.view.document().documentLayout().documentSize().height())

    def y_of(self, offset: int) -> float:
        """The top (document pixels) of the paragraph block holding core offset ``offset``."""
        laid_out = self.reading.laid_out
        if laid_out is None:
            return 0.0
        document = laid_out.document
        limit = document.characterCount() - 1
        block = document.findBlock(min(laid_out.offsets.position(offset), limit))
        return float(document.documentLayout().blockBoundingRect(block).top())

    def line_y_of(self, offset: int) -> float:
        """The top (document pixels) of the line holding core offset ``offset``."""
        laid_out = self.reading.laid_out
        if laid_out is None:
            return 0.0
        document = laid_out.document
        position = min(laid_out.offsets.position(offset), document.characterCount() - 1)
        block = document.findBlock(position)
        top = float(document.documentLayout().blockBoundingRect(block).top())
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position()) if layout else None
        return top + line.y() if line is not None and line.isValid() else top

    def cursor_offset(self) -> int | None:
        """The core offset of the text cursor, None without a document."""
        laid_out = self.reading.laid_out
        if laid_out is None:
            return None
        return laid_out.offsets.offset(self.reading.view.textCursor().position())

    def top_offset(self) -> int:
        """The core offset of the text at the top edge of the view."""
        laid_out = self.reading.laid_out
        if laid_out is None:
            return 0
        view = self.reading.view
        left = laid_out.document.rootFrame().frameFormat().leftMargin()
        y = view.verticalScrollBar().value() + 2
        position = laid_out.document.documentLayout().hitTest(
            QPointF(left + 2, y), Qt.HitTestAccuracy.FuzzyHit)
        return laid_out.offsets.offset(max(0, position))

    def top_paragraph(self) -> Paragraph | None:
        """The paragraph shown at the top of the view (the first one below the top edge)."""
        doc = self.reading.document
        if doc is None:
            return None
        offset = self.top_offset()
        for paragraph in doc.paragraphs:
            if paragraph.end > offset:
                return paragraph
        return doc.paragraphs[-1] if doc.paragraphs else None

    def scroll_to_paragraph_of(self, offset: int) -> None:
        """Put the top of the paragraph holding ``offset`` at the top of the view."""
        self.reading.view.verticalScrollBar().setValue(round(self.y_of(offset)))
