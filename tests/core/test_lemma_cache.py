"""The lemma data kept in the cache folder gives exactly simplemma's lemmas, and survives
damage: a command-line search is a new process and must not pay simplemma's dictionary
indexing (0.2-1.4 s a language) every time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

from reader.core.search import analysis


@pytest.fixture
def fresh_analysis(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Forget what this process has loaded, as a new process would."""
    monkeypatch.setattr(analysis, "_lemmatizer", None)
    monkeypatch.setattr(analysis, "_lemma_caches", {})
    monkeypatch.setattr(analysis, "_first_lemmas", {})
    monkeypatch.setattr(analysis, "_query_words", analysis._QueryWords())
    yield


def _cache_files(lang: str) -> list[Path]:
    return sorted(analysis.dictionary_cache_dir().glob(f"{lang}-*.bin"))


def _refuse_indexing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: StreamMap, lang: str) -> None:
        raise AssertionError(f"the {lang} dictionary was indexed again")

    monkeypatch.setattr(StreamMap, "__init__", refuse)


def test_the_cached_dictionary_gives_simplemmas_own_lemmas(
    fresh_analysis: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = StreamMap("it")
    assert _cache_files("it") == []
    analysis._stream_dictionary("it")  # indexes it and writes the cache
    assert len(_cache_files("it")) == 1
    _refuse_indexing(monkeypatch)
    cached = analysis._stream_dictionary("it")  # read back, not indexed
    keys = list(original)
    sample = keys[::97] + ["parole", "andavamo", "xyzzyq", "", "zzzz"]
    assert len(cached) == len(original)
    assert [cached.get(k) for k in sample] == [original.get(k) for k in sample]
    assert any(cached.get(k) for k in sample)


def test_a_damaged_or_truncated_cache_is_rebuilt_with_the_same_lemmas(
    fresh_analysis: None,
) -> None:
    expected = analysis.lemmatize("andavamo", "it")
    (path,) = _cache_files("it")
    good = path.read_bytes()
    for damaged in (good[: len(good) // 2], good[:20] + b"\x00" * 64 + good[84:], b"x"):
        path.write_bytes(damaged)
        mapping = analysis._stream_dictionary("it")
        assert mapping.get("andavamo") == StreamMap("it").get("andavamo")
        assert path.read_bytes() == good  # written again, whole
    analysis._lemma_caches.clear()
    analysis._first_lemmas.clear()
    assert analysis.lemmatize("andavamo", "it") == expected == "andare"


def test_an_unwritable_cache_folder_only_costs_time(
    fresh_analysis: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert analysis.lemmatize("bahnhöfe", "de") == "bahnhof"
    assert analysis.query_lemma("gingen", "de") == "gehen"


def test_query_words_come_back_in_a_new_process_without_simplemma(
    fresh_analysis: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert analysis.query_lemma("contratados", "es") == analysis.lemmatize("contratados", "es")
    first = analysis.query_lemma("andavamo", "it")
    # a new process: nothing in memory, and simplemma must not be needed
    monkeypatch.setattr(analysis, "_lemma_caches", {})
    monkeypatch.setattr(analysis, "_query_words", analysis._QueryWords())

    def no_simplemma() -> None:
        raise AssertionError("simplemma was asked for a word the cache has")

    monkeypatch.setattr(analysis, "_simplemma", no_simplemma)
    assert analysis.query_lemma("andavamo", "it") == first == "andare"
    with pytest.raises(AssertionError, match="simplemma was asked"):
        analysis.query_lemma("parlavamo", "it")  # never searched: simplemma's job


def test_query_words_of_another_simplemma_are_not_used(
    fresh_analysis: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = analysis._query_words
    words.put("it", "andavamo", "wrong-from-an-older-simplemma")
    monkeypatch.setattr(analysis, "_query_words", analysis._QueryWords())
    monkeypatch.setattr(analysis._QueryWords, "version", lambda self: "another-version")
    assert analysis.query_lemma("andavamo", "it") == "andare"


def test_a_damaged_query_word_cache_only_costs_time(fresh_analysis: None) -> None:
    analysis.query_lemma("andavamo", "it")
    path = analysis.dictionary_cache_dir() / "query-words.sqlite3"
    assert path.exists()
    analysis._query_words._db.close()
    path.write_bytes(b"this is not a database" * 100)
    analysis._lemma_caches.clear()
    analysis._query_words = analysis._QueryWords()
    assert analysis.query_lemma("andavamo", "it") == "andare"
