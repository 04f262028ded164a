"""Fetching one page a user asked for: the only place Parallax touches the network.

http and https only, a timeout, a size cap and a few redirects (each to http or https
again); every failure is one sentence (ImportRefused).
"""

from __future__ import annotations

import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO, Any
from urllib.parse import urlsplit

from .errors import ImportRefused
from .text import MAX_FILE_BYTES

TIMEOUT_S = 20.0
MAX_REDIRECTS = 5
USER_AGENT = "Parallax (desktop reader; one page on the user's request)"

# Content types and the format their bytes are read as.
CONTENT_FORMATS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "text/plain": "txt",
    "text/markdown": "md",
    "application/epub+zip": "epub",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}


@dataclass(frozen=True)
class Fetched:
    """A fetched resource: its final address (after redirects), format and bytes."""

    url: str
    format: str
    data: bytes
    name: str  # a file name for messages, e.g. "article.html"


def check_url(url: str) -> str:
    """The address stripped, or a sentence saying it is not an http(s) address."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ImportRefused(f"'{url}' is not a web address (it must start with http:// or "
                            "https://).")
    return url


def is_url(text: str) -> bool:
    """Whether a command-line argument names a web address rather than a file."""
    return text.strip().lower().startswith(("http://", "https://"))


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
        headers: HTTPMessage, newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise ImportRefused(f"{urlsplit(req.full_url).hostname} redirects to "
                                f"'{newurl}', which is not a web address.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _name(url: str, fmt: str) -> str:
    path = urlsplit(url).path.rstrip("/")
    last = path.rsplit("/", 1)[-1] or urlsplit(url).hostname or "page"
    suffix = "." + fmt
    return last if last.lower().endswith(suffix) else last + suffix


def fetch(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_FILE_BYTES) -> Fetched:
    """GET one address; the bytes, their format and the final address after redirects."""
    url = check_url(url)
    host = urlsplit(url).hostname
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5",
    })
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            content_type = response.headers.get_content_type().lower()
            fmt = CONTENT_FORMATS.get(content_type)
            if fmt is None:
                raise ImportRefused(f"{url} is not a web page or a document Parallax reads "
                                    f"(it is {content_type}).")
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ImportRefused(_too_big(url, int(length), max_bytes))
            data = _read_capped(response, url, max_bytes)
    except ImportRefused:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise ImportRefused(f"{host} redirected more than {MAX_REDIRECTS} times; "
                                "the page was not fetched.") from exc
        raise ImportRefused(f"{host} answered {exc.code} {exc.reason} for {url}.") from exc
    except urllib.error.URLError as exc:
        raise ImportRefused(_network_sentence(host, exc.reason, timeout)) from exc
    except TimeoutError as exc:
        raise ImportRefused(f"{host} did not answer within {timeout:.0f} seconds.") from exc
    except (OSError, ValueError) as exc:  # connection reset, bad status line...
        raise ImportRefused(f"The page at {url} could not be fetched: {exc}.") from exc
    if not data.strip():
        raise ImportRefused(f"{url} sent an empty page.")
    return Fetched(final, fmt, data, _name(final, fmt))


def _read_capped(response: Any, url: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise ImportRefused(_too_big(url, size, max_bytes, at_least=True))
        chunks.append(chunk)


def _too_big(url: str, size: int, max_bytes: int, *, at_least: bool = False) -> str:
    more = "over " if at_least else ""
    return (f"{url} is {more}{size / 1048576:.1f} MB, over the {max_bytes // 1048576} MB "
            "limit for one article.")


def _network_sentence(host: str | None, reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError):
        return f"{host} did not answer within {timeout:.0f} seconds."
    if isinstance(reason, socket.gaierror):
        return f"{host} could not be found (check the address and the network connection)."
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection."
    if isinstance(reason, ssl.SSLError):
        return f"The secure connection to {host} failed: {reason.reason or reason}."
    text = getattr(reason, "strerror", None) or str(reason)
    return f"{host} could not be reached: {text}."
