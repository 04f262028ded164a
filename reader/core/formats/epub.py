"""E-books (EPUB 2 and 3), read with zipfile and lxml (EbookLib is AGPL): the chapters in
spine order, each through the HTML reader; title, authors, date, language from the OPF."""

from __future__ import annotations

import posixpath
from typing import Any
from urllib.parse import unquote

from ..errors import ImportRefused
from ..models import ParagraphKind
from .base import ParsedArticle
from .docx import check_zip
from .html import blocks_to_article, extract_blocks

_DC = "{http://purl.org/dc/elements/1.1/}"
_OPF = "{http://www.idpf.org/2007/opf}"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_HTML_TYPES = ("application/xhtml+xml", "text/html", "application/x-dtbook+xml")


def _xml(data: bytes, name: str, part: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                             load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ImportRefused(f"{name} is a damaged EPUB: {part} cannot be read.") from exc
    if root is None:
        raise ImportRefused(f"{name} is a damaged EPUB: {part} cannot be read.")
    return root


def _texts(root: Any, tag: str) -> list[str]:
    return [" ".join("".join(e.itertext()).split()) for e in root.iter(f"{_DC}{tag}")
            if "".join(e.itertext()).strip()]


def parse_epub(data: bytes, name: str = "book.epub") -> ParsedArticle:
    """Parse an EPUB 2 or 3 book."""
    archive = check_zip(data, name, "EPUB")
    names = set(archive.namelist())

    def read(member: str, part: str) -> bytes:
        if member not in names:
            raise ImportRefused(f"{name} is a damaged EPUB: {part} is missing.")
        return archive.read(member)

    container = _xml(read("META-INF/container.xml", "META-INF/container.xml"), name,
                     "its container")
    rootfile = next((e.get("full-path") for e in container.iter(f"{_CONTAINER}rootfile")
                     if e.get("full-path")), None)
    if rootfile is None:
        raise ImportRefused(f"{name} is a damaged EPUB: it names no package document.")
    opf = _xml(read(rootfile, "the package document"), name, "the package document")
    base = posixpath.dirname(rootfile)
    manifest = {
        item.get("id"): (posixpath.normpath(posixpath.join(base, unquote(item.get("href", "")))),
                         item.get("media-type", ""))
        for item in opf.iter(f"{_OPF}item")
    }
    blocks: list[tuple[str, ParagraphKind]] = []
    for itemref in opf.iter(f"{_OPF}itemref"):
        href, media_type = manifest.get(itemref.get("idref"), ("", ""))
        if not href or media_type not in _HTML_TYPES or href not in names:
            continue
        raw = archive.read(href)
        chapter = raw.decode("utf-8", errors="replace")
        chapter_blocks, _, _ = extract_blocks(chapter)
        blocks.extend(chapter_blocks)
    if not blocks:
        raise ImportRefused(f"{name} has no chapters with text.")
    metadata: dict[str, str] = {}
    creators = _texts(opf, "creator")
    if creators:
        metadata["author"] = "; ".join(dict.fromkeys(creators))
    dates = _texts(opf, "date")
    if dates:
        metadata["published"] = dates[0][:10] if dates[0][:4].isdigit() else dates[0]
    for key, tag in (("language", "language"), ("site", "publisher"),
                     ("description", "description")):
        values = _texts(opf, tag)
        if values:
            metadata[key] = values[0].lower() if key == "language" else values[0]
    titles = _texts(opf, "title")
    title = titles[0] if titles else ""
    first_is_title = blocks[0][1] == "heading" and (not title or blocks[0][0] == title)
    return blocks_to_article(blocks, title, metadata, first_heading_is_title=first_is_title,
                             strip_suffix=False)
