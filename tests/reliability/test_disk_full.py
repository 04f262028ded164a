"""A disk that fills up during an import: one sentence, nothing lost, catching up later.

Runs on a real small tmpfs where the machine allows mounting one (root in a container,
say); the same failures injected as ENOSPC are covered in tests/core/test_disk_full.py,
which runs everywhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.library import Library

from .conftest import assert_one_sentence, parallax, write_corpus


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs, or skip where mounting is not allowed."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root; ENOSPC is injected in tests/core instead")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
                          capture_output=True)
    if made.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_an_import_filling_the_disk_keeps_everything_stored(
    small_disk: Path, tmp_path: Path
) -> None:
    folder = small_disk / "lib"
    assert parallax(folder, "list").returncode == 0  # the seeds, indexed
    filler = small_disk / "filler"
    free = shutil.disk_usage(small_disk).free
    with open(filler, "wb") as handle:  # leave a little room: the import fills the rest
        handle.write(b"\0" * max(0, free - 300 * 1024))
    corpus = write_corpus(tmp_path / "in", 400)
    result = parallax(folder, "import", str(tmp_path / "in"), timeout=120)
    assert result.returncode == 1
    assert_one_sentence(result.stderr)
    assert "is full" in result.stderr
    listed = parallax(folder, "list")
    assert_one_sentence(listed.stderr)
    filler.unlink()  # space again: the library catches up, nothing was lost
    with Library(folder, auto_backup=False) as library:
        assert library.store.integrity_check() == "ok"
        stored = [s for s in library.documents.summaries() if "doc" in Path(s.source).name]
        library.search.sync()
        assert library.search.index.doc_count() == library.store.count_documents()
        assert library.search.query("Fachleute", limit=0).total == len(stored)
    again = parallax(folder, "import", str(tmp_path / "in"), timeout=120)
    assert again.returncode == 0, again.stderr
    with Library(folder, auto_backup=False) as library:
        assert library.store.count_documents() == 5 + len(corpus)
