"""Evaluate paragraph alignment and related-passage lookup on the parallel-dev corpus.

Scoring follows ``parallel-dev/README.md`` ("How to score") in the shared folder
(``$PARALLAX_SHARED``, by default ``../shared`` next to the repository):

- alignment: micro P/R/F1 of paragraph links (i, j) against the gold links (paragraphs
  sharing a verse), per unordered language pair and overall, on ``regular/`` and
  ``reshuffled/``;
- related top-1: for every verse of file A, the best passage that
  :func:`reader.core.align.related_passages` returns in file B (same article) must
  overlap B's span of that verse, over ordered pairs, on ``reshuffled/``. The granularity
  is a sentence, or a run of as many sentences (inside one paragraph) as the verse
  touches in A. No file of another article is searched. Three modes:

  - ``content``: shared quantities, names, cognates, punctuation and length only
    (``use_position=False, use_alignment=False``);
  - ``aligned`` (the headline "without position hints"): content plus the document
    alignment of A and B (``use_position=False, use_alignment=True``);
  - ``position``: everything, including the relative-position prior.

Usage::

    python benchmarks/eval_alignment.py [--limit N] [--langs de,en,it] [--variant reshuffled]
        [--modes content,aligned,position] [--jobs 2] [--json]

The full run (65 articles, 8 languages, both variants, three modes) takes about three
minutes on two cores; ``--limit 8`` takes about twenty seconds.
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.align import align_documents, related_passages  # noqa: E402
from reader.core.models import DocId, Document, Paragraph, ParagraphKind  # noqa: E402

DEFAULT_ROOT = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared")) / "parallel-dev"
VARIANTS = ("regular", "reshuffled")


def make_document(doc_id: str, text: str, lang: str) -> Document:
    """A Document whose paragraphs are the non-empty lines; the first is the title."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            kind: ParagraphKind = "body" if paragraphs else "title"
            paragraphs.append(Paragraph(pos, pos + len(line), lang, 1.0, kind))
        pos += len(line) + 1
    return Document(DocId(doc_id), doc_id, doc_id, text, "", "txt", lang, 1.0, tuple(paragraphs))


def load_gold(folder: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """article -> lang -> gold record, with the file's exact text added under "text"."""
    gold: dict[str, dict[str, dict[str, Any]]] = collections.defaultdict(dict)
    with open(folder / "gold.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            with open(folder / record["file"], encoding="utf-8", newline="") as text_file:
                record["text"] = text_file.read()
            gold[record["article"]][record["lang"]] = record
    return gold


def gold_links(ra: dict[str, Any], rb: dict[str, Any]) -> set[tuple[int, int]]:
    return {(i, j) for i, pa in enumerate(ra["paragraphs"]) for j, pb in enumerate(rb["paragraphs"])
            if set(pa["unit_ids"]) & set(pb["unit_ids"])}


def predict_links(da: Document, ra: dict[str, Any], db: Document,
                  rb: dict[str, Any]) -> set[tuple[int, int]]:
    """Alignment links mapped to gold paragraph indices (by paragraph start offset)."""
    index_a = {p["start"]: k for k, p in enumerate(ra["paragraphs"])}
    index_b = {p["start"]: k for k, p in enumerate(rb["paragraphs"])}
    out = set()
    for i, j in align_documents(da, db).links:
        ka, kb = index_a.get(da.paragraphs[i].start), index_b.get(db.paragraphs[j].start)
        if ka is not None and kb is not None:
            out.add((ka, kb))
    return out


MODES = {
    "content": {"use_position": False, "use_alignment": False},
    "aligned": {"use_position": False, "use_alignment": True},
    "position": {"use_position": True, "use_alignment": True},
}


def _evaluate_article(args: tuple[str, dict[str, dict[str, Any]], list[str], tuple[str, ...]]
                      ) -> dict[str, Any]:
    variant, records, langs, modes = args
    docs = {lang: make_document(records[lang]["file"], records[lang]["text"], lang)
            for lang in langs}
    align: dict[str, list[int]] = {}
    related: dict[str, dict[str, list[int]]] = {mode: {} for mode in modes}
    for a, b in itertools.combinations(langs, 2):
        g = gold_links(records[a], records[b])
        s = predict_links(docs[a], records[a], docs[b], records[b])
        align[f"{a}-{b}"] = [len(s & g), len(s), len(g)]
    for mode in modes:
        for a, b in itertools.permutations(langs, 2):
            span_b = {u["id"]: (u["start"], u["end"]) for u in records[b]["units"]}
            hits = 0
            for u in records[a]["units"]:
                found = related_passages(docs[a], u["start"], u["end"], [docs[b]], limit=1,
                                         **MODES[mode])
                gs, ge = span_b[u["id"]]
                hits += bool(found) and found[0].start < ge and gs < found[0].end
            related[mode][f"{a}-{b}"] = [hits, len(records[a]["units"])]
    return {"variant": variant, "align": align, "related": related}


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / max(p + r, 1e-12), 4)}


def evaluate(
    root: Path = DEFAULT_ROOT,
    variants: tuple[str, ...] = VARIANTS,
    articles: list[str] | None = None,
    langs: list[str] | None = None,
    limit: int | None = None,
    modes: tuple[str, ...] = tuple(MODES),
    jobs: int = 2,
) -> dict[str, Any]:
    """Scores per variant: alignment P/R/F1 per pair and overall, related top-1 per pair."""
    tasks = []
    for variant in variants:
        gold = load_gold(root / variant)
        names = sorted(gold) if articles is None else articles
        if limit is not None:
            names = names[:limit]
        for name in names:
            chosen = sorted(gold[name]) if langs is None else sorted(langs)
            tasks.append((variant, {k: gold[name][k] for k in chosen}, chosen,
                          modes if variant == "reshuffled" else ()))
    started = time.perf_counter()
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            parts = list(pool.map(_evaluate_article, tasks, chunksize=1))
    else:
        parts = [_evaluate_article(task) for task in tasks]
    report: dict[str, Any] = {"seconds": 0.0, "variants": {}}
    for variant in variants:
        align: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
        rel: dict[str, dict[str, list[int]]] = {
            mode: collections.defaultdict(lambda: [0, 0]) for mode in modes}
        n_articles = 0
        for part in parts:
            if part["variant"] != variant:
                continue
            n_articles += 1
            for pair, counts in part["align"].items():
                align[pair] = [x + y for x, y in zip(align[pair], counts, strict=True)]
            for mode, pairs in part["related"].items():
                for pair, counts in pairs.items():
                    rel[mode][pair] = [x + y for x, y in zip(rel[mode][pair], counts, strict=True)]
        total = [sum(c[k] for c in align.values()) for k in range(3)]
        related: dict[str, dict[str, Any]] = {}
        for mode, pairs in rel.items():
            if not pairs:
                continue
            hits, n = (sum(c[k] for c in pairs.values()) for k in range(2))
            en_hits, en_n = (sum(c[k] for p, c in pairs.items() if "en" in p.split("-"))
                             for k in range(2))
            related[mode] = {
                "overall": round(hits / max(n, 1), 4),
                "with_en": round(en_hits / max(en_n, 1), 4),
                "queries": n,
                "pairs": {p: round(h / max(k, 1), 4) for p, (h, k) in sorted(pairs.items())},
            }
        report["variants"][variant] = {
            "articles": n_articles,
            "align": {"overall": _prf(*total),
                      "pairs": {p: _prf(*c) for p, c in sorted(align.items())}},
            "related_top1": related,
        }
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def _table(report: dict[str, Any]) -> str:
    variants = report["variants"]
    pairs = sorted({p for v in variants.values() for p in v["align"]["pairs"]})
    related: dict[str, Any] = next(
        (v["related_top1"] for v in variants.values() if v["related_top1"]), {})
    head = f"{'pair':<7}" + "".join(f" {'F1 ' + v[:5]:>9}" for v in variants)
    head += "".join(f" {mode[:8] + ' >':>10} {mode[:8] + ' <':>10}" for mode in related)
    lines = [head]
    for pair in pairs:
        row = f"{pair:<7}" + "".join(f" {v['align']['pairs'][pair]['f1']:>9.3f}"
                                     for v in variants.values())
        a, b = pair.split("-")
        for result in related.values():
            row += f" {result['pairs'].get(f'{a}-{b}', 0):>10.3f}"
            row += f" {result['pairs'].get(f'{b}-{a}', 0):>10.3f}"
        lines.append(row)
    lines.append("(F1: paragraph-link F1; '>' related top-1 from the first language of the pair, "
                 "'<' from the second)")
    for name, v in variants.items():
        o = v["align"]["overall"]
        lines.append(f"{name}: {v['articles']} articles, alignment P {o['p']:.3f} "
                     f"R {o['r']:.3f} F1 {o['f1']:.3f}")
        for mode, result in v["related_top1"].items():
            lines.append(f"{name}: related top-1 [{mode}] {result['overall']:.3f} "
                         f"(pairs with en {result['with_en']:.3f}) over {result['queries']} "
                         "queries")
    lines.append(f"{report['seconds']} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--langs", help="comma-separated subset, e.g. de,en,it")
    parser.add_argument("--variant", choices=VARIANTS, help="only this variant")
    parser.add_argument("--modes", default=",".join(MODES),
                        help=f"related modes to run, of {','.join(MODES)}; empty for none")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report = evaluate(
        args.root,
        (args.variant,) if args.variant else VARIANTS,
        langs=args.langs.split(",") if args.langs else None,
        limit=args.limit,
        modes=tuple(m for m in args.modes.split(",") if m),
        jobs=args.jobs,
    )
    print(json.dumps(report, indent=2) if args.json else _table(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
