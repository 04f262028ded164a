"""Search: word-form recall/precision, and speed side by side with bare whoosh.

Two measurements, each from data given on the command line (never bundled):

``analysis INFLECTION_DIR``
    Recall and precision of inflected-word queries on a lemma-annotated corpus laid out
    like ``../shared/inflection-dev`` (``corpus/``, ``manifest.jsonl``, ``queries.jsonl``;
    the metric is the one in its README: per query, over the articles in the query's
    language, recall = |returned ∩ lemma_relevant| / |lemma_relevant|, precision =
    |returned ∩ lemma_relevant| / |returned|, every result counted; mean over queries).
    Rows: Parallax end to end (the articles imported into a fresh library, each query
    through ``Library.search`` with no limit), and, for reference, the bare analyses on
    the same tokens (no stemming, whoosh's ``LanguageAnalyzer``, Snowball via PyStemmer,
    simplemma lemmas, lemma then Snowball stem).

``speed --source DIR [--source DIR ...] --scale N``
    A real multilingual corpus: every text article under the sources (``.txt``, ``.html``),
    replicated N times with its paragraphs rotated (so copies are distinct documents with
    the same words), imported by Parallax (``Library.import_paths``) and by the bare whoosh
    script (``bare_whoosh.py``: same schema fields, whoosh's own analysers), each in a fresh
    process; then the same queries (rare inflected words, common words, two-word AND,
    phrases, prefixes, drawn from the corpus) through ``Library.search`` (top 10 with
    snippets) and through a bare whoosh searcher (top 10, whoosh's highlighter on the
    stored body), alternating query by query in the same run: p50/p95/max, the RSS of
    each searching process, and import throughput of each.

Usage::

    python benchmarks/bench_search.py analysis ../shared/inflection-dev
    nice -n 10 python benchmarks/bench_search.py speed --source ../shared/inflection-dev/corpus \\
        --source ../shared/web-pages-dev/pages --source ../shared/parallel-textberg --scale 1
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

_TOKEN = re.compile(r"\w+(?:\.?\w+)*")

# -- analysis -----------------------------------------------------------------------------


def load_inflection_set(folder: Path) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """``{file: lang}`` of the articles and the query records."""
    manifest = {}
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            manifest[record["file"]] = record["lang"]
    queries = [json.loads(line) for line in
               (folder / "queries.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    return manifest, queries


def score(
    queries: list[dict[str, Any]], manifest: dict[str, str],
    returned: Callable[[dict[str, Any]], set[str]],
) -> dict[str, Any]:
    """Mean recall and precision, overall and per language (the README's metric)."""
    per_lang: dict[str, list[tuple[float, float]]] = {}
    for q in queries:
        lang = q["lang"]
        relevant = set(q["lemma_relevant"])
        got = {f for f in returned(q) if manifest.get(f) == lang}
        found = len(got & relevant)
        recall = found / len(relevant) if relevant else 1.0
        precision = found / len(got) if got else 0.0
        per_lang.setdefault(lang, []).append((recall, precision))
    allpairs = [pair for pairs in per_lang.values() for pair in pairs]

    def mean(pairs: list[tuple[float, float]], i: int) -> float:
        return round(sum(p[i] for p in pairs) / len(pairs), 3) if pairs else 0.0

    return {
        "recall": mean(allpairs, 0), "precision": mean(allpairs, 1), "queries": len(allpairs),
        "per_language": {lang: {"recall": mean(p, 0), "precision": mean(p, 1)}
                         for lang, p in sorted(per_lang.items())},
    }


def token_analysis_rows(folder: Path, manifest: dict[str, str],
                        queries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The reference analyses, applied to the same lower-case tokens of every article."""
    import simplemma
    import Stemmer
    from whoosh.analysis import LanguageAnalyzer

    from reader.core.analysis import SNOWBALL

    tokens = {f: set(_TOKEN.findall((folder / "corpus" / f).read_text(encoding="utf-8")
                                    .lower()))
              for f in manifest}
    stemmers = {code: Stemmer.Stemmer(SNOWBALL[code]) for code in set(manifest.values())}
    whoosh_analyzers = {code: LanguageAnalyzer(code) for code in set(manifest.values())}

    def whoosh_keys(word: str, lang: str) -> set[str]:
        return {t.text for t in whoosh_analyzers[lang](word)}

    def lemma(word: str, lang: str) -> str:
        return str(simplemma.lemmatize(word, lang=lang)).lower()

    schemes: dict[str, Callable[[str, str], set[str]]] = {
        "no stemming": lambda w, lang: {w},
        "whoosh LanguageAnalyzer": whoosh_keys,
        "Snowball (PyStemmer)": lambda w, lang: {stemmers[lang].stemWord(w)},
        "simplemma lemma": lambda w, lang: {lemma(w, lang)},
        "simplemma lemma, then Snowball": lambda w, lang: {
            stemmers[lang].stemWord(lemma(w, lang))},
    }
    rows = {}
    for name, keys in schemes.items():
        memo: dict[tuple[str, str], set[str]] = {}

        def cached(word: str, lang: str, keys: Callable[[str, str], set[str]] = keys,
                   memo: dict[tuple[str, str], set[str]] = memo) -> set[str]:
            found = memo.get((word, lang))
            if found is None:
                found = memo[(word, lang)] = keys(word, lang)
            return found

        index = {f: set().union(*(cached(t, manifest[f]) for t in words)) if words else set()
                 for f, words in tokens.items()}

        def returned(q: dict[str, Any], index: dict[str, set[str]] = index,
                     cached: Callable[[str, str], set[str]] = cached) -> set[str]:
            wanted = cached(q["query"].lower(), q["lang"])
            return {f for f, keys in index.items() if keys & wanted}

        rows[name] = score(queries, manifest, returned)
    return rows


def parallax_analysis_row(folder: Path, manifest: dict[str, str],
                          queries: list[dict[str, Any]]) -> dict[str, Any]:
    """Parallax end to end: import the articles, search each query with no limit."""
    from reader.core.library import Library

    with tempfile.TemporaryDirectory(prefix="parallax-bench-") as tmp:
        library = Library(Path(tmp) / "lib", seed_if_empty=False, auto_backup=False)
        try:
            started = time.perf_counter()
            library.import_paths([folder / "corpus"])
            import_s = time.perf_counter() - started
            by_id = {s.id: Path(s.source).name for s in library.store.list_summaries()}
            times: list[float] = []

            def returned(q: dict[str, Any]) -> set[str]:
                t0 = time.perf_counter()
                results = library.search(q["query"], limit=len(by_id) + 1)
                times.append(time.perf_counter() - t0)
                return {by_id[h.doc_id] for h in results.hits}

            row = score(queries, manifest, returned)
            row["import_s"] = round(import_s, 2)
            row["search_ms_p50"] = round(statistics.median(times) * 1000, 1)
            return row
        finally:
            library.close()


def run_analysis(args: argparse.Namespace) -> dict[str, Any]:
    folder = Path(args.folder)
    manifest, queries = load_inflection_set(folder)
    rows = {"Parallax (Library.search, end to end)": parallax_analysis_row(folder, manifest,
                                                                           queries)}
    if not args.parallax_only:
        rows.update(token_analysis_rows(folder, manifest, queries))
    return {"set": str(folder), "articles": len(manifest), "queries": len(queries),
            "rows": rows}


def format_analysis(result: dict[str, Any]) -> str:
    langs = sorted({lang for row in result["rows"].values() for lang in row["per_language"]})
    lines = [f"{result['articles']} articles, {result['queries']} queries ({result['set']})",
             "", "| analysis | recall | precision | " + " | ".join(langs) + " |",
             "|---|---|---|" + "---|" * len(langs)]
    for name, row in result["rows"].items():
        per = " | ".join(f"{row['per_language'][lang]['recall']:.2f} / "
                         f"{row['per_language'][lang]['precision']:.2f}"
                         if lang in row["per_language"] else "" for lang in langs)
        lines.append(f"| {name} | {row['recall']:.3f} | {row['precision']:.3f} | {per} |")
    return "\n".join(lines)


# -- main ---------------------------------------------------------------------------------


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ana = sub.add_parser("analysis", help="recall/precision of inflected-word queries")
    ana.add_argument("folder", help="a set laid out like ../shared/inflection-dev")
    ana.add_argument("--parallax-only", action="store_true")
    ana.add_argument("--json", metavar="PATH")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.command == "analysis":
        result = run_analysis(args)
        print(format_analysis(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
