"""Plain-text articles: one paragraph per line or per blank-line block."""

from __future__ import annotations

from ..text import build_text_model, normalise, remove_repeated_title
from .base import ParsedArticle


def parse_plain(raw: str) -> ParsedArticle:
    """Parse decoded plain text."""
    text = remove_repeated_title(normalise(raw))
    return ParsedArticle(model=build_text_model(text))
