"""The whoosh in use is the maintained fork, and the top-10 search hang of 2.7.4 stays gone.

whoosh 2.7.4 can loop forever in ``skip_to_quality`` of ``UnionMatcher`` (and of
``AndMaybeMatcher``, which a union becomes once one side alone cannot reach the top 10).
It keeps skipping while ``aq + bq <= minquality``: the block qualities of the two sides
added, against the lowest score in the top 10. It asks the weaker side to skip to a block
better than ``minquality - other``; a term's postings skip only while their block quality
is ``<=`` that. With near-duplicate articles the top 10 are ties, and in a block holding
only such articles the two block qualities are exactly the two halves ``a`` and ``b`` of
the tied score ``S = a + b``. The floats may round so that ``S - b < a``: then the sum
passes the ``<=`` test, the postings refuse to move, nothing changes and the loop spins.
whoosh-reloaded compares with ``<``, so a tie ends the loop.

What the corpus below is built for, in the index of a library:

* three articles in four hold "Solarpark" once, in equally long text: the German body
  (stemmed) and the neutral body score it ``a`` and ``b``, the tie ``S = a + b``;
* the fourth says "Solarparks" instead, which only the stemmed body matches: a score
  below ``S``, so the top 10 fill up with ties while the collector raises its minimum;
* one long article repeats the word: the top hit, and a maximum quality above ``S`` that
  keeps the union a union (or an and-maybe) when the collector simplifies the matcher;
* 600 articles: postings in several blocks, most of them holding only tied articles.

Whether the tied score rounds the wrong way depends on the text lengths, so the test
tries filler lengths until the library holds such a tie (about one in three does), checks it
with whoosh's own scores, and only then searches.
"""

from __future__ import annotations

import ctypes
import importlib.metadata
import re
import threading
from pathlib import Path
from typing import Any

import whoosh
from whoosh import query

from reader.core.library import Library
from reader.core.models import SearchResults

WORD = "Solarpark"
ARTICLES = 600
REPEATS = 40
FILLER = (
    "Die Regierung hat heute in der Hauptstadt einen neuen Bericht über die Lage "
    "vorgestellt und ausführlich mit Fachleuten aus allen Ländern diskutiert"
).split()
# whoosh 2.7.4 spins for good: a search that needs longer than this has hung.
SEARCH_TIMEOUT_S = 20.0


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def test_whoosh_is_the_maintained_fork() -> None:
    dist = importlib.metadata.distribution("whoosh-reloaded")
    assert _version(dist.version) >= (2, 7, 5)
    # The module imported is that distribution's, not an old whoosh earlier on the path.
    assert Path(whoosh.__file__).resolve() == Path(
        str(dist.locate_file("whoosh/__init__.py"))
    ).resolve()
    assert tuple(whoosh.__version__[:3]) >= (2, 7, 5)


def _stop(thread: threading.Thread) -> None:
    """End a thread stuck in a Python loop (CPython): raise SystemExit in it, so that a hung
    search does not keep taking the interpreter lock from the rest of the test run."""
    assert thread.ident is not None
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread.ident), ctypes.py_object(SystemExit)
    )
    thread.join(timeout=5)


def _write_corpus(folder: Path, filler_words: int) -> None:
    folder.mkdir()
    filler = " ".join(FILLER[i % len(FILLER)] for i in range(filler_words))
    for i in range(ARTICLES):
        word = f"{WORD}s" if i % 4 == 0 else WORD
        (folder / f"m{i:04d}.txt").write_text(
            f"Meldung\n\n{filler} Kennung{i} {word}.", encoding="utf-8"
        )
    (folder / "top.txt").write_text(
        f"Meldung\n\n{filler} Kennung{ARTICLES} " + f"Der neue {WORD} wächst. " * REPEATS,
        encoding="utf-8",
    )


def _scores(searcher: Any, q: query.Query) -> dict[int, float]:
    return {hit.docnum: hit.score for hit in searcher.search(q, limit=None)}


def _tie_rounds_down(library: Library) -> bool:
    """Whether the tied score ``S`` of the articles saying WORD is the sum ``a + b`` of its
    two body fields rounded so that ``S`` minus the larger half is below the smaller half:
    the tie whoosh 2.7.4 cannot get past."""
    searcher = library.search.index.searcher
    parsed = library.search.index.parse(WORD)
    terms = dict(parsed.iter_all_terms())
    full = _scores(searcher, parsed)
    stemmed = _scores(searcher, query.Term("body_de", terms["body_de"]))
    neutral = _scores(searcher, query.Term("body", terms["body"]))
    tied = min((doc for doc in neutral if doc in stemmed), key=full.__getitem__)
    a, b = stemmed[tied], neutral[tied]
    tie = full[tied]
    assert tie == a + b and sorted(full.values())[-10] == tie
    low, high = sorted((a, b))
    return tie - high < low


def _library_with_tie(tmp_path: Path) -> Library:
    for filler_words in range(6, 60):
        library = Library(tmp_path / f"lib{filler_words}", seed_if_empty=False)
        folder = tmp_path / f"articles{filler_words}"
        _write_corpus(folder, filler_words)
        library.imports.paths([folder])
        if _tie_rounds_down(library):
            return library
        library.close()
    raise AssertionError("no filler length gave a tie that rounds down: rework the corpus")


def test_top_ten_search_over_tied_near_duplicates_returns(tmp_path: Path) -> None:
    library = _library_with_tie(tmp_path)
    answered: list[SearchResults] = []
    worker = threading.Thread(
        target=lambda: answered.append(library.search.query(WORD, limit=10)), daemon=True
    )
    try:
        worker.start()
        worker.join(timeout=SEARCH_TIMEOUT_S)
        hung = worker.is_alive()
        if hung:
            _stop(worker)
        assert not hung, (
            f"a top-10 search did not return in {SEARCH_TIMEOUT_S:.0f} s: the whoosh "
            "2.7.4 hang in skip_to_quality (pip install 'whoosh-reloaded>=2.7.5')"
        )
        results = answered[0]
        assert results.total == ARTICLES + 1
        assert len(results.hits) == 10
        assert Path(results.hits[0].source).name == "top.txt"
    finally:
        if not worker.is_alive():
            library.close()
