"""Smoke tests of the benchmark scripts: they run, and their output has every number.

No timing is asserted: tests never depend on how fast the machine is.
"""

from __future__ import annotations

import hashlib
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core import langid
from tests.conftest import PARALLEL_DEV, REPO

BENCH = REPO / "benchmarks"
SOURCE = PARALLEL_DEV / "regular"
COUNT = 60

METRICS = (
    "import_s", "import_docs_per_s", "import_mb_per_s", "import_peak_rss_mb",
    "search_p50_ms", "search_p95_ms", "search_p95_no_fuzzy_ms", "search_max_ms",
    "search_first_ms", "index_mb", "rss_open_mb", "rss_holding_index_mb",
    "update_median_ms", "update_max_ms",
)

pytestmark = pytest.mark.slow


def generate(out: Path, seed: int, count: int = COUNT) -> None:
    subprocess.run(
        [sys.executable, str(BENCH / "generate_corpus.py"), str(out), "--count", str(count),
         "--seed", str(seed), "--source", str(SOURCE)],
        check=True, capture_output=True, timeout=120,
    )


def digests(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*")) if path.is_file()
    }


def articles(folder: Path) -> list[Path]:
    return [p for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.startswith(".")]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert SOURCE.is_dir(), f"parallel-dev text is missing at {SOURCE}"
    out = tmp_path_factory.mktemp("bench") / "corpus"
    generate(out, seed=7)
    return out


def test_generated_corpus_is_deterministic(corpus: Path, tmp_path: Path) -> None:
    generate(tmp_path / "again", seed=7)
    generate(tmp_path / "other", seed=8)
    assert digests(tmp_path / "again") == digests(corpus)
    assert digests(tmp_path / "other") != digests(corpus)


def test_generated_corpus_is_multilingual_and_mixed(corpus: Path) -> None:
    files = articles(corpus)
    assert len(files) == COUNT
    assert {p.suffix for p in files} == {".txt", ".md", ".html"}
    texts = [p.read_bytes().decode("utf-8-sig", errors="replace") for p in files]
    assert all(900 <= len(t.encode("utf-8")) <= 6000 for t in texts)
    tags = langid.detect_many(texts, backend="langdetect_rs")
    assert len({t.code for t in tags} - {"und"}) >= 4
    manifest = [json.loads(line) for line in
                (corpus / ".manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(manifest) == COUNT
    assert any(record["near_duplicate_of"] is not None for record in manifest)


def test_bench_library_json_has_every_metric(corpus: Path, tmp_path: Path) -> None:
    before = digests(corpus)
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH / "bench_library.py"), "--corpus", str(corpus),
         "--repeat", "1", "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "search p95" in proc.stdout  # the table
    results = json.loads(out.read_text(encoding="utf-8"))

    metrics = results["metrics"]
    assert set(METRICS) <= set(metrics)
    for key in METRICS:
        for side in ("ours", "bare", "ratio"):
            value = metrics[key][side]
            assert isinstance(value, float | int) and math.isfinite(value) and value > 0, (
                key, side, value)
    assert len(results["targets"]) == 6
    assert all(isinstance(t["met"], bool) for t in results["targets"])

    assert results["corpus"]["files"] == COUNT
    assert len(results["corpus"]["languages"]) >= 4
    assert results["queries"]["count"] >= 50
    ours, bare = results["ours"], results["bare"]
    assert ours["import"]["statuses"] == {"new": COUNT}
    assert ours["import"]["documents"] == COUNT == bare["import"]["documents"]
    assert ours["search"]["documents"] == COUNT == bare["search"]["documents"]
    assert ours["search"]["errors"] == {} and bare["search"]["errors"] == {}
    assert any(q["total"] for q in ours["search"]["per_query"])
    for side in (ours, bare):
        assert len(side["update"]["edits"]) == 5
        assert all(edit["found"] == 1 for edit in side["update"]["edits"])
    assert all(edit["status"] == "updated" for edit in ours["update"]["edits"])
    # The one-article edits are undone.
    assert digests(corpus) == before
