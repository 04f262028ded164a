"""W3C Web Annotation JSON-LD: export of a bundle as an AnnotationCollection.

Read back by :mod:`reader.core.export.jsonld_read` (``parse_jsonld``), which shares the
vocabulary defined here.

Export shape (every key a term of ``http://www.w3.org/ns/anno.jsonld``, so JSON-LD
expansion drops nothing; the conformance checkers in ``shared/conformance/web-annotation``
pass it)::

    AnnotationCollection  id urn:uuid:<derived from the bundle>, label, generated, total,
      first: AnnotationPage  id, startIndex 0, items: [highlights..., links...]
      last: the IRI of that same (only) page

A highlight::

    id          urn:uuid:<annotation id>
    motivation  "commenting" when the annotation has a note, else "highlighting"
    created / modified   as stored (left out when empty)
    body        TextualBody purpose "classifying"  value <label name>      (0 or 1)
                TextualBody purpose "tagging"      value <tag>             (one per tag)
                TextualBody purpose "commenting"   format text/markdown, value <note>
    target      SpecificResource
                  source    {id urn:parallax:document:<doc id>, type Text,
                             format <media type of the imported file>, language <doc lang>,
                             label <document title>,
                             via <web address and/or file:// URI it was imported from>,
                             schema:sha256 <SHA-256 of the document text>,
                             schema:author / schema:publisher / schema:datePublished
                             (when the document has that metadata)}
                            (the bare IRI when the bundle lacks the document)
                  selector  [TextPositionSelector start/end (code points),
                             TextQuoteSelector exact/prefix/suffix]

The anchoring state is not written: the model has no term for it, and an orphan keeps its
last selectors, so an importer recomputes the state by re-anchoring (``parse_jsonld``
returns every annotation as "anchored" for the caller to re-anchor).

A link between two highlights is an annotation of its own::

    id          urn:uuid:<link id>
    motivation  "linking"
    created     as stored
    body        ["urn:uuid:<linked (target) annotation id>",
                 TextualBody purpose "classifying" value "same-claim" | "supports" | "contradicts"]
    target      "urn:uuid:<linking (source) annotation id>"

i.e. "the target annotation <relation> the body annotation", with the relation carried
as the classifying body of the linking annotation (no invented keys). ``parse_jsonld`` also
reads a relation written as ``"relation:<name>"`` or with purpose "tagging".

Ids are percent-encoded into the IRIs when they hold characters an IRI cannot, and
decoded on import. Annotations from other tools whose id is not a ``urn:uuid:`` IRI get a
stable id derived from that IRI (uuid5), so links between them still resolve.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from ..models import (
    Annotation,
    DocId,
    Document,
    Link,
    TextSelector,
)
from . import ExportBundle, metadata_value, ordered_annotations

__all__ = [
    "ANNO_CONTEXT",
    "ANNOTATION_IRI_PREFIX",
    "DIGEST_KEY",
    "DOCUMENT_IRI_PREFIX",
    "MEDIA_TYPES",
    "annotation_iri",
    "document_iri",
    "file_uri",
    "original_locations",
    "to_jsonld",
]

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
DOCUMENT_IRI_PREFIX = "urn:parallax:document:"
ANNOTATION_IRI_PREFIX = "urn:uuid:"
MEDIA_TYPES: dict[str, str] = {
    "txt": "text/plain", "md": "text/markdown", "html": "text/html", "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "epub": "application/epub+zip",
}
"""Media type of each imported file format, written as the source document's ``format``."""

DIGEST_KEY = "schema:sha256"
"""The source key holding the SHA-256 (hex) of the document's text, as Parallax stores it."""

METADATA_TERMS: dict[str, str] = {
    "author": "schema:author",
    "site": "schema:publisher",
    "published": "schema:datePublished",
}
"""Document metadata written on the target source, under schema.org terms (a prefix of the
anno.jsonld context, so expansion keeps them)."""

NOTE_FORMAT = "text/markdown"
RELATION_PREFIX = "relation:"

_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


# --------------------------------------------------------------------------------------
# export
# --------------------------------------------------------------------------------------

def document_iri(doc_id: str) -> str:
    """The IRI naming a Parallax document in exported annotations."""
    return DOCUMENT_IRI_PREFIX + quote(doc_id, safe="")


def annotation_iri(annotation_id: str) -> str:
    """The IRI of an exported annotation (or link): ``urn:uuid:<id>``."""
    return ANNOTATION_IRI_PREFIX + quote(annotation_id, safe="")


def _textual_body(purpose: str, value: str, fmt: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"type": "TextualBody", "purpose": purpose}
    if fmt is not None:
        body["format"] = fmt
    body["value"] = value
    return body


def file_uri(source: str) -> str | None:
    """The ``file://`` URI of an absolute local path (None for anything else)."""
    if source.startswith(("http://", "https://", "file://")):
        return source if source.startswith("file://") else None
    path = PurePosixPath(source.replace("\\", "/"))
    if not source.startswith("/") and not (len(source) > 2 and source[1] == ":"):
        return None
    text = str(path)
    if not text.startswith("/"):  # a Windows drive path, C:/...
        text = "/" + text
    return "file://" + quote(text, safe="/:")


def _iri(url: str) -> str:
    """A web address with the characters an IRI cannot hold (spaces, quotes...) encoded."""
    return "".join(quote(ch, safe="") if ch in ' "<>\\^`{|}' or ch < " " else ch for ch in url)


def original_locations(document: Document) -> list[str]:
    """Where a document came from: its web address (when known), then its file URI."""
    found: list[str] = []
    for value in (metadata_value(document, "url"), document.source):
        if value.startswith(("http://", "https://")):
            found.append(_iri(value))
    uri = file_uri(document.source)
    if uri is not None:
        found.append(uri)
    return list(dict.fromkeys(found))


def _source(doc_id: DocId, document: Document | None) -> str | dict[str, Any]:
    iri = document_iri(doc_id)
    if document is None:
        return iri
    source: dict[str, Any] = {"id": iri, "type": "Text"}
    media_type = MEDIA_TYPES.get(document.format)
    if media_type is not None:
        source["format"] = media_type
    if _LANGUAGE.match(document.lang):
        source["language"] = document.lang
    if document.title:
        source["label"] = document.title
    locations = original_locations(document)
    if locations:
        source["via"] = locations[0] if len(locations) == 1 else locations
    if document.content_hash:
        source[DIGEST_KEY] = document.content_hash
    for key, term in METADATA_TERMS.items():
        value = metadata_value(document, key)
        if value:
            source[term] = value
    return source


def _selectors(selector: TextSelector) -> list[dict[str, Any]]:
    quote_selector: dict[str, Any] = {"type": "TextQuoteSelector", "exact": selector.exact}
    if selector.prefix:
        quote_selector["prefix"] = selector.prefix
    if selector.suffix:
        quote_selector["suffix"] = selector.suffix
    return [
        {"type": "TextPositionSelector", "start": selector.start, "end": selector.end},
        quote_selector,
    ]


def annotation_to_dict(annotation: Annotation, document: Document | None) -> dict[str, Any]:
    """One highlight as a Web Annotation object (without ``@context``)."""
    has_note = bool(annotation.note.strip())
    item: dict[str, Any] = {
        "id": annotation_iri(annotation.id),
        "type": "Annotation",
        "motivation": "commenting" if has_note else "highlighting",
    }
    if annotation.created:
        item["created"] = annotation.created
    if annotation.modified:
        item["modified"] = annotation.modified
    bodies: list[dict[str, Any]] = []
    if annotation.label:
        bodies.append(_textual_body("classifying", annotation.label))
    bodies += [_textual_body("tagging", tag) for tag in annotation.tags]
    if annotation.note:
        bodies.append(_textual_body("commenting", annotation.note, NOTE_FORMAT))
    if bodies:
        item["body"] = bodies
    item["target"] = {
        "type": "SpecificResource",
        "source": _source(annotation.doc_id, document),
        "selector": _selectors(annotation.selector),
    }
    return item


def link_to_dict(link: Link) -> dict[str, Any]:
    """One link as a ``linking`` Web Annotation: target = source annotation, body = target."""
    item: dict[str, Any] = {
        "id": annotation_iri(link.id),
        "type": "Annotation",
        "motivation": "linking",
    }
    if link.created:
        item["created"] = link.created
    item["body"] = [annotation_iri(link.target), _textual_body("classifying", link.relation)]
    item["target"] = annotation_iri(link.source)
    return item


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def to_jsonld(bundle: ExportBundle) -> str:
    """The bundle as a W3C Web Annotation ``AnnotationCollection`` (pretty JSON, UTF-8 text)."""
    annotations = ordered_annotations(bundle)
    items = [annotation_to_dict(a, bundle.documents.get(a.doc_id)) for a in annotations]
    items += [link_to_dict(link) for link in bundle.links]
    seed = "\n".join(
        ["parallax-export", bundle.generated]
        + [a.id for a in annotations]
        + [link.id for link in bundle.links]
    )
    collection_id = uuid.uuid5(uuid.NAMESPACE_URL, seed)
    page_id = uuid.uuid5(collection_id, "page-1")
    n_documents = len({a.doc_id for a in annotations})
    collection: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": collection_id.urn,
        "type": "AnnotationCollection",
        "label": (
            f"Parallax export: {_plural(len(annotations), 'highlight')} from "
            f"{_plural(n_documents, 'document')}, {_plural(len(bundle.links), 'link')}"
        ),
    }
    if bundle.generated:
        collection["generated"] = bundle.generated
    collection["total"] = len(items)
    collection["first"] = {
        "id": page_id.urn,
        "type": "AnnotationPage",
        "startIndex": 0,
        "items": items,
    }
    collection["last"] = page_id.urn
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"
