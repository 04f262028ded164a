"""REFI-QDA (``.qdpx`` / ``.qde``) import: a QDA project's texts and codings into a library.

What becomes what:

- Each ``TextSource`` (and the text representation of a ``PDFSource``) becomes a document
  titled by the source's name; a text the library already holds (same text, or the same
  Parallax document named in the description) is used as it is. Picture, audio and video
  sources are reported, not imported.
- Each ``PlainTextSelection`` becomes one highlight, whatever the number of its codes: the
  first code that is not a tag becomes its **label** (a nested code keeps its path,
  ``concepts/abstraction``) and every other code becomes a **tag** (by its path). Codes
  under a top-level, non-codable ``Tags`` code (as Parallax exports tags) become tags by
  their name. The selection's ``Description``, the ``Note`` elements it (or its coding)
  refers to with ``NoteRef``, and notes linked to it by a ``Link`` (NVivo's way) become its
  note. A coding of a whole source becomes a highlight of the whole text.
- ``Link`` elements between two selections named ``same-claim``, ``supports`` or
  ``contradicts`` become links; other links are reported.
- The selection's GUID is the highlight's id, so importing the same file twice changes
  nothing, and a file exported by Parallax comes back onto the same highlights.

The project is read by :mod:`reader.core.qdpx_read` (tolerant of real files); here,
positions counted in UTF-16 units, UTF-8 bytes or without the CR of CRLF (when the
selection's name shows it) are all read right.
Positions refer to the source text as stored in the file; each highlight is re-anchored
on the library's (normalised) text by position and quote, fuzzy when needed.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .anchoring import DEFAULT_CONTEXT
from .annotation_io import (
    SAME_DOCUMENT,
    TEXT_CHANGED,
    ImportAnnotationsReport,
    IncomingHighlight,
    import_highlights,
)
from .export.qdpx import TITLE_LINE
from .models import (
    RELATIONS,
    Annotation,
    AnnotationId,
    DocId,
    Link,
    LinkId,
    Relation,
    TextSelector,
)
from .qdpx_read import NAMESPACE, QdaProject, QdaSelection, QdaSource, Utf16Offsets, read_qdpx
from .text import normalise

if TYPE_CHECKING:
    from .library import Library

__all__ = ["QdpxImportReport", "import_qdpx"]

_FILE_SUFFIXES = (".txt", ".text", ".pdf", ".docx", ".doc", ".rtf", ".odt", ".md", ".html",
                  ".htm")
_PARALLAX_ID = re.compile(r"Parallax document id: ([^\s.]+)")


@dataclass
class QdpxImportReport:
    """What a ``.qdpx`` import did: documents, then highlights (as for JSON-LD), problems."""

    documents_new: list[DocId] = field(default_factory=list)
    documents_updated: list[DocId] = field(default_factory=list)
    documents_existing: list[DocId] = field(default_factory=list)
    annotations: ImportAnnotationsReport = field(default_factory=ImportAnnotationsReport)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """Two sentences: the documents, then the highlights."""
        docs = (f"Documents: {len(self.documents_new)} new, "
                f"{len(self.documents_updated)} updated, "
                f"{len(self.documents_existing)} already in the library.")
        return docs + " " + self.annotations.summary().replace("Annotations:", "Highlights:")


def _utf16_to_code_points(text: str, offset: int) -> int | None:
    return Utf16Offsets(text).code_point(offset)


def _light(text: str) -> str:
    """What normalisation does to a passage of a text, as far as a quote is concerned."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.replace("\ufeff", "").replace("\u00a0", " ").replace("\f", "\n")


def _utf8_to_code_points(source: QdaSource, offset: int) -> int | None:
    data = source.utf8
    if not 0 <= offset <= len(data) or (offset < len(data) and 0x80 <= data[offset] < 0xC0):
        return None  # past the end, or inside a character
    return len(data[:offset].decode("utf-8", errors="replace"))


Span = tuple[int | None, int | None]


def _candidate_spans(source: QdaSource, start: int, end: int) -> Iterator[tuple[str, Span]]:
    """The selection's span under each counting a writer may have used, likeliest first,
    each with the counting's name."""
    text = source.text
    yield "code points", (start, end)  # of the text as stored: the standard's reading
    if source.astral:  # UTF-16 units (.NET, Java: NVivo, ATLAS.ti)
        units = source.utf16
        yield "utf-16", (units.code_point(start), units.code_point(end))
    if source.crlf:  # line ends counted as one character
        yield "lf", (source.from_lf(start), source.from_lf(end))
        if source.astral:
            lf = source.lf_utf16
            s16, e16 = lf.code_point(start), lf.code_point(end)
            yield "lf utf-16", (source.from_lf(s16) if s16 is not None else None,
                                source.from_lf(e16) if e16 is not None else None)
    if not text.isascii():  # UTF-8 bytes
        yield "utf-8", (_utf8_to_code_points(source, start), _utf8_to_code_points(source, end))
    if start < len(text) < end:  # an end past the text (a final line end it did not keep)
        yield "clamped", (start, len(text))


def _valid(span: Span, text: str) -> tuple[int, int] | None:
    s, e = span
    return (s, e) if s is not None and e is not None and 0 <= s < e <= len(text) else None


def _at_word_edge(text: str, offset: int) -> bool:
    """False when ``offset`` falls inside a word (between two letters or digits)."""
    return not (0 < offset < len(text) and text[offset - 1].isalnum() and text[offset].isalnum())


def _counting(source: QdaSource) -> str:
    """How the writer counted this source's positions, when its names do not say: the
    counting whose spans least often cut a word in two (coders select whole words); the
    standard's code points when nothing tells them apart."""
    if source.counting is None:
        scores: dict[str, int] = {}
        for selection in source.selections:
            if selection.whole or selection.start is None or selection.end is None \
                    or not 0 <= selection.start < selection.end:
                continue
            for method, span in _candidate_spans(source, selection.start, selection.end):
                valid = _valid(span, source.text)
                edges = (_at_word_edge(source.text, valid[0])
                         + _at_word_edge(source.text, valid[1])) if valid else -2
                scores[method] = scores.get(method, 0) + edges
        ranked = sorted(scores.items(), key=lambda item: -item[1])  # stable: order kept
        source.counting = ranked[0][0] if ranked else "code points"
    return source.counting


def _raw_span(source: QdaSource, selection: QdaSelection) -> tuple[int, int] | None:
    """The selection's span in the raw text as the writer counted it: code points of the
    text as stored (QualCoder, MAXQDA with CRLF), of the text with LF line ends, UTF-16
    units (NVivo, .NET) or UTF-8 bytes. The selection's name decides when it shows the
    text; otherwise the counting that fits the source's selections best (:func:`_counting`)."""
    text, start, end = source.text, selection.start, selection.end
    if start is None or end is None or not 0 <= start < end:
        return None
    name = " ".join(selection.name.split()).rstrip("…").strip()
    candidates = [(method, span) for method, raw in _candidate_spans(source, start, end)
                  if (span := _valid(raw, text)) is not None]
    if name:
        for _method, (s, e) in candidates:
            if " ".join(text[s:e].split()).startswith(name):
                return s, e
    if len(candidates) > 1:
        best = _counting(source)
        for method, span in candidates:
            if method == best:
                return span
    return candidates[0][1] if candidates else None


def _selector(source: QdaSource, selection: QdaSelection, doc_text: str) -> TextSelector | None:
    """The selection as a selector on the library's text (position hint, quote, context)."""
    span = _raw_span(source, selection)
    raw = source.text
    if span is None:
        name = selection.name.strip().rstrip("…")
        if not name:
            return None
        return TextSelector(start=-1, end=-1, exact=_light(name))
    start, end = span
    if selection.whole:
        return TextSelector(start=0, end=len(doc_text), exact=doc_text)
    exact = _light(raw[start:end])
    prefix = _light(raw[max(0, start - DEFAULT_CONTEXT):start])
    suffix = _light(raw[end:end + DEFAULT_CONTEXT])
    hint = start - raw.count("\r", 0, start) - raw.count("\ufeff", 0, start)
    # Normalisation trims line ends and edges: a quote spanning them keeps its words.
    stripped = exact.strip()
    if stripped and stripped != exact:
        hint += len(exact) - len(exact.lstrip())
        exact = stripped
    return TextSelector(start=max(0, hint), end=max(0, hint) + len(exact), exact=exact,
                        prefix=prefix, suffix=suffix)


# -- import ----------------------------------------------------------------------------


def _stamp(value: str) -> str:
    return value.strip() if re.match(r"^\d{4}-\d{2}-\d{2}T", value.strip()) else ""


def _title(source: QdaSource) -> str:
    """A source's title: the full title a Parallax export kept in the description, else its
    name without a file extension."""
    for line in source.description.splitlines():
        if line.startswith(TITLE_LINE) and line[len(TITLE_LINE):].strip():
            return line[len(TITLE_LINE):].strip()
    name = source.name
    return name.rsplit(".", 1)[0] if name.lower().endswith(_FILE_SUFFIXES) else name


def _relation(name: str) -> Relation | None:
    for relation in RELATIONS:
        if relation == name.strip().lower():
            return relation
    return None


def import_qdpx(library: Library, path: Path) -> QdpxImportReport:
    """Import a REFI-QDA project into ``library``: its texts, then its codings (one undoable
    operation for the highlights). Importing the same file again changes nothing."""
    from .text import content_hash

    project = read_qdpx(path)
    report = QdpxImportReport(problems=list(project.problems))
    store = library.store
    base = str(path.expanduser().resolve())
    doc_for: dict[str, DocId] = {}
    to_import: list[tuple[QdaSource, str]] = []
    for source in project.sources:
        normalised = normalise(source.text)
        if not normalised.strip():
            codings = len(source.selections)
            what = (f"it and its {codings} coding{'s' if codings != 1 else ''} were"
                    if codings else "it was")
            report.problems.append(
                f"The text source '{source.name}' is empty; {what} not imported.")
            continue
        same = store.find_ids(content_hash=content_hash(normalised))
        named = _PARALLAX_ID.search(source.description)
        if not same and named:
            doc = store.get_document(named.group(1))
            if doc is not None and normalise(doc.text) == normalised:
                same = [doc.id]
        if same:
            doc_for[source.guid] = same[0]
            report.documents_existing.append(same[0])
        else:
            # The GUID keeps apart sources of one project that share a name (MAXQDA).
            to_import.append((source, f"{base}/{source.guid}/{source.name or source.guid}"))
    if to_import:
        titles = [_title(s) for s, _ in to_import]
        outcome = library.imports.texts([(where, title, s.text) for (s, where), title
                                        in zip(to_import, titles, strict=True)])
        by_path = {result.path: result for result in outcome.outcomes}
        for source, where in to_import:
            result = by_path.get(str(Path(where)))
            if result is None or result.doc_id is None:
                codings = len(source.selections)
                report.problems.append(
                    (result.message.rstrip(".") if result is not None and result.message
                     else f"The text source '{source.name}' was not imported")
                    + (f"; its {codings} coding{'s' if codings != 1 else ''} could not be "
                       "placed." if codings else "."))
                continue
            doc_for[source.guid] = result.doc_id
            if result.status == "new":
                report.documents_new.append(result.doc_id)
            elif result.status == "updated":
                report.documents_updated.append(result.doc_id)
            else:
                report.documents_existing.append(result.doc_id)
    entries, colors = _entries(project, doc_for, library, report)
    links = _links(project, {e.annotation.id for e in entries}, report)
    import_highlights(library.annotations, store, entries, links, report.annotations, colors,
                      description="import REFI-QDA project")
    report.problems += report.annotations.problems
    report.annotations.problems = []
    return report


def _entries(project: QdaProject, doc_for: dict[str, DocId], library: Library,
             report: QdpxImportReport) -> tuple[list[IncomingHighlight], dict[str, str]]:
    entries: list[IncomingHighlight] = []
    colors: dict[str, str] = {}
    notes_by_link: dict[str, list[str]] = {}
    for origin, target, _name in project.links:
        for note_end, other in ((origin, target), (target, origin)):
            if note_end in project.notes:
                notes_by_link.setdefault(other, []).append(project.notes[note_end])
    texts: dict[DocId, str] = {}
    for source in project.sources:
        doc_id = doc_for.get(source.guid)
        if doc_id is None:
            continue
        if doc_id not in texts:
            texts[doc_id] = library.documents.get(doc_id).text
        same = normalise(source.text) == texts[doc_id]
        for selection in source.selections:
            label: str | None = None
            tags: list[str] = []
            for code_guid in selection.codes:
                code = project.codes.get(code_guid)
                if code is None:
                    report.problems.append(
                        f"A coding in '{source.name}' refers to a code that is not in the "
                        f"code book ({code_guid}); the passage was kept without it.")
                    continue
                if code.color:
                    colors.setdefault(code.name, code.color)
                if label is None and not code.is_tag:
                    label = code.name
                elif code.name not in tags:
                    tags.append(code.name)
            notes = list(selection.notes)
            for ref in selection.note_refs + [selection.guid]:
                for text in ([project.notes[ref]] if ref in project.notes else []) + \
                        (notes_by_link.get(ref, []) if ref == selection.guid else []):
                    if text and text not in notes:
                        notes.append(text)
            selector = _selector(source, selection, texts[doc_id])
            if selector is None:
                report.problems.append(
                    f"A selection in '{source.name}' ({selection.guid}) has no usable "
                    "position or text; it was not imported.")
                continue
            created = _stamp(selection.created)
            annotation = Annotation(
                id=AnnotationId(selection.guid), doc_id=doc_id, selector=selector,
                label=label, note="\n\n".join(notes), tags=tuple(tags), created=created,
                modified=_stamp(selection.modified) or created,
            )
            entries.append(IncomingHighlight(annotation, doc_id, source.name,
                                             (doc_id, SAME_DOCUMENT if same else TEXT_CHANGED)))
    return entries, colors


def _links(project: QdaProject, selections: Iterable[AnnotationId],
           report: QdpxImportReport) -> list[Link]:
    known = set(selections)
    out: list[Link] = []
    elsewhere = 0
    for origin, target, name in project.links:
        if origin in project.notes or target in project.notes:
            continue  # a note attached to a selection: read as its note
        if origin not in known or target not in known:
            elsewhere += 1
            continue
        relation = _relation(name)
        if relation is None:
            report.problems.append(
                f"A link named '{name or '(unnamed)'}' between two selections was not "
                f"imported: Parallax links are {', '.join(RELATIONS)}.")
            continue
        out.append(Link(id=LinkId(str(uuid.uuid5(NAMESPACE, f"link:{origin}:{target}:{name}"))),
                        source=AnnotationId(origin), target=AnnotationId(target),
                        relation=relation))
    if elsewhere:
        report.problems.append(
            f"{elsewhere} link{'s' if elsewhere != 1 else ''} between items other than two "
            f"text selections (codes, sources, cases) {'were' if elsewhere != 1 else 'was'} "
            "not imported: Parallax links highlights.")
    return out

