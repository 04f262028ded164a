"""The reading view: offsets map 1:1 onto the text shown, formats, tags, zoom, clicks."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.models import Document, Paragraph
from reader.ui.app import Parts
from reader.ui.qt import QApplication, QPalette, Qt, QTextCursor, QUrl
from reader.ui.text_layout import OffsetMap, build_document, text_between
from tests.ui.conftest import create, wait_writes

GERMAN = ("Die Bundesregierung hat am Dienstag neue Regeln für Rechenzentren beschlossen, "
          "die ab dem kommenden Jahr für alle Betreiber in Deutschland gelten sollen. ")
ENGLISH = ("The federal government adopted new rules for data centres on Tuesday, which "
           "will apply to every operator in Germany from next year onwards. ")


def spans_for(doc: Document) -> list[tuple[int, int]]:
    """Spans inside paragraphs, across paragraph breaks, and at both ends of the text."""
    spans = [(p.start, p.end) for p in doc.paragraphs]
    spans += [(p.start + 3, min(p.end, p.start + 40))
              for p in doc.paragraphs if p.end - p.start > 5]
    for first, second in zip(doc.paragraphs, doc.paragraphs[1:], strict=False):
        spans.append((max(first.start, first.end - 10), min(second.end, second.start + 10)))
    spans += [(0, 5), (len(doc.text) - 5, len(doc.text))]
    return [(s, e) for s, e in spans if e > s]


def test_every_annotation_covers_exactly_its_text_in_the_view(qtbot: QtBot,
                                                              window_parts: Parts) -> None:
    session, window = window_parts.session, window_parts.window
    for summary in session.documents():
        doc = session.library.documents.get(summary.id)
        for start, end in spans_for(doc):
            assert session.create(doc.id, start, end, label="Evidence") is not None
        wait_writes(qtbot, session)  # written in order on the write lane
        window.open_document(doc.id)
        laid_out = window.reading.laid_out
        assert laid_out is not None and laid_out.offsets.identity
        annotations = session.annotations_for(doc.id)
        assert len(annotations) == len(spans_for(doc))
        selections = window.reading.view.extraSelections()
        assert len(selections) == len(annotations)
        for annotation, selection in zip(
                sorted(annotations, key=lambda a: a.selector.start), selections, strict=True):
            start, end = annotation.selector.start, annotation.selector.end
            shown = selection.cursor.selectedText().replace("\u2029", "\n")
            assert shown == doc.text[start:end]
            assert text_between(laid_out.document, start, end) == doc.text[start:end]
        # Selecting in the view gives back the same offsets (without outer spaces).
        for start, end in spans_for(doc):
            window.reading.select_span(start, end, scroll=False)
            inner = doc.text[start:end]
            trimmed = (start + len(inner) - len(inner.lstrip()),
                       end - len(inner) + len(inner.rstrip()))
            assert window.reading.selected_span() == (
                trimmed if trimmed[0] < trimmed[1] else None)


def test_characters_outside_the_bmp_keep_offsets_right(qtbot: QtBot) -> None:
    text = "Titel 😀 x\nZweiter 🎉🎉 Absatz\u00a0mit Text\n- eins\n- zwei 𝔸"
    doc = Document(
        id="x", source="s.md", title="Titel", text=text, content_hash="h", format="md",
        lang="de",
        paragraphs=(Paragraph(0, 9, "de", 1, "title"), Paragraph(10, 38, "en", 1, "body"),
                    Paragraph(39, 45, "de", 1, "item"), Paragraph(46, len(text), "de", 1, "item")),
    )
    laid_out = build_document(doc, 12, QApplication.palette())
    assert not laid_out.offsets.identity
    for start in range(len(text) + 1):
        assert laid_out.offsets.offset(laid_out.offsets.position(start)) == start
        for end in range(start, len(text) + 1):
            assert text_between(laid_out.document, laid_out.offsets.position(start),
                                laid_out.offsets.position(end)) == text[start:end]
    # List items get bullets from the layout, not from characters.
    assert laid_out.document.findBlock(laid_out.offsets.position(40)).textList() is not None


def test_offset_map_is_the_identity_for_bmp_text() -> None:
    offsets = OffsetMap("Città, Straße, São Paulo")
    assert offsets.identity and offsets.position(7) == 7 and offsets.offset(7) == 7


def test_paragraph_in_another_language_gets_a_margin_tag(
    qtbot: QtBot, window_parts: Parts, tmp_path: Path
) -> None:
    article = tmp_path / "gemischt.txt"
    article.write_text(
        "Neue Regeln für Rechenzentren\n\n" + GERMAN * 2 + "\n\n" + ENGLISH * 2 + "\n\n"
        + GERMAN + "\n", encoding="utf-8")
    window = window_parts.window
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000) as finished:
        window.importer.import_paths([article])
    doc_id = finished.args[0].outcomes[0].doc_id
    window.open_document(doc_id)
    doc = window.reading.document
    assert doc is not None and doc.lang == "de"
    english = [p for p in doc.paragraphs if p.lang == "en"]
    assert len(english) == 1
    [tag] = window.reading.view.foreign
    assert tag.lang == "en" and tag.position == english[0].start
    assert window.reading.view.foreign_tag_at(english[0].start + 20) is tag
    assert window.reading.view.foreign_tag_at(doc.paragraphs[1].start) is None
    # The tag is painted in the margin: the text itself is unchanged.
    assert window.reading.laid_out.document.characterCount() - 1 == len(doc.text)
    window.reading.view.viewport().grab()  # paints without error


def test_headings_bold_and_boilerplate_dimmed(window_parts: Parts) -> None:
    window = window_parts.window
    italian = window_parts.session.library.documents.resolve("002")
    window.open_document(italian)
    doc = window.reading.document
    assert doc is not None
    qdoc = window.reading.laid_out.document

    def char_format(offset: int) -> object:
        cursor = QTextCursor(qdoc)
        cursor.setPosition(offset + 1)
        return cursor.charFormat()

    heading = next(p for p in doc.paragraphs if p.kind == "heading")
    body = next(p for p in doc.paragraphs if p.kind == "body" and not p.boilerplate)
    boiler = next(p for p in doc.paragraphs if p.boilerplate)
    assert char_format(heading.start).fontWeight() > char_format(body.start).fontWeight()
    assert char_format(heading.start).fontPointSize() > char_format(body.start).fontPointSize()
    dimmed = char_format(boiler.start).foreground().color()
    assert dimmed == window.reading.palette().color(QPalette.ColorRole.PlaceholderText)
    assert char_format(boiler.start).fontPointSize() < char_format(body.start).fontPointSize()
    # The title block is in the text, so the header shows no second title.
    assert doc.paragraphs[0].kind == "title"
    assert not window.reading.title_label.isVisible()
    assert window.reading.badge_label.text() == "IT Italian"
    assert "confidence" in window.reading.badge_label.toolTip()
    # No hashed file name in the header: it shows on hover, with the title.
    assert "002_" not in window.reading.source_label.text()
    assert "002_8237c0f66678d26f.txt" in window.reading.source_label.toolTip()
    assert window.reading.source_label.toolTip().startswith(doc.title)


def test_zoom_keys_change_and_remember_the_font_size(qtbot: QtBot, window_parts: Parts) -> None:
    window = window_parts.window
    window.open_document(window_parts.session.library.documents.resolve("000"))
    window.activateWindow()
    window.reading.view.setFocus()
    size = window.reading.font_size
    qtbot.keyClick(window.reading.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.reading.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reading.font_size == size + 2
    assert window.preferences.font_size == size + 2
    body = next(p for p in window.reading.document.paragraphs  # type: ignore[union-attr]
                if p.kind == "body" and not p.boilerplate)
    cursor = QTextCursor(window.reading.laid_out.document)
    cursor.setPosition(body.start + 1)
    assert cursor.charFormat().fontPointSize() == pytest.approx(size + 2)
    qtbot.keyClick(window.reading.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reading.font_size == size + 1
    qtbot.keyClick(window.reading.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reading.font_size == 12


def test_clicking_a_highlight_selects_it_in_the_panel(qtbot: QtBot, window_parts: Parts) -> None:
    session, window = window_parts.session, window_parts.window
    doc_id = session.library.documents.resolve("001")
    doc = session.library.documents.get(doc_id)
    first = create(qtbot, session, doc_id, 0, 20, label="Claim")
    second = create(qtbot, session, doc_id, doc.paragraphs[1].start,
                    doc.paragraphs[1].start + 40, label="Evidence")
    window.open_document(doc_id)
    window.highlights_panel.select(first)
    view = window.reading.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(doc.paragraphs[1].start + 10)
    window.reading.scroll_to(doc.paragraphs[1].start)
    point = view.cursorRect(cursor).center()
    with qtbot.waitSignal(window.highlights_panel.sig_current_changed):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    current = window.highlights_panel.current
    assert current is not None and current.id == second


def test_the_view_never_loads_resources(window_parts: Parts) -> None:
    view = window_parts.window.reading.view
    assert view.loadResource(2, QUrl("https://example.org/tracker.png")) is None
    assert view.isReadOnly()


def test_markdown_lists_quotes_and_code_without_extra_characters(
    qtbot: QtBot, window_parts: Parts, tmp_path: Path
) -> None:
    article = tmp_path / "punkte.md"
    article.write_text(
        "# Neue Regeln\n\n" + GERMAN + "\n\n## Punkte\n\n- Abwärme nutzen, wo es geht.\n"
        "- Strom aus erneuerbaren Quellen.\n\n> Ein Zitat der Ministerin in Berlin.\n\n"
        "```\nPUE <= 1.2\n```\n", encoding="utf-8")
    window = window_parts.window
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000) as finished:
        window.importer.import_paths([article])
    window.open_document(finished.args[0].outcomes[0].doc_id)
    doc = window.reading.document
    assert doc is not None and doc.format == "md"
    qdoc = window.reading.laid_out.document
    assert qdoc.characterCount() - 1 == len(doc.text)
    kinds = {p.kind: p for p in doc.paragraphs}
    assert {"title", "heading", "item", "quote", "code"} <= set(kinds)
    assert qdoc.findBlock(kinds["item"].start).textList() is not None
    assert qdoc.findBlock(kinds["quote"].start).blockFormat().leftMargin() > 0
    code = QTextCursor(qdoc)
    code.setPosition(kinds["code"].start + 1)
    assert code.charFormat().fontFixedPitch()
    blank = qdoc.findBlock(kinds["title"].end + 1)
    assert blank.length() == 1 and blank.blockFormat().lineHeight() < 12
