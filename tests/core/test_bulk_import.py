"""A large import feeds whoosh's multi-process writer batch by batch (thresholds lowered)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from reader.core import importing as importing_module
from reader.core.importing import Importer
from reader.core.library import Library
from reader.core.search import storage as storage_module
from reader.core.tasks import CancelToken

WORDS = ["Rechenzentrum", "Bundesregierung", "Investition", "Stromnetz", "Kühlung", "Abwärme"]


def _article(i: int, extra: str = "") -> str:
    return (
        f"Bericht Nummer {i} über {WORDS[i % len(WORDS)]}\n\n"
        f"Die Bundesregierung hat neue Regeln für Rechenzentren beschlossen, Fall {i}. "
        "Sie sollen ab dem kommenden Jahr gelten und Milliarden an Investitionen lenken. "
        f"{extra}\n"
    )


@pytest.fixture
def bulk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every import of two files or more takes the bulk path, batches of three files."""
    monkeypatch.setattr(storage_module, "BULK_THRESHOLD", 2)
    monkeypatch.setattr(importing_module, "IMPORT_BATCH", 3)


def _write(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"a{i:02}.txt"
        path.write_text(_article(i), encoding="utf-8")
        paths.append(path)
    return paths


def _consistent(lib: Library) -> None:
    state = lib.search.index.state()
    assert state is not None and state.rev == lib.store.current_rev()
    assert lib.search.index.doc_count() == lib.store.count_documents()
    assert not multiprocessing.active_children()


@pytest.mark.usefixtures("bulk")
def test_bulk_import_indexes_everything_once(empty_library: Library, tmp_path: Path) -> None:
    paths = _write(tmp_path / "in", 8)
    seen: list[tuple[float, str]] = []
    report = empty_library.imports.paths(
        [tmp_path / "in"], progress=lambda d, t, m: seen.append((d / t if t else 0.0, m)))
    assert [o.status for o in report.outcomes] == ["new"] * 8
    _consistent(empty_library)
    assert empty_library.search.query("Rechenzentren", limit=20).total == 8
    assert [f for f, _ in seen] == sorted(f for f, _ in seen) and seen[-1][0] == 1.0
    assert "Saving the index" in [m for _, m in seen]  # the bulk writer was fed and committed
    # Changed and unchanged files in one bulk import: the changed ones replace their entry.
    paths[1].write_text(_article(1, "Ein Satz über Wärmepumpen."), encoding="utf-8")
    paths[6].write_text(_article(6, "Ein Satz über Wärmepumpen."), encoding="utf-8")
    report = empty_library.imports.paths([tmp_path / "in"])
    statuses = [o.status for o in report.outcomes]
    assert statuses.count("updated") == 2 and statuses.count("unchanged") == 6
    _consistent(empty_library)
    assert empty_library.search.query("Wärmepumpen").total == 2
    assert empty_library.search.query("Rechenzentren", limit=20).total == 8


@pytest.mark.usefixtures("bulk")
def test_cancelled_bulk_import_keeps_the_stored_batches(
    empty_library: Library, tmp_path: Path
) -> None:
    _write(tmp_path / "in", 8)
    token = CancelToken()

    def progress(done: int, total: int, message: str) -> None:
        if message == "Reading files" and done:
            token.cancel()  # after the first batch was stored and fed

    report = empty_library.imports.paths([tmp_path / "in"], progress=progress, cancel=token)
    assert report.cancelled
    assert empty_library.store.count_documents() == 3
    assert not multiprocessing.active_children()
    empty_library.search.sync()
    _consistent(empty_library)
    assert empty_library.search.query("Rechenzentren", limit=20).total == 3


@pytest.mark.usefixtures("bulk")
def test_failed_bulk_import_leaves_the_index_usable(
    empty_library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "in", 8)
    real = Importer._read_batch
    calls = []

    def failing(self: Importer, *args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Importer, "_read_batch", failing)
    with pytest.raises(OSError):
        empty_library.imports.paths([tmp_path / "in"])
    assert not multiprocessing.active_children()
    assert empty_library.store.count_documents() == 3
    empty_library.search.sync()  # the index lock was released
    _consistent(empty_library)
    assert empty_library.search.query("Rechenzentren", limit=20).total == 3


@pytest.mark.usefixtures("bulk")
def test_an_index_written_before_its_modules_moved_is_kept(tmp_path: Path) -> None:
    """whoosh pickles the analysers' classes by module path into each index's table of
    contents; an index written when they lived elsewhere still opens (not rebuilt), and
    whoosh's writer processes can add to it."""
    data_dir = tmp_path / "lib"
    _write(tmp_path / "in", 4)
    with Library(data_dir, seed_if_empty=False) as lib:
        lib.imports.paths([tmp_path / "in"])
        annotation_toc = next(lib.search.annotation_index.folder.glob("_MAIN_*.toc"))
    tocs = sorted((data_dir / "index").rglob("_MAIN_*.toc"))
    assert annotation_toc in tocs and len(tocs) == 2
    segments = sorted(p.name for p in (data_dir / "index").rglob("*") if p.is_file())
    for toc in tocs:  # the module names of an older layout (same length: the pickle holds)
        old = toc.read_bytes()
        moved = old.replace(b"reader.core.search.schema", b"reader.core.search.schemx")
        moved = moved.replace(b"reader.core.search.analysis", b"reader.core.search.analysix")
        assert moved != old
        toc.write_bytes(moved)
    with Library(data_dir, seed_if_empty=False) as reopened:
        messages: list[str] = []
        reopened.search.sync(lambda done, total, message: messages.append(message))
        assert messages == ["Index up to date"]  # nothing indexed again
        assert sorted(p.name for p in (data_dir / "index").rglob("*") if p.is_file()) \
            == segments
        assert reopened.search.query("Rechenzentren", limit=20).total == 4
        more = tmp_path / "more"
        more.mkdir()
        for i in range(4, 8):
            (more / f"b{i}.txt").write_text(_article(i), encoding="utf-8")
        report = reopened.imports.paths([more])  # the bulk writer's processes open it too
        assert [o.status for o in report.outcomes] == ["new"] * 4
        _consistent(reopened)
        assert reopened.search.query("Rechenzentren", limit=20).total == 8
