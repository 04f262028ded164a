"""Annotation exports and imports: filtered export bundles, and W3C JSON-LD read back in.

An import is one undoable operation. Highlights are matched by id: new ones are added,
ones already present are left alone unless the file's copy was modified later, so
importing the same file twice changes nothing. Each highlight is re-anchored against the
library's current text of its document (it may have been edited since the export); one
whose document is not in the library is reported, with its document's title and quote,
and nothing else is done with it, so the file stays the place to import it from later.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import unquote

from .anchoring import anchor, make_selector
from .annotations import AnnotationService, Change, normalize_tags
from .errors import InvalidValue
from .export import ExportBundle
from .export.jsonld import DOCUMENT_IRI_PREFIX, parse_jsonld
from .models import Annotation, AnnotationId, DocId, Label, Link, LinkId
from .store import Store
from .store.annotations import RowSet, StoredLabel, label_key

__all__ = [
    "NEW_LABEL_COLORS",
    "ImportAnnotationsReport",
    "SkippedAnnotation",
    "build_bundle",
    "import_jsonld",
]

NEW_LABEL_COLORS: tuple[str, ...] = (
    "#e57373", "#ba68c8", "#4db6ac", "#ffb74d", "#90a4ae", "#f06292", "#aed581", "#9575cd",
)
"""Colours given, in turn, to labels an import brings that the library does not have."""


@dataclass(frozen=True, slots=True)
class SkippedAnnotation:
    """A highlight of an imported file that could not be placed, and why."""

    annotation_id: AnnotationId
    doc_id: DocId
    doc_title: str
    quote: str
    reason: str


@dataclass
class ImportAnnotationsReport:
    """What an import did, highlight by highlight."""

    added: list[AnnotationId] = field(default_factory=list)
    updated: list[AnnotationId] = field(default_factory=list)
    unchanged: list[AnnotationId] = field(default_factory=list)
    orphaned: list[AnnotationId] = field(default_factory=list)
    links_added: list[LinkId] = field(default_factory=list)
    links_unchanged: list[LinkId] = field(default_factory=list)
    labels_created: list[str] = field(default_factory=list)
    missing: list[SkippedAnnotation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    change: Change | None = None

    @property
    def changed(self) -> bool:
        """True when the import wrote anything."""
        return bool(self.added or self.updated or self.links_added or self.labels_created)

    def summary(self) -> str:
        """One sentence with the counts."""
        parts = [
            f"{len(self.added)} added",
            f"{len(self.updated)} updated",
            f"{len(self.unchanged)} unchanged",
        ]
        if self.orphaned:
            parts.append(f"{len(self.orphaned)} orphaned (their text was not found)")
        if self.missing:
            parts.append(f"{len(self.missing)} not imported (document not in the library)")
        links = f"; links: {len(self.links_added)} added, {len(self.links_unchanged)} unchanged"
        return "Annotations: " + ", ".join(parts) + links + "."


def build_bundle(
    service: AnnotationService,
    store: Store,
    *,
    doc_id: DocId | None = None,
    label: str | None = None,
    tag: str | None = None,
    lang: str | None = None,
    only: set[AnnotationId] | None = None,
    generated: str,
) -> ExportBundle:
    """The highlights matching every filter, their documents, links and the labels."""
    annotations = service.query(doc=doc_id, label=label, tag=tag, lang=lang)
    if only is not None:
        annotations = [a for a in annotations if a.id in only]
    doc_ids = list(dict.fromkeys(a.doc_id for a in annotations))
    found = store.get_documents(doc_ids)
    documents = {d: found[d] for d in doc_ids if d in found}
    unfiltered = doc_id is None and label is None and tag is None and lang is None and only is None
    links = (service.all_links() if unfiltered
             else service.links_among([a.id for a in annotations]))
    labels = {lab.name: lab for lab in service.labels()}
    return ExportBundle(documents=documents, annotations=annotations, links=links,
                        labels=labels, generated=generated)


def import_jsonld(service: AnnotationService, store: Store, text: str) -> ImportAnnotationsReport:
    """Import a W3C Web Annotation JSON-LD file (as Parallax exports it) in one operation."""
    try:
        parsed = parse_jsonld(text)
    except ValueError as exc:
        raise InvalidValue(str(exc).rstrip(".") + "; nothing was imported.") from exc
    report = ImportAnnotationsReport(problems=list(parsed.problems))
    titles = _document_titles(text)
    tables = store.annotations

    def plan(db: sqlite3.Connection) -> RowSet:
        rows = RowSet()
        texts = tables.document_texts(db, {a.doc_id for a in parsed.annotations})
        existing = tables.load(db, [a.id for a in parsed.annotations])
        labels = tables.load_labels(db)
        placed: set[AnnotationId] = set(existing)
        for incoming in parsed.annotations:
            text_now = texts.get(incoming.doc_id)
            if text_now is None:
                report.missing.append(SkippedAnnotation(
                    incoming.id, incoming.doc_id,
                    titles.get(incoming.doc_id, ""), incoming.selector.exact,
                    "its document is not in the library",
                ))
                continue
            label = _place_label(incoming.label, labels, rows, report)
            fitted = _fit(replace(incoming, label=label, tags=normalize_tags(incoming.tags)),
                          text_now)
            current = existing.get(incoming.id)
            if current is None:
                rows.annotations[fitted.id] = fitted
                report.added.append(fitted.id)
            elif _same(current, fitted) or fitted.modified <= current.modified:
                report.unchanged.append(fitted.id)
                continue
            else:
                rows.annotations[fitted.id] = replace(fitted, created=current.created
                                                      or fitted.created)
                report.updated.append(fitted.id)
            placed.add(fitted.id)
            if fitted.state == "orphaned":
                report.orphaned.append(fitted.id)
        _place_links(db, parsed.links, placed, rows, report, service, store)
        return rows

    report.change = service.write("import", "import annotations", plan)
    return report


def _fit(annotation: Annotation, text: str) -> Annotation:
    """An imported highlight anchored in the current text, or an orphan keeping its quote."""
    spot = anchor(text, annotation.selector)
    if spot is None:
        return replace(annotation, state="orphaned")
    return replace(annotation, state=spot.state,
                   selector=make_selector(text, spot.start, spot.end))


def _same(current: Annotation, incoming: Annotation) -> bool:
    keys = ("doc_id", "selector", "label", "note", "tags", "created", "modified")
    return all(getattr(current, k) == getattr(incoming, k) for k in keys)


def _place_label(
    name: str | None, labels: list[StoredLabel], rows: RowSet, report: ImportAnnotationsReport
) -> str | None:
    """The library's name for an imported label, creating the label when it is new."""
    if name is None or not name.strip():
        return None
    clean = " ".join(name.split())
    for stored in labels:
        if stored.label.name == clean:
            return clean
    for stored in labels:
        if stored.label.name.casefold() == clean.casefold():
            return stored.label.name
    color = NEW_LABEL_COLORS[len(report.labels_created) % len(NEW_LABEL_COLORS)]
    position = max((s.position for s in labels), default=-1) + 1
    created = StoredLabel(Label(clean, color), position)
    labels.append(created)
    rows.labels[label_key(clean)] = created
    report.labels_created.append(clean)
    return clean


def _place_links(
    db: sqlite3.Connection,
    links: Sequence[Link],
    placed: set[AnnotationId],
    rows: RowSet,
    report: ImportAnnotationsReport,
    service: AnnotationService,
    store: Store,
) -> None:
    tables = store.annotations
    existing = tables.load_links(db, [k.id for k in links])
    ends = {end for k in links for end in (k.source, k.target)} - placed
    placed = placed | set(tables.load(db, ends))
    for link in links:
        if link.id in existing:
            report.links_unchanged.append(link.id)
            continue
        missing = [end for end in (link.source, link.target) if end not in placed]
        if missing:
            report.problems.append(
                f"The {link.relation} link {link.id} was not imported: its highlight "
                f"{missing[0]} is not in the library."
            )
            continue
        if link.source == link.target:
            report.problems.append(f"The link {link.id} joins a highlight to itself; skipped.")
            continue
        same = tables.find_link(db, link.source, link.target, link.relation)
        if same is not None or any(
            k is not None and k.relation == link.relation
            and {k.source, k.target} == {link.source, link.target}
            for k in rows.links.values()
        ):
            report.links_unchanged.append(link.id)
            continue
        rows.links[link.id] = replace(link, created=link.created or service.clock())
        report.links_added.append(link.id)


def _document_titles(text: str) -> dict[DocId, str]:
    """Document titles named in the file's target sources, by Parallax document id."""
    titles: dict[DocId, str] = {}
    try:
        data = json.loads(text)
    except ValueError:
        return titles

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ident = node.get("id", node.get("@id"))
            label = node.get("label")
            if (isinstance(ident, str) and ident.startswith(DOCUMENT_IRI_PREFIX)
                    and isinstance(label, str)):
                titles.setdefault(DocId(unquote(ident[len(DOCUMENT_IRI_PREFIX):])), label)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data)
    return titles
