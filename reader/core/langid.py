"""Document and paragraph language tags (ISO 639-1) with confidence, the same on every run."""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from functools import cache
from types import ModuleType
from typing import Any

from .models import UNDETERMINED, LanguageTag

# Fewer letters than this and no detector can tell reliably: the tag is ``und``.
MIN_LETTERS_DOCUMENT = 20
# A paragraph gets its own tag only when it is long enough and the detector is sure;
# otherwise it inherits the document's (short headlines are misdetected all the time).
MIN_LETTERS_PARAGRAPH = 60
MIN_CONFIDENCE_DOCUMENT = 0.5
MIN_CONFIDENCE_OWN_PARAGRAPH = 0.9
# A document's own tag is detected on its whole article text up to this many characters;
# a longer text (a book) on evenly spaced paragraphs adding up to about SAMPLE_CHARS: the
# same answer, without copying and scanning tens of megabytes once more.
WHOLE_TEXT_CHARS = 1_000_000
SAMPLE_CHARS = 200_000
# Texts are cleaned and handed to the detector this many at a time (each text's tag does
# not depend on the others in a batch), so a text of 40,000 paragraphs is not copied whole.
DETECT_CHUNK = 2000

_NOISE = re.compile(r"https?://\S+|\S+@\S+|[\d_]+")

BACKENDS = ("langdetect_rs", "langdetect")


@cache
def load_backend(name: str | None = None) -> ModuleType:
    """The langdetect module to use: the Rust port when installed, else langdetect itself.

    Both are seeded so that the same text always gets the same tag.
    """
    for candidate in (name,) if name else BACKENDS:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        module.DetectorFactory.seed = 0
        return module
    raise ImportError("Neither langdetect_rs nor langdetect is installed.")


# The same without the alternatives that cannot match a text lacking "@" or "://": the
# e-mail one tries every run of non-spaces, the costliest part of cleaning an article.
_NOISE_NO_MAIL = re.compile(r"https?://\S+|[\d_]+")
_NOISE_DIGITS = re.compile(r"[\d_]+")


def _clean(text: str) -> str:
    if "@" in text:
        pattern = _NOISE
    elif "://" in text:
        pattern = _NOISE_NO_MAIL
    else:
        pattern = _NOISE_DIGITS
    return pattern.sub(" ", text)


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def _letters(text: str) -> int:
    return len(_NOT_LETTERS.sub("", text))


def _has_letters(text: str, least: int) -> bool:
    """``_letters(text) >= least``, mostly without counting a long text to its end."""
    if len(text) < least:
        return False
    return _letters(text[: 4 * least]) >= least or _letters(text) >= least


def _normalise_code(code: str) -> str:
    # langdetect says zh-cn / zh-tw; ISO 639-1 has only zh.
    return code.split("-")[0].lower()


def _tag(result: Any) -> LanguageTag:
    if not result:
        return LanguageTag()
    best = result[0]
    return LanguageTag(_normalise_code(best.lang), round(float(best.prob), 4))


def detect_many(texts: Sequence[str], backend: str | None = None) -> list[LanguageTag]:
    """One raw tag per text (``und`` for texts with too few letters)."""
    if len(texts) > DETECT_CHUNK:
        return [tag for first in range(0, len(texts), DETECT_CHUNK)
                for tag in detect_many(texts[first:first + DETECT_CHUNK], backend)]
    module = load_backend(backend)
    cleaned = [_clean(text) for text in texts]
    wanted = [i for i, text in enumerate(cleaned) if _has_letters(text, MIN_LETTERS_DOCUMENT)]
    tags = [LanguageTag() for _ in texts]
    if not wanted:
        return tags
    batch = getattr(module, "detect_langs_batch", None)
    if batch is not None:
        results = batch([cleaned[i] for i in wanted])
    else:
        results = []
        for i in wanted:
            try:
                results.append(module.detect_langs(cleaned[i]))
            except module.LangDetectException:
                results.append(None)
    for i, result in zip(wanted, results, strict=True):
        tags[i] = _tag(result)
    return tags


def detect(text: str, backend: str | None = None) -> LanguageTag:
    """The language of one text."""
    return detect_many([text], backend)[0]


Spans = Sequence[tuple[int, int]]


def tag_documents(
    items: Sequence[tuple[str, Spans, Sequence[bool]]],
) -> list[tuple[LanguageTag, list[LanguageTag]]]:
    """Document and paragraph tags for many documents, detected in one batch.

    Each item is ``(text, paragraph spans, counted)``, where ``counted`` marks the spans
    that make up the article (boilerplate does not vote). Short paragraphs, and those the
    detector is unsure of, inherit the document's tag.
    """
    requests: list[str] = []
    plans: list[tuple[int, list[int]]] = []
    for text, spans, counted in items:
        body = _article_text(text, spans, counted)
        long_spans = [
            i for i, (s, e) in enumerate(spans) if _has_letters(text[s:e], MIN_LETTERS_PARAGRAPH)
        ]
        plans.append((len(requests), long_spans))
        requests.append(body or text)
        requests.extend(text[spans[i][0] : spans[i][1]] for i in long_spans)
    tags = detect_many(requests)
    out = []
    for (_, spans, _), (first, long_spans) in zip(items, plans, strict=True):
        document = tags[first]
        if document.confidence < MIN_CONFIDENCE_DOCUMENT:
            document = LanguageTag(UNDETERMINED, document.confidence)
        paragraphs = [document] * len(spans)
        for offset, i in enumerate(long_spans, start=first + 1):
            tag = tags[offset]
            if tag.code == document.code or tag.confidence >= MIN_CONFIDENCE_OWN_PARAGRAPH:
                paragraphs[i] = tag
        out.append((document, paragraphs))
    return out


def _article_text(text: str, spans: Spans, counted: Sequence[bool]) -> str:
    """The counted paragraphs, joined: all of them up to WHOLE_TEXT_CHARS, else a sample."""
    kept = [(s, e) for (s, e), keep in zip(spans, counted, strict=True) if keep]
    total = sum(e - s for s, e in kept)
    if total > WHOLE_TEXT_CHARS:
        step = -(-total // SAMPLE_CHARS)  # every step-th paragraph, from start to end
        sample = "\n".join(text[s:e] for s, e in kept[::step])
        return sample[:WHOLE_TEXT_CHARS]  # a text of few, huge paragraphs
    return "\n".join(text[s:e] for s, e in kept)


def tag_document(
    text: str, spans: Spans, counted: Sequence[bool] | None = None
) -> tuple[LanguageTag, list[LanguageTag]]:
    """The document's tag and one tag per paragraph span."""
    counted = counted if counted is not None else [True] * len(spans)
    return tag_documents([(text, spans, counted)])[0]
