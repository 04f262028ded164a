"""The common result of every importer: display text, blocks, title and metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text import TextModel


@dataclass(frozen=True)
class ParsedArticle:
    """What a format importer extracts, before language tagging."""

    model: TextModel
    display_html: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    # Sentences for the import report (e.g. "no article found: the page text was kept").
    notes: tuple[str, ...] = ()
