"""Annotations as undoable operations: highlights, notes, tags, labels, links, re-anchoring.

Every operation is one store transaction that reads the rows it touches, writes their new
state and returns a :class:`Change` naming the documents and annotations affected, so a
window refreshes only what changed. The state before and after each operation is kept on
an in-memory undo stack (per Library instance, as in Anki): undo writes the "before" rows
back, redo the "after" rows. An operation that raises has changed nothing.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Final

from .anchoring import anchor, make_selector, reanchor_all
from .changes import NO_CHANGE, Change, ChangeKind, Operation
from .errors import Ambiguous, Conflict, InvalidValue, NotFound
from .models import (
    RELATIONS,
    Annotation,
    AnnotationId,
    DocId,
    Document,
    Label,
    Link,
    LinkId,
    Relation,
    TextSelector,
)
from .store import Store
from .store.annotations import AnnotationTables, RowSet, StoredLabel, label_key

__all__ = [
    "HISTORY_LIMIT",
    "UNCHANGED",
    "AnnotationService",
    "Plan",
    "ReanchorSummary",
    "normalize_color",
    "normalize_tags",
]

HISTORY_LIMIT = 500
"""Operations kept on the undo stack."""

MAX_LABEL_CHARS = 60
_COLOR = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


class _Unchanged(Enum):
    UNCHANGED = "unchanged"


UNCHANGED: Final = _Unchanged.UNCHANGED
"""Default of :meth:`AnnotationService.update` arguments: leave that field as it is."""

Plan = Callable[[sqlite3.Connection], RowSet]
"""Reads what it needs inside the transaction and returns the rows' wanted state."""


@dataclass(frozen=True)
class _Step:
    operation: Operation
    description: str
    before: RowSet
    after: RowSet


@dataclass(frozen=True)
class ReanchorSummary:
    """How the annotations of a changed document fared: kept in place, moved or orphaned."""

    anchored: int = 0
    moved: int = 0
    orphaned: int = 0

    def describe(self) -> str:
        """A short phrase for an import report, empty when there were no annotations."""
        total = self.anchored + self.moved + self.orphaned
        if not total:
            return ""
        return (f"{total} annotation{'s' if total != 1 else ''} re-anchored "
                f"({self.moved} moved, {self.orphaned} orphaned)")


def normalize_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags stripped, inner whitespace collapsed, empty ones dropped, duplicates (any case) once."""
    seen: set[str] = set()
    result: list[str] = []
    for tag in tags:
        clean = " ".join(str(tag).split())
        if clean and clean.casefold() not in seen:
            seen.add(clean.casefold())
            result.append(clean)
    return tuple(result)


def normalize_color(color: str) -> str:
    """A colour as lower-case ``#rrggbb`` (``#rgb`` and a missing ``#`` are accepted)."""
    match = _COLOR.match(color.strip())
    if not match:
        raise InvalidValue(f"'{color}' is not a colour: write it as #rrggbb, e.g. #f6c343.")
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits


def _label_name(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidValue("A label needs a name.")
    if len(clean) > MAX_LABEL_CHARS:
        raise InvalidValue(f"A label name can have at most {MAX_LABEL_CHARS} characters.")
    return clean


def _find_label(labels: Sequence[StoredLabel], name: str) -> StoredLabel | None:
    for stored in labels:
        if stored.label.name == name:
            return stored
    folded = [s for s in labels if s.label.name.casefold() == name.casefold()]
    return folded[0] if len(folded) == 1 else None


def _require_label(labels: Sequence[StoredLabel], name: str) -> StoredLabel:
    found = _find_label(labels, name)
    if found is None:
        known = ", ".join(s.label.name for s in labels) or "none"
        raise NotFound(f"There is no label '{name}' (labels: {known}).")
    return found


def _short(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class AnnotationService:
    """Every annotation operation of one library, each undoable, each one transaction."""

    def __init__(
        self,
        store: Store,
        *,
        clock: Callable[[], str],
        make_id: Callable[[], str] = lambda: str(uuid.uuid4()),
        history_limit: int = HISTORY_LIMIT,
    ) -> None:
        self._store = store
        self._tables: AnnotationTables = store.annotations
        self.clock = clock
        self.make_id = make_id
        self.history_limit = history_limit
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._lock = threading.RLock()

    # -- writing -------------------------------------------------------------------------

    def write(self, operation: Operation, description: str, plan: Plan) -> Change:
        """Run ``plan`` in one transaction, write its rows and record the step for undo."""
        with self._lock:
            with self._store.transaction() as db:
                after = plan(db)
                before = self._tables.snapshot(db, after)
                if after == before:
                    return Change(ChangeKind.NOTHING, operation, NO_CHANGE)
                self._tables.apply(db, after, Store.next_rev(db))
                change = self._describe(db, operation, description, before, after)
            step = _Step(operation, description, before, after)
            self._undo.append(step)
            del self._undo[: -self.history_limit]
            self._redo.clear()
            return change

    def create(
        self,
        doc_id: DocId,
        start: int,
        end: int,
        *,
        label: str | None = None,
        note: str = "",
        tags: Iterable[str] = (),
    ) -> Change:
        """Highlight ``text[start:end]`` of a document, with an optional label, note and tags."""
        clean_tags = normalize_tags(tags)

        def plan(db: sqlite3.Connection) -> RowSet:
            text = self._text(db, doc_id)
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end
                    <= len(text)):
                raise InvalidValue(
                    f"The span {start}..{end} is empty or outside the document "
                    f"(0..{len(text)})."
                )
            stamp = self.clock()
            created = Annotation(
                id=AnnotationId(self.make_id()), doc_id=doc_id,
                selector=make_selector(text, start, end),
                label=self._label_value(db, label), note=note, tags=clean_tags,
                created=stamp, modified=stamp, state="anchored",
            )
            return RowSet(annotations={created.id: created})

        return self.write("create", "create highlight", plan)

    def locate(self, doc_id: DocId, quote: str, occurrence: int | None = None) -> tuple[int, int]:
        """The span of a quote in a document's text (whitespace may differ); see annotate_quote."""
        if not quote.strip():
            raise InvalidValue("The quote is empty.")
        doc = self._document(doc_id)
        spans = _occurrences(doc.text, quote)
        shown = _short(quote)
        if not spans:
            raise NotFound(f"The quote '{shown}' does not occur in '{_short(doc.title)}'.")
        if occurrence is None:
            if len(spans) > 1:
                raise Ambiguous(
                    f"The quote '{shown}' occurs {len(spans)} times in '{_short(doc.title)}'; "
                    f"say which with an occurrence from 1 to {len(spans)} (--occurrence N)."
                )
            occurrence = 1
        if not 1 <= occurrence <= len(spans):
            times = "once" if len(spans) == 1 else f"{len(spans)} times"
            raise NotFound(
                f"The quote '{shown}' occurs {times} in '{_short(doc.title)}', so there is no "
                f"occurrence {occurrence} (choose 1 to {len(spans)})."
            )
        return spans[occurrence - 1]

    def annotate_quote(
        self,
        doc_id: DocId,
        quote: str,
        occurrence: int | None = None,
        *,
        label: str | None = None,
        note: str = "",
        tags: Iterable[str] = (),
    ) -> Change:
        """Highlight a quote of a document; ``occurrence`` (1-based) picks one of several."""
        start, end = self.locate(doc_id, quote, occurrence)
        return self.create(doc_id, start, end, label=label, note=note, tags=tags)

    def update(
        self,
        ann_id: AnnotationId,
        *,
        label: str | None | _Unchanged = UNCHANGED,
        note: str | _Unchanged = UNCHANGED,
        tags: Iterable[str] | _Unchanged = UNCHANGED,
    ) -> Change:
        """Change a highlight's label (None clears it), note or tags; others stay as they are."""
        new_tags = tags if isinstance(tags, _Unchanged) else normalize_tags(tags)
        what = [n for n, v in (("label", label), ("note", note), ("tags", new_tags))
                if not isinstance(v, _Unchanged)]
        description = {"label": "relabel highlight", "note": "edit note",
                       "tags": "edit tags"}.get(what[0], "") if len(what) == 1 else ""

        def plan(db: sqlite3.Connection) -> RowSet:
            current = self._load(db, ann_id)
            wanted = current
            if not isinstance(label, _Unchanged):
                wanted = replace(wanted, label=self._label_value(db, label))
            if not isinstance(note, _Unchanged):
                wanted = replace(wanted, note=note)
            if not isinstance(new_tags, _Unchanged):
                wanted = replace(wanted, tags=new_tags)
            if wanted == current:
                return RowSet()
            return RowSet(annotations={ann_id: replace(wanted, modified=self.clock())})

        return self.write("update", description or "edit highlight", plan)

    def delete(self, ann_id: AnnotationId) -> Change:
        """Delete a highlight and its links (undo brings both back)."""

        def plan(db: sqlite3.Connection) -> RowSet:
            self._load(db, ann_id)
            links = self._tables.load_links_touching(db, [ann_id])
            return RowSet(annotations={ann_id: None}, links={k.id: None for k in links})

        return self.write("delete", "delete highlight", plan)

    def reattach(self, ann_id: AnnotationId, start: int, end: int) -> Change:
        """Anchor a highlight (typically an orphan) to ``text[start:end]`` of its document."""

        def plan(db: sqlite3.Connection) -> RowSet:
            current = self._load(db, ann_id)
            text = self._text(db, current.doc_id)
            if not 0 <= start < end <= len(text):
                raise InvalidValue(
                    f"The span {start}..{end} is empty or outside the document "
                    f"(0..{len(text)})."
                )
            moved = replace(current, selector=make_selector(text, start, end), state="anchored",
                            modified=self.clock())
            return RowSet(annotations={ann_id: moved})

        return self.write("reattach", "re-attach highlight", plan)

    def link(self, a: AnnotationId, b: AnnotationId, relation: str = "same-claim") -> Change:
        """Link two highlights (in any documents) with a relation."""
        if relation not in RELATIONS:
            raise InvalidValue(
                f"'{relation}' is not a relation (use {', '.join(RELATIONS)})."
            )
        if a == b:
            raise InvalidValue("A highlight cannot be linked to itself.")
        kind: Relation = relation

        def plan(db: sqlite3.Connection) -> RowSet:
            self._load(db, a)
            self._load(db, b)
            if self._tables.find_link(db, a, b, kind) is not None:
                raise Conflict(f"These highlights are already linked as {kind}.")
            made = Link(id=LinkId(self.make_id()), source=a, target=b, relation=kind,
                        created=self.clock())
            return RowSet(links={made.id: made})

        return self.write("link", f"link highlights ({kind})", plan)

    def unlink(self, link_id: LinkId) -> Change:
        """Remove a link."""

        def plan(db: sqlite3.Connection) -> RowSet:
            if not self._tables.load_links(db, [link_id]):
                raise NotFound(f"There is no link with id {link_id}.")
            return RowSet(links={link_id: None})

        return self.write("unlink", "unlink highlights", plan)

    # -- labels --------------------------------------------------------------------------

    def labels(self) -> list[Label]:
        """Every label, in display order (the built-in ones first)."""
        return [s.label for s in self._tables.labels()]

    def label(self, name: str) -> Label:
        """A label by name, in any case."""
        return _require_label(self._tables.labels(), name).label

    def add_label(self, name: str, color: str) -> Change:
        """Add a label of one's own with a colour."""
        clean, hex_color = _label_name(name), normalize_color(color)

        def plan(db: sqlite3.Connection) -> RowSet:
            labels = self._tables.load_labels(db)
            if any(s.label.name.casefold() == clean.casefold() for s in labels):
                raise Conflict(f"There is already a label named '{clean}'.")
            position = max((s.position for s in labels), default=-1) + 1
            return RowSet(labels={label_key(clean): StoredLabel(Label(clean, hex_color),
                                                                 position)})

        return self.write("label", f"add label {clean}", plan)

    def rename_label(self, old: str, new: str) -> Change:
        """Rename a label of one's own; its highlights keep it under the new name."""
        clean = _label_name(new)

        def plan(db: sqlite3.Connection) -> RowSet:
            labels = self._tables.load_labels(db)
            stored = _require_label(labels, old)
            if stored.label.builtin:
                raise Conflict(f"'{stored.label.name}' is a built-in label: it can be "
                               "recoloured but not renamed.")
            if any(s.label.name.casefold() == clean.casefold() and s is not stored
                   for s in labels):
                raise Conflict(f"There is already a label named '{clean}'.")
            rows = RowSet(labels={label_key(stored.label.name): None})
            rows.labels[label_key(clean)] = replace(stored, label=replace(stored.label,
                                                                          name=clean))
            for annotation in self._tables.load_where_label(db, stored.label.name):
                rows.annotations[annotation.id] = replace(annotation, label=clean)
            return rows

        return self.write("label", f"rename label {_short(old)}", plan)

    def recolor_label(self, name: str, color: str) -> Change:
        """Give a label (built-in ones too) another colour."""
        hex_color = normalize_color(color)

        def plan(db: sqlite3.Connection) -> RowSet:
            stored = _require_label(self._tables.load_labels(db), name)
            wanted = replace(stored, label=replace(stored.label, color=hex_color))
            return RowSet(labels={label_key(stored.label.name): wanted})

        return self.write("label", f"recolour label {_short(name)}", plan)

    def delete_label(
        self, name: str, *, reassign_to: str | None = None, clear: bool = False
    ) -> Change:
        """Delete a label of one's own; one in use needs ``reassign_to`` or ``clear``."""
        if reassign_to is not None and clear:
            raise InvalidValue("Either reassign the label's highlights or clear it, not both.")

        def plan(db: sqlite3.Connection) -> RowSet:
            labels = self._tables.load_labels(db)
            stored = _require_label(labels, name)
            if stored.label.builtin:
                raise Conflict(f"'{stored.label.name}' is a built-in label and cannot be "
                               "deleted.")
            target: str | None = None
            if reassign_to is not None:
                target = _require_label(labels, reassign_to).label.name
                if target == stored.label.name:
                    raise InvalidValue("A label cannot be reassigned to itself.")
            users = self._tables.load_where_label(db, stored.label.name)
            if users and reassign_to is None and not clear:
                count = f"{len(users)} highlight{'s' if len(users) != 1 else ''}"
                raise Conflict(
                    f"The label '{stored.label.name}' is used by {count}: reassign them to "
                    "another label or clear their label when deleting it."
                )
            stamp = self.clock()
            rows = RowSet(labels={label_key(stored.label.name): None})
            for annotation in users:
                rows.annotations[annotation.id] = replace(annotation, label=target,
                                                          modified=stamp)
            return rows

        return self.write("label", f"delete label {_short(name)}", plan)

    # -- undo and redo -------------------------------------------------------------------

    @property
    def can_undo(self) -> bool:
        """True when there is an operation to undo."""
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        """True when there is an undone operation to redo."""
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        """The Undo action's text, e.g. "Undo create highlight"."""
        return f"Undo {self._undo[-1].description}" if self._undo else "Undo"

    @property
    def redo_text(self) -> str:
        """The Redo action's text, e.g. "Redo delete highlight"."""
        return f"Redo {self._redo[-1].description}" if self._redo else "Redo"

    def undo(self) -> Change | None:
        """Undo the last operation; None when there is none."""
        with self._lock:
            if not self._undo:
                return None
            step = self._undo[-1]
            try:
                change = self._restore(step, step.before, step.after, "undo")
            except Conflict:
                self._undo.pop()  # it can never apply: do not block older steps behind it
                raise
            self._undo.pop()
            self._redo.append(step)
            return change

    def redo(self) -> Change | None:
        """Redo the last undone operation; None when there is none."""
        with self._lock:
            if not self._redo:
                return None
            step = self._redo[-1]
            try:
                change = self._restore(step, step.after, step.before, "redo")
            except Conflict:
                self._redo.pop()
                raise
            self._redo.pop()
            self._undo.append(step)
            return change

    def clear_history(self) -> None:
        """Forget every undo and redo step (after the store was replaced)."""
        with self._lock:
            self._undo.clear()
            self._redo.clear()

    def _restore(self, step: _Step, rows: RowSet, expected: RowSet, verb: str) -> Change:
        """Write ``rows`` (a step's before or after state) if the library still holds
        ``expected`` (its other state); anything changed since by another window or the
        command line is refused with Conflict, so an undo never overwrites their work."""
        done = "undone" if verb == "undo" else "redone"
        with self._store.transaction() as db:
            doc_ids = {a.doc_id for side in (rows, expected)
                       for a in side.annotations.values() if a is not None}
            texts = self._tables.document_texts(db, doc_ids)
            if doc_ids - set(texts):
                raise Conflict(
                    f"This cannot be {done}: the highlight's document is no longer in the "
                    "library."
                )
            clash = _changed_since(self._tables.snapshot(db, expected), expected)
            if clash is not None:
                raise Conflict(f"{clash} in another window (or on the command line) "
                               f"since, so it is not {done}.")
            fixed = RowSet(dict(rows.annotations), dict(rows.links), dict(rows.labels))
            for ann_id, annotation in rows.annotations.items():
                if annotation is not None:
                    fixed.annotations[ann_id] = _fit_to_text(annotation, texts[annotation.doc_id])
            self._tables.apply(db, fixed, Store.next_rev(db))
            return self._describe(db, step.operation, f"{verb.title()} {step.description}",
                                  step.before, step.after)

    # -- reading -------------------------------------------------------------------------

    def get(self, ann_id: AnnotationId) -> Annotation:
        """One annotation by exact id."""
        found = self._tables.get(ann_id)
        if found is None:
            raise NotFound(f"There is no annotation with id {ann_id}.")
        return found

    def resolve(self, ref: str) -> AnnotationId:
        """An annotation id from an id or a unique id prefix."""
        ref = ref.strip()
        if not ref:
            raise NotFound("No annotation was named.")
        if self._tables.get(ref) is not None:
            return AnnotationId(ref)
        found = self._tables.ids_with_prefix(ref)
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFound(f"No annotation id starts with '{ref}'.")
        raise Ambiguous(f"'{ref}' starts several annotation ids; give more characters.")

    def resolve_link(self, ref: str) -> LinkId:
        """A link id from an id or a unique id prefix."""
        ref = ref.strip()
        if ref and self._tables.get_link(ref) is not None:
            return LinkId(ref)
        matches = [k.id for k in self._tables.all_links() if ref and k.id.startswith(ref)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFound(f"There is no link with id '{ref}'.")
        raise Ambiguous(f"'{ref}' starts several link ids; give more characters.")

    def for_document(self, doc_id: DocId) -> list[Annotation]:
        """A document's annotations by position."""
        return self._tables.query(doc_id=doc_id)

    def query(
        self,
        doc: DocId | None = None,
        label: str | None = None,
        tag: str | None = None,
        lang: str | None = None,
        state: str | None = None,
    ) -> list[Annotation]:
        """Annotations matching every given filter, by document title then position."""
        name = None if label is None else _require_label(self._tables.labels(), label).label.name
        if state is not None and state not in ("anchored", "moved", "orphaned"):
            raise InvalidValue(f"'{state}' is not a state (use anchored, moved or orphaned).")
        return self._tables.query(doc_id=doc, label=name, tag=tag,
                                  lang=lang.lower() if lang else None, state=state)

    def by_ids(self, ann_ids: Iterable[str]) -> list[Annotation]:
        """The existing annotations among ``ann_ids``, by document title then position."""
        return self._tables.query(ids=ann_ids)

    def count(self) -> int:
        """How many annotations the library holds."""
        return self._tables.count()

    def links_for(self, ann_id: AnnotationId) -> list[Link]:
        """The links a highlight takes part in, as source or target."""
        return self._tables.links_of([ann_id])

    def links_among(self, ann_ids: Sequence[AnnotationId]) -> list[Link]:
        """Links with either end among ``ann_ids``."""
        return self._tables.links_of(ann_ids)

    def all_links(self) -> list[Link]:
        """Every link, oldest first."""
        return self._tables.all_links()

    def claim_groups(self) -> list[list[AnnotationId]]:
        """Highlights joined by ``same-claim`` links, transitively: one list per claim."""
        parent: dict[AnnotationId, AnnotationId] = {}

        def root(node: AnnotationId) -> AnnotationId:
            parent.setdefault(node, node)
            while parent[node] != node:
                parent[node] = parent[parent[node]]
                node = parent[node]
            return node

        for link in self._tables.all_links():
            if link.relation == "same-claim":
                parent[root(link.source)] = root(link.target)
        members: dict[AnnotationId, list[AnnotationId]] = {}
        for node in list(parent):
            members.setdefault(root(node), []).append(node)
        order = {a.id: i for i, a in enumerate(self._tables.query(ids=parent))}
        groups = [sorted(group, key=lambda i: (order.get(i, len(order)), i))
                  for group in members.values() if len(group) > 1]
        return sorted(groups, key=lambda g: (order.get(g[0], len(order)), g[0]))

    # -- re-anchoring (called by the Library inside its import transaction) ---------------

    def reanchor_documents(
        self, db: sqlite3.Connection, changed: Sequence[tuple[Document, Document]], rev: int
    ) -> dict[DocId, ReanchorSummary]:
        """Re-anchor the annotations of documents whose text changed (old, new), in ``db``.

        Annotations found again get fresh selectors and state anchored or moved; the rest
        become orphans that keep their old quote, context and note. None is ever deleted.
        """
        if not changed:
            return {}
        by_doc: dict[DocId, list[Annotation]] = {}
        for annotation in self._tables.load_for_documents(db, [new.id for _, new in changed]):
            by_doc.setdefault(annotation.doc_id, []).append(annotation)
        rows = RowSet()
        summaries: dict[DocId, ReanchorSummary] = {}
        for old, new in changed:
            annotations = by_doc.get(new.id, [])
            live = [a for a in annotations if a.state != "orphaned"]
            found = reanchor_all(old.text, new.text, [a.selector for a in live])
            results = dict(zip([a.id for a in live], found, strict=True))
            counts = {"anchored": 0, "moved": 0, "orphaned": 0}
            for annotation in annotations:
                if annotation.id in results:
                    spot = results[annotation.id]
                else:  # an orphan from an earlier text: it may fit this one
                    spot = anchor(new.text, annotation.selector)
                if spot is None:
                    fitted = replace(annotation, state="orphaned")
                else:
                    fitted = replace(annotation, state=spot.state,
                                     selector=make_selector(new.text, spot.start, spot.end))
                counts[fitted.state] += 1
                rows.annotations[annotation.id] = fitted
            summaries[new.id] = ReanchorSummary(**counts)
        self._tables.apply(db, rows, rev)
        return summaries

    # -- helpers -------------------------------------------------------------------------

    def _document(self, doc_id: DocId) -> Document:
        doc = self._store.get_document(doc_id)
        if doc is None:
            raise NotFound(f"There is no document with id {doc_id}.")
        return doc

    def _text(self, db: sqlite3.Connection, doc_id: DocId) -> str:
        text = self._tables.document_texts(db, [doc_id]).get(doc_id)
        if text is None:
            raise NotFound(f"There is no document with id {doc_id}.")
        return text

    def _load(self, db: sqlite3.Connection, ann_id: AnnotationId) -> Annotation:
        found = self._tables.load(db, [ann_id]).get(ann_id)
        if found is None:
            raise NotFound(f"There is no annotation with id {ann_id}.")
        return found

    def _describe(
        self, db: sqlite3.Connection, operation: Operation, description: str,
        before: RowSet, after: RowSet,
    ) -> Change:
        """The Change of a step: the sorts of rows it wrote; its annotations, both ends of
        its links, and the highlights wearing a label it touched, with their documents."""
        kind = ChangeKind.NOTHING
        for rows in (before, after):
            kind |= ((ChangeKind.ANNOTATIONS if rows.annotations else ChangeKind.NOTHING)
                     | (ChangeKind.LINKS if rows.links else ChangeKind.NOTHING)
                     | (ChangeKind.LABELS if rows.labels else ChangeKind.NOTHING))
        docs: set[DocId] = set()
        ids: set[AnnotationId] = set()
        names: set[str] = set()
        for rows in (before, after):
            ids.update(rows.annotations)
            docs.update(a.doc_id for a in rows.annotations.values() if a is not None)
            for link in rows.links.values():
                if link is not None:
                    ids.update((link.source, link.target))
            names.update(s.label.name for s in rows.labels.values() if s is not None)
        wearing = [a for name in names for a in self._tables.load_where_label(db, name)]
        ids.update(a.id for a in wearing)
        docs.update(a.doc_id for a in wearing)
        docs.update(a.doc_id for a in self._tables.load(db, ids).values())
        return Change(kind, operation, description, frozenset(docs), frozenset(ids))

    def _label_value(self, db: sqlite3.Connection, name: str | None) -> str | None:
        if name is None or not name.strip():
            return None
        return _require_label(self._tables.load_labels(db), name.strip()).label.name


_NOWHERE = TextSelector(start=0, end=0, exact="", prefix="", suffix="")


def _written(annotation: Annotation | None) -> Annotation | None:
    """What a user wrote of a highlight, without where it sits: an import re-anchors
    highlights (selector and state) without a new ``modified`` stamp, and undo re-fits."""
    return None if annotation is None else replace(annotation, selector=_NOWHERE,
                                                   state="anchored")


def _changed_since(current: RowSet, expected: RowSet) -> str | None:
    """The start of a sentence naming the first row that differs from ``expected``
    ("This highlight was changed", ...), or None when every row is as expected."""
    for ann_id, wanted in expected.annotations.items():
        now = current.annotations.get(ann_id)
        if _written(now) != _written(wanted):
            gone = now is None and wanted is not None
            return f"This highlight was {'deleted' if gone else 'changed'}"
    for link_id, link in expected.links.items():
        if current.links.get(link_id) != link:
            return "The link between these highlights was changed"
    for key, stored in expected.labels.items():
        if current.labels.get(key) != stored:
            named = stored or current.labels.get(key)
            return f"The label '{named.label.name if named else key}' was changed"
    return None


def _fit_to_text(annotation: Annotation, text: str) -> Annotation:
    """An annotation restored by undo, re-anchored if its document changed meanwhile."""
    selector = annotation.selector
    if annotation.state == "orphaned" or text[selector.start : selector.end] == selector.exact:
        return annotation
    spot = anchor(text, selector)
    if spot is None:
        return replace(annotation, state="orphaned")
    return replace(annotation, state=spot.state,
                   selector=make_selector(text, spot.start, spot.end))


def _occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every span of ``quote`` in ``text``: exact first, else with any run of whitespace."""
    needle = quote.strip()
    if not needle:
        return []
    spans: list[tuple[int, int]] = []
    pos = text.find(needle)
    while pos != -1:
        spans.append((pos, pos + len(needle)))
        pos = text.find(needle, pos + 1)
    if spans:
        return spans
    pattern = re.compile(r"\s+".join(re.escape(word) for word in needle.split()))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]

