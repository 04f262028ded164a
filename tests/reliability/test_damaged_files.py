"""Damaged, truncated and foreign store and index files: one sentence, nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.store import STORE_FILENAME

from .conftest import assert_one_sentence, parallax


def _segment_files(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / "index").iterdir()
                  if p.is_file() and p.suffix not in (".json", ".pid") and "LOCK" not in p.name
                  and p.stat().st_size > 0)


@pytest.mark.parametrize("how", ["truncate", "garbage", "delete", "empty-toc"])
def test_a_damaged_index_is_rebuilt_and_search_answers(library_dir: Path, how: str) -> None:
    with Library(library_dir, auto_backup=False) as library:
        library.annotations.create(library.documents.resolve("002"), 0, 9, note="nota")
        library.search.sync()
    for path in _segment_files(library_dir):
        if how == "truncate":
            path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
        elif how == "garbage":
            path.write_bytes(b"\xff" * path.stat().st_size)
        elif how == "delete":
            path.unlink()
        elif path.suffix == ".toc":
            path.write_bytes(b"")
    result = parallax(library_dir, "search", "Milliarde")
    assert result.returncode == 0, result.stderr
    assert_one_sentence(result.stderr)
    assert "3 documents match" in result.stdout
    notes = parallax(library_dir, "search", "note:nota")
    assert "1 annotation matches" in notes.stdout, notes.stdout + notes.stderr


@pytest.mark.parametrize("how", ["truncate", "garbage", "foreign"])
def test_a_damaged_store_is_one_sentence_naming_the_backup(
    library_dir: Path, how: str
) -> None:
    with Library(library_dir, auto_backup=False) as library:
        backup = library.backups.make()
    store = library_dir / STORE_FILENAME
    data = store.read_bytes()
    if how == "truncate":
        store.write_bytes(data[: len(data) // 2])
    elif how == "garbage":
        store.write_bytes(data[:100] + b"\x00\xff" * (len(data) // 2))
    else:
        store.write_text("not a database at all\n" * 100)
    for suffix in ("-wal", "-shm"):
        (library_dir / (STORE_FILENAME + suffix)).unlink(missing_ok=True)
    result = parallax(library_dir, "list")
    assert result.returncode == 1
    assert_one_sentence(result.stderr)
    assert str(backup) in result.stderr and "restore" in result.stderr
    assert result.stderr.count("\n") == 1
    assert store.stat().st_size > 0  # the damaged file is kept, never replaced
