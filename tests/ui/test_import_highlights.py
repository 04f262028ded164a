"""File → Import highlights…: a JSON-LD export read back on the worker, with its report."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.export.jsonld import DOCUMENT_IRI_PREFIX
from reader.ui.app import Parts
from reader.ui.highlights_import import ImportHighlightsDialog
from tests.ui.conftest import WindowFactory, create, landed, wait_writes


def annotate(qtbot: QtBot, parts: Parts) -> dict[str, str]:
    """A Claim in the Italian seed and a "Method" highlight in a German one; their ids."""
    session = parts.session
    documents = session.library.documents
    italian, german = documents.resolve("002"), documents.resolve("000")
    text_it, text_de = documents.get(italian).text, documents.get(german).text
    start = text_it.index("un milione di unità")
    claim = create(qtbot, session, italian, start, start + 19, label="Claim",
                   note="the figure")
    assert landed(qtbot, lambda then: session.add_label("Method", "#336699", then))
    start = text_de.index("Google")
    method = create(qtbot, session, german, start, start + 6, label="Method",
                    tags=["company"])
    assert claim and method
    return {"it": italian, "de": german, "claim": claim, "method": method}


def import_file(qtbot: QtBot, factory: WindowFactory, parts: Parts, path: Path
                ) -> ImportHighlightsDialog:
    """File → Import highlights… on ``path``; the report dialog it shows at the end."""
    window = parts.window
    factory.highlights_choice = str(path)
    [action] = [a for a in window.menuBar().actions()[0].menu().actions()
                if a.objectName() == "import_highlights"]
    with qtbot.waitSignal(window.highlights_importer.sig_finished, timeout=20_000):
        action.trigger()
        assert window.task_progress.isVisible()  # on the worker, with the progress shown
    dialog = window.highlights_importer.report_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_an_export_comes_back_and_twice_changes_nothing(
        qtbot: QtBot, open_window: WindowFactory, tmp_path: Path) -> None:
    parts = open_window()
    window, session = parts.window, parts.session
    ids = annotate(qtbot, parts)
    path = tmp_path / "highlights.jsonld"
    path.write_text(session.library.exports.render("jsonld").text, encoding="utf-8")
    for key in ("claim", "method"):
        assert session.delete(ids[key])
    assert session.delete_label("Method")
    wait_writes(qtbot, session)
    window.open_document(ids["it"])
    assert window.highlights_panel.annotations == []

    dialog = import_file(qtbot, open_window, parts, path)
    text = dialog.summary.text()
    assert "2 highlights added" in text
    assert "0 highlights already in the library, unchanged" in text
    assert "New labels: Method" in text
    assert not dialog.missing.isVisible() and dialog.heading.text() == "From highlights.jsonld:"
    # The views follow: the open article's highlight, the label keys and filter.
    [back] = window.highlights_panel.annotations
    assert (back.id, back.note) == (ids["claim"], "the figure")
    assert "Highlight as Method" in [a.text() for a in window.label_actions]
    assert window.library_panel.label_filter.findData("Method") > 0
    assert "added" in window.statusBar().currentMessage()
    assert window.act_undo.text() == "Undo import highlights"

    again = import_file(qtbot, open_window, parts, path)
    assert "0 highlights added" in again.summary.text()
    assert "2 highlights already in the library, unchanged" in again.summary.text()
    assert window.highlights_importer.report_dialog is again and not dialog.isVisible()
    # Undo takes the first import back.
    again.close()
    with qtbot.waitSignal(session.sig_changed):
        window.act_undo.trigger()
    assert window.highlights_panel.annotations == []


def test_highlights_on_documents_not_in_the_library_are_listed(
        qtbot: QtBot, open_window: WindowFactory, tmp_path: Path) -> None:
    parts = open_window()
    session = parts.session
    ids = annotate(qtbot, parts)
    exported = session.library.exports.render("jsonld").text
    for key in ("claim", "method"):
        assert session.delete(ids[key])
    wait_writes(qtbot, session)
    stranger = "f" * 32
    title = "Ein Artikel, den niemand hier hat"
    # A document no library here has: another id, no digest or address, a title of its
    # own, and a language none of the documents is in (so its quote is not looked for).
    data = json.loads(exported)
    for item in data["first"]["items"]:
        if item["id"] == f"urn:uuid:{ids['method']}":
            item["target"]["source"] = {"id": DOCUMENT_IRI_PREFIX + stranger, "type": "Text",
                                        "label": title, "language": "fi"}
    path = tmp_path / "other-library.jsonld"
    path.write_text(json.dumps(data), encoding="utf-8")

    dialog = import_file(qtbot, open_window, parts, path)
    assert "1 highlight added" in dialog.summary.text()
    assert dialog.missing_label.isVisible()
    assert dialog.missing_label.text().startswith("1 highlight was not imported")
    assert dialog.missing.count() == 1
    item = dialog.missing.item(0)
    assert item.text() == f"“Google” in {title}"
    assert ids["method"] in item.toolTip() and stranger in item.toolTip()
    assert "1 waiting for its document" in parts.window.statusBar().currentMessage()
    assert session.annotation(ids["method"]) is None
    assert dialog.missing.accessibleName() and dialog.summary.accessibleName()


def test_a_file_that_is_not_an_export_changes_nothing(
        qtbot: QtBot, open_window: WindowFactory, tmp_path: Path) -> None:
    parts = open_window()
    window = parts.window
    path = tmp_path / "notes.json"
    path.write_text('{"hello": "world"}', encoding="utf-8")
    open_window.highlights_choice = str(path)
    with qtbot.waitSignal(window.highlights_importer.sig_failed, timeout=20_000) as failed:
        window.act_import_highlights.trigger()
    assert "nothing was imported" in failed.args[0]
    assert window.statusBar().currentMessage() == failed.args[0]
    assert window.highlights_importer.report_dialog is None
    open_window.highlights_choice = None  # Cancel in the file chooser: nothing starts
    window.act_import_highlights.trigger()
    assert not window.highlights_importer.running
