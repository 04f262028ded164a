"""Markdown articles: rendered with the markdown package; the plain text is what counts."""

from __future__ import annotations

import re
import threading

import markdown as markdown_lib

from .base import ParsedArticle
from .html import blocks_to_article, extract_blocks

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def _front_matter(raw: str) -> tuple[str, dict[str, str]]:
    match = _FRONT_MATTER.match(raw.replace("\r\n", "\n"))
    if not match:
        return raw, {}
    metadata = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        key = _FRONT_MATTER_KEYS.get(key.strip().lower(), "")
        if sep and key:
            metadata[key] = value.strip().strip("\"'")
    return raw.replace("\r\n", "\n")[match.end() :], metadata


# Front-matter keys and the metadata fields they fill.
_FRONT_MATTER_KEYS = {
    "title": "title", "author": "author", "date": "published", "published": "published",
    "publisher": "site", "site": "site", "url": "url", "description": "description",
    "lang": "language", "language": "language",
}

_renderers = threading.local()


def _renderer() -> markdown_lib.Markdown:
    # Building a Markdown instance (extensions included) costs more than converting an
    # article; one per thread, reset before each use, gives the same HTML.
    renderer: markdown_lib.Markdown | None = getattr(_renderers, "md", None)
    if renderer is None:
        renderer = markdown_lib.Markdown(extensions=["extra", "sane_lists"], output_format="html")
        _renderers.md = renderer
    return renderer


def render_markdown(source: str) -> str:
    """Markdown to HTML with the extensions articles commonly use."""
    html: str = _renderer().reset().convert(source)
    return html


def parse_markdown(raw: str) -> ParsedArticle:
    """Parse Markdown: display HTML from the renderer, text and offsets from its blocks."""
    body, metadata = _front_matter(raw)
    html = render_markdown(body)
    blocks, _, _ = extract_blocks(f"<article>{html}</article>")
    article = blocks_to_article(blocks, metadata.pop("title", ""), metadata, display_html=html)
    return article
