"""Backups of the library store: automatic daily copies, manual ones, checks and restore.

Copies are made with SQLite's online backup API (a consistent snapshot even while another
process writes) into ``<data dir>/backups/`` as plain rollback-journal files named
``<kind>-<UTC time>.sqlite3``: ``auto`` (at most one a day, on open, the last
:data:`KEEP_AUTOMATIC` kept), ``manual`` (``parallax backup``) and ``before-restore`` (the
store as it was before a restore replaced it). Backups are never made of a damaged store,
so a corrupt file cannot push the good copies out. An automatic backup that cannot be
written (a full disk) is a warning, never a reason to refuse opening the library.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shlex
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .errors import InvalidValue, NotFound, StoreDamaged, StoreError, StoreMissing, is_disk_full
from .locking import pid_alive
from .store import STORE_FILENAME, Store
from .store.files import check_file, copy_database, describe_store_file, schema_version

BACKUP_DIRNAME = "backups"
KEEP_AUTOMATIC = 7
AUTO_INTERVAL = timedelta(days=1)
# Stores up to this size get SQLite's quick_check on every open; bigger ones once a day,
# just before their daily backup.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
ENV_AUTO_BACKUP = "PARALLAX_AUTO_BACKUP"

_log = logging.getLogger(__name__)

_NAME = re.compile(r"^(auto|manual|before-restore)-(\d{8}T\d{6}Z)(?:-(\d+))?\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True, slots=True)
class BackupFile:
    """One backup in the backups folder: its path, kind and when it was taken (UTC)."""

    path: Path
    kind: str
    taken: datetime


def backup_dir(data_dir: Path) -> Path:
    """The folder holding a library's backups."""
    return data_dir / BACKUP_DIRNAME


def auto_backup_enabled() -> bool:
    """False when ``$PARALLAX_AUTO_BACKUP`` is ``0``, ``no`` or ``off``."""
    return os.environ.get(ENV_AUTO_BACKUP, "1").strip().lower() not in ("0", "no", "off", "false")


def list_backups(data_dir: Path) -> list[BackupFile]:
    """Every backup of the library, newest first."""
    found: list[tuple[datetime, int, int, BackupFile]] = []
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            taken = datetime.strptime(match.group(2), _STAMP).replace(tzinfo=UTC)
            # Several in one second: the later copy has the later mtime and counter.
            order = (taken, path.stat().st_mtime_ns, int(match.group(3) or 0))
            found.append((*order, BackupFile(path, match.group(1), taken)))
    return [entry[-1] for entry in sorted(found, key=lambda e: e[:3], reverse=True)]


def new_backup_path(data_dir: Path, kind: str, now: datetime | None = None) -> Path:
    """A fresh file name in the backups folder for a backup of ``kind`` taken ``now``."""
    stamp = (now or datetime.now(UTC)).strftime(_STAMP)
    folder = backup_dir(data_dir)
    candidate = folder / f"{kind}-{stamp}.sqlite3"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{kind}-{stamp}-{counter}.sqlite3"
        counter += 1
    return candidate


def make_backup(store: Store, data_dir: Path, dest: Path | None = None,
                kind: str = "manual") -> Path:
    """Copy the store to ``dest`` (default: a new file in the backups folder); returns it."""
    target = dest.expanduser() if dest is not None else new_backup_path(data_dir, kind)
    if target.resolve() == store.path.resolve():
        raise InvalidValue("A backup cannot overwrite the library file itself.")
    store.backup_to(target)
    return target


def newest_good_backup(data_dir: Path) -> Path | None:
    """The newest backup that passes SQLite's integrity check, if any."""
    for candidate in list_backups(data_dir):
        if check_file(candidate.path) == "ok":
            return candidate.path
    return None


def _first_problem(detail: str) -> str:
    """The first line of SQLite's integrity report (it may list hundreds of pages)."""
    lines = [line.strip() for line in detail.replace(";", "\n").splitlines() if line.strip()]
    if len(lines) <= 1:
        return detail.strip()
    return f"{lines[0]}, and {len(lines) - 1} more problem{'s' if len(lines) > 2 else ''}"


def damage_error(data_dir: Path, store_path: Path, detail: str) -> StoreDamaged:
    """The one-sentence error for a damaged store, naming the newest good backup."""
    detail = _first_problem(detail)
    good = newest_good_backup(data_dir)
    if good is None:
        return StoreDamaged(
            f"The library file {store_path} is damaged ({detail}) and there is no good backup "
            f"in {backup_dir(data_dir)}; move the file aside to start an empty library.",
        )
    when = _when(data_dir, good)
    return StoreDamaged(
        f"The library file {store_path} is damaged ({detail}); the newest good backup is "
        f"{good}{when}: restore it with "
        f"'parallax --data-dir {shlex.quote(str(data_dir))} restore {shlex.quote(str(good))}'.",
        backup=good,
    )


def _when(data_dir: Path, path: Path) -> str:
    taken = next((b.taken for b in list_backups(data_dir) if b.path == path), None)
    return f" from {taken:%Y-%m-%d %H:%M} UTC" if taken else ""


def missing_store_error(data_dir: Path, store_path: Path, index_dir: Path) -> StoreMissing | None:
    """The error for a missing or empty store that a library used to live in, else None.

    A library never silently starts over: when the store file is gone or has 0 bytes but
    the folder still holds backups (or a search index) of a library, opening it is refused
    with one sentence naming the newest good backup and how to restore it, or how to start
    a new library on purpose (``--new-library``).
    """
    try:
        size = store_path.stat().st_size
        what = "is empty (0 bytes)"
    except FileNotFoundError:
        size, what = 0, "is missing"
    if size > 0:
        return None
    backups = list_backups(data_dir)
    has_index = (index_dir / "parallax-index.json").is_file()
    if not backups and not has_index:
        return None
    folder = shlex.quote(str(data_dir))
    start_new = f"'parallax --data-dir {folder} --new-library info'"
    good = newest_good_backup(data_dir)
    if good is not None:
        return StoreMissing(
            f"The library file {store_path} {what}, but {backup_dir(data_dir)} holds "
            f"backups of a library, the newest good one {good}{_when(data_dir, good)}: "
            f"restore it with 'parallax --data-dir {folder} restore {shlex.quote(str(good))}', "
            f"or start a new, empty library with {start_new}.",
            backup=good,
        )
    where = (f"the backups in {backup_dir(data_dir)} are damaged" if backups
             else f"its search index remains in {index_dir}")
    return StoreMissing(
        f"The library file {store_path} {what}, but {where}, so a library was moved or "
        f"deleted: put the file back, or start a new, empty library with {start_new}.",
    )


def content_size(path: Path) -> int:
    """Documents plus annotations in a store file (opened read-only); -1 if unreadable."""
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return -1
    try:
        total = int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "annotations" in tables:
            total += int(db.execute("SELECT count(*) FROM annotations").fetchone()[0])
        return total
    except sqlite3.Error:
        return -1
    finally:
        db.close()


def rotate_automatic(data_dir: Path, current_content: int) -> list[Path]:
    """Delete old automatic backups; returns those deleted.

    The newest :data:`KEEP_AUTOMATIC` are kept, and so are the newest
    :data:`KEEP_AUTOMATIC` of those holding more content (documents plus annotations) than
    the library now has: the daily backups of a library that lost its store (or most of
    it) never push the copies of the fuller library out.
    """
    autos = [b for b in list_backups(data_dir) if b.kind == "auto"]
    if len(autos) <= KEEP_AUTOMATIC:
        return []
    keep = {b.path for b in autos[:KEEP_AUTOMATIC]}
    richer = [b for b in autos[KEEP_AUTOMATIC:] if content_size(b.path) > current_content]
    keep.update(b.path for b in richer[:KEEP_AUTOMATIC])
    deleted = []
    for old in autos:
        if old.path not in keep:
            old.path.unlink(missing_ok=True)
            deleted.append(old.path)
    return deleted


def remove_leftovers(data_dir: Path) -> list[Path]:
    """Delete the temporary files of a restore or backup whose process was killed.

    Only files named with the id of a process that is no longer running are removed.
    """
    removed = []
    patterns = [(data_dir, re.compile(r"^\.restore-(\d+)\.sqlite3(?:-wal|-shm|-journal)?$"))]
    tmp_name = re.compile(r"^\..+\.(\d+)\.tmp(?:-wal|-shm|-journal)?$")
    patterns += [(data_dir, tmp_name), (backup_dir(data_dir), tmp_name)]
    for folder, pattern in patterns:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for path in entries:
            match = pattern.match(path.name)
            if match and not pid_alive(int(match.group(1))):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def backup_due(store: Store, data_dir: Path, *, auto: bool = True,
               now: datetime | None = None) -> bool:
    """Whether opening the library makes today's automatic backup (a cheap look)."""
    moment = now or datetime.now(UTC)
    autos = [b for b in list_backups(data_dir) if b.kind == "auto"]
    due = auto and (not autos or moment - autos[0].taken >= AUTO_INTERVAL)
    return due and store.count_documents() > 0


def check_and_backup(store: Store, data_dir: Path, *, auto: bool = True,
                     now: datetime | None = None,
                     warn: Callable[[str], None] | None = None) -> Path | None:
    """On open: check small stores (and any store due a backup), back up once a day.

    Raises StoreDamaged, naming the newest good backup, when the check fails. Returns the
    new automatic backup, if one was made. A backup that cannot be written (a full disk)
    is passed to ``warn`` as one sentence (logged without ``warn``) and tried again on the
    next open.
    """
    moment = now or datetime.now(UTC)
    due = backup_due(store, data_dir, auto=auto, now=moment)
    try:
        size = store.path.stat().st_size
    except OSError:
        size = 0
    if due or size <= QUICK_CHECK_MAX_BYTES:
        verdict = store.quick_check()
        if verdict != "ok":
            raise damage_error(data_dir, store.path, verdict)
    if not due:
        return None
    target = new_backup_path(data_dir, "auto", moment)
    try:
        made = make_backup(store, data_dir, target, "auto")
    except StoreError as exc:
        message = auto_backup_warning(exc, target)
        if warn is not None:
            warn(message)
        else:  # nobody shows it: log it
            _log.warning(message)
        return None
    rotate_automatic(data_dir, store.count_documents() + store.annotations.count())
    return made


def auto_backup_warning(exc: StoreError, target: Path) -> str:
    """The one sentence for an automatic backup that could not be written."""
    cause = exc.__cause__ or exc
    if is_disk_full(cause, target):
        return (f"Today's automatic backup was not made because the disk holding "
                f"{target.parent} is full; the library itself is unchanged, and the backup "
                "is tried again the next time it is opened.")
    return (f"Today's automatic backup was not made ({str(exc).rstrip('.')}); the library "
            "itself is unchanged, and the backup is tried again the next time it is opened.")


def _checked_copy(source: Path, work_dir: Path) -> Path:
    """A copy of ``source`` beside the store, checked to be a whole Parallax library."""
    if not source.is_file():
        raise NotFound(f"There is no backup file {source}.")
    tmp = work_dir / f".restore-{os.getpid()}.sqlite3"
    try:
        copy_database(source, tmp)
        verdict = check_file(tmp)
        version, tables = describe_store_file(tmp) if verdict == "ok" else (0, set())
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise InvalidValue(f"{source} is not a Parallax library backup ({exc}).") from exc
    if verdict != "ok":
        tmp.unlink(missing_ok=True)
        raise InvalidValue(f"{source} is damaged ({verdict}); choose another backup.")
    if not {"meta", "documents"} <= tables or not 1 <= version <= schema_version():
        tmp.unlink(missing_ok=True)
        newer = version > schema_version()
        raise InvalidValue(
            f"{source} is not a Parallax library backup this version can restore"
            + (" (it was written by a newer Parallax)." if newer else ".")
        )
    return tmp


def _save_current(store_path: Path, data_dir: Path) -> Path | None:
    """Keep the store being replaced: a backup copy if it opens, else its raw files."""
    if not store_path.exists():
        return None
    target = new_backup_path(data_dir, "before-restore")
    try:
        current = Store(store_path)
    except StoreError:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(store_path, target)
        for suffix in ("-wal", "-shm"):
            companion = store_path.with_name(store_path.name + suffix)
            if companion.exists():
                shutil.copy2(companion, target.with_name(target.name + suffix))
        return target
    try:
        current.backup_to(target)
    finally:
        current.close()
    return target


def restore(data_dir: Path, source: Path, *, index_dir: Path | None = None) -> Path | None:
    """Replace the library store with a backup; returns where the old store was saved.

    The backup is copied and checked first; the current store (damaged or not) is kept
    under ``backups/before-restore-…``; the search index is deleted, to be rebuilt. The
    store must not be open in this process; other Parallax windows should be closed.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    store_path = data_dir / STORE_FILENAME
    checked = _checked_copy(source.expanduser(), data_dir)
    try:
        saved = _save_current(store_path, data_dir)
        for suffix in ("-wal", "-shm"):
            store_path.with_name(store_path.name + suffix).unlink(missing_ok=True)
        os.replace(checked, store_path)
    finally:
        checked.unlink(missing_ok=True)
    if index_dir is not None:
        shutil.rmtree(index_dir, ignore_errors=True)
    return saved
