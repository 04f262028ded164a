"""Backups: daily automatic copies, manual ones, restore, and damaged stores on open."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core import backup
from reader.core.errors import InvalidValue, NotFound, StoreDamaged
from reader.core.library import Library
from reader.core.store import STORE_FILENAME
from reader.core.store.files import check_file
from tests.annotation_helpers import annotate, annotate_seeds, state


def _corrupt_pages(path: Path) -> None:
    """Overwrite the b-tree headers of pages after the first: the file still opens."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page, len(data), 2 * page):
        data[start : start + 12] = b"\xde\xad\xbe\xef" * 3
    path.write_bytes(bytes(data))


def _checkpoint(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def test_opening_makes_at_most_one_automatic_backup_a_day(library_dir: Path) -> None:
    with Library(library_dir):
        pass
    with Library(library_dir):
        pass
    autos = [b for b in backup.list_backups(library_dir) if b.kind == "auto"]
    assert len(autos) == 1
    assert autos[0].path.parent == library_dir / "backups"
    assert check_file(autos[0].path) == "ok"


def test_automatic_backups_keep_the_last_seven(library: Library) -> None:
    start = datetime.now(UTC) + timedelta(days=1)  # after the backup the fixture's open made
    made = []
    for day in range(10):
        now = start + timedelta(days=day)
        made.append(backup.check_and_backup(library.store, library.data_dir, now=now))
        # A second open on the same day makes none.
        assert backup.check_and_backup(library.store, library.data_dir,
                                       now=now + timedelta(hours=3)) is None
    autos = [b.path for b in library.backups.files() if b.kind == "auto"]
    assert len(autos) == backup.KEEP_AUTOMATIC
    assert autos[0] == made[-1]
    assert made[0] not in autos and all(p is not None and p.exists() for p in made[-7:])


def test_automatic_backups_can_be_switched_off(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(backup.ENV_AUTO_BACKUP, "0")
    with Library(library_dir):
        pass
    assert backup.list_backups(library_dir) == []


def test_a_manual_backup_is_a_consistent_plain_copy(library: Library, tmp_path: Path) -> None:
    annotate_seeds(library)
    path = library.backups.make(tmp_path / "copy.sqlite3")
    assert path == tmp_path / "copy.sqlite3"
    assert check_file(path) == "ok"
    assert not Path(str(path) + "-wal").exists()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 5
    db.close()
    default = library.backups.make()
    assert default.parent == library.data_dir / "backups" and default.name.startswith("manual-")
    with pytest.raises(InvalidValue, match="cannot overwrite"):
        library.backups.make(library.data_dir / STORE_FILENAME)


def test_restore_brings_back_the_backup_and_keeps_the_current_store(
    library: Library,
) -> None:
    annotate_seeds(library)
    saved_state = state(library)
    path = library.backups.make()
    annotate(library, "003", "Stargate", note="after the backup")
    library.annotations.delete(library.annotations.query(label="Claim")[0].id)
    kept = library.backups.restore(path).previous
    assert state(library) == saved_state
    assert not library.annotations.can_undo  # history of the replaced store is gone
    assert library.search.query("gigawatt").total == 5
    assert library.search.query("note:italiano").annotation_total == 1
    assert library.search.query("note:after").annotation_total == 0
    assert kept is not None and kept.name.startswith("before-restore-")
    with Library(library.data_dir, auto_backup=False) as old:
        old.backups.restore(kept)
        assert old.search.query("note:after").annotation_total == 1


@pytest.mark.parametrize("kind", ["missing", "text", "damaged", "foreign"])
def test_restore_refuses_what_is_not_a_good_parallax_backup(
    library: Library, tmp_path: Path, kind: str
) -> None:
    annotate_seeds(library)
    before = state(library)
    candidate = tmp_path / "candidate.sqlite3"
    if kind == "text":
        candidate.write_text("hello, I am not a database" * 200)
    elif kind == "damaged":
        library.backups.make(candidate)
        _corrupt_pages(candidate)
    elif kind == "foreign":
        db = sqlite3.connect(candidate)
        db.execute("CREATE TABLE notes (x TEXT)")
        db.commit()
        db.close()
    with pytest.raises((InvalidValue, NotFound)) as info:
        library.backups.restore(candidate)
    assert "\n" not in str(info.value)
    assert state(library) == before
    assert not list(library.data_dir.glob(".restore-*"))


def test_a_damaged_store_names_the_newest_good_backup(library_dir: Path) -> None:
    with Library(library_dir) as library:
        annotate_seeds(library)
        older = library.backups.make()
        newest = library.backups.make()
    broken = library_dir / "backups" / "manual-29990101T000000Z.sqlite3"
    broken.write_bytes(b"not a database" * 500)  # newer, but no good
    _checkpoint(library_dir / STORE_FILENAME)
    _corrupt_pages(library_dir / STORE_FILENAME)
    with pytest.raises(StoreDamaged) as info:
        Library(library_dir)
    message = str(info.value)
    assert "damaged" in message and "\n" not in message
    assert f"the newest good backup is {newest}" in message
    assert f"parallax --data-dir {library_dir} restore {newest}" in message
    assert info.value.backup == newest and older != newest
    assert len(message) < 600  # the first problem SQLite reports, not all of them


def test_a_store_that_is_not_a_database_is_explained_with_a_backup(library_dir: Path) -> None:
    with Library(library_dir) as library:
        good = library.backups.make()
    (library_dir / STORE_FILENAME).write_bytes(b"garbage" * 1000)
    for suffix in ("-wal", "-shm"):
        (library_dir / (STORE_FILENAME + suffix)).unlink(missing_ok=True)
    with pytest.raises(StoreDamaged, match=f"newest good backup is {good}"):
        Library(library_dir)
    saved = backup.restore(library_dir, good, index_dir=library_dir / "index")
    assert saved is not None and saved.read_bytes().startswith(b"garbage")
    with Library(library_dir) as restored:
        assert len(restored.documents.summaries()) == 5


def test_without_any_backup_the_message_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / STORE_FILENAME).write_bytes(b"garbage" * 1000)
    with pytest.raises(StoreDamaged, match="there is no good backup") as info:
        Library(folder)
    assert info.value.backup is None


def test_a_damaged_store_is_never_backed_up(library_dir: Path) -> None:
    with Library(library_dir, auto_backup=False) as library:
        annotate_seeds(library)
    _checkpoint(library_dir / STORE_FILENAME)
    _corrupt_pages(library_dir / STORE_FILENAME)
    with pytest.raises(StoreDamaged):
        Library(library_dir)
    assert backup.list_backups(library_dir) == []
