"""Saved web pages: the article through trafilatura, with its structure and metadata.

trafilatura (Apache-2.0) scores best among open article extractors on public benchmarks.
Its XML tree keeps headings, lists, block quotes, tables and code, which become the
paragraph roles of the reading view. When it finds no article, the page's main text is
kept instead (the import report says so): a page with readable text is never refused.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import ImportRefused
from ..models import ParagraphKind
from ..text import MAX_FILE_BYTES, decode_bytes
from .base import ParsedArticle
from .html import blocks_to_article, container_blocks, extract_blocks, strip_site_suffix

# Below this many characters of article text, trafilatura is asked again, favouring recall
# (measured on the web-pages-dev benchmark set: a few pages lose their body to over-eager pruning).
SHORT_ARTICLE = 600
FALLBACK_NOTE = "no article found on the page: its main text was kept"

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_LANG = re.compile(
    r"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.I)
_CONTENT_LANG = re.compile(
    r"""<meta[^>]+http-equiv\s*=\s*["']?content-language["']?[^>]+content\s*=\s*["']?"""
    r"""\s*([A-Za-z]{2,3})""", re.I)

# trafilatura's elements that hold paragraphs of their own.
_BLOCK_TAGS = frozenset("p head list item quote code table row cell div main body".split())


def decode_html(data: bytes, name: str) -> str:
    """A page's text: UTF-8, else the charset it declares, else the text decoder's guess."""
    if len(data) > MAX_FILE_BYTES:
        decode_bytes(data, name)  # refuses with the size in a sentence
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    match = _CHARSET.search(data[:4096])
    if match:
        try:
            return data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, name)[0]


def declared_language(html: str) -> str:
    """The language the page declares (``<html lang>``, Content-Language), lower case."""
    head = html[:20000]
    match = _HTML_LANG.search(head) or _CONTENT_LANG.search(head)
    return match.group(1).lower().replace("_", "-") if match else ""


def _text_of(element: Any) -> str:
    """An element's text with inline formatting, line breaks as spaces."""
    return " ".join("".join(element.itertext()).split())


def _own_text(element: Any) -> str:
    """The text of an element outside its block children."""
    parts = [element.text or ""]
    for child in element:
        if child.tag not in _BLOCK_TAGS:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def tree_blocks(body: Any) -> list[tuple[str, ParagraphKind]]:
    """Paragraphs and their roles from trafilatura's XML body."""
    blocks: list[tuple[str, ParagraphKind]] = []

    def walk(element: Any, context: ParagraphKind) -> None:
        tag = element.tag
        if not isinstance(tag, str):
            return
        if tag == "row":
            cells = [_text_of(cell) for cell in element]
            line = " | ".join(cell for cell in cells if cell)
            if line:
                blocks.append((line, context))
            return
        kind: ParagraphKind = context
        if tag == "head":
            kind = "heading"
        elif tag == "item":
            kind = "item"
        elif tag == "quote":
            kind = "quote"
        elif tag == "code":
            kind = "code"
        has_blocks = any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in element)
        if not has_blocks:
            if tag == "code":
                text = "".join(element.itertext()).strip("\n")
            else:
                text = _text_of(element)
            if text:
                blocks.append((text, kind))
            return
        own = _own_text(element)
        if own:
            blocks.append((own, kind))
        for child in element:
            if isinstance(child.tag, str) and child.tag in _BLOCK_TAGS:
                walk(child, "body" if kind == "heading" else kind)

    walk(body, "body")
    return blocks


# A short line that announces links to other articles, a newsletter or sharing buttons: where
# an article's own text ends and teasers begin (measured on the web-pages-dev benchmark set).
_TEASER = re.compile(
    r"^(?:"
    # English
    r"read (?:also|more|next)|related(?: articles| stories| posts| content| topics)?\b|"
    r"more (?:from|on|stories|articles|news)\b|you (?:may|might) (?:also )?like|see also|"
    r"recommended(?: for you| articles| stories)?\b|"
    r"most (?:read|popular)|"
    # German
    r"lesen sie (?:auch|mehr|weiter)|mehr (?:zum thema|themen|dazu|lesen|artikel)\b|"
    r"weitere (?:artikel|themen|beiträge|aktuelle|nachrichten|meldungen)\b|"
    r"ähnliche (?:beiträge|artikel|themen)|das (?:thema )?könnte (?:sie|dich) (?:auch )?"
    r"interessieren|auch interessant|schon gelesen|verwandte (?:artikel|beiträge|themen)|"
    r"zum weiterlesen|lust auf mehr|meistgelesen|meistkommentiert|kommentierte artikel|"
    # Spanish, Portuguese, French, Italian
    r"lea (?:también|más)|lee (?:también|más)|leer más|te puede interesar|noticias relacionadas|"
    r"leia (?:também|mais)|veja também|notícias relacionadas|"
    r"(?:à )?lire (?:aussi|la suite|également)|sur le même sujet|voir aussi|pour (?:lire|accéder)|"
    r"leggi anche|potrebbe interessarti|articoli correlati"
    r")",
    re.IGNORECASE,
)
# Lines that are dropped wherever they are, without ending the article there.
_FURNITURE = re.compile(
    r"^(?:(?:[\w -]+ )?newsletter\b|share (?:this|on|with)\b|sharen mit|teilen mit|"
    r"gefällt mir|bloggern gefällt das|like this:|"
    r"anzeige\b|werbung\b|advertisement\b|publicidad\b|pubblicità\b|publicité\b)",
    re.IGNORECASE,
)
# "Read also: <another article's headline>" inside the text: the line goes, the text stays.
_INLINE_TEASER = re.compile(
    r"^(?:lea(?: también| más)?|lee también|lesen sie (?:auch|mehr)|mehr (?:zum thema|dazu)|"
    r"read (?:also|more)|see also|leia (?:também|mais)|veja também|(?:à )?lire aussi|"
    r"leggi anche)\s*:", re.IGNORECASE)
TEASER_MAX_CHARS = 80
INLINE_TEASER_MAX_CHARS = 220


def cut_teasers(blocks: list[tuple[str, ParagraphKind]]) -> list[tuple[str, ParagraphKind]]:
    """Drop teaser announcements; one in the second half of the text ends the article."""
    total = sum(len(text) for text, _ in blocks)
    kept: list[tuple[str, ParagraphKind]] = []
    position = 0
    for text, kind in blocks:
        position += len(text)
        if len(text) <= INLINE_TEASER_MAX_CHARS and _INLINE_TEASER.match(text):
            continue
        if len(text) <= TEASER_MAX_CHARS:
            line = text.strip(" »›>•*-–")
            if _TEASER.match(line):
                if position > total / 2:
                    break
                continue
            if _FURNITURE.match(line):
                continue
        kept.append((text, kind))
    return kept


_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


def _extract(html: str, url: str | None, favor_recall: bool) -> Any:
    import trafilatura  # a second or so to import: only when a page is read

    return trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=True, include_formatting=True,
        include_images=False, include_links=False, with_metadata=True, favor_recall=favor_recall,
        # The date the page states (meta tags, structured data, <time>, the address), not
        # a guess from any date in the text: also a third of the time per page less.
        date_extraction_params=_DATE_PARAMS,
    )


def _all_text(html: str) -> list[tuple[str, ParagraphKind]]:
    """Every line of text on the page (menus and asides too): the last resort."""
    import trafilatura

    try:
        text = trafilatura.html2txt(html) or ""
    except (ValueError, TypeError):
        return []
    return [(line, "body") for line in (" ".join(raw.split()) for raw in text.splitlines())
            if line]


def _metadata(result: Any, html: str) -> dict[str, str]:
    metadata: dict[str, str] = {}
    if result is not None:
        fields = {
            "author": result.author,
            "published": result.date,
            "site": result.sitename or result.hostname,
            "url": result.url,
            "description": result.description,
        }
        metadata = {k: " ".join(str(v).split()) for k, v in fields.items() if v}
    language = declared_language(html)
    if language:
        metadata["language"] = language
    return metadata


def clean_title(title: str, site: str) -> str:
    """A page title without the outlet's name (``Headline | Outlet``, ``Headline - Outlet``)."""
    title = " ".join(title.split())
    stripped = strip_site_suffix(title)
    if stripped != title:
        return stripped
    if site:
        folded = site.casefold()
        for separator in (" - ", " :: ", " · ", " » ", ": "):
            head, sep, tail = title.rpartition(separator)
            if sep and head and (tail.casefold() in folded or folded in tail.casefold()):
                return head.strip()
    return title


def parse_webpage(data: bytes | str, name: str = "page.html", url: str | None = None
                  ) -> ParsedArticle:
    """Parse a saved web page: the article, or the page's main text when there is none."""
    html = data if isinstance(data, str) else decode_html(data, name)
    if not html.strip():
        raise ImportRefused(f"{name} is empty.")
    try:
        result = _extract(html, url, favor_recall=False)
        blocks = tree_blocks(result.body) if result is not None and result.body is not None \
            else []
        if sum(len(text) for text, _ in blocks) < SHORT_ARTICLE:
            again = _extract(html, url, favor_recall=True)
            more = tree_blocks(again.body) if again is not None and again.body is not None \
                else []
            if sum(len(t) for t, _ in more) > sum(len(t) for t, _ in blocks):
                result, blocks = again, more
    except (ValueError, TypeError, AttributeError):  # lxml refusing odd markup
        result, blocks = None, []
    blocks = cut_teasers(blocks)
    metadata = _metadata(result, html)
    page_blocks: list[tuple[str, ParagraphKind]] = []
    page_title = ""
    if not blocks or result is None or not result.title:
        # The page read as a whole (a third of the time of an extraction): only when the
        # extractor found no article or no title.
        page_blocks, page_title, page_meta = extract_blocks(html)
        for key, value in page_meta.items():
            metadata.setdefault(key, value)
    notes: tuple[str, ...] = ()
    if 0 < sum(len(text) for text, _ in blocks) < SHORT_ARTICLE and len(blocks) < 3:
        # A short article comes back from the extractor's last resort as one paragraph;
        # the page's own <article> keeps its headings, lists and quotes when it holds it.
        marked = container_blocks(html)
        joined = " ".join(" ".join(text for text, _ in marked).split())
        if marked and all(" ".join(text.split()) in joined for text, _ in blocks):
            blocks = marked
    if not blocks:
        blocks = page_blocks or _all_text(html)
        notes = (FALLBACK_NOTE,) if blocks else ()
    title = clean_title((result.title if result is not None else "") or page_title,
                        metadata.get("site", ""))
    if blocks and title and " ".join(blocks[0][0].split()) == title:
        blocks[0] = (blocks[0][0], "heading")  # the headline, marked as the title below
    elif title and not notes:
        blocks.insert(0, (title, "heading"))  # the extractor keeps the headline apart
    article = blocks_to_article(blocks, title, metadata)
    return ParsedArticle(model=article.model, metadata=metadata, notes=notes)
