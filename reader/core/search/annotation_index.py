"""The whoosh index of annotations: quotes, notes, tags and labels, in the same query language.

A second, small index beside the document index (``index/annotations``), so that document
hits, totals and ranking statistics never see annotation records. It follows the store's
change counter like the document index: annotation rows carry the revision of their last
change and deleted ones are listed with theirs, so it catches up incrementally with changes
made by this process or any other, and is rebuilt when missing, stale or unreadable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from whoosh.fields import Schema
from whoosh.writing import IndexWriter

from ..models import Annotation, AnnotationHit, AnnotationId
from ..store.annotations import IndexedAnnotation
from .schema import STEMMED_LANGUAGES, body_field, build_query_schema
from .snippets import make_snippet, match_offsets, phrase_terms
from .storage import WRITER_LIMIT_MB, WRITER_TIMEOUT_S, WhooshIndex

ANNOTATION_INDEX_FORMAT = 3
"""Bump when the annotation schema or its analysis changes: the index is then rebuilt."""

ANNOTATION_INDEX_DIRNAME = "annotations"
NOTE_SNIPPET_CHARS = 160


def build_annotation_schema() -> Schema:
    """Annotation records: the document fields (body holds the quote) plus note, tag, label."""
    return build_query_schema()


_MARKUP = str.maketrans({c: " " for c in "*_`~"})


def note_for_index(note: str) -> str:
    """A Markdown note with emphasis and code marks blanked, so ``**figure**`` is a word.

    Blanking (not deleting) keeps every character offset valid for the note itself.
    """
    return note.translate(_MARKUP)


def annotation_fields(item: IndexedAnnotation) -> dict[str, str]:
    """The whoosh fields of one annotation."""
    annotation = item.annotation
    fields = {
        "id": annotation.id,
        "doc_id": annotation.doc_id,
        "lang": item.lang,
        "title": item.title,
        "body": annotation.selector.exact,
        "note": note_for_index(annotation.note),
        # Tags are one keyword each: commas separate them in this field.
        "tag": ",".join(tag.replace(",", " ") for tag in annotation.tags),
    }
    if annotation.label:
        fields["label"] = annotation.label
    if item.lang in STEMMED_LANGUAGES:
        fields[body_field(item.lang)] = annotation.selector.exact
    return fields


class AnnotationIndex(WhooshIndex[IndexedAnnotation]):
    """The annotation records of one library."""

    format_version = ANNOTATION_INDEX_FORMAT
    indexing_label = "Indexing annotations"
    # Above this many changed annotations, most of the index, it is rebuilt.
    rebuild_above = 1000

    def schema(self) -> Schema:
        """Annotations: id, document id and language, title, quote, note, tags, label."""
        return build_annotation_schema()

    def fields(self, record: IndexedAnnotation) -> dict[str, str]:
        """The whoosh fields of one annotation."""
        return annotation_fields(record)

    def writer(self, n_docs: int) -> IndexWriter:
        """Always one writer: records are small, and whoosh's process pool costs more."""
        return self.ix.writer(limitmb=WRITER_LIMIT_MB, timeout=WRITER_TIMEOUT_S)

    def default_fields(self, body_fields: Sequence[str]) -> list[str]:
        """A plain word is looked for in the quote, the note, the tags and the label."""
        return ["body", *body_fields, "note", "tag", "label"]

    def search(
        self,
        text: str,
        load: Callable[[Sequence[AnnotationId]], dict[AnnotationId, tuple[Annotation, str, str]]],
        *,
        lang: str | None = None,
        limit: int | None = 10,
    ) -> tuple[int, list[AnnotationHit]]:
        """The number of matching annotations and the best ``limit`` (all when None)."""
        parsed = self.parse(text, lang)
        searcher = self.searcher
        results = searcher.search(parsed, limit=None if limit is None else max(limit, 1),
                                  terms=True)
        top = list(results) if limit is None else list(results)[:limit]
        found = load([AnnotationId(hit["id"]) for hit in top])
        phrases = phrase_terms(parsed)
        hits: list[AnnotationHit] = []
        for hit in top:
            entry = found.get(AnnotationId(hit["id"]))
            if entry is None:
                continue
            annotation, title, doc_lang = entry
            matches = match_offsets(searcher, hit.docnum, _matched(hit), phrases, ["note"])
            hits.append(AnnotationHit(
                annotation_id=annotation.id, doc_id=annotation.doc_id,
                quote=annotation.selector.exact, label=annotation.label,
                note_snippet=make_snippet(annotation.note, matches, NOTE_SNIPPET_CHARS)
                if annotation.note else "",
                tags=annotation.tags, score=round(float(hit.score or 0.0), 4),
                title=title, lang=doc_lang, state=annotation.state,
            ))
        return len(results), hits

    def matching_ids(self, text: str, lang: str | None = None) -> set[AnnotationId]:
        """The ids of every annotation matching a query."""
        results = self.searcher.search(self.parse(text, lang), limit=None)
        return {AnnotationId(hit["id"]) for hit in results}


def _matched(hit: Any) -> list[tuple[str, bytes]]:
    try:
        return list(hit.matched_terms())
    except Exception:  # whoosh raises when the search did not record terms
        return []
