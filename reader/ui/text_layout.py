"""A QTextDocument built from a Document so that character offsets map 1:1 onto positions.

The document's text is inserted exactly as stored, in one piece: every '\\n' becomes a
block separator, which occupies one position just as the newline occupies one offset.
Formatting (paragraph kinds, boilerplate, code, lists) is applied afterwards to spans and
blocks and never adds a character. The one difference left is that Qt counts UTF-16 code
units while the core counts code points; :class:`OffsetMap` converts between the two and
is the identity for the usual text without characters outside the Basic Multilingual Plane.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from ..core.models import UNDETERMINED, Document, Paragraph
from .qt import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)

SIZE_FACTORS = {"title": 1.55, "heading": 1.2, "body": 1.0, "item": 1.0, "quote": 1.0,
                "code": 0.92}
BOILERPLATE_FACTOR = 0.85
LINE_HEIGHT_PERCENT = 135
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
FIXED = QTextBlockFormat.LineHeightTypes.FixedHeight.value
DOCUMENT_MARGIN = 18


class OffsetMap:
    """Converts core offsets (code points) to QTextDocument positions (UTF-16) and back."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        if len(text.encode("utf-16-le")) == 2 * len(text):
            self._wide: list[int] = []
        else:
            self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # Position just after the first UTF-16 unit of each wide character.
        self._wide_second = [offset + k + 1 for k, offset in enumerate(self._wide)]

    @property
    def identity(self) -> bool:
        """True when offsets and positions are the same numbers."""
        return not self._wide

    def position(self, offset: int) -> int:
        """The document position of core offset ``offset``."""
        if not self._wide:
            return offset
        return offset + bisect_left(self._wide, offset)

    def offset(self, position: int) -> int:
        """The core offset of document position ``position`` (rounded down in a pair)."""
        if not self._wide:
            return position
        return position - bisect_left(self._wide_second, position)


@dataclass
class ForeignParagraph:
    """A paragraph in another language than its document, for the margin tag."""

    position: int  # document position of its first character
    lang: str
    confidence: float


@dataclass
class LaidOutDocument:
    """A Document rendered into a QTextDocument, with its offset map."""

    source: Document
    document: QTextDocument
    offsets: OffsetMap
    foreign: list[ForeignParagraph] = field(default_factory=list)
    # (document position, page) where a new page of a paged source (PDF) begins.
    pages: list[tuple[int, int]] = field(default_factory=list)


def text_between(document: QTextDocument, start: int, end: int) -> str:
    """The characters between two positions, with block separators as '\\n'."""
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


def is_foreign(paragraph: Paragraph, doc: Document) -> bool:
    """Whether a paragraph is tagged with a different (known) language than its document."""
    return (
        paragraph.lang != doc.lang
        and paragraph.lang != UNDETERMINED
        and doc.lang != UNDETERMINED
        and not paragraph.boilerplate
    )


def _char_format(paragraph: Paragraph, base_size: float, palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    factor = SIZE_FACTORS.get(paragraph.kind, 1.0)
    if paragraph.boilerplate:
        factor *= BOILERPLATE_FACTOR
        fmt.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        fmt.setFontItalic(True)
    fmt.setFontPointSize(base_size * factor)
    if paragraph.kind in ("title", "heading"):
        fmt.setFontWeight(QFont.Weight.Bold)
    elif paragraph.kind == "quote":
        fmt.setFontItalic(True)
        if not paragraph.boilerplate:
            muted = QColor(palette.color(QPalette.ColorRole.Text))
            muted.setAlpha(210)
            fmt.setForeground(muted)
    elif paragraph.kind == "code":
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fmt.setFontFamilies([fixed.family()])
        fmt.setFontFixedPitch(True)
    return fmt


def _block_format(paragraph: Paragraph, base_size: float, palette: QPalette) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(LINE_HEIGHT_PERCENT, PROPORTIONAL)
    gap = base_size * 0.75
    if paragraph.kind == "title":
        fmt.setBottomMargin(gap * 1.5)
        fmt.setLineHeight(115, PROPORTIONAL)
    elif paragraph.kind == "heading":
        fmt.setTopMargin(gap * 1.2)
        fmt.setBottomMargin(gap * 0.5)
    elif paragraph.kind == "item":
        fmt.setBottomMargin(gap * 0.35)
    elif paragraph.kind == "quote":
        fmt.setLeftMargin(base_size * 2)
        fmt.setBottomMargin(gap)
    elif paragraph.kind == "code":
        fmt.setBackground(palette.color(QPalette.ColorRole.AlternateBase))
        fmt.setLineHeight(100, PROPORTIONAL)
        fmt.setNonBreakableLines(True)
    else:
        fmt.setBottomMargin(gap)
    if paragraph.boilerplate:
        fmt.setTopMargin(gap)
    return fmt


def _collapse_blank_lines(qdoc: QTextDocument, font_size: float) -> None:
    """Make empty lines between paragraphs (Markdown's blank lines) thin.

    They stay in the text, one position each, but the paragraphs' own margins already
    space them out: at full height they would double every gap.
    """
    thin = QTextBlockFormat()
    thin.setLineHeight(max(1.0, font_size * 0.25), FIXED)
    thin.setTopMargin(0)
    thin.setBottomMargin(0)
    block = qdoc.firstBlock()
    while block.isValid():
        if block.length() == 1 and block.textList() is None:
            cursor = QTextCursor(block)
            cursor.setBlockFormat(thin)
        block = block.next()


def build_document(doc: Document, font_size: float, palette: QPalette,
                   font: QFont | None = None) -> LaidOutDocument:
    """Render ``doc`` for reading: one insertion of the exact text, then formats only."""
    offsets = OffsetMap(doc.text)
    qdoc = QTextDocument()
    qdoc.setUndoRedoEnabled(False)
    qdoc.setDocumentMargin(DOCUMENT_MARGIN)
    base_font = QFont(font) if font is not None else QFont()
    base_font.setPointSizeF(font_size)
    qdoc.setDefaultFont(base_font)

    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    plain = QTextCharFormat()
    plain.setFontPointSize(font_size)
    cursor.insertText(doc.text, plain)

    foreign: list[ForeignParagraph] = []
    pages: list[tuple[int, int]] = []
    current_list = None
    previous_end = -1
    for paragraph in doc.paragraphs:
        start, end = offsets.position(paragraph.start), offsets.position(paragraph.end)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(_char_format(paragraph, font_size, palette))
        cursor.mergeBlockFormat(_block_format(paragraph, font_size, palette))
        if paragraph.kind == "item":
            # A bullet drawn by the layout: no character is added to the text.
            contiguous = current_list is not None and paragraph.start <= previous_end + 1
            block = qdoc.findBlock(start)
            if contiguous and current_list is not None:
                current_list.add(block)
            else:
                list_format = QTextListFormat()
                list_format.setStyle(QTextListFormat.Style.ListDisc)
                list_format.setIndent(1)
                cursor.setPosition(start)
                current_list = cursor.createList(list_format)
        else:
            current_list = None
        previous_end = paragraph.end
        if is_foreign(paragraph, doc):
            foreign.append(ForeignParagraph(start, paragraph.lang, paragraph.lang_confidence))
        if paragraph.page is not None and (not pages or pages[-1][1] != paragraph.page):
            pages.append((start, paragraph.page))
    _collapse_blank_lines(qdoc, font_size)
    cursor.endEditBlock()
    qdoc.setModified(False)
    qdoc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, doc.title)
    return LaidOutDocument(doc, qdoc, offsets, foreign, pages)
