"""File → Export…: formats, scopes, filters, the preview and Save."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.ui.app import Parts
from reader.ui.qt import Qt


def annotate(parts: Parts) -> dict[str, str]:
    """A Claim in the Italian seed and an Evidence with a tag in a German one."""
    session = parts.session
    italian = session.library.resolve("002")
    german = session.library.resolve("000")
    text_it = session.library.get(italian).text
    text_de = session.library.get(german).text
    start = text_it.index("un milione di unità")
    session.create(italian, start, start + 19, label="Claim", note="the figure")
    start = text_de.index("Google")
    session.create(german, start, start + 6, label="Evidence", tags=["company"])
    return {"it": italian, "de": german}


def test_formats_render_in_the_preview_and_save(
    qtbot: QtBot, window_parts: Parts, saved_exports: list[Path]
) -> None:
    docs = annotate(window_parts)
    window = window_parts.window
    window.open_document(docs["it"])
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.scope_current.isChecked()
    dialog.set_format("md")
    assert "un milione di unità" in dialog.preview.toPlainText()
    assert "Google" not in dialog.preview.toPlainText().split("un milione")[1]
    dialog.scope_all.setChecked(True)
    dialog.set_format("csv")
    rows = list(csv.DictReader(io.StringIO(dialog.text)))
    assert len(rows) == 2
    dialog.set_format("jsonld")
    parsed = json.loads(dialog.text)
    assert "un milione di unità" in json.dumps(parsed, ensure_ascii=False)
    dialog.set_format("html")
    assert dialog.text.lstrip().lower().startswith("<!doctype html")
    path = dialog.save()
    assert path is not None and path.suffix == ".html"
    assert path.read_text(encoding="utf-8") == dialog.text
    assert "Saved to" in dialog.status.text()


def test_filters_by_label_tag_and_language(qtbot: QtBot, window_parts: Parts) -> None:
    annotate(window_parts)
    dialog = window_parts.window.open_export()
    dialog.scope_all.setChecked(True)
    dialog.set_format("csv")
    assert len(list(csv.DictReader(io.StringIO(dialog.text)))) == 2
    dialog.label_combo.setCurrentIndex(dialog.label_combo.findData("Claim"))
    dialog.refresh()
    [row] = list(csv.DictReader(io.StringIO(dialog.text)))
    assert "un milione" in json.dumps(row, ensure_ascii=False)
    dialog.label_combo.setCurrentIndex(0)
    dialog.tag_field.setText("company")
    dialog.refresh()
    [row] = list(csv.DictReader(io.StringIO(dialog.text)))
    assert "Google" in json.dumps(row)
    dialog.tag_field.clear()
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("it"))
    dialog.refresh()
    [row] = list(csv.DictReader(io.StringIO(dialog.text)))
    assert "un milione" in json.dumps(row, ensure_ascii=False)


def test_selected_documents_are_exported_together(qtbot: QtBot, window_parts: Parts) -> None:
    docs = annotate(window_parts)
    window = window_parts.window
    panel = window.library
    for doc_id in docs.values():
        row = panel.model.row_of(doc_id)
        assert row is not None
        panel.table.selectionModel().select(
            panel.model.index(row, 0),
            panel.table.selectionModel().SelectionFlag.Select
            | panel.table.selectionModel().SelectionFlag.Rows)
    dialog = window.open_export()
    dialog.scope_selected.setChecked(True)
    dialog.set_format("jsonld")
    text = json.dumps(json.loads(dialog.text), ensure_ascii=False)
    assert "un milione di unità" in text and "Google" in text
    dialog.set_format("md")
    assert dialog.text.count("### Highlight") == 2


def test_the_preview_follows_changes_after_a_short_pause(qtbot: QtBot, window_parts: Parts
                                                        ) -> None:
    annotate(window_parts)
    dialog = window_parts.window.open_export()
    dialog.scope_all.setChecked(True)
    dialog.refresh()
    before = dialog.text
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    qtbot.waitUntil(lambda: dialog.text != before, timeout=5_000)
    assert dialog.text.splitlines()[0].count(",") > 3
