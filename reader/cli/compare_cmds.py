"""Comparison subcommands: related, align, claims, duplicates."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import InvalidValue
from ..core.library import Library
from ..core.models import DocId
from .output import emit_json, json_flag, terminal_safe, write_atomically

if TYPE_CHECKING:  # loaded by the commands that need it: it pulls in the numbers tables
    from ..core import compare


def register(sub: Any) -> None:
    """Add the comparison subcommands to the parser."""
    p = sub.add_parser("related", help="passages in other sources stating the same thing")
    p.add_argument("doc", metavar="DOC")
    p.add_argument("--quote", required=True, metavar="TEXT", help="the passage in DOC")
    p.add_argument("--occurrence", type=int, metavar="N", help="which occurrence of the quote")
    p.add_argument("--limit", type=int, default=3, metavar="N",
                   help="passages per other source (3)")
    p.add_argument("--link", type=int, metavar="RANK",
                   help="highlight the quote and result RANK and link them as the same claim")
    json_flag(p)
    p.set_defaults(handler=cmd_related)

    p = sub.add_parser("align", help="sentence alignment of two sources (any two languages)")
    p.add_argument("a", metavar="DOC_A")
    p.add_argument("b", metavar="DOC_B")
    p.add_argument("--paragraphs", action="store_true",
                   help="pair paragraphs (one pair per paragraph link) instead of sentences")
    json_flag(p)
    p.set_defaults(handler=cmd_align)

    p = sub.add_parser("claims", help="claim groups: which sources state each claim, and figures")
    p.add_argument("docs", nargs="*", metavar="DOC",
                   help="the sources to compare, so those lacking a claim show as not "
                        "stating it (default: every document with a highlight)")
    p.add_argument("--format", choices=("text", "md", "csv"), default="text",
                   help="text (default), a Markdown table or CSV with sources as columns")
    p.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of stdout")
    json_flag(p)
    p.set_defaults(handler=cmd_claims)

    p = sub.add_parser("duplicates", help="passages shared almost verbatim by two sources")
    p.add_argument("docs", nargs="*", metavar="DOC",
                   help="documents to check (default: every pair of a small library)")
    json_flag(p)
    p.set_defaults(handler=cmd_duplicates)


def _one_line(text: str, width: int = 110) -> str:
    text = terminal_safe(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_related(args: argparse.Namespace, library: Library) -> int:
    """Related passages for a quote."""
    doc = library.documents.find(args.doc)
    start, end = library.annotations.locate(doc.id, args.quote, args.occurrence)
    results = library.compare.related(doc.id, start, end, limit=max(args.limit, 1))
    docs = library.documents.get_many(r.doc_id for r in results)
    linked = None
    if args.link is not None:
        if not 1 <= args.link <= len(results):
            raise InvalidValue(f"--link takes a rank from 1 to {len(results)}.")
        chosen = results[args.link - 1]
        linked = library.compare.link_same_claim(
            (doc.id, start, end), (DocId(chosen.doc_id), chosen.start, chosen.end))
    if args.json:
        emit_json({
            "doc": doc.id,
            "quote": doc.text[start:end],
            "results": [
                {
                    "doc_id": r.doc_id, "source": docs[r.doc_id].source if r.doc_id in docs else "",
                    "lang": docs[r.doc_id].lang if r.doc_id in docs else "und",
                    "start": r.start, "end": r.end, "text": r.text, "score": r.score,
                    "reasons": list(r.reasons),
                }
                for r in results
            ],
            "linked": sorted(linked.annotation_ids) if linked else [],
        })
        return 0
    for rank, r in enumerate(results, start=1):
        other = docs.get(r.doc_id)
        name = other.source_name if other else r.doc_id
        lang = other.lang if other else "und"
        print(f"{rank:2}. {name} [{lang}] {r.start}-{r.end}  score {r.score:.2f}")
        print(f"    {_one_line(r.text)}")
        print(f"    because: {'; '.join(r.reasons) or '-'}")
    if linked:
        print(f"Linked as the same claim: {linked.description}.")
    return 0


def cmd_align(args: argparse.Namespace, library: Library) -> int:
    """Align two documents: sentence pairs, or paragraph pairs with --paragraphs."""
    from ..core.align import paragraph_pairs  # loaded on use: see tests/cli/test_startup

    a, b = library.documents.find(args.a), library.documents.find(args.b)
    alignment = library.compare.align(a.id, b.id)
    pairs = paragraph_pairs(alignment, a, b) if args.paragraphs else alignment.sentences
    if args.json:
        emit_json({
            "a": {"id": a.id, "source": a.source, "lang": a.lang},
            "b": {"id": b.id, "source": b.source, "lang": b.lang},
            "parallel": round(alignment.parallel, 3),
            "unit": "paragraphs" if args.paragraphs else "sentences",
            "pairs": [
                {"a": list(p.a) if p.a else None, "b": list(p.b) if p.b else None,
                 "score": round(p.score, 4)}
                for p in pairs
            ],
        })
        return 0
    print(f"{terminal_safe(a.source_name)} [{a.lang}]  ↔  {terminal_safe(b.source_name)} "
          f"[{b.lang}]  "
          f"(looks like a translation: {alignment.parallel:.2f})")
    for pair in pairs:
        left = _one_line(a.text[pair.a[0] : pair.a[1]], 50) if pair.a else "(no counterpart)"
        right = _one_line(b.text[pair.b[0] : pair.b[1]], 50) if pair.b else "(no counterpart)"
        print(f"{pair.score:4.2f}  {left:52} | {right}")
    return 0


def _figures(statement: compare.ClaimStatement) -> list[dict[str, Any]]:
    return [{"text": q.text, "low": q.low, "high": None if q.high == float("inf") else q.high,
             "unit": q.unit} for q in statement.figures]


def cmd_claims(args: argparse.Namespace, library: Library) -> int:
    """List or export claim groups."""
    compared = [library.documents.resolve(doc) for doc in args.docs] if args.docs else None
    groups = library.compare.claim_groups(compared)
    if compared:  # the claims at least one of the named sources states
        named = set(compared)
        groups = [g for g in groups if any(s.doc_id in named for s in g.statements)]
    if args.json:
        emit_json([
            {
                "claim": g.claim,
                "disagreement": g.has_disagreement,
                "statements": [
                    {"annotation_id": s.annotation.id, "doc_id": s.doc_id, "source": s.source,
                     "title": s.title, "lang": s.lang, "quote": s.annotation.selector.exact,
                     "figures": _figures(s), "disagrees": s.disagrees}
                    for s in g.statements
                ],
                "missing": list(g.missing),
            }
            for g in groups
        ])
        return 0
    if args.format in ("md", "csv"):
        from ..core import compare

        text = (compare.claim_groups_markdown(groups) if args.format == "md"
                else compare.claim_groups_csv(groups))
        if args.out:
            write_atomically(args.out, text)
            print(f"Wrote {len(groups)} claim groups to {args.out}.")
        else:
            print(text, end="")
        return 0
    if not groups:
        print("No claim groups yet: link highlights with 'parallax link A B'.")
    for number, group in enumerate(groups, start=1):
        flag = "  ⚠ figures differ" if group.has_disagreement else ""
        print(f"{number}. {_one_line(group.claim, 90)}{flag}")
        for s in group.statements:
            figures = f"  [{'; '.join(q.text for q in s.figures)}]" if s.figures else ""
            mark = " ⚠" if s.disagrees else ""
            print(f"   {s.lang}  {terminal_safe(s.source)}: "
                  f"“{_one_line(s.annotation.selector.exact, 70)}”"
                  f"{figures}{mark}")
        for missing in group.missing:
            print(f"   --  not stated in {missing}")
    return 0


def cmd_duplicates(args: argparse.Namespace, library: Library) -> int:
    """Near-duplicate passages."""
    ids = [library.documents.resolve(ref) for ref in args.docs] or None
    found = library.compare.near_duplicates(ids)
    docs = library.documents.get_many({d.a for d in found} | {d.b for d in found})
    if args.json:
        emit_json([
            {"a": {"id": d.a, "start": d.a_span[0], "end": d.a_span[1]},
             "b": {"id": d.b, "start": d.b_span[0], "end": d.b_span[1]},
             "similarity": d.similarity, "text": d.text}
            for d in found
        ])
        return 0
    for d in found:
        print(f"{terminal_safe(docs[d.a].source_name)} {d.a_span[0]}-{d.a_span[1]}  ≈  "
              f"{terminal_safe(docs[d.b].source_name)} {d.b_span[0]}-{d.b_span[1]}  "
              f"({d.similarity:.0%})")
        print(f"    {_one_line(d.text)}")
    print(f"{len(found)} near-duplicate passages")
    return 0
