"""Three processes importing into one library at once, with annotations being written."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.library import Library

from .conftest import assert_one_sentence, parallax, popen, popen_bulk, write_corpus


def test_three_importers_and_an_annotate_loop_all_succeed(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    with Library(folder, auto_backup=False) as library:
        library.search.sync()
        doc = library.documents.summaries()[0]
    batches = [write_corpus(tmp_path / f"in{k}", 30, prefix=f"p{k}d") for k in range(3)]
    # One of them is large enough for the multi-process writer.
    importers = [popen_bulk(folder, "import", str(tmp_path / f"in{k}"), bulk=20 + 100 * k)
                 for k in range(3)]
    loop = " ; ".join(
        f"{sys.executable} -m reader --data-dir {folder} annotate {doc.id} "
        f"--start {4 * i} --end {4 * i + 3} --note loop{i} || echo FAILED {i}"
        for i in range(8)
    )
    annotator = subprocess.Popen(["sh", "-c", loop], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True,
                                 env={"PARALLAX_AUTO_BACKUP": "0", "PATH": "/usr/bin:/bin"})
    for proc in importers:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        assert_one_sentence(err)
        assert "Imported: 30 new." in out
    out, err = annotator.communicate(timeout=240)
    assert "FAILED" not in out, err
    assert_one_sentence(err)
    with Library(folder, auto_backup=False) as library:
        assert library.store.count_documents() == 5 + 90
        assert library.search.query("Fachleute", limit=0).total == 90
        for k, batch in enumerate(batches):
            for i in (0, 29):
                hits = library.search.query(f"p{k}dtok{i}").hits
                assert [Path(h.source).name for h in hits] == [batch[i].name]
        assert library.search.index.doc_count() == 95
        assert len(library.search.annotations("note:loop*")) == 8
    assert parallax(folder, "info").returncode == 0


@pytest.mark.parametrize("start", ["new library", "no index", "no index again"])
def test_three_importers_into_a_new_or_unindexed_library(tmp_path: Path, start: str) -> None:
    """Racing first opens created the schema twice ("table meta already exists"); racing
    syncs rebuilt the index folder under each other ("could not be written")."""
    folder = tmp_path / "lib"
    if start != "new library":
        assert parallax(folder, "list").returncode == 0
        shutil.rmtree(folder / "index")
    for k in range(3):
        write_corpus(tmp_path / f"in{k}", 30, prefix=f"p{k}d")
    importers = [popen(folder, "import", str(tmp_path / f"in{k}")) for k in range(3)]
    for proc in importers:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        assert_one_sentence(err)
    with Library(folder, auto_backup=False) as library:
        assert library.store.count_documents() == 5 + 90
        library.search.sync()
        assert library.search.index.doc_count() == 95
