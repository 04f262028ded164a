"""Frozen data objects shared by every layer: documents, paragraphs, annotations, hits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, NewType

DocId = NewType("DocId", str)
AnnotationId = NewType("AnnotationId", str)
LinkId = NewType("LinkId", str)

UNDETERMINED = "und"

ParagraphKind = Literal["title", "heading", "body", "item", "quote", "code"]
AnchorState = Literal["anchored", "moved", "orphaned"]
Relation = Literal["same-claim", "supports", "contradicts"]
RELATIONS: tuple[Relation, ...] = ("same-claim", "supports", "contradicts")


@dataclass(frozen=True, slots=True)
class LanguageTag:
    """An ISO 639-1 code (``und`` when unknown) and the detector's confidence."""

    code: str = UNDETERMINED
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A span ``text[start:end]`` of a document with its own language and role."""

    start: int
    end: int
    lang: str = UNDETERMINED
    lang_confidence: float = 0.0
    kind: ParagraphKind = "body"
    boilerplate: bool = False
    page: int | None = None  # the page it starts on, in a paged source (PDF)


@dataclass(frozen=True, slots=True)
class Document:
    """An imported article: the text exactly as displayed, which every offset refers to."""

    id: DocId
    source: str
    title: str
    text: str
    content_hash: str
    format: str
    lang: str = UNDETERMINED
    lang_confidence: float = 0.0
    paragraphs: tuple[Paragraph, ...] = ()
    display_html: str | None = None
    metadata: Mapping[str, str] = field(default_factory=dict)
    imported_at: str = ""
    modified_at: str = ""

    @property
    def source_name(self) -> str:
        """The file name of the source, without folders."""
        return self.source.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """What a library list shows, without the text."""

    id: DocId
    title: str
    source: str
    lang: str
    lang_confidence: float
    n_chars: int
    format: str
    imported_at: str
    n_annotations: int = 0
    author: str = ""
    published: str = ""  # ISO date, as the source gives it
    site: str = ""


@dataclass(frozen=True, slots=True)
class TextSelector:
    """W3C TextPositionSelector (start/end, code points) plus TextQuoteSelector."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Label:
    """An annotation label with its display colour (``#rrggbb``)."""

    name: str
    color: str
    builtin: bool = False


@dataclass(frozen=True, slots=True)
class Annotation:
    """A highlight on a document span with label, Markdown note and tags."""

    id: AnnotationId
    doc_id: DocId
    selector: TextSelector
    label: str | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    created: str = ""
    modified: str = ""
    state: AnchorState = "anchored"


@dataclass(frozen=True, slots=True)
class Link:
    """A directed relation between two annotations, possibly across documents."""

    id: LinkId
    source: AnnotationId
    target: AnnotationId
    relation: Relation
    created: str = ""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One ranked result: the document, a marked snippet and every hit's offsets."""

    doc_id: DocId
    title: str
    lang: str
    source: str
    score: float
    snippet: str
    matches: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class AnnotationHit:
    """One annotation matching a query: its quote, label, tags and a marked note snippet."""

    annotation_id: AnnotationId
    doc_id: DocId
    quote: str
    label: str | None
    note_snippet: str
    tags: tuple[str, ...]
    score: float
    title: str = ""
    lang: str = UNDETERMINED
    state: AnchorState = "anchored"


@dataclass(frozen=True, slots=True)
class SearchResults:
    """A query's hits, best first, with the total number of matching documents.

    ``annotations`` are the best matching annotations (notes, tags, labels, quotes) and
    ``annotation_total`` how many annotations match in all; document hits never hold them.
    """

    query: str
    total: int
    hits: tuple[SearchHit, ...] = ()
    annotations: tuple[AnnotationHit, ...] = ()
    annotation_total: int = 0
    # False when ``total`` is an estimate ("about 2,300"): a large total unless asked for.
    total_exact: bool = True
