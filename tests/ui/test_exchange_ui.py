"""The window offers the exchange formats: qdpx, Markdown notes and semicolon CSV in the
export dialog, and .qdpx projects in File → Import."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.export import ExportOptions
from reader.core.library import Library
from reader.ui.app import Parts
from tests.ui.conftest import WaitForPreview, WindowFactory
from tests.ui.test_export_dialog import annotate


def test_export_dialog_offers_qdpx_notes_and_semicolons(
    qtbot: QtBot, window_parts: Parts, saved_exports: list[Path], tmp_path: Path,
    wait_for_preview: WaitForPreview,
) -> None:
    annotate(window_parts)
    dialog = window_parts.window.open_export()
    dialog.scope_all.setChecked(True)
    keys = [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())]
    assert keys == ["md", "html", "csv", "jsonld", "qdpx"]
    # Options follow the format.
    dialog.set_format("html")
    wait_for_preview(dialog)
    assert not dialog.options_row.isVisible() or not dialog.isVisible()
    assert dialog.options_row.isHidden()
    dialog.set_format("csv")
    wait_for_preview(dialog)
    assert not dialog.csv_separator.isHidden() and dialog.qdpx_crlf.isHidden()
    dialog.csv_separator.setCurrentIndex(dialog.csv_separator.findData(";"))
    dialog.refresh()
    wait_for_preview(dialog)
    rows = list(csv.reader(io.StringIO(dialog.text.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:4] == ["document_title", "outlet", "date", "label"] and len(rows) == 3
    # REFI-QDA: the preview shows the project file, Save writes the zip.
    dialog.set_format("qdpx")
    wait_for_preview(dialog)
    assert not dialog.qdpx_crlf.isHidden() and dialog.csv_separator.isHidden()
    dialog.qdpx_crlf.setChecked(True)
    dialog.refresh()
    wait_for_preview(dialog)
    assert "<Project" in dialog.preview.toPlainText() and "REFI-QDA" in dialog.status.text()
    path = dialog.save()
    assert path is not None and path.suffix == ".qdpx"
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        texts = [archive.read(n) for n in names if n.startswith("sources/")]
    assert "project.qde" in names and len(texts) == 2 and all(b"\r\n" in t for t in texts)
    # Markdown notes: one file per document in a new folder.
    dialog.set_format("md")
    dialog.md_split.setChecked(True)
    dialog.refresh()
    wait_for_preview(dialog)
    assert dialog.suggested_name() == "parallax-notes"
    assert "2 notes" in dialog.status.text()
    folder = dialog.save()
    assert folder is not None and folder.is_dir()
    notes = sorted(folder.iterdir())
    assert len(notes) == 2 and all(n.read_text(encoding="utf-8").startswith("---\n")
                                   for n in notes)


def test_file_import_reads_a_qdpx_project(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path,
) -> None:
    # A colleague's project: exported from their library.
    source = tmp_path / "colleague"
    with Library(source) as theirs:
        doc = theirs.documents.resolve("002")
        text = theirs.documents.get(doc).text
        start = text.index("oltre un gigawatt")
        theirs.annotations.add_label("Team code", "#336699")
        theirs.annotations.create(doc, start, start + 17, label="Team code", note="ours")
        project = tmp_path / "team.qdpx"
        theirs.exports.render("qdpx", ExportOptions()).write(project)
    parts = open_window()
    window = parts.window
    open_window.import_choice = [str(project)]
    with qtbot.waitSignal(window.importer.sig_finished, timeout=30_000) as finished:
        window.act_import.trigger()
    report = finished.args[0]
    assert not report.failed, [o.message for o in report.failed]
    (outcome,) = report.outcomes
    assert outcome.status == "updated" and "1 added" in outcome.message  # seeds hold its text
    found = [a for a in parts.session.library.annotations.query() if a.label == "Team code"]
    assert len(found) == 1 and found[0].note == "ours"
    qtbot.waitUntil(lambda: "Team code" in [lab.name for lab in parts.session.labels()],
                    timeout=5_000)


def test_import_highlights_says_how_documents_were_found(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path,
) -> None:
    import json

    from tests.ui.test_import_highlights import annotate as annotate_two
    from tests.ui.test_import_highlights import import_file

    parts = open_window()
    ids = annotate_two(qtbot, parts)
    data = json.loads(parts.session.library.exports.render("jsonld").text)
    for item in data["first"]["items"]:
        if item["id"] == f"urn:uuid:{ids['claim']}":  # a copy whose text changed since
            item["target"]["source"]["schema:sha256"] = "0" * 64
        if item["id"] == f"urn:uuid:{ids['method']}":  # known only by its quote
            item["target"]["source"] = {"id": "https://elsewhere.example/a", "type": "Text",
                                        "language": "de"}
    path = tmp_path / "colleague.jsonld"
    path.write_text(json.dumps(data), encoding="utf-8")
    other = tmp_path / "other-library"
    with Library(other) as fresh:
        assert fresh.annotations.query() == []
    second = open_window(library_dir=other)
    dialog = import_file(qtbot, open_window, second, path)
    text = dialog.summary.text()
    assert "2 highlights added" in text
    assert "1 highlight placed on a document whose text changed since" in text
    assert "1 highlight whose document was found by its quote" in text
