"""SQL for annotations, labels and links: reads, and the ordered writes of a change set.

Every change to these tables is a :class:`RowSet` (the wanted state of some rows, None for
"absent") applied inside one store transaction by :meth:`AnnotationTables.apply`. The same
shape records the state before a change, which is how undo and redo work.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import Conflict
from ..models import (
    AnchorState,
    Annotation,
    AnnotationId,
    DocId,
    Label,
    Link,
    LinkId,
    Relation,
    TextSelector,
)
from . import damage

if TYPE_CHECKING:
    from . import Store

_CHUNK = 500

_ANN_COLUMNS = (
    'a.id, a.doc_id, a.start, a."end", a.exact, a.prefix, a.suffix, a.label, a.note, a.tags, '
    "a.created, a.modified, a.state"
)
_LINK_COLUMNS = "id, source, target, relation, created"


def label_key(name: str) -> str:
    """A label name folded as the store compares names (SQLite NOCASE: ASCII letters only)."""
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in name)


@dataclass(frozen=True, slots=True)
class StoredLabel:
    """A label with its place in the display order."""

    label: Label
    position: int


@dataclass
class RowSet:
    """The state of some annotation, link and label rows; None means "no such row"."""

    annotations: dict[AnnotationId, Annotation | None] = field(default_factory=dict)
    links: dict[LinkId, Link | None] = field(default_factory=dict)
    labels: dict[str, StoredLabel | None] = field(default_factory=dict)  # by label_key

    def is_empty(self) -> bool:
        """True when the set names no row at all."""
        return not (self.annotations or self.links or self.labels)


@dataclass(frozen=True, slots=True)
class IndexedAnnotation:
    """An annotation with what the annotation index needs of its document."""

    annotation: Annotation
    title: str
    lang: str


def _annotation(row: sqlite3.Row | tuple[Any, ...]) -> Annotation:
    state: AnchorState = row[12]
    return Annotation(
        id=AnnotationId(row[0]),
        doc_id=DocId(row[1]),
        selector=TextSelector(start=row[2], end=row[3], exact=row[4], prefix=row[5],
                              suffix=row[6]),
        label=row[7],
        note=row[8],
        tags=damage.decode(row[9], _tags_from_json, (), ("annotations", str(row[0]), "tags")),
        created=row[10],
        modified=row[11],
        state=state,
    )


def _tags_from_json(data: Any) -> tuple[str, ...]:
    if not isinstance(data, list):
        raise TypeError("tags are not a list")
    return tuple(str(tag) for tag in data)


def _link(row: sqlite3.Row | tuple[Any, ...]) -> Link:
    relation: Relation = row[3]
    return Link(id=LinkId(row[0]), source=AnnotationId(row[1]), target=AnnotationId(row[2]),
                relation=relation, created=row[4])


def _label(row: sqlite3.Row | tuple[Any, ...]) -> StoredLabel:
    return StoredLabel(Label(name=row[0], color=row[1], builtin=bool(row[2])), int(row[3]))


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    for first in range(0, len(values), _CHUNK):
        yield values[first : first + _CHUNK]


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _annotation_params(a: Annotation, rev: int) -> tuple[Any, ...]:
    s = a.selector
    return (a.id, a.doc_id, s.start, s.end, s.exact, s.prefix, s.suffix, a.label, a.note,
            json.dumps(list(a.tags), ensure_ascii=False), a.created, a.modified, a.state, rev)


class AnnotationTables:
    """The annotation, label and link tables of one store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- reads outside a transaction -----------------------------------------------------

    def query(
        self,
        *,
        doc_id: str | None = None,
        label: str | None = None,
        tag: str | None = None,
        lang: str | None = None,
        state: str | None = None,
        ids: Iterable[str] | None = None,
    ) -> list[Annotation]:
        """Annotations matching every given criterion, by document title then position."""
        where: list[str] = []
        params: list[Any] = []
        if doc_id is not None:
            where.append("a.doc_id = ?")
            params.append(doc_id)
        if label is not None:
            where.append("a.label = ?")
            params.append(label)
        if tag is not None:
            where.append(
                # CASE: a damaged tags column (see damage.py) is skipped, not an SQL error.
                "CASE WHEN json_valid(a.tags) THEN EXISTS (SELECT 1 FROM json_each(a.tags) t "
                "WHERE parallax_fold(t.value) = ?) ELSE 0 END"
            )
            params.append(tag.casefold())
        if lang is not None:
            where.append("d.lang = ?")
            params.append(lang)
        if state is not None:
            where.append("a.state = ?")
            params.append(state)
        sql = (
            f"SELECT {_ANN_COLUMNS} FROM annotations a JOIN documents d ON d.id = a.doc_id "
            "{where} ORDER BY d.title COLLATE NOCASE, a.doc_id, a.start, a.\"end\", a.id"
        )
        if ids is None:
            clause = ("WHERE " + " AND ".join(where)) if where else ""
            return [_annotation(r) for r in self._store.query(sql.format(where=clause), params)]
        found: list[Annotation] = []
        wanted = list(dict.fromkeys(ids))
        for part in _chunks(wanted):
            clause = "WHERE " + " AND ".join([*where, f"a.id IN ({_marks(part)})"])
            found += [_annotation(r) for r in self._store.query(sql.format(where=clause),
                                                                 [*params, *part])]
        return found

    def get(self, ann_id: str) -> Annotation | None:
        """One annotation by exact id."""
        rows = self._store.query(
            f"SELECT {_ANN_COLUMNS} FROM annotations a WHERE a.id = ?", (ann_id,)
        )
        return _annotation(rows[0]) if rows else None

    def ids_with_prefix(self, prefix: str, limit: int = 10) -> list[AnnotationId]:
        """Ids starting with ``prefix`` (for references typed by hand)."""
        rows = self._store.query(
            "SELECT id FROM annotations WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
            (prefix, prefix + "\uffff", limit),
        )
        return [AnnotationId(r[0]) for r in rows]

    def count(self) -> int:
        """How many annotations the library holds."""
        return int(self._store.query("SELECT count(*) FROM annotations")[0][0])

    def count_by_document(self, doc_ids: Sequence[str]) -> dict[DocId, int]:
        """Annotations per document, for the given documents that have any."""
        counts: dict[DocId, int] = {}
        for part in _chunks(list(doc_ids)):
            for row in self._store.query(
                f"SELECT doc_id, count(*) FROM annotations WHERE doc_id IN ({_marks(part)}) "
                "GROUP BY doc_id", part,
            ):
                counts[DocId(row[0])] = int(row[1])
        return counts

    def links_of(self, ann_ids: Sequence[str]) -> list[Link]:
        """Links with either end among ``ann_ids``, oldest first."""
        found: dict[LinkId, Link] = {}
        for part in _chunks(list(ann_ids)):
            marks = _marks(part)
            for row in self._store.query(
                f"SELECT {_LINK_COLUMNS} FROM links WHERE source IN ({marks}) "
                f"OR target IN ({marks})", [*part, *part],
            ):
                link = _link(row)
                found[link.id] = link
        return sorted(found.values(), key=lambda k: (k.created, k.id))

    def all_links(self) -> list[Link]:
        """Every link, oldest first."""
        rows = self._store.query(f"SELECT {_LINK_COLUMNS} FROM links ORDER BY created, id")
        return [_link(r) for r in rows]

    def get_link(self, link_id: str) -> Link | None:
        """One link by exact id."""
        rows = self._store.query(f"SELECT {_LINK_COLUMNS} FROM links WHERE id = ?", (link_id,))
        return _link(rows[0]) if rows else None

    def labels(self) -> list[StoredLabel]:
        """Every label in display order."""
        rows = self._store.query(
            "SELECT name, color, builtin, position FROM labels ORDER BY position, name"
        )
        return [_label(r) for r in rows]

    def annotations_since(
        self, rev: int, batch: int = _CHUNK
    ) -> Iterator[list[IndexedAnnotation]]:
        """Annotations changed after ``rev`` with their document's title and language."""
        last_id = ""
        while True:
            rows = self._store.query(
                f"SELECT {_ANN_COLUMNS}, d.title, d.lang FROM annotations a "
                "JOIN documents d ON d.id = a.doc_id WHERE a.rev > ? AND a.id > ? "
                "ORDER BY a.id LIMIT ?",
                (rev, last_id, batch),
            )
            if not rows:
                return
            found = [IndexedAnnotation(_annotation(r), r[13], r[14]) for r in rows]
            last_id = found[-1].annotation.id
            yield found

    def count_since(self, rev: int) -> int:
        """How many annotations changed after ``rev``."""
        return int(self._store.query("SELECT count(*) FROM annotations WHERE rev > ?",
                                     (rev,))[0][0])

    def deleted_since(self, rev: int) -> list[AnnotationId]:
        """Ids of annotations deleted after ``rev``."""
        rows = self._store.query("SELECT id FROM deleted_annotations WHERE rev > ?", (rev,))
        return [AnnotationId(r[0]) for r in rows]

    # -- reads and writes inside a transaction -------------------------------------------

    @staticmethod
    def load(db: sqlite3.Connection, ann_ids: Iterable[str]) -> dict[AnnotationId, Annotation]:
        """Annotations by id, as the transaction sees them."""
        found: dict[AnnotationId, Annotation] = {}
        for part in _chunks(list(dict.fromkeys(ann_ids))):
            for row in db.execute(
                f"SELECT {_ANN_COLUMNS} FROM annotations a WHERE a.id IN ({_marks(part)})", part
            ):
                annotation = _annotation(row)
                found[annotation.id] = annotation
        return found

    @staticmethod
    def load_where_label(db: sqlite3.Connection, name: str) -> list[Annotation]:
        """Annotations carrying a label."""
        rows = db.execute(f"SELECT {_ANN_COLUMNS} FROM annotations a WHERE a.label = ?",
                          (name,)).fetchall()
        return [_annotation(r) for r in rows]

    @staticmethod
    def load_for_documents(db: sqlite3.Connection, doc_ids: Iterable[str]) -> list[Annotation]:
        """Every annotation on the given documents."""
        found: list[Annotation] = []
        for part in _chunks(list(dict.fromkeys(doc_ids))):
            rows = db.execute(
                f"SELECT {_ANN_COLUMNS} FROM annotations a WHERE a.doc_id IN ({_marks(part)}) "
                "ORDER BY a.id", part,
            ).fetchall()
            found += [_annotation(r) for r in rows]
        return found

    @staticmethod
    def load_links(db: sqlite3.Connection, link_ids: Iterable[str]) -> dict[LinkId, Link]:
        """Links by id."""
        found: dict[LinkId, Link] = {}
        for part in _chunks(list(dict.fromkeys(link_ids))):
            for row in db.execute(
                f"SELECT {_LINK_COLUMNS} FROM links WHERE id IN ({_marks(part)})", part
            ):
                link = _link(row)
                found[link.id] = link
        return found

    @staticmethod
    def load_links_touching(db: sqlite3.Connection, ann_ids: Iterable[str]) -> list[Link]:
        """Links with either end among ``ann_ids``."""
        found: dict[LinkId, Link] = {}
        for part in _chunks(list(dict.fromkeys(ann_ids))):
            marks = _marks(part)
            for row in db.execute(
                f"SELECT {_LINK_COLUMNS} FROM links WHERE source IN ({marks}) "
                f"OR target IN ({marks})", [*part, *part],
            ):
                link = _link(row)
                found[link.id] = link
        return list(found.values())

    @staticmethod
    def find_link(db: sqlite3.Connection, a: str, b: str, relation: str) -> Link | None:
        """A link between two annotations with a relation, in either direction."""
        row = db.execute(
            f"SELECT {_LINK_COLUMNS} FROM links WHERE relation = ? AND "
            "((source = ? AND target = ?) OR (source = ? AND target = ?))",
            (relation, a, b, b, a),
        ).fetchone()
        return _link(row) if row else None

    @staticmethod
    def load_labels(db: sqlite3.Connection) -> list[StoredLabel]:
        """Every label in display order."""
        rows = db.execute(
            "SELECT name, color, builtin, position FROM labels ORDER BY position, name"
        ).fetchall()
        return [_label(r) for r in rows]

    @staticmethod
    def document_texts(db: sqlite3.Connection, doc_ids: Iterable[str]) -> dict[DocId, str]:
        """The display text of each existing document among ``doc_ids``."""
        found: dict[DocId, str] = {}
        for part in _chunks(list(dict.fromkeys(doc_ids))):
            for row in db.execute(
                f"SELECT id, text FROM documents WHERE id IN ({_marks(part)})", part
            ):
                found[DocId(row[0])] = row[1]
        return found

    @classmethod
    def snapshot(cls, db: sqlite3.Connection, like: RowSet) -> RowSet:
        """The current state of exactly the rows ``like`` names."""
        annotations = cls.load(db, like.annotations)
        links = cls.load_links(db, like.links)
        labels = ({label_key(s.label.name): s for s in cls.load_labels(db)}
                  if like.labels else {})
        return RowSet(
            annotations={i: annotations.get(i) for i in like.annotations},
            links={i: links.get(i) for i in like.links},
            labels={k: labels.get(k) for k in like.labels},
        )

    @staticmethod
    def apply(db: sqlite3.Connection, rows: RowSet, rev: int) -> None:
        """Bring the named rows to the given state, in an order the foreign keys accept."""
        if rows.is_empty():
            return
        try:
            db.executemany(
                "INSERT INTO labels (name, color, builtin, position) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET name = excluded.name, color = excluded.color, "
                "builtin = excluded.builtin, position = excluded.position",
                [(s.label.name, s.label.color, int(s.label.builtin), s.position)
                 for s in rows.labels.values() if s is not None],
            )
            kept = [a for a in rows.annotations.values() if a is not None]
            db.executemany(
                'INSERT INTO annotations (id, doc_id, start, "end", exact, prefix, suffix, '
                "label, note, tags, created, modified, state, rev) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                'doc_id = excluded.doc_id, start = excluded.start, "end" = excluded."end", '
                "exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix, "
                "label = excluded.label, note = excluded.note, tags = excluded.tags, "
                "created = excluded.created, modified = excluded.modified, "
                "state = excluded.state, rev = excluded.rev",
                [_annotation_params(a, rev) for a in kept],
            )
            db.executemany("DELETE FROM deleted_annotations WHERE id = ?",
                           [(a.id,) for a in kept])
            db.executemany(
                f"INSERT INTO links ({_LINK_COLUMNS}) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET source = excluded.source, "
                "target = excluded.target, relation = excluded.relation, "
                "created = excluded.created",
                [(k.id, k.source, k.target, k.relation, k.created)
                 for k in rows.links.values() if k is not None],
            )
            db.executemany("DELETE FROM links WHERE id = ?",
                           [(i,) for i, k in rows.links.items() if k is None])
            gone = [i for i, a in rows.annotations.items() if a is None]
            db.executemany("DELETE FROM annotations WHERE id = ?", [(i,) for i in gone])
            db.executemany(
                "INSERT OR REPLACE INTO deleted_annotations (id, rev) VALUES (?, ?)",
                [(i, rev) for i in gone],
            )
            db.executemany(
                "DELETE FROM labels WHERE name = ?",
                [(k,) for k, s in rows.labels.items() if s is None],
            )
        except sqlite3.IntegrityError as exc:
            raise Conflict(
                f"The change does not fit the library as it is now ({exc}); nothing was changed."
            ) from exc

    @staticmethod
    def delete_for_documents(db: sqlite3.Connection, doc_ids: Iterable[str], rev: int) -> None:
        """Delete every annotation of the documents (their links go with them)."""
        ids = list(doc_ids)
        db.executemany(
            "INSERT OR REPLACE INTO deleted_annotations (id, rev) "
            "SELECT id, ? FROM annotations WHERE doc_id = ?", [(rev, d) for d in ids],
        )
        db.executemany("DELETE FROM annotations WHERE doc_id = ?", [(d,) for d in ids])
