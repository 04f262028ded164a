"""Reading W3C Web Annotation JSON-LD back: a Parallax export, or another tool's.

:func:`parse_jsonld` reads the shape :mod:`reader.core.export.jsonld` writes (and common
variants: a bare annotation list, a page, relations as ``relation:<name>`` or tagging
bodies) into annotations, links and what each target says of its document; every problem
is one sentence, and nothing is written here (``annotation_io`` matches and imports).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeGuard
from urllib.parse import unquote

from .. import models
from ..models import Annotation, AnnotationId, DocId, Link, LinkId, Relation, TextSelector
from .jsonld import ANNOTATION_IRI_PREFIX, DIGEST_KEY, DOCUMENT_IRI_PREFIX, RELATION_PREFIX

__all__ = ["ParsedExport", "SourceInfo", "parse_jsonld"]

_MAX_PAGES = 10_000  # pages followed through "next" links


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What an annotation's target says about its document, for finding it in a library.

    ``doc_id`` is the Parallax id when the source is a ``urn:parallax:document:`` IRI;
    ``locations`` its original file URI and web address (``via``, or the source IRI itself
    when it is not a Parallax one); ``digest`` the SHA-256 of the text it was made on.
    """

    doc_id: DocId | None = None
    locations: tuple[str, ...] = ()
    title: str = ""
    lang: str = ""
    digest: str = ""


@dataclass
class ParsedExport:
    """What ``parse_jsonld`` read: highlights (state "anchored", to be re-anchored) with, at
    the same index of ``origins``, what their target says about their document; links; and
    one sentence per item it could not read."""

    annotations: list[Annotation] = field(default_factory=list)
    origins: list[SourceInfo] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


_TYPE_ALIASES = {
    "Annotation": "Annotation",
    "oa:Annotation": "Annotation",
    "http://www.w3.org/ns/oa#Annotation": "Annotation",
    "AnnotationPage": "AnnotationPage",
    "as:OrderedCollectionPage": "AnnotationPage",
    "http://www.w3.org/ns/activitystreams#OrderedCollectionPage": "AnnotationPage",
    "AnnotationCollection": "AnnotationCollection",
    "as:OrderedCollection": "AnnotationCollection",
    "http://www.w3.org/ns/activitystreams#OrderedCollection": "AnnotationCollection",
}


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _types(node: Any) -> set[str]:
    if not isinstance(node, dict):
        return set()
    raw = node.get("type", node.get("@type"))
    return {_TYPE_ALIASES.get(t, t) for t in _as_list(raw) if isinstance(t, str)}


def _short_type(value: str) -> str:
    """A class or vocabulary term without an ``oa:`` prefix or the oa namespace."""
    for prefix in ("oa:", "http://www.w3.org/ns/oa#"):
        if value.startswith(prefix):
            return value[len(prefix):]
    return value


def _node_id(node: Any) -> str | None:
    if isinstance(node, str):
        return node
    if isinstance(node, dict):
        value = node.get("id", node.get("@id"))
        if isinstance(value, str):
            return value
    return None


def _local_id(iri: str) -> str:
    """The Parallax id behind an annotation IRI: the uuid of ``urn:uuid:``, else a uuid5."""
    if iri.startswith(ANNOTATION_IRI_PREFIX) and len(iri) > len(ANNOTATION_IRI_PREFIX):
        return unquote(iri[len(ANNOTATION_IRI_PREFIX):])
    return str(uuid.uuid5(uuid.NAMESPACE_URL, iri))


def _describe(node: dict[str, Any], number: int) -> str:
    ident = _node_id(node)
    return f"Annotation {ident}" if ident else f"Annotation number {number}"


class _Collector:
    """Walks the accepted containers and yields the annotation objects found."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems

    def page_items(self, page: dict[str, Any], what: str) -> Iterator[Any]:
        seen: set[int] = set()
        current: Any = page
        count = 0
        while isinstance(current, dict) and id(current) not in seen and count < _MAX_PAGES:
            seen.add(id(current))
            count += 1
            items = current.get("items", [])
            if not isinstance(items, list):
                self.problems.append(f"The {what} has an 'items' value that is not a list.")
            else:
                yield from items
            current = current.get("next")
        if isinstance(current, str):
            self.problems.append(
                f"The {what} continues on a page referenced only by IRI ({current}); "
                "that page was not read."
            )

    def top(self, document: Any) -> list[Any]:
        """The annotation candidates of a whole file, or ValueError if it is not WA JSON."""
        if isinstance(document, list):
            recognised = [x for x in document if _types(x) & set(_TYPE_ALIASES.values())]
            if document and not recognised:
                raise ValueError(
                    "The file is a JSON list but holds no Web Annotation objects."
                )
            out: list[Any] = []
            for item in document:
                out += self.node(item)
            return out
        if isinstance(document, dict):
            types = _types(document)
            items = document.get("items")
            if types & set(_TYPE_ALIASES.values()) or (
                isinstance(items, list) and any(_types(x) & {"Annotation"} for x in items)
            ):
                return self.node(document)
        raise ValueError(
            "The file is not Web Annotation JSON: expected an Annotation, a list of them, "
            "an AnnotationPage or an AnnotationCollection."
        )

    def node(self, node: Any) -> list[Any]:
        types = _types(node)
        if "Annotation" in types:
            return [node]
        if "AnnotationCollection" in types:
            first = node.get("first")
            if isinstance(first, dict):
                return list(self.page_items(first, "annotation collection"))
            if isinstance(first, str):
                self.problems.append(
                    f"The annotation collection refers to its first page only by IRI ({first}); "
                    "that page was not read."
                )
                return []
            if isinstance(node.get("items"), list):
                return list(self.page_items(node, "annotation collection"))
            self.problems.append("The annotation collection has no embedded page of annotations.")
            return []
        if "AnnotationPage" in types or (isinstance(node, dict) and "items" in node):
            return list(self.page_items(node, "annotation page"))
        return [node]


def _is_offset(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _selector_from(
    selectors: list[Any], where: str, problems: list[str]
) -> TextSelector | None:
    start: int | None = None
    end: int | None = None
    exact: str | None = None
    prefix = suffix = ""
    for selector in selectors:
        if not isinstance(selector, dict):
            continue
        kinds = {_short_type(t) for t in _as_list(selector.get("type")) if isinstance(t, str)}
        if "TextPositionSelector" in kinds and start is None:
            s, e = selector.get("start"), selector.get("end")
            if _is_offset(s) and _is_offset(e) and s <= e:
                start, end = s, e
            else:
                problems.append(
                    f"{where} has a TextPositionSelector without a valid start and end; "
                    "it was ignored."
                )
        elif "TextQuoteSelector" in kinds and exact is None:
            value = selector.get("exact")
            if isinstance(value, str):
                exact = value
                pre, suf = selector.get("prefix", ""), selector.get("suffix", "")
                prefix = pre if isinstance(pre, str) else ""
                suffix = suf if isinstance(suf, str) else ""
            else:
                problems.append(
                    f"{where} has a TextQuoteSelector without an exact quote; it was ignored."
                )
    if exact is None and start is None:
        return None
    return TextSelector(
        start=start if start is not None else 0,
        end=end if end is not None else 0,
        exact=exact if exact is not None else "",
        prefix=prefix,
        suffix=suffix,
    )


def _text(node: dict[str, Any], key: str) -> str:
    value = node.get(key)
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return value.strip() if isinstance(value, str) else ""


def _source_info(source: Any) -> SourceInfo | None:
    """What a target's ``source`` tells about its document; None when it names none."""
    iri = _node_id(source)
    if not iri:
        return None
    doc_id: DocId | None = None
    locations: list[str] = []
    if iri.startswith(DOCUMENT_IRI_PREFIX):
        doc_id = DocId(unquote(iri[len(DOCUMENT_IRI_PREFIX):]))
    elif not iri.startswith(("urn:uuid:", "_:")):
        locations.append(iri)
    if not isinstance(source, dict):
        return SourceInfo(doc_id=doc_id, locations=tuple(locations))
    for key in ("via", "canonical"):
        for value in _as_list(source.get(key)):
            where = _node_id(value)
            if where and where not in locations:
                locations.append(where)
    digest = _text(source, DIGEST_KEY).lower()
    return SourceInfo(
        doc_id=doc_id,
        locations=tuple(locations),
        title=_text(source, "label") or _text(source, "name"),
        lang=_text(source, "language").lower(),
        digest=digest if re.fullmatch(r"[0-9a-f]{64}", digest) else "",
    )


def _passage_targets(
    node: dict[str, Any],
) -> tuple[list[tuple[SourceInfo, list[Any]]], list[str]]:
    """(source, selectors) of each target that is a passage of a named document, and the
    document ids of targets naming a whole Parallax document."""
    passages: list[tuple[SourceInfo, list[Any]]] = []
    whole: list[str] = []
    for target in _as_list(node.get("target")):
        if isinstance(target, dict) and "source" in target:
            info = _source_info(target["source"])
            selectors = _as_list(target.get("selector"))
            if info is not None and (info.doc_id is not None or selectors):
                passages.append((info, selectors))
            continue
        iri = _node_id(target)
        if iri and iri.startswith(DOCUMENT_IRI_PREFIX):
            whole.append(unquote(iri[len(DOCUMENT_IRI_PREFIX):]))
    return passages, whole


def _motivations(node: dict[str, Any]) -> set[str]:
    return {_short_type(m) for m in _as_list(node.get("motivation")) if isinstance(m, str)}


def _purpose(body: dict[str, Any], default: str) -> str:
    purposes = [_short_type(p) for p in _as_list(body.get("purpose")) if isinstance(p, str)]
    return purposes[0] if purposes else default


def _timestamp(node: dict[str, Any], key: str) -> str:
    value = node.get(key)
    return value if isinstance(value, str) else ""


def _parse_annotation(
    node: dict[str, Any], where: str, passages: list[tuple[SourceInfo, list[Any]]],
    problems: list[str],
) -> Annotation | None:
    if len(passages) > 1:
        problems.append(
            f"{where} targets {len(passages)} passages; only the first was read."
        )
    info, selectors = passages[0]
    selector = _selector_from(selectors, where, problems)
    if selector is None:
        problems.append(
            f"{where} was skipped: its target has no TextQuoteSelector or "
            "TextPositionSelector."
        )
        return None
    motivations = _motivations(node)
    default = next(
        (m for m in ("tagging", "classifying") if m in motivations), "commenting"
    )
    label: str | None = None
    tags: list[str] = []
    notes: list[str] = []
    bodies = _as_list(node.get("body"))
    body_value = node.get("bodyValue")
    if isinstance(body_value, str):
        notes.append(body_value)
    for body in bodies:
        if not (isinstance(body, dict) and isinstance(body.get("value"), str)):
            ident = _node_id(body)
            problems.append(
                f"{where} has a body that is not embedded text"
                + (f" ({ident})" if ident else "")
                + "; that body was ignored."
            )
            continue
        value: str = body["value"]
        purpose = _purpose(body, default)
        if purpose == "tagging":
            if value not in tags:
                tags.append(value)
        elif purpose == "classifying":
            if label is None:
                label = value
            elif value != label:
                problems.append(
                    f"{where} has more than one label; kept {label!r} and ignored {value!r}."
                )
        else:
            notes.append(value)
    ident = _node_id(node)
    annotation_id = _local_id(ident) if ident else str(uuid.uuid4())
    return Annotation(
        id=AnnotationId(annotation_id),
        doc_id=info.doc_id if info.doc_id is not None else DocId(""),
        selector=selector,
        label=label,
        note="\n\n".join(notes),
        tags=tuple(tags),
        created=_timestamp(node, "created"),
        modified=_timestamp(node, "modified"),
        state="anchored",
    )


def _relation(value: str) -> Relation | None:
    name = value[len(RELATION_PREFIX):] if value.startswith(RELATION_PREFIX) else value
    for relation in models.RELATIONS:
        if relation == name:
            return relation
    return None


def _parse_link(node: dict[str, Any], where: str, problems: list[str]) -> Link | None:
    targets = [_node_id(t) for t in _as_list(node.get("target"))]
    sources = [t for t in targets if t]
    others: list[str] = []
    relation: Relation | None = None
    unknown: list[str] = []
    for body in _as_list(node.get("body")):
        if isinstance(body, dict) and isinstance(body.get("value"), str):
            if _purpose(body, "classifying") in ("classifying", "tagging"):
                found = _relation(body["value"])
                if found is not None and relation is None:
                    relation = found
                elif found is None:
                    unknown.append(body["value"])
            continue
        if isinstance(body, dict) and "source" in body:
            body = body["source"]
        ident = _node_id(body)
        if ident:
            others.append(ident)
    if not sources or not others:
        problems.append(
            f"{where} was skipped: a link needs the linking annotation as its target "
            "and the linked annotation as its body."
        )
        return None
    if relation is None:
        shown = f" (found {', '.join(repr(u) for u in unknown)})" if unknown else ""
        problems.append(
            f"{where} was skipped: its link relation is not one of "
            f"{', '.join(models.RELATIONS)}{shown}."
        )
        return None
    if len(sources) > 1 or len(others) > 1:
        problems.append(f"{where} links more than two annotations; only the first pair was read.")
    ident = _node_id(node)
    return Link(
        id=LinkId(_local_id(ident) if ident else str(uuid.uuid4())),
        source=AnnotationId(_local_id(sources[0])),
        target=AnnotationId(_local_id(others[0])),
        relation=relation,
        created=_timestamp(node, "created"),
    )


def parse_jsonld(text: str) -> ParsedExport:
    """Read Web Annotation JSON(-LD): one Annotation, a list, an AnnotationPage or a Collection.

    Highlights (a target with a source and a text selector: a Parallax document, a web
    page, a file) come back with selector, label, tags, note and times, in state "anchored"
    for the caller to find their document and re-anchor (``origins`` says what the target
    tells about the document; ``doc_id`` is empty when it is not a Parallax one);
    ``linking`` annotations between annotations come back as links. Anything else is
    reported in ``problems``, one sentence per item. Raises ValueError when the text is
    not JSON or not Web Annotation JSON.
    """
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"The file is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}."
        ) from None
    result = ParsedExport()
    candidates = _Collector(result.problems).top(document)
    for number, node in enumerate(candidates, start=1):
        if not isinstance(node, dict) or "Annotation" not in _types(node):
            result.problems.append(
                f"Item number {number} is not a Web Annotation (no type 'Annotation'); "
                "it was skipped."
            )
            continue
        where = _describe(node, number)
        passages, whole = _passage_targets(node)
        if passages:
            annotation = _parse_annotation(node, where, passages, result.problems)
            if annotation is not None:
                result.annotations.append(annotation)
                result.origins.append(passages[0][0])
        elif "linking" in _motivations(node) and not whole:
            link = _parse_link(node, where, result.problems)
            if link is not None:
                result.links.append(link)
        elif whole:
            result.problems.append(
                f"{where} was skipped: it targets the whole document {whole[0]}, "
                "not a passage of it."
            )
        else:
            result.problems.append(
                f"{where} was skipped: its target is not a passage of a document "
                "(a SpecificResource with a source and a text selector)."
            )
    return result
