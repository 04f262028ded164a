"""Language tags for documents and paragraphs."""

from __future__ import annotations

import pytest

from reader.core import langid
from tests.conftest import PARALLEL_DEV


def test_seeds_are_tagged_de_de_it_de_pt(library) -> None:  # type: ignore[no-untyped-def]
    tags = {s.source.rsplit("/", 1)[-1][:3]: s.lang for s in library.documents.summaries()}
    assert tags == {"000": "de", "001": "de", "002": "it", "003": "de", "004": "pt"}
    for summary in library.documents.summaries():
        assert summary.lang_confidence > 0.9


def test_every_paragraph_is_tagged(library) -> None:  # type: ignore[no-untyped-def]
    for summary in library.documents.summaries():
        doc = library.documents.get(summary.id)
        assert all(p.lang == doc.lang for p in doc.paragraphs)


def test_detection_is_identical_on_every_run() -> None:
    text = "Questo è un breve testo italiano, abbastanza lungo per essere riconosciuto."
    first = langid.detect(text)
    assert first.code == "it"
    assert all(langid.detect(text) == first for _ in range(5))


@pytest.mark.parametrize("text", ["", "OK", "TPU 2026", "12.000 $"])
def test_too_short_is_undetermined(text: str) -> None:
    assert langid.detect(text).code == "und"


def test_a_quoted_paragraph_in_another_language_gets_its_own_tag() -> None:
    german = (
        "Die Bundesregierung hat am Mittwoch neue Regeln für die Förderung von "
        "Rechenzentren beschlossen, die ab dem kommenden Jahr gelten sollen. "
    )
    english = (
        "The company said in a statement that it expects the new data centres to be "
        "operational by the end of next year, subject to regulatory approval."
    )
    parts = [german * 3, english, german * 2]
    text = "\n".join(parts)
    spans, pos = [], 0
    for part in parts:
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    doc, paragraphs = langid.tag_document(text, spans)
    assert doc.code == "de"
    assert [p.code for p in paragraphs] == ["de", "en", "de"]


def test_rust_port_gives_the_same_tags_as_langdetect() -> None:
    """langdetect-rs claims bit-identical results; prove it over real multilingual text."""
    pytest.importorskip("langdetect_rs")
    pytest.importorskip("langdetect")
    files = sorted((PARALLEL_DEV / "regular").glob("*.txt"))
    assert files, "parallel-dev text is missing"
    texts = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        texts.append(text)
        texts.extend(line for line in text.splitlines()[:3] if line.strip())
    fast = langid.detect_many(texts, backend="langdetect_rs")
    reference = langid.detect_many(texts, backend="langdetect")
    assert fast == reference
    assert len({t.code for t in fast}) >= 8
