"""Benchmark annotations: creating many, exporting them in every format, re-anchoring after an edit.

Measured on the bundled seeds, through the public core API (``Library.annotations``,
``library.exports.render``, ``library.imports.paths``, ``library.imports.annotations``):

- create: N highlights (default 10,000) one operation each, every one its own transaction,
  with a label, a note and tags; every tenth linked to the one before (total, per-op p50/p95);
- index: the first search afterwards, which brings the annotation index up to date;
- export: the N highlights in each format (md, html, csv, jsonld), best of three runs; the
  target is under 2 s for every format;
- import: the JSON-LD export read back into a library with the same documents;
- re-anchor: M highlights (default 1,000) on one article, then the article is edited (a
  paragraph inserted at the top, a word changed, a sentence deleted) and re-imported; the
  re-import time includes re-anchoring all M in the same transaction, and the pure
  ``reanchor_all`` time is given apart.

Usage::

    python benchmarks/bench_annotations.py [--count N] [--reanchor M] [--json [PATH]] [--keep]
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.anchoring import reanchor_all  # noqa: E402
from reader.core.export import FORMATS  # noqa: E402
from reader.core.library import Library, seeds_dir  # noqa: E402
from reader.core.models import AnnotationId  # noqa: E402

EXPORT_TARGET_S = 2.0
SEED = "000_9cdf093ffe599bbc.txt"
LABELS = ("Claim", "Evidence", "Question", None)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def bench_create_export(folder: Path, count: int) -> dict[str, Any]:
    """Create ``count`` highlights on the seeds, then time the index, exports and import."""
    results: dict[str, Any] = {}
    with Library(folder / "library", auto_backup=False) as library:
        service = library.annotations
        docs = [(s.id, library.documents.get(s.id).text) for s in library.documents.summaries()]
        durations: list[float] = []
        previous: AnnotationId | None = None
        began = time.perf_counter()
        for n in range(count):
            doc_id, text = docs[n % len(docs)]
            start = (n * 7919) % (len(text) - 120)
            t0 = time.perf_counter()
            change = service.create(
                doc_id, start, start + 20 + n % 90, label=LABELS[n % 4],
                note=f"Note {n}: **figure** to check, see \"source\" <{n % 13}>",
                tags=[f"tag{n % 17}", "bench"],
            )
            durations.append(time.perf_counter() - t0)
            current = next(iter(change.annotation_ids))
            if previous is not None and n % 10 == 0:
                service.link(previous, current, "same-claim")
            previous = current
        results["create_total_s"] = time.perf_counter() - began
        results["create_p50_ms"] = 1000 * statistics.median(durations)
        results["create_p95_ms"] = 1000 * _percentile(durations, 0.95)
        results["annotations"] = service.count()
        results["links"] = len(service.all_links())

        t0 = time.perf_counter()
        hits = library.search.query("figure")
        results["index_sync_s"] = time.perf_counter() - t0
        results["search_annotation_total"] = hits.annotation_total
        t0 = time.perf_counter()
        library.search.query("tag:tag3 note:check")
        results["search_after_sync_ms"] = 1000 * (time.perf_counter() - t0)

        exports: dict[str, bytes] = {}
        for fmt in FORMATS:
            runs = []
            for _ in range(3):
                t0 = time.perf_counter()
                exports[fmt] = library.exports.render(fmt).files[""]
                runs.append(time.perf_counter() - t0)
            results[f"export_{fmt}_s"] = min(runs)
            results[f"export_{fmt}_mb"] = len(exports[fmt]) / 1e6
        results["export_under_target"] = all(
            results[f"export_{fmt}_s"] < EXPORT_TARGET_S for fmt in FORMATS
        )
    with Library(folder / "other", auto_backup=False) as other:
        t0 = time.perf_counter()
        report = other.imports.annotations(exports["jsonld"].decode("utf-8"))
        results["import_jsonld_s"] = time.perf_counter() - t0
        results["imported"] = len(report.added)
    project = folder / "export.qdpx"
    project.write_bytes(exports["qdpx"])
    with Library(folder / "qda", auto_backup=False) as other:
        t0 = time.perf_counter()
        qda = other.imports.qdpx(project)
        results["import_qdpx_s"] = time.perf_counter() - t0
        results["imported_qdpx"] = len(qda.annotations.added)
    return results


def bench_reanchor(folder: Path, count: int) -> dict[str, Any]:
    """``count`` highlights on one article, which is then edited and re-imported."""
    results: dict[str, Any] = {}
    article = folder / "articles" / SEED
    article.parent.mkdir(parents=True)
    shutil.copy(seeds_dir() / SEED, article)
    with Library(folder / "reanchor", seed_if_empty=False, auto_backup=False) as library:
        outcome = library.imports.paths([article]).outcomes[0]
        assert outcome.doc_id is not None
        doc_id = outcome.doc_id
        old_text = library.documents.get(doc_id).text
        starts = [i for i in range(1, len(old_text) - 80) if old_text[i - 1] == " "]
        step = max(1, len(starts) // count)
        for n in range(count):
            start = starts[(n * step) % len(starts)]
            library.annotations.create(doc_id, start, start + 15 + n % 60)
        original = article.read_text(encoding="utf-8")
        sentence = ("Dies führt zu einer unerbittlichen Nachfrage nach Rechenressourcen, die ein "
                    "einzelner Cloud-Anbieter nicht decken kann.")
        edited = ("Vorbemerkung der Redaktion: Dieser Artikel wurde ergänzt.\n\n"
                  + original.replace(" " + sentence, "").replace("Kapazität", "Leistung", 1))
        article.write_text(edited, encoding="utf-8")
        selectors = [a.selector for a in library.annotations.for_document(doc_id)]
        t0 = time.perf_counter()
        report = library.imports.paths([article])
        results["reimport_s"] = time.perf_counter() - t0
        results["reimport_message"] = report.outcomes[0].message
        new_text = library.documents.get(doc_id).text
        t0 = time.perf_counter()
        reanchor_all(old_text, new_text, selectors)
        results["reanchor_all_s"] = time.perf_counter() - t0
        states = [a.state for a in library.annotations.for_document(doc_id)]
        results["reanchored"] = len(states)
        for state in ("anchored", "moved", "orphaned"):
            results[f"reanchor_{state}"] = states.count(state)
    return results


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="highlights to create")
    parser.add_argument("--reanchor", type=int, default=1_000, help="highlights to re-anchor")
    parser.add_argument("--json", nargs="?", const="-", metavar="PATH",
                        help="print JSON (or write it to PATH)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary libraries")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="parallax-bench-annotations-"))
    try:
        results: dict[str, Any] = {
            "count": args.count, "reanchor_count": args.reanchor,
            "python": platform.python_version(), "machine": platform.machine(),
        }
        results.update(bench_create_export(folder, args.count))
        results.update(bench_reanchor(folder, args.reanchor))
    finally:
        if args.keep:
            print(f"libraries kept in {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        text = json.dumps(results, indent=2)
        if args.json == "-":
            print(text)
        else:
            Path(args.json).write_text(text + "\n", encoding="utf-8")
        return 0
    rows = [
        (f"create {args.count:,} highlights", f"{results['create_total_s']:.2f} s",
         f"p50 {results['create_p50_ms']:.2f} ms, p95 {results['create_p95_ms']:.2f} ms"),
        ("first search (index catch-up)", f"{results['index_sync_s']:.2f} s",
         f"{results['search_annotation_total']:,} annotations match 'figure'"),
        ("search afterwards", f"{results['search_after_sync_ms']:.1f} ms", ""),
    ]
    for fmt in FORMATS:
        ok = "ok" if results[f"export_{fmt}_s"] < EXPORT_TARGET_S else "OVER TARGET"
        rows.append((f"export {fmt}", f"{results[f'export_{fmt}_s']:.2f} s",
                     f"{results[f'export_{fmt}_mb']:.1f} MB, target < {EXPORT_TARGET_S:.0f} s: "
                     f"{ok}"))
    rows += [
        ("import JSON-LD", f"{results['import_jsonld_s']:.2f} s",
         f"{results['imported']:,} highlights"),
        ("import .qdpx", f"{results['import_qdpx_s']:.2f} s",
         f"{results['imported_qdpx']:,} highlights"),
        (f"re-import, {args.reanchor:,} highlights", f"{results['reimport_s']:.2f} s",
         results["reimport_message"]),
        ("reanchor_all alone", f"{results['reanchor_all_s']:.3f} s", ""),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>9}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
