"""The command line: JSON shapes, text output, errors and exit statuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import REPO


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_list_json_shape(capsys: pytest.CaptureFixture[str], library_dir: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "list", "--json")
    assert status == 0
    items = json.loads(out)
    assert len(items) == 5
    assert {"id", "title", "lang", "lang_confidence", "source", "n_chars"} <= set(items[0])
    assert sorted(i["lang"] for i in items) == ["de", "de", "de", "it", "pt"]


def test_list_filters_by_language(capsys: pytest.CaptureFixture[str], library_dir: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "list", "--lang", "de")
    assert status == 0
    assert out.strip().endswith("3 documents")


def test_show_json_shape(capsys: pytest.CaptureFixture[str], library_dir: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "show", "002", "--json")
    doc = json.loads(out)
    assert status == 0 and doc["lang"] == "it"
    assert {"id", "title", "lang", "source", "text", "paragraphs"} <= set(doc)
    paragraph = doc["paragraphs"][-1]
    assert {"start", "end", "lang", "boilerplate"} <= set(paragraph)
    assert doc["text"][paragraph["start"] : paragraph["end"]] == "Lascia un commento"
    assert paragraph["boilerplate"] is True


def test_show_text_marks_boilerplate(capsys: pytest.CaptureFixture[str], library_dir: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "show", "004")
    assert status == 0
    assert out.startswith("Anthropic desafia a NVIDIA")
    assert "[boilerplate] Deixe um comentário" in out


def test_search_json_shape(capsys: pytest.CaptureFixture[str], library_dir: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "search", "Milliarde", "--json")
    data = json.loads(out)
    assert status == 0
    assert data["query"] == "Milliarde" and data["total"] == 3
    hit = data["hits"][0]
    assert {"id", "title", "lang", "source", "score", "snippet", "matches"} <= set(hit)
    assert all(len(m) == 2 for m in hit["matches"])


def test_search_text_output(capsys: pytest.CaptureFixture[str], library_dir: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "search", "lang:it gigawatt")
    assert status == 0
    assert "[gigawatt]" in out and out.strip().endswith("1 document matches")


def test_malformed_query_is_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    status, out, err = run(capsys, "--data-dir", str(library_dir), "search", '"TPU')
    assert status == 1 and out == ""
    assert err == "parallax: The query has an unclosed quotation mark.\n"


def test_import_reports_failures_in_the_exit_status(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "Ein ordentlicher Artikel über Gigawatt und Rechenzentren in Bayern.", encoding="utf-8"
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    status, out, err = run(capsys, "--data-dir", str(library_dir), "import", str(good), str(empty))
    assert status == 1
    assert "new" in out and "1 new, 1 failed" in out
    assert err.strip() == "parallax: empty.txt is empty."
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "import", str(good), "--json")
    data = json.loads(out)
    assert status == 0 and data["ok"] is True and data["files"][0]["status"] == "unchanged"


def test_unknown_document_is_an_error(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    status, _, err = run(capsys, "--data-dir", str(library_dir), "show", "nope")
    assert status == 1 and err.startswith("parallax: No document matches 'nope'")


def test_reindex_and_info(capsys: pytest.CaptureFixture[str], library_dir: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "reindex", "--json")
    assert status == 0 and json.loads(out)["indexed_documents"] == 5
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "info", "--json")
    info = json.loads(out)
    assert info["documents"] == info["indexed_documents"] == 5
    assert info["languages"] == {"de": 3, "it": 1, "pt": 1}
    assert info["store"].startswith(str(library_dir))


def test_data_dir_from_environment(
    capsys: pytest.CaptureFixture[str], library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(library_dir))
    status, out, _ = run(capsys, "info", "--json")
    assert json.loads(out)["data_dir"] == str(library_dir)


def test_python_dash_m_and_version(tmp_path: Path) -> None:
    env = {**os.environ, "PARALLAX_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
    )
    assert done.returncode == 0 and done.stdout.startswith("parallax ")
    done = subprocess.run(
        [sys.executable, "-m", "reader", "list", "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        check=False,
    )
    assert done.returncode == 0 and len(json.loads(done.stdout)) == 5


def test_search_says_about_for_an_estimated_total(
    capsys: pytest.CaptureFixture[str], library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.search import index

    monkeypatch.setattr(index, "APPROXIMATE_TOTAL_ABOVE", 2)
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "search", "gigawatt")
    assert status == 0 and "about 5 documents match" in out
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "search", "gigawatt",
                         "--exact")
    assert status == 0 and "\n5 documents match" in out and "about" not in out
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "search", "gigawatt",
                         "--json")
    assert json.loads(out)["total_exact"] is False
