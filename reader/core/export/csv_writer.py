"""CSV export: one RFC 4180 row per annotation, written with Python's csv module.

The text is meant to be saved as UTF-8 without a BOM. Rows end in CRLF (the csv module's
default dialect); fields holding commas, double quotes or line breaks are quoted, so a
quote or note keeps its exact text through ``csv.reader``. Rows follow the order of the
other writers (by document, then position, orphans last). ``tags`` and ``linked_ids`` (the
ids of every annotation linked to this one, in either direction) are joined with ``"; "``.
"""

from __future__ import annotations

import csv
import io

from ..models import Annotation
from . import ExportBundle, links_by_annotation, ordered_annotations

__all__ = ["COLUMNS", "LIST_SEPARATOR", "to_csv"]

COLUMNS: tuple[str, ...] = (
    "id",
    "document_id",
    "document_title",
    "source_file",
    "document_lang",
    "label",
    "quote",
    "prefix",
    "suffix",
    "start",
    "end",
    "state",
    "note",
    "tags",
    "linked_ids",
    "created",
    "modified",
)
"""The header row, in column order."""

LIST_SEPARATOR = "; "


def _row(bundle: ExportBundle, annotation: Annotation, linked: list[str]) -> dict[str, str]:
    document = bundle.documents.get(annotation.doc_id)
    selector = annotation.selector
    return {
        "id": annotation.id,
        "document_id": annotation.doc_id,
        "document_title": document.title if document is not None else "",
        "source_file": document.source_name if document is not None else "",
        "document_lang": document.lang if document is not None else "",
        "label": annotation.label or "",
        "quote": selector.exact,
        "prefix": selector.prefix,
        "suffix": selector.suffix,
        "start": str(selector.start),
        "end": str(selector.end),
        "state": annotation.state,
        "note": annotation.note,
        "tags": LIST_SEPARATOR.join(annotation.tags),
        "linked_ids": LIST_SEPARATOR.join(linked),
        "created": annotation.created,
        "modified": annotation.modified,
    }


def to_csv(bundle: ExportBundle) -> str:
    """The bundle's annotations as CSV text: a header row, then one row per annotation."""
    ends = links_by_annotation(bundle)
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS))
    writer.writeheader()
    for annotation in ordered_annotations(bundle):
        linked: list[str] = []
        for end in ends.get(annotation.id, []):
            if end.other not in linked:
                linked.append(end.other)
        writer.writerow(_row(bundle, annotation, linked))
    return buffer.getvalue()
