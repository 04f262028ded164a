"""PDF documents through pdfminer.six (MIT): text in reading order, repaired, with the page
each paragraph starts on.

pdfminer.six was chosen over pypdf by measuring both (benchmarks/bench_extraction.py and the
README): pypdf reads pages about twice as fast but gives lines only, while pdfminer's layout
analysis gives text boxes in reading order, which are the paragraphs a reader expects and
keep two-column pages apart.

Repairs: a word hyphenated at a line end is joined, wrapped lines are joined into
paragraphs (also across a page break), lines repeated at the top or bottom of most pages
(running headers and footers) and page numbers are dropped, ligatures and other
compatibility characters are normalised (NFKC) and tabs become spaces.
"""

from __future__ import annotations

import io
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..errors import ImportRefused
from ..models import ParagraphKind
from ..text import Block, build_text_model, shorten
from .base import ParsedArticle

# A bomb of many pages is refused before any page is read.
MAX_PAGES = 2000
MAX_PDF_BYTES = 200 * 1024 * 1024

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—(\[]\s*)?(?:(?:page|p\.|seite|pagina|página|pág\.|s\.)\s*)?"
    r"(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:/|of|von|di|de|sur)\s*\d{1,4})?\s*(?:[-–—)\]]\s*)?$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[•◦▪▫●○■□‣⁃–—*-]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+")
_SENTENCE_END = re.compile(r"[.!?…:;\"”“»)\]]$")
_HYPHEN_END = re.compile(r"(\w)[-\u00ad‐]$")
# "Ein- und Ausgang": a hyphen before these words is not a word cut in two.
_CONJUNCTIONS = frozenset("und oder bzw. sowie and or e o ed y et ou".split())


@dataclass
class _Box:
    lines: list[str]
    top: float  # distance from the page's top edge, 0..1
    bottom: float
    size: float  # mean font size
    page: int


def _decode(value: Any) -> str:
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    if isinstance(value, bytes):
        return " ".join(decode_text(value).split())
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, PSLiteral):
        return str(value.name)
    return ""


def _pdf_date(value: str) -> str:
    """``D:20250314...`` as ``2025-03-14`` (or the text itself when it is not one)."""
    match = re.match(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?", value)
    if not match:
        return value
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return datetime(int(year), int(month), int(day)).date().isoformat()
    except ValueError:
        return year


def _info(document: Any) -> dict[str, str]:
    from pdfminer.pdftypes import resolve1

    metadata: dict[str, str] = {}
    for info in document.info or []:
        info = resolve1(info)
        if not isinstance(info, dict):
            continue
        for key, field in (("Title", "title"), ("Author", "author"),
                           ("CreationDate", "published"), ("Subject", "description")):
            value = _decode(resolve1(info.get(key)))
            if value and field not in metadata:
                metadata[field] = _pdf_date(value) if field == "published" else value
    return metadata


def _boxes(pages: Any) -> list[list[_Box]]:
    from pdfminer.layout import LTChar, LTTextBox, LTTextLine

    result: list[list[_Box]] = []
    for number, page in enumerate(pages, start=1):
        height = float(page.height) or 1.0
        boxes: list[_Box] = []
        for element in page:
            if not isinstance(element, LTTextBox):
                continue
            lines: list[str] = []
            sizes: list[float] = []
            for line in element:
                if not isinstance(line, LTTextLine):
                    continue
                text = line.get_text().replace("\t", " ").strip()
                if text:
                    lines.append(" ".join(text.split()))
                    sizes.extend(c.size for c in line if isinstance(c, LTChar))
            if lines:
                boxes.append(_Box(lines, 1 - element.y1 / height, 1 - element.y0 / height,
                                  statistics.fmean(sizes) if sizes else 0.0, number))
        result.append(boxes)
    return result


def _signature(line: str) -> str:
    return re.sub(r"\d+", "#", line.casefold())


def _drop_furniture(pages: list[list[_Box]]) -> None:
    """Remove running headers and footers (repeated near the top or bottom of most pages)
    and page numbers, in place."""
    edge_lines: Counter[tuple[str, str]] = Counter()
    for boxes in pages:
        # Text outside the page (a line a layout engine repeats, clipped, at the top of the
        # next page) is not shown by any viewer.
        boxes[:] = [b for b in boxes if b.bottom > 0 and b.top < 1]
        seen: set[tuple[str, str]] = set()
        for box in boxes:
            # The same line at the same edge (top or bottom) of many pages; a short line
            # alone at the very edge (a chapter's running header) on two pages.
            if box.top < 0.15:
                seen |= {("top", _signature(box.lines[0])), ("top", _signature(box.lines[-1]))}
            if box.bottom > 0.85:
                seen |= {("bottom", _signature(box.lines[0])),
                         ("bottom", _signature(box.lines[-1]))}
            if len(box.lines) == 1 and len(box.lines[0]) <= 80 and (
                    box.top < 0.08 or box.bottom > 0.92):
                seen.add(("edge", _signature(box.lines[0])))
        edge_lines.update(seen)
    # On three pages (two in a short document), or a lone edge line on two.
    threshold = (3 if len(pages) >= 5 else 2) if len(pages) >= 3 else None
    repeated = {s for (where, s), n in edge_lines.items() if threshold is not None
                and (n >= threshold or where == "edge" and n >= 2)}
    sizes = [b.size for boxes in pages for b in boxes if b.size]
    body_size = statistics.median(sizes) if sizes else 0.0
    for number, boxes in enumerate(pages):
        kept: list[_Box] = []
        for box in boxes:
            at_edge = box.top < 0.15 or box.bottom > 0.85
            # A running header that repeats the title stays where the title stands.
            title_page = number == 0 and body_size and box.size >= body_size * 1.15
            if at_edge and not title_page:
                box.lines = [line for line in box.lines
                             if _signature(line) not in repeated
                             and not _PAGE_NUMBER.match(line)]
            if box.lines:
                kept.append(box)
        boxes[:] = kept


def _join_lines(lines: list[str]) -> str:
    text = ""
    for line in lines:
        if not text:
            text = line
        elif _HYPHEN_END.search(text) and line[:1].islower() and \
                line.split(" ", 1)[0] not in _CONJUNCTIONS:
            text = text[:-1] + line  # a word hyphenated at the line end
        elif _HYPHEN_END.search(text) and line[:1].isupper() and text[-1] == "-":
            text += line  # a compound's own hyphen: KI-|Beschleuniger
        else:
            text += " " + line
    return text


def _paragraphs(pages: list[list[_Box]]) -> list[tuple[str, ParagraphKind, int]]:
    sizes = [b.size for boxes in pages for b in boxes for _ in b.lines if b.size]
    body_size = statistics.median(sizes) if sizes else 0.0
    out: list[tuple[str, ParagraphKind, int]] = []
    continuable = False  # the last paragraph was cut off by a box or page end
    for boxes in pages:
        for box in boxes:
            # Lines starting with a bullet or number start an item of their own.
            groups: list[list[str]] = []
            for line in box.lines:
                if not groups or _BULLET.match(line):
                    groups.append([line])
                else:
                    groups[-1].append(line)
            for index, group in enumerate(groups):
                text = _join_lines(group)
                kind: ParagraphKind = "body"
                larger = box.size / body_size if body_size else 1.0
                if (len(text) <= 200 and not _SENTENCE_END.search(text)
                        and (larger >= 1.15 and len(group) <= 2 or larger >= 1.3
                             and len(group) <= 4)):
                    kind = "heading"
                elif _BULLET.match(group[0]):
                    kind = "item"
                if (index == 0 and out and continuable and kind == "body"
                        and text[:1].islower()):
                    previous, prev_kind, page = out[-1]
                    if _HYPHEN_END.search(previous):
                        out[-1] = (previous[:-1] + text, prev_kind, page)
                    else:
                        out[-1] = (previous + " " + text, prev_kind, page)
                else:
                    out.append((text, kind, box.page))
                continuable = kind in ("body", "item") and not _SENTENCE_END.search(text)
    return out


def parse_pdf(data: bytes, name: str = "document.pdf") -> ParsedArticle:
    """Parse a PDF file; scanned (no text layer) and password-protected ones are refused."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1

    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        raise ImportRefused(f"{name} is not a PDF file.")
    if len(data) > MAX_PDF_BYTES:
        raise ImportRefused(f"{name} is {len(data) / 1048576:.0f} MB, over the "
                            f"{MAX_PDF_BYTES // 1048576} MB limit for one PDF.")
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except PDFPasswordIncorrect as exc:
        raise ImportRefused(f"{name} is password-protected; save an unprotected copy to "
                            "import it.") from exc
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        raise ImportRefused(f"{name} is a damaged PDF that cannot be read.") from exc
    try:
        count = int(resolve1(resolve1(document.catalog["Pages"])["Count"]))
    except Exception:
        count = sum(1 for _ in PDFPage.create_pages(document))
    if count > MAX_PAGES:
        raise ImportRefused(f"{name} has {count} pages, over the limit of {MAX_PAGES} "
                            "pages for one document.")
    if count == 0:
        raise ImportRefused(f"{name} has no pages.")
    metadata = _info(document)
    try:
        pages = _boxes(extract_pages(io.BytesIO(data), laparams=LAParams(), maxpages=MAX_PAGES))
    except PDFPasswordIncorrect as exc:
        raise ImportRefused(f"{name} is password-protected; save an unprotected copy to "
                            "import it.") from exc
    except Exception as exc:
        raise ImportRefused(f"{name} is a damaged PDF: its pages cannot be read.") from exc
    _drop_furniture(pages)
    paragraphs = _paragraphs(pages)
    if sum(len(text) for text, _, _ in paragraphs) < max(20, 10 * count):
        raise ImportRefused(f"{name} has no text layer (it is probably a scan); run text "
                            "recognition (OCR) on it first.")
    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for text, kind, page in paragraphs:
        text = " ".join(unicodedata.normalize("NFKC", text).split())
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(text)
        blocks.append(Block(pos, pos + len(text), kind, page=page))
        pos += len(text)
    text = "".join(parts)
    title = metadata.pop("title", "")
    if blocks and blocks[0].kind == "heading" and (
            not title or text[blocks[0].start:blocks[0].end] == title):
        blocks[0] = Block(blocks[0].start, blocks[0].end, "title", page=blocks[0].page)
        title = title or text[blocks[0].start:blocks[0].end]
    model = build_text_model(text, [(b.start, b.end, b.kind) for b in blocks],
                             shorten(title) if title else None)
    # build_text_model marks boilerplate; keep its blocks and add the pages back.
    model = type(model)(model.text, model.title, tuple(
        Block(m.start, m.end, m.kind, m.boilerplate, b.page)
        for m, b in zip(model.blocks, blocks, strict=True)))
    metadata["pages"] = str(count)
    return ParsedArticle(model=model, metadata=metadata)
