"""HTML articles reduced to their article text: no scripts, styles, comments or resources."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..models import ParagraphKind
from ..text import build_text_model, normalise, shorten
from .base import ParsedArticle

# Content of these elements is never article text.
_SKIP = frozenset(
    "script style noscript template head nav aside form button select textarea svg math "
    "iframe object embed canvas video audio map dialog".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK_KIND: dict[str, ParagraphKind] = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "li": "item", "dt": "item", "dd": "body", "blockquote": "quote",
    "pre": "code", "p": "body", "div": "body", "section": "body", "article": "body",
    "main": "body", "header": "body", "footer": "body", "figure": "body",
    "figcaption": "body", "td": "body", "th": "body", "tr": "body", "table": "body",
    "ul": "body", "ol": "body", "dl": "body", "address": "body", "caption": "body",
    "body": "body", "html": "body", "br": "body", "hr": "body",
}
_META_KEYS = {
    "author": "author",
    "article:author": "author",
    "article:published_time": "published",
    "date": "published",
    "dc.date": "published",
    "og:site_name": "site",
    "og:url": "url",
    "og:title": "og_title",
}


class _ArticleExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, ParagraphKind, int]] = []  # text, kind, container depth
        self._buffer: list[str] = []
        self._kind_stack: list[ParagraphKind] = []
        self._skip_depth = 0
        self._stack: list[str] = []
        self._container = 0  # >0 while inside <article> or <main>
        self._pre = 0
        self.saw_container = False
        self.title_parts: list[str] = []
        self._in_title = False
        self.metadata: dict[str, str] = {}

    def _flush(self) -> None:
        raw = "".join(self._buffer)
        self._buffer.clear()
        text = raw.strip("\n") if self._pre else " ".join(raw.split())
        if text.strip():
            kind = self._kind_stack[-1] if self._kind_stack else "body"
            self.blocks.append((text, kind, self._container))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "link" and (dict(attrs).get("rel") or "") == "canonical":
            self.metadata.setdefault("url", dict(attrs).get("href") or "")
            return
        if tag == "title":
            self._in_title = True
            return
        if tag in _VOID:
            if tag in ("br", "hr") and not self._skip_depth:
                self._flush()
            return
        self._stack.append(tag)
        if self._skip_depth or tag in _SKIP:
            self._skip_depth += 1
            return
        if tag in ("article", "main"):
            self._container += 1
            self.saw_container = True
        if tag == "pre":
            self._pre += 1
        if tag in _BLOCK_KIND:
            self._flush()
            kind = _BLOCK_KIND[tag]
            # A plain <p> inside a list item or quote keeps the outer role.
            if kind == "body" and self._kind_stack and self._kind_stack[-1] != "body":
                kind = self._kind_stack[-1]
            self._kind_stack.append(kind)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
            return
        if tag in _VOID or tag not in self._stack:
            return
        # Close implicitly-closed elements too (HTML is forgiving, so must we be).
        while self._stack:
            open_tag = self._stack.pop()
            self._close(open_tag)
            if open_tag == tag:
                break

    def _close(self, tag: str) -> None:
        if self._skip_depth:
            self._skip_depth -= 1
            return
        if tag in _BLOCK_KIND:
            self._flush()
            if self._kind_stack:
                self._kind_stack.pop()
        if tag == "pre":
            self._pre -= 1
        if tag in ("article", "main"):
            self._container -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_depth:
            self._buffer.append(data)

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        content = attrs.get("content")
        if key in _META_KEYS and content:
            self.metadata.setdefault(_META_KEYS[key], " ".join(content.split()))

    def close(self) -> None:
        super().close()
        self._flush()


def extract_blocks(html: str) -> tuple[list[tuple[str, ParagraphKind]], str, dict[str, str]]:
    """Article blocks with roles, the document title and metadata, from HTML source."""
    parser = _ArticleExtractor()
    parser.feed(html)
    parser.close()
    blocks = parser.blocks
    if parser.saw_container and any(depth for _, _, depth in blocks):
        blocks = [block for block in blocks if block[2]]
    title = " ".join("".join(parser.title_parts).split())
    metadata = {k: v for k, v in parser.metadata.items() if v}
    og_title = metadata.pop("og_title", "")
    return [(text, kind) for text, kind, _ in blocks], title or og_title, metadata


def container_blocks(html: str) -> list[tuple[str, ParagraphKind]]:
    """The blocks inside the page's <article> or <main>, none when it has neither."""
    parser = _ArticleExtractor()
    parser.feed(html)
    parser.close()
    return [(text, kind) for text, kind, depth in parser.blocks if depth]


def blocks_to_article(
    blocks: list[tuple[str, ParagraphKind]], title: str, metadata: dict[str, str],
    display_html: str | None = None, *, first_heading_is_title: bool = True,
    strip_suffix: bool = True,
) -> ParsedArticle:
    """Join blocks into display text with offsets, marking the headline as the title."""
    parts: list[str] = []
    kinds: list[tuple[int, int, ParagraphKind]] = []
    pos = 0
    for index, (raw, kind) in enumerate(blocks):
        block = normalise(raw)
        if not block:
            continue
        if index == 0 and kind == "heading" and first_heading_is_title:
            kind = "title"
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(block)
        kinds.append((pos, pos + len(block), kind))
        pos += len(block)
    text = "".join(parts)
    headline = next((text[s:e] for s, e, k in kinds if k == "title"), "")
    if strip_suffix:
        title = strip_site_suffix(title)
    title = shorten(headline or title) if (headline or title) else ""
    model = build_text_model(text, kinds, title or None)
    return ParsedArticle(model=model, display_html=display_html, metadata=metadata)


def strip_site_suffix(title: str) -> str:
    """A title without what follows `` | `` or a dash: the outlet's name, usually."""
    return re.split(r"\s+[|–—]\s+", title)[0] if title else title


def parse_page_text(raw: str) -> ParsedArticle:
    """An HTML page's main text: what is inside <article> or <main>, else all of the body
    but navigation, forms and scripts (no article extraction)."""
    blocks, title, metadata = extract_blocks(raw)
    return blocks_to_article(blocks, title, metadata)
