"""Queries whoosh would accept but answer oddly get one sentence instead."""

from __future__ import annotations

import pytest

from reader.core.errors import QueryError
from reader.core.library import Library


@pytest.mark.parametrize(("query", "message"), [
    ("a~9", "at most 2 edits"),
    ("milione~3/2", "at most 2 edits"),
    ("Kurien~2/0", "at least its first letter"),
    ("[a TO b]", "Ranges"),
    ("???", "no searchable words"),
    ("*", "no searchable words"),
    ("!!! ???", "no searchable words"),
    ("title:{alpha TO omega}", "Ranges"),
])
def test_fuzzy_distances_and_ranges_are_refused(library: Library, query: str,
                                                message: str) -> None:
    with pytest.raises(QueryError, match=message):
        library.search.query(query)


@pytest.mark.parametrize("query", ["Kurien~", "Kurien~2", "Kurien~1/3"])
def test_fuzzy_terms_up_to_two_edits_work(library: Library, query: str) -> None:
    assert library.search.query("Kurien").total == 0  # the seeds spell it Kurian
    assert library.search.query(query).total >= 3


def test_phrase_proximity_is_not_a_fuzzy_distance(library: Library) -> None:
    assert library.search.query('"Cloud Google"').total == 0
    assert library.search.query('"Cloud Google"~5').total >= 1  # the words within 5 of each other
