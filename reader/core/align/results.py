"""What alignment and related-passage searches return: pairs, alignments, passages."""

from __future__ import annotations

from dataclasses import dataclass, field

# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class AlignedPair:
    """A bead: ``a``/``b`` are ``(start, end)`` offsets into each text, or None if unaligned.

    In :attr:`Alignment.pairs` a span covers one or more consecutive paragraphs and
    ``sentences`` holds the sentence beads inside it (spans cover consecutive sentences).
    ``score`` is a confidence in [0, 1]; unaligned beads score 0.
    """

    a: tuple[int, int] | None
    b: tuple[int, int] | None
    score: float
    sentences: tuple[AlignedPair, ...] = ()


@dataclass(frozen=True, slots=True)
class Alignment:
    """Paragraph beads of two documents in reading order, plus paragraph index links.

    ``sentences`` holds every sentence bead in reading order: one group of consecutive
    sentences on each side (one to three), or a single sentence with ``None`` on the
    other side when it has no counterpart; boilerplate paragraphs are left out.

    ``links`` holds ``(i, j)`` indices into ``a.paragraphs`` and ``b.paragraphs`` for
    paragraphs that share aligned text (a many-to-many relation when the two sources
    paragraph the same text differently). Boilerplate paragraphs are left out.
    ``parallel`` (0..1) is how much the two look like translations of each other (content
    similarity concentrated on the diagonal, and little left unaligned); below about 0.3
    they are more likely different articles.
    """

    pairs: list[AlignedPair]
    links: list[tuple[int, int]] = field(default_factory=list)
    parallel: float = 0.0
    sentences: list[AlignedPair] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RelatedPassage:
    """A passage ``text[start:end]`` of document ``doc_id`` likely stating the same claim."""

    doc_id: str
    start: int
    end: int
    text: str
    score: float
    reasons: tuple[str, ...] = ()
