"""A clone of the repository passes on its own: no test reads ../shared."""

from __future__ import annotations

import re

import pytest

from tests import conftest
from tests.conftest import DATA, REPO


def test_opening_a_file_under_shared_is_refused() -> None:
    """The audit hook in conftest turns any read of ../shared into a failure."""
    target = REPO.parent / "shared" / "DESIGN.md"
    before = len(conftest._reads_outside)
    with pytest.raises(PermissionError, match="copy what they need to tests/data"):
        target.open(encoding="utf-8")
    assert conftest._reads_outside[before:] == [str(target.resolve())]
    del conftest._reads_outside[before:]  # this test's own read was on purpose


def test_no_test_or_ci_step_names_shared() -> None:
    pattern = re.compile(r"PARALLAX_SHARED|\.\./shared|parent\s*/\s*[\"']shared[\"']")
    places = [REPO / ".ci" / "run", REPO / "Makefile"]
    places += [p for p in (REPO / "tests").rglob("*.py") if DATA not in p.parents]
    offenders = [
        str(p.relative_to(REPO)) for p in places
        if p.name not in ("conftest.py", "test_self_contained.py")
        and pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_test_material_is_in_the_repository() -> None:
    assert len(list((DATA / "conformance" / "anchoring").glob("cases.json"))) == 1
    assert (DATA / "conformance" / "web-annotation" / "validate_wa.py").is_file()
    assert (DATA / "conformance" / "refi-qda" / "Project.xsd").is_file()
    for variant in ("regular", "reshuffled"):
        folder = DATA / "parallel-dev" / variant
        assert (folder / "gold.jsonl").is_file()
        assert len(list(folder.glob("*_*.txt"))) == 96
    assert "CC BY 3.0" in (DATA / "parallel-dev" / "README.md").read_text(encoding="utf-8")
