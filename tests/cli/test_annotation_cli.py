"""The annotation commands: JSON shapes, errors, exports, imports, labels, links, backups."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.library import Library
from reader.core.store import STORE_FILENAME
from tests.conftest import REPO

ANNOTATION_KEYS = {"id", "doc_id", "source", "quote", "prefix", "suffix", "start", "end",
                   "label", "note", "tags", "state", "links"}


def run(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(folder), *args])
    out, err = capsys.readouterr()
    return status, out, err


def annotate(capsys: pytest.CaptureFixture[str], folder: Path, *args: str) -> dict[str, object]:
    status, out, err = run(capsys, folder, "annotate", *args, "--json")
    assert status == 0, err
    data: dict[str, object] = json.loads(out)
    return data


def test_annotate_prints_the_annotation(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    data = annotate(capsys, library_dir, "002", "--quote", "oltre un gigawatt", "--label",
                    "claim", "--note", "La *cifra*", "--tag", "energy", "--tag", "it")
    assert ANNOTATION_KEYS <= set(data)
    assert data["quote"] == "oltre un gigawatt" and data["label"] == "Claim"
    assert data["tags"] == ["energy", "it"] and data["state"] == "anchored"
    assert str(data["source"]).endswith("002_8237c0f66678d26f.txt")
    assert data["links"] == []
    start, end = data["start"], data["end"]
    assert isinstance(start, int) and isinstance(end, int) and end - start == 17


def test_annotate_by_span(capsys: pytest.CaptureFixture[str], library_dir: Path) -> None:
    data = annotate(capsys, library_dir, "000", "--start", "0", "--end", "9")
    assert data["quote"] == "Anthropic"
    status, _, err = run(capsys, library_dir, "annotate", "000", "--start", "3")
    assert status == 1 and "--end" in err


def test_annotate_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    status, out, err = run(capsys, library_dir, "annotate", "000", "--quote", "Google")
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "--occurrence" in err
    status, _, err = run(capsys, library_dir, "annotate", "000", "--quote", "Google",
                         "--occurrence", "99")
    assert status == 1 and "no occurrence 99" in err
    status, _, err = run(capsys, library_dir, "annotate", "000", "--quote", "Zebrastreifen")
    assert status == 1 and "does not occur" in err
    status, _, err = run(capsys, library_dir, "annotate", "000", "--quote", "Google",
                         "--occurrence", "2", "--label", "Nope")
    assert status == 1 and "no label 'Nope'" in err


def test_annotations_lists_and_filters(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    a = annotate(capsys, library_dir, "002", "--quote", "oltre un gigawatt", "--tag", "energy")
    b = annotate(capsys, library_dir, "001", "--quote", "über ein Gigawatt", "--label",
                 "Evidence")
    status, out, _ = run(capsys, library_dir, "link", str(a["id"])[:8], str(b["id"])[:8],
                         "--json")
    assert status == 0 and json.loads(out)["relation"] == "same-claim"
    status, out, _ = run(capsys, library_dir, "annotations", "--json")
    items = json.loads(out)
    assert status == 0 and [i["id"] for i in items] == [b["id"], a["id"]]  # by title
    assert all(ANNOTATION_KEYS <= set(i) for i in items)
    assert items[0]["links"][0]["other"] == a["id"]
    assert items[0]["links"][0]["relation"] == "same-claim"
    _, out, _ = run(capsys, library_dir, "annotations", "002", "--json")
    assert [i["id"] for i in json.loads(out)] == [a["id"]]
    _, out, _ = run(capsys, library_dir, "annotations", "--tag", "ENERGY", "--json")
    assert [i["id"] for i in json.loads(out)] == [a["id"]]
    _, out, _ = run(capsys, library_dir, "annotations", "--label", "evidence", "--json")
    assert [i["id"] for i in json.loads(out)] == [b["id"]]
    status, out, _ = run(capsys, library_dir, "annotations")
    assert status == 0 and out.strip().endswith("2 highlights")
    _, out, _ = run(capsys, library_dir, "links", "--json")
    assert json.loads(out)["claim_groups"] == [[b["id"], a["id"]]]


def test_edit_delete_reattach_and_unlink(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    a = annotate(capsys, library_dir, "002", "--quote", "oltre un gigawatt")
    b = annotate(capsys, library_dir, "004", "--quote", "mais de um gigawatt")
    ref = str(a["id"])[:8]
    status, out, _ = run(capsys, library_dir, "edit-annotation", ref, "--label", "Question",
                         "--note", "rivedere", "--tag", "x", "--json")
    edited = json.loads(out)
    assert status == 0 and (edited["label"], edited["note"], edited["tags"]) == (
        "Question", "rivedere", ["x"])
    _, out, _ = run(capsys, library_dir, "edit-annotation", ref, "--no-label", "--no-tags",
                    "--json")
    edited = json.loads(out)
    assert (edited["label"], edited["note"], edited["tags"]) == (None, "rivedere", [])
    status, out, _ = run(capsys, library_dir, "reattach", ref, "--quote", "Thomas Kurian",
                         "--json")
    assert status == 0 and json.loads(out)["quote"] == "Thomas Kurian"
    run(capsys, library_dir, "link", ref, str(b["id"]), "--relation", "contradicts")
    _, out, _ = run(capsys, library_dir, "links", "--json")
    link_id = json.loads(out)["links"][0]["id"]
    status, out, _ = run(capsys, library_dir, "unlink", link_id[:6], "--json")
    assert status == 0 and json.loads(out)["kind"] == "unlink"
    status, out, _ = run(capsys, library_dir, "delete-annotation", ref)
    assert status == 0 and out == "Delete highlight: done.\n"
    _, out, _ = run(capsys, library_dir, "annotations", "--json")
    assert [i["id"] for i in json.loads(out)] == [b["id"]]


def test_label_commands(capsys: pytest.CaptureFixture[str], library_dir: Path) -> None:
    assert run(capsys, library_dir, "label", "add", "Zahl", "#ff8800")[0] == 0
    annotate(capsys, library_dir, "001", "--quote", "über ein Gigawatt", "--label", "zahl")
    assert run(capsys, library_dir, "label", "rename", "Zahl", "Kennzahl")[0] == 0
    assert run(capsys, library_dir, "label", "recolor", "Kennzahl", "#0f0")[0] == 0
    status, _, err = run(capsys, library_dir, "label", "delete", "Kennzahl")
    assert status == 1 and "used by 1 highlight" in err
    assert run(capsys, library_dir, "label", "delete", "Kennzahl", "--reassign-to",
               "Claim")[0] == 0
    status, out, _ = run(capsys, library_dir, "label", "list", "--json")
    assert [lab["name"] for lab in json.loads(out)] == ["Claim", "Evidence", "Question"]
    _, out, _ = run(capsys, library_dir, "annotations", "--json")
    assert json.loads(out)[0]["label"] == "Claim"


def test_search_json_carries_annotations(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    annotate(capsys, library_dir, "002", "--quote", "oltre un gigawatt", "--note",
             "stesso numero", "--tag", "energy")
    status, out, _ = run(capsys, library_dir, "search", "tag:energy", "--json")
    data = json.loads(out)
    assert status == 0 and data["total"] == 0 and data["hits"] == []
    assert data["annotation_total"] == 1
    hit = data["annotations"][0]
    assert {"id", "doc_id", "quote", "label", "tags", "note_snippet", "score"} <= set(hit)
    status, out, _ = run(capsys, library_dir, "search", "gigawatt")
    assert "1 annotation matches" in out and "5 documents match" in out


def test_export_to_stdout_and_atomically_to_a_file(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    annotate(capsys, library_dir, "002", "--quote", "oltre un gigawatt", "--note",
             'Virgola, "virgolette"\ne a capo', "--tag", "energy")
    annotate(capsys, library_dir, "001", "--quote", "über ein Gigawatt")
    status, out, _ = run(capsys, library_dir, "export", "--format", "csv", "--lang", "it")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert status == 0 and len(rows) == 1
    assert rows[0]["note"] == 'Virgola, "virgolette"\ne a capo'
    target = tmp_path / "out" / "export.html"
    target.parent.mkdir()
    target.write_text("old content")
    status, out, err = run(capsys, library_dir, "export", "--format", "html", "--out",
                           str(target), "--tag", "energy")
    assert status == 0 and out == "" and "Exported to" in err
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    assert [p.name for p in target.parent.iterdir()] == ["export.html"]  # no temp left
    for fmt in ("md", "jsonld"):
        status, out, _ = run(capsys, library_dir, "export", "--format", fmt, "--query",
                             "gigawatt", "--doc", "001")
        assert status == 0 and "über ein Gigawatt" in out
    status, _, err = run(capsys, library_dir, "export", "--format", "csv", "--out",
                         str(tmp_path / "missing-folder" / "x.csv"))
    assert status == 1 and "cannot be written" in err


def test_import_annotations_round_trip_and_idempotence(
    capsys: pytest.CaptureFixture[str], library_dir: Path, seed_library_dir: Path,
    tmp_path: Path,
) -> None:
    import shutil

    a = annotate(capsys, library_dir, "002", "--quote", "oltre un gigawatt", "--label",
                 "Claim", "--note", "n", "--tag", "t")
    b = annotate(capsys, library_dir, "004", "--quote", "mais de um gigawatt")
    run(capsys, library_dir, "link", str(a["id"]), str(b["id"]))
    exported = tmp_path / "all.jsonld"
    assert run(capsys, library_dir, "export", "--format", "jsonld", "--out",
               str(exported))[0] == 0
    other = tmp_path / "other"
    shutil.copytree(seed_library_dir, other)
    status, out, _ = run(capsys, other, "import-annotations", str(exported), "--json")
    report = json.loads(out)
    assert status == 0 and report["ok"] and sorted(report["added"]) == sorted([a["id"], b["id"]])
    assert len(report["links_added"]) == 1
    status, out, _ = run(capsys, other, "import-annotations", str(exported))
    assert status == 0 and "0 added, 0 updated, 2 unchanged" in out
    _, mine, _ = run(capsys, library_dir, "annotations", "--json")
    _, theirs, _ = run(capsys, other, "annotations", "--json")
    assert json.loads(mine) == json.loads(theirs)


def test_import_reports_annotations_of_missing_documents(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    annotate(capsys, library_dir, "002", "--quote", "oltre un gigawatt")
    exported = tmp_path / "all.jsonld"
    run(capsys, library_dir, "export", "--format", "jsonld", "--out", str(exported))
    empty = tmp_path / "empty"
    with Library(empty, seed_if_empty=False) as nothing:
        nothing.store.set_meta("seeded", "never")  # stays empty when the CLI opens it
    status, out, err = run(capsys, empty, "import-annotations", str(exported))
    assert status == 1
    assert "was not imported: 'L’evoluzione dell’infrastruttura" in err
    assert "1 not imported" in out
    status, _, err = run(capsys, empty, "import-annotations", str(tmp_path / "nope.jsonld"))
    assert status == 1 and "There is no file" in err


def test_backup_and_restore_commands(
    capsys: pytest.CaptureFixture[str], library_dir: Path, tmp_path: Path
) -> None:
    annotate(capsys, library_dir, "002", "--quote", "oltre un gigawatt", "--note", "prima")
    backup_file = tmp_path / "keep.sqlite3"
    status, out, _ = run(capsys, library_dir, "backup", "--out", str(backup_file), "--json")
    assert status == 0 and json.loads(out)["backup"] == str(backup_file)
    annotate(capsys, library_dir, "004", "--quote", "mais de um gigawatt")
    # The store gets damaged: the library no longer opens, and says what to restore.
    store = library_dir / STORE_FILENAME
    store.write_bytes(b"\x00garbage" * 4000)
    for suffix in ("-wal", "-shm"):
        (library_dir / (STORE_FILENAME + suffix)).unlink(missing_ok=True)
    status, _, err = run(capsys, library_dir, "list")
    assert status == 1 and "damaged" in err
    assert f"parallax --data-dir {library_dir} restore " in err
    assert err.count("\n") == 1
    status, out, _ = run(capsys, library_dir, "restore", str(backup_file), "--json")
    restored = json.loads(out)
    assert status == 0 and restored["annotations"] == 1 and restored["documents"] == 5
    assert Path(restored["previous"]).read_bytes().startswith(b"\x00garbage")
    _, out, _ = run(capsys, library_dir, "search", "note:prima", "--json")
    assert json.loads(out)["annotation_total"] == 1
    status, _, err = run(capsys, library_dir, "restore", str(tmp_path / "nothing.sqlite3"))
    assert status == 1 and "no backup file" in err


WRITER = """
import sys
from pathlib import Path
from reader.core.library import Library

library = Library(Path(sys.argv[1]), auto_backup=False)
doc_id = library.documents.resolve("000")
length = len(library.documents.get(doc_id).text)
for n in range(1000):
    start = (n * 37) % (length - 60)
    change = library.annotations.create(doc_id, start, start + 20 + n % 40,
                                        note=f"note {n}", tags=[f"t{n % 7}"])
    # Padded lines fill the pipe after a few dozen unread ones: the writer cannot run ahead
    # of the reader and finish before the kill.
    print(next(iter(change.annotation_ids)), "." * 1000, flush=True)
print("done", flush=True)
"""


def test_a_process_killed_while_writing_loses_nothing_that_returned(
    library_dir: Path,
) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(library_dir)], cwd=REPO, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert process.stdout is not None
    returned: list[str] = []
    for line in process.stdout:
        returned.append(line.split()[0])
        if len(returned) == 300:
            process.send_signal(signal.SIGKILL)
            break
    rest = process.stdout.read()  # what is buffered and still in the pipe, up to EOF
    process.wait(timeout=60)
    errors = process.stderr.read() if process.stderr else ""
    # Whole lines printed before the kill landed: those calls returned too. A cut-off last
    # line is a print that never finished.
    returned += [line.split()[0] for line in rest.split("\n")[:-1] if line.strip()]
    assert process.returncode == -signal.SIGKILL, (process.returncode, errors[-2000:])
    assert "done" not in returned and len(returned) >= 300
    db = sqlite3.connect(library_dir / STORE_FILENAME)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    with Library(library_dir) as library:
        assert library.store.integrity_check() == "ok"
        stored = {a.id for a in library.annotations.query()}
        assert set(returned) <= stored
        assert len(stored) - len(returned) <= 1  # at most the one being committed
        assert library.search.query("note").annotation_total == len(stored)
