"""One damaged JSON column in the store: reported and skipped, the rest works."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.store import STORE_FILENAME

from .conftest import assert_one_sentence, parallax


def _damage(folder: Path, sql: str, *params: object) -> None:
    db = sqlite3.connect(folder / STORE_FILENAME)
    db.execute(sql, params)
    db.commit()
    db.close()


@pytest.fixture
def damaged(library_dir: Path) -> tuple[Path, str, str]:
    """The seed library with one highlight; a document's paragraphs and the highlight's
    tags replaced by text that is not JSON (SQLite's integrity check still passes)."""
    with Library(library_dir, auto_backup=False) as library:
        doc_id = library.documents.resolve("002")
        library.annotations.create(doc_id, 0, 9, note="nota", tags=["eins"])
        [ann_id] = [a.id for a in library.annotations.query() if a.doc_id == doc_id]
        other = library.documents.resolve("000")
        library.annotations.create(other, 0, 5, note="andere", tags=["zwei"])
    _damage(library_dir, "UPDATE documents SET paragraphs = ?, metadata = ? WHERE id = ?",
            '[[0, 12, "it", 0.9, "body", fa', "{not json", doc_id)
    _damage(library_dir, "UPDATE annotations SET tags = ? WHERE id = ?", "[\"eins", ann_id)
    return library_dir, doc_id, ann_id


@pytest.mark.parametrize("command", [
    ["show", "002"], ["search", "Milliarde"], ["info"], ["list"],
    ["export", "--format", "md"], ["export", "--format", "jsonld"], ["annotations"],
    ["annotations", "--tag", "zwei"], ["claims"],
])
def test_every_command_still_works_and_says_so_once(
    damaged: tuple[Path, str, str], command: list[str]
) -> None:
    folder, _, _ = damaged
    result = parallax(folder, *command)
    assert result.returncode == 0, result.stderr
    assert_one_sentence(result.stderr)
    assert "JSONDecodeError" not in result.stderr


def test_show_names_the_damage_and_check_lists_the_rows(
    damaged: tuple[Path, str, str],
) -> None:
    folder, doc_id, ann_id = damaged
    shown = parallax(folder, "show", "002")
    assert shown.stdout.strip()  # the text is shown
    assert "cannot be read" in shown.stderr and "parallax check" in shown.stderr
    assert shown.stderr.count("\n") == 1
    checked = parallax(folder, "check")
    assert checked.returncode == 1
    assert f"Damaged: document {doc_id}" in checked.stdout
    assert "paragraphs cannot be read" in checked.stdout
    assert "metadata cannot be read" in checked.stdout
    assert f"Damaged: highlight {ann_id}" in checked.stdout
    assert "3 damaged rows." in checked.stdout
    data = json.loads(parallax(folder, "check", "--json").stdout)
    assert data["integrity"] == "ok" and not data["ok"]
    assert {(r["table"], r["column"]) for r in data["damaged_rows"]} == {
        ("documents", "paragraphs"), ("documents", "metadata"), ("annotations", "tags")}


def test_the_search_still_finds_the_damaged_document(damaged: tuple[Path, str, str]) -> None:
    folder, doc_id, _ = damaged
    with Library(folder, auto_backup=False) as library:
        library.search.rebuild()
        assert library.search.query("Milliarde").total == 3
        assert library.documents.get(doc_id).paragraphs[0].start == 0


def test_a_healthy_library_checks_ok(library_dir: Path) -> None:
    result = parallax(library_dir, "check")
    assert result.returncode == 0, result.stdout
    assert "Integrity: ok" in result.stdout and "0 damaged rows." in result.stdout
