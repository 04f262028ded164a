"""PDF, DOCX and EPUB made from multilingual articles come back whole, with language,
title, author and date; bad files get one sentence and the rest of an import goes on."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reader.core.formats.pdf import MAX_PAGES, _drop_furniture, _join_lines, _paragraphs
from reader.core.library import Library
from reader.core.serialize import document_to_dict
from tests.document_writers import (
    page_bomb,
    seed_article,
    word_f1,
    write_docx,
    write_epub,
    write_pdf,
    write_scanned_pdf,
)

GERMAN = seed_article("000", "Erika Muster", "2025-10-24", "de")
ITALIAN = seed_article("002", "Mario Rossi", "2025-11-02", "it")
PORTUGUESE = seed_article("004", "Ana Souza", "2025-12-01", "pt")


def imported(library: Library, path: Path):  # type: ignore[no-untyped-def]
    report = library.imports.paths([path])
    assert report.ok, report.outcomes
    (outcome,) = report.outcomes
    assert outcome.doc_id is not None
    return library.documents.get(outcome.doc_id)


@pytest.mark.parametrize("article", [GERMAN, ITALIAN, PORTUGUESE], ids=["de", "it", "pt"])
def test_a_pdf_comes_back_whole_with_its_metadata_and_pages(
    empty_library: Library, tmp_path: Path, article
) -> None:  # type: ignore[no-untyped-def]
    doc = imported(empty_library, write_pdf(article, tmp_path / f"{article.lang}.pdf"))
    assert word_f1(article.text, doc.text) >= 0.97
    assert doc.lang == article.lang
    assert doc.title == article.title
    assert doc.format == "pdf"
    metadata = document_to_dict(doc)["metadata"]
    assert metadata["author"] == article.author
    import pypdf  # the creation date QPdfWriter wrote, read by another library

    created = pypdf.PdfReader(tmp_path / f"{article.lang}.pdf").metadata.creation_date
    assert metadata["published"] == created.date().isoformat()
    assert metadata["format"] == "pdf"
    assert metadata["pages"] >= 2
    # Page numbers at the foot of each page are gone; every paragraph knows its page.
    pages = [p.page for p in doc.paragraphs]
    assert pages[0] == 1 and pages[-1] == metadata["pages"]
    assert pages == sorted(pages)
    for number in range(1, metadata["pages"] + 1):
        assert f"\n\n{number}\n\n" not in f"\n\n{doc.text}\n\n"
    # A paragraph wrapped over many lines is one paragraph again.
    longest = max(article.paragraphs, key=len)
    assert longest in doc.text
    assert document_to_dict(doc)["paragraphs"][-1]["page"] == metadata["pages"]


def test_a_pdf_title_comes_from_the_document_information(
    empty_library: Library, tmp_path: Path
) -> None:
    doc = imported(empty_library, write_pdf(GERMAN, tmp_path / "report.pdf",
                                            title="Rechenzentren: der Bericht"))
    assert doc.title == "Rechenzentren: der Bericht"


def test_pdf_repairs_hyphenation_headers_and_ligatures() -> None:
    from reader.core.formats.pdf import _Box

    assert _join_lines(["Die Rechen-", "zentren wachsen", "schnell."]) == \
        "Die Rechenzentren wachsen schnell."
    assert _join_lines(["Baden-", "Württemberg"]) == "Baden-Württemberg"
    assert _join_lines(["Ein-", "und Ausgänge"]) == "Ein- und Ausgänge"
    pages = [
        [_Box(["Der Bericht — Seite " + str(n)], 0.02, 0.05, 9.0, n),
         _Box([f"Absatz {n} mit Text, der weitergeht"], 0.3, 0.5, 10.0, n),
         _Box([str(n)], 0.95, 0.97, 9.0, n)]
        for n in range(1, 5)
    ]
    _drop_furniture(pages)
    assert [[b.lines for b in boxes] for boxes in pages] == [
        [[f"Absatz {n} mit Text, der weitergeht"]] for n in range(1, 5)
    ]
    joined = _paragraphs([[_Box(["ends without a stop and"], 0.8, 0.9, 10.0, 1)],
                          [_Box(["continues here."], 0.1, 0.2, 10.0, 2)]])
    assert joined == [("ends without a stop and continues here.", "body", 1)]


def test_pdf_ligatures_and_tabs_are_normalised(empty_library: Library, tmp_path: Path) -> None:
    from tests.document_writers import Article

    article = Article("Die ﬁnale Eﬃzienz", ["Der\tofﬁzielle Bericht über ﬂache Strukturen "
                                            "und Rechenzentren in Europa."] * 3,
                      "A. Autor", "2025-01-01", "de")
    doc = imported(empty_library, write_pdf(article, tmp_path / "lig.pdf"))
    assert "offizielle Bericht über flache" in doc.text
    assert "\t" not in doc.text and "ﬁ" not in doc.text


def test_docx_keeps_paragraphs_lists_tables_and_core_properties(
    empty_library: Library, tmp_path: Path
) -> None:
    doc = imported(empty_library, write_docx(GERMAN, tmp_path / "bericht.docx"))
    expected = GERMAN.text + "\n\nErster Punkt der Liste\n\nJahr | Wert\n\n2026 | eine Million"
    assert word_f1(expected, doc.text) >= 0.97
    assert doc.title == GERMAN.title and doc.lang == "de" and doc.format == "docx"
    assert doc.metadata["author"] == "Erika Muster"
    assert doc.metadata["published"] == "2025-10-24"
    kinds = {doc.text[p.start:p.end]: p.kind for p in doc.paragraphs}
    assert kinds[GERMAN.title] == "title"
    assert kinds["Erster Punkt der Liste"] == "item"
    assert kinds["2026 | eine Million"] == "body"


@pytest.mark.parametrize("version", ["2", "3"])
def test_epub_chapters_in_spine_order_with_opf_metadata(
    empty_library: Library, tmp_path: Path, version: str
) -> None:
    doc = imported(empty_library, write_epub(ITALIAN, tmp_path / f"libro{version}.epub",
                                             version=version))
    assert word_f1(ITALIAN.text, doc.text) >= 0.97
    assert doc.text.startswith(ITALIAN.title)  # chapter 1 first, as the spine says
    assert doc.title == ITALIAN.title and doc.lang == "it" and doc.format == "epub"
    assert doc.metadata["author"] == "Mario Rossi"
    assert doc.metadata["published"] == "2025-11-02"
    assert doc.metadata["language"] == "it"


def test_bad_files_get_one_sentence_and_the_rest_imports(
    empty_library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good = write_pdf(PORTUGUESE, folder / "good.pdf")
    (folder / "truncated.pdf").write_bytes(good.read_bytes()[:2000])
    (folder / "photo.pdf").write_bytes(b"\xff\xd8\xff\xe0" + bytes(3000))
    with zipfile.ZipFile(folder / "notes.docx", "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    (folder / "book.epub").write_bytes(b"PK\x03\x04 but cut off")
    real = write_docx(GERMAN, tmp_path / "real.docx")
    with zipfile.ZipFile(real) as source, zipfile.ZipFile(folder / "broken.docx", "w") as out:
        for item in source.infolist():  # the same package with its text cut off mid-tag
            data = source.read(item)
            out.writestr(item, data[:300] if item.filename == "word/document.xml" else data)
    write_scanned_pdf(folder / "scan.pdf")
    (folder / "bomb.pdf").write_bytes(page_bomb(10_000))
    report = empty_library.imports.paths([folder])
    by_name = {Path(o.path).name: o for o in report.outcomes}
    assert by_name["good.pdf"].status == "new"
    messages = {name: o.message for name, o in by_name.items() if o.status == "failed"}
    assert messages == {
        "truncated.pdf": "truncated.pdf is a damaged PDF that cannot be read.",
        "photo.pdf": "photo.pdf is not a PDF file.",
        "notes.docx": "notes.docx is not a Word (.docx) document.",
        "book.epub": "book.epub is damaged or not in EPUB format (it is not a zip archive).",
        "broken.docx": "broken.docx is a damaged Word (.docx) file that cannot be read "
                       "(XMLSyntaxError).",
        "scan.pdf": "scan.pdf has no text layer (it is probably a scan); run text "
                    "recognition (OCR) on it first.",
        "bomb.pdf": f"bomb.pdf has 10000 pages, over the limit of {MAX_PAGES} pages for one "
                    "document.",
    }
    assert [s.title for s in empty_library.documents.summaries()] == [PORTUGUESE.title]


def test_an_encrypted_pdf_is_refused_in_one_sentence(
    empty_library: Library, tmp_path: Path
) -> None:
    import pypdf
    reader = pypdf.PdfReader(write_pdf(GERMAN, tmp_path / "open.pdf"))
    writer = pypdf.PdfWriter(clone_from=reader)
    writer.encrypt("secret", algorithm="AES-128")
    with open(tmp_path / "locked.pdf", "wb") as handle:
        writer.write(handle)
    report = empty_library.imports.paths([tmp_path / "locked.pdf"])
    assert [o.message for o in report.failed] == [
        "locked.pdf is password-protected; save an unprotected copy to import it."
    ]
    assert empty_library.documents.summaries() == []


def test_exports_carry_the_source_metadata_and_the_page(
    empty_library: Library, tmp_path: Path
) -> None:
    import csv
    import io
    import json

    doc = imported(empty_library, write_pdf(GERMAN, tmp_path / "bericht.pdf"))
    last = doc.paragraphs[-1]
    assert last.page is not None and last.page >= 2
    quote = doc.text[last.start:last.end].split(".")[0]
    empty_library.annotations.create(doc.id, last.start, last.start + len(quote),
                                     label="Claim")
    (row,) = csv.DictReader(io.StringIO(empty_library.exports.render("csv").text))
    assert row["page"] == str(last.page)
    assert row["author"] == "Erika Muster"
    markdown = empty_library.exports.render("md").text
    assert "- Author: Erika Muster" in markdown
    assert f", p. {last.page}" in markdown
    html = empty_library.exports.render("html").text
    assert "<dt>Author</dt><dd>Erika Muster</dd>" in html and f", p. {last.page}" in html
    (annotation,) = json.loads(empty_library.exports.render("jsonld").text)["first"]["items"]
    source = annotation["target"]["source"]
    assert source["format"] == "application/pdf"
    assert source["schema:author"] == "Erika Muster"
