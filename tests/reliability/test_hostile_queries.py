"""Hostile queries: one sentence each, no Python internals, bounded work."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import main
from reader.core.errors import QueryError
from reader.core.library import Library

INTERNALS = ("index out of range", "recursion", "Traceback", "Error", "NoneType", "object")


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("query", ["TPU~1/4", "TPUs~2/9", "a~2/3"])
def test_a_fuzzy_prefix_longer_than_the_word_keeps_the_word(
    capsys: pytest.CaptureFixture[str], library_dir: Path, query: str
) -> None:
    status, out, err = _cli(capsys, "--data-dir", str(library_dir), "search", query)
    assert status == 0 and err == ""
    assert "match" in out
    status, _, err = _cli(capsys, "--data-dir", str(library_dir), "export", "--format",
                          "md", "--query", query)
    assert status == 0, err
    assert not any(word in err for word in INTERNALS)


@pytest.mark.parametrize("query, says", [
    ("(" * 300 + "TPU" + ")" * 300, "nests parentheses"),
    ("a " * 400, "more than 100 words"),
    ("*a*", "starts with a wildcard"),
    ("title:?b", "starts with a wildcard"),
])
def test_unbounded_queries_are_refused_in_one_sentence(
    capsys: pytest.CaptureFixture[str], library_dir: Path, query: str, says: str
) -> None:
    for command in (["search", query], ["export", "--format", "csv", "--query", query]):
        status, out, err = _cli(capsys, "--data-dir", str(library_dir), *command)
        assert status == 1 and out == ""
        assert err.startswith("parallax: ") and err.count("\n") == 1 and says in err
        assert not any(word in err for word in INTERNALS)


def test_a_wildcard_with_enough_letters_still_works(library: Library) -> None:
    assert library.search.query("*ionen").total >= 1
    assert library.search.query("Milliard*").total == 3


def test_a_wildcard_standing_for_too_many_words_is_one_sentence(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.core.search.query as query_module

    monkeypatch.setattr(query_module, "MAX_EXPANSIONS", 5)
    with pytest.raises(QueryError, match="stands for more than 5 different words"):
        library.search.query("d*")


def test_a_parser_failure_does_not_leak_whoosh_internals(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from whoosh import qparser

    def broken(self: object, text: str) -> object:
        raise IndexError("list index out of range")

    monkeypatch.setattr(qparser.QueryParser, "parse", broken)
    with pytest.raises(QueryError) as caught:
        library.search.query("TPU")
    assert "out of range" not in str(caught.value)
    assert str(caught.value).endswith(".")
