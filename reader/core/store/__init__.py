"""The SQLite store: schema, numbered migrations and every SQL statement of the core."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import StoreDamaged, StoreError, is_disk_full
from ..models import DocId, Document, DocumentSummary, Paragraph, ParagraphKind
from . import damage
from .annotations import AnnotationTables

STORE_FILENAME = "library.sqlite3"
BUSY_TIMEOUT_MS = 10_000


def _sql_resource(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def migrations() -> list[tuple[int, str]]:
    """Numbered upgrade scripts after the base schema, as ``(version, sql)`` in order."""
    folder = resources.files(__package__).joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = re.match(r"^(\d+)_.*\.sql$", entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    for expected, (version, _) in enumerate(found, start=2):
        if version != expected:
            raise RuntimeError(f"Migration {version} is out of sequence (expected {expected}).")
    return found


def schema_version() -> int:
    """The schema version this code writes."""
    return 1 + len(migrations())


def is_damage(exc: sqlite3.Error) -> bool:
    """True when SQLite reports a corrupt or foreign file."""
    message = str(exc).lower()
    return "not a database" in message or "malformed" in message or "corrupt" in message


def _fold(value: str | int | float | None) -> str | int | float | None:
    return value.casefold() if isinstance(value, str) else value


def check_file(path: Path) -> str:
    """SQLite's integrity check of a database file opened read-only: ``ok`` or the problems.

    Files that cannot be opened or read as SQLite give a description instead of raising.
    """
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return f"cannot be opened ({exc})"
    try:
        rows = db.execute("PRAGMA integrity_check").fetchall()
        return "; ".join(str(row[0]) for row in rows[:5])
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        db.close()


def describe_store_file(path: Path) -> tuple[int, set[str]]:
    """The schema version and table names of a database file opened read-only."""
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return version, tables
    finally:
        db.close()


def copy_database(source: Path, dest: Path) -> None:
    """Copy a database file that is not in use (a backup) to ``dest`` as a plain file.

    The source is only read (never opened by SQLite, so nothing is written beside it); a
    ``-wal`` companion is copied along and folded in. Raises sqlite3.Error when the file
    is not a database.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    companions = [tmp.with_name(tmp.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    try:
        shutil.copyfile(source, tmp)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, companions[0])
        db = sqlite3.connect(tmp, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            db.close()
        os.replace(tmp, dest)
    finally:
        for path in (tmp, *companions):
            path.unlink(missing_ok=True)


def _backup_connection(src: sqlite3.Connection, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        out = sqlite3.connect(tmp, isolation_level=None)
        try:
            src.backup(out)
            # A backup is a plain file: no -wal/-shm companions to lose when it is copied.
            out.execute("PRAGMA journal_mode = DELETE").fetchone()
        finally:
            out.close()
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def describe_sqlite_error(exc: sqlite3.Error | OSError, path: Path) -> str:
    """One sentence for the user about what went wrong with the store file."""
    message = str(exc).lower()
    if "full" in message or is_disk_full(exc, path):
        return (f"The disk holding {path} is full, so nothing was written; free some space "
                "and retry.")
    if "locked" in message or "busy" in message:
        return f"The library at {path} is busy in another Parallax window; try again in a moment."
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return (f"The library file {path} is damaged ({exc}). Restore a backup with "
                "'parallax restore'.")
    if "readonly" in message or "read-only" in message:
        return f"The library file {path} is read-only; Parallax cannot save changes to it."
    if "unable to open" in message:
        return f"The library file {path} cannot be opened (check the folder's permissions)."
    return f"The library store at {path} failed: {exc}."


def _paragraphs_to_json(paragraphs: Iterable[Paragraph]) -> str:
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


def _meta_sql(key: str) -> str:
    """SQL for one metadata field of a document row, '' when absent or unreadable."""
    return (f"CASE WHEN json_valid(metadata) THEN coalesce(json_extract(metadata, '$.{key}'), "
            "'') ELSE '' END")


_DOC_COLUMNS = (
    "id, source, title, text, content_hash, format, lang, lang_confidence, paragraphs, "
    "display_html, metadata, imported_at, modified_at"
)


def _document(row: sqlite3.Row) -> Document:
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
        self._db.create_function("parallax_fold", 1, _fold, deterministic=True)

    def _upgrade(self) -> None:
        current = self._db.execute("PRAGMA user_version").fetchone()[0]
        steps = [(1, _sql_resource("schema.sql"))] if current == 0 else []
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
                _backup_connection(self._db, dest)
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
            rows = self.query(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id > ? "
                              "ORDER BY id LIMIT 500", (last,))
            if not rows:
                break
            for row in rows:
                _document(row)
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
            f"{c} = excluded.{c}" for c in [*_DOC_COLUMNS.split(", ")[1:], "rev"]
        )
        db.executemany(
            f"INSERT INTO documents ({_DOC_COLUMNS}, rev) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}",
            [
                (
                    d.id, d.source, d.title, d.text, d.content_hash, d.format, d.lang,
                    d.lang_confidence, _paragraphs_to_json(d.paragraphs), d.display_html,
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
        rows = self.query(f"SELECT {_DOC_COLUMNS} FROM documents WHERE id = ?", (doc_id,))
        return _document(rows[0]) if rows else None

    def get_documents(self, doc_ids: Iterable[str]) -> dict[DocId, Document]:
        """Several documents by id."""
        ids = list(doc_ids)
        found: dict[DocId, Document] = {}
        for chunk in range(0, len(ids), 500):
            part = ids[chunk : chunk + 500]
            marks = ",".join("?" * len(part))
            for row in self.query(
                f"SELECT {_DOC_COLUMNS} FROM documents WHERE id IN ({marks})", part
            ):
                doc = _document(row)
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
            f"{_meta_sql('author')} AS author, {_meta_sql('published')} AS published, "
            f"{_meta_sql('site')} AS site FROM documents {{where}} "
            "ORDER BY title COLLATE NOCASE, id"
        )
        count = self._annotation_count_sql()
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

    def _annotation_count_sql(self) -> str:
        tables = {r[0] for r in self.query("SELECT name FROM sqlite_master WHERE type='table'")}
        if "annotations" in tables:
            return "(SELECT count(*) FROM annotations a WHERE a.doc_id = documents.id)"
        return "0"

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
                f"SELECT {_DOC_COLUMNS} FROM documents WHERE rev > ? AND id > ? "
                "ORDER BY id LIMIT ?",
                (rev, last_id, batch),
            )
            if not rows:
                return
            docs = [_document(row) for row in rows]
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
