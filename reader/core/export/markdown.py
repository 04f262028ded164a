"""Markdown export: highlights grouped by document, as CommonMark that Python-Markdown also reads.

Layout::

    # Parallax highlights
    Exported <time>: N highlights from M documents, K links.

    ## <document title>
    - Language / Source file / Document id

    ### Highlight `<short id>`
    > the exact quote, one '>' paragraph per line of the quote
    - Label / Tags (code spans) / Position (characters start–end, paragraph n) / Links
    **Note:** then the note's own Markdown, as written

    ### Orphaned highlights
    #### Highlight `<short id>` ... (same shape, last known position)

Text taken from documents (titles, quotes, tags, labels) is escaped so that it shows
literally: inline markup characters get a backslash, ``<`` and entity-like ``&`` become
character references, and a line that would open a block (``#``, ``>``, ``-``, ``1.``,
``===``...) has its first character escaped. Escapes are chosen to work in both CommonMark
and Python-Markdown (which ignores backslashes before ``<``, ``&``, ``=``, ``~``). Notes are
Markdown already and are included as written, except that an unclosed code fence is closed
so it cannot swallow the rest of the file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

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

__all__ = ["escape_inline", "to_markdown"]

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


def _link_phrase(
    bundle: ExportBundle, end: LinkEnd, index: Mapping[AnnotationId, Annotation]
) -> str:
    phrase = _PHRASES.get((end.relation, end.outgoing), end.relation)
    other = index.get(end.other)
    where = (
        f"in *{escape_inline(document_title(bundle, other.doc_id))}*"
        if other is not None
        else "(not in this export)"
    )
    return f"{phrase} {_code(short_id(end.other))} {where}"


def _highlight(
    bundle: ExportBundle,
    group: DocumentGroup,
    annotation: Annotation,
    level: int,
    ends: list[LinkEnd],
    index: Mapping[AnnotationId, Annotation],
) -> list[str]:
    selector = annotation.selector
    out = [
        "#" * level + " Highlight " + _code(short_id(annotation.id)),
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
    if annotation.state == "orphaned":
        facts.append("Last known position: " + position + " (no longer found in the text)")
    else:
        facts.append("Position: " + position)
    if ends:
        facts.append("Links: " + "; ".join(_link_phrase(bundle, end, index) for end in ends))
    out += [f"- {fact}" for fact in facts]
    note = annotation.note.replace("\r\n", "\n").replace("\r", "\n").strip("\n").rstrip()
    if note.strip():
        out += ["", "**Note:**", "", _close_fences(_escape_raw_html(note))]
    out.append("")
    return out


def _document_header(group: DocumentGroup) -> list[str]:
    document = group.document
    if document is None:
        return [
            "## Unknown document " + _code(group.doc_id),
            "",
            "- This document is not part of the export; its highlights are listed as stored.",
            "",
        ]
    out = [_heading(2, document.title or document.source_name or group.doc_id), ""]
    out.append("- Language: " + escape_inline(document.lang))
    if document.source_name:
        out.append("- Source file: " + _code(document.source_name))
    out.append("- Document id: " + _code(group.doc_id))
    out.append("")
    return out


def to_markdown(bundle: ExportBundle) -> str:
    """The bundle as one Markdown document, grouped by source document."""
    groups = group_by_document(bundle)
    index = annotation_index(bundle)
    ends = links_by_annotation(bundle)
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
            out += _highlight(bundle, group, annotation, 3, ends.get(annotation.id, []), index)
        if group.orphaned:
            out += [
                "### Orphaned highlights",
                "",
                "These quotes were no longer found in the document's current text.",
                "",
            ]
            for annotation in group.orphaned:
                out += _highlight(bundle, group, annotation, 4, ends.get(annotation.id, []), index)
    return "\n".join(out).rstrip("\n") + "\n"
