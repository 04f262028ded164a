"""Hostile annotation files and odd metadata: one sentence, nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.library import Library

from .conftest import assert_one_sentence, parallax


@pytest.mark.parametrize("make", ["nested-list", "nested-object", "dev-zero", "fifo"])
def test_hostile_annotation_files_are_one_sentence(
    library_dir: Path, tmp_path: Path, make: str
) -> None:
    path = tmp_path / "notes.jsonld"
    if make == "nested-list":
        path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    elif make == "nested-object":
        path.write_text('{"a":' * 50_000 + "1" + "}" * 50_000, encoding="utf-8")
    elif make == "dev-zero":
        path.symlink_to("/dev/zero")
    else:
        os.mkfifo(path)
    result = parallax(library_dir, "import-annotations", str(path), timeout=30)
    assert result.returncode == 1
    assert_one_sentence(result.stderr)
    assert result.stderr.startswith("parallax: ") and result.stderr.count("\n") == 1
    assert "recursion" not in result.stderr.lower()
    with Library(library_dir, auto_backup=False) as library:
        assert library.annotations.count() == 0
