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

Tolerant of real files: the project file may have any ``.qde`` name; texts may sit in
``sources/`` or ``Sources/`` with or without ``internal://``, or inline as
``PlainTextContent``; a BOM, CRLF or CR line endings, GUIDs in capitals or braces, and
positions counted in UTF-16 units, UTF-8 bytes or without the CR of CRLF (when the
selection's name shows it) are all read right.
Positions refer to the source text as stored in the file; each highlight is re-anchored
on the library's (normalised) text by position and quote, fuzzy when needed.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import uuid
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from .anchoring import DEFAULT_CONTEXT
from .annotation_io import (
    SAME_DOCUMENT,
    TEXT_CHANGED,
    ImportAnnotationsReport,
    IncomingHighlight,
    import_highlights,
)
from .errors import InvalidValue
from .export.qdpx import TAGS_CODE, TITLE_LINE
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
from .text import decode_bytes, normalise

if TYPE_CHECKING:
    from .library import Library

__all__ = [
    "MAX_MEMBER_BYTES",
    "QdaProject",
    "QdpxImportReport",
    "import_qdpx",
    "read_qdpx",
]

MAX_MEMBER_BYTES = 64 * 1024 * 1024
"""Largest project file or source text read from a ``.qdpx`` (uncompressed)."""
MAX_TOTAL_BYTES = 512 * 1024 * 1024
_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12})\}?$")
_NAMESPACE = uuid.UUID("2c1b6f7e-3a52-5d0b-8f4e-9e1d3c7a6b50")
_FILE_SUFFIXES = (".txt", ".text", ".pdf", ".docx", ".doc", ".rtf", ".odt", ".md", ".html",
                  ".htm")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_PARALLAX_ID = re.compile(r"Parallax document id: ([^\s.]+)")


@dataclass
class QdaCode:
    """A code of the project's code book: its path of names, colour, and whether a tag."""

    path: tuple[str, ...]
    color: str | None
    is_tag: bool

    @property
    def name(self) -> str:
        return "/".join(self.path[1:] if self.is_tag else self.path)


@dataclass
class QdaSelection:
    """A coded passage: positions into its source's raw text, codes and notes."""

    guid: str
    start: int | None
    end: int | None
    name: str
    codes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    note_refs: list[str] = field(default_factory=list)
    created: str = ""
    modified: str = ""
    whole: bool = False


@dataclass
class QdaSource:
    """A text source: its name, raw text (as stored in the file) and selections."""

    guid: str
    name: str
    text: str
    description: str
    selections: list[QdaSelection] = field(default_factory=list)
    counting: str | None = None  # how its positions were counted, once worked out

    @cached_property
    def astral(self) -> bool:
        """True when the text has characters that take two UTF-16 units (emoji...)."""
        return _ASTRAL.search(self.text) is not None

    @cached_property
    def utf16(self) -> _Utf16:
        return _Utf16(self.text)

    @cached_property
    def lf_utf16(self) -> _Utf16:
        return _Utf16(self.lf_text)

    @cached_property
    def utf8(self) -> bytes:
        return self.text.encode("utf-8")

    @cached_property
    def crlf(self) -> bool:
        """True when the text has CRLF line ends (a writer may not have counted the CR)."""
        return "\r\n" in self.text

    @cached_property
    def lf_text(self) -> str:
        return self.text.replace("\r\n", "\n")

    @cached_property
    def _crlf_at(self) -> list[int]:
        """The offset, in the LF text, of each line end that is a CRLF in the raw text."""
        return [m.start() - n for n, m in enumerate(re.finditer("\r\n", self.text))]

    def from_lf(self, offset: int) -> int | None:
        """A code-point offset in the LF text as an offset in the raw text."""
        if not 0 <= offset <= len(self.lf_text):
            return None
        return offset + bisect.bisect_right(self._crlf_at, offset - 1)


@dataclass
class QdaProject:
    """What :func:`read_qdpx` found in a project file."""

    name: str
    sources: list[QdaSource] = field(default_factory=list)
    codes: dict[str, QdaCode] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    links: list[tuple[str, str, str]] = field(default_factory=list)  # origin, target, name
    problems: list[str] = field(default_factory=list)


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


def _guid(value: str | None) -> str:
    """A GUID in lower case without braces; other ids as a stable uuid5."""
    text = (value or "").strip()
    match = _GUID.match(text)
    if match:
        return match.group(1).lower()
    return str(uuid.uuid5(_NAMESPACE, text or str(uuid.uuid4())))


def _strip_namespaces(root: ET.Element) -> None:
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.split("}", 1)[1]


def _text_of(element: ET.Element | None) -> str:
    return "".join(element.itertext()) if element is not None else ""


class _Archive:
    """The files of a ``.qdpx`` zip (or the folder of a bare ``.qde``), found tolerantly."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.names: dict[str, str] = {}
        if zipfile.is_zipfile(path):
            self.zip = zipfile.ZipFile(path)
            total = 0
            for info in self.zip.infolist():
                total += info.file_size
                self.names[info.filename.replace("\\", "/").lstrip("/").casefold()] = \
                    info.filename
            if total > MAX_TOTAL_BYTES:
                raise InvalidValue(f"{path.name} unpacks to more than "
                                   f"{MAX_TOTAL_BYTES // 2**20} MB; nothing was imported.")

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()

    def project(self) -> bytes:
        if self.zip is None:
            return self._read_file(self.path)
        qde = [n for n in self.names if n.endswith(".qde")]
        if not qde:
            raise InvalidValue(f"{self.path.name} holds no project.qde; nothing was imported.")
        best = "project.qde" if "project.qde" in qde else min(qde, key=lambda n: (n.count("/"), n))
        return self._read_member(self.names[best])

    def source(self, reference: str) -> bytes | None:
        """The bytes of a source file named by ``internal://x.txt``, ``x.txt``, a path..."""
        ref = reference.strip().replace("\\", "/")
        for prefix in ("internal://", "internal:", "relative://", "relative:", "file://"):
            if ref.lower().startswith(prefix):
                ref = ref[len(prefix):]
                break
        ref = ref.lstrip("/")
        base = PurePosixPath(ref).name
        if self.zip is not None:
            for candidate in (ref, f"sources/{ref}", f"sources/{base}", base):
                name = self.names.get(candidate.casefold())
                if name is not None:
                    return self._read_member(name)
            return None
        folder = self.path.parent.resolve()
        for local in (folder / ref, folder / "sources" / base, folder / "Sources" / base):
            # Only files beside the project: a path may not climb out of its folder.
            if local.resolve().is_relative_to(folder) and local.is_file():
                return self._read_file(local)
        return None

    def _read_member(self, name: str) -> bytes:
        assert self.zip is not None
        if self.zip.getinfo(name).file_size > MAX_MEMBER_BYTES:
            raise InvalidValue(f"{name} in {self.path.name} is larger than "
                               f"{MAX_MEMBER_BYTES // 2**20} MB; nothing was imported.")
        with self.zip.open(name) as handle:
            return handle.read(MAX_MEMBER_BYTES + 1)

    def _read_file(self, path: Path) -> bytes:
        if not path.is_file():
            raise InvalidValue(f"{path} is not a regular file; nothing was imported.")
        if path.stat().st_size > MAX_MEMBER_BYTES:
            raise InvalidValue(f"{path.name} is larger than {MAX_MEMBER_BYTES // 2**20} MB; "
                               "nothing was imported.")
        return path.read_bytes()


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text, _encoding = decode_bytes(data, name)
        return text.lstrip("\ufeff")


def read_qdpx(path: Path) -> QdaProject:
    """Read a ``.qdpx`` (or a bare ``.qde`` with its ``sources/`` folder); InvalidValue
    (one sentence) when it is not a REFI-QDA project."""
    try:
        archive = _Archive(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InvalidValue(f"{path.name} cannot be read as a REFI-QDA project: {exc}.") from exc
    try:
        return _read(archive, path)
    except (zipfile.BadZipFile, OSError, KeyError) as exc:
        raise InvalidValue(f"{path.name} cannot be read as a REFI-QDA project: {exc}.") from exc
    finally:
        archive.close()


def _read(archive: _Archive, path: Path) -> QdaProject:
    data = archive.project()
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise InvalidValue(f"{path.name} declares a DTD or entities, which a REFI-QDA project "
                           "never needs; nothing was imported.")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise InvalidValue(f"The project file in {path.name} is not well-formed XML "
                           f"({exc}); nothing was imported.") from None
    _strip_namespaces(root)
    if root.tag != "Project":
        raise InvalidValue(f"{path.name} is not a REFI-QDA project (its XML root is "
                           f"<{root.tag}>, not <Project>); nothing was imported.")
    project = QdaProject(name=root.get("name", path.stem))
    codes = root.find("CodeBook/Codes")
    if codes is not None:
        for code in codes.findall("Code"):
            _read_code(code, (), project, top=True)
    for note in root.findall("Notes/Note"):
        text = _source_text(note, archive, project, "note")
        if text is not None:
            project.notes[_guid(note.get("guid"))] = text.strip()
    selection_ids: set[str] = set()
    sources = root.find("Sources")
    for element in list(sources) if sources is not None else []:
        if element.tag == "TextSource":
            _read_source(element, archive, project, selection_ids)
        elif element.tag == "PDFSource" and element.find("Representation") is not None:
            representation = element.find("Representation")
            assert representation is not None
            representation.set("name", element.get("name", representation.get("name", "")))
            for child in element:  # the PDF's text selections apply to its text
                if child.tag in ("PlainTextSelection", "Coding", "Description"):
                    representation.append(child)
            areas = len(element.findall("PDFSelection"))
            if areas:
                project.problems.append(
                    f"The PDF source '{element.get('name', '?')}' was imported as its text; "
                    f"its {areas} coding{'s' if areas != 1 else ''} of page areas "
                    f"{'were' if areas != 1 else 'was'} not (they have no span in the text).")
            _read_source(representation, archive, project, selection_ids)
        else:
            project.problems.append(
                f"The {element.tag.replace('Source', '').lower() or 'unknown'} source "
                f"'{element.get('name', '?')}' was not imported: Parallax reads text sources.")
    for link in root.findall("Links/Link"):
        origin, target = _guid(link.get("originGUID")), _guid(link.get("targetGUID"))
        project.links.append((origin, target, (link.get("name") or "").strip()))
    return project


def _read_code(element: ET.Element, parent: tuple[str, ...], project: QdaProject,
               top: bool = False) -> None:
    name = " ".join((element.get("name") or "").split()) or "Unnamed code"
    path = (*parent, name)
    is_tag = bool(parent) and parent[0] == TAGS_CODE
    tags_parent = top and name == TAGS_CODE and element.get("isCodable") == "false"
    if not tags_parent:
        color = element.get("color")
        if color and re.fullmatch(r"#[0-9A-Fa-f]{6}", color):
            color = color.lower()
        elif color and re.fullmatch(r"#[0-9A-Fa-f]{3}", color):
            color = "#" + "".join(2 * c for c in color[1:].lower())
        else:
            color = None
        project.codes[_guid(element.get("guid"))] = QdaCode(path, color, is_tag)
    for child in element.findall("Code"):
        _read_code(child, path if (parent or not tags_parent) else (TAGS_CODE,), project)


def _source_text(element: ET.Element, archive: _Archive, project: QdaProject,
                 what: str) -> str | None:
    inline = element.find("PlainTextContent")
    if inline is not None:
        return _text_of(inline)
    reference = element.get("plainTextPath") or element.get("path")
    name = element.get("name", "?")
    if not reference:
        project.problems.append(f"The {what} '{name}' has no text (no PlainTextContent or "
                                "plainTextPath); it was not imported.")
        return None
    data = archive.source(reference)
    if data is None:
        project.problems.append(f"The {what} '{name}' names {reference}, which is not in the "
                                "file; it was not imported.")
        return None
    return _decode(data, reference)


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _read_source(element: ET.Element, archive: _Archive, project: QdaProject,
                 selection_ids: set[str]) -> None:
    text = _source_text(element, archive, project, "text source")
    if text is None:
        return
    source = QdaSource(guid=_guid(element.get("guid")), name=element.get("name", "").strip(),
                       text=text, description=_text_of(element.find("Description")).strip())
    for item in element.findall("PlainTextSelection"):
        guid = _guid(item.get("guid"))
        if guid in selection_ids:  # a repeated GUID: keep it apart, reported by the import
            project.problems.append(f"The selection GUID {guid} appears more than once.")
        selection_ids.add(guid)
        selection = QdaSelection(guid=guid, start=_int(item.get("startPosition")),
                                 end=_int(item.get("endPosition")),
                                 name=item.get("name", ""),
                                 created=item.get("creationDateTime", ""),
                                 modified=item.get("modifiedDateTime", "")
                                 or item.get("creationDateTime", ""))
        description = _text_of(item.find("Description")).strip()
        if description:
            selection.notes.append(description)
        selection.note_refs += [_guid(r.get("targetGUID")) for r in item.findall("NoteRef")]
        for coding in item.findall("Coding"):
            ref = coding.find("CodeRef")
            if ref is not None:
                selection.codes.append(_guid(ref.get("targetGUID")))
            selection.note_refs += [_guid(r.get("targetGUID"))
                                    for r in coding.findall("NoteRef")]
        source.selections.append(selection)
    for coding in element.findall("Coding"):  # the whole source coded
        ref = coding.find("CodeRef")
        if ref is None:
            continue
        code = _guid(ref.get("targetGUID"))
        source.selections.append(QdaSelection(
            guid=str(uuid.uuid5(_NAMESPACE, f"{source.guid}:{code}")), start=0,
            end=len(text), name="", codes=[code], whole=True,
            created=coding.get("creationDateTime", ""),
            modified=coding.get("creationDateTime", "")))
    project.sources.append(source)


# -- positions -------------------------------------------------------------------------


class _Utf16:
    """Maps UTF-16 offsets of a text to code-point offsets (by bisection, not a scan)."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        astral = [m.start() for m in _ASTRAL.finditer(text)]
        self.starts = [index + k for k, index in enumerate(astral)]  # their UTF-16 offsets
        self.units = self.length + len(astral)

    def code_point(self, offset: int) -> int | None:
        """The code-point offset of UTF-16 ``offset``; None inside a pair or past the end."""
        if not 0 <= offset <= self.units:
            return None
        before = bisect.bisect_left(self.starts, offset)  # astral characters before it
        if before and self.starts[before - 1] + 1 == offset:
            return None  # between the two halves of a surrogate pair
        return offset - before


def _utf16_to_code_points(text: str, offset: int) -> int | None:
    return _Utf16(text).code_point(offset)


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
        out.append(Link(id=LinkId(str(uuid.uuid5(_NAMESPACE, f"link:{origin}:{target}:{name}"))),
                        source=AnnotationId(origin), target=AnnotationId(target),
                        relation=relation))
    if elsewhere:
        report.problems.append(
            f"{elsewhere} link{'s' if elsewhere != 1 else ''} between items other than two "
            f"text selections (codes, sources, cases) {'were' if elsewhere != 1 else 'was'} "
            "not imported: Parallax links highlights.")
    return out

