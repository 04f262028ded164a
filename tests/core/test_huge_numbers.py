"""Digit strings too long to be quantities (ids, junk, 1e999) never break import or search."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import numbers
from reader.core.errors import QueryError
from reader.core.library import Library

HUGE = "9" * 400


def test_overlong_digit_strings_are_not_quantities() -> None:
    found = numbers.extract_quantities(f"The id is {HUGE} and 2 million TPUs.", "en")
    assert [q.low for q in found] == [2_000_000]
    assert numbers.parse_quantity("1e999", "en") is None
    assert numbers.parse_quantity(HUGE, "en") is None
    assert numbers.parse_quantity("1e18", "en") is not None


def test_a_document_with_huge_numbers_imports_and_the_library_stays_usable(
    empty_library: Library, tmp_path: Path
) -> None:
    article = tmp_path / "huge.txt"
    article.write_text(f"Huge numbers\n\nThe id is {HUGE} and 1e999, and 2 million TPUs.\n",
                       encoding="utf-8")
    (outcome,) = empty_library.imports.paths([article]).outcomes
    assert outcome.status == "new"
    assert empty_library.search.query("TPUs").total == 1
    assert empty_library.search.query("num:2000000").total == 1
    empty_library.search.rebuild()
    assert empty_library.search.query("TPUs").total == 1
    with pytest.raises(QueryError, match="not a number"):
        empty_library.search.query("num:1e999")
