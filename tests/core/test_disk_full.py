"""A full disk: the index and the daily backup fail with one sentence, nothing stored is lost."""

from __future__ import annotations

import errno
import multiprocessing
import os
import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from whoosh.multiproc import MpWriter
from whoosh.writing import SegmentWriter

from reader.core import backup
from reader.core import errors as errors_module
from reader.core import importing as importing_module
from reader.core.errors import IndexNotWritten, StoreError
from reader.core.library import Library
from reader.core.search import storage as storage_module
from reader.core.store import Store
from reader.core.store import files as store_files
from reader.core.store.files import describe_sqlite_error

FULL_INDEX = ("The disk holding {folder} is full, so the search index was not updated; "
              "everything is saved in the library and the index catches up once there is "
              "free space.")


def _no_space(*args: Any, **kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _article(folder: Path, name: str, word: str) -> Path:
    path = folder / f"{name}.txt"
    path.write_text(f"Bericht über {word}\n\nDie {word} wächst weiter, sagen die Fachleute.\n",
                    encoding="utf-8")
    return path


def test_a_full_disk_while_indexing_an_import_keeps_the_documents(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = library.store.count_documents()
    path = _article(tmp_path, "neu", "Kernfusionsanlage")
    monkeypatch.setattr(SegmentWriter, "_commit_toc", _no_space)
    with pytest.raises(IndexNotWritten) as info:
        library.imports.paths([path])
    assert str(info.value) == FULL_INDEX.format(folder=library.search.index.folder)
    assert library.store.count_documents() == before + 1  # committed, so kept
    monkeypatch.undo()
    # The index catches up on the next sync, in this window and in a new one.
    assert library.search.query("Kernfusionsanlage").total == 1
    assert library.search.index.doc_count() == before + 1
    with Library(library.data_dir) as again:
        assert again.search.query("Kernfusionsanlage").total == 1


def test_a_full_disk_during_a_sync_is_one_sentence_and_catches_up_later(
    library_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library(library_dir) as writer:
        writer.imports.paths([_article(tmp_path, "neu", "Kernfusionsanlage")])
        writer.annotations.annotate_quote(writer.documents.resolve("neu"), "Kernfusionsanlage",
                                          occurrence=1, note="notiert")
    with Library(library_dir) as reader_:
        monkeypatch.setattr(SegmentWriter, "_commit_toc", _no_space)
        # The other process's note is in the store; the annotation index lags behind.
        with pytest.raises(IndexNotWritten, match="is full"):
            reader_.search.query("notiert")
        state = reader_.search.annotation_index.state()
        assert state is not None and state.rev < reader_.store.current_rev()
        monkeypatch.undo()
        assert reader_.search.query("note:notiert").annotation_total == 1


def test_other_index_write_errors_are_one_sentence_too(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def denied(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(SegmentWriter, "_commit_toc", denied)
    monkeypatch.setattr(errors_module, "free_bytes", lambda path: 10**9)
    with pytest.raises(IndexNotWritten) as info:
        library.imports.paths([_article(tmp_path, "neu", "Kernfusionsanlage")])
    assert str(info.value) == (
        f"The search index in {library.search.index.folder} could not be written (Permission "
        "denied); everything is saved in the library and the index catches up the next time "
        "it can be written."
    )


def test_a_full_disk_while_rebuilding_the_index(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SegmentWriter, "_commit_toc", _no_space)
    with pytest.raises(IndexNotWritten, match="is full"):
        library.search.rebuild()
    monkeypatch.undo()
    assert library.search.query("Milliarde").total == 3


def test_the_daily_backup_failing_on_a_full_disk_is_a_warning(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(self: Store, dest: Path) -> None:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as exc:
            raise StoreError(describe_sqlite_error(exc, dest)) from exc

    monkeypatch.setattr(Store, "backup_to", full)
    with Library(library_dir) as library:
        assert len(library.warnings) == 1
        warning = library.warnings[0]
        assert warning == (
            f"Today's automatic backup was not made because the disk holding "
            f"{library_dir / 'backups'} is full; the library itself is unchanged, and the "
            "backup is tried again the next time it is opened."
        )
        assert len(library.documents.summaries()) == 5
        assert library.search.query("Milliarde").total == 3
    assert backup.list_backups(library_dir) == []
    monkeypatch.undo()
    with Library(library_dir) as library:  # tried again, and made, on the next open
        assert library.warnings == []
    assert [b.kind for b in backup.list_backups(library_dir)] == ["auto"]


def test_a_real_backup_write_failure_leaves_no_half_file(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The copy is written, then renaming it into place fails as on a full disk.
    shim = SimpleNamespace(**{**vars(os), "replace": _no_space})
    monkeypatch.setattr(store_files, "os", shim)
    with Library(library_dir) as library:
        assert "is full" in library.warnings[0] and "\n" not in library.warnings[0]
        assert len(library.documents.summaries()) == 5
    assert list((library_dir / "backups").iterdir()) == []


def test_disk_io_errors_on_a_full_disk_say_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.sqlite3"
    error = sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(errors_module, "free_bytes", lambda where: 4096)
    assert describe_sqlite_error(error, path) == (
        f"The disk holding {path} is full, so nothing was written; free some space and retry."
    )
    monkeypatch.setattr(errors_module, "free_bytes", lambda where: 10 * 2**30)
    assert describe_sqlite_error(error, path) == (
        f"The library store at {path} failed: disk I/O error."
    )


def test_free_bytes_looks_at_the_nearest_existing_folder(tmp_path: Path) -> None:
    free = errors_module.free_bytes(tmp_path / "not" / "yet" / "there.sqlite3")
    assert free is not None and free > 0


@pytest.fixture
def bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every import of two files or more takes the bulk (multi-process writer) path."""
    monkeypatch.setattr(storage_module, "BULK_THRESHOLD", 2)
    monkeypatch.setattr(importing_module, "IMPORT_BATCH", 3)


@pytest.mark.usefixtures("bulk")
@pytest.mark.parametrize("failing", ["add_document", "_commit"])
def test_a_full_disk_during_a_bulk_import_keeps_what_was_stored(
    empty_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    words = ["Kernfusion", "Solarpark", "Windkraft", "Gezeiten", "Erdwärme", "Wasserstoff"]
    for i, word in enumerate(words):
        _article(folder, f"a{i}", word)
    monkeypatch.setattr(MpWriter, failing, _no_space)
    with pytest.raises(IndexNotWritten, match="is full, so the search index was not updated"):
        empty_library.imports.paths([folder])
    assert not multiprocessing.active_children()
    stored = empty_library.store.count_documents()
    assert stored == (3 if failing == "add_document" else 6)  # committed batches stay
    monkeypatch.undo()
    assert empty_library.search.query("Fachleute", limit=20).total == stored
    assert empty_library.search.index.doc_count() == stored


def test_a_store_that_cannot_open_on_a_full_disk_says_so(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_wal_index(self: Store) -> None:  # SQLite cannot create its -shm file
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Store, "_configure", no_wal_index)
    monkeypatch.setattr(errors_module, "free_bytes", lambda where: 0)
    with pytest.raises(StoreError) as info:
        Library(library_dir)
    assert str(info.value) == (
        f"The disk holding {library_dir / 'library.sqlite3'} is full, and the library needs a "
        "little room even to be read; free some space and retry."
    )
