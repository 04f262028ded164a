"""A huge plain text: every word stays findable, the document shows once, memory is bounded.

Times are measured by ``benchmarks/bench_huge_text.py``, never asserted here.
"""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

from whoosh.formats import Characters

from reader.core.library import Library
from reader.core.search.postings import CompactCharacters
from reader.core.search.schema import language_analyzer, neutral_analyzer

SENTENCES = (
    "Die Stadtwerke haben am Montag das neue Pumpspeicherwerk am Fluss eröffnet.",
    "Fachleute rechnen damit, dass die Anlage im Winter rund 300 Megawatt liefert.",
    "Kritiker fragen, ob sich die Kosten von 1,2 Milliarden Euro jemals rechnen.",
    "Der Bürgermeister sprach von einem wichtigen Tag für die ganze Region.",
    "Im Sommer soll ein zweiter Bauabschnitt mit Solarmodulen beginnen.",
)


def huge_text(megabytes: float, seed: int = 1) -> tuple[str, list[str]]:
    """Paragraphs of real German sentences, each with a numbered word of its own; the
    markers of the first, middle and last paragraph."""
    rng = random.Random(seed)
    paragraphs = []
    size = 0
    i = 0
    while size < megabytes * 1_000_000:
        body = " ".join(rng.choice(SENTENCES) for _ in range(6))
        paragraph = f"Abschnitt Kennwort{i}: {body}"
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
        i += 1
    markers = [f"Kennwort{k}" for k in (0, len(paragraphs) // 2, len(paragraphs) - 1)]
    return "Ein sehr langer Bericht\n\n" + "\n\n".join(paragraphs) + "\n", markers


def test_a_huge_text_is_found_by_words_from_its_start_middle_and_end(tmp_path: Path) -> None:
    text, markers = huge_text(2.5)
    path = tmp_path / "huge.txt"
    path.write_text(text, encoding="utf-8")
    with Library(tmp_path / "lib", seed_if_empty=False, auto_backup=False) as library:
        report = library.imports.paths([path])
        assert [o.status for o in report.outcomes] == ["new"]
        [doc_id] = [o.doc_id for o in report.outcomes]
        for marker in markers:
            found = library.search.query(marker)
            assert [h.doc_id for h in found.hits] == [doc_id], marker
            assert found.total == 1
            hit = found.hits[0]
            start, end = hit.matches[0]
            assert library.documents.get(doc_id).text[start:end] == marker  # offsets into the text
            assert marker in hit.snippet
        # A word in every paragraph and a phrase: one document, once.
        for query in ("Pumpspeicherwerk", '"zweiter Bauabschnitt"', "Megawatt AND Kosten"):
            found = library.search.query(query, limit=10)
            assert [h.doc_id for h in found.hits] == [doc_id] and found.total == 1, query
        # Inflected forms reach it through the German field (lemmas) too.
        assert library.search.query("eröffnen", lang="de").total == 1
        assert library.search.index.doc_count() == 1


def test_compact_positions_write_what_whoosh_writes_in_a_fraction_of_the_memory() -> None:
    text, _ = huge_text(0.4, seed=2)
    results = {}
    peaks = {}
    for name, fmt in (("whoosh", Characters()), ("compact", CompactCharacters())):
        for analyzer in (neutral_analyzer(), language_analyzer("de")):
            tracemalloc.start()
            values = list(fmt.word_values(text, analyzer, mode="index"))
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            results[(name, id(analyzer))] = sorted(values)
            peaks[name] = max(peaks.get(name, 0), peak)
    for analyzer in (neutral_analyzer(), language_analyzer("de")):
        assert results[("compact", id(analyzer))] == results[("whoosh", id(analyzer))]
    assert peaks["compact"] * 3 < peaks["whoosh"], peaks


def test_language_tags_of_a_huge_text_come_from_a_sample_and_chunks() -> None:
    from reader.core import langid

    text, _ = huge_text(1.5, seed=3)
    spans, start = [], 0
    for paragraph in text.split("\n\n"):
        spans.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    counted = [True] * len(spans)
    assert len(langid._article_text(text, spans, counted)) <= langid.WHOLE_TEXT_CHARS
    small = spans[:50]  # a normal article: the whole text, as before
    assert langid._article_text(text, small, [True] * 50) == "\n".join(
        text[s:e] for s, e in small)
    document, paragraphs = langid.tag_document(text, spans, counted)
    assert document.code == "de" and len(paragraphs) == len(spans) > langid.DETECT_CHUNK
    assert {tag.code for tag in paragraphs} == {"de"}
    # Detecting in chunks gives each text the tag it gets alone.
    texts = [text[s:e] for s, e in spans[:langid.DETECT_CHUNK + 5]]
    chunked = langid.detect_many(texts)
    assert chunked[-5:] == [langid.detect(t) for t in texts[-5:]]
