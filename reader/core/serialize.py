"""The stable JSON shapes of core objects, as the command line prints them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .models import (
    Annotation,
    AnnotationHit,
    Document,
    DocumentSummary,
    Label,
    Link,
    Paragraph,
    SearchHit,
    SearchResults,
)

if TYPE_CHECKING:
    from .annotation_io import ImportAnnotationsReport
    from .changes import Change


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
        "author": summary.author,
        "published": summary.published,
        "site": summary.site,
    }


# The metadata fields ``show --json`` always names when known, in this order.
METADATA_FIELDS = ("author", "published", "site", "url", "pages", "format")


def metadata_to_dict(doc: Document) -> dict[str, Any]:
    """A document's metadata: author, published (ISO date), site, url, pages (a number),
    format, then whatever else the source declared (description, language...); a key only
    when it is known."""
    known = {k: v for k, v in doc.metadata.items() if v}
    known["format"] = doc.format
    data: dict[str, Any] = {k: known.pop(k) for k in METADATA_FIELDS if k in known}
    if "pages" in data and str(data["pages"]).isdigit():
        data["pages"] = int(data["pages"])
    data.update(sorted(known.items()))
    return data


def paragraph_to_dict(paragraph: Paragraph) -> dict[str, Any]:
    """One paragraph of ``show --json``."""
    return {
        "start": paragraph.start,
        "end": paragraph.end,
        "lang": paragraph.lang,
        "lang_confidence": paragraph.lang_confidence,
        "kind": paragraph.kind,
        "boilerplate": paragraph.boilerplate,
        **({"page": paragraph.page} if paragraph.page is not None else {}),
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
        "metadata": metadata_to_dict(doc),
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
        "total_exact": results.total_exact,
        "hits": [hit_to_dict(h) for h in results.hits],
    }


# -- annotations ------------------------------------------------------------------------


def link_to_dict(link: Link) -> dict[str, Any]:
    """One link: ``{id, source, target, relation, created}``."""
    return {
        "id": link.id,
        "source": link.source,
        "target": link.target,
        "relation": link.relation,
        "created": link.created,
    }


def link_end_to_dict(link: Link, ann_id: str) -> dict[str, Any]:
    """A link as seen from one of its highlights: the other end and the direction."""
    outgoing = link.source == ann_id
    return {
        "id": link.id,
        "relation": link.relation,
        "direction": "out" if outgoing else "in",
        "other": link.target if outgoing else link.source,
    }


def annotation_to_dict(
    annotation: Annotation, source: str = "", links: Iterable[Link] = (), title: str = ""
) -> dict[str, Any]:
    """``annotate --json`` and each item of ``annotations --json``."""
    selector = annotation.selector
    return {
        "id": annotation.id,
        "doc_id": annotation.doc_id,
        "source": source,
        "title": title,
        "quote": selector.exact,
        "prefix": selector.prefix,
        "suffix": selector.suffix,
        "start": selector.start,
        "end": selector.end,
        "label": annotation.label,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "state": annotation.state,
        "created": annotation.created,
        "modified": annotation.modified,
        "links": [link_end_to_dict(k, annotation.id) for k in links
                  if annotation.id in (k.source, k.target)],
    }


def label_to_dict(label: Label) -> dict[str, Any]:
    """One label of ``label list --json``."""
    return {"name": label.name, "color": label.color, "builtin": label.builtin}


def annotation_hit_to_dict(hit: AnnotationHit) -> dict[str, Any]:
    """One annotation of ``search --json``'s ``annotations``."""
    return {
        "id": hit.annotation_id,
        "doc_id": hit.doc_id,
        "title": hit.title,
        "lang": hit.lang,
        "quote": hit.quote,
        "label": hit.label,
        "tags": list(hit.tags),
        "state": hit.state,
        "score": hit.score,
        "note_snippet": hit.note_snippet,
    }


def change_to_dict(change: Change) -> dict[str, Any]:
    """What an annotation operation changed."""
    return {
        "kind": change.operation,
        "description": change.description,
        "doc_ids": sorted(change.doc_ids),
        "annotation_ids": sorted(change.annotation_ids),
    }


def import_report_to_dict(report: ImportAnnotationsReport) -> dict[str, Any]:
    """``import-annotations --json``."""
    return {
        "ok": not report.missing,
        "added": report.added,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "orphaned": report.orphaned,
        "links_added": report.links_added,
        "links_unchanged": report.links_unchanged,
        "labels_created": report.labels_created,
        "missing": [
            {"id": m.annotation_id, "doc_id": m.doc_id, "doc_title": m.doc_title,
             "quote": m.quote, "reason": m.reason}
            for m in report.missing
        ],
        "problems": report.problems,
        "matches": dict(report.matches),
        "renamed": [{"in_file": old, "imported_as": new} for old, new in report.renamed],
        "duplicates": report.duplicates,
    }
