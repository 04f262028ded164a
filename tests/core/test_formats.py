"""HTML and Markdown importers."""

from __future__ import annotations

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
