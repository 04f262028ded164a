"""Search in the window: debounce, malformed queries, stale results, hits, notes and tags."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.core.errors import QueryError
from reader.ui.app import Parts
from reader.ui.qt import QApplication, Qt
from reader.ui.search_panel import ENTRY_ROLE, HTML_ROLE
from tests.ui.conftest import create


def search(qtbot: QtBot, parts: Parts, text: str) -> object:
    with qtbot.waitSignal(parts.window.search.sig_results, timeout=10_000) as searched:
        parts.window.search.set_query(text)
    return searched.args[0]


def test_a_malformed_query_shows_its_sentence_under_the_field(
    qtbot: QtBot, window_parts: Parts
) -> None:
    panel = window_parts.window.search
    search(qtbot, window_parts, "TPU")
    with qtbot.waitSignal(panel.sig_query_error, timeout=10_000) as failed:
        qtbot.keyClicks(panel.field, ' "eine Million')
    message = failed.args[0]
    with pytest.raises(QueryError) as expected:
        window_parts.session.library.search.query('TPU "eine Million')
    assert message == str(expected.value)
    assert panel.error_label.isVisible() and panel.error_label.text() == message
    assert panel.model.rowCount() == 0
    assert "Traceback" not in message and message.endswith(".")

    # Fixing the query clears the message.
    with qtbot.waitSignal(panel.sig_results, timeout=10_000):
        qtbot.keyClick(panel.field, Qt.Key.Key_QuoteDbl)
    assert not panel.error_label.isVisible()
    assert panel.model.rowCount() >= 1


def test_typing_is_debounced_into_one_search(qtbot: QtBot, window_parts: Parts) -> None:
    panel = window_parts.window.search
    seen: list[str] = []
    panel.sig_results.connect(lambda results: seen.append(results.query))
    with qtbot.waitSignal(panel.sig_results, timeout=10_000):
        qtbot.keyClicks(panel.field, "Milliarden")
    assert seen == ["Milliarden"]


def test_only_the_newest_query_is_shown(qtbot: QtBot, window_parts: Parts) -> None:
    panel = window_parts.window.search
    seen: list[str] = []
    panel.sig_results.connect(lambda results: seen.append(results.query))
    panel.set_query("Milliarden")
    panel.set_query("gigawatt")
    with qtbot.waitSignal(panel.sig_results, timeout=10_000):
        panel.set_query("Ironwood")
    qtbot.waitUntil(lambda: not window_parts.executor.busy, timeout=10_000)
    assert seen == ["Ironwood"]
    assert panel.last_results is not None and panel.last_results.query == "Ironwood"


def test_results_show_title_language_and_marked_snippet(qtbot: QtBot, window_parts: Parts
                                                        ) -> None:
    search(qtbot, window_parts, "lang:it gigawatt")
    model = window_parts.window.search.model
    assert model.rowCount() == 1
    html = model.index(0, 0).data(HTML_ROLE)
    assert "IT Italian" in html and '<span class="hit">' in html
    assert "gigawatt" in model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole).lower()


def test_f3_and_shift_f3_walk_the_hits(qtbot: QtBot, window_parts: Parts) -> None:
    window = window_parts.window
    results = search(qtbot, window_parts, "TPU")
    german = next(h for h in results.hits if h.source.endswith("000_9cdf093ffe599bbc.txt"))
    entry = next(e for e in window.search.model.entries if e.doc_id == german.doc_id)
    window.open_result(entry)
    total = len(german.matches)
    assert total > 2 and window.reading.hit_status() == f"hit 1 of {total}"
    window.activateWindow()
    window.reading.view.setFocus()
    qtbot.keyClick(window.reading.view, Qt.Key.Key_F3)
    assert window.reading.hit_status() == f"hit 2 of {total}"
    assert window.hit_status.text() == f"hit 2 of {total}"
    qtbot.keyClick(window.reading.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.reading.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.reading.hit_status() == f"hit {total} of {total}"  # wraps around
    start, _end = window.reading.hits[-1]
    # The hit is marked with the cursor at its start, not selected (nothing to highlight).
    assert window.reading.selected_span() is None
    laid_out = window.reading.laid_out
    assert laid_out is not None
    assert laid_out.offsets.offset(window.reading.view.textCursor().position()) == start


def test_ctrl_k_focuses_search_and_down_enters_the_results(qtbot: QtBot, window_parts: Parts
                                                           ) -> None:
    window = window_parts.window
    search(qtbot, window_parts, "Anthropic")
    window.activateWindow()
    window.reading.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search.field
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.search.results
    with qtbot.waitSignal(window.sig_document_opened):
        qtbot.keyClick(window.search.results, Qt.Key.Key_Return)


def test_matches_in_notes_and_tags_are_listed_too(qtbot: QtBot, window_parts: Parts) -> None:
    session = window_parts.session
    italian = session.library.documents.resolve("002")
    doc = session.library.documents.get(italian)
    start = doc.text.index("Ironwood")
    ann_id = create(qtbot, session, italian, start, start + len("Ironwood"),
                    label="Question", note="Check the zeppelin figure", tags=["hardware"])
    assert ann_id is not None
    results = search(qtbot, window_parts, "zeppelin")
    assert results.total == 0
    entries = window_parts.window.search.model.entries
    assert [e.kind for e in entries] == ["annotation"]
    assert "zeppelin" in entries[0].plain
    assert "1 highlight by note or tag" in window_parts.window.search.status_label.text()
    index = window_parts.window.search.model.index(0, 0)
    with qtbot.waitSignal(window_parts.window.sig_document_opened):
        window_parts.window.search.results.activated.emit(index)
    assert index.data(ENTRY_ROLE).doc_id == italian
    assert window_parts.window.highlights_panel.current is not None
    assert window_parts.window.highlights_panel.current.id == ann_id


def test_clearing_the_field_clears_the_results(qtbot: QtBot, window_parts: Parts) -> None:
    panel = window_parts.window.search
    search(qtbot, window_parts, "TPU")
    panel.field.clear()
    panel.search_now()
    assert panel.model.rowCount() == 0
    assert panel.status_label.text().startswith("Type to search")


def test_an_estimated_total_says_about(
    qtbot: QtBot, window_parts: Parts, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.search import index

    monkeypatch.setattr(index, "APPROXIMATE_TOTAL_ABOVE", 2)
    results = search(qtbot, window_parts, "gigawatt")
    assert not results.total_exact  # type: ignore[attr-defined]
    assert window_parts.window.search.status_label.text() == "about 5 documents match."
