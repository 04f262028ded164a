"""Full-text search over the seeds: stemming, query language, snippets, index upkeep."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.errors import QueryError
from reader.core.library import Library
from reader.core.search import index as index_module
from reader.core.search import query as query_module
from reader.core.search.index import INDEX_FORMAT_VERSION
from reader.core.search.storage import STATE_FILENAME


def langs(library: Library, query: str, **kw: object) -> list[str]:
    return sorted(hit.lang for hit in library.search.query(query, **kw).hits)  # type: ignore[arg-type]


def names(library: Library, query: str) -> set[str]:
    return {Path(hit.source).name[:3] for hit in library.search.query(query, limit=20).hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Milliarde", {"000", "001", "003"}),  # German stemming: Milliarden
        ("milione", {"002"}),  # Italian
        ("milhão", {"004"}),  # Portuguese
        ("parcerias", {"004"}),  # Portuguese stemming: the text says "parceria"
        ("milioni", {"002"}),  # Italian stemming: the text says "milione"
        ("gigawatt", {"000", "001", "002", "003", "004"}),
        ("TPU", {"000", "001", "002", "003", "004"}),  # TPUs, TPU-Strategie
        ("lang:it gigawatt", {"002"}),
        ("language:pt TPU", {"004"}),
        ('"Tensor Processing Units"', {"000", "001", "003"}),  # 002 has "Unit (TPU)"
        ('"eine Million"', {"000", "001", "002", "003", "004"}),  # a quantity: num: too
        ("Rechenzentr*", {"000", "001", "003"}),
        ("Kurien~", {"000", "002", "003"}),
        ("title:Frontier", {"000"}),
        ("Amazon AND Rainier NOT Indiana", {"000", "001", "002"}),
        ("Ironwood OR Hyperion", {"000", "002", "003"}),
        ("milhao", {"004"}),  # accent-folded neutral field
    ],
)
def test_query_language_on_the_seeds(library: Library, query: str, expected: set[str]) -> None:
    assert names(library, query) == expected


def test_lang_option_filters(library: Library) -> None:
    assert langs(library, "gigawatt", lang="it") == ["it"]
    assert langs(library, "gigawatt", lang="de") == ["de", "de", "de"]


@pytest.mark.parametrize(
    "query", ["Kommentar", '"Erforderliche Felder"', "commento", "comentário", "Créditos"]
)
def test_boilerplate_does_not_count_in_search(library: Library, query: str) -> None:
    assert library.search.query(query).total == 0


def test_hits_carry_offsets_into_the_document_text(library: Library) -> None:
    results = library.search.query("Milliarde")
    assert results.total == 3
    for hit in results.hits:
        text = library.documents.get(hit.doc_id).text
        assert hit.matches
        for start, end in hit.matches:
            assert text[start:end].lower().startswith("milliarde")
        assert "<b>Milliarde" in hit.snippet
    scores = [hit.score for hit in results.hits]
    assert scores == sorted(scores, reverse=True)


def test_phrase_hits_are_one_span(library: Library) -> None:
    hit = library.search.query('"bis zu eine Million"').hits[0]
    text = library.documents.get(hit.doc_id).text
    assert [text[s:e] for s, e in hit.matches] == ["bis zu eine Million"]


def test_snippet_escapes_the_text(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "markup.txt"
    path.write_text(
        "Ein Artikel über <script>Gigawatt</script> & Strom für Rechenzentren heute.",
        encoding="utf-8",
    )
    library.imports.paths([path])
    snippets = [h.snippet for h in library.search.query("Strom").hits]
    assert snippets == [
        "Ein Artikel über &lt;script&gt;Gigawatt&lt;/script&gt; &amp; "
        "<b>Strom</b> für Rechenzentren heute."
    ]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"unclosed phrase', "quotation mark"),
        ("(TPU OR GPU", "parenthesis"),
        ("writer:Kurian", "Unknown field"),
        ("lang: TPU", "nothing after the colon"),
        ("   ", "empty"),
        ("!!! ...", "no searchable words"),
    ],
)
def test_malformed_queries_get_one_sentence(library: Library, query: str, message: str) -> None:
    with pytest.raises(QueryError) as info:
        library.search.query(query)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_a_deleted_index_is_rebuilt(library: Library) -> None:
    library.close()
    shutil.rmtree(library.data_dir / "index")
    with Library(library.data_dir) as reopened:
        assert reopened.search.query("TPU").total == 5


def test_a_corrupted_index_is_rebuilt(library: Library) -> None:
    library.close()
    for segment in (library.data_dir / "index").glob("*.seg"):
        segment.write_bytes(b"garbage" * 10)
    for toc in (library.data_dir / "index").glob("_MAIN_*.toc"):
        toc.write_bytes(b"\x00broken")
    with Library(library.data_dir) as reopened:
        assert reopened.search.query("gigawatt").total == 5


def test_an_index_of_another_version_is_rebuilt(library: Library) -> None:
    state = library.data_dir / "index" / STATE_FILENAME
    current = f'"format": {INDEX_FORMAT_VERSION}'
    state.write_text(state.read_text().replace(current, '"format": 0'))
    library.search.forget_sync()
    assert library.search.query("TPU").total == 5
    assert current in state.read_text()


def test_changes_from_another_process_are_picked_up(library_dir: Path, tmp_path: Path) -> None:
    with Library(library_dir) as first, Library(library_dir) as second:
        assert first.search.query("Photovoltaik").total == 0
        path = tmp_path / "solar.txt"
        path.write_text(
            "Ein Artikel über Photovoltaik und Speicher in Bayern, recht ausführlich.",
            encoding="utf-8",
        )
        second.imports.paths([path])
        assert first.search.query("Photovoltaik").total == 1


# -- large results: estimated totals, bounded prefixes ------------------------------------


def test_a_large_total_is_an_estimate_unless_asked(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index_module, "APPROXIMATE_TOTAL_ABOVE", 2)
    estimated = library.search.query("gigawatt")
    assert not estimated.total_exact
    assert estimated.total >= 5 and len(estimated.hits) == 5
    exact = library.search.query("gigawatt", exact_total=True)
    assert exact.total_exact and exact.total == 5
    few = library.search.query("milione")  # one match: below the threshold, counted
    assert few.total_exact and few.total == 1
    # AND and phrases are always counted: their words' frequencies say little.
    phrase = library.search.query('"Tensor Processing Units"')
    assert phrase.total_exact and phrase.total == 3
    both = library.search.query("gigawatt Ironwood")
    assert both.total_exact and both.total == len(both.hits)


def test_a_prefix_with_many_words_still_finds_and_marks_them(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    exact = library.search.query("Rechenzentr*", exact_total=True)
    assert names_of(exact) == {"000", "001", "003"}
    # Scored as one set of documents past one expansion; bounded to two terms a field.
    monkeypatch.setattr(query_module, "SCORED_EXPANSIONS", 1)
    whole = library.search.query("Rechenzentr*", exact_total=True)
    assert names_of(whole) == {"000", "001", "003"}
    assert all("<b>Rechenzentr" in hit.snippet for hit in whole.hits)
    monkeypatch.setattr(query_module, "FIRST_EXPANSIONS", 1)
    bounded = library.search.query("r*")
    assert bounded.hits and not bounded.total_exact
    assert bounded.total <= library.search.query("r*", exact_total=True).total


def names_of(results: object) -> set[str]:
    return {Path(hit.source).name[:3] for hit in results.hits}  # type: ignore[attr-defined]
