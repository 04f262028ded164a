"""The SQLite store: schema, numbered migrations and every SQL statement of the core."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreDamaged, StoreError, is_disk_full
from ..models import DocId, Document, DocumentSummary
from . import damage
from .annotations import AnnotationTables
from .files import (
    backup_connection,
    describe_sqlite_error,
    fold,
    is_damage,
    migrations,
    schema_version,
    sql_resource,
)
from .rows import DOC_COLUMNS, document_of, meta_sql, paragraphs_to_json

STORE_FILENAME = "library.sqlite3"
BUSY_TIMEOUT_MS = 10_000


class Store:
    """One SQLite library file, opened in WAL mode with foreign keys on.

    A single connection is shared by the threads of one process behind a lock; other
    processes (a second window, the command line) coordinate through SQLite's own locking.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self.annotations = AnnotationTables(self)
        self._open()

    def _open(self) -> None:
        path = self.path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False,
                timeout=BUSY_TIMEOUT_MS / 1000,
            )
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"The library file {path} cannot be opened: {exc}.") from exc
        self._db.row_factory = sqlite3.Row
        try:
            self._configure()
            try:
                self._upgrade()
            except sqlite3.OperationalError as exc:
                # Another process created (or upgraded) the schema between our reading the
                # version and our exclusive transaction: ours rolled back; look again.
                if "already exists" not in str(exc):
                    raise
                self._upgrade()
        except sqlite3.Error as exc:
            self._db.close()
            if is_damage(exc):
                raise StoreDamaged(describe_sqlite_error(exc, path)) from exc
            if is_disk_full(exc, path):
                raise StoreError(
                    f"The disk holding {path} is full, and the library needs a little room "
                    "even to be read; free some space and retry."
                ) from exc
            raise StoreError(describe_sqlite_error(exc, path)) from exc

    # -- lifecycle ---------------------------------------------------------------------

    def _configure(self) -> None:
        self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the schema fails at once on a file that is not a SQLite database.
        self._db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self._db.execute("PRAGMA journal_mode = WAL").fetchone()
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.create_function("parallax_fold", 1, fold, deterministic=True)

    def _upgrade(self) -> None:
        current = self._db.execute("PRAGMA user_version").fetchone()[0]
        steps = [(1, sql_resource("schema.sql"))] if current == 0 else []
        steps += [(v, sql) for v, sql in migrations() if v > max(current, 1)]
        latest = schema_version()
        if current > latest:
            raise StoreError(
                f"The library at {self.path} was written by a newer Parallax (schema "
                f"{current}, this version knows {latest}); upgrade Parallax to open it."
            )
        if not steps:
            return
        # One exclusive transaction for all steps: a failure leaves the file as it was.
        script = "BEGIN EXCLUSIVE;\n"
        for version, sql in steps:
            script += f"{sql}\nPRAGMA user_version = {version};\n"
        script += "COMMIT;"
        try:
            self._db.executescript(script)
        except sqlite3.Error:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        with self._lock:
            self._db.close()

    def reopen(self) -> None:
        """Close and open the file again (after it was replaced by a restore)."""
        with self._lock:
            self._db.close()
            self._open()

    def quick_check(self) -> str:
        """SQLite's quick integrity check of the open file: ``ok`` or the first problems."""
        try:
            rows = self.query("PRAGMA quick_check")
        except StoreError as exc:
            return str(exc.__cause__ or exc)
        return "; ".join(str(row[0]) for row in rows[:5])

    def backup_to(self, dest: Path) -> None:
        """Write a consistent copy of the store to ``dest`` with the online backup API."""
        with self._lock:
            try:
                backup_connection(self._db, dest)
            except sqlite3.Error as exc:
                raise StoreError(describe_sqlite_error(exc, dest)) from exc
            except OSError as exc:
                if is_disk_full(exc, dest):
                    raise StoreError(describe_sqlite_error(exc, dest)) from exc
                raise StoreError(
                    f"The backup {dest} cannot be written: {exc.strerror or exc}."
                ) from exc

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """An immediate write transaction, rolled back on any error."""
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise StoreError(describe_sqlite_error(exc, self.path)) from exc
            try:
                yield self._db
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise StoreError(describe_sqlite_error(exc, self.path)) from exc
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        """Run a read query under the lock."""
        with self._lock:
            try:
                return self._db.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(describe_sqlite_error(exc, self.path)) from exc

    def data_version(self) -> int | None:
        """SQLite's ``PRAGMA data_version``: it changes when another connection (another
        window, the command line) commits to the file, never for this one's own commits.

        None while this process is using the connection (a long import, say): ask again
        later. Never waits, so a window can poll it from its event loop.
        """
        if not self._lock.acquire(blocking=False):
            return None
        try:
            return int(self._db.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None
        finally:
            self._lock.release()

    @property
    def version(self) -> int:
        """The schema version of the open file."""
        return int(self.query("PRAGMA user_version")[0][0])

    def integrity_check(self) -> str:
        """SQLite's full integrity check: ``ok`` or the first problems found."""
        rows = self.query("PRAGMA integrity_check")
        return "; ".join(str(row[0]) for row in rows[:5])

    def damaged_rows(self) -> list[tuple[str, str, str]]:
        """Every row whose JSON columns cannot be read, as ``(table, id, column)``."""
        damage.take()
        found: list[tuple[str, str, str]] = []
        last = ""
        while True:
            rows = self.query(f"SELECT {DOC_COLUMNS} FROM documents WHERE id > ? "
                              "ORDER BY id LIMIT 500", (last,))
            if not rows:
                break
            for row in rows:
                document_of(row)
            last = rows[-1]["id"]
        self.annotations.query()
        found += damage.take()
        return sorted(set(found))

    # -- meta and revision counter -------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value from the meta table."""
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set_meta(self, key: str, value: str) -> None:
        """Store a value in the meta table."""
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def current_rev(self) -> int:
        """The library's change counter."""
        return int(self.get_meta("rev", "0") or 0)

    @staticmethod
    def next_rev(db: sqlite3.Connection) -> int:
        """Bump the change counter inside a write transaction; returns the new value."""
        return Store._next_rev(db)

    @staticmethod
    def _next_rev(db: sqlite3.Connection) -> int:
        row = db.execute(
            "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'rev' "
            "RETURNING value"
        ).fetchone()
        return int(row[0])

    # -- documents ---------------------------------------------------------------------

    def save_documents(self, documents: Iterable[Document]) -> int:
        """Insert or update documents in one transaction; returns the new revision."""
        with self.transaction() as db:
            rev = self._next_rev(db)
            self.write_documents(db, documents, rev)
            return rev

    @staticmethod
    def write_documents(db: sqlite3.Connection, documents: Iterable[Document], rev: int) -> None:
        """Insert or update documents inside the caller's transaction.

        An upsert, never INSERT OR REPLACE: replacing would delete the row first, which
        the annotations' foreign key refuses (and a cascade would silently lose them).
        """
        docs = list(documents)
        updates = ", ".join(
            f"{c} = excluded.{c}" for c in [*DOC_COLUMNS.split(", ")[1:], "rev"]
        )
        db.executemany(
            f"INSERT INTO documents ({DOC_COLUMNS}, rev) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}",
            [
                (
                    d.id, d.source, d.title, d.text, d.content_hash, d.format, d.lang,
                    d.lang_confidence, paragraphs_to_json(d.paragraphs), d.display_html,
                    json.dumps(dict(d.metadata), ensure_ascii=False), d.imported_at,
                    d.modified_at, rev,
                )
                for d in docs
            ],
        )
        db.executemany("DELETE FROM deleted_documents WHERE id = ?", [(d.id,) for d in docs])

    @staticmethod
    def link_originals(db: sqlite3.Connection, originals: Iterable[tuple[str, bytes, str]]
                       ) -> None:
        """Keep each document's original bytes (doc id, bytes, file name), content-addressed,
        inside the caller's transaction; a blob no document uses any more is deleted."""
        rows = [(doc_id, hashlib.sha256(data).hexdigest(), data, name)
                for doc_id, data, name in originals]
        if not rows:
            return
        db.executemany("INSERT OR IGNORE INTO originals (sha256, size, data) VALUES (?, ?, ?)",
                       [(sha, len(data), data) for _, sha, data, _ in rows])
        db.executemany(
            "INSERT INTO document_originals (doc_id, sha256, name) VALUES (?, ?, ?) "
            "ON CONFLICT (doc_id) DO UPDATE SET sha256 = excluded.sha256, name = excluded.name",
            [(doc_id, sha, name) for doc_id, sha, _, name in rows])
        Store.prune_originals(db)

    @staticmethod
    def prune_originals(db: sqlite3.Connection) -> None:
        """Delete the original bytes no document refers to."""
        db.execute("DELETE FROM originals WHERE sha256 NOT IN "
                   "(SELECT sha256 FROM document_originals)")

    def set_original(self, doc_id: DocId, data: bytes, name: str) -> None:
        """Keep a document's original bytes (for one imported before originals were kept)."""
        with self.transaction() as db:
            self.link_originals(db, [(doc_id, data, name)])

    def original_of(self, doc_id: str) -> tuple[str, bytes] | None:
        """A document's original file name and bytes, None when it has none kept."""
        rows = self.query(
            "SELECT d.name, o.data FROM document_originals d JOIN originals o USING (sha256) "
            "WHERE d.doc_id = ?", (doc_id,))
        return (rows[0]["name"], bytes(rows[0]["data"])) if rows else None

    def originals_size(self) -> int:
        """The bytes of every kept original, added up."""
        return int(self.query("SELECT coalesce(sum(size), 0) FROM originals")[0][0])

    def set_source(self, doc_id: DocId, source: str) -> None:
        """Record that a document's file now lives elsewhere."""
        with self.transaction() as db:
            db.execute("UPDATE documents SET source = ? WHERE id = ?", (source, doc_id))

    def delete_documents(
        self, doc_ids: Iterable[DocId], *, with_annotations: bool = False
    ) -> int:
        """Delete documents; returns the new revision.

        Documents that still have annotations are refused by the schema (ON DELETE
        RESTRICT) unless ``with_annotations`` deletes those annotations first.
        """
        ids = list(doc_ids)
        with self.transaction() as db:
            rev = self._next_rev(db)
            if with_annotations:
                self.annotations.delete_for_documents(db, ids, rev)
            db.executemany("DELETE FROM documents WHERE id = ?", [(i,) for i in ids])
            self.prune_originals(db)  # their links went with them (ON DELETE CASCADE)
            db.executemany(
                "INSERT OR REPLACE INTO deleted_documents (id, rev) VALUES (?, ?)",
                [(i, rev) for i in ids],
            )
            return rev

    def get_document(self, doc_id: str) -> Document | None:
        """A document by exact id."""
        rows = self.query(f"SELECT {DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,))
        return document_of(rows[0]) if rows else None

    def get_documents(self, doc_ids: Iterable[str]) -> dict[DocId, Document]:
        """Several documents by id."""
        ids = list(doc_ids)
        found: dict[DocId, Document] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            for row in self.query(
                f"SELECT {DOC_COLUMNS} FROM documents WHERE id IN ({marks})", part
            ):
                doc = document_of(row)
                found[doc.id] = doc
        return found

    def find_ids(self, *, source: str | None = None, content_hash: str | None = None,
                 id_prefix: str | None = None, name: str | None = None,
                 url: str | None = None, url_key: str = "url") -> list[DocId]:
        """Ids of documents matching one criterion (source path, hash, id prefix, file name,
        web address in the metadata under ``url_key``)."""
        if url is not None:
            if not url_key.replace("_", "").isalnum():
                raise ValueError(f"not a metadata key: {url_key!r}")
            rows = self.query(
                "SELECT id FROM documents WHERE json_valid(metadata) "
                f"AND json_extract(metadata, '$.{url_key}') = ?", (url,))
        elif source is not None:
            rows = self.query("SELECT id FROM documents WHERE source = ?", (source,))
        elif content_hash is not None:
            rows = self.query("SELECT id FROM documents WHERE content_hash = ?", (content_hash,))
        elif id_prefix is not None:
            rows = self.query(
                "SELECT id FROM documents WHERE id >= ? AND id < ?",
                (id_prefix, id_prefix + "\uffff"),
            )
        elif name is not None:
            # Matches a file name with or without extension, or its leading part ("000").
            rows = self.query(
                "SELECT id FROM documents WHERE source LIKE ? ESCAPE '\\' OR source LIKE ? "
                "ESCAPE '\\' OR source = ?",
                ("%/" + _like(name) + "%", "%\\" + _like(name) + "%", name),
            )
        else:
            rows = []
        return [DocId(row[0]) for row in rows]

    def list_summaries(
        self, lang: str | None = None, ids: Iterable[str] | None = None
    ) -> list[DocumentSummary]:
        """Every document (or those of ``ids``) without its text, ordered by title."""
        sql = (
            "SELECT id, title, source, lang, lang_confidence, length(text) AS n_chars, format, "
            "imported_at, {count} AS n_annotations, "
            # A damaged metadata column (see damage.py) reads as empty, not an SQL error.
            f"{meta_sql('author')} AS author, {meta_sql('published')} AS published, "
            f"{meta_sql('site')} AS site FROM documents {{where}} "
            "ORDER BY title COLLATE NOCASE, id"
        )
        count = "(SELECT count(*) FROM annotations a WHERE a.doc_id = documents.id)"
        clauses: list[str] = []
        params: list[str] = []
        if lang:
            clauses.append("lang = ?")
            params.append(lang)
        if ids is not None:
            wanted = sorted(set(ids))
            if not wanted:
                return []
            clauses.append("id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(wanted))
        where = "WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self.query(sql.format(count=count, where=where), params)
        return [
            DocumentSummary(
                id=DocId(r["id"]), title=r["title"], source=r["source"], lang=r["lang"],
                lang_confidence=r["lang_confidence"], n_chars=r["n_chars"], format=r["format"],
                imported_at=r["imported_at"], n_annotations=r["n_annotations"],
                author=str(r["author"]), published=str(r["published"]), site=str(r["site"]),
            )
            for r in rows
        ]

    def count_documents(self) -> int:
        """How many documents the library holds."""
        return int(self.query("SELECT count(*) FROM documents")[0][0])

    def language_counts(self) -> dict[str, int]:
        """Documents per language tag."""
        rows = self.query("SELECT lang, count(*) FROM documents GROUP BY lang ORDER BY 2 DESC")
        return {row[0]: row[1] for row in rows}

    def documents_since(self, rev: int, batch: int = 500) -> Iterator[list[Document]]:
        """Documents changed after ``rev``, in batches (for incremental indexing)."""
        last_id = ""
        while True:
            rows = self.query(
                f"SELECT {DOC_COLUMNS} FROM documents WHERE rev > ? AND id > ? "
                "ORDER BY id LIMIT ?",
                (rev, last_id, batch),
            )
            if not rows:
                return
            docs = [document_of(row) for row in rows]
            last_id = docs[-1].id
            yield docs

    def count_since(self, rev: int) -> int:
        """How many documents changed after ``rev``."""
        return int(self.query("SELECT count(*) FROM documents WHERE rev > ?", (rev,))[0][0])

    def deleted_since(self, rev: int) -> list[DocId]:
        """Ids of documents deleted after ``rev``."""
        rows = self.query("SELECT id FROM deleted_documents WHERE rev > ?", (rev,))
        return [DocId(row[0]) for row in rows]


def _like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
