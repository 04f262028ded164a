"""Export of annotated highlights: the bundle every writer reads, and format dispatch.

One writer per format lives in its own module (``markdown``, ``html``, ``csv_writer``,
``jsonld``); :func:`render` picks one by name. The helpers below hold what the writers
share: grouping highlights by document (orphans apart, never dropped), reading order,
paragraph numbers, short ids and the links each highlight takes part in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..models import Annotation, AnnotationId, DocId, Document, Label, Link, Relation

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "DocumentGroup",
    "ExportBundle",
    "LinkEnd",
    "annotation_index",
    "document_title",
    "group_by_document",
    "links_by_annotation",
    "ordered_annotations",
    "paragraph_number",
    "render",
    "short_id",
]

FORMATS: tuple[str, ...] = ("md", "html", "csv", "jsonld")
"""The export format names :func:`render` accepts."""

EXTENSIONS: Mapping[str, str] = {
    "md": ".md",
    "html": ".html",
    "csv": ".csv",
    "jsonld": ".jsonld",
}
"""File extension (with its dot) of each export format."""

SHORT_ID_LENGTH = 8


@dataclass(frozen=True)
class ExportBundle:
    """Everything one export shows: documents, their highlights, links and label colours.

    ``generated`` is the ISO-8601 UTC time of the export, passed in so that the output of
    every writer depends on the bundle alone.
    """

    documents: Mapping[DocId, Document]
    annotations: Sequence[Annotation]
    links: Sequence[Link]
    labels: Mapping[str, Label]
    generated: str


@dataclass(frozen=True, slots=True)
class DocumentGroup:
    """The highlights of one document in reading order, orphans apart.

    ``document`` is None when the bundle has annotations on a document it does not hold;
    the writers still list them, under the bare document id.
    """

    doc_id: DocId
    document: Document | None
    anchored: tuple[Annotation, ...]
    orphaned: tuple[Annotation, ...]

    @property
    def annotations(self) -> tuple[Annotation, ...]:
        """Anchored (and moved) highlights first, then the orphans."""
        return self.anchored + self.orphaned


@dataclass(frozen=True, slots=True)
class LinkEnd:
    """One link seen from one of its annotations: outgoing when that annotation is its source."""

    link: Link
    relation: Relation
    outgoing: bool
    other: AnnotationId


def _reading_order(annotation: Annotation) -> tuple[int, int, str]:
    return (annotation.selector.start, annotation.selector.end, annotation.id)


def group_by_document(bundle: ExportBundle) -> list[DocumentGroup]:
    """Highlights grouped by document: bundle document order, then unknown document ids.

    Within a group highlights are sorted by position; orphaned ones (``state ==
    "orphaned"``) form their own tuple. Documents without highlights are left out.
    """
    by_doc: dict[DocId, list[Annotation]] = {}
    for annotation in bundle.annotations:
        by_doc.setdefault(annotation.doc_id, []).append(annotation)
    order = [doc_id for doc_id in bundle.documents if doc_id in by_doc]
    order += [doc_id for doc_id in by_doc if doc_id not in bundle.documents]
    groups: list[DocumentGroup] = []
    for doc_id in order:
        items = sorted(by_doc[doc_id], key=_reading_order)
        groups.append(
            DocumentGroup(
                doc_id=doc_id,
                document=bundle.documents.get(doc_id),
                anchored=tuple(a for a in items if a.state != "orphaned"),
                orphaned=tuple(a for a in items if a.state == "orphaned"),
            )
        )
    return groups


def ordered_annotations(bundle: ExportBundle) -> list[Annotation]:
    """Every annotation of the bundle, in the order the grouped writers show them."""
    return [a for group in group_by_document(bundle) for a in group.annotations]


def annotation_index(bundle: ExportBundle) -> dict[AnnotationId, Annotation]:
    """The bundle's annotations by id."""
    return {a.id: a for a in bundle.annotations}


def links_by_annotation(bundle: ExportBundle) -> dict[AnnotationId, list[LinkEnd]]:
    """For each annotation id, the links it takes part in (as source or target), in bundle order."""
    ends: dict[AnnotationId, list[LinkEnd]] = {}
    for link in bundle.links:
        ends.setdefault(link.source, []).append(
            LinkEnd(link=link, relation=link.relation, outgoing=True, other=link.target)
        )
        if link.target != link.source:
            ends.setdefault(link.target, []).append(
                LinkEnd(link=link, relation=link.relation, outgoing=False, other=link.source)
            )
    return ends


def paragraph_number(document: Document | None, offset: int) -> int | None:
    """The 1-based number of the paragraph of ``document`` holding ``offset``, if known."""
    if document is None:
        return None
    for number, paragraph in enumerate(document.paragraphs, start=1):
        if paragraph.start <= offset < paragraph.end:
            return number
    return None


def short_id(identifier: str) -> str:
    """The first characters of an id, enough to tell highlights of one export apart."""
    return identifier[:SHORT_ID_LENGTH]


def document_title(bundle: ExportBundle, doc_id: DocId) -> str:
    """The title of a document of the bundle, or its bare id when the bundle lacks it."""
    document = bundle.documents.get(doc_id)
    if document is None:
        return f"document {doc_id}"
    return document.title or document.source_name or str(doc_id)


def _writers() -> dict[str, Callable[[ExportBundle], str]]:
    # Imported here: every writer imports this package for ExportBundle and the helpers.
    from .csv_writer import to_csv
    from .html import to_html
    from .jsonld import to_jsonld
    from .markdown import to_markdown

    return {"md": to_markdown, "html": to_html, "csv": to_csv, "jsonld": to_jsonld}


def render(bundle: ExportBundle, fmt: str) -> str:
    """The bundle written in format ``fmt`` (one of :data:`FORMATS`)."""
    writers = _writers()
    writer = writers.get(fmt)
    if writer is None:
        raise ValueError(
            f"Unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}."
        )
    return writer(bundle)
