"""A missing or empty library file next to backups is reported, never a new library."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.core import backup as store_backup
from reader.core.errors import StoreMissing
from reader.core.library import Library
from reader.core.store import STORE_FILENAME

from .conftest import assert_one_sentence, parallax


def _annotated_with_backups(folder: Path, n: int = 7) -> list[Path]:
    """A seed library with a highlight and ``n`` daily automatic backups of it."""
    with Library(folder, auto_backup=False) as library:
        doc = library.documents.summaries()[0]
        library.annotations.create(doc.id, 0, 10, note="mine")
        start = datetime(2026, 1, 1, tzinfo=UTC)
        made = []
        for day in range(n):
            target = store_backup.new_backup_path(folder, "auto", start + timedelta(days=day))
            made.append(store_backup.make_backup(library.store, folder, target, "auto"))
    return made


@pytest.mark.parametrize("damage", ["missing", "empty"])
def test_a_lost_store_next_to_backups_is_refused_naming_restore(
    tmp_path: Path, damage: str
) -> None:
    folder = tmp_path / "lib"
    backups = _annotated_with_backups(folder, 2)
    store = folder / STORE_FILENAME
    store.unlink()
    if damage == "empty":
        store.write_bytes(b"")
    result = parallax(folder, "list")
    assert result.returncode != 0
    assert_one_sentence(result.stderr)
    assert "parallax --data-dir" in result.stderr and " restore " in result.stderr
    assert str(backups[-1]) in result.stderr
    assert "--new-library" in result.stderr
    # Nothing was created: the store is still missing or empty, no seeds were imported.
    assert not store.exists() or store.stat().st_size == 0
    # The sentence's own command brings the annotated library back.
    restored = parallax(folder, "restore", str(backups[-1]))
    assert restored.returncode == 0, restored.stderr
    with Library(folder, auto_backup=False) as library:
        assert library.annotations.count() == 1


def test_a_lost_store_next_to_an_index_only_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library(folder, auto_backup=False) as library:
        library.search.sync()
    (folder / STORE_FILENAME).unlink()
    with pytest.raises(StoreMissing) as caught:
        Library(folder)
    assert "search index" in str(caught.value) and "--new-library" in str(caught.value)


def test_new_library_on_purpose_is_allowed(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    _annotated_with_backups(folder, 1)
    (folder / STORE_FILENAME).unlink()
    result = parallax(folder, "--new-library", "list")
    assert result.returncode == 0, result.stderr
    assert "5 documents" in result.stdout
    assert parallax(folder, "list").returncode == 0  # and it stays a library afterwards


def test_seven_daily_opens_of_a_new_library_keep_the_annotated_backups(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "lib"
    annotated = _annotated_with_backups(folder, 7)
    (folder / STORE_FILENAME).unlink()
    with pytest.raises(StoreMissing) as caught:  # the user is told on the first open
        Library(folder)
    assert caught.value.backup == annotated[-1]
    with Library(folder, new_library=True, auto_backup=False):
        pass
    first = datetime(2026, 2, 1, 9, tzinfo=UTC)
    for day in range(7):
        with Library(folder, auto_backup=False) as library:
            made = store_backup.check_and_backup(
                library.store, folder, now=first + timedelta(days=day))
            assert made is not None
    left = {b.path for b in store_backup.list_backups(folder)}
    assert set(annotated) <= left
    for _ in range(3):  # the new library's own backups rotate among themselves
        first += timedelta(days=8)
        with Library(folder, auto_backup=False) as library:
            store_backup.check_and_backup(library.store, folder, now=first)
    autos = [b for b in store_backup.list_backups(folder) if b.kind == "auto"]
    assert set(annotated) <= {b.path for b in autos}
    assert len(autos) == 2 * store_backup.KEEP_AUTOMATIC


def test_rotation_still_drops_old_backups_of_the_same_library(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library(folder, auto_backup=False) as library:
        first = datetime(2026, 3, 1, tzinfo=UTC)
        for day in range(10):
            store_backup.check_and_backup(library.store, folder,
                                          now=first + timedelta(days=day))
    autos = [b for b in store_backup.list_backups(folder) if b.kind == "auto"]
    assert len(autos) == store_backup.KEEP_AUTOMATIC


def test_a_killed_restore_leaves_no_hidden_files_after_the_next_open(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library(folder, auto_backup=False):
        pass
    dead = 2**22 + 12345  # above the default pid_max: no such process
    leftovers = [folder / f".restore-{dead}.sqlite3",
                 folder / f"..restore-{dead}.sqlite3.{dead}.tmp",
                 folder / "backups" / f".auto-x.sqlite3.{dead}.tmp"]
    (folder / "backups").mkdir(exist_ok=True)
    for path in leftovers:
        shutil.copyfile(folder / STORE_FILENAME, path)
    with Library(folder, auto_backup=False):
        pass
    assert not [p for p in leftovers if p.exists()]
