"""Reading a REFI-QDA project (``.qdpx`` / ``.qde``): its sources, codes, notes and links.

What :func:`read_qdpx` returns (:class:`QdaProject`) is what the project file says, with
each source's text as stored; :mod:`reader.core.qdpx_import` turns it into documents and
highlights. Tolerant of real files: the project file may have any ``.qde`` name; texts may
sit in ``sources/`` or ``Sources/`` with or without ``internal://``, or inline as
``PlainTextContent``; a BOM, CRLF or CR line endings and GUIDs in capitals or braces are
read right. Members and texts are size-capped before they are read.
"""

from __future__ import annotations

import bisect
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree as ET

from .errors import InvalidValue
from .export.qdpx import TAGS_CODE
from .text import decode_bytes

__all__ = ["MAX_MEMBER_BYTES", "QdaCode", "QdaProject", "QdaSelection", "QdaSource", "Utf16Offsets",
           "read_qdpx"]

MAX_MEMBER_BYTES = 64 * 1024 * 1024
"""Largest project file or source text read from a ``.qdpx`` (uncompressed)."""
MAX_TOTAL_BYTES = 512 * 1024 * 1024
_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12})\}?$")
NAMESPACE = uuid.UUID("2c1b6f7e-3a52-5d0b-8f4e-9e1d3c7a6b50")
"""Of the stable uuid5 ids made for what a project names with no GUID."""
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


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
    def utf16(self) -> Utf16Offsets:
        return Utf16Offsets(self.text)

    @cached_property
    def lf_utf16(self) -> Utf16Offsets:
        return Utf16Offsets(self.lf_text)

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


def _guid(value: str | None) -> str:
    """A GUID in lower case without braces; other ids as a stable uuid5."""
    text = (value or "").strip()
    match = _GUID.match(text)
    if match:
        return match.group(1).lower()
    return str(uuid.uuid5(NAMESPACE, text or str(uuid.uuid4())))


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
            guid=str(uuid.uuid5(NAMESPACE, f"{source.guid}:{code}")), start=0,
            end=len(text), name="", codes=[code], whole=True,
            created=coding.get("creationDateTime", ""),
            modified=coding.get("creationDateTime", "")))
    project.sources.append(source)


# -- positions -------------------------------------------------------------------------


class Utf16Offsets:
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
