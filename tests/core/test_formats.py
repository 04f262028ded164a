"""HTML and Markdown importers."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.formats.markdown import parse_markdown
from reader.core.formats.webpage import parse_webpage as parse_html

PAGE = """<!doctype html>
<html lang="de"><head><title>Die Meldung | Beispielzeitung</title>
<meta name="author" content="Erika Muster">
<meta property="article:published_time" content="2025-10-24">
<style>body { color: red }</style>
<script>document.write("evil")</script>
<link rel="stylesheet" href="https://cdn.example.com/site.css">
</head><body>
<nav><a href="/">Start</a> <a href="/politik">Politik</a></nav>
<!-- a comment that is not text -->
<article>
<h1>Anthropic plant eine Million TPUs</h1>
<p>Der KI-Entwickler will <b>bis 2026</b> Zugriff auf bis zu eine Million TPUs erhalten.</p>
<img src="https://tracker.example.com/pixel.gif" alt="">
<figure><img src="https://images.example.com/photo.jpg">
<figcaption>Ein Rechenzentrum.</figcaption></figure>
<ul><li>Erster Punkt</li><li>Zweiter Punkt</li></ul>
<blockquote><p>Ein Zitat des Chefs.</p></blockquote>
<script>track()</script>
</article>
<aside>Mehr zum Thema</aside>
<footer>Impressum</footer>
</body></html>"""


def test_html_keeps_only_the_article_text() -> None:
    article = parse_html(PAGE)
    text = article.model.text
    assert article.model.title == "Anthropic plant eine Million TPUs"
    assert "bis zu eine Million TPUs erhalten." in text
    for absent in (
        "evil",
        "track()",
        "color: red",
        "comment",
        "Politik",
        "Mehr zum Thema",
        "Impressum",
        "http",
        "pixel",
        "Beispielzeitung",
    ):
        assert absent not in text
    kinds = {text[b.start : b.end]: b.kind for b in article.model.blocks}
    assert kinds["Anthropic plant eine Million TPUs"] == "title"
    assert kinds["Erster Punkt"] == "item"
    assert kinds["Ein Zitat des Chefs."] == "quote"
    assert article.metadata["author"] == "Erika Muster"
    assert article.metadata["published"] == "2025-10-24"
    assert article.metadata["language"] == "de"


def test_html_without_article_element_uses_the_body() -> None:
    article = parse_html(
        "<html><body><p>Erster Absatz.</p><p>Zweiter &amp; letzter.</p></body></html>"
    )
    assert article.model.text == "Erster Absatz.\n\nZweiter & letzter."


def test_markdown_plain_text_is_indexed_and_html_is_displayed() -> None:
    source = (
        "---\ntitle: Ignored because the heading wins\nauthor: A. Autor\n---\n"
        "# Eine Million TPUs\n\nDer Deal ist **groß** und [verlinkt](https://example.com).\n\n"
        "- eins\n- zwei\n"
    )
    article = parse_markdown(source)
    assert article.model.text == (
        "Eine Million TPUs\n\nDer Deal ist groß und verlinkt.\n\neins\n\nzwei"
    )
    assert article.model.title == "Eine Million TPUs"
    assert article.display_html is not None and "<strong>groß</strong>" in article.display_html
    assert article.metadata == {"author": "A. Autor"}
    kinds = [b.kind for b in article.model.blocks]
    assert kinds == ["title", "body", "item", "item"]


def test_teasers_after_the_article_and_read_also_lines_are_dropped() -> None:
    from reader.core.formats.webpage import cut_teasers

    body = "Ein langer Absatz des Artikels mit vielen Wörtern darin. " * 4
    blocks = [
        ("Die Meldung", "heading"), (body, "body"),
        ("Lesen Sie auch: Eine ganz andere Geschichte über Fähren", "body"),
        ("Newsletter", "heading"), (body, "body"),
        ("Das könnte Sie auch interessieren", "heading"),
        ("Ein Teaser", "item"), ("Noch ein Teaser", "item"),
    ]
    assert cut_teasers(blocks) == [("Die Meldung", "heading"), (body, "body"), (body, "body")]
    # Early in the text such a line is dropped, but what follows stays.
    early = [("Mehr zum Thema", "heading"), (body, "body"), (body, "body")]
    assert cut_teasers(early) == [(body, "body"), (body, "body")]


def test_a_page_without_an_article_keeps_its_main_text_and_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from reader.core.formats import webpage
    from reader.core.library import Library

    monkeypatch.setattr(webpage, "_extract", lambda *args, **kwargs: None)
    article = webpage.parse_webpage(PAGE.encode(), "seite.html")
    assert article.notes == (webpage.FALLBACK_NOTE,)
    assert "bis zu eine Million TPUs erhalten." in article.model.text
    assert article.metadata["author"] == "Erika Muster"
    only_nav = "<html><body><nav>Öffnungszeiten: Montag bis Freitag von 9 bis 17 Uhr.</nav>"
    assert webpage.parse_webpage(only_nav).model.text == (
        "Öffnungszeiten: Montag bis Freitag von 9 bis 17 Uhr.")
    (tmp_path / "seite.html").write_text(PAGE, encoding="utf-8")
    with Library(tmp_path / "lib", seed_if_empty=False) as library:
        (outcome,) = library.imports.paths([tmp_path / "seite.html"]).outcomes
    assert outcome.status == "new"
    assert outcome.message == "no article found on the page: its main text was kept"
