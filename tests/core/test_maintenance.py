"""Opening a library cheaply and running its maintenance later (what the window does)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import backup
from reader.core.errors import StoreDamaged
from reader.core.library import Library
from reader.core.store import STORE_FILENAME
from tests.annotation_helpers import annotate_seeds
from tests.core.test_backup import _checkpoint, _corrupt_pages


def autos(folder: Path) -> list[Path]:
    return [b.path for b in backup.list_backups(folder) if b.kind == "auto"]


def test_a_deferred_open_backs_up_and_checks_only_when_asked(library_dir: Path) -> None:
    assert autos(library_dir) == []
    with Library(library_dir, defer_maintenance=True) as library:
        assert library.pending_maintenance == ("check", "backup")
        assert autos(library_dir) == []  # opening did not back up
        assert len(library.documents.summaries()) == 5
        report = library.run_maintenance()
        assert report.backup is not None and autos(library_dir) == [report.backup]
        assert report.seeded is None and report.warnings == ()
        assert library.pending_maintenance == ()
    with Library(library_dir, defer_maintenance=True) as again:  # backed up today already
        assert again.pending_maintenance == ("check",)
        assert again.run_maintenance().backup is None
    assert len(autos(library_dir)) == 1


def test_a_new_library_gets_its_seeds_from_the_maintenance(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    seen: list[tuple[int, int]] = []
    with Library(folder, defer_maintenance=True) as library:
        assert library.pending_maintenance == ("check", "seed")
        assert library.documents.count() == 0
        report = library.run_maintenance(lambda done, total, _m: seen.append((done, total)))
        assert report.seeded is not None and len(report.seeded.with_status("new")) == 5
        assert library.documents.count() == 5
        assert seen and seen[-1][0] == seen[-1][1] > 0  # the import's progress came through
    with Library(folder, defer_maintenance=True) as again:
        assert "seed" not in again.pending_maintenance  # seeded once, never again
        assert again.run_maintenance().seeded is None


def test_an_emptied_library_is_not_seeded_again(tmp_path: Path) -> None:
    folder = tmp_path / "emptied"
    with Library(folder) as library:
        library.documents.delete([d.id for d in library.documents.summaries()])
    with Library(folder, defer_maintenance=True) as again:
        assert again.pending_maintenance == ("check",)
        again.run_maintenance()
        assert again.documents.count() == 0


def _corrupt_pages_from(path: Path, first: int) -> None:
    """Overwrite the b-tree headers of every other page from page ``first`` on."""
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(first * page, len(data), 2 * page):
        data[start : start + 12] = b"\xde\xad\xbe\xef" * 3
    path.write_bytes(bytes(data))


def test_damage_is_said_with_the_newest_good_backup_at_open_or_by_the_maintenance(
        library_dir: Path) -> None:
    with Library(library_dir) as library:
        annotate_seeds(library)
        good = library.backups.make()
    store = library_dir / STORE_FILENAME
    _checkpoint(store)
    intact = store.read_bytes()
    pages = len(intact) // 4096

    # Damage where opening reads (the library's settings): said at once, as before.
    _corrupt_pages(store)
    with pytest.raises(StoreDamaged) as info:
        Library(library_dir, defer_maintenance=True)
    assert info.value.backup == good

    # Damage only in the documents' pages: opening stays cheap, the check finds it.
    store.write_bytes(intact)
    _corrupt_pages_from(store, pages * 2 // 3)
    with Library(library_dir, defer_maintenance=True) as library:
        with pytest.raises(StoreDamaged) as info:
            library.run_maintenance()
        assert info.value.backup == good
        assert f"the newest good backup is {good}" in str(info.value)

def test_a_damaged_store_found_by_the_maintenance_is_never_backed_up(library_dir: Path
                                                                    ) -> None:
    with Library(library_dir, auto_backup=False) as library:
        annotate_seeds(library)
    store = library_dir / STORE_FILENAME
    _checkpoint(store)
    _corrupt_pages_from(store, len(store.read_bytes()) // 4096 * 2 // 3)
    try:
        library = Library(library_dir, defer_maintenance=True)
    except StoreDamaged:  # the damage reached what opening reads: nothing to back up
        pass
    else:
        with library, pytest.raises(StoreDamaged):
            library.run_maintenance()
    assert backup.list_backups(library_dir) == []
