"""The comparison commands' JSON shapes: related, align, claims, duplicates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_related_json(capsys: pytest.CaptureFixture[str], library_dir: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "related", "000", "--quote",
                         "bis zu eine Million Tensor Processing Units (TPUs)", "--json")
    data = json.loads(out)
    assert status == 0
    assert data["quote"] == "bis zu eine Million Tensor Processing Units (TPUs)"
    first = data["results"][0]
    assert set(first) == {"doc_id", "source", "lang", "start", "end", "text", "score", "reasons"}
    assert first["lang"] == "it" and first["source"].endswith("002_8237c0f66678d26f.txt")


def test_related_link_creates_a_claim_group(capsys: pytest.CaptureFixture[str],
                                           library_dir: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "related", "000", "--quote",
                         "bis zu eine Million Tensor Processing Units (TPUs)", "--link", "1")
    assert status == 0 and "Linked as the same claim" in out
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "claims", "--json")
    (group,) = json.loads(out)
    assert sorted(s["lang"] for s in group["statements"]) == ["de", "it"]


def test_a_quote_not_in_the_document_is_an_error(capsys: pytest.CaptureFixture[str],
                                                library_dir: Path) -> None:
    status, _, err = run(capsys, "--data-dir", str(library_dir), "related", "000", "--quote",
                         "this sentence is nowhere")
    assert status == 1 and err.startswith("parallax: ") and err.count("\n") == 1


def test_align_paragraphs_json_pairs_every_paragraph_of_the_translation(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "align", "000", "002", "--json",
                         "--paragraphs")
    data = json.loads(out)
    assert status == 0 and data["unit"] == "paragraphs"
    assert data["a"]["lang"] == "de" and data["b"]["lang"] == "it"
    assert set(data["a"]) == {"id", "source", "lang"}
    shown = json.loads(main_show(capsys, library_dir, "000"))
    body = [p for p in shown["paragraphs"] if p["kind"] == "body" and not p["boilerplate"]]
    aligned = [p for p in data["pairs"] if p["a"] and p["b"]]
    for paragraph in body:
        assert any(pair["a"][0] <= paragraph["start"] and paragraph["end"] <= pair["a"][1]
                   for pair in aligned), paragraph
    assert all(set(p) == {"a", "b", "score"} for p in data["pairs"])
    # One paragraph a side: a paragraph link each.
    spans = {(p["start"], p["end"]) for p in shown["paragraphs"]}
    assert all(tuple(pair["a"]) in spans for pair in aligned)
    assert len(aligned) >= len(body)


def test_align_json_pairs_sentences(capsys: pytest.CaptureFixture[str],
                                    library_dir: Path) -> None:
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "align", "000", "002", "--json")
    data = json.loads(out)
    assert status == 0 and data["unit"] == "sentences"
    de = json.loads(main_show(capsys, library_dir, "000"))["text"]
    it = json.loads(main_show(capsys, library_dir, "002"))["text"]
    pairs = data["pairs"]
    assert all(set(p) == {"a", "b", "score"} for p in pairs)
    # Reading order on both sides, no overlaps, and short: sentences, not paragraphs.
    for side in ("a", "b"):
        spans = [p[side] for p in pairs if p[side]]
        assert all(s[1] <= t[0] for s, t in zip(spans, spans[1:], strict=False))
        assert max(e - s for s, e in spans) < 600
    kurian = next(p for p in pairs if p["a"] and de[p["a"][0]:p["a"][1]].startswith(
        "Thomas Kurian, CEO von Google Cloud"))
    assert kurian["b"] and it[kurian["b"][0]:kurian["b"][1]].startswith(
        "Thomas Kurian, CEO di Google Cloud")
    assert 0.5 < kurian["score"] <= 1.0
    million = next(p for p in pairs if p["a"] and "eine Million" in de[p["a"][0]:p["a"][1]])
    assert million["b"] and "un milione" in it[million["b"][0]:million["b"][1]]
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "align", "000", "002")
    assert status == 0 and "Thomas Kurian, CEO von Google Cloud" in out
    assert len(out.splitlines()) == len(pairs) + 1


def main_show(capsys: pytest.CaptureFixture[str], library_dir: Path, ref: str) -> str:
    main(["--data-dir", str(library_dir), "show", ref, "--json"])
    return capsys.readouterr().out


def test_claims_markdown_and_duplicates(capsys: pytest.CaptureFixture[str], library_dir: Path,
                                        tmp_path: Path) -> None:
    run(capsys, "--data-dir", str(library_dir), "related", "000", "--quote",
        "bis zu eine Million Tensor Processing Units (TPUs)", "--link", "1")
    out_file = tmp_path / "claims.md"
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "claims", "--format", "md",
                         "--out", str(out_file))
    assert status == 0 and out_file.read_text(encoding="utf-8").startswith("| Claim |")
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "duplicates", "--json")
    (dup,) = json.loads(out)
    assert dup["similarity"] >= 0.6 and "Anthropics Entscheidung" in dup["text"]


def test_claims_over_chosen_sources_lists_those_not_stating_it(
    capsys: pytest.CaptureFixture[str], library_dir: Path
) -> None:
    run(capsys, "--data-dir", str(library_dir), "related", "000", "--quote",
        "bis zu eine Million Tensor Processing Units (TPUs)", "--link", "1")
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "claims", "--json")
    (group,) = json.loads(out)
    assert group["missing"] == []  # only the two linked sources have highlights
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "claims",
                         "000", "001", "002", "003", "004", "--json")
    (group,) = json.loads(out)
    assert status == 0
    stating = {s["doc_id"][:3] for s in group["statements"]}
    assert len(group["missing"]) == 3
    assert len(stating) == 2
    status, out, _ = run(capsys, "--data-dir", str(library_dir), "claims", "001", "003",
                         "--json")
    assert status == 0 and json.loads(out) == []  # neither states the linked claim
