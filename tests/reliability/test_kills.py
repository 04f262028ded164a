"""Kill -9 (and SIGTERM, SIGHUP) during import, annotate, restore and reindex.

Afterwards: no Parallax process survives its parent, the next command answers at once,
every stored document is found exactly once, and annotations are intact.
"""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import pytest

from reader.core.library import Library

from .conftest import (
    alive,
    assert_one_sentence,
    descendants,
    parallax,
    popen,
    popen_bulk,
    wait_gone,
    write_corpus,
)


def assert_consistent(folder: Path, prefix: str = "doc") -> int:
    """Every stored document found once by its own token; returns how many are stored."""
    with Library(folder, auto_backup=False) as library:
        assert library.store.integrity_check() == "ok"
        summaries = library.documents.summaries()
        sources = [s.source for s in summaries]
        assert len(sources) == len(set(sources)), "a document was stored twice"
        ours = [s for s in summaries if Path(s.source).name.startswith(prefix)]
        results = library.search.query("Fachleute", limit=0)
        assert results.total == len(ours) + sum(
            1 for s in summaries
            if s not in ours and "Fachleute" in library.documents.get(s.id).text)
        for summary in random.Random(1).sample(ours, min(len(ours), 15)):
            token = f"{prefix}tok{int(Path(summary.source).stem[len(prefix):])}"
            found = library.search.query(token)
            assert [h.doc_id for h in found.hits] == [summary.id], token
        assert library.search.index.doc_count() == library.store.count_documents()
        return len(ours)


def _wait_for_writer_children(proc: object, seconds: float = 60.0) -> list[int]:
    pid = proc.pid  # type: ignore[attr-defined]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        children = descendants(pid)
        if children:
            return children
        if proc.poll() is not None:  # type: ignore[attr-defined]
            break
        time.sleep(0.02)
    pytest.fail("the bulk import never started its writer processes")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP])
def test_a_killed_bulk_import_leaves_no_writer_and_loses_nothing(
    tmp_path: Path, sig: signal.Signals
) -> None:
    folder = tmp_path / "lib"
    corpus = tmp_path / "in"
    write_corpus(corpus, 1000)
    proc = popen_bulk(folder, "import", str(corpus))
    children = _wait_for_writer_children(proc)
    time.sleep(random.Random(sig).uniform(0.0, 0.2))
    # Between two index checkpoints the import briefly has no writer processes: kill it
    # while it has some, so the test checks that they die with it.
    deadline = time.monotonic() + 30
    children += descendants(proc.pid)
    while not alive(children) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
        children += descendants(proc.pid)
    assert proc.poll() is None and alive(children), "the import ended before the kill"
    proc.send_signal(sig)
    proc.communicate(timeout=30)
    children += descendants(proc.pid)
    assert wait_gone(children) == [], "whoosh writer processes outlived the import"
    if sig != signal.SIGKILL:  # unwound cleanly, with an exit status that says so
        assert proc.returncode == 128 + sig
    started = time.monotonic()
    result = parallax(folder, "search", "Fachleute", timeout=25)
    assert result.returncode == 0, result.stderr
    assert_one_sentence(result.stderr)
    assert time.monotonic() - started < 25
    stored = assert_consistent(folder)
    if sig != signal.SIGKILL:
        return
    # Importing again completes the library without duplicates.
    again = parallax(folder, "import", str(corpus), timeout=120)
    assert again.returncode == 0, again.stderr
    assert assert_consistent(folder) == 1000 >= stored


def test_a_killed_reindex_is_caught_up_by_the_next_command(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    write_corpus(tmp_path / "in", 60)
    assert parallax(folder, "import", str(tmp_path / "in")).returncode == 0
    proc = popen_bulk(folder, "reindex", bulk=20)
    _wait_for_writer_children(proc)
    children = descendants(proc.pid)
    proc.kill()
    proc.communicate(timeout=30)
    assert wait_gone(children) == []
    result = parallax(folder, "search", "doctok7", timeout=25)
    assert result.returncode == 0 and "1 document matches" in result.stdout, result.stderr
    assert assert_consistent(folder) == 60


def test_a_killed_annotate_loop_keeps_every_committed_note(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library(folder, auto_backup=False) as library:
        doc = library.documents.summaries()[0]
    script = "; ".join(
        f"{_cli()} --data-dir {folder} annotate {doc.id} --start {3 * i} --end {3 * i + 2} "
        f"--note n{i}" for i in range(40)
    )
    import subprocess

    proc = subprocess.Popen(["sh", "-c", script], start_new_session=True)
    time.sleep(random.Random(3).uniform(1.0, 2.0))
    import os

    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    with Library(folder, auto_backup=False) as library:
        assert library.store.integrity_check() == "ok"
        notes = [a.note for a in library.annotations.query()]
        assert len(notes) == len(set(notes))
        if notes:  # the annotation index agrees with the store
            assert library.search.annotations("note:" + notes[0]) != []
        assert library.search.annotation_index.doc_count() == library.annotations.count()


def _cli() -> str:
    import shlex
    import sys

    return f"{shlex.quote(sys.executable)} -m reader"


def test_a_killed_restore_keeps_a_whole_library(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library(folder, auto_backup=False) as library:
        doc = library.documents.summaries()[0]
        library.annotations.create(doc.id, 0, 8, note="vorher")
        backup = library.backups.make()
    for delay in (0.05, 0.2, 0.5):
        proc = popen(folder, "restore", str(backup))
        time.sleep(delay)
        proc.kill()
        proc.communicate(timeout=10)
        result = parallax(folder, "annotations", "--json")
        assert result.returncode == 0, result.stderr
        assert_one_sentence(result.stderr)
        assert "vorher" in result.stdout
        assert not list(folder.glob(".restore-*")) and not list(folder.glob("..restore-*"))


def _indexed_ids_on_disk(folder: Path) -> list[str]:
    """The ids in the committed search index, read as it is (no sync, no catch-up)."""
    import whoosh.index

    ix = whoosh.index.open_dir(str(folder / "index"))
    try:
        with ix.searcher() as searcher:
            return [fields["id"] for _, fields in searcher.reader().iter_docs()]
    finally:
        ix.close()


@pytest.mark.parametrize(("trial", "bulk"), [(0, True), (1, True), (2, True), (3, False)])
def test_an_import_killed_anywhere_leaves_nothing_to_catch_up(
    tmp_path: Path, trial: int, bulk: bool
) -> None:
    """Kill -9 at a random moment of an import (whoosh's multi-process writer, or the
    single one below 1,000 files): every stored document is in the index as the import
    left it (so the next search has nothing to index first), and then every stored
    document is found once."""
    folder = tmp_path / "lib"
    corpus = tmp_path / "in"
    write_corpus(corpus, 1000 if bulk else 400)
    if bulk:
        proc = popen_bulk(folder, "import", str(corpus))
        _wait_for_writer_children(proc)
        time.sleep(random.Random(trial).uniform(0.0, 4.0))
    else:
        proc = popen(folder, "import", str(corpus))
        time.sleep(random.Random(trial).uniform(2.0, 5.0))
    running = proc.poll() is None
    proc.kill()
    proc.communicate(timeout=30)
    with Library(folder, auto_backup=False, seed_if_empty=False) as library:
        summaries = library.documents.summaries()
        stored = {s.id for s in summaries}
        ours = sum(Path(s.source).name.startswith("doc") for s in summaries)
    indexed = _indexed_ids_on_disk(folder)
    assert len(indexed) == len(set(indexed)), "a document is in the index twice"
    assert stored <= set(indexed), (
        f"{len(stored - set(indexed))} stored documents were left for the next command to "
        f"index (killed while running: {running})")
    result = parallax(folder, "search", "Fachleute", timeout=60)
    assert result.returncode == 0, result.stderr
    assert_one_sentence(result.stderr)
    assert assert_consistent(folder) == ours
