"""Export of annotated highlights: the bundle every writer reads, and format dispatch.

One writer per format lives in its own module (``markdown``, ``html``, ``csv_writer``,
``jsonld``, ``qdpx``); :func:`render` picks a text writer by name, and
:func:`render_output` any writer with its options (:class:`ExportOptions`), as files
ready to write (:class:`ExportOutput`: one file, a ``.qdpx`` zip, or one Markdown note
per document). The helpers below hold what the writers
share: grouping highlights by document (orphans apart, never dropped), reading order,
paragraph numbers, short ids and the links each highlight takes part in.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InvalidValue
from ..models import Annotation, AnnotationId, DocId, Document, Label, Link, Relation

__all__ = [
    "BINARY_FORMATS",
    "EXTENSIONS",
    "FORMATS",
    "DocumentGroup",
    "ExportBundle",
    "ExportOptions",
    "ExportOutput",
    "LinkEnd",
    "annotation_index",
    "document_title",
    "group_by_document",
    "links_by_annotation",
    "metadata_value",
    "ordered_annotations",
    "paragraph_number",
    "render",
    "render_output",
    "short_id",
]

FORMATS: tuple[str, ...] = ("md", "html", "csv", "jsonld", "qdpx")
"""The export format names :func:`render_output` accepts (all but ``qdpx`` are text)."""

BINARY_FORMATS: tuple[str, ...] = ("qdpx",)
"""Formats that are not text: :func:`render` refuses them, :func:`render_output` writes them."""

EXTENSIONS: Mapping[str, str] = {
    "md": ".md",
    "html": ".html",
    "csv": ".csv",
    "jsonld": ".jsonld",
    "qdpx": ".qdpx",
}
"""File extension (with its dot) of each export format."""

SHORT_ID_LENGTH = 8


@dataclass(frozen=True)
class ExportBundle:
    """Everything one export shows: documents, their highlights, links and label colours.

    ``generated`` is the ISO-8601 UTC time of the export, passed in so that the output of
    every writer depends on the bundle alone.
    """

    documents: Mapping[DocId, Document]
    annotations: Sequence[Annotation]
    links: Sequence[Link]
    labels: Mapping[str, Label]
    generated: str


@dataclass(frozen=True, slots=True)
class DocumentGroup:
    """The highlights of one document in reading order, orphans apart.

    ``document`` is None when the bundle has annotations on a document it does not hold;
    the writers still list them, under the bare document id.
    """

    doc_id: DocId
    document: Document | None
    anchored: tuple[Annotation, ...]
    orphaned: tuple[Annotation, ...]

    @property
    def annotations(self) -> tuple[Annotation, ...]:
        """Anchored (and moved) highlights first, then the orphans."""
        return self.anchored + self.orphaned


@dataclass(frozen=True, slots=True)
class LinkEnd:
    """One link seen from one of its annotations: outgoing when that annotation is its source."""

    link: Link
    relation: Relation
    outgoing: bool
    other: AnnotationId


def _reading_order(annotation: Annotation) -> tuple[int, int, str]:
    return (annotation.selector.start, annotation.selector.end, annotation.id)


def group_by_document(bundle: ExportBundle) -> list[DocumentGroup]:
    """Highlights grouped by document: bundle document order, then unknown document ids.

    Within a group highlights are sorted by position; orphaned ones (``state ==
    "orphaned"``) form their own tuple. Documents without highlights are left out.
    """
    by_doc: dict[DocId, list[Annotation]] = {}
    for annotation in bundle.annotations:
        by_doc.setdefault(annotation.doc_id, []).append(annotation)
    order = [doc_id for doc_id in bundle.documents if doc_id in by_doc]
    order += [doc_id for doc_id in by_doc if doc_id not in bundle.documents]
    groups: list[DocumentGroup] = []
    for doc_id in order:
        items = sorted(by_doc[doc_id], key=_reading_order)
        groups.append(
            DocumentGroup(
                doc_id=doc_id,
                document=bundle.documents.get(doc_id),
                anchored=tuple(a for a in items if a.state != "orphaned"),
                orphaned=tuple(a for a in items if a.state == "orphaned"),
            )
        )
    return groups


def ordered_annotations(bundle: ExportBundle) -> list[Annotation]:
    """Every annotation of the bundle, in the order the grouped writers show them."""
    return [a for group in group_by_document(bundle) for a in group.annotations]


def annotation_index(bundle: ExportBundle) -> dict[AnnotationId, Annotation]:
    """The bundle's annotations by id."""
    return {a.id: a for a in bundle.annotations}


def links_by_annotation(bundle: ExportBundle) -> dict[AnnotationId, list[LinkEnd]]:
    """For each annotation id, the links it takes part in (as source or target), in bundle order."""
    ends: dict[AnnotationId, list[LinkEnd]] = {}
    for link in bundle.links:
        ends.setdefault(link.source, []).append(
            LinkEnd(link=link, relation=link.relation, outgoing=True, other=link.target)
        )
        if link.target != link.source:
            ends.setdefault(link.target, []).append(
                LinkEnd(link=link, relation=link.relation, outgoing=False, other=link.source)
            )
    return ends


def paragraph_number(document: Document | None, offset: int) -> int | None:
    """The 1-based number of the paragraph of ``document`` holding ``offset``, if known."""
    if document is None:
        return None
    for number, paragraph in enumerate(document.paragraphs, start=1):
        if paragraph.start <= offset < paragraph.end:
            return number
    return None


METADATA_KEYS: Mapping[str, tuple[str, ...]] = {
    "author": ("author", "byline"),
    "site": ("site", "site_name", "publisher"),
    "published": ("published", "date", "date_published"),
    "url": ("url", "canonical_url", "source_url"),
}
"""Document metadata the exports show, each with the keys importers may have stored it under."""


def metadata_value(document: Document | None, key: str) -> str:
    """A document's ``author``, ``site``, ``published`` or ``url`` (see :data:`METADATA_KEYS`),
    stripped; empty when unknown."""
    if document is None:
        return ""
    for name in METADATA_KEYS.get(key, (key,)):
        value = document.metadata.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def short_id(identifier: str) -> str:
    """The first characters of an id, enough to tell highlights of one export apart."""
    return identifier[:SHORT_ID_LENGTH]


def document_title(bundle: ExportBundle, doc_id: DocId) -> str:
    """The title of a document of the bundle, or its bare id when the bundle lacks it."""
    document = bundle.documents.get(doc_id)
    if document is None:
        return f"document {doc_id}"
    return document.title or document.source_name or str(doc_id)


def _writers() -> dict[str, Callable[[ExportBundle], str]]:
    # Imported here: every writer imports this package for ExportBundle and the helpers.
    from .csv_writer import to_csv
    from .html import to_html
    from .jsonld import to_jsonld
    from .markdown import to_markdown

    return {"md": to_markdown, "html": to_html, "csv": to_csv, "jsonld": to_jsonld}


def render(bundle: ExportBundle, fmt: str) -> str:
    """The bundle written in text format ``fmt`` (one of :data:`FORMATS` but ``qdpx``)."""
    writers = _writers()
    writer = writers.get(fmt)
    if writer is None:
        if fmt in BINARY_FORMATS:
            raise ValueError(f"The {fmt} export is a zip file, not text: write it to a file.")
        raise ValueError(
            f"Unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}."
        )
    return writer(bundle)


@dataclass(frozen=True)
class ExportOptions:
    """Choices some formats offer.

    ``csv_delimiter`` ``","`` or ``";"`` (spreadsheets in German, Italian... locales);
    ``crlf`` CRLF line endings in a ``.qdpx``'s text files (MAXQDA); ``split`` one
    Markdown note per document; ``remote_images`` keep images from the web in notes
    (Markdown, HTML), which load from their server when the file is viewed; ``user`` the
    name written as the QDA project's user (default: the account name).
    """

    csv_delimiter: str = ","
    crlf: bool = False
    split: bool = False
    remote_images: bool = False
    user: str | None = None


@dataclass(frozen=True)
class ExportOutput:
    """An export ready to write: ``files`` maps a name to its bytes.

    A single-file export has one entry named ``""`` (written to the path the user chose);
    a split export has one entry per note (written into the folder the user chose).
    ``preview`` is text to show before saving; ``summary`` one sentence of what it holds.
    """

    fmt: str
    files: Mapping[str, bytes]
    preview: str
    summary: str
    split: bool = False

    @property
    def text(self) -> str:
        """The export as text: one file in a text format (not ``qdpx``, not split notes)."""
        if self.fmt in BINARY_FORMATS or self.split:
            what = "a zip file" if self.fmt in BINARY_FORMATS else "several notes"
            raise InvalidValue(f"The {self.fmt} export is {what}: write it to a file.")
        return self.files[""].decode("utf-8")

    def write(self, path: Path) -> list[Path]:
        """Write the export at ``path`` (a file, or a folder for a split export).

        Each file goes through a temporary file renamed into place, so none is ever left
        half written. Raises OSError.
        """
        if not self.split:
            _write_atomically(path, self.files[""])
            return [path]
        path.mkdir(parents=True, exist_ok=True)
        written = []
        for name, data in self.files.items():
            target = path / name
            _write_atomically(target, data)
            written.append(target)
        return written


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def render_output(bundle: ExportBundle, fmt: str, options: ExportOptions | None = None
                  ) -> ExportOutput:
    """The bundle in ``fmt`` with ``options``, as files ready to write."""
    options = options or ExportOptions()
    count = len(bundle.annotations)
    what = f"{count} highlight{'s' if count != 1 else ''}"
    if fmt == "qdpx":
        import io
        import zipfile

        from .qdpx import to_qdpx

        made = to_qdpx(bundle, crlf=options.crlf, user=options.user)
        with zipfile.ZipFile(io.BytesIO(made.data)) as archive:
            preview = archive.read("project.qde").decode("utf-8")
        summary = (f"A REFI-QDA project: {made.selections} highlight"
                   f"{'s' if made.selections != 1 else ''} from {made.sources} document"
                   f"{'s' if made.sources != 1 else ''}")
        if made.orphans_left_out:
            summary += (f"; {made.orphans_left_out} orphaned highlight"
                        f"{'s' if made.orphans_left_out != 1 else ''} left out (no span "
                        "in the text to point at)")
        return ExportOutput(fmt, {"": made.data}, preview, summary + ".")
    if fmt == "md" and options.split:
        from .markdown import to_markdown_notes

        notes = to_markdown_notes(bundle, remote_images=options.remote_images)
        preview = "\n".join(f"==> {name} <==\n{text}" for name, text in notes.items())
        return ExportOutput(fmt, {name: text.encode("utf-8") for name, text in notes.items()},
                            preview, f"{len(notes)} note{'s' if len(notes) != 1 else ''} "
                            f"with {what}.", split=True)
    if fmt == "csv":
        from .csv_writer import to_csv

        text = to_csv(bundle, delimiter=options.csv_delimiter)
    elif fmt == "md":
        from .markdown import to_markdown

        text = to_markdown(bundle, remote_images=options.remote_images)
    else:  # html (images in notes always become links there) and jsonld
        text = render(bundle, fmt)
    return ExportOutput(fmt, {"": text.encode("utf-8")}, text, f"{what.capitalize()}.")
