"""The command line for the exchange formats: qdpx export and import, md --split, csv
--semicolon, and how import-annotations reports each highlight's document."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.library import Library
from tests.conftest import SEEDS


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return status, out, err


def _annotate(capsys: pytest.CaptureFixture[str], folder: Path) -> list[str]:
    ids = []
    for doc, quote, extra in (("000", "Tensor Processing Units", ["--tag", "tpu"]),
                              ("002", "oltre un gigawatt", ["--note", "=cmd|' /C calc'!A0"])):
        status, out, err = run(capsys, folder, "annotate", doc, "--quote", quote, "--label",
                               "Claim", *extra, "--json")
        assert status == 0, err
        ids.append(json.loads(out)["id"])
    assert run(capsys, folder, "link", ids[0], ids[1])[0] == 0
    return ids


def test_qdpx_export_and_import_from_the_command_line(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path,
) -> None:
    ids = _annotate(capsys, library_dir)
    status, _, err = run(capsys, library_dir, "export", "--format", "qdpx")
    assert status == 1 and "give --out" in err and "Traceback" not in err
    out = tmp_path / "team.qdpx"
    status, _, err = run(capsys, library_dir, "export", "--format", "qdpx", "--out", str(out),
                         "--crlf", "--user", "Ana")
    assert status == 0 and "2 highlights from 2 documents" in err
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert "project.qde" in names and sum(n.startswith("sources/") for n in names) == 2
        assert b"\r\n" in archive.read(next(n for n in names if n.startswith("sources/")))
    fresh = tmp_path / "fresh"
    with Library(fresh, seed_if_empty=False) as empty:
        empty.store.set_meta("seeded", "never")  # stays empty when the CLI opens it
    status, out_text, err = run(capsys, fresh, "import", str(out))
    assert status == 0, err
    assert "Documents: 2 new" in out_text and "2 added" in out_text
    status, out_text, _ = run(capsys, fresh, "import", str(out), "--json")
    report = json.loads(out_text)
    assert status == 0 and len(report["documents_existing"]) == 2
    assert sorted(report["highlights"]["unchanged"]) == sorted(ids)
    _, listed, _ = run(capsys, fresh, "annotations", "--json")
    assert sorted(a["quote"] for a in json.loads(listed)) == ["Tensor Processing Units",
                                                              "oltre un gigawatt"]
    status, _, err = run(capsys, fresh, "import", str(tmp_path / "missing.qdpx"))
    assert status == 1 and "There is no file" in err


def test_markdown_split_and_semicolon_csv(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path,
) -> None:
    _annotate(capsys, library_dir)
    notes = tmp_path / "vault"
    status, out, err = run(capsys, library_dir, "export", "--format", "md", "--split",
                           "--out", str(notes))
    assert status == 0 and out == "" and "2 files in" in err
    files = sorted(notes.iterdir())
    assert len(files) == 2 and all(f.read_text(encoding="utf-8").startswith("---\n")
                                   for f in files)
    status, _, err = run(capsys, library_dir, "export", "--format", "csv", "--split")
    assert status == 1 and "--split is for the Markdown export" in err
    status, out, _ = run(capsys, library_dir, "export", "--format", "csv", "--semicolon")
    assert status == 0 and out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out[1:], newline=""), delimiter=";"))
    assert rows[0][:5] == ["document_title", "outlet", "date", "label", "quote"]
    note = next(r[5] for r in rows[1:] if r[5])
    assert note == "'=cmd|' /C calc'!A0"


def test_import_annotations_says_how_each_document_was_found(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(SEEDS / "001_c1947360a57fa8e8.txt", articles)
    first, second, third = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for folder in (first, second, third):
        with Library(folder, seed_if_empty=False) as empty:
            empty.store.set_meta("seeded", "never")  # no seeds: only the article folder
    for folder in (first, second):
        assert run(capsys, folder, "import", str(articles))[0] == 0
    status, out, err = run(capsys, first, "annotate", "001", "--quote",
                           "mehr als 300.000 Geschäftskunden", "--json")
    assert status == 0, err
    exported = tmp_path / "h.jsonld"
    run(capsys, first, "export", "--format", "jsonld", "--out", str(exported))
    path = articles / "001_c1947360a57fa8e8.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Derzeit betreut", "Aktuell betreut"),
                    encoding="utf-8")
    run(capsys, third, "import", str(articles))
    status, out, _ = run(capsys, third, "import-annotations", str(exported))
    assert status == 0 and "same source, text changed" in out
    assert "(documents: same source, text changed: 1)" in out
    status, out, _ = run(capsys, second, "import-annotations", str(exported))
    assert status == 0 and "same document" in out
