"""The SQLite store: pragmas, migrations, damaged and full files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core import store as store_module
from reader.core.errors import StoreError
from reader.core.library import Library
from reader.core.store import Store
from reader.core.store.files import schema_version


def test_new_store_uses_wal_foreign_keys_and_latest_schema(tmp_path: Path) -> None:
    store = Store(tmp_path / "lib.sqlite3")
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    assert store.query("PRAGMA foreign_keys")[0][0] == 1
    assert store.version == schema_version()
    assert store.integrity_check() == "ok"
    store.close()


def test_a_failing_migration_leaves_the_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib.sqlite3"
    Store(path).close()
    before = schema_version()
    broken = [
        *store_module.migrations(),
        (before + 1, "CREATE TABLE extra (x INTEGER); THIS IS NOT SQL;"),
    ]
    monkeypatch.setattr(store_module, "migrations", lambda: broken)
    with pytest.raises(StoreError):
        Store(path)
    monkeypatch.undo()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == before
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "extra" not in tables


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite3"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {schema_version() + 5}")
    db.close()
    with pytest.raises(StoreError, match="newer Parallax"):
        Store(path)


def test_a_file_that_is_not_a_database_gets_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"this is not sqlite at all, just some text that got here" * 100)
    with pytest.raises(StoreError) as info:
        Library(tmp_path)
    message = str(info.value)
    assert "damaged" in message and str(path) in message and "\n" not in message


def test_a_full_disk_is_reported_and_nothing_is_half_written(
    library: Library, tmp_path: Path
) -> None:
    before = library.store.count_documents()
    page_count = library.store.query("PRAGMA page_count")[0][0]
    # SQLite reports SQLITE_FULL when it may not grow: the same path as a full disk.
    library.store.query(f"PRAGMA max_page_count = {page_count}")
    big = tmp_path / "big"
    big.mkdir()
    for i in range(30):
        (big / f"article-{i}.txt").write_text(
            f"Artikel {i}\n\n" + "Ein ziemlich langer deutscher Satz über Rechenzentren. " * 200,
            encoding="utf-8",
        )
    with pytest.raises(StoreError, match="full"):
        library.imports.paths([big])
    assert library.store.count_documents() == before
    assert library.store.integrity_check() == "ok"


def test_summaries_of_chosen_documents(library: Library) -> None:
    every = library.store.list_summaries()
    chosen = {every[0].id, every[3].id}
    some = library.store.list_summaries(ids=chosen)
    assert {s.id for s in some} == chosen
    assert [s.title for s in some] == sorted((s.title for s in some), key=str.lower)
    assert library.store.list_summaries(ids=[]) == []
    assert library.store.list_summaries(ids=["no-such-id"]) == []
    german = library.store.list_summaries(lang="de", ids=[s.id for s in every])
    assert {s.lang for s in german} == {"de"} and len(german) == 3


def test_data_version_moves_only_for_other_connections(library_dir: Path) -> None:
    with Library(library_dir) as first, Library(library_dir) as second:
        before = first.changes_elsewhere()
        first.store.set_meta("probe", "own write")
        assert first.changes_elsewhere() == before  # its own commit does not count
        second.store.set_meta("probe", "someone else")
        assert first.changes_elsewhere() != before
