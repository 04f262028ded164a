"""Annotation exports and imports: filtered export bundles, and W3C JSON-LD read back in.

An import is one undoable operation. Each highlight's document is looked for in the
library (:class:`DocumentLocator`): by Parallax id, by the digest of the text it was made
on, by its original location (web address, file URI, then file name), by title, and last
by finding its quote (with prefix and suffix) in the library's documents of its language.
The report says for every highlight how its document was found (:data:`MATCH_KINDS`).

Highlights are then matched by id: new ones are added, ones already present are left
alone unless the file's copy was modified later, so importing the same file twice changes
nothing. An id that belongs to a highlight of *another* document never moves or
overwrites it: the incoming highlight is added under a new id derived from both (stable,
so a second import finds it again), and reported. A file repeating an id is reported; a
differing repeat is added under a derived id too. Each highlight is re-anchored against
the library's current text of its document (position, then quote, fuzzy, as on re-import);
one whose document is not found is reported with its title and quote, and nothing else is
done with it, so the file stays the place to import it from later.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final
from urllib.parse import unquote, urlsplit

from .anchoring import anchor, make_selector
from .annotations import AnnotationService, normalize_tags
from .changes import Change
from .errors import InvalidValue
from .export import ExportBundle
from .export.jsonld import DOCUMENT_IRI_PREFIX
from .export.jsonld_read import SourceInfo, parse_jsonld
from .models import Annotation, AnnotationId, DocId, Document, Label, Link, LinkId, TextSelector
from .store import Store
from .store.annotations import RowSet, StoredLabel, label_key

__all__ = [
    "MATCH_KINDS",
    "NEW_LABEL_COLORS",
    "DocumentLocator",
    "ImportAnnotationsReport",
    "IncomingHighlight",
    "SkippedAnnotation",
    "build_bundle",
    "import_highlights",
    "import_jsonld",
]

NEW_LABEL_COLORS: tuple[str, ...] = (
    "#e57373", "#ba68c8", "#4db6ac", "#ffb74d", "#90a4ae", "#f06292", "#aed581", "#9575cd",
)
"""Colours given, in turn, to labels an import brings that the library does not have."""

SAME_DOCUMENT: Final = "same document"
TEXT_CHANGED: Final = "same source, text changed"
BY_QUOTE: Final = "found by quote"
NOT_FOUND: Final = "not found"
MATCH_KINDS: tuple[str, ...] = (SAME_DOCUMENT, TEXT_CHANGED, BY_QUOTE, NOT_FOUND)
"""How an imported highlight's document was found, as the report words it."""

_ID_NAMESPACE = uuid.UUID("6f0c2b1e-7d1a-5b8e-9c3f-2a4d5e6f7a8b")
_QUOTE_MIN_SCORE = 0.75
_FUZZY_CANDIDATES = 20
_WORDS = re.compile(r"\w{4,}")


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
    """What an import did, highlight by highlight.

    ``matches`` says, for every highlight of the file (by its id in the library, or its id
    in the file when it was not imported), how its document was found (:data:`MATCH_KINDS`).
    ``renamed`` lists highlights added under a new id: (id in the file, id in the library),
    because the id belonged to another document's highlight or was repeated in the file.
    """

    added: list[AnnotationId] = field(default_factory=list)
    updated: list[AnnotationId] = field(default_factory=list)
    unchanged: list[AnnotationId] = field(default_factory=list)
    orphaned: list[AnnotationId] = field(default_factory=list)
    links_added: list[LinkId] = field(default_factory=list)
    links_unchanged: list[LinkId] = field(default_factory=list)
    labels_created: list[str] = field(default_factory=list)
    missing: list[SkippedAnnotation] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    matches: dict[AnnotationId, str] = field(default_factory=dict)
    renamed: list[tuple[AnnotationId, AnnotationId]] = field(default_factory=list)
    duplicates: list[AnnotationId] = field(default_factory=list)
    change: Change | None = None

    @property
    def changed(self) -> bool:
        """True when the import wrote anything."""
        return bool(self.added or self.updated or self.links_added or self.labels_created)

    def match_counts(self) -> dict[str, int]:
        """How many highlights were matched each way, in :data:`MATCH_KINDS` order."""
        counts = dict.fromkeys(MATCH_KINDS, 0)
        for kind in self.matches.values():
            counts[kind] = counts.get(kind, 0) + 1
        return {kind: n for kind, n in counts.items() if n}

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
        if self.renamed:
            parts.append(f"{len(self.renamed)} added under a new id (their id was taken)")
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} repeated id"
                         f"{'s' if len(self.duplicates) != 1 else ''} in the file")
        matched = "; ".join(f"{kind}: {n}" for kind, n in self.match_counts().items())
        links = f"; links: {len(self.links_added)} added, {len(self.links_unchanged)} unchanged"
        where = f" (documents: {matched})" if matched else ""
        return "Annotations: " + ", ".join(parts) + where + links + "."


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _file_path(location: str) -> str | None:
    """The local path of a ``file://`` URI."""
    if not location.startswith("file://"):
        return None
    parts = urlsplit(location)
    path = unquote(parts.path)
    if len(path) > 3 and path[0] == "/" and path[2] == ":":  # /C:/... on Windows
        path = path[1:]
    return path


class DocumentLocator:
    """Finds the library document an imported highlight was made on (see the module doc)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._summaries = store.list_summaries()
        self._ids = {s.id for s in self._summaries}
        self._documents: dict[DocId, Document] = {}
        self._folded: dict[DocId, str] = {}
        self._found: dict[SourceInfo, tuple[DocId, str] | None] = {}

    def document(self, doc_id: DocId) -> Document | None:
        """A library document, loaded once."""
        if doc_id not in self._documents:
            doc = self._store.get_document(doc_id)
            if doc is None:
                return None
            self._documents[doc_id] = doc
        return self._documents[doc_id]

    def _kind(self, doc_id: DocId, info: SourceInfo) -> tuple[DocId, str]:
        doc = self.document(doc_id)
        same = doc is not None and (not info.digest or info.digest == doc.content_hash)
        return doc_id, SAME_DOCUMENT if same else TEXT_CHANGED

    def _pick(self, ids: Sequence[DocId], info: SourceInfo) -> DocId | None:
        """One of several candidates: the only one, else the only one in the language."""
        unique = list(dict.fromkeys(ids))
        if len(unique) == 1:
            return unique[0]
        if info.lang:
            same_lang = [s.id for s in self._summaries if s.id in unique and s.lang == info.lang]
            if len(same_lang) == 1:
                return same_lang[0]
        return None

    def find(self, info: SourceInfo) -> tuple[DocId, str] | None:
        """The document named by id, digest, location or title, and how; None if none."""
        if info not in self._found:
            self._found[info] = self._find(info)
        return self._found[info]

    def _find(self, info: SourceInfo) -> tuple[DocId, str] | None:
        if info.doc_id is not None and info.doc_id in self._ids:
            return self._kind(info.doc_id, info)
        if info.digest:
            same = self._pick(self._store.find_ids(content_hash=info.digest), info)
            if same is not None:
                return same, SAME_DOCUMENT
        names: list[str] = []
        for location in info.locations:
            path = _file_path(location)
            ids = (self._store.find_ids(source=path) if path is not None
                   else self._by_url(location) or self._by_url(unquote(location)))
            found = self._pick(ids, info)
            if found is not None:
                return self._kind(found, info)
            if path is not None:
                names.append(path.replace("\\", "/").rsplit("/", 1)[-1])
        for name in names:
            found = self._pick([s.id for s in self._summaries
                                if s.source.replace("\\", "/").rsplit("/", 1)[-1] == name], info)
            if found is not None:
                return self._kind(found, info)
        if info.title:
            wanted = _norm(info.title)
            found = self._pick([s.id for s in self._summaries if _norm(s.title) == wanted], info)
            if found is not None:
                return self._kind(found, info)
        return None

    def _by_url(self, url: str) -> list[DocId]:
        found = [s.id for s in self._summaries if s.source == url]
        for key in ("url", "canonical_url", "source_url"):
            found += self._store.find_ids(url=url, url_key=key)
        return found

    def by_quote(self, selector: TextSelector, lang: str) -> DocId | None:
        """The document of ``lang`` (any, when unknown) where the quote anchors best.

        Documents holding the exact quote are ranked by their context; when none does, a
        fuzzy search runs only on the few documents sharing most of the quote's longest
        words (at most :data:`_FUZZY_CANDIDATES`), so a highlight found nowhere costs a
        substring scan of the library, not a fuzzy search of every document."""
        exact = selector.exact
        if not exact.strip():
            return None
        pool = [s.id for s in self._summaries if not lang or s.lang == lang]
        texts = [(doc_id, doc.text) for doc_id in pool
                 if (doc := self.document(doc_id)) is not None]
        hits = [(doc_id, text) for doc_id, text in texts if exact in text]
        candidates = hits or (self._sharing_words(exact, texts) if len(exact) >= 12 else [])
        best: tuple[float, DocId] | None = None
        for doc_id, text in candidates:
            spot = anchor(text, replace(selector, start=-1, end=-1))
            if spot is None or (not hits and spot.score < _QUOTE_MIN_SCORE):
                continue
            if best is None or spot.score > best[0]:
                best = (spot.score, doc_id)
        return best[1] if best is not None else None

    def _sharing_words(self, exact: str, texts: list[tuple[DocId, str]]
                       ) -> list[tuple[DocId, str]]:
        words = sorted({w.casefold() for w in _WORDS.findall(exact)}, key=len, reverse=True)[:6]
        if not words:
            return []
        need = max(1, (len(words) + 1) // 2)
        scored = []
        for doc_id, text in texts:
            folded = self._folded.get(doc_id)
            if folded is None:
                folded = self._folded[doc_id] = text.casefold()
            shared = sum(1 for w in words if w in folded)
            if shared >= need:
                scored.append((shared, doc_id, text))
        scored.sort(key=lambda item: -item[0])
        return [(doc_id, text) for _n, doc_id, text in scored[:_FUZZY_CANDIDATES]]


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


def _derived_id(ann_id: str, why: str) -> AnnotationId:
    """A stable new id for an incoming highlight that cannot keep its own."""
    return AnnotationId(str(uuid.uuid5(_ID_NAMESPACE, f"{ann_id}\n{why}")))


def _content(a: Annotation) -> tuple[Any, ...]:
    return (a.selector.exact, a.selector.prefix, a.selector.suffix, a.label, a.note,
            a.tags, a.created, a.modified)


def import_jsonld(service: AnnotationService, store: Store, text: str) -> ImportAnnotationsReport:
    """Import a W3C Web Annotation JSON-LD file (as Parallax exports it) in one operation."""
    try:
        parsed = parse_jsonld(text)
    except ValueError as exc:
        raise InvalidValue(str(exc).rstrip(".") + "; nothing was imported.") from exc
    report = ImportAnnotationsReport(problems=list(parsed.problems))
    titles = _document_titles(text)
    locator = DocumentLocator(store)

    # Which document each highlight belongs to, found before the write transaction.
    entries: list[IncomingHighlight] = []
    for incoming, origin in zip(parsed.annotations, parsed.origins, strict=True):
        found = locator.find(origin)
        if found is None:
            doc_id = locator.by_quote(incoming.selector, origin.lang)
            found = (doc_id, BY_QUOTE) if doc_id is not None else None
        title = origin.title or titles.get(incoming.doc_id, "")
        entries.append(IncomingHighlight(incoming, origin.doc_id or DocId(""), title, found))
    return import_highlights(service, store, entries, parsed.links, report)


@dataclass(frozen=True)
class IncomingHighlight:
    """A highlight read from a file, and the library document found for it (or None).

    ``target`` is (document id, how it was found: one of :data:`MATCH_KINDS`);
    ``doc_ref`` and ``doc_title`` name the document as the file did, for the report.
    """

    annotation: Annotation
    doc_ref: DocId
    doc_title: str
    target: tuple[DocId, str] | None


def import_highlights(
    service: AnnotationService,
    store: Store,
    entries: Sequence[IncomingHighlight],
    links: Sequence[Link],
    report: ImportAnnotationsReport,
    label_colors: Mapping[str, str] | None = None,
    description: str = "import annotations",
) -> ImportAnnotationsReport:
    """Write highlights whose documents are found, as one undoable operation (see the
    module documentation for ids, repeats and re-anchoring); fills and returns ``report``.

    ``label_colors`` gives the colour of labels the file names (a QDA code's colour) for
    those the library does not have yet.
    """
    tables = store.annotations

    def plan(db: sqlite3.Connection) -> RowSet:
        rows = RowSet()
        doc_ids = {e.target[0] for e in entries if e.target is not None}
        texts = tables.document_texts(db, doc_ids)
        existing = tables.load(db, [e.annotation.id for e in entries])
        labels = tables.load_labels(db)
        placed: set[AnnotationId] = set(existing)
        renames: dict[AnnotationId, AnnotationId] = {}
        first_copy: dict[AnnotationId, Annotation] = {}
        for entry in entries:
            incoming, target = entry.annotation, entry.target
            if target is None or target[0] not in texts:
                report.matches[incoming.id] = NOT_FOUND
                report.missing.append(SkippedAnnotation(
                    incoming.id, entry.doc_ref, entry.doc_title, incoming.selector.exact,
                    "its document is not in the library",
                ))
                continue
            doc_id, kind = target
            ann_id = incoming.id
            earlier = first_copy.get(incoming.id)
            if earlier is not None:
                report.duplicates.append(incoming.id)
                if _content(earlier) == _content(incoming) and earlier.doc_id == doc_id:
                    report.problems.append(
                        f"The highlight id {incoming.id} appears more than once in the file; "
                        "the repeat was the same highlight and was skipped.")
                    continue
                ann_id = _derived_id(incoming.id, f"repeat {_content(incoming)!r}")
                report.problems.append(
                    f"The highlight id {incoming.id} appears more than once in the file; the "
                    f"differing repeat was imported as a new highlight {ann_id}.")
            else:
                first_copy[incoming.id] = replace(incoming, doc_id=doc_id)
            current = existing.get(ann_id) if ann_id == incoming.id else None
            if ann_id != incoming.id:
                current = tables.load(db, [ann_id]).get(ann_id)
            if current is not None and current.doc_id != doc_id:
                taken = ann_id
                ann_id = _derived_id(taken, f"document {doc_id}")
                current = tables.load(db, [ann_id]).get(ann_id)
                report.problems.append(
                    f"The highlight id {taken} belongs to a highlight of another document; "
                    f"this one was imported as a new highlight {ann_id}.")
            if ann_id != incoming.id:
                report.renamed.append((incoming.id, ann_id))
                renames.setdefault(incoming.id, ann_id)
            report.matches[ann_id] = kind
            label = _place_label(incoming.label, labels, rows, report, label_colors)
            fitted = _fit(replace(incoming, id=ann_id, doc_id=doc_id, label=label,
                                  tags=normalize_tags(incoming.tags)),
                          texts[doc_id])
            if current is None:
                rows.annotations[fitted.id] = fitted
                report.added.append(fitted.id)
            elif _same(current, fitted) or fitted.modified <= current.modified:
                report.unchanged.append(fitted.id)
                placed.add(fitted.id)
                continue
            else:
                rows.annotations[fitted.id] = replace(fitted, created=current.created
                                                      or fitted.created)
                report.updated.append(fitted.id)
            placed.add(fitted.id)
            if fitted.state == "orphaned":
                report.orphaned.append(fitted.id)
        renamed = [replace(k, source=renames.get(k.source, k.source),
                           target=renames.get(k.target, k.target)) for k in links]
        _place_links(db, renamed, placed, rows, report, service, store)
        return rows

    report.change = service.write("import", description, plan)
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
    name: str | None, labels: list[StoredLabel], rows: RowSet, report: ImportAnnotationsReport,
    colors: Mapping[str, str] | None = None,
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
    color = (colors or {}).get(clean) or \
        NEW_LABEL_COLORS[len(report.labels_created) % len(NEW_LABEL_COLORS)]
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
    except (ValueError, RecursionError):
        return titles

    stack: list[Any] = [data]  # a loop, not recursion: the file may nest deeply
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ident = node.get("id", node.get("@id"))
            label = node.get("label")
            if (isinstance(ident, str) and ident.startswith(DOCUMENT_IRI_PREFIX)
                    and isinstance(label, str)):
                titles.setdefault(DocId(unquote(ident[len(DOCUMENT_IRI_PREFIX):])), label)
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return titles
