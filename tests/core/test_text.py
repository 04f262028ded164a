"""Decoding, normalisation, paragraphs, titles and boilerplate."""

from __future__ import annotations

import codecs

import pytest

from reader.core.errors import ImportRefused
from reader.core.formats import parser_for
from reader.core.text import (
    MAX_FILE_BYTES,
    decode_bytes,
    is_boilerplate,
    normalise,
    shorten,
    split_paragraphs,
)
from tests.conftest import SEEDS

GERMAN = "Größere Rechenzentren für künstliche Intelligenz – „Milliarden“ fließen."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (GERMAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), "utf-8"),
        (GERMAN.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"), "utf-16"),
        (GERMAN.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_common_encodings(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data)
    assert text.lstrip("\ufeff") == GERMAN
    assert found == encoding


def test_latin1_with_bytes_cp1252_leaves_undefined() -> None:
    # 0x81 is undefined in cp1252, so this can only be latin-1.
    data = "Müller\x81 Straße".encode("latin-1")
    text, encoding = decode_bytes(data)
    assert encoding == "latin-1"
    assert text.startswith("Müller") and text.endswith("Straße")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"x" * (MAX_FILE_BYTES + 1), "limit"),
    ],
)
def test_refuses_bad_files_with_one_sentence(data: bytes, message: str) -> None:
    with pytest.raises(ImportRefused) as info:
        decode_bytes(data, "bad.txt")
    text = str(info.value)
    assert message in text and "bad.txt" in text
    assert text.endswith(".") and "\n" not in text


def test_normalise_unifies_newlines_and_composes_accents() -> None:
    assert normalise("e\u0301te\u0301\r\n\r\n\r\n\r\nline  \r") == "été\n\nline"


def test_paragraphs_one_per_line_and_blank_line_layouts_agree() -> None:
    one_per_line = "First paragraph.\nSecond paragraph.\nThird."
    blank_lines = "First paragraph.\n\nSecond paragraph.\n\nThird."
    for text in (one_per_line, blank_lines):
        spans = split_paragraphs(text)
        assert [text[s:e] for s, e in spans] == ["First paragraph.", "Second paragraph.", "Third."]


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    text = "This sentence was wrapped\nat a fixed width by an editor.\n\nNext one."
    assert [text[s:e] for s, e in split_paragraphs(text)] == [
        "This sentence was wrapped\nat a fixed width by an editor.",
        "Next one.",
    ]


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("word " * 50, 30) == "word word word word word word…"


def parse_seed(prefix: str):  # type: ignore[no-untyped-def]
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    _, parse = parser_for(path)
    return parse(path.read_bytes(), path.name).model


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        ("000", "Anthropic investiert Milliarden in Google TPUs für neue Frontier-Modelle"),
        ("001", "Der KI-Entwickler Anthropic will seine Nutzung von Google Cloud-Technologien"),
        ("002", "L’evoluzione dell’infrastruttura di intelligenza artificiale"),
        ("003", "Google befindet sich in ersten Gesprächen über eine neue Investition"),
        ("004", "Anthropic desafia a NVIDIA com nova parceria com o Google TPU"),
    ],
)
def test_seed_titles(prefix: str, title: str) -> None:
    model = parse_seed(prefix)
    assert model.title.startswith(title)
    assert len(model.title) <= 120


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_repeated_title_line_is_shown_once(prefix: str) -> None:
    model = parse_seed(prefix)
    first, second = model.blocks[0], model.blocks[1]
    assert model.text[first.start : first.end] == model.title
    assert model.text[second.start : second.end] != model.title
    assert model.text.count(model.title) == 1


def test_paragraph_offsets_cover_the_text() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        model = parse_seed(prefix)
        assert len(model.blocks) >= 9
        for block in model.blocks:
            chunk = model.text[block.start : block.end]
            assert chunk == chunk.strip() and chunk
        ends = [b.end for b in model.blocks]
        assert ends == sorted(ends)


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        (
            "000",
            [
                "Quelle & Bilder",
                "Schreibe einen Kommentar",
                "Deine E-Mail-Adresse wird nicht veröffentlicht.",
            ],
        ),
        ("002", ["Lascia un commento"]),
        (
            "004",
            [
                "Créditos da imagem: Google",
                "Fonte e Imagens",
                "Deixe um comentário",
                "O seu endereço de email não será publicado.",
            ],
        ),
        ("001", []),
        ("003", []),
    ],
)
def test_seed_boilerplate_lines(prefix: str, expected: list[str]) -> None:
    model = parse_seed(prefix)
    marked = [model.text[b.start : b.end] for b in model.blocks if b.boilerplate]
    assert len(marked) == len(expected)
    for line, start in zip(marked, expected, strict=True):
        assert line.startswith(start)


def test_article_sentences_are_not_boilerplate() -> None:
    assert not is_boilerplate("Die Quelle des Wachstums ist die Nachfrage nach Claude.")
    assert is_boilerplate("Image credits: Reuters")
