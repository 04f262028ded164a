"""CSV export: one row per highlight, for spreadsheets first and scripts second.

- The text starts with a UTF-8 byte-order mark, so Excel and LibreOffice read umlauts and
  accents right; ``delimiter=";"`` writes the semicolon-separated CSV that spreadsheets set
  to German, Italian, French or Portuguese expect (their decimal comma takes the comma).
- Columns a reader wants come first (document title, outlet, date, label, quote, note,
  tags), then the context and the details, and the ids last.
- The context before and after a quote is cut at word boundaries, never mid-word.
- Every cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
  ``@``, tab or carriage return) gets a leading apostrophe (OWASP's advice against CSV
  injection): notes and tags can come from other people's files.

Rows end in CRLF (RFC 4180); fields holding the delimiter, quotes or line breaks are
quoted, so a quote or note keeps its exact text through ``csv.reader``. Rows follow the
order of the other writers (by document, then position, orphans last). ``tags`` and
``linked_ids`` (every highlight linked to this one, either direction) are joined with
``"; "``.
"""

from __future__ import annotations

import csv
import io
from urllib.parse import urlsplit

from ..models import Annotation, Document
from . import ExportBundle, links_by_annotation, metadata_value, ordered_annotations
from .escaping import csv_cell, word_bounded_prefix, word_bounded_suffix
from .metadata import page_number

__all__ = ["BOM", "COLUMNS", "DELIMITERS", "LIST_SEPARATOR", "to_csv"]

COLUMNS: tuple[str, ...] = (
    "document_title",
    "outlet",
    "date",
    "label",
    "quote",
    "note",
    "tags",
    "context_before",
    "context_after",
    "language",
    "state",
    "start",
    "end",
    "linked_ids",
    "created",
    "modified",
    "author",
    "page",
    "url",
    "source",
    "id",
    "document_id",
)
"""The header row, in column order: what a reader scans first, ids last."""

BOM = "\ufeff"
DELIMITERS = (",", ";")
LIST_SEPARATOR = "; "


def outlet(document: Document | None) -> str:
    """Where a document was published: its site, else the host of its web address."""
    if document is None:
        return ""
    site = metadata_value(document, "site")
    if site:
        return site
    for url in (metadata_value(document, "url"), document.source):
        if url.startswith(("http://", "https://")):
            host = urlsplit(url).hostname or ""
            return host.removeprefix("www.")
    return ""


def published(document: Document | None) -> str:
    """The document's publication date, when known."""
    if document is None:
        return ""
    return metadata_value(document, "published")


def _context(document: Document | None, annotation: Annotation) -> tuple[str, str]:
    selector = annotation.selector
    prefix, suffix = selector.prefix, selector.suffix
    if document is None or annotation.state == "orphaned":
        return (word_bounded_prefix(prefix, not prefix), word_bounded_suffix(suffix, not suffix))
    text = document.text
    first = selector.start - len(prefix)
    after = selector.end + len(suffix)
    whole_before = first <= 0 or text[first - 1].isspace()
    whole_after = after >= len(text) or text[after].isspace()
    return word_bounded_prefix(prefix, whole_before), word_bounded_suffix(suffix, whole_after)


def _row(bundle: ExportBundle, annotation: Annotation, linked: list[str]) -> dict[str, str]:
    document = bundle.documents.get(annotation.doc_id)
    selector = annotation.selector
    before, after = _context(document, annotation)
    return {
        "document_title": document.title if document is not None else "",
        "outlet": outlet(document),
        "date": published(document),
        "author": metadata_value(document, "author"),
        "label": annotation.label or "",
        "quote": selector.exact,
        "note": annotation.note,
        "tags": LIST_SEPARATOR.join(annotation.tags),
        "context_before": before,
        "context_after": after,
        "language": document.lang if document is not None else "",
        "state": annotation.state,
        "start": str(selector.start),
        "end": str(selector.end),
        "page": str(page_number(document, selector.start) or ""),
        "linked_ids": LIST_SEPARATOR.join(linked),
        "created": annotation.created,
        "modified": annotation.modified,
        "source": document.source_name if document is not None else "",
        "url": metadata_value(document, "url"),
        "id": annotation.id,
        "document_id": annotation.doc_id,
    }


def to_csv(bundle: ExportBundle, delimiter: str = ",") -> str:
    """The bundle's highlights as CSV text (BOM first): a header row, then one row each."""
    if delimiter not in DELIMITERS:
        raise ValueError(f"The CSV separator must be a comma or a semicolon, not {delimiter!r}.")
    ends = links_by_annotation(bundle)
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), delimiter=delimiter)
    writer.writeheader()
    for annotation in ordered_annotations(bundle):
        linked: list[str] = []
        for end in ends.get(annotation.id, []):
            if end.other not in linked:
                linked.append(end.other)
        row = _row(bundle, annotation, linked)
        writer.writerow({key: csv_cell(value) for key, value in row.items()})
    return BOM + buffer.getvalue()
