"""Render the main screens offscreen to PNG under docs/screenshots/ (``make screenshots``).

Uses a throwaway library of the bundled articles and throwaway settings, so the pictures
are the same on every machine and nothing of the user's is read or written:

- ``library.png``: search results for "TPU", the Italian article open at its first hit
- ``article.png``: an article with highlights, one selected with its note
- ``export.png``: File → Export… with the Markdown preview
- ``dark.png``: the same article in the dark theme
- ``german.png``: the library screen searched for "TPU", the interface in German
- ``compare.png``: the German original and its Italian translation side by side, the
  sentence at the cursor and its translation tinted, with the passages the other sources
  state the same claim in
- ``claims.png``: the claims view: which source states each claim, in what words and figures
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from reader.core.library import Library  # noqa: E402
from reader.ui.app import Parts, make_window  # noqa: E402
from reader.ui.qt import QApplication, QSettings, QWidget, guard_none_refcount  # noqa: E402

OUT = REPO / "docs" / "screenshots"
SIZE = (1440, 880)
HIGHLIGHTS = (
    ("un milione di unità", "Claim",
     "Same figure as the German original (\"bis zu eine Million TPUs\")."),
    ("oltre un gigawatt", "Claim", "Capacity claim: check against the Portuguese source."),
    ("decine di miliardi di dollari", "Evidence", ""),
    ("Ironwood", "Question", "Which generation is this in the other sources?"),
)


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop until ``done()`` (a script may poll; tests wait on signals)."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()


def save(widget: QWidget, name: str) -> Path:
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path.relative_to(REPO))
    return path


def search(app: QApplication, parts: Parts, query: str) -> None:
    panel = parts.window.search
    panel.set_query(query)
    wait_until(app, lambda: panel.last_results is not None
               and panel.last_results.query == query)


# Claims linked across the sources for claims.png: (source prefix, quote) per statement.
CLAIMS = (
    (("000", "bis zu eine Million"),  # highlighted and linked to the Italian one above
     ("001", "bis zu eine Million TPUs"), ("004", "até um milhão de chips de TPU")),
    (("000", "über einem Gigawatt"), ("002", "oltre un gigawatt"),
     ("001", "über ein Gigawatt zusätzlicher Rechenkapazität"),
     ("004", "mais de um gigawatt de capacidade")),
    (("000", "mehrere zehn Milliarden Dollar"), ("002", "decine di miliardi di dollari"),
     ("003", "im Wert von mehreren zehn Milliarden")),
)


def compare_screens(app: QApplication, parts: Parts, library: Library) -> None:
    """compare.png and claims.png: 000 and 002 side by side, then the claims view."""
    window = parts.window
    german, italian = library.documents.resolve("000"), library.documents.resolve("002")
    # Opening the comparison gives the panes the width (the library dock hides).
    window.comparing.open_compare([german, italian])
    wait_until(app, lambda: window.compare.alignments is not None)
    pane = window.compare.panes[0]
    quote = "bis zu eine Million Tensor Processing Units (TPUs)"
    start, end = library.annotations.locate(german, quote)
    pane.reading.select_span(start, end)
    pane.scroll_to_paragraph_of(start)
    window.comparing.find_related()
    wait_until(app, lambda: window.related.cards and not window.related.busy.isVisible())
    settle(app)
    save(window, "compare.png")

    session = parts.session
    for statements in CLAIMS:
        first_doc = library.documents.resolve(statements[0][0])
        first = (first_doc, *library.annotations.locate(first_doc, statements[0][1]))
        for prefix, text in statements[1:]:
            doc_id = library.documents.resolve(prefix)
            session.link_same_claim(first, (doc_id, *library.annotations.locate(doc_id, text)))
    wait_until(app, lambda: not session.writing)
    window.comparing.close_compare()
    window.related_dock.hide()
    window.comparing.show_claims()
    wait_until(app, lambda: not window.claims.dirty and not window.claims.busy.isVisible())
    claims = window.claims
    claims.setParent(None)  # grab it alone, at a size where each quote reads in full
    claims.resize(1360, 560)
    claims.show()
    wait_until(app, lambda: not claims.dirty and not claims.busy.isVisible())
    claims.splitter.setSizes([380, 150])
    settle(app)
    claims.model.layoutChanged.emit()
    claims.table.resizeRowsToContents()
    settle(app)
    save(claims, "claims.png")
    claims.close()
    window.tabs.addTab(claims, "Claims")


def main() -> int:
    guard_none_refcount()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Parallax")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="parallax-screens-") as scratch:
        folder = Path(scratch)
        library = Library(folder / "library")
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("appearance/theme", "light")
        parts = make_window(library, settings, app=app)
        window = parts.window
        window.resize(*SIZE)
        window.show()
        wait_until(app, lambda: window.library_loaded and not parts.executor.busy)

        # 1. Search results for "TPU", the Italian article open at its first hit.
        search(app, parts, "TPU")
        italian = library.documents.resolve("002")
        entry = next(e for e in window.search.model.entries if e.doc_id == italian)
        window.open_result(entry)
        settle(app)
        save(window, "library.png")

        # 2. The article with highlights; one selected in the panel with its note.
        doc = library.documents.get(italian)
        ids: list[str] = []
        for quote, label, note in HIGHLIGHTS:
            start = doc.text.index(quote)
            expected = len(ids) + 1
            parts.session.create(italian, start, start + len(quote), label=label, note=note,
                                 then=ids.append)  # the session writes on its write lane
            wait_until(app, lambda n=expected: len(ids) >= n)
        parts.session.update(ids[0], tags=["figures", "tpu"])
        german = library.documents.resolve("000")
        german_text = library.documents.get(german).text
        quote = "bis zu eine Million"
        if quote in german_text:
            start = german_text.index(quote)
            other: list[str] = []
            parts.session.create(german, start, start + len(quote), label="Claim",
                                 then=other.append)
            wait_until(app, lambda: bool(other))
            parts.session.link(ids[0], other[0], "same-claim")
        wait_until(app, lambda: not parts.session.writing)
        window.search.field.clear()
        window.search.search_now()
        window.reading.set_hits([])
        window.highlights_panel.select(ids[0])
        window.reading.view.verticalScrollBar().setValue(0)
        settle(app)
        save(window, "article.png")

        # 3. File → Export… with the Markdown preview.
        dialog = window.open_export()
        dialog.set_format("md")
        dialog.resize(820, 640)
        wait_until(app, lambda: dialog.ready)  # the preview renders on the worker
        settle(app)
        save(dialog, "export.png")
        dialog.close()

        # 4. The dark theme.
        window.set_theme("dark")
        settle(app)
        window.highlights_panel.select(ids[3])
        settle(app)
        save(window, "dark.png")
        window.set_theme("light")

        # 5. Sources side by side, and the claims view.
        compare_screens(app, parts, library)

        window.close()
        german_screen(app, library, folder, ids[0])
        library.close()
    return 0


def german_screen(app: QApplication, library: Library, folder: Path, highlight: str) -> None:
    """``german.png``: the library screen, searched, with the interface in German."""
    settings = QSettings(str(folder / "settings-de.ini"), QSettings.Format.IniFormat)
    settings.setValue("appearance/theme", "light")
    settings.setValue("interface/language", "de")
    parts = make_window(library, settings, app=app)
    window = parts.window
    window.resize(*SIZE)
    window.show()
    wait_until(app, lambda: window.library_loaded and not parts.executor.busy)
    search(app, parts, "TPU")
    italian = library.documents.resolve("002")
    entry = next(e for e in window.search.model.entries if e.doc_id == italian)
    window.open_result(entry)
    window.highlights_panel.select(highlight)
    settle(app)
    save(window, "german.png")
    window.close()


if __name__ == "__main__":
    sys.exit(main())
