"""REFI-QDA (QDA-XML 1.0) project export: a ``.qdpx`` zip for NVivo, ATLAS.ti, MAXQDA, QualCoder.

The zip holds ``project.qde`` (namespace ``urn:QDA-XML:project:1.0``, valid against the
REFI ``Project.xsd`` of March 2019) and ``sources/<guid>.txt``: each document's text in
UTF-8, referenced from its ``TextSource`` as ``plainTextPath="internal://<guid>.txt"``.

How Parallax maps onto the standard:

- **Labels** become ``Code`` elements with their colour. A label whose name holds ``/``
  ("concepts/abstraction") becomes a nested code path.
- **Tags** become codes under a top-level, non-codable ``Tags`` code (QDA tools have no
  tags; a code per tag keeps them visible and codable there).
- **Highlights** become ``PlainTextSelection`` elements of their document's ``TextSource``:
  ``startPosition``/``endPosition`` are code-point offsets into the exported text file (end
  exclusive), the selection's ``guid`` is the highlight id, its ``name`` the quote (cut to
  80 characters), its ``Description`` the note (Markdown, as written), and it holds one
  ``Coding`` for the label and one per tag.
- **Links** (same claim, supports, contradicts) become ``Link`` elements between the two
  selections, named by the relation: ``Associative`` for same-claim, ``OneWay`` otherwise.
- **Documents**: ``TextSource`` named by title (without the characters a file name cannot
  hold: QualCoder uses the name as one), with a ``Description`` giving the full title,
  the original location and language, and ``VariableValue`` entries for its metadata
  (Language, Original location, and Author, Site, Published, URL when known).
- **The user** (the account name, or the one given) is the project's only ``User``, the
  creating user of every source, selection and coding.

Orphaned highlights (their quote is no longer in the text) have no span to point at: they
are left out and counted in the project's ``Description``. With ``crlf=True`` the text
files use CRLF line endings, as MAXQDA expects, and every offset counts them.
"""

from __future__ import annotations

import getpass
import io
import re
import uuid
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from ... import __version__
from ..models import Annotation, Document
from . import ExportBundle, group_by_document, metadata_value

__all__ = [
    "NAMESPACE",
    "TAGS_CODE",
    "TITLE_LINE",
    "QdpxExport",
    "guid_for",
    "source_name",
    "to_qdpx",
]

NAMESPACE = "urn:QDA-XML:project:1.0"
TAGS_CODE = "Tags"
"""Name of the top-level code whose children are Parallax's tags."""

_GUID_NAMESPACE = uuid.UUID("0b6f0d0e-9d5c-5d53-9a51-7c2f8c3b1a10")
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_RELATION_DIRECTION = {"same-claim": "Associative", "supports": "OneWay",
                       "contradicts": "OneWay"}
_NAME_CHARS = 80
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
TITLE_LINE = "Title: "
"""How a TextSource's description starts its line holding the document's full title."""
_METADATA_VARIABLES = (("author", "Author"), ("site", "Site"), ("published", "Published"),
                       ("url", "URL"))


@dataclass(frozen=True)
class QdpxExport:
    """The ``.qdpx`` bytes and what could not go into them."""

    data: bytes
    sources: int
    selections: int
    orphans_left_out: int


def guid_for(kind: str, identifier: str) -> str:
    """A GUID for a Parallax id: the id itself when it is one, else a stable uuid5."""
    if kind == "selection" and _GUID.match(identifier):
        return identifier.lower()
    return str(uuid.uuid5(_GUID_NAMESPACE, f"{kind}:{identifier}"))


def _clean(text: str) -> str:
    """Text with the characters XML 1.0 cannot hold removed."""
    return _XML_INVALID.sub("", text)


def _stamp(value: str) -> str | None:
    return value if _DATETIME.match(value) else None


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str | None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}",
                            {k: _clean(v) for k, v in attrs.items() if v is not None})
    if text is not None:
        element.text = _clean(text)
    return element


class _CodeTree:
    """The code book: label paths and tags, each code with a stable GUID."""

    def __init__(self, codes: ET.Element) -> None:
        self.codes = codes
        self.elements: dict[tuple[str, ...], ET.Element] = {}

    def code(self, path: tuple[str, ...], color: str | None, codable: bool = True) -> str:
        """The GUID of the code at ``path``, creating it (and its parents) on first use."""
        if path in self.elements:
            element = self.elements[path]
            if codable:
                element.set("isCodable", "true")
            if color and not element.get("color"):
                element.set("color", color)
            return element.get("guid", "")
        parent = self.codes if len(path) == 1 else self.elements.get(path[:-1])
        if parent is None:
            self.code(path[:-1], None, codable=False)
            parent = self.elements[path[:-1]]
        element = _sub(parent, "Code", guid=guid_for("code", "/".join(path)), name=path[-1],
                       isCodable="true" if codable else "false",
                       color=color if color and re.fullmatch(r"#[0-9a-fA-F]{6}", color) else None)
        self.elements[path] = element
        return element.get("guid", "")


def _label_path(name: str) -> tuple[str, ...]:
    parts = tuple(part.strip() for part in name.split("/") if part.strip())
    return parts or (name,)


def _with_crlf(text: str) -> tuple[str, list[int]]:
    """The text with CRLF line ends, and for each code point of the original its new offset."""
    shift: list[int] = []
    added = 0
    for char in text:
        shift.append(added)
        if char == "\n":
            added += 1
    shift.append(added)
    return text.replace("\n", "\r\n"), shift


def to_qdpx(bundle: ExportBundle, *, crlf: bool = False, user: str | None = None,
            project_name: str = "Parallax export", origin: str | None = None) -> QdpxExport:
    """The bundle as a REFI-QDA project (see the module documentation for the mapping)."""
    ET.register_namespace("", NAMESPACE)
    user_name = user or _account_name()
    user_guid = guid_for("user", user_name)
    generated = _stamp(bundle.generated)
    root = ET.Element(f"{{{NAMESPACE}}}Project", {
        "name": _clean(project_name), "origin": _clean(origin or f"Parallax {__version__}"),
        "creatingUserGUID": user_guid,
    })
    if generated:
        root.set("creationDateTime", generated)
    users = _sub(root, "Users")
    _sub(users, "User", guid=user_guid, name=user_name)
    codebook = _sub(root, "CodeBook")
    codes = _sub(codebook, "Codes")
    tree = _CodeTree(codes)
    for label in bundle.labels.values():  # every label, used or not, in the library's order
        tree.code(_label_path(label.name), label.color)
    groups = [g for g in group_by_document(bundle) if g.document is not None and g.anchored]
    orphans = sum(len(g.orphaned) for g in group_by_document(bundle))
    orphans += sum(len(g.anchored) for g in group_by_document(bundle) if g.document is None)
    variables_used = _variables(g.document for g in groups if g.document is not None)
    variable_guids: dict[str, str] = {}
    if variables_used:
        variables = _sub(root, "Variables")
        for _key, name in variables_used:
            guid = guid_for("variable", name)
            variable_guids[name] = guid
            _sub(variables, "Variable", guid=guid, name=name, typeOfVariable="Text")
    sources = _sub(root, "Sources")
    files: dict[str, str] = {}
    selections = 0
    exported: set[str] = set()
    for group in groups:
        document = group.document
        assert document is not None
        source_guid = guid_for("document", document.id)
        text, shift = (_with_crlf(document.text) if crlf
                       else (document.text, None))
        files[f"sources/{source_guid}.txt"] = text
        source = _sub(sources, "TextSource", guid=source_guid,
                      name=source_name(document.title or document.source_name or document.id),
                      plainTextPath=f"internal://{source_guid}.txt",
                      creatingUser=user_guid,
                      creationDateTime=_stamp(document.imported_at),
                      modifiedDateTime=_stamp(document.modified_at))
        _sub(source, "Description", _describe(document))
        for annotation in group.anchored:
            _selection(source, annotation, tree, bundle, user_guid, shift)
            exported.add(annotation.id)
            selections += 1
        for key, name in variables_used:
            value = _variable_value(document, key)
            if value:
                holder = _sub(source, "VariableValue")
                _sub(holder, "VariableRef", targetGUID=variable_guids[name])
                _sub(holder, "TextValue", value)
    links = [k for k in bundle.links if k.source in exported and k.target in exported]
    if links:
        holder = _sub(root, "Links")
        for link in links:
            _sub(holder, "Link", guid=guid_for("link", link.id), name=link.relation,
                 direction=_RELATION_DIRECTION.get(link.relation, "Associative"),
                 originGUID=guid_for("selection", link.source),
                 targetGUID=guid_for("selection", link.target))
    description = (f"Exported from Parallax at {bundle.generated}: {selections} highlight"
                   f"{'s' if selections != 1 else ''} from {len(groups)} document"
                   f"{'s' if len(groups) != 1 else ''}.")
    if orphans:
        description += (f" {orphans} orphaned highlight{'s' if orphans != 1 else ''} "
                        "(quote no longer in the text) left out.")
    _sub(root, "Description", description)
    if not codes.findall(f"{{{NAMESPACE}}}Code"):
        root.remove(codebook)
    if not sources.findall(f"{{{NAMESPACE}}}TextSource"):
        root.remove(sources)
    ET.indent(root, space="  ")
    xml = ET.tostring(root, encoding="unicode", xml_declaration=False)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", '<?xml version="1.0" encoding="utf-8"?>\n' + xml + "\n")
        for name, content in files.items():
            archive.writestr(name, content.encode("utf-8"))
    return QdpxExport(buffer.getvalue(), len(groups), selections, orphans)


def _account_name() -> str:
    try:
        return getpass.getuser() or "Parallax user"
    except (OSError, KeyError):
        return "Parallax user"


def source_name(title: str) -> str:
    """A source's name that tools can also use as a file name (QualCoder does): no path
    or reserved characters, at most 120 characters; the full title is in its description."""
    name = " ".join(_UNSAFE_NAME.sub(" - ", title).split()).strip(" .-")
    return (name[:120].rstrip(" .-") or "Untitled")


def _describe(document: Document) -> str:
    lines = [f"{TITLE_LINE}{' '.join(document.title.split())}"] if document.title else []
    lines.append(f"Imported into Parallax from {document.source}")
    if document.lang and document.lang != "und":
        lines.append(f"Language: {document.lang}")
    lines.append(f"Parallax document id: {document.id}")
    return "\n".join(lines)


def _variables(documents: Iterable[Document]) -> list[tuple[str, str]]:
    docs = list(documents)
    if not docs:
        return []
    used: list[tuple[str, str]] = [("lang", "Language"), ("source", "Original location")]
    for key, name in _METADATA_VARIABLES:
        if any(metadata_value(d, key) for d in docs):
            used.append((key, name))
    return used


def _variable_value(document: Document, key: str) -> str:
    if key == "lang":
        return document.lang
    if key == "source":
        return document.source
    return metadata_value(document, key)


def _selection(source: ET.Element, annotation: Annotation, tree: _CodeTree,
               bundle: ExportBundle, user_guid: str, shift: list[int] | None) -> None:
    start, end = annotation.selector.start, annotation.selector.end
    if shift is not None:
        start, end = start + shift[start], end + shift[end]
    quote = " ".join(annotation.selector.exact.split())
    if len(quote) > _NAME_CHARS:
        quote = quote[: _NAME_CHARS - 1] + "…"
    element = _sub(source, "PlainTextSelection",
                   guid=guid_for("selection", annotation.id), name=quote,
                   startPosition=str(start), endPosition=str(end),
                   creatingUser=user_guid,
                   creationDateTime=_stamp(annotation.created),
                   modifyingUser=user_guid if _stamp(annotation.modified) else None,
                   modifiedDateTime=_stamp(annotation.modified))
    if annotation.note.strip():
        _sub(element, "Description", annotation.note)
    code_guids: list[str] = []
    if annotation.label:
        label = bundle.labels.get(annotation.label)
        code_guids.append(tree.code(_label_path(annotation.label),
                                    label.color if label else None))
    for tag in annotation.tags:
        code_guids.append(tree.code((TAGS_CODE, tag), None))
    if any(path == (TAGS_CODE,) for path in tree.elements):
        tree.elements[(TAGS_CODE,)].set("isCodable", "false")
    for number, code_guid in enumerate(code_guids):
        coding = _sub(element, "Coding", guid=guid_for("coding", f"{annotation.id}:{number}"),
                      creatingUser=user_guid, creationDateTime=_stamp(annotation.created))
        _sub(coding, "CodeRef", targetGUID=code_guid)
