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


@pytest.mark.parametrize("written, stored", [
    ("2023-13-45", None), ("yesterday", None), ("0000-00-00", None),
    ("2024-03-05", "2024-03-05"), ("2024-03-05T10:00:00Z", "2024-03-05T10:00:00+00:00"),
    ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05T10:00:00+00:00"),
    ("05.03.2024", "2024-03-05"),
])
def test_dates_in_imported_files_are_normalised_or_left_out(
    tmp_path: Path, written: str, stored: str | None
) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        f"---\ntitle: Windkraft\ndate: {written}\n---\n\n# Windkraft\n\n"
        "Der Ausbau der Windkraft im Norden geht weiter, sagen die Fachleute.\n",
        encoding="utf-8")
    folder = tmp_path / "lib"
    result = parallax(folder, "import", str(page))
    assert result.returncode == 0, result.stderr
    with Library(folder, auto_backup=False) as library:
        doc = library.documents.find("page")
        assert doc.metadata.get("published") == stored
    if stored is None:
        assert (f"its publication date '{written}' is not a date and was left out"
                in result.stdout)
    shown = parallax(folder, "show", "page")
    assert (f"published: {stored}" in shown.stdout) if stored else (
        "published:" not in shown.stdout)
