"""Escaping shared by every export: spreadsheet cells, Markdown text and links in notes.

- :func:`csv_cell` neutralises a cell a spreadsheet would run as a formula (OWASP's CSV
  injection advice): a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return gets a leading apostrophe, which spreadsheets show as text and do not evaluate.
- :func:`markdown_table_cell` makes text safe inside a Markdown table cell: no raw HTML,
  no inline markup, no pipes or line breaks.
- :func:`safe_note_markdown` keeps a note's own Markdown but only ``http``, ``https``,
  ``mailto`` and relative link targets, and turns remote images (a tracking pixel in any
  viewer) into plain links unless the user asks to keep them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

__all__ = [
    "FORMULA_STARTS",
    "csv_cell",
    "csv_row",
    "markdown_inline",
    "markdown_table_cell",
    "safe_link_target",
    "safe_note_markdown",
    "word_bounded_prefix",
    "word_bounded_suffix",
]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Characters that make a spreadsheet read a cell as a formula (OWASP)."""

_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]|~])")
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_SAFE_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.\-]*)\s*:")
# [text](target "title") and ![alt](target "title"), one level of nested brackets in text.
_LINK = re.compile(
    r"(?P<bang>!?)\[(?P<text>(?:[^\[\]\\]|\\.|\[[^\[\]]*\])*)\]"
    r"\(\s*(?P<target><[^>\n]*>|(?:[^()\n]|\([^()\n]*\))*?)"
    r"(?P<title>\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
)
_REFERENCE = re.compile(r"^(?P<lead> {0,3}\[[^\]]+\]:\s*)(?P<target><[^>\n]*>|\S+)(?P<rest>.*)$",
                        re.MULTILINE)
_REFERENCE_IMAGE = re.compile(r"!\[(?=(?:[^\[\]\\]|\\.)*\](?:\s*\[|(?!\()))")
_AUTOLINK = re.compile(r"<(?P<target>[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>")
_CODE = re.compile(r"(```.*?```|~~~.*?~~~|`[^`\n]*`)", re.DOTALL)


def csv_cell(value: object) -> str:
    """A cell's text, with a leading apostrophe when it would start a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_row(values: Iterable[object]) -> list[str]:
    """Every cell of a row through :func:`csv_cell`."""
    return [csv_cell(v) for v in values]


def markdown_inline(text: str) -> str:
    """Text as Markdown inline content that renders literally (newlines become spaces)."""
    text = " ".join(text.splitlines())
    text = _INLINE_SPECIALS.sub(r"\\\1", text)
    text = _ENTITY_LIKE.sub("&amp;", text)
    return text.replace("<", "&lt;").replace(">", "&gt;")


_CELL_SPECIALS = re.compile(r"([\\`*\[\]|~]|(?<!\w)_|_(?!\w))")


def markdown_table_cell(text: str) -> str:
    """Text for one cell of a Markdown table: literal, on one line, pipes escaped.

    An underscore inside a word (``000_report.txt``) cannot start emphasis and is kept.
    """
    text = " ".join(text.splitlines())
    text = _CELL_SPECIALS.sub(r"\\\1", text)
    text = _ENTITY_LIKE.sub("&amp;", text)
    return text.replace("<", "&lt;").replace(">", "&gt;").strip()


def _as_a_viewer_reads_it(target: str) -> str:
    """A link destination after CommonMark's unescaping (entities, backslash escapes) and
    a browser's dropping of whitespace and control characters inside a URL."""
    bare = html.unescape(target.strip().strip("<>"))
    bare = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", bare)
    return "".join(ch for ch in bare if ch > " " and ch != "\x7f")


def safe_link_target(target: str) -> bool:
    """True for targets a reader can follow safely: http(s), mailto, relative or #anchor."""
    bare = _as_a_viewer_reads_it(target)
    match = _SCHEME.match(bare)
    if match is None:
        return not bare.startswith("//")  # protocol-relative: a remote host after all
    return match.group(1).lower() in _SAFE_SCHEMES


def _is_remote(target: str) -> bool:
    bare = _as_a_viewer_reads_it(target).lower()
    return bare.startswith(("http:", "https:", "//"))


def _rewrite_links(part: str, remote_images: bool) -> str:
    def link(match: re.Match[str]) -> str:
        bang, text, target = match.group("bang"), match.group("text"), match.group("target")
        if not safe_link_target(target):
            label = text or "link"
            return f"{label} (link removed: not http, https or relative)"
        if bang and _is_remote(target) and not remote_images:
            shown = text or "image"
            return f"[{shown} (remote image, not loaded)]({target.strip()})"
        return match.group(0)

    def reference(match: re.Match[str]) -> str:
        if safe_link_target(match.group("target")):
            return match.group(0)
        return match.group("lead") + "#removed-unsafe-link" + match.group("rest")

    def autolink(match: re.Match[str]) -> str:
        target = match.group("target")
        return match.group(0) if safe_link_target(target) else target.replace(":", "\\:", 1)

    part = _LINK.sub(link, part)
    part = _REFERENCE.sub(reference, part)
    if not remote_images:  # a reference-style image may point anywhere: make it a link
        part = _REFERENCE_IMAGE.sub("[", part)
    return _AUTOLINK.sub(autolink, part)


def safe_note_markdown(note: str, *, remote_images: bool = False) -> str:
    """A note's Markdown with unsafe link targets removed and remote images made links.

    Code spans and fenced code blocks are left alone (they render literally anyway).
    """
    parts = _CODE.split(note)
    return "".join(part if _CODE.fullmatch(part) else _rewrite_links(part, remote_images)
                   for part in parts)


def word_bounded_prefix(prefix: str, at_text_start: bool) -> str:
    """The context before a quote without a cut-off first word (unless it starts the text)."""
    if at_text_start or not prefix:
        return prefix
    if prefix[0].isspace():
        return prefix.lstrip()
    cut = re.search(r"\s", prefix)
    return prefix[cut.end():].lstrip() if cut else ""


def word_bounded_suffix(suffix: str, at_text_end: bool) -> str:
    """The context after a quote without a cut-off last word (unless it ends the text)."""
    if at_text_end or not suffix:
        return suffix
    if suffix[-1].isspace():
        return suffix.rstrip()
    spaces = [m.start() for m in re.finditer(r"\s", suffix)]
    return suffix[: spaces[-1]].rstrip() if spaces else ""
