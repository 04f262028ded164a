"""Export writers (Markdown, HTML, CSV, JSON-LD) and the JSON-LD import, on a hand-made bundle."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from reader.core.export import (
    EXTENSIONS,
    FORMATS,
    ExportBundle,
    group_by_document,
    paragraph_number,
    render,
    render_output,
)
from reader.core.export.csv_writer import COLUMNS, to_csv
from reader.core.export.html import render_note, sanitize_html, to_html
from reader.core.export.jsonld import to_jsonld
from reader.core.export.jsonld_read import ParsedExport, parse_jsonld
from reader.core.export.markdown import to_markdown
from reader.core.models import (
    Annotation,
    AnnotationId,
    DocId,
    Document,
    Label,
    Link,
    LinkId,
    Paragraph,
    TextSelector,
)
from tests.conftest import CONFORMANCE

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE_GOLDEN = os.environ.get("PARALLAX_UPDATE_GOLDEN") == "1"
WA_DIR = CONFORMANCE / "web-annotation"

DE = DocId("9cdf093ffe599bbc")
IT = DocId("8237c0f66678d26f")

DE_TEXT = (
    "Anthropic und Google: Der TPU-Deal\n"
    "Anthropic wird bis zu einer Million TPUs von Google nutzen, sagt das Unternehmen.\n"
    'Die Kapazität soll 2026 "weit über ein Gigawatt" erreichen, mit Kosten in Milliardenhöhe.\n'
    "# Keine Überschrift, sondern ein Satz mit Raute.\n"
    "Der Rest des Artikels."
)
IT_TEXT = (
    "Anthropic e Google: l’accordo sulle TPU\n"
    "L’azienda utilizzerà fino a un milione di unità di elaborazione tensoriale (TPU) di Google."
)

NOTE_WITH_SCRIPT = (
    "Compare with the **Italian** text.\n\n"
    "<script>alert(1)</script>\n\n"
    "Do not [click](javascript:alert(2)) & check `a<b`."
)


def _paragraphs(text: str, lang: str) -> tuple[Paragraph, ...]:
    paragraphs: list[Paragraph] = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        paragraphs.append(
            Paragraph(
                start=offset, end=offset + len(line), lang=lang, lang_confidence=0.99,
                kind="title" if number == 0 else "body",
            )
        )
        offset += len(line) + 1
    return tuple(paragraphs)


def _selector(text: str, quote: str, context: int = 16) -> TextSelector:
    start = text.index(quote)
    end = start + len(quote)
    return TextSelector(
        start=start, end=end, exact=quote,
        prefix=text[max(0, start - context):start], suffix=text[end:end + context],
    )


def make_bundle() -> ExportBundle:
    """Two documents (de, it), five annotations (one orphaned), two links."""
    de = Document(
        id=DE, source="/home/r/news/000_tpu-deal.txt", title="Anthropic und Google: Der TPU-Deal",
        text=DE_TEXT, content_hash="sha256:de", format="txt", lang="de", lang_confidence=0.99,
        paragraphs=_paragraphs(DE_TEXT, "de"), imported_at="2025-10-24T09:00:00Z",
    )
    it = Document(
        id=IT, source="C:\\news\\002_accordo.md", title="Anthropic e Google: l’accordo sulle TPU",
        text=IT_TEXT, content_hash="sha256:it", format="md", lang="it", lang_confidence=0.98,
        paragraphs=_paragraphs(IT_TEXT, "it"), imported_at="2025-10-24T09:00:00Z",
    )
    claim = Annotation(
        id=AnnotationId("3f2a9c1e-5b7d-4e21-9a0c-1d2e3f405162"), doc_id=DE,
        selector=_selector(DE_TEXT, "bis zu einer Million TPUs"), label="Claim",
        note="Same figure as the *Italian* translation.", tags=("tpu", "scale"),
        created="2025-10-24T09:15:00Z", modified="2025-10-24T09:16:30Z",
    )
    quote_with_everything = (
        'sagt das Unternehmen.\nDie Kapazität soll 2026 "weit über ein Gigawatt" erreichen,'
    )
    evidence = Annotation(
        id=AnnotationId("7c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5"), doc_id=DE,
        selector=_selector(DE_TEXT, quote_with_everything), label="Evidence",
        note=NOTE_WITH_SCRIPT, tags=("energy", "quote, with comma"),
        created="2025-10-24T09:17:00Z", modified="2025-10-24T09:18:00Z",
    )
    hash_line = Annotation(
        id=AnnotationId("a0b1c2d3-e4f5-4061-8293-a4b5c6d7e8f9"), doc_id=DE,
        selector=_selector(DE_TEXT, "# Keine Überschrift, sondern ein Satz mit Raute."),
        label="Question", created="2025-10-24T09:19:00Z", modified="2025-10-24T09:19:00Z",
    )
    orphan = Annotation(
        id=AnnotationId("e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f70819"), doc_id=DE,
        selector=TextSelector(
            start=170, end=205, exact="Dieser Absatz wurde später gelöscht",
            prefix="Milliardenhöhe.\n", suffix=".",
        ),
        note="Gone after the publisher's update.", state="orphaned",
        created="2025-10-24T09:20:00Z", modified="2025-10-24T09:21:00Z",
    )
    italian = Annotation(
        id=AnnotationId("b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e"), doc_id=IT,
        selector=_selector(IT_TEXT, "fino a un milione di unità"), label="Claim", tags=("tpu",),
        created="2025-10-24T09:22:00Z", modified="2025-10-24T09:22:00Z", state="moved",
    )
    links = [
        Link(id=LinkId("11111111-2222-4333-8444-555555555555"), source=claim.id,
             target=italian.id, relation="same-claim", created="2025-10-24T09:23:00Z"),
        Link(id=LinkId("66666666-7777-4888-9999-aaaaaaaaaaaa"), source=evidence.id,
             target=claim.id, relation="supports", created="2025-10-24T09:24:00Z"),
    ]
    labels = {
        "Claim": Label("Claim", "#ffd54f", builtin=True),
        "Evidence": Label("Evidence", "#81c784", builtin=True),
        "Question": Label("Question", "#64b5f6", builtin=True),
    }
    return ExportBundle(
        documents={DE: de, IT: it},
        annotations=[italian, orphan, hash_line, evidence, claim],
        links=links, labels=labels, generated="2025-10-24T10:00:00Z",
    )


@pytest.fixture
def bundle() -> ExportBundle:
    return make_bundle()


def check_golden(name: str, actual: str) -> None:
    """Compare with ``golden/<name>`` (line endings normalised); rewrite it on request."""
    path = GOLDEN / name
    if UPDATE_GOLDEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="")
    assert path.exists(), f"{path} is missing; run with PARALLAX_UPDATE_GOLDEN=1 to create it"
    expected = path.read_text(encoding="utf-8")
    assert actual.replace("\r\n", "\n") == expected.replace("\r\n", "\n")


# ------------------------------------------------------------------------------ package


def test_formats_and_extensions_match(bundle: ExportBundle) -> None:
    assert FORMATS == ("md", "html", "csv", "jsonld", "qdpx")
    assert set(EXTENSIONS) == set(FORMATS)
    assert all(ext.startswith(".") for ext in EXTENSIONS.values())
    assert render(bundle, "md") == to_markdown(bundle)
    assert render(bundle, "html") == to_html(bundle)
    assert render(bundle, "csv") == to_csv(bundle)
    assert render(bundle, "jsonld") == to_jsonld(bundle)


def test_unknown_format_is_a_clear_error(bundle: ExportBundle) -> None:
    with pytest.raises(ValueError, match=r"Unknown export format 'pdf'.*md, html, csv, jsonld"):
        render(bundle, "pdf")


def test_grouping_keeps_orphans_apart_and_orders_by_position(bundle: ExportBundle) -> None:
    groups = group_by_document(bundle)
    assert [g.doc_id for g in groups] == [DE, IT]
    de = groups[0]
    assert [a.state for a in de.orphaned] == ["orphaned"]
    starts = [a.selector.start for a in de.anchored]
    assert starts == sorted(starts) and len(starts) == 3
    assert sum(len(g.annotations) for g in groups) == len(bundle.annotations)


def test_paragraph_numbers(bundle: ExportBundle) -> None:
    de = bundle.documents[DE]
    assert paragraph_number(de, 0) == 1
    assert paragraph_number(de, DE_TEXT.index("bis zu")) == 2
    assert paragraph_number(de, len(DE_TEXT) + 10) is None
    assert paragraph_number(None, 0) is None


def test_annotations_on_a_missing_document_are_still_exported(bundle: ExportBundle) -> None:
    lone = dataclasses.replace(bundle, documents={DE: bundle.documents[DE]})
    md = to_markdown(lone)
    assert "## Unknown document" in md and "8237c0f66678d26f" not in md
    assert "fino a un milione di unità" in md
    assert "fino a un milione di unità" in to_html(lone)
    assert "fino a un milione di unità" in to_csv(lone)
    parsed = parse_jsonld(to_jsonld(lone))
    assert len(parsed.annotations) == len(bundle.annotations) and not parsed.problems


def test_empty_bundle_renders_in_every_format() -> None:
    empty = ExportBundle(
        documents={}, annotations=[], links=[], labels={}, generated="2025-01-01T00:00:00Z"
    )
    for fmt in FORMATS:
        if fmt == "qdpx":
            with pytest.raises(ValueError, match="zip file, not text"):
                render(empty, fmt)
            assert render_output(empty, fmt).files[""].startswith(b"PK")
        else:
            assert render(empty, fmt)
    assert parse_jsonld(to_jsonld(empty)).annotations == []


# ------------------------------------------------------------------------------ Markdown


def test_markdown_matches_golden(bundle: ExportBundle) -> None:
    check_golden("export.md", to_markdown(bundle))


def test_markdown_renders_with_python_markdown(bundle: ExportBundle) -> None:
    text = to_markdown(bundle)
    html = markdown.markdown(text)
    assert html.count("<h2>") == 2
    assert html.count("<blockquote>") == 5
    assert "<h3>Orphaned highlights</h3>" in html
    # The quote starting with '#' stays a quote, not a heading.
    assert re.search(r"<h\d>\s*Keine", html) is None
    assert "# Keine Überschrift, sondern ein Satz mit Raute." in html
    # Double quotes, commas and both lines of the multi-line quote survive.
    assert "sagt das Unternehmen." in html
    assert '"weit über ein Gigawatt" erreichen,' in html
    # The note is Markdown and renders as such.
    assert "<em>Italian</em>" in html


def test_markdown_quote_structure(bundle: ExportBundle) -> None:
    text = to_markdown(bundle)
    assert "> sagt das Unternehmen.\n>\n> Die Kapazität soll 2026" in text
    assert "> \\# Keine Überschrift" in text
    assert "paragraph 2" in text
    assert "Orphaned highlights" in text and "Dieser Absatz wurde später gelöscht" in text
    numbers = dict(re.findall(r"### Highlight (\d+)\n\n> ([^\n]+)", text))
    italian = next(n for n, q in numbers.items() if q.startswith("fino a un milione"))
    second = next(n for n, q in numbers.items() if q.startswith("sagt das"))
    assert (f"same claim as [Highlight {italian}](#highlight-{italian}) in "
            "*Anthropic e Google: l’accordo sulle TPU*") in text
    assert f"supported by [Highlight {second}](#highlight-{second})" in text
    # Titles, not hashed file names or internal ids, in the reading text.
    assert "002_accordo.md" not in text and "Document id" not in text
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}", text) and DE not in text


def test_markdown_escapes_block_openers_in_quotes(bundle: ExportBundle) -> None:
    tricky = "> nested?\n- not a list\n1. not ordered\n===\n~~~\n*stars* and _under_ <b>x</b> &amp;"
    doc = bundle.documents[DE]
    annotation = Annotation(
        id=AnnotationId("ffffffff-0000-4000-8000-000000000000"), doc_id=DE,
        selector=TextSelector(0, len(tricky), tricky),
    )
    one = dataclasses.replace(bundle, documents={DE: doc}, annotations=[annotation], links=[])
    html = markdown.markdown(to_markdown(one))
    quote = html[html.index("<blockquote>"):html.index("</blockquote>")]
    for tag in ("<ul", "<ol", "<h1", "<h2", "<b>", "<em>", "<strong>", "<pre", "<blockquote"):
        assert tag not in quote[len("<blockquote>"):], tag
    assert "&gt; nested?" in quote and "- not a list" in quote and "1. not ordered" in quote
    assert "*stars* and _under_" in quote and "&lt;b&gt;x&lt;/b&gt;" in quote
    assert "&amp;amp;" in quote


def test_markdown_closes_an_unclosed_code_fence(bundle: ExportBundle) -> None:
    annotation = dataclasses.replace(bundle.annotations[4], note="```\ncode without end")
    one = dataclasses.replace(bundle, annotations=[annotation, bundle.annotations[0]], links=[])
    text = to_markdown(one)
    assert "code without end\n```\n" in text


# ------------------------------------------------------------------------------ HTML


class _Balance(HTMLParser):
    VOID = {"meta", "br", "hr", "img", "input", "link"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.lang_of_quotes: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "blockquote" and ("class", "quote") in attrs:
            self.lang_of_quotes.append(dict(attrs).get("lang"))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> with open {self.stack[-3:]}")
        else:
            self.stack.pop()


def test_html_escapes_notes_and_loads_nothing(bundle: ExportBundle) -> None:
    page = to_html(bundle)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "javascript:" not in page.lower()
    assert "http" not in page.lower()
    assert "src=" not in page.lower()
    assert "url(" not in page.lower() and "@import" not in page.lower()
    assert "anno.jsonld" not in page
    assert "<strong>Italian</strong>" in page  # the note's Markdown is rendered
    assert "<code>a&lt;b</code>" in page


def test_html_is_well_formed_with_languages_and_colours(bundle: ExportBundle) -> None:
    page = to_html(bundle)
    checker = _Balance()
    checker.feed(page)
    checker.close()
    assert checker.errors == [] and checker.stack == []
    assert sorted(checker.lang_of_quotes, key=str) == ["de", "de", "de", "de", "it"]
    assert 'lang="it">Anthropic e Google' in page
    assert "border-left-color:#81c784" in page  # Evidence
    assert "border-left-color:#64b5f6" in page  # Question
    assert "Orphaned highlights" in page
    assert "&quot;weit über ein Gigawatt&quot;" in page or '"weit über ein Gigawatt"' in page
    assert 'href="#a-b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e"' in page


def test_html_escapes_titles_labels_and_tags(bundle: ExportBundle) -> None:
    de = dataclasses.replace(bundle.documents[DE], title="<img src=x onerror=alert(1)>")
    annotation = dataclasses.replace(
        bundle.annotations[4], label="<b>L</b>", tags=("<i>t</i>",), note=""
    )
    evil = dataclasses.replace(
        bundle,
        documents={DE: de},
        annotations=[annotation],
        links=[],
        labels={"<b>L</b>": Label("<b>L</b>", "red;background:url(x)")},
    )
    page = to_html(evil)
    assert "<img" not in page and "<b>L" not in page and "<i>t" not in page
    assert "url(x)" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_note_sanitizer() -> None:
    assert render_note("<div onclick=x>hi</div>") == "<p>&lt;div onclick=x&gt;hi&lt;/div&gt;</p>"
    assert "src" not in render_note("![pic](https://example.org/p.png)")
    assert 'href="https://example.org/"' in render_note("[ok](https://example.org/)")
    assert "href" not in render_note("[bad](jav\tascript:alert(1))")
    assert "href" not in render_note("[bad](data:text/html,hi)")
    dirty = '<p style="x">a<script>b</script><iframe src=y>c</iframe></p>'
    assert sanitize_html(dirty) == "<p>a</p>"
    assert render_note("# Big") == "<h4>Big</h4>"


# ------------------------------------------------------------------------------ CSV


def test_csv_matches_golden(bundle: ExportBundle) -> None:
    check_golden("export.csv", to_csv(bundle))


def test_csv_round_trip(bundle: ExportBundle) -> None:
    text = to_csv(bundle)
    assert text.startswith("\ufeff")  # the BOM that makes spreadsheets read UTF-8
    text = text[1:]
    assert text.endswith("\r\n") and text.splitlines()[0] == ",".join(COLUMNS)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["id"] for r in rows] == [
        "3f2a9c1e-5b7d-4e21-9a0c-1d2e3f405162",  # de, by position
        "7c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5",
        "a0b1c2d3-e4f5-4061-8293-a4b5c6d7e8f9",
        "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f70819",  # the orphan last
        "b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e",  # it
    ]
    by_id = {r["id"]: r for r in rows}
    for annotation in bundle.annotations:
        row = by_id[annotation.id]
        document = bundle.documents[annotation.doc_id]
        assert row["document_id"] == annotation.doc_id
        assert row["document_title"] == document.title
        assert row["source"] == document.source_name
        assert row["language"] == document.lang
        assert row["label"] == (annotation.label or "")
        assert row["quote"] == annotation.selector.exact
        # The context is the stored one without a word cut in half at its outer edge.
        assert annotation.selector.prefix.endswith(row["context_before"])
        assert annotation.selector.suffix.startswith(row["context_after"])
        assert int(row["start"]) == annotation.selector.start
        assert int(row["end"]) == annotation.selector.end
        assert row["state"] == annotation.state
        assert row["note"] == annotation.note
        assert row["tags"] == "; ".join(annotation.tags)
        assert row["created"] == annotation.created
        assert row["modified"] == annotation.modified
    assert by_id["3f2a9c1e-5b7d-4e21-9a0c-1d2e3f405162"]["linked_ids"] == (
        "b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e; 7c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5"
    )
    assert by_id["b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e"]["linked_ids"] == (
        "3f2a9c1e-5b7d-4e21-9a0c-1d2e3f405162"
    )
    assert by_id["a0b1c2d3-e4f5-4061-8293-a4b5c6d7e8f9"]["linked_ids"] == ""


def test_csv_round_trip_through_pandas(bundle: ExportBundle) -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(io.StringIO(to_csv(bundle)), dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(COLUMNS)
    quotes = dict(zip(frame["id"], frame["quote"], strict=True))
    for annotation in bundle.annotations:
        assert quotes[annotation.id] == annotation.selector.exact


# ------------------------------------------------------------------------------ JSON-LD


def _wa_dir() -> Path:
    assert (WA_DIR / "validate_wa.py").exists(), f"the W3C checkers are missing from {WA_DIR}"
    return WA_DIR


def _run_checker(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=_wa_dir(), capture_output=True, text=True, timeout=120,
        check=False,
    )


def test_jsonld_shape(bundle: ExportBundle) -> None:
    data = json.loads(to_jsonld(bundle))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items) == 7
    by_id = {item["id"]: item for item in items}
    claim = by_id["urn:uuid:3f2a9c1e-5b7d-4e21-9a0c-1d2e3f405162"]
    assert claim["motivation"] == "commenting"
    assert claim["target"]["source"]["id"] == "urn:parallax:document:9cdf093ffe599bbc"
    assert claim["target"]["source"]["language"] == "de"
    purposes = [b["purpose"] for b in claim["body"]]
    assert purposes == ["classifying", "tagging", "tagging", "commenting"]
    assert by_id["urn:uuid:a0b1c2d3-e4f5-4061-8293-a4b5c6d7e8f9"]["motivation"] == "highlighting"
    link = by_id["urn:uuid:11111111-2222-4333-8444-555555555555"]
    assert link["motivation"] == "linking"
    assert link["target"] == "urn:uuid:3f2a9c1e-5b7d-4e21-9a0c-1d2e3f405162"
    assert link["body"][0] == "urn:uuid:b8c9d0e1-f2a3-4b4c-9d5e-6f7a8b9c0d1e"
    assert link["body"][1]["value"] == "same-claim"
    assert to_jsonld(bundle) == to_jsonld(make_bundle())  # deterministic
    assert "ü" in to_jsonld(bundle)  # ensure_ascii=False


def test_jsonld_passes_both_conformance_checkers(bundle: ExportBundle, tmp_path: Path) -> None:
    out = tmp_path / "export.jsonld"
    out.write_text(to_jsonld(bundle), encoding="utf-8")
    validated = _run_checker(["validate_wa.py", "--schemas", "schemas", str(out)])
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "FAIL" not in validated.stdout
    assert "SUMMARY: 9 object(s) checked, 0 failed" in validated.stdout  # 7 + collection + page
    expanded = _run_checker(
        ["jsonld_offline_check.py", "--context", "schemas/anno.jsonld", str(out)]
    )
    assert expanded.returncode == 0, expanded.stdout + expanded.stderr
    assert "dropped" not in expanded.stdout and "relative IRI" not in expanded.stdout
    assert expanded.stdout.startswith("OK")


def test_jsonld_round_trip(bundle: ExportBundle) -> None:
    parsed = parse_jsonld(to_jsonld(bundle))
    assert parsed.problems == []
    expected = {a.id: dataclasses.replace(a, state="anchored") for a in bundle.annotations}
    assert {a.id: a for a in parsed.annotations} == expected
    assert sorted(parsed.links, key=lambda link: link.id) == sorted(
        bundle.links, key=lambda link: link.id
    )


def test_parse_accepts_single_annotation_list_and_page(bundle: ExportBundle) -> None:
    data = json.loads(to_jsonld(bundle))
    items = data["first"]["items"]
    single = dict(items[0], **{"@context": data["@context"]})
    assert len(parse_jsonld(json.dumps(single)).annotations) == 1
    as_list = parse_jsonld(json.dumps(items))
    assert len(as_list.annotations) == 5 and len(as_list.links) == 2
    page = dict(data["first"], **{"@context": data["@context"]})
    assert len(parse_jsonld(json.dumps(page)).annotations) == 5


def test_parse_reports_what_it_cannot_read() -> None:
    doc_iri = "urn:parallax:document:abc"
    items = [
        {"id": "http://example.org/a1", "type": "Annotation", "target": "http://example.com/p"},
        {"id": "http://example.org/a2", "type": "Annotation", "target": doc_iri},
        {"id": "http://example.org/a3", "type": "Annotation",
         "target": {"source": doc_iri, "selector": {"type": "FragmentSelector", "value": "x"}}},
        {"id": "http://example.org/a4", "type": "Annotation", "motivation": "linking",
         "body": [{"type": "TextualBody", "purpose": "classifying", "value": "cites"},
                  "urn:uuid:1"], "target": "urn:uuid:2"},
        {"type": "Annotation", "bodyValue": "plain note",
         "target": {"source": {"id": doc_iri}, "selector": {"type": "TextQuoteSelector",
                                                            "exact": "q"}}},
        {"hello": "world"},
    ]
    parsed = parse_jsonld(json.dumps(items))
    assert len(parsed.annotations) == 1
    only = parsed.annotations[0]
    assert only.doc_id == "abc" and only.note == "plain note" and only.selector.exact == "q"
    assert parsed.links == []
    text = "\n".join(parsed.problems)
    assert len(parsed.problems) == 5, text
    assert "http://example.org/a1" in text and "not a passage of a document" in text
    assert "whole document abc" in text
    assert "no TextQuoteSelector or TextPositionSelector" in text
    assert "'cites'" in text
    assert "Item number 6 is not a Web Annotation" in text


@pytest.mark.parametrize(
    "text",
    ["{not json", "[1, 2]", '"Annotation"', '{"@context": "x", "name": "not an annotation"}'],
)
def test_parse_rejects_what_is_not_web_annotation_json(text: str) -> None:
    with pytest.raises(ValueError, match=r"^The file is"):
        parse_jsonld(text)


def test_parse_conformance_samples_without_crashing() -> None:
    samples = sorted((_wa_dir() / "samples" / "correct").glob("*.json"))
    assert samples
    for sample in samples:
        parsed = parse_jsonld(sample.read_text(encoding="utf-8"))
        assert isinstance(parsed, ParsedExport)
        # Passages of web pages come back for the import to find their document by
        # address or quote; anything else is reported.
        assert all(a.doc_id == "" for a in parsed.annotations), sample.name
        assert len(parsed.origins) == len(parsed.annotations)
        assert all(o.locations for o in parsed.origins), sample.name
        assert parsed.problems or parsed.annotations, sample.name
        assert all(p.endswith(".") for p in parsed.problems), sample.name


def test_parse_incorrect_samples_fails_cleanly() -> None:
    for folder in ("incorrect", "incorrect-isolated"):
        for sample in sorted((_wa_dir() / "samples" / folder).glob("*.json")):
            try:
                parse_jsonld(sample.read_text(encoding="utf-8"))
            except ValueError as exc:
                assert str(exc).startswith("The file is"), sample.name


def test_markdown_never_carries_raw_html_from_a_note(bundle: ExportBundle) -> None:
    rendered = to_markdown(bundle)
    assert "<script>" not in rendered and "&lt;script>" in rendered
    html = markdown.markdown(rendered)
    assert "<script>" not in html
