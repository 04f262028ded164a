"""A bulk import indexes each checkpoint before storing it (reader.core.search.ahead).

The states a kill can leave between the steps of a checkpoint are built here step by step;
the next sync must end with every stored document indexed once, nothing else indexed,
and without indexing again what the killed import had indexed already.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importing as importing_module
from reader.core.importing import Importer
from reader.core.library import Library
from reader.core.search import ahead as index_ahead
from reader.core.search import index as index_module
from reader.core.search import storage as storage_module
from reader.core.search.index import DocumentIndex


def _write(folder: Path, count: int, word: str = "Gezeitenkraftwerk") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"a{i:02}.txt"
        path.write_text(f"Bericht {i}\n\nDas {word} Nummer ahead{i} liefert Strom.\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def _indexed_ids(lib: Library) -> list[str]:
    return sorted(fields["id"] for _, fields in lib.search.index.searcher.reader().iter_docs())


def _fed_not_stored(lib: Library, paths: list[Path]) -> list[str]:
    """A checkpoint up to its index commit: fed, listed, committed; the store not written."""
    built = lib.imports._read_batch(paths, {})
    feed, _ = lib.search.bulk_feed(len(paths), None)
    assert feed is not None
    feed.add(built.documents, new=True)
    index_ahead.add(lib.search.index.folder, [(d.id, d.content_hash) for d in built.documents])
    feed.commit(None)
    lib.search.forget_sync()  # as a new process would start
    return [d.id for d in built.documents]


@pytest.fixture
def small_bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage_module, "BULK_THRESHOLD", 2)
    monkeypatch.setattr(importing_module, "IMPORT_BATCH", 3)
    monkeypatch.setattr(importing_module, "CHECKPOINT_DOCS", 3)


@pytest.mark.usefixtures("small_bulk")
def test_a_bulk_import_stores_only_what_is_indexed(empty_library: Library,
                                                   tmp_path: Path) -> None:
    """After every checkpoint of a bulk import, the store holds nothing the index lacks."""
    lib = empty_library
    _write(tmp_path / "in", 10)
    seen: list[tuple[int, int]] = []
    real = Importer._store_built

    def spy(self: Importer, batches: list[object]) -> object:
        result = real(self, batches)  # type: ignore[arg-type]
        seen.append((lib.store.count_documents(), len(_indexed_ids(lib))))
        return result

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Importer, "_store_built", spy)
        report = lib.imports.paths([tmp_path / "in"])
    assert [o.status for o in report.outcomes] == ["new"] * 10
    assert len(seen) >= 3  # several checkpoints, each stored after its index commit
    assert all(stored <= indexed for stored, indexed in seen), seen
    assert not index_ahead.read(lib.search.index.folder)
    assert lib.search.index.state().rev == lib.store.current_rev()  # type: ignore[union-attr]
    assert _indexed_ids(lib) == sorted(s.id for s in lib.documents.summaries())


def test_an_import_of_a_few_files_indexes_before_it_stores(empty_library: Library,
                                                          tmp_path: Path) -> None:
    lib = empty_library
    _write(tmp_path / "in", 6)
    seen: list[tuple[int, int]] = []
    real = Importer._store_built

    def spy(self: Importer, batches: list[object]) -> object:
        result = real(self, batches)  # type: ignore[arg-type]
        seen.append((lib.store.count_documents(), len(_indexed_ids(lib))))
        return result

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Importer, "_store_built", spy)
        lib.imports.paths([tmp_path / "in"])
    assert seen == [(6, 6)]
    assert lib.search.query("Gezeitenkraftwerk", limit=10).total == 6


def test_killed_after_the_index_commit_before_the_store(empty_library: Library,
                                                        tmp_path: Path) -> None:
    lib = empty_library
    lib.search.sync()
    ahead = _fed_not_stored(lib, _write(tmp_path / "in", 4))
    assert set(ahead) <= set(_indexed_ids(lib))  # in the index, not in the store
    assert lib.search.query("Gezeitenkraftwerk").total == 0  # the next command drops them
    assert _indexed_ids(lib) == [] and not index_ahead.read(lib.search.index.folder)
    # Importing the files again indexes them once.
    lib.imports.paths([tmp_path / "in"])
    assert lib.search.query("Gezeitenkraftwerk", limit=10).total == 4
    assert _indexed_ids(lib) == sorted(s.id for s in lib.documents.summaries())


def test_killed_after_the_store_commit_before_the_state(
    empty_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stored and indexed, the state not recorded: the sync indexes nothing again."""
    lib = empty_library
    lib.search.sync()
    paths = _write(tmp_path / "in", 4)
    built = lib.imports._read_batch(paths, {})
    feed, _ = lib.search.bulk_feed(len(paths), None)
    assert feed is not None
    feed.add(built.documents, new=True)
    index_ahead.add(lib.search.index.folder, [(d.id, d.content_hash) for d in built.documents])
    feed.commit(None)
    lib.imports._store_built([built])
    lib.search.forget_sync()
    assert lib.search.index.state().rev < lib.store.current_rev()  # type: ignore[union-attr]
    indexed_again: list[int] = []
    real = DocumentIndex.add_records

    def counting(self: DocumentIndex, writer: object, docs: list[object], *,
                 new: bool) -> None:
        docs = list(docs)
        indexed_again.append(len(docs))
        real(self, writer, docs, new=new)  # type: ignore[arg-type]

    monkeypatch.setattr(DocumentIndex, "add_records", counting)
    assert lib.search.query("Gezeitenkraftwerk", limit=10).total == 4
    assert sum(indexed_again) == 0
    assert lib.search.index.state().rev == lib.store.current_rev()  # type: ignore[union-attr]
    assert _indexed_ids(lib) == sorted(s.id for s in lib.documents.summaries())
    assert not index_ahead.read(lib.search.index.folder)


def test_an_updated_document_indexed_ahead_is_indexed_again_from_the_store(
    empty_library: Library, tmp_path: Path
) -> None:
    """A changed file's new text reached the index, not the store: the store's text wins."""
    lib = empty_library
    paths = _write(tmp_path / "in", 3)
    lib.imports.paths([tmp_path / "in"])
    paths[0].write_text("Bericht 0\n\nDas Pumpspeicherwerk liefert Strom.\n", encoding="utf-8")
    built = lib.imports._read_batch([paths[0]], {})
    assert built.todo[0][1] is not None  # an update
    feed, _ = lib.search.bulk_feed(len(paths), None)
    assert feed is not None
    feed.add(built.documents, new=False)
    index_ahead.add(lib.search.index.folder, [(d.id, d.content_hash) for d in built.documents])
    feed.commit(None)
    lib.search.forget_sync()
    assert lib.search.query("Pumpspeicherwerk").total == 0  # the store still has the old text
    assert lib.search.query("Gezeitenkraftwerk", limit=10).total == 3
    assert _indexed_ids(lib) == sorted(s.id for s in lib.documents.summaries())


def test_an_unreadable_list_is_ignored(tmp_path: Path) -> None:
    (tmp_path / index_ahead.AHEAD_FILENAME).write_text("[1, 2", encoding="utf-8")
    assert index_ahead.read(tmp_path) == {}
    index_ahead.add(tmp_path, [("a", "h1")])
    index_ahead.add(tmp_path, [("b", "h2")])
    assert index_ahead.read(tmp_path) == {"a": "h1", "b": "h2"}
    index_ahead.clear(tmp_path)
    assert index_ahead.read(tmp_path) == {}


def test_a_store_failure_after_the_index_commit_leaves_no_extra_hits(
    empty_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills between the index commit and the store commit: the same library
    drops what the index holds ahead of the store before it answers a search."""
    from reader.core.errors import StoreError

    lib = empty_library
    _write(tmp_path / "in", 5)

    def full(self: Importer, *args: object) -> object:
        raise StoreError("The disk is full, so nothing was written.")

    monkeypatch.setattr(Importer, "_store_documents", full)
    with pytest.raises(StoreError):
        lib.imports.paths([tmp_path / "in"])
    monkeypatch.undo()
    assert lib.store.count_documents() == 0
    assert lib.search.query("Gezeitenkraftwerk").total == 0
    assert _indexed_ids(lib) == []
    lib.imports.paths([tmp_path / "in"])  # with space again: everything, once
    assert lib.search.query("Gezeitenkraftwerk", limit=10).total == 5
    assert _indexed_ids(lib) == sorted(s.id for s in lib.documents.summaries())


def test_an_index_commit_failure_stores_what_was_read_once(
    empty_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index cannot be written at the checkpoint: the documents read are stored (and
    reported) once, and indexed by the next sync."""
    import errno

    from reader.core.errors import IndexNotWritten

    lib = empty_library
    _write(tmp_path / "in", 5)

    def full(self: object, state: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(index_module.BulkFeed, "commit", full)
    with pytest.raises(IndexNotWritten) as raised:
        lib.imports.paths([tmp_path / "in"])
    monkeypatch.undo()
    report = raised.value.report  # type: ignore[attr-defined]
    assert [o.status for o in report.outcomes] == ["new"] * 5
    assert lib.store.count_documents() == 5
    assert lib.search.query("Gezeitenkraftwerk", limit=10).total == 5
    assert _indexed_ids(lib) == sorted(s.id for s in lib.documents.summaries())


def test_a_rebuild_indexes_everything_whatever_the_list_says(
    empty_library: Library, tmp_path: Path
) -> None:
    """A list claiming documents the index lacks (an index replaced since): the count
    check rebuilds the index, and the rebuild skips nothing."""
    lib = empty_library
    _write(tmp_path / "in", 3)
    lib.imports.paths([tmp_path / "in"])
    docs = lib.store.get_documents([s.id for s in lib.documents.summaries()]).values()
    lib.search.index.create(lib.library_id)  # an empty index at revision 0
    index_ahead.add(lib.search.index.folder, [(d.id, d.content_hash) for d in docs])
    lib.search.forget_sync()
    assert lib.search.query("Gezeitenkraftwerk", limit=10).total == 3
    assert _indexed_ids(lib) == sorted(s.id for s in lib.documents.summaries())
