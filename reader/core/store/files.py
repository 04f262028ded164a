"""The SQLite file itself: schema scripts and numbered migrations, read-only checks and
descriptions of a file, copies, and one sentence for each way the file can fail."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from importlib import resources
from pathlib import Path

from ..errors import is_disk_full


def sql_resource(name: str) -> str:
    """A SQL script shipped with the store (``schema.sql``)."""
    return resources.files("reader.core.store").joinpath(name).read_text(encoding="utf-8")


def migrations() -> list[tuple[int, str]]:
    """Numbered upgrade scripts after the base schema, as ``(version, sql)`` in order."""
    folder = resources.files("reader.core.store").joinpath("migrations")
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


def fold(value: str | int | float | None) -> str | int | float | None:
    """Case-folded text (SQL ``parallax_fold``); other values as they are."""
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


def backup_connection(src: sqlite3.Connection, dest: Path) -> None:
    """Copy an open database (online backup API) to ``dest``, a plain file put in place whole."""
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
