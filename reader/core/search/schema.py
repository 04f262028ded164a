"""What the indexes hold: the analysers, the fields, and the fields of one document.

Each language whoosh has a stemmer for gets its own body field, analysed with that
language's lemmas or stems (:mod:`.analysis`); a neutral body (words, lower case, accents
folded) serves every language, and ``num`` holds the quantities a text states, normalised
across languages. The annotation index uses the same fields and adds note, tag and label.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import whoosh.lang
from whoosh.analysis import (
    Analyzer,
    CharsetFilter,
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    SpaceSeparatedTokenizer,
    StemFilter,
    StopFilter,
    Tokenizer,
)
from whoosh.analysis.analyzers import IDAnalyzer
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.support.charset import accent_map

from .. import numbers
from ..models import Document
from . import analysis
from .postings import compact

# Languages whoosh has a stemmer for get their own field, body_<code>.
STEMMED_LANGUAGES: tuple[str, ...] = tuple(
    code for code in whoosh.lang.languages if whoosh.lang.has_stemmer(code)
)


class AcronymPluralFilter(Filter):  # type: ignore[misc]
    """Folds the plural of an acronym to its singular (TPUs, GPUs, ASICs), in any language.

    Stemmers leave these alone ("TPUs" is no German or Italian word), yet every language
    in the bundled articles writes them so.
    """

    def __call__(self, tokens: Iterable[Any]) -> Iterable[Any]:
        for token in tokens:
            text = token.text
            if len(text) >= 3 and text[-1] == "s" and text[:-1].isupper():
                token.text = text[:-1]
            yield token


@cache
def neutral_analyzer() -> Analyzer:
    """Language-neutral analysis: words, acronym plurals, lower case, accents folded."""
    analyzer: Analyzer = (
        RegexTokenizer() | AcronymPluralFilter() | LowercaseFilter() | CharsetFilter(accent_map)
    )
    return analyzer


@cache
def language_analyzer(code: str) -> Analyzer:
    """Words, lower case, the language's short function words out, then each word's lemma
    (simplemma) or, in languages without measured lemmas, its current Snowball stem.

    See :mod:`.analysis` for why, and for how a query widens a lemma.
    """
    analyzer: Analyzer = (
        RegexTokenizer() | AcronymPluralFilter() | LowercaseFilter()
        | StopFilter(stoplist=analysis.short_stop_words(code), minsize=2)
    )
    if analysis.lemma_code(code) is not None:
        return analyzer | analysis.LemmaFilter(code)
    if code in analysis.SNOWBALL:
        return analyzer | analysis.SnowballFilter(code)
    return analyzer | StemFilter(lang=code, cachesize=50_000)


# Separates the language from the text in the value of the ``num`` field of a document.
QUANTITY_SEPARATOR = "\x1f"


class QuantityTokenizer(Tokenizer):  # type: ignore[misc]
    """The ``num:`` terms: quantities found in a document, or the terms of a query.

    A document's ``num`` value is ``lang + QUANTITY_SEPARATOR + text``: the quantities are
    extracted here, while indexing, so that a bulk import does it in whoosh's writer
    processes instead of the one that reads the files. Anything else (a query) is split
    at spaces, like a plain keyword field.
    """

    def __call__(self, value: str, **kwargs: Any) -> Iterable[Any]:
        if kwargs.get("mode") == "index" and QUANTITY_SEPARATOR in value:
            lang, _, text = value.partition(QUANTITY_SEPARATOR)
            value = " ".join(quantity_keys(text, lang))
        tokens: Iterable[Any] = SpaceSeparatedTokenizer()(value, **kwargs)
        return tokens


def body_field(code: str) -> str:
    """The index field holding text in language ``code``."""
    return f"body_{code}"


def build_schema() -> Schema:
    """The index schema: id, language, title, a neutral body and one body per stemmer."""
    fields: dict[str, Any] = {
        "id": ID(stored=True, unique=True),
        "lang": ID(stored=True, analyzer=IDAnalyzer(lowercase=True)),
        "title": TEXT(analyzer=neutral_analyzer(), field_boost=2.0),
        "body": compact(TEXT(analyzer=neutral_analyzer(), phrase=True, chars=True)),
        # Quantities stated in the text, normalised across languages (reader.core.numbers).
        "num": KEYWORD(analyzer=QuantityTokenizer(), scorable=True),
        # The source's metadata: outlet (and its web address's host), author(s) and the
        # publication date as an ISO string, which sorts, so published:A..B is a range.
        "site": TEXT(analyzer=neutral_analyzer()),
        "author": TEXT(analyzer=neutral_analyzer()),
        "published": ID(),
    }
    for code in STEMMED_LANGUAGES:
        fields[body_field(code)] = compact(
            TEXT(analyzer=language_analyzer(code), phrase=True, chars=True))
    return Schema(**fields)


def annotation_field_types() -> dict[str, Any]:
    """The fields annotation records add to the document fields: note, tags, label."""
    return {
        "doc_id": ID(stored=True),
        "note": TEXT(analyzer=neutral_analyzer(), phrase=True, chars=True),
        "tag": KEYWORD(lowercase=True, commas=True, scorable=True),
        "label": ID(analyzer=IDAnalyzer(lowercase=True)),
    }


def build_query_schema() -> Schema:
    """The document fields plus the annotation fields: every field a query can name."""
    schema = build_schema()
    for name, field_type in annotation_field_types().items():
        schema.add(name, field_type)
    return schema


@cache
def query_schema() -> Schema:
    """The schema queries for either index are parsed with (built once)."""
    return build_query_schema()


def indexable_text(doc: Document, lang: str | None = None) -> str:
    """The document text with boilerplate (and, given ``lang``, other languages) blanked.

    Blanking with spaces keeps every character offset valid for the original text.
    """
    text = doc.text
    blanked = [
        (p.start, p.end) for p in doc.paragraphs
        if p.boilerplate or (lang is not None and p.lang != lang)
    ]
    if not blanked:
        return text
    # Slices joined, not a list of characters: a 20 MB text made a list of 20 million
    # pointers (160 MB) for each language's copy.
    pieces: list[str] = []
    done = 0
    for start, end in sorted(blanked):
        start = max(start, done)
        if end <= start:
            continue
        pieces.append(text[done:start])
        pieces.append(" " * (end - start))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def quantity_key(quantity: numbers.Quantity) -> str | None:
    """The ``num:`` term for a quantity: its value, or None for a vague range."""
    if quantity.low != quantity.high and quantity.high != numbers.INF:
        return None
    return number_key(quantity.low)


def number_key(value: float) -> str:
    """A value as a ``num:`` term: integers without a point, others to six digits."""
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.6g}"


def quantity_keys(text: str, lang: str) -> list[str]:
    """The ``num:`` terms of every quantity stated in a text."""
    keys = (quantity_key(q) for q in numbers.extract_quantities(text, lang))
    return list(dict.fromkeys(k for k in keys if k))


def document_fields(doc: Document) -> dict[str, str]:
    """The whoosh fields for one document."""
    body = indexable_text(doc)
    fields = {
        "id": doc.id,
        "lang": doc.lang,
        "title": doc.title,
        "body": body,
        "num": doc.lang + QUANTITY_SEPARATOR + body,  # see QuantityTokenizer
    }
    metadata = doc.metadata
    host = urlsplit(metadata.get("url", "")).hostname or ""
    site = " ".join(v for v in (metadata.get("site", ""), host.removeprefix("www.")) if v)
    for name, value in (("site", site), ("author", metadata.get("author", "")),
                        ("published", metadata.get("published", "")[:10])):
        if value:
            fields[name] = value
    languages = {p.lang for p in doc.paragraphs if not p.boilerplate} or {doc.lang}
    for code in languages:
        if code in STEMMED_LANGUAGES:
            fields[body_field(code)] = (
                indexable_text(doc, code) if len(languages) > 1 else fields["body"]
            )
    return fields

