"""Annotation subcommands: annotate, annotations, edit, links, labels, export, import, backups."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..core.annotations import UNCHANGED
from ..core.changes import NO_CHANGE, Change
from ..core.errors import InvalidValue, NotFound
from ..core.export import FORMATS
from ..core.library import Library, default_data_dir, restore_library
from ..core.models import RELATIONS, Annotation, AnnotationId, Link
from ..core.reading import MAX_ANNOTATION_FILE_BYTES, read_bounded
from ..core.serialize import (
    annotation_to_dict,
    change_to_dict,
    import_report_to_dict,
    label_to_dict,
    link_to_dict,
)
from .output import count, emit_json, json_flag, terminal_safe

STATES = ("anchored", "moved", "orphaned")


def register(sub: Any) -> None:
    """Add the annotation subcommands to the parser."""
    p = sub.add_parser("annotate", help="highlight a quote (or a span) of a document")
    p.add_argument("doc", metavar="DOC", help="id, id prefix or file name")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--quote", metavar="TEXT", help="the text to highlight")
    where.add_argument("--start", type=int, metavar="N", help="first character (with --end)")
    p.add_argument("--end", type=int, metavar="N", help="character after the last (with --start)")
    p.add_argument("--occurrence", type=int, metavar="N",
                   help="which occurrence of a quote found several times (1 = first)")
    _annotation_fields(p)
    json_flag(p)
    p.set_defaults(handler=cmd_annotate)

    p = sub.add_parser("annotations", help="list highlights (orphans included)")
    p.add_argument("doc", nargs="?", metavar="DOC", help="only this document")
    p.add_argument("--label", metavar="L", help="only highlights with this label")
    p.add_argument("--tag", metavar="T", help="only highlights with this tag")
    p.add_argument("--lang", metavar="xx", help="only highlights on documents in this language")
    p.add_argument("--state", choices=STATES, help="only highlights in this anchoring state")
    json_flag(p)
    p.set_defaults(handler=cmd_annotations)

    p = sub.add_parser("edit-annotation", help="change a highlight's label, note or tags")
    p.add_argument("id", metavar="ID", help="annotation id or unique id prefix")
    label = p.add_mutually_exclusive_group()
    label.add_argument("--label", metavar="L", help="new label")
    label.add_argument("--no-label", action="store_true", help="remove the label")
    p.add_argument("--note", metavar="TEXT", help="new note (Markdown)")
    tags = p.add_mutually_exclusive_group()
    tags.add_argument("--tag", action="append", metavar="T", help="new tags (repeat)")
    tags.add_argument("--no-tags", action="store_true", help="remove every tag")
    json_flag(p)
    p.set_defaults(handler=cmd_edit)

    p = sub.add_parser("delete-annotation", help="delete a highlight and its links")
    p.add_argument("id", metavar="ID", help="annotation id or unique id prefix")
    json_flag(p)
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser("reattach", help="anchor a highlight (an orphan) to a new span")
    p.add_argument("id", metavar="ID", help="annotation id or unique id prefix")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--quote", metavar="TEXT", help="the text to attach it to")
    where.add_argument("--start", type=int, metavar="N", help="first character (with --end)")
    p.add_argument("--end", type=int, metavar="N", help="character after the last")
    p.add_argument("--occurrence", type=int, metavar="N", help="which occurrence of the quote")
    json_flag(p)
    p.set_defaults(handler=cmd_reattach)

    p = sub.add_parser("link", help="link two highlights (same claim, supports, contradicts)")
    p.add_argument("a", metavar="A", help="annotation id or unique prefix")
    p.add_argument("b", metavar="B", help="annotation id or unique prefix")
    p.add_argument("--relation", choices=RELATIONS, default="same-claim",
                   help="how A relates to B (default same-claim)")
    json_flag(p)
    p.set_defaults(handler=cmd_link)

    p = sub.add_parser("unlink", help="remove a link")
    p.add_argument("link", metavar="LINK", help="link id or unique prefix")
    json_flag(p)
    p.set_defaults(handler=cmd_unlink)

    p = sub.add_parser("links", help="list links and same-claim groups")
    p.add_argument("id", nargs="?", metavar="ID", help="only the links of this highlight")
    json_flag(p)
    p.set_defaults(handler=cmd_links)

    p = sub.add_parser("label", help="list, add, rename, recolour or delete labels")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = actions.add_parser("list", help="every label with its colour")
    json_flag(q)
    q = actions.add_parser("add", help="add a label")
    q.add_argument("name", metavar="NAME")
    q.add_argument("color", metavar="COLOR", help="#rrggbb")
    json_flag(q)
    q = actions.add_parser("rename", help="rename a label of your own")
    q.add_argument("old", metavar="OLD")
    q.add_argument("new", metavar="NEW")
    json_flag(q)
    q = actions.add_parser("recolor", aliases=["recolour"], help="change a label's colour")
    q.add_argument("name", metavar="NAME")
    q.add_argument("color", metavar="COLOR", help="#rrggbb")
    json_flag(q)
    q = actions.add_parser("delete", help="delete a label of your own")
    q.add_argument("name", metavar="NAME")
    what = q.add_mutually_exclusive_group()
    what.add_argument("--reassign-to", metavar="L", help="give its highlights this label")
    what.add_argument("--clear", action="store_true", help="leave its highlights unlabelled")
    json_flag(q)
    p.set_defaults(handler=cmd_label)

    p = sub.add_parser(
        "export", help="export highlights as Markdown, HTML, CSV, JSON-LD or REFI-QDA (.qdpx)")
    p.add_argument("--format", required=True, choices=FORMATS, dest="fmt")
    p.add_argument("--out", type=Path, metavar="FILE",
                   help="write here (default: stdout; a folder with --split; needed for qdpx)")
    p.add_argument("--split", action="store_true",
                   help="md: one note per document, with front matter and block ids")
    p.add_argument("--semicolon", action="store_true",
                   help="csv: separate columns with ';' (spreadsheets in de, it, fr, pt...)")
    p.add_argument("--crlf", action="store_true",
                   help="qdpx: CRLF line endings in the texts (MAXQDA)")
    p.add_argument("--remote-images", action="store_true",
                   help="md: keep images from the web in notes (they load when viewed)")
    p.add_argument("--user", metavar="NAME", help="qdpx: the user name to record")
    p.add_argument("--doc", metavar="DOC", help="only this document")
    p.add_argument("--label", metavar="L", help="only highlights with this label")
    p.add_argument("--tag", metavar="T", help="only highlights with this tag")
    p.add_argument("--lang", metavar="xx", help="only documents in this language")
    p.add_argument("--query", metavar="Q", help="only highlights matching this search query")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import-annotations", help="import a W3C JSON-LD annotation export")
    p.add_argument("file", type=Path, metavar="FILE")
    json_flag(p)
    p.set_defaults(handler=cmd_import_annotations)

    p = sub.add_parser("backup", help="back up the library (SQLite online backup)")
    p.add_argument("--out", type=Path, metavar="FILE",
                   help="write here (default: a new file in the data folder's backups/)")
    json_flag(p)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="replace the library with a backup")
    p.add_argument("file", type=Path, metavar="FILE")
    json_flag(p)
    # Runs without opening the library: the library may be the damaged file to replace.
    p.set_defaults(handler=cmd_restore, needs_library=False)


def _annotation_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--label", metavar="L", help="Claim, Evidence, Question or your own")
    p.add_argument("--note", default="", metavar="TEXT", help="a note (Markdown)")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeat)")


# -- printing --------------------------------------------------------------------------------


def _dicts(library: Library, annotations: Sequence[Annotation]) -> list[dict[str, Any]]:
    links = library.annotations.links_among([a.id for a in annotations]) if annotations else []
    by_annotation: dict[str, list[Link]] = {}
    for link in links:
        by_annotation.setdefault(link.source, []).append(link)
        by_annotation.setdefault(link.target, []).append(link)
    docs = {s.id: s for s in library.documents.summaries()}
    result = []
    for annotation in annotations:
        summary = docs.get(annotation.doc_id)
        result.append(annotation_to_dict(
            annotation, summary.source if summary else "",
            by_annotation.get(annotation.id, []), summary.title if summary else "",
        ))
    return result


def _line(annotation: Annotation, title: str = "") -> str:
    quote = " ".join(annotation.selector.exact.split())
    if len(quote) > 60:
        quote = quote[:59] + "…"
    label = f"[{annotation.label}] " if annotation.label else ""
    tags = "".join(f" #{t}" for t in annotation.tags)
    where = f"  ({title})" if title else ""
    state = "" if annotation.state == "anchored" else f" {annotation.state.upper()}"
    return terminal_safe(f"{annotation.id[:8]}{state}  {label}\"{quote}\"{tags}{where}")


def _print_one(args: argparse.Namespace, library: Library, ann_id: AnnotationId) -> int:
    annotation = library.annotations.get(ann_id)
    if args.json:
        emit_json(_dicts(library, [annotation])[0])
    else:
        print(_line(annotation))
        print(f"id {annotation.id}, characters {annotation.selector.start}"
              f"–{annotation.selector.end}")
    return 0


def _the_one(change: Change) -> AnnotationId:
    return next(iter(sorted(change.annotation_ids)))


def _print_change(args: argparse.Namespace, change: Change) -> int:
    if args.json:
        emit_json(change_to_dict(change))
    elif change.description == NO_CHANGE:
        print("Nothing to change.")
    else:
        print(change.description[0].upper() + change.description[1:] + ": done.")
    return 0


def _span(args: argparse.Namespace) -> tuple[int, int] | None:
    if args.start is None:
        return None
    if args.end is None:
        raise InvalidValue("--start needs --end (the character after the last one).")
    return args.start, args.end


# -- commands --------------------------------------------------------------------------------


def cmd_annotate(args: argparse.Namespace, library: Library) -> int:
    """Create a highlight by quote or span."""
    doc_id = library.documents.resolve(args.doc)
    fields = {"label": args.label, "note": args.note, "tags": args.tag}
    span = _span(args)
    if span is None:
        change = library.annotations.annotate_quote(doc_id, args.quote, args.occurrence,
                                                    **fields)
    else:
        change = library.annotations.create(doc_id, *span, **fields)
    return _print_one(args, library, _the_one(change))


def cmd_annotations(args: argparse.Namespace, library: Library) -> int:
    """List highlights."""
    doc_id = library.documents.resolve(args.doc) if args.doc else None
    found = library.annotations.query(doc=doc_id, label=args.label, tag=args.tag,
                                      lang=args.lang, state=args.state)
    if args.json:
        emit_json(_dicts(library, found))
        return 0
    titles = {s.id: s.title for s in library.documents.summaries()}
    for annotation in found:
        print(_line(annotation, "" if doc_id else titles.get(annotation.doc_id, "")))
    orphans = sum(1 for a in found if a.state == "orphaned")
    print(count(len(found), "highlight") + (f", {orphans} orphaned" if orphans else ""))
    return 0


def cmd_edit(args: argparse.Namespace, library: Library) -> int:
    """Change a highlight's label, note or tags."""
    ann_id = library.annotations.resolve(args.id)
    label = None if args.no_label else (args.label if args.label is not None else UNCHANGED)
    tags = [] if args.no_tags else (args.tag if args.tag is not None else UNCHANGED)
    note = args.note if args.note is not None else UNCHANGED
    library.annotations.update(ann_id, label=label, note=note, tags=tags)
    return _print_one(args, library, ann_id)


def cmd_delete(args: argparse.Namespace, library: Library) -> int:
    """Delete a highlight."""
    ann_id = library.annotations.resolve(args.id)
    return _print_change(args, library.annotations.delete(ann_id))


def cmd_reattach(args: argparse.Namespace, library: Library) -> int:
    """Anchor a highlight to a new span of its document."""
    ann_id = library.annotations.resolve(args.id)
    span = _span(args)
    if span is None:
        doc_id = library.annotations.get(ann_id).doc_id
        span = library.annotations.locate(doc_id, args.quote, args.occurrence)
    library.annotations.reattach(ann_id, *span)
    return _print_one(args, library, ann_id)


def cmd_link(args: argparse.Namespace, library: Library) -> int:
    """Link two highlights."""
    a = library.annotations.resolve(args.a)
    b = library.annotations.resolve(args.b)
    library.annotations.link(a, b, args.relation)
    link = next(k for k in library.annotations.links_for(a)
                if {k.source, k.target} == {a, b} and k.relation == args.relation)
    if args.json:
        emit_json(link_to_dict(link))
    else:
        print(f"Linked {a[:8]} {args.relation} {b[:8]} (link {link.id}).")
    return 0


def cmd_unlink(args: argparse.Namespace, library: Library) -> int:
    """Remove a link."""
    link_id = library.annotations.resolve_link(args.link)
    return _print_change(args, library.annotations.unlink(link_id))


def cmd_links(args: argparse.Namespace, library: Library) -> int:
    """List links and claim groups."""
    service = library.annotations
    if args.id:
        links = service.links_for(service.resolve(args.id))
    else:
        links = service.all_links()
    groups = service.claim_groups()
    if args.json:
        emit_json({"links": [link_to_dict(k) for k in links], "claim_groups": groups})
        return 0
    for link in links:
        print(f"{link.id[:8]}  {link.source[:8]} {link.relation} {link.target[:8]}")
    print(f"{len(links)} links")
    for number, group in enumerate(groups, start=1):
        print(f"claim {number}: " + ", ".join(i[:8] for i in group))
    return 0


def cmd_label(args: argparse.Namespace, library: Library) -> int:
    """The label subcommands."""
    service = library.annotations
    if args.action == "list":
        labels = service.labels()
        if args.json:
            emit_json([label_to_dict(lab) for lab in labels])
        else:
            for lab in labels:
                print(f"{lab.color}  {lab.name}" + ("  (built in)" if lab.builtin else ""))
        return 0
    if args.action == "add":
        change = service.add_label(args.name, args.color)
    elif args.action == "rename":
        change = service.rename_label(args.old, args.new)
    elif args.action in ("recolor", "recolour"):
        change = service.recolor_label(args.name, args.color)
    else:
        change = service.delete_label(args.name, reassign_to=args.reassign_to,
                                      clear=args.clear)
    return _print_change(args, change)


def cmd_export(args: argparse.Namespace, library: Library) -> int:
    """Export highlights."""
    from ..core.export import ExportOptions

    if args.split and args.fmt != "md":
        raise InvalidValue("--split is for the Markdown export (--format md).")
    if args.semicolon and args.fmt != "csv":
        raise InvalidValue("--semicolon is for the CSV export (--format csv).")
    if args.crlf and args.fmt != "qdpx":
        raise InvalidValue("--crlf is for the REFI-QDA export (--format qdpx).")
    if args.out is None and (args.fmt == "qdpx" or args.split):
        what = "a folder" if args.split else "a .qdpx file"
        raise InvalidValue(f"This export is written to {what}: give --out.")
    options = ExportOptions(csv_delimiter=";" if args.semicolon else ",", crlf=args.crlf,
                            split=args.split, remote_images=args.remote_images,
                            user=args.user)
    output = library.exports.render(args.fmt, options, docs=[args.doc] if args.doc else None,
                                    label=args.label, tag=args.tag, lang=args.lang,
                                    query=args.query)
    if args.out is None:
        sys.stdout.write(output.files[""].decode("utf-8"))
        return 0
    target = args.out.expanduser()
    if args.split and target.exists() and not target.is_dir():
        raise InvalidValue(f"{target} is a file: --split writes a folder of notes.")
    try:
        written = output.write(target)
    except OSError as exc:
        raise InvalidValue(f"{target} cannot be written: {exc.strerror or exc}.") from exc
    where = f"{len(written)} files in {target}" if args.split else str(target)
    sys.stderr.write(f"Exported to {where}: {output.summary}\n")
    return 0


def cmd_import_annotations(args: argparse.Namespace, library: Library) -> int:
    """Import a JSON-LD export; exit status 1 when some highlights could not be placed."""
    if not args.file.exists() and not args.file.is_symlink():
        raise NotFound(f"There is no file {args.file}.")
    try:  # a regular file, size checked and read capped (not /dev/zero or a FIFO)
        text = read_bounded(args.file, MAX_ANNOTATION_FILE_BYTES,
                            "an annotation file").decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidValue(f"{args.file} cannot be read as UTF-8 text: {exc}.") from exc
    report = library.imports.annotations(text)
    if not (report.added or report.updated or report.unchanged or report.missing
            or report.links_added or report.links_unchanged):
        raise InvalidValue(_nothing_imported(args.file, report.problems))
    if args.json:
        emit_json(import_report_to_dict(report))
    else:
        for missing in report.missing:
            title = f"'{missing.doc_title}'" if missing.doc_title else "its document"
            sys.stderr.write(
                f"parallax: highlight {missing.annotation_id} (\"{missing.quote[:40]}\") was not "
                f"imported: {title} ({missing.doc_id}) is not in the library.\n"
            )
        for problem in report.problems:
            sys.stderr.write(f"parallax: {problem}\n")
        if report.labels_created:
            print("New labels: " + ", ".join(report.labels_created) + ".")
        for ann_id, kind in report.matches.items():
            if kind != "not found":
                print(f"{ann_id[:8]}  {kind}")
        print(report.summary())
    return 1 if report.missing else 0


def _nothing_imported(path: Path, problems: Sequence[str]) -> str:
    """The sentence for a file that held no highlight or link to import."""
    if len(problems) == 1:
        return f"{problems[0].rstrip('.')}; nothing was imported from {path}."
    for problem in problems:
        sys.stderr.write(f"parallax: {problem}\n")
    what = "no highlight or link Parallax can import" if problems else "no annotations"
    return f"{path} holds {what}; nothing was imported."


def cmd_backup(args: argparse.Namespace, library: Library) -> int:
    """Back up the store."""
    path = library.backups.make(args.out)
    if args.json:
        emit_json({"backup": str(path)})
    else:
        print(f"Backed up the library to {path}.")
    return 0


def cmd_restore(args: argparse.Namespace, library: object = None) -> int:
    """Replace the store with a backup (without opening the current, maybe damaged, store)."""
    data_dir = (args.data_dir or default_data_dir()).expanduser()
    library, restored = restore_library(data_dir, args.file)
    library.close()
    saved = restored.previous
    if args.json:
        emit_json({"restored": str(args.file), "previous": str(saved) if saved else None,
                   "documents": restored.documents, "annotations": restored.annotations})
        return 0
    kept = f" The previous library was kept as {saved}." if saved else ""
    print(f"Restored {args.file}: {count(restored.documents, 'document')}, "
          f"{count(restored.annotations, 'annotation')}.{kept}")
    return 0



def import_projects(args: argparse.Namespace, library: Library, paths: Sequence[Path]) -> int:
    """``parallax import FILE.qdpx``: texts and codings of REFI-QDA projects; exit status 1
    when a coding could not be placed."""
    status = 0
    for path in paths:
        if not path.expanduser().exists():
            raise NotFound(f"There is no file {path}.")
        report = library.imports.qdpx(path.expanduser())
        notes = report.annotations
        if args.json:
            emit_json({"project": str(path), "documents_new": report.documents_new,
                       "documents_updated": report.documents_updated,
                       "documents_existing": report.documents_existing,
                       "highlights": import_report_to_dict(notes),
                       "problems": report.problems})
        else:
            for problem in report.problems:
                sys.stderr.write(f"parallax: {problem}\n")
            if notes.labels_created:
                print("New labels: " + ", ".join(notes.labels_created) + ".")
            print(f"{path.name}: {report.summary()}")
        if notes.missing:
            status = 1
    return status
