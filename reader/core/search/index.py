"""The whoosh full-text index: schema, per-language analyzers, query parsing, hits, snippets.

The index is a cache derived from the store. It records the store's identity and change
counter, catches up incrementally, and is rebuilt when it is missing, stale, of another
format version or unreadable.
"""

from __future__ import annotations

import bisect
import copy
import html
import json
import mmap
import os
import re
import shutil
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import whoosh.index
import whoosh.lang
from whoosh import qparser, query
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
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import BufferFile, StructFile
from whoosh.index import LockError
from whoosh.matching import ListMatcher, NullMatcher
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.reading import EmptyReader, MultiReader, SegmentReader
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.support.charset import accent_map
from whoosh.writing import IndexWriter

from .. import numbers
from ..errors import QueryError
from ..locking import break_stale_writer, die_with_parent, record_owner
from ..models import DocId, Document, SearchHit, SearchResults
from ..tasks import CancelToken, Progress, check_cancelled, report
from . import analysis

# Bump when the schema or the analysis changes: an index of another version is rebuilt.
# 3: segments written uncompounded, each file memory-mapped without copying.
# 4: site, author and published fields.
# 5: per-language fields hold simplemma lemmas; only short function words are stop words.
INDEX_FORMAT_VERSION = 5
STATE_FILENAME = "parallax-index.json"
# Above this many changed documents, indexing uses whoosh's multi-process writer.
BULK_THRESHOLD = 1000
BULK_PROCS = 2
WRITER_LIMIT_MB = 256
# The single writer runs in the window's process: whoosh sorts its in-memory postings
# with one list.sort() that holds the GIL, 100-250 ms for a few hundred articles. Small
# runs keep each sort short (the runs are merged in Python, which yields the GIL).
SMALL_WRITER_LIMIT_MB = 4
WRITER_TIMEOUT_S = 30.0
SNIPPET_CHARS = 220
# ``word~`` keeps its first letter (``word~1/N`` sets another prefix): expanding it against
# every term of every field made fuzzy queries the slowest of all.
FUZZY_PREFIX = 1
# A prefix, wildcard or fuzzy term with more expansions than this in a segment matches as
# one constant-score set of documents instead of a scored union of every term.
SCORED_EXPANSIONS = 16
# Unless an exact total is asked for, a prefix, wildcard or fuzzy term is expanded to at
# most this many terms a field and segment (the first in order): ``a*`` has tens of
# thousands, and any of them makes a first page (MAX_EXPANSIONS still refuses more than
# that many words where every match is needed: an exact count, an export).
FIRST_EXPANSIONS = 256

# Languages whoosh has a stemmer for get their own field, body_<code>.
STEMMED_LANGUAGES: tuple[str, ...] = tuple(
    code for code in whoosh.lang.languages if whoosh.lang.has_stemmer(code)
)
QUERY_FIELDS = ("lang", "title", "body", "num", "note", "tag", "label", "site", "author",
                "published")
# Fields only annotation records have; in a document search they match nothing.
ANNOTATION_FIELDS = ("note", "tag", "label")
FIELD_ALIASES = {"language": "lang", "text": "body", "tags": "tag", "notes": "note",
                 "outlet": "site", "date": "published"}
# Matches no record of any index: what a term on a field an index lacks becomes.
_NOTHING = query.Term("id", "\x00")


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

    See :mod:`reader.core.analysis` for why, and for how a query widens a lemma.
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
        "body": TEXT(analyzer=neutral_analyzer(), phrase=True, chars=True),
        # Quantities stated in the text, normalised across languages (numbers.py).
        "num": KEYWORD(analyzer=QuantityTokenizer(), scorable=True),
        # The source's metadata: outlet (and its web address's host), author(s) and the
        # publication date as an ISO string, which sorts, so published:A..B is a range.
        "site": TEXT(analyzer=neutral_analyzer()),
        "author": TEXT(analyzer=neutral_analyzer()),
        "published": ID(),
    }
    for code in STEMMED_LANGUAGES:
        fields[body_field(code)] = TEXT(analyzer=language_analyzer(code), phrase=True, chars=True)
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
    chars = list(text)
    for start, end in blanked:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


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


# -- query parsing ------------------------------------------------------------------------

# Languages tried, in order, to read a quantity typed in a query ("1 million", "1 Mio.").
QUERY_NUMBER_LANGS: tuple[str, ...] = ("en", "de", "fr", "it", "pt", "es")
_NUM_FIELD = re.compile(r'\bnum:("[^"]*"|\S+)')


def parse_query_quantity(text: str) -> str | None:
    """The ``num:`` term for a query that is a quantity in some language, else None."""
    text = text.strip().strip('"').strip()
    if not text or not any(ch.isdigit() for ch in text) and len(text.split()) < 2:
        return None
    langs = QUERY_NUMBER_LANGS
    if re.search(r"\d\.\d{3}(?!\d)", text) or re.search(r"\d,\d{1,2}(?!\d)", text):
        langs = ("de", *langs)  # 300.000 and 2,5 are continental notation
    for lang in langs:
        quantity = numbers.parse_quantity(text, lang)
        if quantity is not None:
            return quantity_key(quantity) or number_key(quantity.low)
    return None


_PUBLISHED_RANGE = re.compile(
    r"\bpublished:(\d{4}(?:-\d{2}){0,2})?\.\.(\d{4}(?:-\d{2}){0,2})?(?=\s|\)|$)")
_PUBLISHED_PREFIX = re.compile(r"\bpublished:(\d{4}(?:-\d{2})?)(?=\s|\)|$)")


def expand_published(text: str) -> str:
    """``published:2025-01..2025-06`` (either end may be left open) as a range of ISO
    dates, a partial date ``published:2025-03`` as every date in that month."""

    def upper(end: str) -> str:
        return end + "-99" * (2 - end.count("-"))  # 2025 → 2025-99-99: any 2025 date

    def to_range(match: re.Match[str]) -> str:
        low, high = match.group(1), match.group(2)
        if not low and not high:
            raise QueryError("A publication-date range needs at least one date "
                             "(published:2025-01..2025-06).")
        return f"published:[{low or ''} TO {upper(high) if high else ''}]"

    text = _PUBLISHED_RANGE.sub(to_range, text)
    return _PUBLISHED_PREFIX.sub(lambda m: f"published:{m.group(1)}*", text)


def expand_quantities(text: str) -> str:
    """Normalise ``num:`` values, and let a query that is a quantity match ``num:`` too."""

    def normalise(match: re.Match[str]) -> str:
        key = parse_query_quantity(match.group(1))
        if key is None:
            raise QueryError(f"'{match.group(1)}' after num: is not a number.")
        return f"num:{key}"

    expanded = _NUM_FIELD.sub(normalise, text)
    if expanded == text and ":" not in text:
        key = parse_query_quantity(text)
        if key is not None:
            return f"({text}) OR num:{key}"
    return expanded


_FIELD_REF = re.compile(r"(?<![\w\"])([A-Za-z_]+):")
_QUOTED = re.compile(r'"[^"]*"')


MAX_FUZZY_DISTANCE = 2
_RANGE = re.compile(r"[\[{][^\]}]*\bTO\b[^\]}]*[\]}]")
_FUZZY_DISTANCE = re.compile(r"(?<=\w)~(\d+)")


# Bounds on what one query may ask of the index: nesting (whoosh's parser recurses), words
# (each is a posting list to intersect) and the words a wildcard or fuzzy term expands to.
MAX_QUERY_DEPTH = 16
MAX_QUERY_WORDS = 100
MAX_EXPANSIONS = 5000
# A word starting with a wildcard is matched against every word of the index: it needs
# this many letters besides the wildcards.
MIN_LEADING_WILDCARD_LETTERS = 3
_LEADING_WILDCARD = re.compile(r"(?:(?<=[\s(:])|^)[*?][\w*?]*")


def check_query_limits(text: str) -> None:
    """Refuse queries whose cost is unbounded: deep nesting, many words, ``*a*``."""
    unquoted = _QUOTED.sub(" ", text)
    depth = deepest = 0
    for ch in unquoted:
        depth += (ch == "(") - (ch == ")")
        deepest = max(deepest, depth)
    if deepest > MAX_QUERY_DEPTH:
        raise QueryError(f"The query nests parentheses {deepest} deep; use at most "
                         f"{MAX_QUERY_DEPTH}.")
    if len(re.findall(r"\w+", text)) > MAX_QUERY_WORDS:
        raise QueryError(f"The query has more than {MAX_QUERY_WORDS} words; shorten it.")
    for match in _LEADING_WILDCARD.finditer(unquoted):
        letters = re.sub(r"[*?]", "", match.group(0))
        if len(letters) < MIN_LEADING_WILDCARD_LETTERS:
            raise QueryError(
                f"'{match.group(0)}' starts with a wildcard and has fewer than "
                f"{MIN_LEADING_WILDCARD_LETTERS} letters, so it would match nearly every word; "
                "give more letters (*tion) or start with a letter.")


def check_query_syntax(text: str, known_fields: Iterable[str]) -> str:
    """Reject what whoosh would silently misread; return the query with aliases resolved."""
    stripped = text.strip()
    if not stripped:
        raise QueryError("The query is empty: type a word to search for.")
    if not re.search(r"\w", stripped):
        raise QueryError("The query has no searchable words (only symbols or wildcards).")
    if stripped.count('"') % 2:
        raise QueryError("The query has an unclosed quotation mark.")
    check_query_limits(stripped)
    unquoted = _QUOTED.sub(" ", stripped)
    if unquoted.count("(") != unquoted.count(")"):
        raise QueryError("The query has an unbalanced parenthesis.")
    if _RANGE.search(unquoted):
        raise QueryError("Ranges such as [a TO b] are not supported; search for words, or "
                         "for a quantity with num:VALUE.")
    if re.search(r"(?<=\w)~\d?/0", unquoted):
        raise QueryError("A fuzzy term keeps at least its first letter (word~2/1), not 0.")
    for match in _FUZZY_DISTANCE.finditer(unquoted):
        if int(match.group(1)) > MAX_FUZZY_DISTANCE:
            raise QueryError(f"A fuzzy term allows at most {MAX_FUZZY_DISTANCE} edits "
                             f"(word~{MAX_FUZZY_DISTANCE}), not {match.group(1)}.")
    known = set(known_fields)

    def resolve(match: re.Match[str]) -> str:
        name = match.group(1).lower()
        name = FIELD_ALIASES.get(name, name)
        if name not in known:
            listed = ", ".join(f"{f}:" for f in sorted(known))
            raise QueryError(f"Unknown field '{match.group(1)}:' (use {listed}).")
        return f"{name}:"

    # Only rewrite outside quoted phrases.
    parts = re.split(r'("[^"]*")', stripped)
    resolved = "".join(part if part.startswith('"') else _FIELD_REF.sub(resolve, part)
                       for part in parts)
    if re.search(r"(?:^|\s)[A-Za-z_]+:(?:\s|$)", resolved):
        raise QueryError("A field name in the query has nothing after the colon.")
    return resolved


def widened_lemmas(reader: Any, fieldname: str, code: str, lemma: str) -> list[str]:
    """The other lemmas in a language field that are forms of the same word as ``lemma``."""
    prefix = analysis.expansion_prefix(lemma)
    if prefix is None or fieldname not in reader.schema:
        return []
    words = (t.decode("utf-8") for t in reader.expand_prefix(fieldname, prefix))
    candidates = [w for w in words if analysis.ending_ok(lemma, w)]
    return analysis.related_lemmas(lemma, code, candidates)


class PrefixedFuzzyTermPlugin(qparser.FuzzyTermPlugin):  # type: ignore[misc]
    """``word~`` and ``word~N`` keep the first :data:`FUZZY_PREFIX` letters fixed."""

    def create(self, parser: Any, match: Any) -> Any:
        node = super().create(parser, match)
        if match.group("prefix") is None:
            node.prefixlength = FUZZY_PREFIX
        return node


def make_field_parser(schema: Schema, fields: Sequence[str]) -> qparser.QueryParser:
    """A parser searching the given fields by default, every word required."""
    parser = qparser.MultifieldParser(list(fields), schema=schema, group=qparser.AndGroup)
    parser.add_plugin(PrefixedFuzzyTermPlugin())
    parser.remove_plugin_class(qparser.BoostPlugin)
    return parser


# -- the index ----------------------------------------------------------------------------


@dataclass
class IndexState:
    """What the index directory records about the store it was built from."""

    format: int
    library_id: str
    rev: int

    def save(self, folder: Path) -> None:
        """Write the state file atomically."""
        tmp = folder / (STATE_FILENAME + ".tmp")
        tmp.write_text(json.dumps(self.__dict__), encoding="utf-8")
        os.replace(tmp, folder / STATE_FILENAME)

    @classmethod
    def load(cls, folder: Path) -> IndexState | None:
        """Read the state file, or None when it is missing or unreadable."""
        try:
            data = json.loads((folder / STATE_FILENAME).read_text(encoding="utf-8"))
            return cls(int(data["format"]), str(data["library_id"]), int(data["rev"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None


class _ExpansionCache:
    """Remembers a multi-term query's expansion per segment reader, for one search.

    whoosh expands ``word~`` and ``pre*`` against the term list once to estimate the size,
    once to build the matcher, and the count would do it a third time.
    """

    def _btexts(self, ixreader: Any) -> list[bytes]:
        cache: dict[int, tuple[Any, list[bytes]]] = self.__dict__.setdefault("_expanded", {})
        found = cache.get(id(ixreader))
        if found is None or found[0] is not ixreader:
            bound = self.__dict__.get("_bound")
            expanded: list[bytes] = []
            for btext in super()._btexts(ixreader):  # type: ignore[misc]
                if bound is not None and len(expanded) >= bound:
                    self.__dict__["truncated"] = True  # "a*": the first words answer quickly
                    break
                expanded.append(btext)
                if len(expanded) > MAX_EXPANSIONS:
                    shown = str(getattr(self, "text", "")) + (
                        "*" if isinstance(self, query.Prefix) else "")
                    raise QueryError(
                        f"'{shown}' stands for more than {MAX_EXPANSIONS} different words; "
                        "make it longer.")
            found = cache[id(ixreader)] = (ixreader, expanded)
        return found[1]

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        """Few expansions are scored term by term; many (``a*``, ``con*``) match as one
        constant-score list of documents, read posting block by posting block.

        whoosh otherwise ors a matcher per term together and walks every posting of
        every term through that tree: seconds for a prefix of one or two letters.
        """
        reader = searcher.reader()
        btexts = self._btexts(reader)
        fieldname: str = self.__dict__["fieldname"]
        if len(btexts) <= SCORED_EXPANSIONS or fieldname not in reader.schema:
            return super().matcher(searcher, context)  # type: ignore[misc]
        cache: dict[int, tuple[Any, list[int]]] = self.__dict__.setdefault("_docs", {})
        found = cache.get(id(reader))
        if found is None or found[0] is not reader:
            ids: set[int] = set()
            for btext in btexts:
                ids |= _term_ids(reader, fieldname, btext)
            if reader.has_deletions():
                ids -= set(reader.deleted_docs_set)
            found = cache[id(reader)] = (reader, sorted(ids))
        if not found[1]:
            return NullMatcher()
        return ListMatcher(found[1], all_weights=float(self.__dict__.get("boost", 1.0)))


class CachedFuzzyTerm(_ExpansionCache, query.FuzzyTerm):  # type: ignore[misc]
    """A FuzzyTerm expanded once per segment."""


class CachedPrefix(_ExpansionCache, query.Prefix):  # type: ignore[misc]
    """A Prefix expanded once per segment."""


class CachedWildcard(_ExpansionCache, query.Wildcard):  # type: ignore[misc]
    """A Wildcard expanded once per segment."""


_CACHED_KINDS: dict[type, type] = {
    query.FuzzyTerm: CachedFuzzyTerm, query.Prefix: CachedPrefix,
    query.Wildcard: CachedWildcard,
}


def cache_expansions(parsed: query.Query, bound: int | None = None) -> query.Query:
    """The query with its fuzzy, prefix and wildcard terms expanded at most once a segment,
    each to at most ``bound`` terms a field and segment when given."""

    def visit(node: query.Query) -> query.Query:
        cached = _CACHED_KINDS.get(type(node))
        if cached is not None:
            node = copy.copy(node)
            node.__class__ = cached
            if bound is not None:
                node.__dict__["_bound"] = bound
        return node

    return parsed.accept(visit)


QUERY_NOT_UNDERSTOOD = ("The query could not be understood; check its quotation marks, "
                        "parentheses, wildcards and field names.")


def clamp_fuzzy_prefixes(parsed: query.Query) -> query.Query:
    """``TPU~1/4``: a fixed prefix longer than the (analysed) word keeps the whole word."""

    def visit(node: query.Query) -> query.Query:
        if isinstance(node, query.FuzzyTerm) and node.prefixlength > len(node.text):
            node = copy.copy(node)
            node.prefixlength = len(node.text)
        return node

    return parsed.accept(visit)


def truncated_expansion(parsed: query.Query) -> bool:
    """Whether a bounded prefix, wildcard or fuzzy term of a searched query left terms out."""
    return any(node.__dict__.get("truncated") for node in _walk(parsed))


def restrict_to_schema(parsed: query.Query, schema: Schema) -> query.Query:
    """The query with every term on a field ``schema`` lacks replaced by one matching nothing."""

    def visit(node: query.Query) -> query.Query:
        fieldname = getattr(node, "fieldname", None)
        if isinstance(fieldname, str) and fieldname not in schema:
            return _NOTHING
        return node

    return parsed.accept(visit)


class MappedFile(BufferFile):  # type: ignore[misc]
    """A whole index file memory-mapped and read in place.

    whoosh's own BufferFile copies what it is given into a BytesIO: every reader of a
    compound segment then held a private copy of the index (the RSS of a 30,000-article
    index was 500 MB). Mapped pages are the shared page cache instead.
    """

    def __init__(self, mapped: mmap.mmap, name: str) -> None:
        self._mmap = mapped
        self._buf = memoryview(mapped)
        self._name = name
        self.file = mapped
        self.onclose = None
        self.is_real = False
        self.is_closed = False

    def close(self) -> None:
        if self.is_closed:
            return
        self.is_closed = True
        self._buf.release()
        try:
            self._mmap.close()
        except BufferError:  # a slice is still referenced: the map goes with it
            pass


class MappedStorage(FileStorage):  # type: ignore[misc]
    """A FileStorage that maps every (uncompounded) segment file instead of copying it."""

    def open_file(self, name: str, **kwargs: Any) -> StructFile:
        if name.endswith(".seg") or kwargs:  # compound segments map themselves
            return super().open_file(name, **kwargs)
        with open(self._fpath(name), "rb") as handle:
            try:
                mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            except (ValueError, OSError):  # empty file, or no mapping possible
                return super().open_file(name)
        return MappedFile(mapped, name)


def _storage(folder: Path) -> MappedStorage:
    return MappedStorage(str(folder))


class WhooshIndex(ABC):
    """A whoosh index in one folder with a state file; subclasses give schema and records.

    The index and its searcher stay open between syncs and queries; after a write, or when
    another process changed the index, the searcher is refreshed, which reopens only the
    segments that changed.
    """

    format_version = INDEX_FORMAT_VERSION

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._ix: whoosh.index.Index | None = None
        self._searcher: Any = None
        self._parser: qparser.QueryParser | None = None
        self._parser_fields: tuple[str, ...] = ()
        self._widened: dict[Any, Any] = {}

    # -- lifecycle -----------------------------------------------------------------------

    def state(self) -> IndexState | None:
        """The recorded state, if the folder holds an index."""
        return IndexState.load(self.folder)

    def open(self) -> None:
        """Open the existing index (raises on a missing or unreadable one).

        When it is already open, only bring the searcher up to date (cheap when nothing
        changed: one look at the table of contents).
        """
        if self._ix is not None:
            self._refresh()
            return
        ix = _storage(self.folder).open_index()
        try:
            self._searcher = ix.searcher(weighting=BM25F())  # fails on damaged segments
        except BaseException:
            ix.close()
            raise
        self._ix = ix

    def create(self, library_id: str) -> None:
        """Replace whatever is in the folder with an empty index."""
        self.close()
        if self.folder.exists():
            shutil.rmtree(self.folder)
        self.folder.mkdir(parents=True)
        self._ix = _storage(self.folder).create_index(self.schema())
        IndexState(self.format_version, library_id, 0).save(self.folder)

    @abstractmethod
    def schema(self) -> Schema:
        """The schema of a new index in this folder."""

    def close(self) -> None:
        """Release the searcher and the index."""
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._parser = None
        if self._ix is not None:
            self._ix.close()
        self._ix = None

    @property
    def ix(self) -> whoosh.index.Index:
        """The open whoosh index."""
        if self._ix is None:
            self.open()
        assert self._ix is not None
        return self._ix

    def doc_count(self) -> int:
        """Documents in the index (from the table of contents: no reader is opened)."""
        return sum(int(segment.doc_count()) for segment in self.ix._segments())

    def size_bytes(self) -> int:
        """Bytes on disk."""
        return sum(f.stat().st_size for f in self.folder.glob("*") if f.is_file())

    # -- writing -------------------------------------------------------------------------

    def writer(self, n_docs: int) -> IndexWriter:
        """A single writer for small updates, whoosh's multi-process one for bulk work.

        Segments are written uncompounded so that readers can map their files. The
        multi-process writer's children die with this process (see :mod:`locking`); a
        lock still held by the orphans of a dead owner is broken once, then retried.
        """
        try:
            writer = self._new_writer(n_docs, 0.0)
        except LockError:  # held: by a dead owner's orphans (ended here), or wait for it
            break_stale_writer(self.folder)
            writer = self._new_writer(n_docs, WRITER_TIMEOUT_S)
        record_owner(self.folder)
        return writer

    def _new_writer(self, n_docs: int, timeout: float) -> IndexWriter:
        if n_docs >= BULK_THRESHOLD:
            return _OrphanProofMpWriter(
                self.ix, procs=BULK_PROCS, multisegment=True, limitmb=WRITER_LIMIT_MB,
                timeout=timeout, compound=False,
            )
        return self.ix.writer(limitmb=SMALL_WRITER_LIMIT_MB, timeout=timeout,
                              compound=False)

    def record_state(self, state: IndexState) -> None:
        """Note that the index is up to date with ``state`` when nothing needed indexing."""
        state.save(self.folder)

    def _refresh(self) -> None:
        """Bring the searcher to the latest generation, reopening only changed segments.

        Not whoosh's ``Searcher.refresh()``: it keeps the readers of segments that were
        merged away and the deletions a reused segment had when it was opened.
        """
        if self._searcher is None or self._searcher.up_to_date():
            return
        ix = self.ix
        toc = ix._read_toc()
        reusable = {}
        for leaf, _ in self._searcher.reader().leaf_readers():
            segment = leaf.segment()
            if segment is not None:
                reusable[segment.segment_id()] = leaf
        readers = []
        for segment in toc.segments:
            old = reusable.get(segment.segment_id())
            if old is not None and set(old.segment().deleted_docs()) == set(
                segment.deleted_docs()
            ):
                del reusable[segment.segment_id()]
                readers.append(old)
            else:
                readers.append(SegmentReader(ix.storage, toc.schema, segment,
                                             generation=toc.generation))
        for leaf in reusable.values():
            leaf.close()
        reader: Any
        if not readers:
            reader = EmptyReader(toc.schema)
        elif len(readers) == 1:
            reader = readers[0]
            reader._gen = toc.generation
        else:
            reader = MultiReader(readers, generation=toc.generation)
        self._searcher = Searcher(reader, weighting=BM25F(), fromindex=ix)

    @property
    def searcher(self) -> Any:
        """A searcher, kept open between queries and refreshed after writes."""
        if self._searcher is None:
            self._searcher = self.ix.searcher(weighting=BM25F())
        return self._searcher

    def default_fields(self, body_fields: Sequence[str]) -> list[str]:
        """The fields a word without a field name is looked for in."""
        return ["title", "body", *body_fields]

    def _query_parser(self) -> qparser.QueryParser:
        present = set(self.searcher.reader().indexed_field_names())
        bodies = [f for f in (body_field(c) for c in STEMMED_LANGUAGES) if f in present]
        fields = tuple(self.default_fields(bodies))
        if self._parser is None or fields != self._parser_fields:
            self._parser = make_field_parser(query_schema(), fields)
            self._parser_fields = fields
        return self._parser

    def _widen_word_forms(self, parsed: query.Query) -> query.Query:
        """Each lemma in a language field, or'ed with its other lemmas in the index that
        differ only by an inflectional ending (see :mod:`reader.core.analysis`)."""
        reader = self.searcher.reader()
        cache = self._widened
        if cache.get("reader") is not reader:
            cache.clear()
            cache["reader"] = reader

        def visit(node: query.Query) -> query.Query:
            if type(node) is not query.Term or not node.fieldname.startswith("body_"):
                return node
            code = node.fieldname[len("body_"):]
            text = node.text
            if not isinstance(text, str) or analysis.lemma_code(code) is None:
                return node
            key = (node.fieldname, text)
            others = cache.get(key)
            if others is None:
                others = cache[key] = widened_lemmas(reader, node.fieldname, code, text)
            if not others:
                return node
            return query.Or([node, *(query.Term(node.fieldname, o) for o in others)])

        return parsed.accept(visit)

    def parse(self, text: str, lang: str | None = None, *, bounded: bool = False) -> query.Query:
        """Parse the query language into a whoosh query, or raise QueryError."""
        resolved = expand_published(expand_quantities(check_query_syntax(text, QUERY_FIELDS)))
        try:
            parsed = self._query_parser().parse(resolved)
        except Exception as exc:  # whoosh raises assorted errors on odd input
            raise QueryError(QUERY_NOT_UNDERSTOOD) from exc
        parsed = clamp_fuzzy_prefixes(parsed.normalize())
        if parsed is query.NullQuery:
            raise QueryError("The query has no searchable words (only stop words or symbols).")
        parsed = cache_expansions(restrict_to_schema(parsed, self.searcher.schema),
                                  FIRST_EXPANSIONS if bounded else None)
        parsed = self._widen_word_forms(parsed)
        if lang:
            parsed = query.And([parsed, query.Term("lang", lang.lower())])
        return parsed


class SearchIndex(WhooshIndex):
    """The document index, kept in step with a store by the Library."""

    def schema(self) -> Schema:
        """Documents: id, language, title and the bodies."""
        return build_schema()

    def apply(
        self,
        changed: Iterable[Sequence[Document]],
        deleted: Sequence[DocId],
        n_changed: int,
        state: IndexState,
        *,
        fresh: bool = False,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        """Index changed documents and drop deleted ones, then record ``state``."""
        writer = self.writer(n_changed)
        done = 0
        try:
            for doc_id in deleted:
                writer.delete_by_term("id", doc_id)
            for batch in changed:
                add_documents(writer, batch, new=fresh)
                done += len(batch)
                report(progress, done, n_changed, "Indexing")
                check_cancelled(cancel)
        except BaseException:
            cancel_writer(writer)
            raise
        report(progress, done, n_changed, "Saving the index")
        self._commit(writer, state)

    def _commit(self, writer: IndexWriter, state: IndexState) -> None:
        writer.commit()
        state.save(self.folder)
        self._refresh()

    def bulk_feed(self) -> BulkFeed:
        """whoosh's multi-process writer, to be fed documents while an import reads more."""
        return BulkFeed(self, self.writer(BULK_THRESHOLD))

    # -- searching -----------------------------------------------------------------------

    def search(
        self,
        text: str,
        load: Callable[[Sequence[DocId]], dict[DocId, Document]],
        *,
        lang: str | None = None,
        limit: int = 10,
        exact_total: bool = False,
    ) -> SearchResults:
        """Ranked hits with snippets and match offsets, for the top ``limit`` only.

        ``total`` is exact up to :data:`APPROXIMATE_TOTAL_ABOVE` matches (and always with
        ``exact_total``); above, an estimate (``total_exact`` False).
        """
        parsed = self.parse(text, lang, bounded=not exact_total)
        searcher = self.searcher
        wanted = max(limit, 1)
        results = searcher.search(parsed, limit=wanted, terms=True)
        top = list(results)[:limit]
        # Not len(results): that runs the query again posting by posting (a third of the
        # time of a search), and with terms=True whoosh's own count misses documents of
        # NOT queries.
        # Above a few thousand matches, "about 2,300" from the posting lists' lengths is what
        # a results list needs, at no cost; an exact count reads every posting.
        # A bounded prefix (``a*``) leaves words out: its count is a lower bound.
        estimate = None if exact_total else estimate_matches(searcher, parsed)
        truncated = truncated_expansion(parsed)
        if estimate is not None and (estimate > APPROXIMATE_TOTAL_ABOVE or truncated):
            total, exact = round_estimate(estimate), False
        else:
            total, exact = count_matches(searcher, parsed), not truncated
        docs = load([DocId(hit["id"]) for hit in top])
        phrases = _phrase_terms(parsed)
        patterns = _word_patterns(parsed)
        # Offsets come from the stored character positions of the hits shown, read in
        # document order so that one postings cursor per term serves every hit.
        cursor = PostingsCursor(searcher)
        offsets: dict[int, list[tuple[int, int]]] = {}
        for hit in sorted(top, key=lambda h: h.docnum):
            if DocId(hit["id"]) in docs:
                offsets[hit.docnum] = _match_offsets(
                    searcher, hit.docnum, hit.matched_terms(), phrases, cursor=cursor)
        hits = []
        for hit in top:
            doc = docs.get(DocId(hit["id"]))
            if doc is None:
                continue
            matches = _merge(sorted(offsets[hit.docnum]
                                    + _quantity_matches(doc, hit.matched_terms())
                                    + _pattern_matches(doc.text, patterns)))
            hits.append(
                SearchHit(
                    doc_id=doc.id, title=doc.title, lang=doc.lang, source=doc.source,
                    score=round(float(hit.score or 0.0), 4),
                    snippet=make_snippet(doc.text, matches), matches=tuple(matches),
                )
            )
        return SearchResults(query=text, total=total, hits=tuple(hits), total_exact=exact)

    def similar_documents(self, text: str, lang: str, limit: int) -> list[DocId]:
        """Documents that share a passage's names, figures and long words, best first.

        The cheap first stage of finding related passages in a large library: the names
        and figures carry across languages, so the neutral body and ``num:`` find
        candidates in every language.
        """
        terms: list[query.Query] = [query.Term("num", key) for key in quantity_keys(text, lang)]
        words = {
            token.text
            for token in neutral_analyzer()(text)
            if len(token.text) >= 6 or any(ch.isdigit() for ch in token.text)
        }
        names = re.findall(r"\b[A-ZÀ-Ý][\w-]+", text)
        words.update(t.text for name in names for t in neutral_analyzer()(name))
        terms.extend(query.Term("body", word) for word in sorted(words))
        if not terms:
            return []
        results = self.searcher.search(query.Or(terms), limit=limit)
        return [DocId(hit["id"]) for hit in results]


def add_documents(writer: IndexWriter, docs: Iterable[Document], *, new: bool) -> None:
    """Index documents: ``new`` ones are known to be absent, others replace their old entry."""
    for doc in docs:
        fields = document_fields(doc)
        if new:
            writer.add_document(**fields)
        else:
            writer.update_document(**fields)
        time.sleep(0)  # hand the GIL over now: a window's event loop may be waiting for it


class _OrphanProofTask(SubWriterTask):  # type: ignore[misc]
    """whoosh's writer child process, killed by the kernel when its parent dies."""

    def run(self) -> None:
        die_with_parent()
        super().run()


class _OrphanProofMpWriter(MpWriter):  # type: ignore[misc]
    """whoosh's multi-process writer with children that never outlive it.

    Each child's id is recorded beside the lock, so that children left by an owner that
    died anyway (started by an older Parallax, say) can be told apart and ended.
    """

    def _new_task(self) -> Any:
        task = _OrphanProofTask(
            self.storage, self.indexname, self.jobqueue, self.resultqueue,
            self.subargs, self.multisegment,
        )
        self.tasks.append(task)
        task.start()
        record_owner(Path(self.storage.folder), [t.pid for t in self.tasks if t.pid])
        return task


def cancel_writer(writer: IndexWriter) -> None:
    """Discard a writer's work and unlock the index.

    whoosh's multi-process writer only flags its sub-writer processes as cancelled in the
    parent, so they would wait for work forever: end them first.
    """
    for task in getattr(writer, "tasks", ()):
        if hasattr(task, "terminate"):
            task.terminate()
            task.join()
    writer.cancel()


class BulkFeed:
    """A bulk writer that indexes an import's documents as soon as they are stored.

    whoosh's sub-writer processes analyse each batch while the next files are read,
    parsed and tagged, instead of waiting until the whole import is in the store. Nothing
    reaches the index until :meth:`commit`; :meth:`cancel` discards everything fed.
    """

    def __init__(self, index: SearchIndex, writer: IndexWriter) -> None:
        self.index = index
        self.writer = writer
        self.fed = 0

    def add(self, docs: Sequence[Document], *, new: bool) -> None:
        """Index stored documents: ``new`` ones are not in the index yet."""
        add_documents(self.writer, docs, new=new)
        self.fed += len(docs)

    def commit(self, state: IndexState) -> None:
        """Write the segments and record ``state``."""
        self.index._commit(self.writer, state)

    def cancel(self) -> None:
        """Discard what was fed and unlock the index."""
        cancel_writer(self.writer)


def _quantity_matches(doc: Document, matched: Iterable[tuple[str, bytes]]) -> list[tuple[int, int]]:
    keys = {term.decode("utf-8") for field, term in matched if field == "num"}
    if not keys:
        return []
    return [
        (q.start, q.end)
        for q in numbers.extract_quantities(indexable_text(doc), doc.lang)
        if quantity_key(q) in keys
    ]


def _word_patterns(parsed: query.Query) -> re.Pattern[str] | None:
    """The words a query's prefixes and wildcards stand for, as one pattern.

    Many expansions match as a set of documents without their terms (see
    :meth:`_ExpansionCache.matcher`), so the words to mark are found in the text.
    """
    parts = set()
    for node in _walk(parsed):
        if isinstance(node, (query.Prefix, query.Wildcard)) and isinstance(node.text, str):
            if isinstance(node, query.Prefix):
                parts.add(re.escape(node.text) + r"\w*")
            else:
                parts.add("".join(r"\w*" if ch == "*" else r"\w" if ch == "?" else re.escape(ch)
                                  for ch in node.text))
    if not parts:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(parts)) + r")\b", re.IGNORECASE)


def _pattern_matches(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text)]


def _phrase_terms(parsed: query.Query) -> list[tuple[str, tuple[bytes, ...]]]:
    phrases = []
    for node in _walk(parsed):
        if isinstance(node, query.Phrase):
            phrases.append((node.fieldname, tuple(w.encode("utf-8") for w in node.words)))
    return phrases


def _walk(node: query.Query) -> Iterable[query.Query]:
    yield node
    if isinstance(node, query.Not):
        return  # excluded terms are never marked
    for child in node.children():
        yield from _walk(child)


_ABSENT = object()  # a term a segment does not have


class PostingsCursor:
    """Postings of one search, one matcher per segment and term, moved forward only.

    Reading the hits in document order lets each term's matcher serve all of them, instead
    of looking the term up again (and opening every segment) for each hit.
    """

    def __init__(self, searcher: Any) -> None:
        self._leaves = list(searcher.leaf_searchers())
        self._offsets = [offset for _, offset in self._leaves]
        self._matchers: dict[tuple[int, str, bytes], Any] = {}

    def characters(self, fieldname: str, term: bytes, docnum: int) -> list[tuple[int, int, int]]:
        """``(position, start, end)`` of every occurrence of a term in one document."""
        leaf = bisect.bisect_right(self._offsets, docnum) - 1
        searcher, offset = self._leaves[leaf]
        local = docnum - offset
        key = (leaf, fieldname, term)
        matcher: Any = self._matchers.get(key)
        if matcher is not None and matcher is not _ABSENT and (
            not matcher.is_active() or matcher.id() > local
        ):
            matcher = None  # it went past this document: start again
        if matcher is None:
            try:
                matcher = searcher.reader().postings(fieldname, term)
            except Exception:  # term not in this field or segment
                matcher = _ABSENT
            self._matchers[key] = matcher
        if matcher is _ABSENT:
            return []
        if matcher.is_active() and matcher.id() < local:
            matcher.skip_to(local)
        if not matcher.is_active() or matcher.id() != local:
            return []
        value: list[tuple[int, int, int]] = matcher.value_as("characters")
        return value


def _match_offsets(
    searcher: Any, docnum: int, matched: Iterable[tuple[str, bytes]],
    phrases: Sequence[tuple[str, tuple[bytes, ...]]],
    fields: Iterable[str] | None = None,
    cursor: PostingsCursor | None = None,
) -> list[tuple[int, int]]:
    """Character spans of every hit in the document, phrases as one span each."""
    cursor = cursor or PostingsCursor(searcher)
    body_fields = (set(fields) if fields is not None
                   else {"body"} | {body_field(c) for c in STEMMED_LANGUAGES})
    matched = {(f, t) for f, t in matched if f in body_fields}
    spans: set[tuple[int, int]] = set()
    phrase_words: set[tuple[str, bytes]] = set()
    for fieldname, words in phrases:
        if fieldname not in body_fields or not words:
            continue
        phrase_words.update((fieldname, w) for w in words)
        postings = [
            {pos: (start, end) for pos, start, end in cursor.characters(fieldname, w, docnum)}
            for w in words
        ]
        for pos, (start, _) in postings[0].items():
            ends = [postings[i].get(pos + i) for i in range(1, len(words))]
            if all(ends):
                last = ends[-1] if ends else postings[0][pos]
                assert last is not None
                spans.add((start, last[1]))
    for fieldname, term in matched - phrase_words:
        spans.update((s, e) for _, s, e in cursor.characters(fieldname, term, docnum))
    return _merge(sorted(spans))


# -- counting -----------------------------------------------------------------------------

# Totals above this many documents are estimated (see WhooshIndex.search).
APPROXIMATE_TOTAL_ABOVE = 1000


def round_estimate(value: int) -> int:
    """An estimate to two significant digits (2,347 -> 2,300)."""
    if value < 100:
        return value
    magnitude = 10 ** (len(str(value)) - 2)
    return int(round(value / magnitude) * magnitude)


def estimate_matches(searcher: Any, parsed: query.Query) -> int | None:
    """Roughly how many documents match, from document frequencies alone (no postings
    read), or None when only a count can tell (AND, NOT, phrases: the intersection of
    common words can be far smaller than either).

    A word's alternatives in several fields (title, body, the language fields) count as
    the largest of them; other ORs add up (at most every document).
    """
    total = 0
    for leaf, _ in searcher.leaf_searchers():
        reader = leaf.reader()
        size = _estimate(reader, parsed)
        if size is None:
            return None
        total += min(size, reader.doc_count())
    return total


def _estimate(reader: Any, node: query.Query) -> int | None:
    kind = type(node)
    if kind is query.Term:
        if node.fieldname not in reader.schema:
            return 0
        try:
            return int(reader.doc_frequency(node.fieldname, node.text))
        except Exception:  # a term the field cannot hold
            return 0
    if isinstance(node, (query.Prefix, query.FuzzyTerm, query.Wildcard)):
        matched = node.__dict__.get("_docs", {}).get(id(reader))
        if matched is not None and matched[0] is reader:
            return len(matched[1])
        if node.fieldname not in reader.schema:
            return 0
        return int(node.estimate_size(reader))
    if kind in (query.Or, query.DefaultOr):
        sizes = [_estimate(reader, c) for c in node.subqueries]
        if any(size is None for size in sizes):
            return None
        known = [size for size in sizes if size is not None]
        fields = [getattr(c, "fieldname", None) or _field_of(c) for c in node.subqueries]
        if None not in fields and len(set(fields)) == len(fields):
            return max(known, default=0)  # one word in several fields
        return sum(known)
    return None


def _field_of(node: query.Query) -> str | None:
    """The one field every term of a node is in, else None."""
    fields = {getattr(n, "fieldname", None) for n in _walk(node) if not n.children()}
    return fields.pop() if len(fields) == 1 else None


def count_matches(searcher: Any, parsed: query.Query) -> int:
    """How many documents match: the same number as ``len(results)``, far cheaper.

    whoosh counts by running the whole query again, posting by posting, through its
    matcher tree. Here the usual query shapes (terms, their expansions, AND, OR, NOT) are
    counted as set operations on whole posting blocks; anything else (phrases) falls back
    to whoosh's matcher for that part of the query only.
    """
    total = 0
    for leaf, _ in searcher.leaf_searchers():
        reader = leaf.reader()
        ids = _docset(leaf, reader, parsed)
        if reader.has_deletions():
            ids = ids - set(reader.deleted_docs_set)
        total += len(ids)
    return total


def _term_ids(reader: Any, fieldname: str, text: Any) -> set[int]:
    try:
        matcher = reader.postings(fieldname, text)
    except Exception:  # the term is not in this segment
        return set()
    while hasattr(matcher, "child"):  # deleted documents are taken out by the caller
        matcher = matcher.child
    if not isinstance(matcher, W3LeafMatcher):
        return set(matcher.all_ids())
    ids: set[int] = set()
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        ids.update(matcher._ids[matcher._i:])
        matcher._next_block()
    return ids


def _docset(searcher: Any, reader: Any, node: query.Query) -> set[int]:
    kind = type(node)
    if kind is query.Term:
        return _term_ids(reader, node.fieldname, node.text)
    if isinstance(node, (query.Prefix, query.FuzzyTerm, query.Wildcard)):
        matched = node.__dict__.get("_docs", {}).get(id(reader))
        if matched is not None and matched[0] is reader:  # the matcher's set of documents
            return set(matched[1])
        ids: set[int] = set()
        fieldname = node.fieldname
        if fieldname in reader.schema:
            for btext in node._btexts(reader):
                ids |= _term_ids(reader, fieldname, btext)
        return ids
    if kind in (query.Or, query.DefaultOr) and not getattr(node, "minmatch", 0):
        ids = set()
        for child in node.subqueries:
            ids |= _docset(searcher, reader, child)
        return ids
    if kind is query.And:
        positive = [c for c in node.subqueries if type(c) is not query.Not]
        negative = [c.query for c in node.subqueries if type(c) is query.Not]
        if positive:
            ids = _docset(searcher, reader, positive[0])
            for child in positive[1:]:
                if not ids:
                    break
                ids &= _docset(searcher, reader, child)
            for child in negative:
                if not ids:
                    break
                ids -= _docset(searcher, reader, child)
            return ids
    if kind is query.AndNot:
        ids = _docset(searcher, reader, node.a)
        return ids - _docset(searcher, reader, node.b) if ids else ids
    return set(node.docs(searcher))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(text: str, matches: Sequence[tuple[int, int]], width: int = SNIPPET_CHARS) -> str:
    """An HTML-escaped excerpt around the densest run of hits, hits in ``<b>``."""
    if not matches:
        end = min(len(text), width)
        cut = text[:end].rsplit(" ", 1)[0] if end < len(text) else text[:end]
        return html.escape(" ".join(cut.split())) + ("…" if end < len(text) else "")
    # The window that starts at a hit and covers the most hits.
    best_i, best_count = 0, 0
    j = 0
    for i, (start, _) in enumerate(matches):
        while j < len(matches) and matches[j][1] <= start + width:
            j += 1
        if j - i > best_count:
            best_i, best_count = i, j - i
    first = matches[best_i][0]
    window_start = max(0, first - width // 4)
    window_start = _word_start(text, window_start)
    window_end = min(len(text), window_start + width)
    if window_end < len(text):
        space = text.rfind(" ", window_start, window_end)
        if space > first:
            window_end = space
    parts = ["…" if window_start > 0 else ""]
    cursor = window_start
    for start, end in matches:
        if end <= window_start or start >= window_end:
            continue
        start, end = max(start, window_start), min(end, window_end)
        parts.append(html.escape(text[cursor:start]))
        parts.append("<b>" + html.escape(text[start:end]) + "</b>")
        cursor = end
    parts.append(html.escape(text[cursor:window_end]))
    parts.append("…" if window_end < len(text) else "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _word_start(text: str, pos: int) -> int:
    if pos <= 0:
        return 0
    space = text.rfind(" ", 0, pos)
    newline = text.rfind("\n", 0, pos)
    return max(space, newline) + 1
