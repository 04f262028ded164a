"""Comparing sources on the seeds: related passages, quantities, claim groups, duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.compare import claim_groups_csv, claim_groups_markdown
from reader.core.library import Library

MILLION_TPUS = "bis zu eine Million Tensor Processing Units (TPUs)"
# Where each other source states the million TPUs.
EXPECTED = {
    "001": "bis zu eine Million TPUs",
    "002": "fino a un milione di unità",
    "003": "Zugriff auf eine Million der benutzerdefinierten Tensor Processing Units",
    "004": "um milhão de chips",
}


def prefix(library: Library, doc_id: str) -> str:
    return Path(library.documents.get(doc_id).source).name[:3]


def test_related_ranks_the_million_tpus_first_in_every_other_source(library: Library) -> None:
    doc = library.documents.find("000")
    start = doc.text.index(MILLION_TPUS)
    results = library.compare.related(doc.id, start, start + len(MILLION_TPUS), limit=3)
    firsts: dict[str, str] = {}
    for passage in results:
        firsts.setdefault(prefix(library, passage.doc_id), passage.text)
    assert set(firsts) == set(EXPECTED)
    for source, phrase in EXPECTED.items():
        assert phrase in firsts[source], source
    # Best per source first, each result a sentence-sized passage with reasons.
    heads = results[: len(EXPECTED)]
    assert len({p.doc_id for p in heads}) == len(EXPECTED)
    assert [p.score for p in heads] == sorted((p.score for p in heads), reverse=True)
    assert all(len(p.text) < 400 and p.reasons for p in heads)
    assert any("same quantity" in reason for reason in heads[0].reasons)


def test_linking_a_related_passage_creates_the_other_highlight(library: Library) -> None:
    doc = library.documents.find("000")
    start = doc.text.index(MILLION_TPUS)
    library.annotations.create(doc.id, start, start + len(MILLION_TPUS), label="Claim")
    best = library.compare.related(doc.id, start, start + len(MILLION_TPUS))[0]
    library.compare.link_same_claim((doc.id, start, start + len(MILLION_TPUS)),
                                    (best.doc_id, best.start, best.end))
    (group,) = library.annotations.claim_groups()
    members = library.annotations.by_ids(group)
    assert {m.doc_id for m in members} == {doc.id, best.doc_id}
    assert all(m.label == "Claim" for m in members)


@pytest.mark.parametrize("query", ["num:1000000", "num:1e6", "1 million", '"1 Million"',
                                   "um milhão"])
def test_a_quantity_finds_every_source_stating_it(library: Library, query: str) -> None:
    results = library.search.query(query)
    assert {prefix(library, h.doc_id) for h in results.hits} == {"000", "001", "002", "003", "004"}


def test_quantity_hits_mark_the_figure_in_the_text(library: Library) -> None:
    hit = next(h for h in library.search.query("num:1000000").hits
               if prefix(library, h.doc_id) == "002")
    text = library.documents.get(hit.doc_id).text
    assert "un milione" in [text[s:e] for s, e in hit.matches][0]


def test_num_with_something_else_is_a_clear_error(library: Library) -> None:
    from reader.core.errors import QueryError

    with pytest.raises(QueryError, match="not a number"):
        library.search.query("num:many")


def _claim(library: Library, ref: str, quote: str, occurrence: int | None = None) -> str:
    doc = library.documents.find(ref)
    change = library.annotations.annotate_quote(doc.id, quote, occurrence, label="Claim")
    (created,) = change.annotation_ids
    return created


def test_claim_groups_list_sources_figures_and_disagreements(library: Library) -> None:
    a = _claim(library, "000", "Hunderttausenden von KI-Chips")
    b = _claim(library, "002", "centinaia di migliaia di chip")
    c = _claim(library, "003", "über 500.000 von Amazons eigenen")
    library.annotations.link(a, b)
    library.annotations.link(b, c)
    _claim(library, "004", "um milhão de chips", 1)  # a highlighted source without the claim
    (group,) = library.compare.claim_groups()
    by_source = {s.source[:3]: s for s in group.statements}
    assert set(by_source) == {"000", "002", "003"}
    assert [prefix(library, d) for d in group.missing] == ["004"]
    assert by_source["000"].figures[0].low == 100_000
    assert by_source["003"].figures[0].low == 500_000
    assert group.has_disagreement and by_source["003"].disagrees
    assert not by_source["000"].disagrees or by_source["002"].figures
    table = claim_groups_markdown([group])
    header = table.splitlines()[0]
    # Sources are columns headed by their titles, not their stored file names; cells are
    # literal Markdown (brackets escaped, so no text becomes a link).
    for prefix_ in ("000", "002", "003", "004"):
        assert f"{library.documents.find(prefix_).title} \\[" in header
    assert "_" not in header
    assert "⚠" in table and "—" in table
    rows = claim_groups_csv([group]).splitlines()
    assert rows[0].startswith("claim,disagreement,")
    assert all(library.documents.find(p).title.split(",")[0] in rows[0]
               for p in ("000", "002", "003", "004"))
    assert rows[1].split(",")[1] == "yes"


def test_translation_figures_agree(library: Library) -> None:
    a = _claim(library, "000", "2, 2 Milliarden US-Dollar")
    b = _claim(library, "002", "2, 2 miliardi di dollari")
    library.annotations.link(a, b)
    (group,) = library.compare.claim_groups()
    assert not group.has_disagreement


def test_the_kurian_quote_is_a_near_duplicate(library: Library) -> None:
    found = library.compare.near_duplicates()
    pairs = {(prefix(library, d.a), prefix(library, d.b)) for d in found}
    assert pairs == {("000", "003")} or pairs == {("003", "000")}
    (dup,) = found
    assert dup.text.startswith("„Anthropics Entscheidung, den Einsatz von TPUs deutlich")
    assert dup.similarity >= 0.6
    single = library.compare.near_duplicates([library.documents.resolve("003")])
    assert len(single) == 1 and single[0].text.strip()


def test_linking_the_same_claim_is_one_undoable_step(library: Library) -> None:
    german, italian = library.documents.find("000"), library.documents.find("002")
    a = german.text.index(MILLION_TPUS)
    b = italian.text.index("un milione di unità")
    library.compare.link_same_claim((german.id, a, a + len(MILLION_TPUS)),
                            (italian.id, b, b + len("un milione di unità")))
    (group,) = library.annotations.claim_groups()
    members = library.annotations.by_ids(group)
    assert sorted(m.selector.exact for m in members) == sorted(
        [MILLION_TPUS, "un milione di unità"])
    assert {m.label for m in members} == {"Claim"}
    library.annotations.undo()
    assert library.annotations.query() == []
    assert library.annotations.claim_groups() == []


def test_linking_reuses_a_highlight_already_on_the_span(library: Library) -> None:
    german, italian = library.documents.find("000"), library.documents.find("002")
    a = german.text.index(MILLION_TPUS)
    b = italian.text.index("un milione di unità")
    library.annotations.create(italian.id, b, b + len("un milione di unità"),
                               label="Evidence", note="kept")
    library.compare.link_same_claim((german.id, a, a + len(MILLION_TPUS)),
                            (italian.id, b, b + len("un milione di unità")))
    highlights = library.annotations.query()
    assert len(highlights) == 2
    reused = next(h for h in highlights if h.doc_id == italian.id)
    assert reused.note == "kept"
    # The new highlight takes the label of the one already there.
    assert {h.label for h in highlights} == {"Evidence"}


def test_linking_reuses_an_overlapping_highlight_and_not_a_neighbour(library: Library
                                                                    ) -> None:
    german, italian = library.documents.find("000"), library.documents.find("002")
    a = german.text.index(MILLION_TPUS)
    b = italian.text.index("un milione di unità")
    # The reader's Claim covers a little more than the passage later looked up.
    mine_change = library.annotations.create(german.id, a - 7, a + len(MILLION_TPUS),
                                             label="Claim", note="my note", tags=("tpu",))
    (mine,) = mine_change.annotation_ids
    # A highlight that only touches the end of the Italian passage is someone else.
    library.annotations.create(italian.id, b + len("un milione di "), b + 40,
                               label="Question")
    library.compare.link_same_claim((german.id, a, a + len(MILLION_TPUS)),
                            (italian.id, b, b + len("un milione di unità")))
    on_german = library.annotations.for_document(german.id)
    assert [h.id for h in on_german] == [mine]  # no second German highlight
    assert on_german[0].note == "my note" and on_german[0].tags == ("tpu",)
    assert on_german[0].selector.start == a - 7  # the reader's span is kept
    on_italian = library.annotations.for_document(italian.id)
    assert len(on_italian) == 2  # the neighbour stays, a new one is linked
    # One word highlighted inside a longer passage is not that passage either.
    ironwood = german.text.index("Ironwood")
    sentence = german.text.rindex(".", 0, ironwood) + 2
    library.annotations.create(german.id, ironwood, ironwood + len("Ironwood"),
                               label="Question")
    library.compare.link_same_claim((german.id, sentence, ironwood + len("Ironwood")),
                            (italian.id, b, b + len("un milione di unità")))
    assert len(library.annotations.for_document(german.id)) == 3
    (group,) = library.annotations.claim_groups()
    assert mine in group


def test_scores_never_rise_down_a_sources_list(library: Library) -> None:
    doc = library.documents.find("000")
    start = doc.text.index(MILLION_TPUS)
    results = library.compare.related(doc.id, start, start + len(MILLION_TPUS), limit=5)
    by_source: dict[str, list[float]] = {}
    for result in results:
        by_source.setdefault(result.doc_id, []).append(result.score)
    assert len(by_source) == 4
    for scores in by_source.values():
        assert scores == sorted(scores, reverse=True)


def test_in_a_large_library_a_translation_is_searched_even_for_a_passage_without_names(
    library: Library,
) -> None:
    """Beyond MAX_DIRECT_CANDIDATES documents only candidates are searched: those sharing the
    passage's names and figures, and those sharing the whole article's (its translation)."""
    from reader.core import compare
    from reader.core.models import DocId

    german, italian = library.documents.find("000"), library.documents.find("002")
    quote = "Unternehmen erkennen"
    start = german.text.index(quote)
    sentence_end = german.text.index(".", start) + 1
    asked: list[tuple[int, int]] = []

    def candidates(doc: object, s: int, e: int, n: int) -> list[DocId]:
        asked.append((s, e))
        return [italian.id] if (s, e) != (start, sentence_end) else []

    filler = [DocId(f"other-{k}") for k in range(compare.MAX_DIRECT_CANDIDATES + 5)]
    found = compare.find_related(
        german, start, sentence_end, all_ids=[german.id, *filler, italian.id],
        load=lambda ids: {i: italian for i in ids if i == italian.id},
        candidates=candidates, limit=1)
    assert (start, sentence_end) in asked and any(s == 0 for s, _ in asked)
    assert [r.doc_id for r in found] == [italian.id]
    assert "aligned sentence" in found[0].reasons
    assert italian.text[found[0].start:found[0].end].startswith(("Le aziende", "Le imprese"))
