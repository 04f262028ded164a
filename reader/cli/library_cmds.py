"""Library subcommands: import, list, show, search, reindex, info."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..core.errors import IndexNotWritten, InvalidValue, StoreError
from ..core.importing import ImportReport
from ..core.library import Library
from ..core.models import SearchHit
from ..core.serialize import (
    annotation_hit_to_dict,
    document_to_dict,
    metadata_to_dict,
    results_to_dict,
    summary_to_dict,
)
from .output import ProgressLine, count, emit_json, json_flag, plain_snippet, terminal_safe


def register(sub: Any) -> None:
    """Add the library subcommands to the parser."""
    p = sub.add_parser(
        "import", help="import files, folders or web addresses (txt, md, html, pdf, docx, "
        "epub; https://...), or a REFI-QDA project (.qdpx)")
    p.add_argument("paths", nargs="+", metavar="PATH|URL",
                   help="a file, a folder (read recursively) or an http(s) address to fetch")
    json_flag(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("reextract", help="extract documents again from their kept originals")
    p.add_argument("docs", nargs="*", metavar="DOC",
                   help="id, id prefix or file name (default: every document)")
    json_flag(p)
    p.set_defaults(handler=cmd_reextract)

    p = sub.add_parser("list", help="list the documents")
    p.add_argument("--lang", metavar="xx", help="only documents in this language")
    json_flag(p)
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="a document's text, metadata and paragraphs")
    p.add_argument("doc", metavar="DOC", help="id, id prefix or file name")
    json_flag(p)
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("search", help="full-text search")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--lang", metavar="xx", help="only documents in this language")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="hits to show (10)")
    p.add_argument("--exact", action="store_true",
                   help="count every match exactly (above 1,000 the total is an estimate)")
    json_flag(p)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("reindex", help="rebuild the search index from the library")
    json_flag(p)
    p.set_defaults(handler=cmd_reindex)

    p = sub.add_parser("check", help="check the library: integrity, damaged rows, the index")
    json_flag(p)
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("info", help="store and index paths, counts and versions")
    json_flag(p)
    p.set_defaults(handler=cmd_info)


def cmd_import(args: argparse.Namespace, library: Library) -> int:
    """Import files; exit status 1 when any file failed."""
    from ..core.fetch import is_url

    projects = [Path(p) for p in args.paths
                if not is_url(p) and Path(p).suffix.lower() in (".qdpx", ".qde")]
    if projects:  # REFI-QDA projects: texts and codings (see annotation_cmds)
        from .annotation_cmds import import_projects

        if args.json and len(args.paths) > 1:
            raise InvalidValue("With --json, import one .qdpx project at a time, on its own.")

        status = import_projects(args, library, projects)
        args.paths = [p for p in args.paths if is_url(p) or Path(p) not in projects]
        if not args.paths:
            return status
        return max(status, cmd_import(args, library))
    progress = ProgressLine()
    urls = [p for p in args.paths if is_url(p)]
    report: ImportReport | None = None
    if len(urls) < len(args.paths):
        try:
            report = library.imports.paths([Path(p) for p in args.paths if not is_url(p)],
                                          progress=progress)
        except IndexNotWritten as exc:  # stored, not indexed: still say what each file did
            if not isinstance(exc.report, ImportReport):
                raise
            report = exc.report
        except StoreError as exc:  # the store could not be written: what was stored before
            progress.finish()
            if isinstance(exc.report, ImportReport) and exc.report.outcomes and not args.json:
                _print_outcomes(exc.report)
            raise
    progress.finish()
    for url in urls:  # one page each, only because the user named it
        fetched = library.imports.url(url)
        if report is None:
            report = fetched
        else:
            report.outcomes.extend(fetched.outcomes)
    assert report is not None
    return _print_report(args, report)


def cmd_reextract(args: argparse.Namespace, library: Library) -> int:
    """Extract documents again from their originals; exit status 1 when any failed."""
    ids = [library.documents.resolve(ref) for ref in args.docs] if args.docs else None
    progress = ProgressLine()
    report = library.imports.reextract(ids, progress=progress)
    progress.finish()
    return _print_report(args, report)


def _print_report(args: argparse.Namespace, report: ImportReport) -> int:
    if args.json:
        emit_json({
            "ok": report.ok,
            "cancelled": report.cancelled,
            "index_error": report.index_error or None,
            "files": [
                {"path": o.path, "status": o.status, "id": o.doc_id, "message": o.message}
                for o in report.outcomes
            ],
        })
    else:
        _print_outcomes(report)
        if report.index_error:
            sys.stderr.write(f"parallax: {report.index_error}\n")
    return 0 if report.ok else 1


def _print_outcomes(report: ImportReport) -> None:
    for outcome in report.outcomes:
        if outcome.status in ("new", "updated"):
            extra = f"  ({terminal_safe(outcome.message)})" if outcome.message else ""
            print(f"{outcome.status:9} {outcome.doc_id}  {terminal_safe(outcome.path)}{extra}")
    for outcome in report.failed:
        sys.stderr.write(f"parallax: {terminal_safe(outcome.message)}\n")
    print(report.summary())


def cmd_list(args: argparse.Namespace, library: Library) -> int:
    """List documents."""
    summaries = library.documents.summaries(args.lang)
    if args.json:
        emit_json([summary_to_dict(s) for s in summaries])
        return 0
    for s in summaries:
        print(f"{s.id}  {s.lang:3} {terminal_safe(s.title)}")
    print(f"{len(summaries)} documents")
    return 0


def cmd_show(args: argparse.Namespace, library: Library) -> int:
    """Show one document."""
    doc = library.documents.find(args.doc)
    if args.json:
        emit_json(document_to_dict(doc))
        return 0
    print(terminal_safe(doc.title))
    print(f"{doc.id}  {doc.lang} ({doc.lang_confidence:.2f})  {doc.format}  "
          f"{terminal_safe(doc.source)}")
    for key, value in metadata_to_dict(doc).items():
        if key != "format":
            print(f"{terminal_safe(str(key))}: {terminal_safe(str(value))}")
    print()
    page = None
    for paragraph in doc.paragraphs:
        body = doc.text[paragraph.start : paragraph.end]
        if paragraph.page is not None and paragraph.page != page:
            page = paragraph.page
            print(f"— p. {page} —\n")
        tags = []
        if paragraph.lang != doc.lang:
            tags.append(paragraph.lang)
        if paragraph.boilerplate:
            tags.append("boilerplate")
        prefix = f"[{', '.join(tags)}] " if tags else ""
        print(prefix + terminal_safe(body, keep_newlines=True))
        print()
    return 0


def hit_page(library: Library, hit: SearchHit) -> int | None:
    """The page of a search hit's first match, in a paged source (PDF)."""
    from ..core.export.metadata import page_number

    if not hit.matches:
        return None
    doc = library.documents.get(hit.doc_id)
    if not doc.paragraphs or doc.paragraphs[0].page is None:
        return None
    return page_number(doc, hit.matches[0][0])


def cmd_search(args: argparse.Namespace, library: Library) -> int:
    """Search the library."""
    results = library.search.query(args.query, lang=args.lang, limit=max(args.limit, 0),
                             exact_total=args.exact)
    if args.json:
        data = results_to_dict(results)
        for item, hit in zip(data["hits"], results.hits, strict=True):
            page = hit_page(library, hit)
            if page is not None:
                item["page"] = page
        data["annotation_total"] = results.annotation_total
        data["annotations"] = [annotation_hit_to_dict(h) for h in results.annotations]
        emit_json(data)
        return 0
    for rank, hit in enumerate(results.hits, start=1):
        page = hit_page(library, hit)
        cite = f"  p. {page}" if page is not None else ""
        print(f"{rank:2}. {terminal_safe(hit.title)}  [{hit.lang}]  {hit.doc_id}{cite}")
        print(f"    {plain_snippet(hit.snippet)}")
    shown = len(results.hits)
    more = f", {shown} shown" if shown < results.total else ""
    about = "" if results.total_exact else "about "
    print(f"{about}{count(results.total, 'document')} "
          f"match{'es' if results.total == 1 else ''}{more}")
    if results.annotations:
        print()
        for ann in results.annotations:
            label = f"[{ann.label}] " if ann.label else ""
            quote = terminal_safe(" ".join(ann.quote.split())[:60])
            print(f"  {ann.annotation_id[:8]}  {terminal_safe(label)}\"{quote}\"  "
                  f"({terminal_safe(ann.title[:40])})")
            if ann.note_snippet:
                print(f"    {plain_snippet(ann.note_snippet)}")
        shown = len(results.annotations)
        more = f", {shown} shown" if shown < results.annotation_total else ""
        total = results.annotation_total
        print(f"{count(total, 'annotation')} match{'es' if total == 1 else ''}{more}")
    return 0


def cmd_reindex(args: argparse.Namespace, library: Library) -> int:
    """Rebuild the index."""
    progress = ProgressLine()
    rebuilt = library.search.rebuild(progress=progress)
    progress.finish()
    if args.json:
        emit_json({"indexed_documents": rebuilt.documents, "index": str(rebuilt.folder)})
    else:
        print(f"Indexed {count(rebuilt.documents, 'document')} in {rebuilt.folder}.")
    return 0


def cmd_check(args: argparse.Namespace, library: Library) -> int:
    """Check the store and the index; exit status 1 when anything is wrong."""
    result = library.check()
    if args.json:
        emit_json(result)
        return 0 if result["ok"] else 1
    print(f"Library file: {result['store']}")
    integrity = str(result["integrity"])
    print("Integrity: ok" if integrity == "ok" else f"Integrity: damaged ({integrity})")
    damaged = result["damaged_rows"]
    assert isinstance(damaged, list)
    for row in damaged:
        what = "document" if row["table"] == "documents" else "highlight"
        print(f"Damaged: {what} {row['id']} ({terminal_safe(row['title'])}): its "
              f"{row['column']} cannot be read")
    print(f"{count(len(damaged), 'damaged row')}.")
    indexed, documents = result["indexed_documents"], result["documents"]
    if indexed == documents:
        print(f"Search index: all {documents} documents.")
    else:
        print(f"Search index: {indexed if indexed is not None else 'unreadable'} of "
              f"{documents} documents; 'parallax reindex' rebuilds it.")
    return 0 if result["ok"] else 1


def cmd_info(args: argparse.Namespace, library: Library) -> int:
    """Paths, counts and versions."""
    info = library.info()
    if args.json:
        emit_json(info)
        return 0
    for key, value in info.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        print(f"{key.replace('_', ' ')}: {value}")
    return 0
