"""Annotations in the core: highlights, labels, links, claim groups, undo/redo, search."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.annotations import AnnotationService, normalize_color
from reader.core.changes import NO_CHANGE, ChangeKind
from reader.core.errors import Ambiguous, Conflict, InvalidValue, NotFound, QueryError
from reader.core.library import Library
from reader.core.models import AnnotationId, LinkId
from reader.core.store.annotations import AnnotationTables
from tests.annotation_helpers import annotate, annotate_seeds, deterministic, doc, state, the_id

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


# ---------------------------------------------------------------------------- highlights


def test_a_highlight_has_a_uuid_both_selectors_and_times(library: Library) -> None:
    doc_id = doc(library, "000")
    text = library.documents.get(doc_id).text
    start = text.index("bis zu eine Million")
    change = library.annotations.create(doc_id, start, start + 19, label="Claim", note="n",
                                        tags=["tpu"])
    assert change.operation == "create" and change.doc_ids == {doc_id}
    assert change.kind == ChangeKind.ANNOTATIONS
    annotation = library.annotations.get(the_id(change))
    assert UUID.match(annotation.id)
    selector = annotation.selector
    assert (selector.start, selector.end, selector.exact) == (start, start + 19,
                                                              "bis zu eine Million")
    assert selector.prefix == text[start - 32 : start] and len(selector.prefix) == 32
    assert selector.suffix == text[start + 19 : start + 51]
    assert annotation.state == "anchored" and annotation.label == "Claim"
    assert annotation.created and annotation.created == annotation.modified
    assert library.documents.summaries()[0].n_annotations + 1 >= 1
    counts = {s.id: s.n_annotations for s in library.documents.summaries()}
    assert counts[doc_id] == 1


def test_annotate_by_quote_with_occurrences(library: Library) -> None:
    service, doc_id = library.annotations, doc(library, "000")
    text = library.documents.get(doc_id).text
    count = text.count("Google")
    with pytest.raises(Ambiguous, match=rf"occurs {count} times.*--occurrence"):
        service.annotate_quote(doc_id, "Google")
    second = the_id(service.annotate_quote(doc_id, "Google", occurrence=2))
    first_at = text.index("Google")
    assert service.get(second).selector.start == text.index("Google", first_at + 1)
    with pytest.raises(NotFound, match=rf"no occurrence {count + 1} \(choose 1 to {count}\)"):
        service.annotate_quote(doc_id, "Google", occurrence=count + 1)
    with pytest.raises(NotFound, match="does not occur"):
        service.annotate_quote(doc_id, "Quantencomputer aus Holz")
    with pytest.raises(InvalidValue):
        service.annotate_quote(doc_id, "   ")


def test_a_quote_matches_across_different_whitespace(library: Library) -> None:
    doc_id = doc(library, "000")
    text = library.documents.get(doc_id).text
    heading_end = text.index("\n\nDer Sektor")
    quote = text[heading_end - 6 : heading_end] + "   Der Sektor"  # "\n\n" typed as spaces
    found = library.annotations.get(the_id(library.annotations.annotate_quote(doc_id, quote)))
    assert found.selector.exact == text[heading_end - 6 : heading_end + 12]


def test_overlapping_and_nested_highlights_are_allowed(library: Library) -> None:
    doc_id = doc(library, "001")
    outer = annotate(library, "001", "bis zu eine Million TPUs (Tensor Processing Units)")
    inner = annotate(library, "001", "eine Million TPUs")
    overlap = annotate(library, "001", "TPUs (Tensor Processing Units) zu erhalten")
    listed = [a.id for a in library.annotations.for_document(doc_id)]
    assert listed == [outer, inner, overlap]  # by position


@pytest.mark.parametrize(("start", "end"), [(5, 5), (-1, 4), (10, 10**9)])
def test_a_bad_span_is_refused(library: Library, start: int, end: int) -> None:
    with pytest.raises(InvalidValue, match="empty or outside"):
        library.annotations.create(doc(library, "000"), start, end)


def test_update_changes_only_what_is_given(library: Library) -> None:
    service = library.annotations
    ann = annotate(library, "002", "gigawatt", 1, label="Claim", note="old", tags=["a"])
    service.clock = lambda: "2030-01-01T00:00:00Z"
    service.update(ann, note="new **note**")
    got = service.get(ann)
    assert (got.label, got.note, got.tags) == ("Claim", "new **note**", ("a",))
    assert got.modified == "2030-01-01T00:00:00Z" and got.created != got.modified
    service.update(ann, label="evidence", tags=[" x  y ", "X  Y", "z", ""])
    got = service.get(ann)
    assert got.label == "Evidence" and got.tags == ("x y", "z")
    service.update(ann, label=None)
    assert service.get(ann).label is None
    assert service.update(ann, note="new **note**").description == NO_CHANGE


def test_an_unknown_label_is_refused_with_the_known_ones(library: Library) -> None:
    with pytest.raises(NotFound, match="labels: Claim, Evidence, Question"):
        annotate(library, "002", "gigawatt", 1, label="Clam")


def test_a_failed_operation_changes_nothing(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = annotate_seeds(library)
    before, rev = state(library), library.store.current_rev()
    undo_text = library.annotations.undo_text
    original = AnnotationTables.apply

    def apply_then_fail(db: object, rows: object, rev: int) -> None:
        original(db, rows, rev)  # type: ignore[arg-type]
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr(AnnotationTables, "apply", staticmethod(apply_then_fail))
    with pytest.raises(RuntimeError):
        library.annotations.delete(ids["it_gigawatt"])
    with pytest.raises(RuntimeError):
        library.annotations.rename_label("Key figure", "Zahl")
    monkeypatch.undo()
    assert state(library) == before
    assert library.store.current_rev() == rev
    assert library.annotations.undo_text == undo_text


# ---------------------------------------------------------------------------- labels


def test_built_in_labels_have_colours(library: Library) -> None:
    labels = library.annotations.labels()
    assert [(lab.name, lab.builtin) for lab in labels] == [
        ("Claim", True), ("Evidence", True), ("Question", True)
    ]
    assert all(re.match(r"^#[0-9a-f]{6}$", lab.color) for lab in labels)


def test_label_lifecycle(library: Library) -> None:
    service = library.annotations
    service.add_label("Key figure", "#F80")
    assert service.label("key FIGURE").color == "#ff8800"
    ann = annotate(library, "002", "gigawatt", 1, label="Key figure")
    change = service.rename_label("key figure", "Zahl")
    assert ann in change.annotation_ids
    assert service.get(ann).label == "Zahl"
    change = service.recolor_label("Zahl", "#123456")
    assert ann in change.annotation_ids  # views repaint the highlights wearing it
    assert service.label("Zahl").color == "#123456"
    with pytest.raises(Conflict, match="used by 1 highlight: reassign"):
        service.delete_label("Zahl")
    service.delete_label("Zahl", reassign_to="Evidence")
    assert service.get(ann).label == "Evidence"
    assert [lab.name for lab in service.labels()] == ["Claim", "Evidence", "Question"]


def test_a_change_says_which_sorts_of_rows_it_touched(library: Library) -> None:
    """Views refresh by kind: labels (the label lists), links, annotations, documents."""
    service = library.annotations
    added = service.add_label("Key figure", "#F80")
    assert added.kind == ChangeKind.LABELS and added.operation == "label"
    a = annotate(library, "000", "Gigawatt", 1, label="Key figure")
    b = annotate(library, "002", "gigawatt", 1)
    linked = service.link(a, b)
    assert linked.kind == ChangeKind.LINKS and linked.operation == "link"
    renamed = service.rename_label("Key figure", "Zahl")  # its highlights follow
    assert renamed.kind == ChangeKind.LABELS | ChangeKind.ANNOTATIONS
    deleted = service.delete(a)  # its link goes with it
    assert deleted.kind == ChangeKind.ANNOTATIONS | ChangeKind.LINKS
    assert service.undo().kind == deleted.kind
    unchanged = service.update(b, note=service.get(b).note)
    assert unchanged.description == NO_CHANGE and unchanged.kind == ChangeKind.NOTHING


def test_deleting_a_label_can_clear_it(library: Library) -> None:
    service = library.annotations
    service.add_label("Temp", "#000000")
    ann = annotate(library, "002", "gigawatt", 1, label="Temp")
    service.delete_label("Temp", clear=True)
    assert service.get(ann).label is None


@pytest.mark.parametrize(
    ("operation", "error", "message"),
    [
        (lambda s: s.add_label("claim", "#000000"), Conflict, "already a label"),
        (lambda s: s.add_label("  ", "#000000"), InvalidValue, "needs a name"),
        (lambda s: s.add_label("Neu", "red"), InvalidValue, "not a colour"),
        (lambda s: s.rename_label("Claim", "Behauptung"), Conflict, "built-in"),
        (lambda s: s.delete_label("Evidence"), Conflict, "built-in"),
        (lambda s: s.rename_label("Nope", "X"), NotFound, "no label"),
        (lambda s: s.delete_label("Claim", reassign_to="Evidence", clear=True), InvalidValue,
         "not both"),
    ],
)
def test_label_errors_are_one_sentence(
    library: Library, operation: Callable[[AnnotationService], object],
    error: type[Exception], message: str,
) -> None:
    with pytest.raises(error, match=message) as info:
        operation(library.annotations)
    assert "\n" not in str(info.value) and str(info.value).endswith(".")


def test_colours_are_normalised() -> None:
    assert normalize_color("ABC") == "#aabbcc"
    assert normalize_color(" #A0B1C2 ") == "#a0b1c2"


# ---------------------------------------------------------------------------- links


def test_same_claim_links_form_groups_transitively(library: Library) -> None:
    ids = annotate_seeds(library)
    groups = library.annotations.claim_groups()
    assert len(groups) == 1
    assert set(groups[0]) == {ids["de_gigawatt"], ids["it_gigawatt"], ids["pt_gigawatt"]}
    assert len(library.annotations.links_for(ids["de_gigawatt"])) == 3
    relations = sorted(k.relation for k in library.annotations.all_links())
    assert relations == ["contradicts", "same-claim", "same-claim", "supports"]


def test_link_errors(library: Library) -> None:
    ids = annotate_seeds(library)
    service = library.annotations
    with pytest.raises(Conflict, match="already linked"):
        service.link(ids["it_gigawatt"], ids["de_gigawatt"])  # either direction
    with pytest.raises(InvalidValue, match="itself"):
        service.link(ids["de_plain"], ids["de_plain"])
    with pytest.raises(InvalidValue, match="not a relation"):
        service.link(ids["de_plain"], ids["it_gigawatt"], "agrees")
    with pytest.raises(NotFound):
        service.link(ids["de_plain"], AnnotationId("0000"))
    with pytest.raises(NotFound):
        service.unlink(LinkId("nope"))


def test_a_link_change_names_both_documents(library: Library) -> None:
    a = annotate(library, "000", "Gigawatt", 1)
    b = annotate(library, "002", "gigawatt", 1)
    change = library.annotations.link(a, b)
    assert change.doc_ids == {doc(library, "000"), doc(library, "002")}
    assert change.annotation_ids == {a, b}


def test_deleting_a_highlight_takes_its_links_and_undo_brings_them_back(
    library: Library,
) -> None:
    ids = annotate_seeds(library)
    before = state(library)
    library.annotations.delete(ids["it_gigawatt"])
    assert library.annotations.claim_groups() == []
    assert all(ids["it_gigawatt"] not in (k.source, k.target)
               for k in library.annotations.all_links())
    library.annotations.undo()
    assert state(library) == before


# ---------------------------------------------------------------------------- undo and redo

Operation = Callable[[Library, dict[str, AnnotationId]], object]

OPERATIONS: dict[str, Operation] = {
    "create": lambda lib, ids: annotate(lib, "003", "Stargate"),
    "edit": lambda lib, ids: lib.annotations.update(ids["de_million"], note="changed",
                                                    tags=["other"]),
    "relabel": lambda lib, ids: lib.annotations.update(ids["de_plain"], label="Question"),
    "delete": lambda lib, ids: lib.annotations.delete(ids["de_gigawatt"]),
    "link": lambda lib, ids: lib.annotations.link(ids["de_plain"], ids["pt_gigawatt"],
                                                  "supports"),
    "unlink": lambda lib, ids: lib.annotations.unlink(
        lib.annotations.links_for(ids["de_plain"])[0].id),
    "reattach": lambda lib, ids: lib.annotations.reattach(ids["de_plain"], 0, 10),
    "add label": lambda lib, ids: lib.annotations.add_label("Neu", "#010203"),
    "rename label": lambda lib, ids: lib.annotations.rename_label("Key figure", "Kennzahl"),
    "recolour label": lambda lib, ids: lib.annotations.recolor_label("Claim", "#000000"),
    "delete label": lambda lib, ids: lib.annotations.delete_label("Key figure",
                                                                  reassign_to="Claim"),
}


@pytest.mark.parametrize("name", list(OPERATIONS))
def test_every_operation_undoes_and_redoes(library: Library, name: str) -> None:
    ids = annotate_seeds(library)
    before = state(library)
    OPERATIONS[name](library, ids)
    after = state(library)
    assert after != before
    undone = library.annotations.undo()
    assert undone is not None and undone.description.startswith("Undo ")
    assert state(library) == before
    redone = library.annotations.redo()
    assert redone is not None and redone.description.startswith("Redo ")
    assert state(library) == after
    library.annotations.undo()
    assert state(library) == before


def test_undo_texts_and_flags(library: Library) -> None:
    service = library.annotations
    assert (service.can_undo, service.can_redo) == (False, False)
    assert service.undo() is None and service.redo() is None
    assert (service.undo_text, service.redo_text) == ("Undo", "Redo")
    ann = annotate(library, "000", "Gigawatt", 1)
    assert service.undo_text == "Undo create highlight"
    service.update(ann, label="Claim")
    assert service.undo_text == "Undo relabel highlight"
    change = service.undo()
    assert change is not None and change.annotation_ids == {ann}
    assert service.redo_text == "Redo relabel highlight" and service.can_redo
    service.undo()
    assert not service.can_undo and service.count() == 0
    service.redo()
    annotate(library, "000", "Google", 1)  # a new operation drops the redo stack
    assert not service.can_redo


def test_undo_history_is_per_library_instance(library_dir: Path) -> None:
    with Library(library_dir) as first, Library(library_dir) as second:
        annotate(first, "000", "Gigawatt", 1)
        assert first.annotations.can_undo and not second.annotations.can_undo


def test_an_undo_that_can_no_longer_apply_is_dropped(library: Library) -> None:
    service = library.annotations
    service.add_label("Temp", "#000000")
    ann = annotate(library, "000", "Gigawatt", 1, label="Temp")
    service.update(ann, label="Claim")
    # Another window deletes the label meanwhile; undoing the relabel would need it.
    with Library(library.data_dir) as other:
        other.annotations.delete_label("Temp")
    with pytest.raises(Conflict, match="nothing was changed"):
        service.undo()
    assert service.get(ann).label == "Claim"
    assert service.undo_text == "Undo create highlight"


def test_undo_never_deletes_a_note_written_in_another_window(library_dir: Path) -> None:
    with Library(library_dir) as a, Library(library_dir) as b:
        ann = annotate(a, "000", "Gigawatt", 1)
        b.annotations.update(ann, note="written in window B")
        with pytest.raises(Conflict) as info:
            a.annotations.undo()
        message = str(info.value)
        assert message == ("This highlight was changed in another window (or on the command "
                           "line) since, so it is not undone.")
        assert a.annotations.get(ann).note == "written in window B"
        assert b.annotations.get(ann).note == "written in window B"
        assert not a.annotations.can_undo and not a.annotations.can_redo  # the step is dropped
        assert a.annotations.undo() is None


def test_undo_after_a_delete_in_another_window_is_refused(library_dir: Path) -> None:
    with Library(library_dir) as a, Library(library_dir) as b:
        ann = annotate(a, "000", "Gigawatt", 1, note="first")
        a.annotations.update(ann, note="second")
        b.annotations.delete(ann)
        with pytest.raises(Conflict, match="was deleted in another window .* not undone"):
            a.annotations.undo()  # would bring the highlight back with its first note
        with pytest.raises(Conflict, match="was deleted in another window"):
            a.annotations.undo()
        assert a.annotations.count() == 0 and not a.annotations.can_undo
        assert b.annotations.undo() is not None  # B's own undo still brings it back
        assert a.annotations.get(ann).note == "second"


def test_undo_and_redo_with_another_window_that_changed_nothing_of_it(
    library_dir: Path,
) -> None:
    with Library(library_dir) as a, Library(library_dir) as b:
        ann = annotate(a, "000", "Gigawatt", 1)
        a.annotations.update(ann, note="mine")
        other = annotate(b, "001", "Gigawatt", 1, note="theirs")  # another highlight
        b.annotations.add_label("Theirs", "#123456")
        assert a.annotations.undo() is not None
        assert a.annotations.get(ann).note == ""
        assert a.annotations.undo() is not None
        assert a.annotations.count() == 1
        assert a.annotations.redo() is not None and a.annotations.redo() is not None
        assert a.annotations.get(ann).note == "mine"
        assert a.annotations.get(other).note == "theirs"


def test_redo_after_a_change_in_another_window_is_refused(library_dir: Path) -> None:
    with Library(library_dir) as a, Library(library_dir) as b:
        ann = annotate(a, "000", "Gigawatt", 1, note="first")
        a.annotations.update(ann, note="second")
        a.annotations.undo()
        b.annotations.update(ann, note="from B")
        with pytest.raises(Conflict, match=r"^This highlight was changed in another window "
                                           r"\(or on the command line\) since, so it is not "
                                           r"redone\.$"):
            a.annotations.redo()
        assert a.annotations.get(ann).note == "from B" and not a.annotations.can_redo
        # Undoing the create would delete B's note too: refused as well.
        with pytest.raises(Conflict, match="not undone"):
            a.annotations.undo()
        assert a.annotations.get(ann).note == "from B"


def test_redo_after_a_delete_in_another_window_is_refused(library_dir: Path) -> None:
    with Library(library_dir) as a, Library(library_dir) as b:
        ann = annotate(a, "000", "Gigawatt", 1)
        a.annotations.delete(ann)
        a.annotations.undo()  # the highlight is back
        b.annotations.update(ann, note="from B")
        with pytest.raises(Conflict, match="not redone"):
            a.annotations.redo()  # would delete B's note with the highlight
        assert a.annotations.get(ann).note == "from B"


def test_links_and_labels_changed_elsewhere_are_not_undone(library_dir: Path) -> None:
    with Library(library_dir) as a, Library(library_dir) as b:
        first = annotate(a, "000", "Gigawatt", 1)
        second = annotate(a, "002", "gigawatt", 1)
        a.annotations.link(first, second, "supports")
        b.annotations.unlink(b.annotations.links_for(first)[0].id)
        with pytest.raises(Conflict, match="^The link between these highlights was changed"):
            a.annotations.undo()
        a.annotations.recolor_label("Claim", "#000000")
        b.annotations.recolor_label("Claim", "#ffffff")
        with pytest.raises(Conflict, match="^The label 'Claim' was changed in another window"):
            a.annotations.undo()
        assert a.annotations.label("Claim").color == "#ffffff"


def test_undo_after_an_import_moved_the_highlight_still_works(
    library: Library, tmp_path: Path
) -> None:
    source = tmp_path / "article.txt"
    source.write_text("Titel\n\nEin Satz über ein Gigawatt Strom.\n", encoding="utf-8")
    doc_id = library.imports.paths([source]).outcomes[0].doc_id
    assert doc_id is not None
    ann = library.annotations.annotate_quote(doc_id, "ein Gigawatt")
    ann_id = the_id(ann)
    library.annotations.update(ann_id, note="n")
    source.write_text("Titel\n\nVorher. Ein Satz über ein Gigawatt Strom.\n", encoding="utf-8")
    library.imports.paths([source])  # re-anchors the highlight (same modified stamp)
    assert library.annotations.get(ann_id).state == "moved"
    assert library.annotations.undo() is not None
    assert library.annotations.get(ann_id).note == ""


# ---------------------------------------------------------------------------- documents


def test_a_document_with_annotations_is_not_deleted_silently(library: Library) -> None:
    doc_id = doc(library, "002")
    ann = annotate(library, "002", "gigawatt", 1, note="keep me")
    with pytest.raises(Conflict, match="has 1 annotation: export or delete them first"):
        library.documents.delete([doc_id])
    assert library.annotations.get(ann).note == "keep me"
    assert len(library.documents.summaries()) == 5
    library.documents.delete([doc_id], delete_annotations=True)
    assert library.annotations.count() == 0 and len(library.documents.summaries()) == 4
    assert library.search.query("gigawatt").annotation_total == 0


# ---------------------------------------------------------------------------- search


def test_note_tag_and_label_fields(library: Library) -> None:
    ids = annotate_seeds(library)

    def found(query: str) -> set[str]:
        return {h.annotation_id for h in library.search.query(query, limit=50).annotations}

    assert found("note:italiano") == {ids["it_gigawatt"]}
    assert found("tag:energy") == {ids["de_gigawatt"], ids["it_gigawatt"], ids["pt_gigawatt"]}
    assert found("tag:ENERGY lang:it") == {ids["it_gigawatt"]}
    assert found('label:"key figure"') == {ids["de_gigawatt"]}
    assert found("label:claim") == {ids["de_million"]}
    assert found("tag:it-source OR label:question") == {ids["it_gigawatt"], ids["pt_gigawatt"]}
    assert found("notes:million*") == {ids["de_million"]}
    assert found("note:million") == {ids["de_million"]}  # the note says **one million**
    results = library.search.query("tag:energy")
    assert results.total == 0 and results.hits == ()  # documents have no tags
    assert results.annotation_total == 3


def test_a_plain_query_returns_annotations_alongside_documents(library: Library) -> None:
    ids = annotate_seeds(library)
    results = library.search.query("gigawatt", limit=20)
    assert results.total == 5  # documents, exactly as without annotations
    assert {h.annotation_id for h in results.annotations} >= {
        ids["de_gigawatt"], ids["it_gigawatt"], ids["pt_gigawatt"], ids["de_plain"]
    }
    hit = next(h for h in results.annotations if h.annotation_id == ids["it_gigawatt"])
    assert hit.doc_id == doc(library, "002") and hit.lang == "it"
    assert hit.quote == "oltre un gigawatt entro il 2026"
    assert hit.tags == ("energy", "it-source") and hit.label == "Evidence"
    note_hit = library.search.query("italiano").annotations[0]
    assert note_hit.note_snippet == "La stessa cifra, in <b>italiano</b>."


def test_document_results_never_include_annotation_records(library: Library) -> None:
    before = library.search.query("Gigawatt", limit=50)
    for n in range(30):
        annotate(library, "001", "Gigawatt", 1 + n % 2, note=f"Gigawatt Gigawatt {n}",
                 tags=["Gigawatt"])
    after = library.search.query("Gigawatt", limit=50)
    assert [(h.doc_id, h.score) for h in after.hits] == [(h.doc_id, h.score)
                                                         for h in before.hits]
    assert after.total == before.total == 5
    assert after.annotation_total == 30 and len(after.annotations) == 30
    assert library.search.index.doc_count() == 5


def test_the_annotation_index_follows_every_change(library: Library) -> None:
    service = library.annotations
    ann = annotate(library, "000", "Gigawatt", 1, note="Erstfassung")
    assert library.search.query("Erstfassung").annotation_total == 1
    service.update(ann, note="Zweitfassung")
    assert library.search.query("Erstfassung").annotation_total == 0
    assert library.search.query("Zweitfassung").annotation_total == 1
    service.delete(ann)
    assert library.search.query("Zweitfassung").annotation_total == 0
    service.undo()
    assert library.search.query("Zweitfassung").annotation_total == 1
    service.add_label("Zahl", "#000000")
    service.update(ann, label="Zahl")
    service.rename_label("Zahl", "Kennzahl")
    assert library.search.query("label:kennzahl").annotation_total == 1
    assert library.search.query("label:zahl").annotation_total == 0


def test_annotation_changes_from_another_process_are_picked_up(library_dir: Path) -> None:
    with Library(library_dir) as first, Library(library_dir) as second:
        assert first.search.query("tag:solar").annotation_total == 0
        ann = annotate(second, "000", "Gigawatt", 1, tags=["solar"])
        assert first.search.query("tag:solar").annotation_total == 1
        second.annotations.delete(ann)
        assert first.search.query("tag:solar").annotation_total == 0


def test_a_deleted_or_stale_annotation_index_is_rebuilt(library: Library) -> None:
    import shutil

    annotate(library, "000", "Gigawatt", 1, note="Wiederaufbau")
    assert library.search.query("Wiederaufbau").annotation_total == 1
    library.close()
    shutil.rmtree(library.search.annotation_index.folder)
    with Library(library.data_dir) as reopened:
        assert reopened.search.query("Wiederaufbau").annotation_total == 1
        reopened.search.annotation_index.close()
        for segment in reopened.search.annotation_index.folder.glob("*.seg"):
            segment.write_bytes(b"garbage")
        reopened.search.forget_sync()
        assert reopened.search.query("Wiederaufbau").annotation_total == 1


def test_annotation_search_obeys_the_query_language(library: Library) -> None:
    ids = annotate_seeds(library)
    hits = library.search.annotations('"gigawatt entro"')
    assert [h.annotation_id for h in hits] == [ids["it_gigawatt"]]
    assert len(library.search.annotations("gigawatt", lang="pt")) == 1
    with pytest.raises(QueryError, match="Unknown field"):
        library.search.query("colour:red")
    with pytest.raises(QueryError, match="Unknown field"):
        library.search.annotations("colour:red")


def test_search_with_annotations_keeps_the_query_syntax_errors(library: Library) -> None:
    with pytest.raises(QueryError, match="nothing after the colon"):
        library.search.query("tag: energy")


def test_deterministic_ids_for_tests(library: Library) -> None:
    deterministic(library)
    ann = annotate(library, "000", "Gigawatt", 1)
    assert ann == "00000001-0000-4000-8000-000000000001"


def test_a_library_of_schema_1_is_upgraded_keeping_its_documents(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core import store as store_module
    from reader.core.store import STORE_FILENAME, Store
    from reader.core.store.files import schema_version

    documents = [library.documents.get(s.id) for s in library.documents.summaries()]
    monkeypatch.setattr(store_module, "migrations", lambda: [])
    monkeypatch.setattr(store_module, "schema_version", lambda: 1)
    old = Store(tmp_path / "old" / STORE_FILENAME)
    old.save_documents(documents)
    assert old.version == 1
    old.close()
    monkeypatch.undo()
    with Library(tmp_path / "old", auto_backup=False) as upgraded:
        assert upgraded.store.version == schema_version()
        assert len(upgraded.documents.summaries()) == 5
        assert [lab.name for lab in upgraded.annotations.labels()] == [
            "Claim", "Evidence", "Question"
        ]
        annotate(upgraded, "000", "Gigawatt", 1)
        assert upgraded.search.query("Gigawatt").annotation_total == 1


def test_a_bulk_change_rebuilds_the_annotation_index(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.search.annotation_index import AnnotationIndex

    annotate(library, "000", "Gigawatt", 1, note="vorher")
    assert library.search.query("vorher").annotation_total == 1
    monkeypatch.setattr(AnnotationIndex, "rebuild_above", 2)
    ids = annotate_seeds(library)  # 5 more: most of the index changed
    library.annotations.delete(ids["de_plain"])
    results = library.search.query("gigawatt OR vorher OR million")
    assert results.annotation_total == 5
    assert library.search.annotation_index.doc_count() == library.annotations.count() == 5
