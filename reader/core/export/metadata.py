"""A source document's metadata and page numbers as the exports show them."""

from __future__ import annotations

from ..models import Document

# Metadata fields every export carries when known: (key, label for a reader).
SOURCE_FIELDS: tuple[tuple[str, str], ...] = (
    ("author", "Author"),
    ("published", "Published"),
    ("site", "Outlet"),
    ("url", "URL"),
)


def source_metadata(document: Document | None) -> list[tuple[str, str, str]]:
    """The known metadata of a document as ``(key, label, value)``, in a fixed order."""
    if document is None:
        return []
    return [(key, label, document.metadata[key]) for key, label in SOURCE_FIELDS
            if document.metadata.get(key)]


def page_number(document: Document | None, offset: int) -> int | None:
    """The page (of a PDF) the character at ``offset`` is on, None for unpaged sources."""
    if document is None:
        return None
    page = None
    for paragraph in document.paragraphs:
        if paragraph.start > offset:
            break
        page = paragraph.page
    return page


def cite_page(document: Document | None, offset: int) -> str:
    """``p. 4`` for a paged source, else the empty string."""
    page = page_number(document, offset)
    return f"p. {page}" if page is not None else ""
