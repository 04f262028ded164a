"""Importing into the library: batches, bad files, re-import, references."""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest

from reader.core.errors import Ambiguous, NotFound
from reader.core.library import Library
from reader.core.tasks import CancelToken
from tests.conftest import SEEDS

ARTICLE = (
    "Die Bundesregierung hat neue Regeln für Rechenzentren beschlossen.\n\n"
    "Sie sollen ab dem kommenden Jahr gelten und Milliarden an Investitionen lenken."
)


def test_seeds_are_imported_on_first_use(library: Library) -> None:
    assert len(library.documents.summaries()) == 5


def test_a_mixed_batch_imports_the_good_files_and_reports_the_bad(
    empty_library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    (folder / "nested").mkdir(parents=True)
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "nested" / "latin1.txt").write_bytes(
        "Müller über Straßen und Größe der Rechenzentren in Köln.".encode("latin-1")
    )
    (folder / "utf16.md").write_bytes(
        codecs.BOM_UTF16_LE + "# Titel\n\nÜberschrift und Text über Größe.".encode("utf-16-le")
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")  # a PDF cut off after its header
    (folder / "notes.odt").write_bytes(b"PK\x03\x04")  # unsupported suffix: skipped
    report = empty_library.imports.paths([folder, tmp_path / "missing.txt"])
    by_name = {Path(o.path).name: o for o in report.outcomes}
    assert {n for n, o in by_name.items() if o.status == "new"} == {
        "good.txt",
        "latin1.txt",
        "utf16.md",
    }
    assert "empty" in by_name["empty.txt"].message
    assert "binary" in by_name["image.html"].message
    assert "does not exist" in by_name["missing.txt"].message
    assert by_name["notes.pdf"].message == "notes.pdf is a damaged PDF that cannot be read."
    assert "notes.odt" not in by_name
    assert not report.ok
    latin = empty_library.documents.get(by_name["latin1.txt"].doc_id)  # type: ignore[arg-type]
    assert latin.text.startswith("Müller über Straßen")


def test_same_content_twice_is_not_duplicated(empty_library: Library, tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(ARTICLE, encoding="utf-8")
    two.write_text(ARTICLE, encoding="utf-8")
    first = empty_library.imports.paths([one])
    second = empty_library.imports.paths([one, two])
    assert [o.status for o in first.outcomes] == ["new"]
    assert [o.status for o in second.outcomes] == ["unchanged", "unchanged"]
    assert len(empty_library.documents.summaries()) == 1


def test_same_content_twice_in_one_batch_is_new_once(
    empty_library: Library, tmp_path: Path
) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(ARTICLE, encoding="utf-8")
    two.write_text(ARTICLE, encoding="utf-8")
    report = empty_library.imports.paths([one, two])
    statuses = {Path(o.path).name: (o.status, o.doc_id) for o in report.outcomes}
    assert statuses["one.txt"][0] == "new"
    assert statuses["two.txt"] == ("unchanged", statuses["one.txt"][1])
    assert len(empty_library.documents.summaries()) == 1
    assert empty_library.search.query("Rechenzentren").total == 1


def test_a_changed_file_reimports_in_place(empty_library: Library, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc_id = empty_library.imports.paths([path]).outcomes[0].doc_id
    path.write_text(ARTICLE + "\n\nEin neuer Absatz über Gigawatt.", encoding="utf-8")
    report = empty_library.imports.paths([path])
    assert [(o.status, o.doc_id) for o in report.outcomes] == [("updated", doc_id)]
    assert len(empty_library.documents.summaries()) == 1
    assert empty_library.search.query("Gigawatt").hits[0].doc_id == doc_id


def test_library_survives_its_source_files_moving(empty_library: Library, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc_id = empty_library.imports.paths([path]).outcomes[0].doc_id
    moved = tmp_path / "archive" / "article.txt"
    moved.parent.mkdir()
    shutil.move(path, moved)
    assert empty_library.documents.get(doc_id).text.startswith("Die Bundesregierung")  # type: ignore[arg-type]
    report = empty_library.imports.paths([moved])
    assert report.outcomes[0].status == "unchanged"
    assert empty_library.documents.get(doc_id).source == str(moved.resolve())  # type: ignore[arg-type]


def test_cancel_keeps_what_was_finished(empty_library: Library, tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(f"Artikel Nummer {i}. " + ARTICLE, encoding="utf-8")
    token = CancelToken()
    token.cancel()
    report = empty_library.imports.paths([tmp_path], cancel=token)
    assert report.cancelled and not report.ok
    assert empty_library.store.count_documents() == 0


def test_progress_reaches_the_end(empty_library: Library) -> None:
    seen: list[tuple[int, int]] = []
    empty_library.imports.paths([SEEDS], progress=lambda d, t, m: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1]
    assert [d / t for d, t in seen if t] == sorted(d / t for d, t in seen if t)


@pytest.mark.parametrize("ref", ["000", "000_9cdf093ffe599bbc", "000_9cdf093ffe599bbc.txt"])
def test_documents_are_named_by_file_name(library: Library, ref: str) -> None:
    doc = library.documents.find(ref)
    assert doc.source.endswith("000_9cdf093ffe599bbc.txt")
    assert library.documents.resolve(doc.id[:6]) == doc.id


def test_unknown_and_ambiguous_references(library: Library) -> None:
    with pytest.raises(NotFound):
        library.documents.resolve("nothing-like-this")
    with pytest.raises(Ambiguous):
        library.documents.resolve("00")
