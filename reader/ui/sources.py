"""How the window names a source: by its title, with its outlet and file (or address) on
hover, never by the stored file name alone (``002_8237c0f6….txt`` says nothing to a reader).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..core.models import Document

#: Metadata keys naming the outlet, most specific first ("site" from the importers of
#: web pages, "publisher" from older imports).
OUTLET_KEYS = ("site", "outlet", "publisher")
SHORT_TITLE = 60


def shorten_title(title: str, limit: int = SHORT_TITLE) -> str:
    """A title cut at a word boundary with an ellipsis when longer than ``limit``."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rsplit(" ", 1)[0] if " " in title[: limit - 1] else title[
        : limit - 1]
    return cut.rstrip(" ,;:—-") + "…"


def _host(address: str) -> str:
    if not address.startswith(("http://", "https://")):
        return ""
    host = urlsplit(address).hostname or ""
    return host.removeprefix("www.")


def outlet(doc: Any) -> str:
    """The outlet a document comes from (its site's name, else the web address's host), or
    "" when unknown. Takes a Document or anything with ``metadata`` and ``source``."""
    metadata = getattr(doc, "metadata", None) or {}
    for key in OUTLET_KEYS:
        value = str(metadata.get(key) or getattr(doc, key, "") or "").strip()
        if value:
            return value
    return _host(str(metadata.get("url") or "")) or _host(str(getattr(doc, "source", "")))


def source_name(source: str) -> str:
    """The file name of a source path (an address stays whole)."""
    if source.startswith(("http://", "https://")):
        return source
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def source_label(doc: Document, limit: int = SHORT_TITLE) -> str:
    """A source as a reader names it: its title (shortened), else its outlet, else its
    file name."""
    return shorten_title(doc.title, limit) if doc.title.strip() else (
        outlet(doc) or doc.source_name)


def source_tooltip(doc: Any) -> str:
    """Title, outlet and where it was imported from (file path or address), one a line."""
    lines = [str(getattr(doc, "title", "") or "")]
    found = outlet(doc)
    if found:
        lines.append(found)
    metadata = getattr(doc, "metadata", None) or {}
    url = str(metadata.get("url") or "")
    source = str(getattr(doc, "source", "") or "")
    lines += [where for where in dict.fromkeys((url, source)) if where]
    return "\n".join(line for line in lines if line)
