"""Markdown export: one file for all highlights, or one note per document for Obsidian/Logseq.

One file (:func:`to_markdown`)::

    # Parallax highlights
    Exported <time>: N highlights from M documents, K links.

    ## <document title>
    - Language / Outlet / Published / Author / Link (what is known)

    ### Highlight <n>
    > the exact quote, one '>' paragraph per line of the quote
    - Label / Tags (code spans) / Position (characters start–end, paragraph n) / Links
    **Note:** then the note's own Markdown

    ### Orphaned highlights
    #### Highlight <n> ... (same shape, last known position)

Highlights are numbered through the file; links between them point at those headings
(``[Highlight 3](#highlight-3)``, the anchor GitHub, Python-Markdown's toc and most
viewers give a heading). No internal id or hashed file name appears in the reading text.

One note per document (:func:`to_markdown_notes`, ``export --format md --split``): YAML
front matter (title, author, site, url, published, lang, tags), then each highlight as a
block quote with its quote, label, tags and note, followed by a stable block id (``^``
and the first characters of the highlight id) that other notes link to with
``[[note#^id]]``; links between highlights use those wiki links.

Text taken from documents (titles, quotes, tags, labels) is escaped so that it shows
literally: inline markup characters get a backslash, ``<`` and entity-like ``&`` become
character references, and a line that would open a block (``#``, ``>``, ``-``, ``1.``,
``===``...) has its first character escaped. Escapes are chosen to work in both CommonMark
and Python-Markdown (which ignores backslashes before ``<``, ``&``, ``=``, ``~``). Notes are
Markdown already and are included as written, except that raw HTML tags are neutralised,
link targets other than http, https, mailto or relative ones are removed, remote images
become plain links (unless ``remote_images``), and an unclosed code fence is closed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from ..models import Annotation, AnnotationId, DocId, Document
from . import (
    DocumentGroup,
    ExportBundle,
    LinkEnd,
    annotation_index,
    document_title,
    group_by_document,
    links_by_annotation,
    metadata_value,
    paragraph_number,
)
from .csv_writer import outlet, published
from .escaping import safe_note_markdown
from .metadata import cite_page

__all__ = ["block_id", "escape_inline", "note_file_names", "to_markdown", "to_markdown_notes"]

_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]])")
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_ORDERED_MARKER = re.compile(r"^(\d{1,9})([.)])")
_SETEXT_EQUALS = re.compile(r"^=+\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")

_PHRASES: dict[tuple[str, bool], str] = {
    ("same-claim", True): "same claim as",
    ("same-claim", False): "same claim as",
    ("supports", True): "supports",
    ("supports", False): "supported by",
    ("contradicts", True): "contradicts",
    ("contradicts", False): "contradicted by",
}


def escape_inline(text: str) -> str:
    """``text`` as Markdown inline content that renders literally (newlines become spaces)."""
    text = " ".join(text.splitlines())
    text = _INLINE_SPECIALS.sub(r"\\\1", text)
    text = _ENTITY_LIKE.sub("&amp;", text)
    return text.replace("<", "&lt;")


def _escape_line_start(line: str) -> str:
    """Escape the first character of an (already inline-escaped) line that would open a block."""
    if not line:
        return line
    first = line[0]
    if first in "#>+-":
        return "\\" + line
    if first == "=" and _SETEXT_EQUALS.match(line):
        return "&#61;" + line[1:]
    if line.startswith("~~~"):
        return "&#126;" + line[1:]
    match = _ORDERED_MARKER.match(line)
    if match:
        return f"{match.group(1)}\\{match.group(2)}{line[match.end():]}"
    return line


def _code(text: str) -> str:
    """``text`` as a code span, with a backtick fence longer than any run inside it."""
    text = " ".join(text.splitlines())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _heading(level: int, text: str) -> str:
    return "#" * level + " " + escape_inline(" ".join(text.split())).replace("#", "\\#")


def _blockquote(text: str) -> str:
    """The quote as a block quote: each non-empty line its own paragraph, '>' on every line."""
    lines = [line.strip() for line in text.splitlines()]
    paragraphs = [_escape_line_start(escape_inline(line)) for line in lines if line]
    if not paragraphs:
        return "> *(empty quote)*"
    return "\n>\n".join("> " + paragraph for paragraph in paragraphs)


_RAW_TAG = re.compile(r"<(?=[/!?A-Za-z])")


def _escape_raw_html(note: str) -> str:
    """Neutralise raw HTML tags outside code, so a note never injects markup into a viewer
    that renders HTML inside Markdown; everything else stays the note's own Markdown."""
    parts = re.split(r"(```.*?```|`[^`\n]*`)", note, flags=re.DOTALL)
    return "".join(part if part.startswith("`") else _RAW_TAG.sub("&lt;", part)
                   for part in parts)


def _close_fences(note: str) -> str:
    """The note, with a closing fence added when it leaves a fenced code block open."""
    open_fence: str | None = None
    for line in note.split("\n"):
        match = _FENCE.match(line)
        if not match:
            continue
        fence, rest = match.group(1), match.group(2)
        if open_fence is None:
            if not (fence[0] == "`" and "`" in rest):
                open_fence = fence
        elif fence[0] == open_fence[0] and len(fence) >= len(open_fence) and not rest.strip():
            open_fence = None
    if open_fence is not None:
        note += "\n" + open_fence
    return note


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _numbers(groups: list[DocumentGroup]) -> dict[AnnotationId, int]:
    """Each highlight's number in the file, in the order the file shows them."""
    order = [a.id for g in groups for a in g.anchored + g.orphaned]
    return {ann_id: n for n, ann_id in enumerate(order, start=1)}


def _link_phrase(
    bundle: ExportBundle, end: LinkEnd, index: Mapping[AnnotationId, Annotation],
    numbers: Mapping[AnnotationId, int],
) -> str:
    phrase = _PHRASES.get((end.relation, end.outgoing), end.relation)
    other = index.get(end.other)
    number = numbers.get(end.other)
    if other is None or number is None:
        return f"{phrase} a highlight not in this export"
    if other.doc_id not in bundle.documents:
        return f"{phrase} [Highlight {number}](#highlight-{number}) in an unknown document"
    title = escape_inline(document_title(bundle, other.doc_id))
    return f"{phrase} [Highlight {number}](#highlight-{number}) in *{title}*"


def _note_lines(annotation: Annotation, remote_images: bool) -> str:
    note = annotation.note.replace("\r\n", "\n").replace("\r", "\n").strip("\n").rstrip()
    if not note.strip():
        return ""
    return _close_fences(_escape_raw_html(safe_note_markdown(note, remote_images=remote_images)))


def _highlight(
    bundle: ExportBundle,
    group: DocumentGroup,
    annotation: Annotation,
    level: int,
    ends: list[LinkEnd],
    index: Mapping[AnnotationId, Annotation],
    numbers: Mapping[AnnotationId, int],
    remote_images: bool,
) -> list[str]:
    selector = annotation.selector
    out = [
        "#" * level + f" Highlight {numbers[annotation.id]}",
        "",
        _blockquote(selector.exact),
        "",
    ]
    facts: list[str] = []
    if annotation.label:
        facts.append("Label: " + escape_inline(annotation.label))
    if annotation.tags:
        facts.append("Tags: " + ", ".join(_code(tag) for tag in annotation.tags))
    position = f"characters {selector.start}–{selector.end}"
    number = paragraph_number(group.document, selector.start)
    if number is not None:
        position += f", paragraph {number}"
    if cite_page(group.document, selector.start):
        position += ", " + cite_page(group.document, selector.start)
    if annotation.state == "orphaned":
        facts.append("Last known position: " + position + " (no longer found in the text)")
    else:
        facts.append("Position: " + position)
    if ends:
        facts.append("Links: " + "; ".join(_link_phrase(bundle, end, index, numbers)
                                           for end in ends))
    out += [f"- {fact}" for fact in facts]
    note = _note_lines(annotation, remote_images)
    if note:
        out += ["", "**Note:**", "", note]
    out.append("")
    return out


def _web_address(document: Document) -> str:
    for url in (metadata_value(document, "url"), document.source):
        if url.startswith(("http://", "https://")):
            return url
    return ""


def _link_target(url: str) -> str:
    """A URL as a CommonMark link destination (angle brackets, nothing that breaks out)."""
    return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">"


def _document_header(group: DocumentGroup) -> list[str]:
    document = group.document
    if document is None:
        return [
            "## Unknown document",
            "",
            "- This document is not part of the export; its highlights are listed as stored.",
            "",
        ]
    out = [_heading(2, document_title_of(document)), ""]
    out.append("- Language: " + escape_inline(document.lang))
    where = outlet(document)
    if where:
        out.append("- Outlet: " + escape_inline(where))
    date = published(document)
    if date:
        out.append("- Published: " + escape_inline(date))
    author = metadata_value(document, "author")
    if author:
        out.append("- Author: " + escape_inline(author))
    url = _web_address(document)
    if url:
        out.append(f"- Link: [{escape_inline(url)}]({_link_target(url)})")
    out.append("")
    return out


def document_title_of(document: Document) -> str:
    """A document's title; its file name without extension only when it has no title."""
    if document.title.strip():
        return document.title
    return document.source_name.rsplit(".", 1)[0] or str(document.id)


def to_markdown(bundle: ExportBundle, *, remote_images: bool = False) -> str:
    """The bundle as one Markdown document, grouped by source document."""
    groups = group_by_document(bundle)
    index = annotation_index(bundle)
    ends = links_by_annotation(bundle)
    numbers = _numbers(groups)
    n_highlights = sum(len(group.annotations) for group in groups)
    out = [
        "# Parallax highlights",
        "",
        f"Exported {escape_inline(bundle.generated)}: {_plural(n_highlights, 'highlight')} "
        f"from {_plural(len(groups), 'document')}, {_plural(len(bundle.links), 'link')}.",
        "",
    ]
    if not groups:
        out += ["No highlights to export.", ""]
    for group in groups:
        out += _document_header(group)
        for annotation in group.anchored:
            out += _highlight(bundle, group, annotation, 3, ends.get(annotation.id, []), index,
                              numbers, remote_images)
        if group.orphaned:
            out += [
                "### Orphaned highlights",
                "",
                "These quotes were no longer found in the document's current text.",
                "",
            ]
            for annotation in group.orphaned:
                out += _highlight(bundle, group, annotation, 4, ends.get(annotation.id, []),
                                  index, numbers, remote_images)
    return "\n".join(out).rstrip("\n") + "\n"


# -- one note per document --------------------------------------------------------------

_TAG_WORD = re.compile(r"[^\W\d][\w/-]*")
_UNSAFE_NAME = re.compile(r'[\x00-\x1f\\/:*?"<>|#^\[\]]+')


def block_id(annotation_id: str) -> str:
    """The stable Obsidian block id of a highlight: letters, digits and dashes only."""
    clean = re.sub(r"[^A-Za-z0-9]", "", annotation_id)
    return (clean[:8] or "h").lower()


def note_file_names(groups: list[DocumentGroup]) -> dict[DocId, str]:
    """A file name (``<title>.md``) per document, unique, safe on every file system."""
    names: dict[DocId, str] = {}
    taken: set[str] = set()
    for group in groups:
        title = (document_title_of(group.document) if group.document is not None
                 else f"Unknown document {group.doc_id}")
        stem = " ".join(_UNSAFE_NAME.sub(" ", title).split()).strip(" .")[:100].rstrip(" .")
        stem = stem or "Untitled"
        candidate, n = stem, 2
        while candidate.casefold() in taken:
            candidate, n = f"{stem} {n}", n + 1
        taken.add(candidate.casefold())
        names[group.doc_id] = candidate + ".md"
    return names


def _yaml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _front_matter(group: DocumentGroup) -> list[str]:
    document = group.document
    fields: list[tuple[str, str]] = []
    if document is not None:
        fields.append(("title", document_title_of(document)))
        for key in ("author", "site", "url", "published"):
            value = metadata_value(document, key)
            if key == "url" and not value:
                value = _web_address(document)
            if key == "site" and not value:
                value = outlet(document)
            if value:
                fields.append((key, value))
        fields.append(("lang", document.lang))
    else:
        fields.append(("title", f"Unknown document {group.doc_id}"))
    tags = list(dict.fromkeys(t for a in group.annotations for t in a.tags))
    out = ["---"] + [f"{key}: {_yaml(value)}" for key, value in fields]
    out.append("tags: [" + ", ".join(_yaml(t) for t in tags) + "]")
    out.append("---")
    return out


def _quoted(lines: list[str]) -> list[str]:
    return [("> " + line) if line else ">" for line in lines]


def _note_highlight(
    annotation: Annotation, ends: list[LinkEnd], index: Mapping[AnnotationId, Annotation],
    names: Mapping[DocId, str], blocks: Mapping[AnnotationId, str], remote_images: bool,
) -> list[str]:
    body: list[str] = []
    for line in annotation.selector.exact.splitlines():
        if line.strip():
            if body:
                body.append("")
            body.append(_escape_line_start(escape_inline(line.strip())))
    if not body:
        body.append("*(empty quote)*")
    facts: list[str] = []
    if annotation.label:
        facts.append("**" + escape_inline(annotation.label) + "**")
    if annotation.tags:  # Obsidian tags where the tag is one word, code spans otherwise
        facts.append(" ".join(f"#{t}" if _TAG_WORD.fullmatch(t) else _code(t)
                              for t in annotation.tags))
    if annotation.state == "orphaned":
        facts.append("*no longer found in the text*")
    for end in ends:
        phrase = _PHRASES.get((end.relation, end.outgoing), end.relation)
        other = index.get(end.other)
        if other is None or other.doc_id not in names:
            facts.append(f"{phrase} a highlight not in this export")
            continue
        stem = names[other.doc_id][:-3]
        facts.append(f"{phrase} [[{stem}#^{blocks[other.id]}]]")
    if facts:
        body += ["", "— " + " · ".join(facts)]
    note = _note_lines(annotation, remote_images)
    if note:
        body += [""] + note.split("\n")
    return _quoted(body) + ["", f"^{blocks[annotation.id]}", ""]


def to_markdown_notes(bundle: ExportBundle, *, remote_images: bool = False) -> dict[str, str]:
    """One Markdown note per document (file name -> text), for Obsidian, Logseq and the like."""
    groups = group_by_document(bundle)
    index = annotation_index(bundle)
    ends = links_by_annotation(bundle)
    names = note_file_names(groups)
    blocks: dict[AnnotationId, str] = {}
    used: set[str] = set()
    for annotation in (a for g in groups for a in g.annotations):
        candidate, n = block_id(annotation.id), 2
        while candidate in used:
            candidate, n = f"{block_id(annotation.id)}-{n}", n + 1
        used.add(candidate)
        blocks[annotation.id] = candidate
    notes: dict[str, str] = {}
    for group in groups:
        out = _front_matter(group) + [""]
        title = (document_title_of(group.document) if group.document is not None
                 else f"Unknown document {group.doc_id}")
        out += [_heading(1, title), ""]
        for annotation in group.anchored:
            out += _note_highlight(annotation, ends.get(annotation.id, []), index, names,
                                   blocks, remote_images)
        if group.orphaned:
            out += ["## Orphaned highlights", ""]
            for annotation in group.orphaned:
                out += _note_highlight(annotation, ends.get(annotation.id, []), index, names,
                                       blocks, remote_images)
        notes[names[group.doc_id]] = "\n".join(out).rstrip("\n") + "\n"
    return notes
