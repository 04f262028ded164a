"""Highlights travel: JSON-LD from one library into another whose copy of an article changed.

The scenario of the issue: export from one library, correct one sentence of an article (a
news site fixed it), import the article folder into a new library, import the export.
Every highlight must land on the right span, the report must say how each document was
found, and importing twice must change nothing. Also: ids that belong to another
document's highlight, and ids repeated in one file (issue 14).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from reader.core.annotation_io import BY_QUOTE, NOT_FOUND, SAME_DOCUMENT, TEXT_CHANGED
from reader.core.library import Library
from reader.core.models import AnnotationId, DocId
from tests.annotation_helpers import state
from tests.conftest import SEEDS

SEEDS_USED = ("000_9cdf093ffe599bbc.txt", "001_c1947360a57fa8e8.txt",
              "002_8237c0f66678d26f.txt")
OLD_SENTENCE = "Der Sektor der künstlichen Intelligenz (KI) befindet sich in einem " \
               "tiefgreifenden Wandel"
NEW_SENTENCE = "Die Branche der künstlichen Intelligenz (KI) erlebt derzeit einen " \
               "tiefgreifenden Umbruch"

QUOTES = {
    # document prefix, quote: spans after, inside and before the edited sentence
    "de_tpus": ("000", "bis zu eine Million Tensor Processing Units (TPUs)"),
    "de_kurian": ("000", "Thomas Kurian, CEO von Google Cloud"),
    "de_heading": ("000", "Anthropics strategische Partnerschaft mit Google"),
    "de_other": ("001", "Gigawatt"),
    "it": ("002", "partnership strategica di Anthropic con Google"),
}


def _articles(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for seed in SEEDS_USED:
        shutil.copy(SEEDS / seed, folder / seed)
    return folder


def _annotated(tmp_path: Path) -> tuple[Library, Path, dict[str, AnnotationId]]:
    folder = _articles(tmp_path, "articles")
    library = Library(tmp_path / "first", seed_if_empty=False)
    library.imports.paths([folder])
    ids: dict[str, AnnotationId] = {}
    for key, (prefix, quote) in QUOTES.items():
        change = library.annotations.annotate_quote(
            library.documents.resolve(prefix), quote, 1, label="Claim", note=f"note on {key}",
            tags=["travel"])
        ids[key] = next(iter(change.annotation_ids))
    library.annotations.link(ids["de_tpus"], ids["it"], "same-claim")
    return library, folder, ids


def _spans(library: Library) -> dict[AnnotationId, str]:
    out = {}
    for annotation in library.annotations.query():
        text = library.documents.get(annotation.doc_id).text
        out[annotation.id] = text[annotation.selector.start:annotation.selector.end]
    return out


def test_the_export_names_each_document_portably(tmp_path: Path) -> None:
    library, folder, ids = _annotated(tmp_path)
    with library:
        data = json.loads(library.exports.render("jsonld").text)
        doc = library.documents.get(library.documents.resolve("000"))
    items = {item["id"]: item for item in data["first"]["items"]}
    source = items[f"urn:uuid:{ids['de_tpus']}"]["target"]["source"]
    assert source["via"] == (folder / SEEDS_USED[0]).resolve().as_uri()
    assert source["label"] == doc.title and source["language"] == "de"
    assert source["schema:sha256"] == doc.content_hash and len(doc.content_hash) == 64


def test_round_trip_into_a_library_whose_article_was_corrected(tmp_path: Path) -> None:
    library, folder, ids = _annotated(tmp_path)
    with library:
        exported = library.exports.render("jsonld").text
        before = {a.id: a for a in library.annotations.query()}
    # The news site corrects one sentence; a colleague imports the folder afresh.
    edited = folder / SEEDS_USED[0]
    text = edited.read_text(encoding="utf-8")
    assert OLD_SENTENCE in text
    edited.write_text(text.replace(OLD_SENTENCE, NEW_SENTENCE), encoding="utf-8")
    with Library(tmp_path / "second", seed_if_empty=False) as other:
        other.imports.paths([folder])
        assert other.documents.resolve("000") != before[ids["de_tpus"]].doc_id  # its text changed
        report = other.imports.annotations(exported)
        assert sorted(report.added) == sorted(ids.values())
        assert not report.missing and not report.orphaned and not report.renamed
        assert report.matches == {
            ids["de_tpus"]: TEXT_CHANGED, ids["de_kurian"]: TEXT_CHANGED,
            ids["de_heading"]: TEXT_CHANGED, ids["de_other"]: SAME_DOCUMENT,
            ids["it"]: SAME_DOCUMENT,
        }
        assert "same source, text changed: 3" in report.summary()
        spans = _spans(other)
        for key, (prefix, quote) in QUOTES.items():
            assert spans[ids[key]] == quote, key
            assert other.annotations.get(ids[key]).doc_id == other.documents.resolve(prefix)
        assert len(report.links_added) == 1
        # Twice: nothing changes.
        snapshot, rev = state(other), other.store.current_rev()
        again = other.imports.annotations(exported)
        assert not again.changed and sorted(again.unchanged) == sorted(ids.values())
        assert state(other) == snapshot and other.store.current_rev() == rev


def test_documents_found_by_file_name_title_and_quote(tmp_path: Path) -> None:
    library, _folder, ids = _annotated(tmp_path)
    with library:
        data = json.loads(library.exports.render("jsonld").text)
    moved = _articles(tmp_path, "elsewhere")  # same files, another folder (another laptop)
    (moved / SEEDS_USED[2]).rename(moved / "renamed.txt")
    items = data["first"]["items"]

    def source_of(ann_id: str) -> dict[str, Any]:
        item = next(i for i in items if i["id"] == f"urn:uuid:{ann_id}")
        src: dict[str, Any] = item["target"]["source"]
        return src

    for ann_id in ids.values():  # no library shares the Parallax ids or the digests
        src = source_of(ann_id)
        src["id"] = src["id"] + "-elsewhere"
        del src["schema:sha256"]
    # 001: only its title is left; 000: its file name; 002 (renamed): nothing but the quote.
    del source_of(ids["de_other"])["via"]
    source_of(ids["de_tpus"])["label"] = "not its title"
    for key in ("it",):
        src = source_of(ids[key])
        del src["via"]
        src["label"] = "a title no library has"
    with Library(tmp_path / "third", seed_if_empty=False) as other:
        other.imports.paths([moved])
        report = other.imports.annotations(json.dumps(data))
        # Found by file name and by title (without a digest the texts count as the same).
        assert report.matches[ids["de_tpus"]] == SAME_DOCUMENT
        assert report.matches[ids["de_other"]] == SAME_DOCUMENT
        assert report.matches[ids["it"]] == BY_QUOTE
        spans = _spans(other)
        assert all(spans[ids[key]] == quote for key, (_, quote) in QUOTES.items())
        assert other.annotations.get(ids["it"]).doc_id == other.documents.resolve("renamed")


def test_a_highlight_whose_document_is_nowhere_is_reported(tmp_path: Path) -> None:
    library, _folder, ids = _annotated(tmp_path)
    with library:
        exported = library.exports.render("jsonld").text
    with Library(tmp_path / "fourth", seed_if_empty=False) as other:
        only = tmp_path / "only-it"
        only.mkdir()
        shutil.copy(SEEDS / SEEDS_USED[2], only)
        other.imports.paths([only])
        report = other.imports.annotations(exported)
        assert report.added == [ids["it"]]
        assert report.matches[ids["de_tpus"]] == NOT_FOUND
        assert {m.annotation_id for m in report.missing} == set(ids.values()) - {ids["it"]}
        assert all(m.doc_title for m in report.missing)
        assert "4 not imported" in report.summary()


def _hostile(exported: str, doc_id: DocId, ann_id: str) -> str:
    """The export with one highlight moved onto another document, and newer."""
    data = json.loads(exported)
    for item in data["first"]["items"]:
        if item["id"] == f"urn:uuid:{ann_id}":
            item["target"]["source"] = f"urn:parallax:document:{doc_id}"
            item["target"]["selector"] = [{"type": "TextQuoteSelector", "exact": "Gigawatt"}]
            item["modified"] = "2099-01-01T00:00:00Z"
            item["body"] = [{"type": "TextualBody", "purpose": "commenting",
                             "value": "replaced?"}]
    return json.dumps(data)


def test_an_id_of_another_documents_highlight_is_imported_as_a_new_one(
    tmp_path: Path,
) -> None:
    library, _folder, ids = _annotated(tmp_path)
    with library:
        target_doc = library.documents.resolve("001")
        hostile = _hostile(library.exports.render("jsonld").text, target_doc, ids["de_tpus"])
        original = library.annotations.get(ids["de_tpus"])
        report = library.imports.annotations(hostile)
        assert library.annotations.get(ids["de_tpus"]) == original  # not moved, note kept
        assert len(report.renamed) == 1 and report.renamed[0][0] == ids["de_tpus"]
        new_id = report.renamed[0][1]
        assert report.added == [new_id]
        new = library.annotations.get(new_id)
        assert new.doc_id == target_doc and new.note == "replaced?"
        assert any("belongs to a highlight of another document" in p for p in report.problems)
        assert "1 added under a new id" in report.summary()
        again = library.imports.annotations(hostile)
        assert not again.changed and new_id in again.unchanged


def test_repeated_ids_in_one_file_are_reported_and_nothing_is_dropped(
    tmp_path: Path,
) -> None:
    library, _folder, ids = _annotated(tmp_path)
    with library:
        data = json.loads(library.exports.render("jsonld").text)
        items = data["first"]["items"]
        first = next(i for i in items if i["id"] == f"urn:uuid:{ids['de_kurian']}")
        exact_repeat = json.loads(json.dumps(first))
        differing = json.loads(json.dumps(first))
        differing["body"] = [{"type": "TextualBody", "purpose": "commenting",
                              "value": "a different note"}]
        items += [exact_repeat, differing]
        library.annotations.delete(ids["de_kurian"])
        report = library.imports.annotations(json.dumps(data))
        assert report.duplicates == [ids["de_kurian"], ids["de_kurian"]]
        assert ids["de_kurian"] in report.added
        assert len(report.renamed) == 1
        repeat_id = report.renamed[0][1]
        assert library.annotations.get(repeat_id).note == "a different note"
        assert library.annotations.get(ids["de_kurian"]).note == "note on de_kurian"
        assert "2 repeated ids in the file" in report.summary()
        assert sum("appears more than once" in p for p in report.problems) == 2
        again = library.imports.annotations(json.dumps(data))
        assert not again.changed


def test_a_source_with_web_address_and_metadata_passes_the_w3c_checkers(
    tmp_path: Path,
) -> None:
    """Documents fetched from the web carry url, author, site and date: the export names
    them with `via` (a list) and schema.org terms, and still passes both checkers."""
    import dataclasses
    import subprocess
    import sys

    from reader.core.export import ExportBundle
    from reader.core.export.jsonld import to_jsonld
    from reader.core.export.jsonld_read import parse_jsonld
    from tests.conftest import CONFORMANCE

    library, _folder, ids = _annotated(tmp_path)
    with library:
        bundle = library.exports.bundle(generated="2025-01-01T00:00:00Z")
    web = {doc_id: dataclasses.replace(doc, metadata={
        "url": "https://news.example/tpu-deal?id=1&x=ä", "author": "Erika Muster",
        "site": "news.example", "published": "2025-10-24"}) for doc_id, doc in
        bundle.documents.items()}
    text = to_jsonld(ExportBundle(documents=web, annotations=bundle.annotations,
                                  links=bundle.links, labels=bundle.labels,
                                  generated=bundle.generated))
    item = next(i for i in json.loads(text)["first"]["items"]
                if i["id"] == f"urn:uuid:{ids['it']}")
    source = item["target"]["source"]
    assert source["via"][0] == "https://news.example/tpu-deal?id=1&x=ä"
    assert source["via"][1].startswith("file:///")
    assert source["schema:author"] == "Erika Muster"
    assert source["schema:datePublished"] == "2025-10-24"
    parsed = parse_jsonld(text)
    origin = parsed.origins[[a.id for a in parsed.annotations].index(ids["it"])]
    assert origin.locations[0] == "https://news.example/tpu-deal?id=1&x=ä"
    out = tmp_path / "web.jsonld"
    out.write_text(text, encoding="utf-8")
    checkers = CONFORMANCE / "web-annotation"
    for args in (["validate_wa.py", "--schemas", "schemas", str(out)],
                 ["jsonld_offline_check.py", "--context", "schemas/anno.jsonld", str(out)]):
        done = subprocess.run([sys.executable, *args], cwd=checkers, capture_output=True,
                              text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "FAIL" not in done.stdout


def test_a_web_article_saved_under_another_name_is_found_by_its_address(
    tmp_path: Path,
) -> None:
    body = ("Die Zentralbank hebt den Leitzins um einen halben Prozentpunkt an. "
            "Analysten hatten mit einem kleineren Schritt gerechnet.\n\n"
            "Die Inflation lag zuletzt bei 4,1 Prozent.\n")
    first = tmp_path / "mine"
    first.mkdir()
    (first / "zins.md").write_text(
        "---\ntitle: Leitzins steigt\nurl: https://news.example/zins?id=7\n---\n\n" + body,
        encoding="utf-8")
    with Library(tmp_path / "lib-a", seed_if_empty=False) as library:
        library.imports.paths([first])
        doc = library.documents.summaries()[0].id
        ann = next(iter(library.annotations.annotate_quote(
            doc, "um einen halben Prozentpunkt", 1, label="Claim").annotation_ids))
        exported = library.exports.render("jsonld").text
    other = tmp_path / "theirs"
    other.mkdir()
    (other / "2025-10-24 Zentralbank.md").write_text(
        "---\ntitle: Zentralbank erhöht Zinsen\nurl: https://news.example/zins?id=7\n---\n\n"
        + body.replace("kleineren Schritt", "geringeren Schritt"), encoding="utf-8")
    with Library(tmp_path / "lib-b", seed_if_empty=False) as theirs:
        theirs.imports.paths([other])
        report = theirs.imports.annotations(exported)
        assert report.matches == {ann: TEXT_CHANGED}
        found = theirs.annotations.get(ann)
        text = theirs.documents.get(found.doc_id).text
        assert text[found.selector.start:found.selector.end] == "um einen halben Prozentpunkt"


def test_a_quote_edited_since_is_found_fuzzily_among_the_likely_documents(
    tmp_path: Path,
) -> None:
    library, _folder, ids = _annotated(tmp_path)
    with library:
        data = json.loads(library.exports.render("jsonld").text)
    for item in data["first"]["items"]:
        if item["id"] == f"urn:uuid:{ids['de_kurian']}":
            # Nothing names the document, and its text changed where the quote sits.
            item["target"]["source"] = {"id": "urn:x-elsewhere:1", "type": "Text",
                                        "language": "de"}
            for selector in item["target"]["selector"]:
                if selector["type"] == "TextQuoteSelector":
                    selector["exact"] = "Thomas Kurian, der CEO von Google Cloud"
    moved = _articles(tmp_path, "again")
    with Library(tmp_path / "fifth", seed_if_empty=False) as other:
        other.imports.paths([moved])
        report = other.imports.annotations(json.dumps(data))
        assert report.matches[ids["de_kurian"]] == BY_QUOTE
        found = other.annotations.get(ids["de_kurian"])
        assert found.doc_id == other.documents.resolve("000")
        text = other.documents.get(found.doc_id).text
        assert "Thomas Kurian" in text[found.selector.start:found.selector.end]
