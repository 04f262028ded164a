"""HTML export: one standalone HTML5 page of highlights grouped by document, inline CSS only.

Everything user-written is escaped: titles, quotes, labels, tags and ids with
:func:`html.escape`; notes are Markdown, rendered with the ``markdown`` package with its
raw-HTML handling switched off (so ``<script>`` in a note is shown as text) and images
turned into plain links, and the result then passes a whitelist sanitizer that keeps only
the tags Markdown produces, drops every attribute but a link's ``href``/``title`` and an
ordered list's ``start``, and keeps an ``href`` only for http(s), mailto and in-page
``#`` targets. Nothing in the page is fetched: no scripts, stylesheets, fonts or images.

Quotes and titles carry the ``lang`` of their document; each highlight is coloured with
its label's colour from the bundle (a colour that is not ``#rgb``/``#rrggbb`` falls back
to the default highlight yellow).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

import markdown as markdown_lib

from ..models import Annotation, AnnotationId
from . import (
    DocumentGroup,
    ExportBundle,
    LinkEnd,
    annotation_index,
    document_title,
    group_by_document,
    links_by_annotation,
    paragraph_number,
    short_id,
)
from .metadata import cite_page, source_metadata

__all__ = ["render_note", "sanitize_html", "to_html"]

DEFAULT_COLOR = "#ffd54f"
_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

_PHRASES: dict[tuple[str, bool], str] = {
    ("same-claim", True): "same claim as",
    ("same-claim", False): "same claim as",
    ("supports", True): "supports",
    ("supports", False): "supported by",
    ("contradicts", True): "contradicts",
    ("contradicts", False): "contradicted by",
}

_CSS = """
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: #1f2328; background: #fff; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; }
header.export p { color: #59636e; }
section.document { border-top: 2px solid #d1d9e0; margin-top: 2.5rem; padding-top: 0.5rem; }
dl.doc-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem;
  color: #59636e; font-size: 0.9rem; }
dl.doc-meta dt { font-weight: 600; }
dl.doc-meta dd { margin: 0; }
article.highlight { margin: 1.5rem 0; }
article.highlight h3, article.highlight h4 { font-size: 1rem; margin-bottom: 0.4rem; }
blockquote.quote { margin: 0.4rem 0; padding: 0.5rem 0.9rem; border-left: 6px solid;
  border-radius: 3px; white-space: pre-wrap; font-size: 1.05rem; }
article.orphaned blockquote.quote { border-left-style: dashed; opacity: 0.8; }
span.label { display: inline-block; padding: 0 0.5rem; border-radius: 1rem;
  font-size: 0.85rem; font-weight: 600; margin-left: 0.4rem; }
span.tag { display: inline-block; padding: 0 0.4rem; border: 1px solid #d1d9e0;
  border-radius: 3px; font-size: 0.85rem; margin-right: 0.25rem; }
ul.facts { color: #59636e; font-size: 0.9rem; padding-left: 1.2rem; margin: 0.3rem 0; }
div.note { border: 1px solid #d1d9e0; border-radius: 4px; padding: 0 0.9rem; margin-top: 0.4rem; }
div.note pre { background: #f6f8fa; padding: 0.5rem; overflow-x: auto; }
section.orphans > h3 { color: #9a6700; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
@media print { body { margin: 0; max-width: none; } article.highlight { break-inside: avoid; } }
""".strip()


def _lang(code: str) -> str:
    """A ``lang`` attribute value: the tag when well formed, else ``und``."""
    return code if _LANG.match(code) else "und"


def _rgb(color: str) -> tuple[int, int, int]:
    digits = color[1:]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _label_color(bundle: ExportBundle, label: str | None) -> str:
    found = bundle.labels.get(label) if label else None
    if found is not None and _COLOR.match(found.color):
        red, green, blue = _rgb(found.color)
        return f"#{red:02x}{green:02x}{blue:02x}"
    return DEFAULT_COLOR


def _ink(color: str) -> str:
    """Black or white, whichever reads better on ``color``."""
    red, green, blue = _rgb(color)
    luminance = 0.299 * red + 0.587 * green + 0.114 * blue
    return "#000000" if luminance > 140 else "#ffffff"


def _safe_href(href: str) -> str | None:
    """``href`` when it is an http(s) or mailto URL or an in-page fragment, else None."""
    compact = "".join(ch for ch in href if ch > " " and ch != "\x7f")
    if compact.startswith("#"):
        return compact
    try:
        scheme = urlsplit(compact).scheme.lower()
    except ValueError:
        return None
    return compact if scheme in _SAFE_SCHEMES else None


class _Sanitizer(HTMLParser):
    """Re-serialises HTML keeping only whitelisted tags and attributes, text always escaped."""

    ALLOWED = frozenset({
        "p", "br", "hr", "em", "strong", "b", "i", "code", "pre", "blockquote", "ul", "ol",
        "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "del", "ins", "sup", "sub", "dl", "dt",
        "dd", "table", "thead", "tbody", "tr", "th", "td",
    })
    VOID = frozenset({"br", "hr"})
    DROP_CONTENT = frozenset({"script", "style", "template", "iframe", "object", "svg", "math"})
    HEADING_SHIFT = 3

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.dropping = 0

    def _name(self, tag: str) -> str:
        if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            return f"h{min(6, int(tag[1]) + self.HEADING_SHIFT)}"
        return tag

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.DROP_CONTENT:
            self.dropping += 1
            return
        if self.dropping or tag not in self.ALLOWED:
            return
        kept: list[str] = []
        for name, value in attrs:
            if value is None:
                continue
            if tag == "a" and name == "href":
                safe = _safe_href(value)
                if safe is not None:
                    kept.append(f' href="{escape(safe)}"')
            elif tag == "a" and name == "title":
                kept.append(f' title="{escape(value)}"')
            elif tag == "ol" and name == "start" and value.isdigit():
                kept.append(f' start="{value}"')
        if tag == "a" and kept and kept[0].startswith(" href"):
            kept.append(' rel="noopener noreferrer"')
        self.out.append(f"<{self._name(tag)}{''.join(kept)}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.DROP_CONTENT:
            self.dropping = max(0, self.dropping - 1)
            return
        if self.dropping or tag not in self.ALLOWED or tag in self.VOID:
            return
        self.out.append(f"</{self._name(tag)}>")

    def handle_data(self, data: str) -> None:
        if not self.dropping:
            self.out.append(escape(data, quote=False))


def sanitize_html(fragment: str) -> str:
    """``fragment`` reduced to whitelisted tags and attributes, all text escaped."""
    sanitizer = _Sanitizer()
    sanitizer.feed(fragment)
    sanitizer.close()
    return "".join(sanitizer.out)


def _note_renderer() -> Any:
    md = markdown_lib.Markdown(extensions=["fenced_code", "sane_lists"], output_format="html")
    # No raw HTML: tags in a note are text. No images: nothing may be fetched.
    md.preprocessors.deregister("html_block")
    for name in ("html", "image_link", "image_reference", "short_image_ref"):
        md.inlinePatterns.deregister(name)
    return md


def render_note(note: str, renderer: Any = None) -> str:
    """A Markdown note as safe HTML: raw HTML shown as text, images as links, links checked."""
    md = renderer if renderer is not None else _note_renderer()
    md.reset()
    return sanitize_html(str(md.convert(note)))


def _attr(text: str) -> str:
    return escape(text, quote=True)


def _anchor_id(annotation_id: str) -> str:
    return "a-" + re.sub(r"[^A-Za-z0-9_-]", "_", annotation_id)


def _link_item(bundle: ExportBundle, end: LinkEnd, index: Mapping[AnnotationId, Annotation]) -> str:
    phrase = _PHRASES.get((end.relation, end.outgoing), end.relation)
    other = index.get(end.other)
    code = f"<code>{escape(short_id(end.other))}</code>"
    if other is None:
        return f"{escape(phrase)} {code} (not in this export)"
    document = bundle.documents.get(other.doc_id)
    lang = f' lang="{_attr(_lang(document.lang))}"' if document is not None else ""
    title = escape(document_title(bundle, other.doc_id))
    return (
        f'{escape(phrase)} <a href="#{_attr(_anchor_id(other.id))}">{code}</a> '
        f"in <cite{lang}>{title}</cite>"
    )


def _highlight(
    bundle: ExportBundle,
    group: DocumentGroup,
    annotation: Annotation,
    level: int,
    ends: list[LinkEnd],
    index: Mapping[AnnotationId, Annotation],
    renderer: Any,
) -> list[str]:
    selector = annotation.selector
    color = _label_color(bundle, annotation.label)
    lang = _lang(group.document.lang) if group.document is not None else "und"
    classes = "highlight orphaned" if annotation.state == "orphaned" else "highlight"
    heading = f"Highlight <code>{escape(short_id(annotation.id))}</code>"
    if annotation.label:
        heading += (
            f' <span class="label" style="background:{color};color:{_ink(color)}">'
            f"{escape(annotation.label)}</span>"
        )
    out = [
        f'<article class="{classes}" id="{_attr(_anchor_id(annotation.id))}">',
        f"<h{level}>{heading}</h{level}>",
        f'<blockquote class="quote" lang="{_attr(lang)}" '
        f'style="border-left-color:{color};background:{color}33">'
        f"{escape(selector.exact, quote=False)}</blockquote>",
        '<ul class="facts">',
    ]
    if annotation.tags:
        tags = "".join(f'<span class="tag">{escape(tag)}</span>' for tag in annotation.tags)
        out.append(f"<li>Tags: {tags}</li>")
    position = f"characters {selector.start}–{selector.end}"
    number = paragraph_number(group.document, selector.start)
    if number is not None:
        position += f", paragraph {number}"
    if cite_page(group.document, selector.start):
        position += ", " + cite_page(group.document, selector.start)
    if annotation.state == "orphaned":
        out.append(f"<li>Last known position: {position} (no longer found in the text)</li>")
    else:
        out.append(f"<li>Position: {position}</li>")
    if ends:
        links = "; ".join(_link_item(bundle, end, index) for end in ends)
        out.append(f"<li>Links: {links}</li>")
    out.append("</ul>")
    if annotation.note.strip():
        out.append(f'<div class="note">{render_note(annotation.note, renderer)}</div>')
    out.append("</article>")
    return out


def _document_section(
    bundle: ExportBundle,
    group: DocumentGroup,
    ends: Mapping[AnnotationId, list[LinkEnd]],
    index: Mapping[AnnotationId, Annotation],
    renderer: Any,
) -> list[str]:
    document = group.document
    out = ['<section class="document">']
    if document is None:
        out += [
            f"<h2>Unknown document <code>{escape(group.doc_id)}</code></h2>",
            "<p>This document is not part of the export; its highlights are listed as stored.</p>",
        ]
    else:
        lang = _attr(_lang(document.lang))
        out += [
            f'<h2 lang="{lang}">{escape(document_title(bundle, group.doc_id))}</h2>',
            '<dl class="doc-meta">',
            f"<dt>Language</dt><dd>{escape(document.lang)}</dd>",
        ]
        if document.source_name:
            out.append(f"<dt>Source file</dt><dd><code>{escape(document.source_name)}</code></dd>")
        for _, label, value in source_metadata(document):
            out.append(f"<dt>{label}</dt><dd>{escape(value)}</dd>")
        out += [f"<dt>Document id</dt><dd><code>{escape(group.doc_id)}</code></dd>", "</dl>"]
    for annotation in group.anchored:
        out += _highlight(
            bundle, group, annotation, 3, ends.get(annotation.id, []), index, renderer
        )
    if group.orphaned:
        out += [
            '<section class="orphans">',
            "<h3>Orphaned highlights</h3>",
            "<p>These quotes were no longer found in the document's current text.</p>",
        ]
        for annotation in group.orphaned:
            out += _highlight(
                bundle, group, annotation, 4, ends.get(annotation.id, []), index, renderer
            )
        out.append("</section>")
    out.append("</section>")
    return out


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def to_html(bundle: ExportBundle) -> str:
    """The bundle as one standalone HTML5 page, grouped by source document."""
    groups = group_by_document(bundle)
    index = annotation_index(bundle)
    ends = links_by_annotation(bundle)
    renderer = _note_renderer()
    n_highlights = sum(len(group.annotations) for group in groups)
    summary = (
        f"{_plural(n_highlights, 'highlight')} from {_plural(len(groups), 'document')}, "
        f"{_plural(len(bundle.links), 'link')}"
    )
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="Parallax">',
        "<title>Parallax highlights</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        '<header class="export">',
        "<h1>Parallax highlights</h1>",
        f'<p>Exported <time datetime="{_attr(bundle.generated)}">{escape(bundle.generated)}'
        f"</time>: {summary}.</p>",
        "</header>",
        "<main>",
    ]
    if not groups:
        out.append("<p>No highlights to export.</p>")
    for group in groups:
        out += _document_section(bundle, group, ends, index, renderer)
    out += ["</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
