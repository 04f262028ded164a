"""File → Export…: formats, scopes, filters, the preview and Save."""

from __future__ import annotations

import csv
import io
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reader.core.errors import QueryError
from reader.ui.app import Parts
from reader.ui.qt import Qt
from tests.ui.conftest import SeedId, WaitForPreview


def annotate(parts: Parts) -> dict[str, str]:
    """A Claim in the Italian seed and an Evidence with a tag in a German one."""
    session = parts.session
    italian = session.library.documents.resolve("002")
    german = session.library.documents.resolve("000")
    text_it = session.library.documents.get(italian).text
    text_de = session.library.documents.get(german).text
    start = text_it.index("un milione di unità")
    session.create(italian, start, start + 19, label="Claim", note="the figure")
    start = text_de.index("Google")
    session.create(german, start, start + 6, label="Evidence", tags=["company"])
    return {"it": italian, "de": german}


def test_formats_render_in_the_preview_and_save(
    qtbot: QtBot, window_parts: Parts, saved_exports: list[Path],
    wait_for_preview: WaitForPreview,
) -> None:
    docs = annotate(window_parts)
    window = window_parts.window
    window.open_document(docs["it"])
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert dialog is not None and dialog.isVisible()
    wait_for_preview(dialog)
    assert dialog.scope_current.isChecked()
    dialog.set_format("md")
    wait_for_preview(dialog)
    assert "un milione di unità" in dialog.preview.toPlainText()
    assert dialog.preview.toPlainText().count("### Highlight") == 1  # only this document's
    assert "Anthropic investiert" not in dialog.preview.toPlainText()
    dialog.scope_all.setChecked(True)
    dialog.set_format("csv")
    wait_for_preview(dialog)
    rows = list(csv.DictReader(io.StringIO(dialog.text)))
    assert len(rows) == 2
    dialog.set_format("jsonld")
    wait_for_preview(dialog)
    parsed = json.loads(dialog.text)
    assert "un milione di unità" in json.dumps(parsed, ensure_ascii=False)
    dialog.set_format("html")
    wait_for_preview(dialog)
    assert dialog.text.lstrip().lower().startswith("<!doctype html")
    path = dialog.save()
    assert path is not None and path.suffix == ".html"
    assert path.read_text(encoding="utf-8") == dialog.text
    assert "Saved to" in dialog.status.text()


def test_filters_by_label_tag_and_language(qtbot: QtBot, window_parts: Parts,
                                           wait_for_preview: WaitForPreview) -> None:
    annotate(window_parts)
    dialog = window_parts.window.open_export()
    dialog.scope_all.setChecked(True)
    dialog.set_format("csv")
    wait_for_preview(dialog)
    assert len(list(csv.DictReader(io.StringIO(dialog.text)))) == 2
    dialog.label_combo.setCurrentIndex(dialog.label_combo.findData("Claim"))
    dialog.refresh()
    wait_for_preview(dialog)
    [row] = list(csv.DictReader(io.StringIO(dialog.text)))
    assert "un milione" in json.dumps(row, ensure_ascii=False)
    dialog.label_combo.setCurrentIndex(0)
    dialog.tag_field.setText("company")
    dialog.refresh()
    wait_for_preview(dialog)
    [row] = list(csv.DictReader(io.StringIO(dialog.text)))
    assert (row["quote"], row["label"], row["tags"]) == ("Google", "Evidence", "company")
    dialog.tag_field.clear()
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("it"))
    dialog.refresh()
    wait_for_preview(dialog)
    [row] = list(csv.DictReader(io.StringIO(dialog.text)))
    assert "un milione" in json.dumps(row, ensure_ascii=False)


def test_selected_documents_are_exported_together(qtbot: QtBot, window_parts: Parts,
                                                  wait_for_preview: WaitForPreview) -> None:
    docs = annotate(window_parts)
    window = window_parts.window
    panel = window.library_panel
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
    wait_for_preview(dialog)
    text = json.dumps(json.loads(dialog.text), ensure_ascii=False)
    assert "un milione di unità" in text and "Google" in text
    dialog.set_format("md")
    wait_for_preview(dialog)
    assert dialog.text.count("### Highlight") == 2


def test_the_preview_follows_changes_after_a_short_pause(
        qtbot: QtBot, window_parts: Parts, wait_for_preview: WaitForPreview) -> None:
    annotate(window_parts)
    dialog = window_parts.window.open_export()
    dialog.scope_all.setChecked(True)
    dialog.refresh()
    wait_for_preview(dialog)
    before = dialog.text
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    qtbot.waitUntil(lambda: dialog.text != before, timeout=5_000)
    assert dialog.text.splitlines()[0].count(",") > 3


def test_a_query_filters_the_export_and_the_preview_follows_it(
        qtbot: QtBot, window_parts: Parts, saved_exports: list[Path],
        wait_for_preview: WaitForPreview) -> None:
    annotate(window_parts)
    dialog = window_parts.window.open_export()
    assert dialog.query_field.accessibleName() and dialog.query_field.placeholderText()
    dialog.scope_all.setChecked(True)
    dialog.set_format("csv")
    wait_for_preview(dialog)
    assert len(list(csv.DictReader(io.StringIO(dialog.text)))) == 2
    # Typing a query renders the preview again on the worker, after a short pause.
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        qtbot.keyClicks(dialog.query_field, "note:figure")
    [row] = list(csv.DictReader(io.StringIO(dialog.text)))
    assert "un milione" in json.dumps(row, ensure_ascii=False)
    assert "un milione" in dialog.preview.toPlainText()
    assert len(dialog.preview.toPlainText().splitlines()) == 2  # header and one row
    assert dialog.save_button.isEnabled() and not dialog.query_error.isVisible()
    # It combines with the other filters.
    dialog.query_field.setText("tag:company OR note:figure")
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        dialog.refresh()
    assert len(list(csv.DictReader(io.StringIO(dialog.text)))) == 2
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("de"))
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        dialog.refresh()
    wait_for_preview(dialog)
    [row] = list(csv.DictReader(io.StringIO(dialog.text)))
    assert (row["quote"], row["language"]) == ("Google", "de")
    path = dialog.save()
    assert path is not None and path.read_bytes().decode("utf-8") == dialog.text


def test_a_malformed_query_says_why_under_the_field_and_disables_save(
        qtbot: QtBot, window_parts: Parts, wait_for_preview: WaitForPreview) -> None:
    annotate(window_parts)
    dialog = window_parts.window.open_export()
    dialog.query_field.setText('note:"the figure')
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        dialog.refresh()
        assert not dialog.save_button.isEnabled()  # waiting for the worker
    with pytest.raises(QueryError) as expected:
        window_parts.session.library.exports.render("md", query='note:"the figure')
    assert dialog.query_error.isVisible()
    assert dialog.query_error.text() == str(expected.value)
    assert "\n" not in dialog.query_error.text()
    assert not dialog.save_button.isEnabled() and dialog.save() is None
    assert dialog.preview.toPlainText() == ""
    # Closing the quote brings the preview and Save back.
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        qtbot.keyClick(dialog.query_field, Qt.Key.Key_QuoteDbl)
    assert not dialog.query_error.isVisible()
    assert "un milione di unità" in dialog.preview.toPlainText()
    assert dialog.save_button.isEnabled()
    # Clearing the query brings the unfiltered preview and Save back.
    dialog.query_field.clear()
    dialog.refresh()
    wait_for_preview(dialog)
    assert not dialog.pending and dialog.save_button.isEnabled()
    assert dialog.preview.toPlainText().count("### Highlight") == 2


def many_highlights(parts: Parts, doc: str, count: int) -> None:
    """``count`` highlights with notes in the first 4,000 characters of ``doc``, written
    through the core."""
    for i in range(count):
        start = (i * 7) % 4_000
        parts.session.library.annotations.create(doc, start, start + 12, note=f"note {i}")


def test_a_slow_preview_leaves_the_dialog_responsive(
        qtbot: QtBot, window_parts: Parts, seed: SeedId, wait_for_preview: WaitForPreview,
        monkeypatch: pytest.MonkeyPatch) -> None:
    many_highlights(window_parts, seed("002"), 10_000)  # the Italian seed: 4,326 characters
    session = window_parts.session
    render = session.export_output
    rendering = threading.Event()  # the worker is in a render
    release = threading.Event()  # the test has used the dialog meanwhile
    threads: list[threading.Thread] = []

    def held_render(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        rendering.set()
        output = render(*args, **kwargs)  # 10,000 highlights
        release.wait(timeout=20)  # hand it back only once the dialog was used meanwhile
        return output

    monkeypatch.setattr(session, "export_output", held_render)
    dialog = window_parts.window.open_export()
    qtbot.waitUntil(rendering.is_set, timeout=10_000)
    assert threads[0] is not threading.main_thread()  # rendered on the worker
    # The event loop runs while the worker renders: the dialog says what it is doing...
    assert dialog.pending and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.status.text() == "Rendering the preview…", timeout=10_000)
    assert dialog.preview.placeholderText() == "Rendering the preview…"
    assert not dialog.preview.isEnabled()  # greyed out until the render arrives
    assert not dialog.grab().isNull()
    # ...and takes a change of format: the render in flight is dropped for the new one.
    dialog.format_combo.setFocus()
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)  # Markdown → HTML
    qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)  # → CSV
    qtbot.waitUntil(lambda: len(threads) == 1 and not dialog._timer.isActive()
                    and dialog.pending, timeout=10_000)
    assert dialog.fmt == "csv" and dialog.text == ""  # nothing shown yet
    release.set()
    wait_for_preview(dialog)
    assert len(threads) == 2 and all(t is not threading.main_thread() for t in threads)
    rows = list(csv.DictReader(io.StringIO(dialog.text)))
    assert len(rows) == 10_000 and dialog.count == 10_000
    assert {row["note"] for row in rows} == {f"note {i}" for i in range(10_000)}
    assert dialog.status.text().startswith("10,000 highlights")
    assert dialog.save_button.isEnabled() and dialog.scope_all.isChecked()
    assert dialog.preview.isEnabled() and not dialog.preview.placeholderText()


def test_save_pressed_while_the_preview_renders_saves_that_render(
        qtbot: QtBot, window_parts: Parts, saved_exports: list[Path],
        wait_for_preview: WaitForPreview) -> None:
    annotate(window_parts)
    dialog = wait_for_preview(window_parts.window.open_export())
    dialog.scope_all.setChecked(True)
    wait_for_preview(dialog)
    markdown = dialog.text
    assert markdown.count("### Highlight") == 2 and dialog.save_button.isEnabled()
    # A new format is chosen and Save clicked before the preview caught up.
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("csv"))
    assert dialog.save_button.isEnabled()  # the preview is due, not yet rendering
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.pending and not dialog.save_button.isEnabled()
        assert dialog.status.text() == "Saving as soon as the preview is ready…"
        assert saved_exports == []  # nothing written from the stale preview
    path = Path(saved.args[0])
    assert path == saved_exports[-1] and path.suffix == ".csv"
    assert path.read_bytes().decode("utf-8") == dialog.text != markdown
    assert len(list(csv.DictReader(io.StringIO(dialog.text)))) == 2
    assert dialog.status.text().startswith("Saved to")
    # Save pressed for a render that finds nothing writes nothing.
    dialog.tag_field.setText("no-such-tag")
    assert dialog.save() is None
    wait_for_preview(dialog)
    assert dialog.status.text().startswith("Nothing to export") and len(saved_exports) == 1


def test_choosing_a_format_keeps_the_dialog_size(qtbot: QtBot, window_parts: Parts,
                                                 wait_for_preview: WaitForPreview) -> None:
    dialog = wait_for_preview(window_parts.window.open_export())
    dialog.resize(820, 640)
    for fmt in ("csv", "md", "qdpx", "html", "csv"):
        dialog.set_format(fmt)
        wait_for_preview(dialog)
        assert dialog.width() == 820, fmt  # the options row never pushes it wider
