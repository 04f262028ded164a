"""Smoke test of benchmarks/bench_search.py on small texts written here: both commands run
and report every number. No time is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

ARTICLES = {
    "de": ("Die Brücke", "Die Stadt baut eine neue Brücke über den Fluss. Jede Brücke der "
           "Region ist alt, und die Kosten steigen jedes Jahr weiter an."),
    "es": ("El puente", "La ciudad construye un puente nuevo sobre el río. Los puentes de la "
           "región son viejos y los costes suben cada año un poco más."),
    "it": ("Il ponte", "La città costruisce un nuovo ponte sul fiume. I ponti della regione "
           "sono vecchi e i costi salgono ogni anno sempre di più."),
}


def write_inflection_set(folder: Path) -> None:
    (folder / "corpus").mkdir(parents=True)
    manifest, queries = [], []
    for lang, (title, body) in ARTICLES.items():
        name = f"{lang}_test.txt"
        (folder / "corpus" / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        manifest.append({"file": name, "lang": lang})
    queries.append({"query": "Brücken", "lang": "de", "lemma": "Brücke",
                    "lemma_relevant": ["de_test.txt"]})
    queries.append({"query": "puentes", "lang": "es", "lemma": "puente",
                    "lemma_relevant": ["es_test.txt"]})
    for name, records in (("manifest.jsonl", manifest), ("queries.jsonl", queries)):
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in records),
                                   encoding="utf-8")


def test_analysis_reports_recall_and_precision(tmp_path: Path) -> None:
    write_inflection_set(tmp_path / "set")
    out = tmp_path / "analysis.json"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "bench_search.py"), "analysis",
                    str(tmp_path / "set"), "--json", str(out)],
                   check=True, capture_output=True, timeout=300)
    rows = json.loads(out.read_text())["rows"]
    ours = rows["Parallax (Library.search, end to end)"]
    assert ours["queries"] == 2 and ours["recall"] == 1.0 and ours["precision"] == 1.0
    assert {"no stemming", "simplemma lemma", "whoosh LanguageAnalyzer"} <= set(rows)
    assert rows["no stemming"]["recall"] == 0.5  # "puentes" is in the text, "Brücken" not


def test_speed_compares_both_engines(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for lang, (title, body) in ARTICLES.items():
        (source / f"{lang}.txt").write_text(f"{title}\n\n{body}\n\n{body}\n", encoding="utf-8")
    out = tmp_path / "speed.json"
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "bench_search.py"), "speed",
                    "--source", str(source), "--scale", "0.01", "--queries", "12",
                    "--repeat", "1", "--work", str(tmp_path / "work"), "--json", str(out)],
                   check=True, capture_output=True, timeout=600)
    result = json.loads(out.read_text())
    assert result["articles"] == 34
    for engine in ("parallax", "bare"):
        assert result[f"import_{engine}"]["documents"] == 34
        numbers = result[f"search_{engine}"]
        assert numbers["p50_ms"] > 0 and numbers["max_ms"] >= numbers["p95_ms"]
        assert numbers["rss_after_mb"] > 0 and not numbers["errors"]
    assert set(result["ratios"]) == {"p50", "p95", "max", "import_time"}
