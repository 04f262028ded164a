"""The stable JSON shapes of core objects, as the command line prints them."""

from __future__ import annotations

from typing import Any

from .models import Document, DocumentSummary, Paragraph, SearchHit, SearchResults


def summary_to_dict(summary: DocumentSummary) -> dict[str, Any]:
    """``list --json`` item."""
    return {
        "id": summary.id,
        "title": summary.title,
        "lang": summary.lang,
        "lang_confidence": summary.lang_confidence,
        "source": summary.source,
        "n_chars": summary.n_chars,
        "format": summary.format,
        "imported_at": summary.imported_at,
        "n_annotations": summary.n_annotations,
    }


def paragraph_to_dict(paragraph: Paragraph) -> dict[str, Any]:
    """One paragraph of ``show --json``."""
    return {
        "start": paragraph.start,
        "end": paragraph.end,
        "lang": paragraph.lang,
        "lang_confidence": paragraph.lang_confidence,
        "kind": paragraph.kind,
        "boilerplate": paragraph.boilerplate,
    }


def document_to_dict(doc: Document) -> dict[str, Any]:
    """``show --json``."""
    return {
        "id": doc.id,
        "title": doc.title,
        "lang": doc.lang,
        "lang_confidence": doc.lang_confidence,
        "source": doc.source,
        "format": doc.format,
        "content_hash": doc.content_hash,
        "imported_at": doc.imported_at,
        "modified_at": doc.modified_at,
        "metadata": dict(doc.metadata),
        "text": doc.text,
        "paragraphs": [paragraph_to_dict(p) for p in doc.paragraphs],
    }


def hit_to_dict(hit: SearchHit) -> dict[str, Any]:
    """One hit of ``search --json``."""
    return {
        "id": hit.doc_id,
        "title": hit.title,
        "lang": hit.lang,
        "source": hit.source,
        "score": hit.score,
        "snippet": hit.snippet,
        "matches": [list(m) for m in hit.matches],
    }


def results_to_dict(results: SearchResults) -> dict[str, Any]:
    """``search --json``."""
    return {
        "query": results.query,
        "total": results.total,
        "hits": [hit_to_dict(h) for h in results.hits],
    }
