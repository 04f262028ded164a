"""Web pages, URLs, metadata fields, kept originals and `reextract` from the command line.

The URL tests fetch from an HTTP server on 127.0.0.1 that the test starts itself.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.library import Library
from tests.document_writers import seed_article, write_docx

PAGE = """<!doctype html>
<html lang="it"><head>
<title>L'infrastruttura dell'IA cambia volto | Il Quotidiano</title>
<meta property="og:site_name" content="Il Quotidiano">
<meta name="author" content="Giulia Bianchi">
<meta property="article:published_time" content="2025-11-03T08:00:00+01:00">
<meta name="description" content="Anthropic e Google firmano un accordo.">
<link rel="canonical" href="https://quotidiano.example/ia/infrastruttura">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politica">Politica</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie">Questo sito usa i cookie. Accetta tutti i cookie per continuare.</div>
<main><article>
<h1>L'infrastruttura dell'IA cambia volto</h1>
<p>Il settore dell'intelligenza artificiale sta attraversando una profonda trasformazione,
poiché la potenza di calcolo tradizionale sta diventando insufficiente per i nuovi modelli.</p>
<h2>Un accordo da miliardi</h2>
<p>Anthropic utilizzerà fino a un milione di unità di elaborazione tensoriale di Google,
un investimento stimato in decine di miliardi di dollari che porterà oltre un gigawatt di
capacità entro il 2026, secondo quanto annunciato dalle due aziende.</p>
<ul><li>Un milione di TPU entro il 2026</li><li>Oltre un gigawatt di capacità</li></ul>
<blockquote><p>La scelta riflette il forte rapporto qualità-prezzo delle TPU, ha detto
il dirigente di Google Cloud in una dichiarazione.</p></blockquote>
<p>Le aziende si stanno rendendo conto che la diversificazione strategica sta emergendo
come un vantaggio competitivo fondamentale in questo mercato in rapida crescita.</p>
</article></main>
<aside><h3>Leggi anche</h3><ul><li><a href="/a">Il calcio italiano in crisi</a></li>
<li><a href="/b">Le ricette di Natale della nonna</a></li></ul></aside>
<footer>© 2025 Il Quotidiano — Tutti i diritti riservati — Privacy</footer>
</body></html>"""


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = {}

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        status, content_type, body, headers = self.routes.get(
            self.path, (404, "text/plain", b"not here", {}))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client stopped reading
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 (a free port), stopped after the test."""
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    _Handler.routes = {
        "/ia/infrastruttura": (200, "text/html; charset=utf-8", PAGE.encode(), {}),
        "/old": (301, "text/html", b"", {"Location": "/ia/infrastruttura"}),
        "/loop": (302, "text/html", b"", {"Location": "/loop"}),
        "/ftp": (302, "text/html", b"", {"Location": "ftp://127.0.0.1/file"}),
        "/picture": (200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(100), {}),
        "/huge": (200, "text/html", b"<p>" + b"x" * (21 * 1024 * 1024), {}),
    }
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_import_a_url_keeps_the_article_its_metadata_and_the_fetched_page(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, server: str
) -> None:
    data = str(tmp_path / "lib")
    status, out, err = run(capsys, "--data-dir", data, "import", f"{server}/old", "--json")
    assert status == 0, err
    (item,) = json.loads(out)["files"]
    assert item["status"] == "new"
    status, out, _ = run(capsys, "--data-dir", data, "show", item["id"], "--json")
    doc = json.loads(out)
    assert doc["title"] == "L'infrastruttura dell'IA cambia volto"
    assert doc["lang"] == "it"
    assert doc["metadata"]["author"] == "Giulia Bianchi"
    assert doc["metadata"]["published"] == "2025-11-03"
    assert doc["metadata"]["site"] == "Il Quotidiano"
    assert doc["metadata"]["url"] == "https://quotidiano.example/ia/infrastruttura"
    assert doc["metadata"]["format"] == "html"
    assert list(doc["metadata"])[:5] == ["author", "published", "site", "url", "format"]
    assert doc["source"] == f"{server}/ia/infrastruttura"  # where the redirect led
    text = doc["text"]
    assert "fino a un milione di unità" in text
    for boilerplate in ("Politica", "cookie", "calcio italiano", "Tutti i diritti"):
        assert boilerplate not in text
    kinds = {text[p["start"]:p["end"]]: p["kind"] for p in doc["paragraphs"]}
    assert kinds["Un accordo da miliardi"] == "heading"
    assert kinds["Un milione di TPU entro il 2026"] == "item"
    assert kinds[next(k for k in kinds if k.startswith("La scelta riflette"))] == "quote"
    with Library(Path(data)) as library:
        name, original = library.store.original_of(item["id"])  # type: ignore[misc]
    assert original == PAGE.encode() and name == "infrastruttura.html"
    status, out, _ = run(capsys, "--data-dir", data, "list", "--json")
    (listed,) = [d for d in json.loads(out) if d["id"] == item["id"]]
    assert (listed["author"], listed["published"], listed["site"]) == (
        "Giulia Bianchi", "2025-11-03", "Il Quotidiano")


@pytest.mark.parametrize(("path", "sentence"), [
    ("/missing", "127.0.0.1 answered 404 Not Found for {server}/missing."),
    ("/loop", "127.0.0.1 redirected more than 5 times; the page was not fetched."),
    ("/ftp", "127.0.0.1 redirects to 'ftp://127.0.0.1/file', which is not a web address."),
    ("/picture", "{server}/picture is not a web page or a document Parallax reads (it is "
                 "image/png)."),
    ("/huge", "{server}/huge is 21.0 MB, over the 20 MB limit for one article."),
])
def test_a_url_that_cannot_be_imported_gets_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, server: str, path: str, sentence: str
) -> None:
    status, out, err = run(capsys, "--data-dir", str(tmp_path / "lib"), "import",
                           str(tmp_path / "missing.txt"), f"{server}{path}")
    assert status == 1
    assert err.splitlines()[-1] == "parallax: " + sentence.format(server=server)
    assert "Traceback" not in err
    assert "2 failed" in out


def test_only_http_and_https_and_a_dead_port_is_one_sentence(tmp_path: Path) -> None:
    with Library(tmp_path / "lib", seed_if_empty=False) as library:
        assert library.imports.url("file:///etc/passwd").failed[0].message == (
            "'file:///etc/passwd' is not a web address (it must start with http:// or "
            "https://).")
        # A port nobody listens on (the server above is not running here).
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        message = library.imports.url(f"http://127.0.0.1:{port}/x").failed[0].message
        assert message == "127.0.0.1 refused the connection."
        assert library.documents.summaries() == []


def test_reextract_rebuilds_from_the_kept_original_and_keeps_highlights(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "lib"
    source = write_docx(seed_article("000", "Erika Muster", "2025-10-24", "de"),
                        tmp_path / "bericht.docx")
    with Library(data, seed_if_empty=False) as library:
        (outcome,) = library.imports.paths([source]).outcomes
        doc_id = outcome.doc_id
        assert doc_id is not None
        doc = library.documents.get(doc_id)
        start = doc.text.index("Thomas Kurian")
        library.annotations.create(doc_id, start, start + len("Thomas Kurian"), label="Claim")
        # An older extractor's result: the text differs from what the original gives now.
        library.store.save_documents([
            type(doc)(**{**{f: getattr(doc, f) for f in doc.__slots__},  # type: ignore[attr-defined]
                         "text": "Vorwort.\n\n" + doc.text, "content_hash": "old"})])
    source.unlink()  # the user's file is gone: the kept original is enough
    status, out, err = run(capsys, "--data-dir", str(data), "reextract", "bericht", "--json")
    assert status == 0, err
    (item,) = json.loads(out)["files"]
    assert item["status"] == "updated"
    assert item["message"] == "1 annotation re-anchored (0 moved, 0 orphaned)"
    with Library(data) as library:
        doc = library.documents.get(doc_id)
        assert not doc.text.startswith("Vorwort")
        (annotation,) = library.annotations.query()
        assert doc.text[annotation.selector.start:annotation.selector.end] == "Thomas Kurian"
        assert annotation.state == "anchored"
    status, out, _ = run(capsys, "--data-dir", str(data), "reextract")
    assert status == 0 and out.strip().endswith("Imported: 1 unchanged.")


def test_originals_are_in_backups_and_go_with_their_document(tmp_path: Path) -> None:
    source = write_docx(seed_article("002", "Mario Rossi", "2025-11-02", "it"),
                        tmp_path / "rapporto.docx")
    with Library(tmp_path / "lib", seed_if_empty=False, auto_backup=False) as library:
        (outcome,) = library.imports.paths([source]).outcomes
        assert outcome.doc_id is not None
        backup = library.backups.make(tmp_path / "copy.sqlite3")
        library.documents.delete([outcome.doc_id])
        assert library.store.originals_size() == 0
        library.backups.restore(backup)
        kept = library.store.original_of(outcome.doc_id)
        assert kept is not None and kept[1] == source.read_bytes()


def test_search_by_site_author_and_publication_dates(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    data = str(tmp_path / "lib")
    assert run(capsys, "--data-dir", data, "import", str(tmp_path / "page.html"))[0] == 0

    def titles(query: str) -> list[str]:
        status, out, err = run(capsys, "--data-dir", data, "search", query, "--json")
        assert status == 0, err
        return [hit["title"] for hit in json.loads(out)["hits"]]

    page = ["L'infrastruttura dell'IA cambia volto"]
    assert titles("site:quotidiano") == page
    assert titles('outlet:"il quotidiano"') == page
    assert titles("site:quotidiano.example") == page  # the address's host counts too
    assert titles("author:bianchi miliardi") == page
    assert titles("published:2025-11..2025-12") == page
    assert titles("published:2025") == page
    assert titles("published:2025-11-03") == page
    assert titles("published:..2025-10") == []
    assert titles("Anthropic published:2026..") == []
    # The five bundled articles have no outlet, author or date: none of them matches.
    assert titles("Anthropic site:quotidiano") == page
    status, _, err = run(capsys, "--data-dir", data, "search", "published:..")
    assert status != 0 and "needs at least one date" in err
