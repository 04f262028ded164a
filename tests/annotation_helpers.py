"""Helpers for the annotation tests: deterministic ids and times, a small annotated corpus."""

from __future__ import annotations

import itertools
from typing import Any

from reader.core.changes import Change
from reader.core.library import Library
from reader.core.models import AnnotationId, DocId

FIXED_TIME = "2025-01-02T03:04:05Z"
GENERATED = "2025-02-03T04:05:06Z"


def deterministic(library: Library, start: int = 1) -> None:
    """Fixed timestamps and counting uuids for every annotation and link made from now on."""
    counter = itertools.count(start)
    library.annotations.clock = lambda: FIXED_TIME
    library.annotations.make_id = lambda: "{0:08d}-0000-4000-8000-{0:012d}".format(next(counter))


def the_id(change: Change) -> AnnotationId:
    """The one annotation a create returned."""
    assert len(change.annotation_ids) == 1, change
    return next(iter(change.annotation_ids))


def doc(library: Library, prefix: str) -> DocId:
    """A seed's document id by its file-name prefix."""
    return library.documents.resolve(prefix)


def annotate(library: Library, prefix: str, quote: str, occurrence: int | None = None,
             **fields: Any) -> AnnotationId:
    """Highlight a quote of a seed; returns the new id."""
    return the_id(library.annotations.annotate_quote(doc(library, prefix), quote, occurrence,
                                                     **fields))


def annotate_seeds(library: Library) -> dict[str, AnnotationId]:
    """A few highlights across the seeds: labels, Markdown notes, tags and links of each kind."""
    service = library.annotations
    service.add_label("Key figure", "#ff8800")
    ids = {
        "de_million": annotate(
            library, "000", "bis zu eine Million Tensor Processing Units (TPUs)", label="Claim",
            note="The headline number: **one million** TPUs.\n\nSee also the Italian source.",
            tags=["tpu", "numbers"],
        ),
        "de_gigawatt": annotate(
            library, "001", "über ein Gigawatt zusätzlicher Rechenkapazität",
            label="Key figure", note='Says "über ein Gigawatt", with commas, and quotes.',
            tags=["energy"],
        ),
        "it_gigawatt": annotate(
            library, "002", "oltre un gigawatt entro il 2026", label="Evidence",
            note="La stessa cifra, in italiano.", tags=["energy", "it-source"],
        ),
        "pt_gigawatt": annotate(
            library, "004", "mais de um gigawatt de capacidade", label="Question",
            tags=["energy"],
        ),
        "de_plain": annotate(library, "003", "2-Gigawatt"),
    }
    service.link(ids["de_gigawatt"], ids["it_gigawatt"], "same-claim")
    service.link(ids["it_gigawatt"], ids["pt_gigawatt"], "same-claim")
    service.link(ids["de_million"], ids["de_gigawatt"], "supports")
    service.link(ids["de_plain"], ids["de_gigawatt"], "contradicts")
    return ids


def state(library: Library) -> tuple[Any, ...]:
    """Every annotation, link and label of a library, comparable between two moments."""
    service = library.annotations
    return (
        sorted(service.query(), key=lambda a: a.id),
        sorted(service.all_links(), key=lambda k: k.id),
        service.labels(),
    )
