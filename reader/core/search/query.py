"""The query language: syntax checks, field names, quantities and dates, parsing, and the
expansion of prefix, wildcard and fuzzy terms.

A query is checked first (one sentence for what whoosh would silently misread or what
would cost without bound), its ``num:`` and ``published:`` values are normalised, then
whoosh parses it over the fields an index has, each lemma in a language field is widened
to its other inflected lemmas in the index (:mod:`.analysis`), and expanding terms are
expanded at most once a segment.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from whoosh import qparser, query
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.fields import Schema
from whoosh.matching import ListMatcher, NullMatcher

from .. import numbers
from ..errors import QueryError
from . import analysis
from .schema import STEMMED_LANGUAGES, body_field, number_key, quantity_key, query_schema

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

# Every field a query can name, and the other names it may use for them.
QUERY_FIELDS = ("lang", "title", "body", "num", "note", "tag", "label", "site", "author",
                "published")
FIELD_ALIASES = {"language": "lang", "text": "body", "tags": "tag", "notes": "note",
                 "outlet": "site", "date": "published"}
# Matches no record of any index: what a term on a field an index lacks becomes.
_NOTHING = query.Term("id", "\x00")

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
                ids |= term_ids(reader, fieldname, btext)
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
    return any(node.__dict__.get("truncated") for node in walk(parsed))


def restrict_to_schema(parsed: query.Query, schema: Schema) -> query.Query:
    """The query with every term on a field ``schema`` lacks replaced by one matching nothing."""

    def visit(node: query.Query) -> query.Query:
        fieldname = getattr(node, "fieldname", None)
        if isinstance(fieldname, str) and fieldname not in schema:
            return _NOTHING
        return node

    return parsed.accept(visit)



def walk(node: query.Query) -> Iterable[query.Query]:
    """A query and its parts, depth first; what a NOT excludes is never visited."""
    yield node
    if isinstance(node, query.Not):
        return  # excluded terms are never marked
    for child in node.children():
        yield from walk(child)


def term_ids(reader: Any, fieldname: str, text: Any) -> set[int]:
    """The segment's document numbers holding a term, read posting block by block."""
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


class QueryReader:
    """Turns the query language into whoosh queries for one index.

    Keeps the parser for the fields the index has and, per segment reader, the lemmas
    each query lemma widened to.
    """

    def __init__(self, default_fields: Callable[[Sequence[str]], list[str]]) -> None:
        self._default_fields = default_fields
        self._parser: qparser.QueryParser | None = None
        self._parser_fields: tuple[str, ...] = ()
        self._widened: dict[Any, Any] = {}

    def forget(self) -> None:
        """Drop the parser (the index was closed)."""
        self._parser = None

    def _query_parser(self, searcher: Any) -> qparser.QueryParser:
        present = set(searcher.reader().indexed_field_names())
        bodies = [f for f in (body_field(c) for c in STEMMED_LANGUAGES) if f in present]
        fields = tuple(self._default_fields(bodies))
        if self._parser is None or fields != self._parser_fields:
            self._parser = make_field_parser(query_schema(), fields)
            self._parser_fields = fields
        return self._parser

    def _widen_word_forms(self, searcher: Any, parsed: query.Query) -> query.Query:
        """Each lemma in a language field, or'ed with its other lemmas in the index that
        differ only by an inflectional ending (see :mod:`.analysis`)."""
        reader = searcher.reader()
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

    def parse(self, text: str, searcher: Any, lang: str | None = None, *,
              bounded: bool = False) -> query.Query:
        """Parse the query language into a whoosh query, or raise QueryError."""
        resolved = expand_published(expand_quantities(check_query_syntax(text, QUERY_FIELDS)))
        try:
            parsed = self._query_parser(searcher).parse(resolved)
        except Exception as exc:  # whoosh raises assorted errors on odd input
            raise QueryError(QUERY_NOT_UNDERSTOOD) from exc
        parsed = clamp_fuzzy_prefixes(parsed.normalize())
        if parsed is query.NullQuery:
            raise QueryError("The query has no searchable words (only stop words or symbols).")
        parsed = cache_expansions(restrict_to_schema(parsed, searcher.schema),
                                  FIRST_EXPANSIONS if bounded else None)
        parsed = self._widen_word_forms(searcher, parsed)
        if lang:
            parsed = query.And([parsed, query.Term("lang", lang.lower())])
        return parsed
