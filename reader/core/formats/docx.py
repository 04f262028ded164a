"""Word documents (.docx) through python-docx (MIT): paragraphs, headings, lists, quotes
and tables in document order; title, author, date and language from the core properties."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from ..errors import ImportRefused
from ..models import ParagraphKind
from .base import ParsedArticle
from .html import blocks_to_article

# A .docx holding more than this, unpacked, is refused before python-docx reads it.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


def check_zip(data: bytes, name: str, what: str) -> zipfile.ZipFile:
    """The zip archive in ``data``, or a sentence saying it is not one (or is a zip bomb)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ImportRefused(f"{name} is damaged or not in {what} format (it is not a zip "
                            "archive).") from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRefused(f"{name} unpacks to {unpacked / 1048576:.0f} MB, over the "
                            f"{MAX_UNPACKED_BYTES // 1048576} MB limit for one document.")
    return archive


def _kind(paragraph: Any) -> ParagraphKind:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    lowered = style.lower()
    if lowered == "title" or lowered.startswith("heading"):
        return "heading"
    if "quote" in lowered:
        return "quote"
    if lowered.startswith("list") or paragraph._p.pPr is not None \
            and paragraph._p.pPr.numPr is not None:
        return "item"
    if "code" in lowered or "preformatted" in lowered or "source" in lowered:
        return "code"
    return "body"


def _table_rows(table: Any) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):  # merged cells repeat
                cells.append(text)
        if cells:
            rows.append(" | ".join(cells))
    return rows


def parse_docx(data: bytes, name: str = "document.docx") -> ParsedArticle:
    """Parse a .docx file."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    check_zip(data, name, "Word (.docx)")
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise ImportRefused(f"{name} is not a Word (.docx) document.") from exc
    blocks: list[tuple[str, ParagraphKind]] = []
    title_block = ""
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks.extend((row, "body") for row in _table_rows(item))
            continue
        text = " ".join(item.text.replace("\t", " ").split())
        if not text:
            continue
        kind = _kind(item)
        style = (item.style.name if item.style is not None else "").lower()
        if style == "title" and not title_block:
            title_block = text
        blocks.append((text, kind))
    props = document.core_properties
    metadata: dict[str, str] = {}
    if props.author:
        metadata["author"] = " ".join(props.author.split())
    date = props.created or props.modified
    if date is not None:
        metadata["published"] = date.date().isoformat()
    if props.language:
        metadata["language"] = props.language.strip().lower()
    if props.subject:
        metadata["description"] = " ".join(props.subject.split())
    title = " ".join((props.title or "").split()) or title_block
    first_is_title = bool(blocks) and blocks[0][1] == "heading" and (
        not title or blocks[0][0] == title)
    return blocks_to_article(blocks, title, metadata, first_heading_is_title=first_is_title,
                             strip_suffix=False)
