"""Importers by file format: each turns a file's bytes into a ParsedArticle.

A parser takes the file's bytes and its name (for the sentences of a refusal). Text
formats decode the bytes themselves; binary ones (PDF, DOCX, EPUB) read them as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import ImportRefused
from ..text import decode_bytes
from .base import ParsedArticle
from .docx import parse_docx
from .epub import parse_epub
from .markdown import parse_markdown
from .pdf import parse_pdf
from .plain import parse_plain
from .webpage import parse_webpage

Parser = Callable[[bytes, str], ParsedArticle]


def _text(parse: Callable[[str], ParsedArticle]) -> Parser:
    def parse_bytes(data: bytes, name: str) -> ParsedArticle:
        return parse(decode_bytes(data, name)[0])

    parse_bytes.__doc__ = parse.__doc__
    return parse_bytes


def _guarded(what: str, parse: Parser) -> Parser:
    """A parser whose unexpected failures on a malformed file are one sentence each."""

    def parse_guarded(data: bytes, name: str) -> ParsedArticle:
        try:
            return parse(data, name)
        except ImportRefused:
            raise
        except (MemoryError, RecursionError):
            raise ImportRefused(f"{name} is too complex to read as {what}.") from None
        except Exception as exc:  # libraries raise many kinds on damaged files
            raise ImportRefused(f"{name} is a damaged {what} file that cannot be read "
                                f"({type(exc).__name__}).") from exc

    parse_guarded.__doc__ = parse.__doc__
    return parse_guarded


PARSERS: dict[str, tuple[str, Parser]] = {
    ".txt": ("txt", _text(parse_plain)),
    ".text": ("txt", _text(parse_plain)),
    ".md": ("md", _text(parse_markdown)),
    ".markdown": ("md", _text(parse_markdown)),
    ".html": ("html", parse_webpage),
    ".htm": ("html", parse_webpage),
    ".xhtml": ("html", parse_webpage),
    ".pdf": ("pdf", _guarded("PDF", parse_pdf)),
    ".docx": ("docx", _guarded("Word (.docx)", parse_docx)),
    ".epub": ("epub", _guarded("EPUB", parse_epub)),
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


def parse_format(fmt: str, data: bytes, name: str) -> ParsedArticle:
    """Parse bytes known to be of format ``fmt`` (``html``, ``pdf``...), e.g. a kept
    original or a fetched page."""
    for known, parse in PARSERS.values():
        if known == fmt:
            return parse(data, name)
    raise ImportRefused(f"{name} is in a format this version cannot read ({fmt}).")


__all__ = ["PARSERS", "SUFFIXES", "ParsedArticle", "parse_format", "parser_for"]
