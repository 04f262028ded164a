"""Re-anchoring on re-import, orphans, exports of a Library and the JSON-LD round trip."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import markdown
import pytest

from reader.core.annotations import AnnotationService
from reader.core.errors import InvalidValue, NotFound
from reader.core.library import Library
from reader.core.models import DocId
from tests.annotation_helpers import (
    GENERATED,
    annotate,
    annotate_seeds,
    deterministic,
    state,
    the_id,
)
from tests.conftest import CONFORMANCE, SEEDS

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE_GOLDEN = os.environ.get("PARALLAX_UPDATE_GOLDEN") == "1"
WA_DIR = CONFORMANCE / "web-annotation"
SEED = "000_9cdf093ffe599bbc.txt"
INSERTED = "Vorbemerkung der Redaktion: Dieser Artikel wurde nachträglich ergänzt.\n\n"


# ---------------------------------------------------------------------------- re-anchoring


@pytest.fixture
def edited(empty_library: Library, tmp_path: Path) -> Iterator[tuple[Library, Path, DocId]]:
    """An empty library holding a copy of seed 000 that the test may edit and re-import."""
    path = tmp_path / "articles" / SEED
    path.parent.mkdir()
    shutil.copy(SEEDS / SEED, path)
    report = empty_library.imports.paths([path])
    doc_id = report.outcomes[0].doc_id
    assert doc_id is not None
    yield empty_library, path, doc_id


def _reimport(library: Library, path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    report = library.imports.paths([path])
    assert [o.status for o in report.outcomes] == ["updated"], report.outcomes
    return report.outcomes[0].message


def _mark(library: Library, doc_id: DocId, quote: str, **fields: object) -> str:
    return the_id(library.annotations.annotate_quote(doc_id, quote, 1, **fields))  # type: ignore[arg-type]


def test_a_paragraph_inserted_at_the_top_moves_every_highlight(
    edited: tuple[Library, Path, DocId],
) -> None:
    library, path, doc_id = edited
    quotes = ["bis zu eine Million Tensor Processing Units (TPUs)", "über einem Gigawatt",
              "Proaktives Risikomanagement"]
    ids = [_mark(library, doc_id, q, note=f"note {n}") for n, q in enumerate(quotes)]
    before = {i: library.annotations.get(i).selector.start for i in ids}
    original = path.read_text(encoding="utf-8")
    message = _reimport(library, path, INSERTED + original)
    assert message == "3 annotations re-anchored (3 moved, 0 orphaned)"
    text = library.documents.get(doc_id).text
    shift = text.index(quotes[0]) - before[ids[0]]
    assert shift > 0
    for ann_id, quote in zip(ids, quotes, strict=True):
        annotation = library.annotations.get(ann_id)
        selector = annotation.selector
        assert annotation.state == "moved"
        assert text[selector.start : selector.end] == quote == selector.exact
        assert selector.start == before[ann_id] + shift
        assert selector.prefix == text[selector.start - 32 : selector.start]


def test_a_word_changed_inside_a_highlight_is_found_again(
    edited: tuple[Library, Path, DocId],
) -> None:
    library, path, doc_id = edited
    quote = "mit dem Ziel, bis 2026 eine Kapazität von über einem Gigawatt zu erreichen"
    ann = _mark(library, doc_id, quote, label="Claim", note="the gigawatt claim")
    old_start = library.annotations.get(ann).selector.start
    original = path.read_text(encoding="utf-8")
    _reimport(library, path, original.replace("eine Kapazität von über einem Gigawatt",
                                              "eine Leistung von über einem Gigawatt"))
    annotation = library.annotations.get(ann)
    text = library.documents.get(doc_id).text
    assert annotation.state == "moved"
    assert "Leistung von über einem Gigawatt" in annotation.selector.exact
    assert text[annotation.selector.start : annotation.selector.end] == annotation.selector.exact
    assert abs(annotation.selector.start - old_start) <= 2
    assert (annotation.label, annotation.note) == ("Claim", "the gigawatt claim")


def test_a_deleted_sentence_leaves_an_orphan_that_is_kept_listed_and_exported(
    edited: tuple[Library, Path, DocId],
) -> None:
    library, path, doc_id = edited
    sentence = ("Dies führt zu einer unerbittlichen Nachfrage nach Rechenressourcen, die ein "
                "einzelner Cloud-Anbieter nicht decken kann.")
    original = path.read_text(encoding="utf-8")
    assert sentence in original
    orphan = _mark(library, doc_id, sentence, label="Evidence",
                   note="Demand figure <b>kept</b>", tags=["demand"])
    kept = _mark(library, doc_id, "Proaktives Risikomanagement")
    stored = library.annotations.get(orphan)
    message = _reimport(library, path, original.replace(" " + sentence, ""))
    assert "1 orphaned" in message
    annotation = library.annotations.get(orphan)
    assert annotation.state == "orphaned"
    assert annotation.selector == stored.selector  # quote and context as they were
    assert (annotation.note, annotation.tags) == ("Demand figure <b>kept</b>", ("demand",))
    assert library.annotations.get(kept).state == "moved"
    assert [a.id for a in library.annotations.query(state="orphaned")] == [orphan]
    assert orphan in {a.id for a in library.annotations.for_document(doc_id)}
    rows = list(csv.DictReader(io.StringIO(library.exports.render("csv").text)))
    assert {r["id"]: r["state"] for r in rows}[orphan] == "orphaned"
    assert "unerbittlichen Nachfrage" in library.exports.render("md").text
    assert f"urn:uuid:{orphan}" in library.exports.render("jsonld").text
    # Re-attached by hand, it is an ordinary highlight again (and that is undoable).
    text = library.documents.get(doc_id).text
    start = text.index("Proaktives")
    library.annotations.reattach(orphan, start, start + 10)  # type: ignore[arg-type]
    assert library.annotations.get(orphan).state == "anchored"
    library.annotations.undo()
    assert library.annotations.get(orphan).state == "orphaned"
    # When the sentence comes back, so does the highlight.
    _reimport(library, path, original)
    back = library.annotations.get(orphan)
    assert back.state in ("anchored", "moved") and back.selector.exact == stored.selector.exact


def test_reanchoring_commits_together_with_the_document(
    edited: tuple[Library, Path, DocId], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, path, doc_id = edited
    ann = _mark(library, doc_id, "Proaktives Risikomanagement")
    before_text, before_ann = library.documents.get(doc_id).text, library.annotations.get(ann)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("crash while re-anchoring")

    monkeypatch.setattr(AnnotationService, "reanchor_documents", broken)
    path.write_text(INSERTED + path.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(RuntimeError):
        library.imports.paths([path])
    assert library.documents.get(doc_id).text == before_text
    assert library.annotations.get(ann) == before_ann


def test_undo_after_the_text_changed_reanchors_the_restored_highlight(
    edited: tuple[Library, Path, DocId],
) -> None:
    library, path, doc_id = edited
    ann = _mark(library, doc_id, "Proaktives Risikomanagement", note="x")
    library.annotations.delete(ann)  # type: ignore[arg-type]
    _reimport(library, path, INSERTED + path.read_text(encoding="utf-8"))
    library.annotations.undo()
    restored = library.annotations.get(ann)  # type: ignore[arg-type]
    text = library.documents.get(doc_id).text
    assert restored.state == "moved" and restored.note == "x"
    assert text[restored.selector.start : restored.selector.end] == "Proaktives Risikomanagement"


def test_reanchoring_a_thousand_highlights_is_quick(
    edited: tuple[Library, Path, DocId],
) -> None:
    import time

    library, path, doc_id = edited
    text = library.documents.get(doc_id).text
    words = [i for i in range(1, len(text) - 40) if text[i - 1] == " "][:1000]
    for start in words:
        library.annotations.create(doc_id, start, start + 25)
    began = time.perf_counter()
    _reimport(library, path, INSERTED + path.read_text(encoding="utf-8"))
    elapsed = time.perf_counter() - began
    assert library.annotations.count() == len(words)
    assert not library.annotations.query(state="orphaned")
    assert elapsed < 10, elapsed


# ---------------------------------------------------------------------------- round trip


def _other_seed_library(seed_library_dir: Path, tmp_path: Path, name: str) -> Library:
    target = tmp_path / name
    shutil.copytree(seed_library_dir, target)
    return Library(target)


def test_jsonld_round_trip_preserves_every_field(
    library: Library, seed_library_dir: Path, tmp_path: Path
) -> None:
    annotate_seeds(library)
    ann = annotate(library, "003", "Stargate", note="Zeilen\numbruch, „Anführung“ & <tag>",
                   tags=["a,b", "ü"])
    library.annotations.clock = lambda: "2031-05-06T07:08:09Z"
    library.annotations.update(ann, label="Key figure")
    exported = library.exports.render("jsonld").text
    with _other_seed_library(seed_library_dir, tmp_path, "other") as other:
        report = other.imports.annotations(exported)
        assert len(report.added) == 6 and not report.missing and not report.problems
        assert report.labels_created == ["Key figure"]
        assert len(report.links_added) == 4
        assert state(other)[:2] == state(library)[:2]
        assert [lab.name for lab in other.annotations.labels()] == [
            lab.name for lab in library.annotations.labels()
        ]
        assert other.annotations.claim_groups() == library.annotations.claim_groups()


def test_importing_the_same_file_twice_changes_nothing(
    library: Library, seed_library_dir: Path, tmp_path: Path
) -> None:
    annotate_seeds(library)
    exported = library.exports.render("jsonld").text
    again = library.imports.annotations(exported)
    assert not again.changed and len(again.unchanged) == 5
    with _other_seed_library(seed_library_dir, tmp_path, "other") as other:
        other.imports.annotations(exported)
        snapshot, rev = state(other), other.store.current_rev()
        second = other.imports.annotations(exported)
        assert not second.changed and len(second.unchanged) == 5
        assert len(second.links_unchanged) == 4
        assert state(other) == snapshot and other.store.current_rev() == rev


def test_annotations_on_missing_documents_are_reported_not_dropped(
    library: Library, empty_library: Library, tmp_path: Path
) -> None:
    ids = annotate_seeds(library)
    exported = library.exports.render("jsonld").text
    only_italian = tmp_path / "it"
    only_italian.mkdir()
    shutil.copy(SEEDS / "002_8237c0f66678d26f.txt", only_italian)
    empty_library.imports.paths([only_italian])
    report = empty_library.imports.annotations(exported)
    assert report.added == [ids["it_gigawatt"]]
    missing = {m.annotation_id: m for m in report.missing}
    assert set(missing) == set(ids.values()) - {ids["it_gigawatt"]}
    pt = missing[ids["pt_gigawatt"]]
    assert pt.quote == "mais de um gigawatt de capacidade"
    assert pt.doc_title.startswith("Anthropic desafia a NVIDIA")
    assert "not in the library" in pt.reason
    assert len(report.problems) == 4  # every link has an end that was not imported
    assert all("is not in the library" in p for p in report.problems)
    assert "4 not imported (document not in the library)" in report.summary()


def test_import_reanchors_against_the_current_text(
    edited: tuple[Library, Path, DocId], tmp_path: Path
) -> None:
    library, path, doc_id = edited
    ann = _mark(library, doc_id, "Proaktives Risikomanagement", note="n")
    exported = library.exports.render("jsonld").text
    library.annotations.delete(ann)  # type: ignore[arg-type]
    _reimport(library, path, INSERTED + path.read_text(encoding="utf-8"))
    report = library.imports.annotations(exported)
    assert report.added == [ann]
    restored = library.annotations.get(ann)  # type: ignore[arg-type]
    text = library.documents.get(doc_id).text
    assert restored.state == "moved"
    assert text[restored.selector.start : restored.selector.end] == "Proaktives Risikomanagement"


def test_a_newer_copy_in_the_file_wins_an_older_one_does_not(library: Library) -> None:
    service = library.annotations
    ann = annotate(library, "000", "Gigawatt", 1, note="v1")
    service.clock = lambda: "2030-01-01T00:00:00Z"
    service.update(ann, note="v2")
    newer = library.exports.render("jsonld").text
    service.clock = lambda: "2031-01-01T00:00:00Z"
    service.update(ann, note="v3 (library is newer)")
    assert not library.imports.annotations(newer).changed
    assert service.get(ann).note == "v3 (library is newer)"
    service.clock = lambda: "2032-01-01T00:00:00Z"
    service.update(ann, note="v4")
    library.imports.annotations(newer.replace("v2", "v2 edited").replace(
        "2030-01-01T00:00:00Z", "2040-01-01T00:00:00Z"))
    assert service.get(ann).note == "v2 edited"


def test_an_import_is_one_undoable_operation(
    library: Library, seed_library_dir: Path, tmp_path: Path
) -> None:
    annotate_seeds(library)
    exported = library.exports.render("jsonld").text
    with _other_seed_library(seed_library_dir, tmp_path, "other") as other:
        before = state(other)
        other.imports.annotations(exported)
        assert other.annotations.undo_text == "Undo import annotations"
        other.annotations.undo()
        assert state(other) == before


def test_a_file_that_is_not_json_is_refused(library: Library) -> None:
    with pytest.raises(InvalidValue, match="not valid JSON.*nothing was imported"):
        library.imports.annotations("{not json")


# ---------------------------------------------------------------------------- exports


def _wa_dir() -> Path:
    assert (WA_DIR / "validate_wa.py").exists(), f"the W3C checkers are missing from {WA_DIR}"
    return WA_DIR


def _check(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=_wa_dir(), capture_output=True,
                          text=True, timeout=120, check=False)


FILTERS: dict[str, dict[str, object]] = {
    "everything": {},
    "doc": {"docs": ["002"]},
    "label": {"label": "key figure"},
    "tag": {"tag": "energy"},
    "lang": {"lang": "de"},
    "query": {"query": "gigawatt"},
}


@pytest.mark.parametrize("name", list(FILTERS))
def test_every_jsonld_export_passes_the_w3c_checkers(
    library: Library, tmp_path: Path, name: str
) -> None:
    annotate_seeds(library)
    out = tmp_path / "export.jsonld"
    out.write_text(library.exports.render("jsonld", **FILTERS[name]).text, encoding="utf-8")
    validated = _check(["validate_wa.py", "--schemas", "schemas", str(out)])
    assert validated.returncode == 0, validated.stdout + validated.stderr
    assert "FAIL" not in validated.stdout
    expanded = _check(["jsonld_offline_check.py", "--context", "schemas/anno.jsonld", str(out)])
    assert expanded.returncode == 0, expanded.stdout + expanded.stderr
    assert expanded.stdout.startswith("OK")


def test_export_filters(library: Library) -> None:
    ids = annotate_seeds(library)

    def exported(**filters: Any) -> set[str]:
        rows = csv.DictReader(io.StringIO(library.exports.render("csv", **filters).text))
        return {row["id"] for row in rows}

    assert exported() == set(ids.values())
    assert exported(docs=["002"]) == {ids["it_gigawatt"]}
    assert exported(label="Claim") == {ids["de_million"]}
    assert exported(tag="ENERGY") == {ids["de_gigawatt"], ids["it_gigawatt"], ids["pt_gigawatt"]}
    assert exported(lang="pt") == {ids["pt_gigawatt"]}
    assert exported(query="note:italiano") == {ids["it_gigawatt"]}
    assert exported(query="gigawatt", lang="de") == {ids["de_gigawatt"], ids["de_plain"]}
    assert exported(tag="energy", label="Evidence") == {ids["it_gigawatt"]}
    with pytest.raises(InvalidValue, match="not an export format"):
        library.exports.render("pdf")
    with pytest.raises(NotFound):
        library.exports.render("csv", label="Nope")


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE_GOLDEN:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_bytes().decode("utf-8"), (
        f"{name} changed; rerun with PARALLAX_UPDATE_GOLDEN=1 if that is intended"
    )


@pytest.mark.parametrize(("fmt", "name"), [("csv", "library_export.csv"),
                                            ("md", "library_export.md")])
def test_library_export_golden_files(library: Library, fmt: str, name: str) -> None:
    deterministic(library)
    annotate_seeds(library)
    _golden(name, library.exports.render(fmt, generated=GENERATED).text)


def test_csv_export_survives_the_csv_module_and_pandas(library: Library) -> None:
    ann = annotate(library, "000", "Gigawatt", 1,
                   note='Komma, "Anführung" und\nZeilenumbruch\r\nmit CRLF', tags=["x, y"])
    text = library.exports.render("csv").text
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert rows[0]["note"] == 'Komma, "Anführung" und\nZeilenumbruch\r\nmit CRLF'
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert frame.loc[0, "id"] == ann and frame.loc[0, "note"] == rows[0]["note"]


def test_markdown_export_renders_with_the_markdown_package(library: Library) -> None:
    annotate_seeds(library)
    html = markdown.markdown(library.exports.render("md").text)
    assert "<strong>one million</strong>" in html
    assert html.count("<blockquote>") == 5


def test_html_export_escapes_every_user_string(library: Library) -> None:
    library.annotations.add_label("<i>Label</i>", "#123456")
    annotate(library, "000", "Gigawatt", 1, label="<i>Label</i>",
             note="<script>alert('note')</script> and **bold**", tags=["<b>tag</b>"])
    page = library.exports.render("html").text
    assert "<script>alert" not in page and "<i>Label</i>" not in page
    assert "<b>tag</b>" not in page
    assert "&lt;script&gt;alert" in page or "&lt;script&gt;" in page
    assert "http://" not in page.replace("http://www.w3.org", "")  # no external resources
    assert "<style" in page


def test_export_bundle_is_usable_on_its_own(library: Library) -> None:
    ids = annotate_seeds(library)
    bundle = library.exports.bundle(tag="energy", generated=GENERATED)
    assert {a.id for a in bundle.annotations} == {
        ids["de_gigawatt"], ids["it_gigawatt"], ids["pt_gigawatt"]
    }
    assert set(bundle.documents) == {a.doc_id for a in bundle.annotations}
    assert bundle.generated == GENERATED and "Key figure" in bundle.labels
    assert len(bundle.links) == 4  # every link touching an exported highlight
    assert json.loads(library.exports.render("jsonld", tag="energy").text)["total"] == 7
