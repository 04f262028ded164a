"""Importers by file format: each turns a file's bytes into a ParsedArticle."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import ImportRefused
from .base import ParsedArticle
from .html import parse_html
from .markdown import parse_markdown
from .plain import parse_plain

Parser = Callable[[str], ParsedArticle]

PARSERS: dict[str, tuple[str, Parser]] = {
    ".txt": ("txt", parse_plain),
    ".text": ("txt", parse_plain),
    ".md": ("md", parse_markdown),
    ".markdown": ("md", parse_markdown),
    ".html": ("html", parse_html),
    ".htm": ("html", parse_html),
    ".xhtml": ("html", parse_html),
}
SUFFIXES = tuple(PARSERS)


def parser_for(path: Path) -> tuple[str, Parser]:
    """The format name and parser for a path, by its extension."""
    try:
        return PARSERS[path.suffix.lower()]
    except KeyError:
        raise ImportRefused(
            f"{path.name} is not a supported format (use {', '.join(SUFFIXES)})."
        ) from None


__all__ = ["PARSERS", "SUFFIXES", "ParsedArticle", "parser_for"]
