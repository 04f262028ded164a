"""Decoding, normalisation, titles, paragraphs with offsets and boilerplate lines."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import ImportRefused
from .models import ParagraphKind

MAX_FILE_BYTES = 20 * 1024 * 1024
TITLE_MAX_CHARS = 120
HEADING_MAX_CHARS = 160

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, form feed and carriage return mark binary data.
_CONTROL_BYTES = bytes(range(0, 9)) + bytes([11]) + bytes(range(14, 32))


def _utf16_without_bom(data: bytes, name: str) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark, decoded, or None when the bytes do not look
    like it: NUL bytes (the high byte of ASCII characters) at one parity of position only.
    """
    sample = data[:8192]
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 4:
        return None
    for encoding, zeros, others in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # Latin text has NULs in most high bytes, CJK text around its ASCII; low bytes are
        # NUL only for the rare U+xx00 (such as 一).
        if zeros.count(0) < max(2, len(zeros) // 50) or others.count(0) > zeros.count(0) // 4:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = ""
        controls = sum(1 for c in text if c < " " and c not in "\t\n\r\f")
        if text and controls <= len(text) // 100:
            return text, encoding
        if zeros.count(0) >= len(zeros) // 10:
            raise ImportRefused(
                f"{name} looks like UTF-16 text without a byte-order mark but does not "
                "decode as such; save it as UTF-8."
            )
    return None


def decode_bytes(data: bytes, name: str = "file") -> tuple[str, str]:
    """Decode a text file's bytes, returning ``(text, encoding)``, or refuse it."""
    if not data.strip():
        raise ImportRefused(f"{name} is empty.")
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused(
            f"{name} is {len(data) / 1048576:.1f} MB, over the {MAX_FILE_BYTES // 1048576} MB "
            "limit for one article."
        )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise ImportRefused(f"{name} starts with a {encoding} mark but is not valid "
                                    f"{encoding} text.") from exc
    utf16 = _utf16_without_bom(data, name)
    if utf16 is not None:
        return utf16
    sample = data[:8192]
    if b"\x00" in sample or sum(sample.count(b) for b in _CONTROL_BYTES) > len(sample) // 100:
        raise ImportRefused(f"{name} looks like a binary file, not text.")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1252 is latin-1 with printable characters where latin-1 has C1 controls; bytes it
    # leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d) can only be latin-1.
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


# Unicode category Cc except tab and newline (form feed and carriage return are gone by then).
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Whitespace (as str.rstrip sees it) other than the newline, before a newline or the end.
_TRAILING_SPACE = re.compile(r"[^\S\n]+(?=\n|\Z)")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """NFC, Unix newlines, no trailing spaces, no control characters, no edge blank lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\ufeff", "").replace("\u00a0", " ").replace("\f", "\n")
    text = _CONTROL_CHARS.sub("", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n").strip()


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-sized span of normalised text, before language tagging."""

    start: int
    end: int
    kind: ParagraphKind = "body"
    boilerplate: bool = False
    page: int | None = None


_SENTENCE_END = re.compile(r"[.!?…:;\"”“»)]$")
_LOWER_START = re.compile(r"^[a-zà-öø-ÿß(]")


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
    return spans


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans, for blank-line and one-line-per-paragraph layouts alike.

    Every non-empty line is a paragraph, except that a hard-wrapped line (one that does not
    end a sentence, followed by a line starting in lower case) joins the next.
    """
    spans = _line_spans(text)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged:
            prev_start, prev_end = merged[-1]
            gap = text[prev_end:start]
            if (
                "\n\n" not in gap
                and not _SENTENCE_END.search(text[prev_start:prev_end])
                and _LOWER_START.match(text[start:end])
            ):
                merged[-1] = (prev_start, end)
                continue
        merged.append((start, end))
    return merged


BOILERPLATE_PATTERNS: tuple[str, ...] = (
    # German
    r"schreibe einen kommentar",
    r"hinterlasse einen kommentar",
    r"deine e-?mail-adresse wird nicht veröffentlicht",
    r"ihre e-?mail-adresse wird nicht veröffentlicht",
    r"erforderliche felder sind mit \* markiert",
    r"quelle\s*(&|und)\s*bilder?",
    r"quellen?\s*:",
    r"bild(quelle|nachweis)\s*:",
    r"foto\s*:",
    # Italian
    r"lascia un commento",
    r"il tuo indirizzo e-?mail non sarà pubblicato",
    r"i campi obbligatori sono contrassegnati",
    r"fonte\s*(e|&)\s*immagini",
    r"fonte\s*:",
    r"crediti (dell'|dell’)?immagine\s*:",
    # Portuguese
    r"deixe um comentário",
    r"deixe uma resposta",
    r"o seu endereço de e-?mail não será publicado",
    r"seu endereço de e-?mail não será publicado",
    r"campos obrigatórios (são )?marcados com \*",
    r"fonte\s*(e|&)\s*imagens",
    r"créditos? da imagem\s*:",
    # Spanish
    r"deja un comentario",
    r"tu dirección de correo electrónico no será publicada",
    r"fuente\s*(y|&)\s*imágenes",
    r"créditos? de (la )?imagen\s*:",
    # French
    r"laisser un commentaire",
    r"votre adresse e-?mail ne sera pas publiée",
    r"source\s*(et|&)\s*images",
    r"crédits? (photo|image)\s*:",
    # English
    r"leave a (comment|reply)",
    r"your email address will not be published",
    r"required fields are marked \*",
    r"source\s*(and|&)\s*images",
    r"image credits?\s*:",
    r"photo credits?\s*:",
)
_BOILERPLATE = re.compile(r"^\s*(?:" + "|".join(BOILERPLATE_PATTERNS) + r")", re.IGNORECASE)
_BOILERPLATE_MAX_CHARS = 200


def is_boilerplate(line: str) -> bool:
    """Whether a paragraph is a comment-form footer, source line or image credit."""
    return len(line) <= _BOILERPLATE_MAX_CHARS and bool(_BOILERPLATE.match(line))


def looks_like_heading(line: str) -> bool:
    """A short line that does not end like a sentence."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= HEADING_MAX_CHARS
        and not re.search(r"[.!?,;:…\"”“»]$", stripped)
        and len(stripped.split()) <= 25
    )


def shorten(sentence: str, limit: int = TITLE_MAX_CHARS) -> str:
    """Shorten at a word boundary with an ellipsis."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    if sentence[limit - 1] != " " and " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:-–—") + "…"


_FIRST_SENTENCE = re.compile(r"^(.+?[.!?…])(?=\s+[\"„“«(]?[A-ZÀ-ÖØ-Þ0-9])", re.DOTALL)


def first_sentence(text: str) -> str:
    """The first sentence of a paragraph (the whole paragraph if none ends early)."""
    match = _FIRST_SENTENCE.match(text.strip())
    return match.group(1) if match else text.strip()


@dataclass(frozen=True, slots=True)
class TextModel:
    """Normalised display text, its title and paragraph blocks."""

    text: str
    title: str
    blocks: tuple[Block, ...]


def remove_repeated_title(text: str) -> str:
    """Drop a headline repeated as the next paragraph, as some exports do."""
    spans = split_paragraphs(text)
    if len(spans) >= 2:
        (s0, e0), (s1, e1) = spans[0], spans[1]
        first, second = text[s0:e0], text[s1:e1]
        if looks_like_heading(first) and " ".join(first.split()) == " ".join(second.split()):
            return normalise(text[:e0] + text[e1:])
    return text


def build_text_model(
    text: str,
    kinds: Iterable[tuple[int, int, ParagraphKind]] | None = None,
    title: str | None = None,
) -> TextModel:
    """Paragraphs, title and boilerplate for already normalised text.

    ``kinds`` gives block spans and roles when a format knows them (HTML, Markdown);
    plain text is split by :func:`split_paragraphs` and headings are guessed.
    """
    if kinds is None:
        spans = split_paragraphs(text)
        blocks = []
        for index, (start, end) in enumerate(spans):
            line = text[start:end]
            boiler = is_boilerplate(line)
            kind: ParagraphKind = "body"
            if index == 0 and len(spans) > 1 and looks_like_heading(line):
                kind = "title"
            elif not boiler and looks_like_heading(line) and index + 1 < len(spans):
                kind = "heading"
            blocks.append(Block(start, end, kind, boiler))
    else:
        blocks = [
            Block(start, end, kind, is_boilerplate(text[start:end])) for start, end, kind in kinds
        ]
    if title is None:
        title = _derive_title(text, blocks)
    return TextModel(text=text, title=title, blocks=tuple(blocks))


def _derive_title(text: str, blocks: list[Block]) -> str:
    for block in blocks:
        if block.kind == "title":
            return shorten(text[block.start : block.end])
    for block in blocks:
        if not block.boilerplate:
            return shorten(first_sentence(text[block.start : block.end]))
    return "Untitled"


def content_hash(text: str) -> str:
    """SHA-256 of the display text (how a document's text is recognised again)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
