"""Document rows: the columns read, and paragraphs and metadata to and from JSON (a damaged
JSON column is read with a default and noted, see :mod:`.damage`)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from ..models import DocId, Document, Paragraph, ParagraphKind
from . import damage


def paragraphs_to_json(paragraphs: Iterable[Paragraph]) -> str:
    """A document's paragraphs as the compact JSON its row stores."""
    return json.dumps(
        [[p.start, p.end, p.lang, p.lang_confidence, p.kind, int(p.boilerplate)]
         + ([p.page] if p.page is not None else [])
         for p in paragraphs],
        separators=(",", ":"),
    )


def _paragraphs_from_json(raw: str) -> tuple[Paragraph, ...]:
    return _paragraphs_from_list(json.loads(raw))


def _paragraphs_from_list(data: Any) -> tuple[Paragraph, ...]:
    # [start, end, lang, confidence, kind, boilerplate(, page)]
    return tuple(
        Paragraph(int(item[0]), int(item[1]), str(item[2]), float(item[3]), _kind(item[4]),
                  bool(item[5]), None if len(item) < 7 or item[6] is None else int(item[6]))
        for item in data
    )


_KINDS: tuple[ParagraphKind, ...] = ("title", "heading", "body", "item", "quote", "code")


def _kind(value: Any) -> ParagraphKind:
    for kind in _KINDS:
        if value == kind:
            return kind
    raise ValueError(f"unknown paragraph kind {value!r}")


def _metadata_from_json(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise TypeError("metadata is not an object")
    return data


def meta_sql(key: str) -> str:
    """SQL for one metadata field of a document row, '' when absent or unreadable."""
    return (f"CASE WHEN json_valid(metadata) THEN coalesce(json_extract(metadata, '$.{key}'), "
            "'') ELSE '' END")


DOC_COLUMNS = (
    "id, source, title, text, content_hash, format, lang, lang_confidence, paragraphs, "
    "display_html, metadata, imported_at, modified_at"
)


def document_of(row: sqlite3.Row) -> Document:
    """The Document of a row read with :data:`DOC_COLUMNS`."""
    doc_id = str(row["id"])
    # A damaged JSON column is read with a default and noted (see damage.py).
    whole = (Paragraph(0, len(row["text"]), row["lang"], row["lang_confidence"], "body",
                       False),)
    return Document(
        id=DocId(row["id"]),
        source=row["source"],
        title=row["title"],
        text=row["text"],
        content_hash=row["content_hash"],
        format=row["format"],
        lang=row["lang"],
        lang_confidence=row["lang_confidence"],
        paragraphs=damage.decode(row["paragraphs"], _paragraphs_from_list, whole,
                                 ("documents", doc_id, "paragraphs")),
        display_html=row["display_html"],
        metadata=damage.decode(row["metadata"], _metadata_from_json, {},
                               ("documents", doc_id, "metadata")),
        imported_at=row["imported_at"],
        modified_at=row["modified_at"],
    )
