"""Evaluate sentence alignment and related passages: Text+Berg de-fr, timing, parallel-dev.

Three parts, each over data given on the command line (nothing here ships with the product):

- **Text+Berg** (``--textberg DIR``, the folder with ``de/ fr/ gold/ score.py``, see its
  README): each German and French document is imported into a fresh library as an
  article, detokenised ("Wort ." -> "Wort."), five sentences a paragraph on the German
  side and four on the French side, so the two paragraphings differ; a line without final
  punctuation (a heading, byline or caption) ends its paragraph, as it would in an article
  (``--glue-headings`` glues those too). Then, through the same code ``parallax align``
  uses (:meth:`library.compare.align`), the sentence beads are mapped back to gold sentence ids
  (a gold sentence belongs to the bead holding most of its characters) and scored with
  the set's own ``score.py`` (strict and lax, Vecalign's definitions). Also reported:
  paragraph-link and sentence-link P/R/F1 (pairs of gold paragraphs / sentences that
  share aligned text), and, as the floor, a textbook Gale-Church aligner (sentence
  lengths only, the same sentences, the same mapping).
  Related passages: for every gold bead (both directions) its first sentence is the quote;
  :meth:`library.compare.related` over the whole library of 14 documents must put a passage
  overlapping the gold partner first among the passages of the translation ("right
  source"), and first overall ("library").
- **Timing** (with ``--textberg``): all seven documents concatenated (about 1,000
  sentences a side) and their first quarter, aligned best of three; the ratio of the two
  times must stay under 5 for 4x the sentences. Gale-Church on the same data alongside.
- **parallel-dev** (``--parallel-dev DIR``; Bible verses in 8 languages): paragraph-link
  P/R/F1 and related top-1, as before (see :func:`evaluate`).

Usage::

    python benchmarks/eval_alignment.py --textberg ../shared/parallel-textberg \\
        [--glue-headings] [--no-related] [--no-timing] \\
        [--parallel-dev ../shared/parallel-dev [--limit N] [--langs de,en] [--variant V]
         [--modes content,aligned,position] [--jobs 2]] [--json]

Text+Berg with timing and related takes about a minute on this machine; the full
parallel-dev run three to five minutes on two cores (``--limit 8``: twenty seconds).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import itertools
import json
import math
import os
import re
import sys
import tempfile
import time
from bisect import bisect_left
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core import align as align_module  # noqa: E402
from reader.core.align import (  # noqa: E402
    Alignment,
    align_documents,
    related_passages,
    sentence_spans,
)
from reader.core.library import Library  # noqa: E402
from reader.core.models import DocId, Document, Paragraph, ParagraphKind  # noqa: E402
from reader.core.text import build_text_model  # noqa: E402

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


# --------------------------------------------------------------------------- Text+Berg

_DETOKENISE = (
    (re.compile(r" ([.,;:!?)\]])"), r"\1"),
    (re.compile(r"([(\[]) "), r"\1"),
    (re.compile(r"(\w['’]) (?=\w)"), r"\1"),
)
_FINAL = re.compile(r"[.!?…:;\"»«)]$")
Span = tuple[int, int]
GoldPair = tuple[tuple[int, ...], tuple[int, ...]]


def detokenise(line: str) -> str:
    """Undo the corpus tokenisation: "Wort , und ( so ) ." -> "Wort, und (so)."."""
    text = " ".join(line.split())
    for pattern, repl in _DETOKENISE:
        text = pattern.sub(repl, text)
    return text


def build_article(lines: list[str], per: int, glue_headings: bool = False
                  ) -> tuple[str, list[Span], list[int]]:
    """Article text, each gold sentence's span, and the paragraph index of each sentence.

    ``per`` sentences a paragraph (joined by spaces; paragraphs by a blank line); a
    sentence without final punctuation ends its paragraph unless ``glue_headings``.
    """
    text, spans, para_of = "", [], []
    count, paragraph, previous = 0, 0, ""
    for k, line in enumerate(lines):
        piece = detokenise(line) or "…"
        if k:
            if count >= per or (not glue_headings and not _FINAL.search(previous)):
                text += "\n\n"
                count, paragraph = 0, paragraph + 1
            else:
                text += " "
        count += 1
        spans.append((len(text), len(text) + len(piece)))
        para_of.append(paragraph)
        text += piece
        previous = piece
    return text, spans, para_of


def _load_score(root: Path) -> Any:
    spec = importlib.util.spec_from_file_location("textberg_score", root / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"No score.py in {root}.")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lines(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def assign(beads: list[tuple[Span | None, Span | None]], spans_a: list[Span],
           spans_b: list[Span]) -> list[GoldPair]:
    """Beads as gold sentence ids: each gold sentence goes to the bead holding most of it."""
    ids: list[tuple[list[int], list[int]]] = [([], []) for _ in beads]
    for side, spans in ((0, spans_a), (1, spans_b)):
        starts = sorted((b[side][0], k) for k, b in enumerate(beads) if b[side] is not None)
        keys = [s for s, _ in starts]
        for sid, (s, e) in enumerate(spans):
            best, best_k = 0, -1
            first = max(bisect_left(keys, s) - 1, 0)
            for _, k in starts[first:first + 4]:
                span = beads[k][side]
                assert span is not None
                overlap = min(e, span[1]) - max(s, span[0])
                if overlap > best:
                    best, best_k = overlap, k
            if best_k >= 0:
                ids[best_k][side].append(sid)
    return [(tuple(a), tuple(b)) for a, b in ids if a or b]


def gale_church(len_a: list[int], len_b: list[int]) -> list[tuple[int, int, int, int]]:
    """Textbook Gale & Church (1993): beads scored on character lengths only.

    Priors 1-1 0.89, 1-0/0-1 0.0099, 2-1/1-2 0.089, 2-2 0.011; c = 1, s² = 6.8; a band of
    60 sentences around the diagonal for long texts.
    """
    priors = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089,
              (2, 2): 0.011}
    cost_prior = {k: -math.log(v) for k, v in priors.items()}
    n, m = len(len_a), len(len_b)
    ca = list(itertools.accumulate(len_a, initial=0))
    cb = list(itertools.accumulate(len_b, initial=0))
    ratio = cb[-1] / max(ca[-1], 1)
    inf = float("inf")
    cost: list[dict[int, float]] = [{} for _ in range(n + 1)]  # only the band's cells
    back: list[dict[int, tuple[int, int]]] = [{} for _ in range(n + 1)]
    cost[0][0] = 0.0
    width = m if n * m <= 40_000 else 60
    for i in range(n + 1):
        centre = i * m / max(n, 1)
        for j in range(max(0, int(centre - width)), min(m, int(centre + width)) + 1):
            for (da, db), prior in cost_prior.items():
                if i < da or j < db or cost[i - da].get(j - db, inf) == inf:
                    continue
                la, lb = ca[i] - ca[i - da], cb[j] - cb[j - db]
                if la and lb:
                    mean = (la + lb / ratio) / 2
                    delta = (lb - la * ratio) / math.sqrt(6.8 * mean)
                    p = max(math.erfc(abs(delta) / math.sqrt(2)), 1e-300)
                    value = prior - math.log(p)
                else:
                    value = prior
                if cost[i - da][j - db] + value < cost[i].get(j, inf):
                    cost[i][j] = cost[i - da][j - db] + value
                    back[i][j] = (da, db)
    path = []
    i, j = n, m
    while i or j:
        da, db = back[i].get(j, (0, 0))
        if (da, db) == (0, 0):  # outside the band
            da, db = (1, 0) if i else (0, 1)
        path.append((i - da, i, j - db, j))
        i, j = i - da, j - db
    return path[::-1]


def gale_church_beads(units_a: list[Span], units_b: list[Span]
                      ) -> list[tuple[Span | None, Span | None]]:
    path = gale_church([e - s for s, e in units_a], [e - s for s, e in units_b])
    return [((units_a[i0][0], units_a[i1 - 1][1]) if i1 > i0 else None,
             (units_b[j0][0], units_b[j1 - 1][1]) if j1 > j0 else None)
            for i0, i1, j0, j1 in path]


def _links(pairs: list[GoldPair], para_a: list[int] | None = None,
           para_b: list[int] | None = None) -> set[tuple[int, int]]:
    return {(para_a[i] if para_a else i, para_b[j] if para_b else j)
            for a, b in pairs for i in a for j in b}


def _prf_sets(pred: set[Any], gold: set[Any]) -> dict[str, float]:
    return _prf(len(pred & gold), len(pred), len(gold))


def _strict_lax(score: Any, golds: dict[str, list[GoldPair]], tests: dict[str, list[GoldPair]]
                ) -> dict[str, dict[str, float]]:
    """score.py's strict and lax P/R/F1 over all documents (its own counting function)."""
    ps = pl = pn = rs = rl = rn = 0
    for name, gold in golds.items():
        test = tests[name]
        a, b, c = score.counts(gold, test)
        ps, pl, pn = ps + a, pl + b, pn + c

        def no_gaps(pairs: list[GoldPair]) -> list[GoldPair]:
            return [p for p in pairs if p[0] and p[1]]

        a, b, c = score.counts(no_gaps(test), no_gaps(gold))
        rs, rl, rn = rs + a, rl + b, rn + c
    out = {}
    for kind, p, r in (("strict", ps / max(pn, 1), rs / max(rn, 1)),
                       ("lax", pl / max(pn, 1), rl / max(rn, 1))):
        out[kind] = {"p": round(p, 4), "r": round(r, 4),
                     "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}
    return out


def evaluate_textberg(root: Path, *, glue_headings: bool = False, related: bool = True,
                      related_every: int = 1) -> dict[str, Any]:
    """Text+Berg through the library: strict/lax F1, link F1, Gale-Church floor, related."""
    score = _load_score(root)
    names = sorted(p.name for p in (root / "gold").iterdir())
    golds = {n: [(tuple(a), tuple(b)) for a, b in score.read(root / "gold" / n)] for n in names}
    built = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in names:
            for lang, per in (("de", 5), ("fr", 4)):
                text, spans, para_of = build_article(_lines(root / lang / n), per, glue_headings)
                path = folder / f"textberg-{n}_{lang}.txt"
                path.write_text(text, encoding="utf-8")
                built[n, lang] = (text, spans, para_of)
        library = Library(folder / "library", seed_if_empty=False, auto_backup=False)
        try:
            started = time.perf_counter()
            library.imports.paths(sorted(folder.glob("*.txt")))
            import_s = time.perf_counter() - started
            ids: dict[tuple[str, str], DocId] = {}
            for summary in library.store.list_summaries():
                stem = Path(summary.source.replace("\\", "/")).stem  # textberg-001_de
                n, lang = stem.removeprefix("textberg-").split("_")
                ids[n, lang] = summary.id
                if library.documents.get(summary.id).text != built[n, lang][0]:
                    raise SystemExit(f"Import changed the text of {stem}; spans would be off.")
            tests: dict[str, list[GoldPair]] = {}
            floor: dict[str, list[GoldPair]] = {}
            para_pred: set[tuple[str, int, int]] = set()
            para_gold: set[tuple[str, int, int]] = set()
            sent_pred: set[tuple[str, int, int]] = set()
            sent_gold: set[tuple[str, int, int]] = set()
            align_s = 0.0
            parallel = []
            for n in names:
                (_, spans_a, par_a), (_, spans_b, par_b) = built[n, "de"], built[n, "fr"]
                doc_a = library.documents.get(ids[n, "de"])
                doc_b = library.documents.get(ids[n, "fr"])
                started = time.perf_counter()
                alignment: Alignment = library.compare.align(doc_a.id, doc_b.id)
                align_s += time.perf_counter() - started
                parallel.append(alignment.parallel)
                beads = [(p.a, p.b) for p in alignment.sentences]
                tests[n] = assign(beads, spans_a, spans_b)
                floor[n] = assign(gale_church_beads(sentence_spans(doc_a), sentence_spans(doc_b)),
                                  spans_a, spans_b)
                start_a = {p.start: k for k, p in enumerate(doc_a.paragraphs)}
                start_b = {p.start: k for k, p in enumerate(doc_b.paragraphs)}
                first_a = {par: spans_a[i][0] for i, par in reversed(list(enumerate(par_a)))}
                first_b = {par: spans_b[i][0] for i, par in reversed(list(enumerate(par_b)))}
                index_a = {start_a[s]: par for par, s in first_a.items() if s in start_a}
                index_b = {start_b[s]: par for par, s in first_b.items() if s in start_b}
                para_pred |= {(n, index_a[i], index_b[j]) for i, j in alignment.links
                              if i in index_a and j in index_b}
                para_gold |= {(n, i, j) for i, j in _links(golds[n], par_a, par_b)}
                sent_pred |= {(n, i, j) for i, j in _links(tests[n])}
                sent_gold |= {(n, i, j) for i, j in _links(golds[n])}
            report: dict[str, Any] = {
                "documents": len(names),
                "sentences": {"de": sum(len(built[n, "de"][1]) for n in names),
                              "fr": sum(len(built[n, "fr"][1]) for n in names)},
                "gold_pairs": sum(len(g) for g in golds.values()),
                "headings": "glued into paragraphs" if glue_headings else "own paragraph",
                "parallax": _strict_lax(score, golds, tests),
                "gale_church": _strict_lax(score, golds, floor),
                "paragraph_links": _prf_sets(para_pred, para_gold),
                "sentence_links": _prf_sets(sent_pred, sent_gold),
                "parallel_min": min(parallel),
                "import_s": round(import_s, 2),
                "align_s": round(align_s, 2),
            }
            if related:
                report["related_top1"] = _related_textberg(library, names, golds, built, ids,
                                                           related_every)
        finally:
            library.close()
    return report


def _related_textberg(library: Library, names: list[str], golds: dict[str, list[GoldPair]],
                      built: dict[tuple[str, str], tuple[str, list[Span], list[int]]],
                      ids: dict[tuple[str, str], DocId], every: int) -> dict[str, Any]:
    """For the first sentence of every gold bead, is the partner first? Both directions."""
    right = anywhere = queries = 0
    started = time.perf_counter()
    for n in names:
        for src, dst, flip in (("de", "fr", False), ("fr", "de", True)):
            spans_src, spans_dst = built[n, src][1], built[n, dst][1]
            for k, (a, b) in enumerate(golds[n]):
                if flip:
                    a, b = b, a
                if not a or not b or k % every:
                    continue
                start, end = spans_src[a[0]]
                results = library.compare.related(ids[n, src], start, end, limit=1)
                wanted = [spans_dst[j] for j in b]

                def hit(r: Any, wanted: list[Span] = wanted, target: DocId = ids[n, dst]) -> bool:
                    return r.doc_id == target and any(r.start < e and s < r.end
                                                       for s, e in wanted)

                queries += 1
                right += any(hit(r) for r in results if r.doc_id == ids[n, dst])
                anywhere += bool(results) and hit(results[0])
    return {"right_source": round(right / max(queries, 1), 4),
            "library": round(anywhere / max(queries, 1), 4),
            "queries": queries, "documents": len(ids),
            "ms_per_query": round(1000 * (time.perf_counter() - started) / max(queries, 1), 1)}


def _concatenated(root: Path, fraction: float) -> tuple[Document, Document]:
    names = sorted(p.name for p in (root / "gold").iterdir())
    docs = []
    for lang, per in (("de", 5), ("fr", 4)):
        lines = [line for n in names for line in _lines(root / lang / n)]
        text = build_article(lines[: int(len(lines) * fraction)], per)[0]
        model = build_text_model(text)
        paragraphs = tuple(Paragraph(b.start, b.end, lang, 1.0, b.kind, b.boilerplate)
                           for b in model.blocks)
        docs.append(Document(DocId(f"all-{lang}-{fraction}"), "", f"all_{lang}.txt", text, "",
                             "txt", lang, 1.0, paragraphs))
    return docs[0], docs[1]


def timing(root: Path, repeats: int = 7) -> dict[str, Any]:
    """Alignment time for about 250 and 1,000 sentences a side (cold: segmentation and
    features included), best of ``repeats`` taken in turns (so a busy spell on the machine
    hits both sizes); Gale-Church on the same sentences alongside."""
    sizes = {"quarter": _concatenated(root, 0.25), "full": _concatenated(root, 1.0)}
    best = dict.fromkeys(sizes, math.inf)
    best_gc = dict.fromkeys(sizes, math.inf)
    for _ in range(repeats):
        for label, (a, b) in sizes.items():
            align_module.clear_cache()
            started = time.perf_counter()
            align_documents(a, b)
            best[label] = min(best[label], time.perf_counter() - started)
            units_a, units_b = sentence_spans(a), sentence_spans(b)
            started = time.perf_counter()
            gale_church_beads(units_a, units_b)
            best_gc[label] = min(best_gc[label], time.perf_counter() - started)
    out: dict[str, Any] = {
        label: {"sentences": [len(sentence_spans(a)), len(sentence_spans(b))],
                "seconds": round(best[label], 3), "gale_church_seconds": round(best_gc[label], 3)}
        for label, (a, b) in sizes.items()}
    size = out["full"]["sentences"][0] / max(out["quarter"]["sentences"][0], 1)
    out["size_ratio"] = round(size, 2)
    out["time_ratio"] = round(out["full"]["seconds"] / max(out["quarter"]["seconds"], 1e-9), 2)
    return out


def _textberg_table(report: dict[str, Any]) -> str:
    lines = [f"Text+Berg de-fr: {report['documents']} documents, "
             f"{report['sentences']['de']}/{report['sentences']['fr']} sentences, "
             f"{report['gold_pairs']} gold pairs; headings {report['headings']}"]
    for name in ("parallax", "gale_church"):
        row = report[name]
        lines.append(f"  {name:<12} strict P {row['strict']['p']:.3f} R {row['strict']['r']:.3f}"
                     f" F1 {row['strict']['f1']:.3f}   lax F1 {row['lax']['f1']:.3f}")
    for name in ("paragraph_links", "sentence_links"):
        row = report[name]
        lines.append(f"  {name:<16} P {row['p']:.3f} R {row['r']:.3f} F1 {row['f1']:.3f}")
    lines.append(f"  align {report['align_s']} s for all documents (import {report['import_s']} s)")
    if "related_top1" in report:
        r = report["related_top1"]
        lines.append(f"  related top-1: right source {r['right_source']:.3f}, whole library "
                     f"({r['documents']} documents) {r['library']:.3f}, {r['queries']} queries, "
                     f"{r['ms_per_query']} ms each")
    if "timing" in report:
        t = report["timing"]
        lines.append(f"  timing: {t['quarter']['sentences']} sentences "
                     f"{t['quarter']['seconds']} s, {t['full']['sentences']} sentences "
                     f"{t['full']['seconds']} s: {t['size_ratio']}x the sentences, "
                     f"{t['time_ratio']}x the time (Gale-Church "
                     f"{t['quarter']['gale_church_seconds']} s / "
                     f"{t['full']['gale_church_seconds']} s)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--textberg", type=Path, metavar="DIR",
                        help="the parallel-textberg folder (de/ fr/ gold/ score.py)")
    parser.add_argument("--glue-headings", action="store_true",
                        help="glue lines without final punctuation into paragraphs too")
    parser.add_argument("--no-related", action="store_true", help="skip related passages")
    parser.add_argument("--related-every", type=int, default=1, metavar="K",
                        help="only every K-th gold pair as a related query (1)")
    parser.add_argument("--no-timing", action="store_true", help="skip the timing run")
    parser.add_argument("--parallel-dev", "--root", dest="parallel_dev", type=Path,
                        metavar="DIR", help="the parallel-dev folder (regular/ reshuffled/)")
    parser.add_argument("--limit", type=int, help="parallel-dev: only the first N articles")
    parser.add_argument("--langs", help="parallel-dev: comma-separated subset, e.g. de,en,it")
    parser.add_argument("--variant", choices=VARIANTS, help="parallel-dev: only this variant")
    parser.add_argument("--modes", default=",".join(MODES),
                        help=f"parallel-dev related modes, of {','.join(MODES)}; empty for none")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.textberg is None and args.parallel_dev is None:
        parser.error("give --textberg DIR and/or --parallel-dev DIR")
    out: dict[str, Any] = {}
    tables = []
    if args.textberg is not None:
        if not (args.textberg / "gold").is_dir():
            parser.error(f"{args.textberg} has no gold/ folder")
        tb = evaluate_textberg(args.textberg, glue_headings=args.glue_headings,
                               related=not args.no_related, related_every=args.related_every)
        if not args.no_timing:
            tb["timing"] = timing(args.textberg)
        out["textberg"] = tb
        tables.append(_textberg_table(tb))
    if args.parallel_dev is not None:
        report = evaluate(
            args.parallel_dev,
            (args.variant,) if args.variant else VARIANTS,
            langs=args.langs.split(",") if args.langs else None,
            limit=args.limit,
            modes=tuple(m for m in args.modes.split(",") if m),
            jobs=args.jobs,
        )
        out["parallel_dev"] = report
        tables.append("parallel-dev:\n" + _table(report))
    print(json.dumps(out, indent=2) if args.json else "\n\n".join(tables))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
