"""Search: word-form recall/precision, and speed side by side with bare whoosh.

Two measurements, each from data given on the command line (never bundled):

``analysis INFLECTION_DIR``
    Recall and precision of inflected-word queries on a lemma-annotated corpus laid out
    like ``../shared/inflection-dev`` (``corpus/``, ``manifest.jsonl``, ``queries.jsonl``;
    the metric is the one in its README: per query, over the articles in the query's
    language, recall = |returned ∩ lemma_relevant| / |lemma_relevant|, precision =
    |returned ∩ lemma_relevant| / |returned|, every result counted; mean over queries).
    Rows: Parallax end to end (the articles imported into a fresh library, each query
    through ``library.search.query`` with no limit), and, for reference, the bare analyses on
    the same tokens (no stemming, whoosh's ``LanguageAnalyzer``, Snowball via PyStemmer,
    simplemma lemmas, lemma then Snowball stem).

``speed --source DIR [--source DIR ...] --scale N``
    A real multilingual corpus: every text article under the sources (``.txt``, ``.html``),
    replicated N times with its paragraphs rotated (so copies are distinct documents with
    the same words), imported by Parallax (``library.imports.paths``) and by the bare whoosh
    script (``bare_whoosh.py``: same schema fields, whoosh's own analysers), each in a fresh
    process; then the same queries (rare inflected words, common words, two-word AND,
    phrases, prefixes, drawn from the corpus) through ``library.search.query`` (top 10 with
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
sys.path.insert(0, str(REPO / "benchmarks"))

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

    from reader.core.search.analysis import SNOWBALL

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
            library.imports.paths([folder / "corpus"])
            import_s = time.perf_counter() - started
            by_id = {s.id: Path(s.source).name for s in library.store.list_summaries()}
            times: list[float] = []

            def returned(q: dict[str, Any]) -> set[str]:
                t0 = time.perf_counter()
                results = library.search.query(q["query"], limit=len(by_id) + 1)
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


# -- corpus -------------------------------------------------------------------------------

ARTICLES_AT_1X = 3400
TEXTBERG_SENTENCES_PER_PARAGRAPH = 5
TEXTBERG_PARAGRAPHS_PER_ARTICLE = 8


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def source_articles(sources: Iterable[Path]) -> list[tuple[str, list[str]]]:
    """``(title, paragraphs)`` of every real article under the sources.

    ``.txt``: title line, blank line, paragraphs. ``.html``/``.html.gz``: the article text
    Parallax's HTML reader extracts. Files without a suffix (Text+Berg: one sentence a
    line) are cut into articles of a few paragraphs of a few sentences.
    """
    import gzip

    from reader.core.formats import parse_format

    articles = []
    for source in sources:
        for path in sorted(p for p in Path(source).rglob("*") if p.is_file()):
            name = path.name.lower()
            if name.endswith((".html", ".htm", ".html.gz", ".htm.gz")):
                data = path.read_bytes()
                if name.endswith(".gz"):
                    data = gzip.decompress(data)
                model = parse_format("html", data, path.name).model
                paras = _paragraphs(model.text)
                if model.title and paras and paras[0] == model.title:
                    paras = paras[1:]
                if len(" ".join(paras)) > 200:
                    articles.append((model.title or paras[0][:80], paras))
            elif name.endswith(".txt"):
                lines = path.read_text(encoding="utf-8", errors="replace").split("\n", 1)
                paras = _paragraphs(lines[1] if len(lines) > 1 else "")
                if paras:
                    articles.append((lines[0].strip(), paras))
            elif "." not in name and "gold" not in path.parts:
                sentences = [s.strip() for s in path.read_text(encoding="utf-8").splitlines()
                             if s.strip()]
                step = TEXTBERG_SENTENCES_PER_PARAGRAPH
                paras = [" ".join(sentences[i:i + step]) for i in range(0, len(sentences), step)]
                size = TEXTBERG_PARAGRAPHS_PER_ARTICLE
                for n, i in enumerate(range(0, len(paras), size)):
                    chunk = paras[i:i + size]
                    articles.append((f"{chunk[0][:60]} ({path.parent.name}/{path.name} {n})",
                                     chunk))
    return articles


def build_corpus(sources: Iterable[Path], scale: float, out: Path) -> int:
    """Write ``ARTICLES_AT_1X * scale`` articles: the real ones, then copies of them with
    their paragraphs rotated (copy k starts at paragraph k), numbered in the title."""
    articles = source_articles(sources)
    target = int(ARTICLES_AT_1X * scale)
    out.mkdir(parents=True, exist_ok=True)
    for n in range(target):
        title, paras = articles[n % len(articles)]
        copy = n // len(articles)
        k = copy % len(paras)
        rotated = paras[k:] + paras[:k]
        heading = title if copy == 0 else f"{title} ({copy + 1})"
        folder = out / f"{n // 1000:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{n:06d}.txt").write_text(heading + "\n\n" + "\n\n".join(rotated) + "\n",
                                             encoding="utf-8")
    return target


# -- queries ------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")


def build_queries(corpus: Path, count: int = 300, seed: int = 0) -> list[tuple[str, str]]:
    """``(kind, query)``: rare inflected words, common words, two-word AND, phrases,
    prefixes (``a*`` among them), drawn from the corpus with a fixed seed."""
    import random

    rng = random.Random(seed)
    files = sorted(corpus.rglob("*.txt"))
    sample = rng.sample(files, min(len(files), 600))
    df: dict[str, int] = {}
    pairs: list[str] = []
    phrases: list[str] = []
    for path in sample:
        words = [w.lower() for w in _WORD.findall(path.read_text(encoding="utf-8"))]
        for w in set(words):
            df[w] = df.get(w, 0) + 1
        long_words = [w for w in words if len(w) >= 6]
        if len(long_words) >= 2:
            a, b = rng.sample(long_words, 2)
            if a != b:
                pairs.append(f"{a} {b}")
        if len(words) > 3:
            i = rng.randrange(len(words) - 1)
            if len(words[i]) >= 4 and len(words[i + 1]) >= 4:
                phrases.append(f'"{words[i]} {words[i + 1]}"')
    rare = sorted(w for w, n in df.items() if 2 <= n <= 4 and len(w) >= 7)
    common = [w for w, _ in sorted(df.items(), key=lambda x: -x[1])[:200] if len(w) >= 2]
    shares = {"rare": 0.35, "common": 0.2, "and": 0.2, "phrase": 0.13, "prefix": 0.12}
    picked: list[tuple[str, str]] = []
    picked += [("rare", w) for w in rng.sample(rare, min(len(rare), int(count * shares["rare"])))]
    picked += [("common", w) for w in rng.sample(common, min(len(common),
                                                              int(count * shares["common"])))]
    picked += [("and", q) for q in rng.sample(pairs, min(len(pairs), int(count * shares["and"])))]
    picked += [("phrase", q) for q in rng.sample(phrases, min(len(phrases),
                                                              int(count * shares["phrase"])))]
    n_prefix = count - len(picked)
    prefixes = ["a*", "de*", "con*"] + [
        w[: rng.choice((3, 4, 5))] + "*" for w in rng.sample(sorted(df), min(len(df), n_prefix))]
    picked += [("prefix", q) for q in prefixes[:n_prefix]]
    rng.shuffle(picked)
    return picked


# -- speed --------------------------------------------------------------------------------


def rss_mb() -> float:
    """Resident memory of this process, MB."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    """Peak resident memory of this process and its finished children, MB."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def phase_import(engine: str, corpus: Path, work: Path) -> dict[str, Any]:
    """Import the corpus with one engine (run in a fresh process)."""
    started = time.perf_counter()
    if engine == "parallax":
        from reader.core.library import Library

        library = Library(work / "parallax", seed_if_empty=False, auto_backup=False)
        library.imports.paths([corpus])
        n = len(library.store.list_summaries())
        library.close()
    else:
        from bare_whoosh import bare_import

        n = bare_import(corpus, work / "bare")["documents"]
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 2), "documents": n, "docs_per_s": round(n / seconds, 1),
            "peak_rss_mb": round(peak_rss_mb(), 1)}


def serve(engine: str, work: Path) -> None:
    """Answer queries from stdin, one JSON line each: the time and the number of hits."""
    if engine == "parallax":
        from reader.core.library import Library

        library = Library(work / "parallax", seed_if_empty=False, auto_backup=False)

        def search(text: str) -> int:
            return len(library.search.query(text, limit=10).hits)
    else:
        from bare_whoosh import BareSearcher

        bare = BareSearcher(work / "bare")

        def search(text: str) -> int:
            return len(bare.search(text, limit=10)["hits"])
    print(json.dumps({"ready": True, "rss_mb": round(rss_mb(), 1)}), flush=True)
    for line in sys.stdin:
        text = json.loads(line)
        t0 = time.perf_counter()
        try:
            hits = search(text)
            error = None
        except Exception as exc:  # a query one engine refuses: recorded, not fatal
            hits, error = 0, f"{type(exc).__name__}: {exc}"
        elapsed = time.perf_counter() - t0
        print(json.dumps({"ms": elapsed * 1000, "hits": hits, "error": error,
                          "rss_mb": round(rss_mb(), 1)}), flush=True)


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = (len(ordered) - 1) * pct / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def run_speed(args: argparse.Namespace) -> dict[str, Any]:
    import subprocess

    work = Path(args.work or tempfile.mkdtemp(prefix="parallax-bench-search-"))
    corpus = work / "corpus"
    if not corpus.exists():
        n_docs = build_corpus([Path(s) for s in args.source], args.scale, corpus)
    else:
        n_docs = len(list(corpus.rglob("*.txt")))
    queries = build_queries(corpus, args.queries)
    result: dict[str, Any] = {"articles": n_docs, "scale": args.scale, "queries": len(queries),
                              "work": str(work)}
    me = [sys.executable, str(Path(__file__).resolve())]
    for engine in ("bare", "parallax"):
        if (work / engine).exists() and args.reuse:
            continue
        out = subprocess.run([*me, "phase-import", engine, str(corpus), str(work)],
                             check=True, capture_output=True, text=True)
        result[f"import_{engine}"] = json.loads(out.stdout.strip().splitlines()[-1])
        print(engine, "import", result[f"import_{engine}"], file=sys.stderr)
    servers = {engine: subprocess.Popen([*me, "serve", engine, str(work)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, bufsize=1)
               for engine in ("parallax", "bare")}
    try:
        ready = {e: json.loads(p.stdout.readline()) for e, p in servers.items()}  # type: ignore[union-attr]
        times: dict[str, list[float]] = {e: [] for e in servers}
        by_kind: dict[str, dict[str, list[float]]] = {e: {} for e in servers}
        errors: dict[str, list[str]] = {e: [] for e in servers}
        last: dict[str, Any] = {}
        for rnd in range(args.repeat + 1):  # the first round warms both
            for kind, text in queries:
                order = ("parallax", "bare") if rnd % 2 else ("bare", "parallax")
                for engine in order:
                    proc = servers[engine]
                    proc.stdin.write(json.dumps(text) + "\n")  # type: ignore[union-attr]
                    proc.stdin.flush()  # type: ignore[union-attr]
                    answer = json.loads(proc.stdout.readline())  # type: ignore[union-attr]
                    last[engine] = answer
                    if rnd == 0:
                        if answer["error"]:
                            errors[engine].append(f"{text}: {answer['error']}")
                        continue
                    times[engine].append(answer["ms"])
                    by_kind[engine].setdefault(kind, []).append(answer["ms"])
    finally:
        for proc in servers.values():
            proc.stdin.close()  # type: ignore[union-attr]
            proc.wait(timeout=60)
    for engine in servers:
        t = times[engine]
        result[f"search_{engine}"] = {
            "p50_ms": round(statistics.median(t), 1), "p95_ms": round(_percentile(t, 95), 1),
            "max_ms": round(max(t), 1), "rss_ready_mb": ready[engine]["rss_mb"],
            "rss_after_mb": last[engine]["rss_mb"], "errors": errors[engine][:10],
            "by_kind_p95_ms": {k: round(_percentile(v, 95), 1)
                               for k, v in sorted(by_kind[engine].items())},
        }
    ours, bare = result["search_parallax"], result["search_bare"]
    result["ratios"] = {
        "p50": round(ours["p50_ms"] / bare["p50_ms"], 2),
        "p95": round(ours["p95_ms"] / bare["p95_ms"], 2),
        "max": round(ours["max_ms"] / bare["max_ms"], 2),
    }
    if "import_parallax" in result and "import_bare" in result:
        result["ratios"]["import_time"] = round(
            result["import_parallax"]["seconds"] / result["import_bare"]["seconds"], 2)
    return result


# -- main ---------------------------------------------------------------------------------


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ana = sub.add_parser("analysis", help="recall/precision of inflected-word queries")
    ana.add_argument("folder", help="a set laid out like ../shared/inflection-dev")
    ana.add_argument("--parallax-only", action="store_true")
    ana.add_argument("--json", metavar="PATH")
    spd = sub.add_parser("speed", help="Parallax vs bare whoosh on a real corpus")
    spd.add_argument("--source", action="append", default=[], help="folder of real articles")
    spd.add_argument("--scale", type=float, default=1.0, help="1 = ~3,400 articles")
    spd.add_argument("--queries", type=int, default=300)
    spd.add_argument("--repeat", type=int, default=2)
    spd.add_argument("--work", help="keep the corpus and indexes here (reused when present)")
    spd.add_argument("--reuse", action="store_true", help="reuse indexes already in --work")
    spd.add_argument("--json", metavar="PATH")
    imp = sub.add_parser("phase-import")
    imp.add_argument("engine")
    imp.add_argument("corpus")
    imp.add_argument("work")
    srv = sub.add_parser("serve")
    srv.add_argument("engine")
    srv.add_argument("work")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.command == "phase-import":
        print(json.dumps(phase_import(args.engine, Path(args.corpus), Path(args.work))))
        return 0
    if args.command == "serve":
        serve(args.engine, Path(args.work))
        return 0
    if args.command == "analysis":
        result = run_analysis(args)
        print(format_analysis(result))
    if args.command == "speed":
        result = run_speed(args)
        print(json.dumps(result, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
