"""Real PDF, DOCX and EPUB files written from an article, for the importer tests.

PDFs come from Qt's QPdfWriter (QTextDocument.print_ lays the text out on pages and adds
page numbers, as word processors do), .docx from python-docx, EPUB is zipped by hand as
the EPUB 2 and 3 specifications lay it out.
"""

from __future__ import annotations

import html
import io
import os
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: list[str]
    author: str
    date: str  # ISO
    lang: str

    @property
    def text(self) -> str:
        return "\n\n".join([self.title, *self.paragraphs])


def seed_article(prefix: str, author: str, date: str, lang: str) -> Article:
    """A bundled seed article (de/it/pt news text) with a title line and paragraphs."""
    path = next((REPO / "seeds").glob(f"{prefix}_*.txt"))
    lines = [" ".join(line.split()) for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    title, paragraphs = lines[0], [p for p in lines[1:] if p != lines[0]]
    return Article(title, paragraphs, author, date, lang)


def word_f1(expected: str, got: str) -> float:
    """Word-level F1 of two texts (bags of words)."""
    a, b = Counter(expected.split()), Counter(got.split())
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(b.values()), overlap / sum(a.values())
    return 2 * precision * recall / (precision + recall)


def _qt_app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication (not a bare QGuiApplication): widget tests later in the same session
    # reuse the instance, and widgets need the full one.
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def write_pdf(article: Article, path: Path, *, title: str | None = None) -> Path:
    """A multi-page PDF with the title as a heading, via QPdfWriter."""
    _qt_app()
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setTitle(article.title if title is None else title)
    writer.setAuthor(article.author)
    document = QTextDocument()
    body = "".join(f"<p>{html.escape(p)}</p>" for p in article.paragraphs)
    document.setHtml(f"<h1>{html.escape(article.title)}</h1>{body}")
    document.print_(writer)
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A PDF whose page is a picture of text: no text layer, as a scan."""
    _qt_app()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

    image = QImage(600, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "A scanned page of text")
    painter.end()
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawImage(0, 0, image)
    painter.end()
    return path


def page_bomb(pages: int) -> bytes:
    """A valid PDF of ``pages`` blank pages (all sharing one page object's content)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(f"{3 + i} 0 R".encode() for i in range(pages))
        + f"] /Count {pages} >>".encode(),
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def write_docx(article: Article, path: Path) -> Path:
    """A .docx with a title, headings, a list and a table, and core properties."""
    from datetime import datetime

    import docx

    document = docx.Document()
    document.add_heading(article.title, level=0)
    for index, paragraph in enumerate(article.paragraphs):
        document.add_paragraph(paragraph)
        if index == 1:
            document.add_paragraph("Erster Punkt der Liste", style="List Bullet")
            table = document.add_table(rows=2, cols=2)
            for r, row in enumerate((("Jahr", "Wert"), ("2026", "eine Million"))):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    props = document.core_properties
    props.title = article.title
    props.author = article.author
    props.created = datetime.fromisoformat(article.date)
    props.language = article.lang
    document.save(str(path))
    return path


def write_epub(article: Article, path: Path, *, version: str = "3") -> Path:
    """An EPUB (2 or 3) with two chapters listed in the spine in reverse manifest order."""
    half = len(article.paragraphs) // 2
    chapters = [
        [article.title, *article.paragraphs[:half]],
        article.paragraphs[half:],
    ]

    def xhtml(paragraphs: list[str], heading: bool) -> str:
        body = "".join(
            (f"<h1>{html.escape(p)}</h1>" if heading and i == 0 else f"<p>{html.escape(p)}</p>")
            for i, p in enumerate(paragraphs))
        return ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/'
                f'xhtml"><head><title>x</title></head><body>{body}</body></html>')

    opf = f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="{version}.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427</dc:identifier>
    <dc:title>{html.escape(article.title)}</dc:title>
    <dc:creator>{html.escape(article.author)}</dc:creator>
    <dc:date>{article.date}</dc:date>
    <dc:language>{article.lang}</dc:language>
  </metadata>
  <manifest>
    <item id="c2" href="text/chapter%202.xhtml" media-type="application/xhtml+xml"/>
    <item id="c1" href="text/chapter1.xhtml" media-type="application/xhtml+xml"/>
    <item id="css" href="style.css" media-type="text/css"/>
  </manifest>
  <spine><itemref idref="c1"/><itemref idref="c2"/></spine>
</package>"""
    container = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf"
    media-type="application/oebps-package+xml"/></rootfiles>
</container>"""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("META-INF/container.xml", container)
        archive.writestr("OEBPS/content.opf", opf)
        archive.writestr("OEBPS/style.css", "p { margin: 0 }")
        archive.writestr("OEBPS/text/chapter1.xhtml", xhtml(chapters[0], True))
        archive.writestr("OEBPS/text/chapter 2.xhtml", xhtml(chapters[1], False))
    return path
