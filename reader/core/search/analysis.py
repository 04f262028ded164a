"""Word forms: lemmas (simplemma) for the per-language index fields, Snowball stems (PyStemmer)
to widen a query to the other lemmas of the same word.

Measured on lemma-annotated real text (``benchmarks/bench_search.py analysis``):

- whoosh's own Snowball stemmers merge too little (old German and Dutch versions) and,
  with their stop lists, drop content words ("estaría", "tienes", "estado" in Spanish);
- simplemma's lemmas are precise but pick one lemma for an ambiguous form ("presenti" is
  "presente", the relevant articles say "presentare") and leave gender and participle
  forms apart ("hermana" / "hermano", "contratados" / "contratar");
- lemma then Snowball stem finds nearly every form but floods: the stem also merges
  derived words ("explicação" / "explicar", "estudante" / "estudo").

So the index holds lemmas (greedy simplemma, applied twice so that a participle reaches its
verb), and a query term is widened, at query time, to the lemmas in the index that have
the same Snowball stem and differ from it only in a short ending (at most three letters on
one side, two on the other): inflection, not derivation.

The language data is loaded lazily, once per language and process, on the first word of
that language; nothing here is imported or loaded at start-up. simplemma's memory-frugal
dictionaries index their compressed stream on every load (0.2-1.4 s a language), which a
command-line search paid in every process; the indexed stream is therefore kept in the
user's cache folder (``dictionary_cache_dir()``, 1-7 MB a language) and read back in a few
milliseconds, checked by length and CRC, rebuilt when missing, damaged or from another
simplemma.
"""

from __future__ import annotations

import marshal
import os
import tempfile
import threading
import zlib
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any

from whoosh.analysis import Filter

# whoosh's language codes -> Snowball algorithm names (PyStemmer).
SNOWBALL = {
    "ar": "arabic", "da": "danish", "nl": "dutch", "en": "english", "fi": "finnish",
    "fr": "french", "de": "german", "hu": "hungarian", "it": "italian", "no": "norwegian",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "es": "spanish",
    "sv": "swedish",
}
# Lemmas remembered per language (each entry ~150 bytes): the words of a large library.
LEMMA_CACHE_SIZE = 200_000
# An expansion differs from the query's lemma by at most this many letters at the end on
# one side and SHORT on the other (hermano/hermana, presente/presentare, conocido/conocer).
LONG_ENDING = 3
SHORT_ENDING = 2
# Lemmas shorter than this are not widened (too many unrelated words share their stem).
MIN_EXPAND_CHARS = 4

_lock = threading.Lock()
_lemma_caches: dict[str, dict[str, str]] = {}
_stemmers: dict[str, Any] = {}


# The languages whose fields hold lemmas: the ones measured on lemma-annotated text. The
# others with a Snowball stemmer get PyStemmer's stems: simplemma's dictionaries for them
# (Finnish, Hungarian, Russian, ...) take ~10 MB and up to 2 s to load each, unmeasured.
LEMMA_LANGUAGES = frozenset({"de", "en", "es", "fr", "it", "nl", "pt"})


def lemma_code(code: str) -> str | None:
    """simplemma's code for a whoosh language code, or None when its field is stemmed."""
    return code if code in LEMMA_LANGUAGES else None


_lemmatizer: Any = None

# The cached stream: magic, then the payload's length and CRC-32, then the marshalled
# (stream, reversed, count, first record, block keys, block seeds) of simplemma's StreamMap.
_CACHE_MAGIC = b"PXLEMMA1"
_CACHE_HEADER = len(_CACHE_MAGIC) + 8
_STREAM_SLOTS = ("_data", "_rev", "_count", "_pos", "_firsts", "_blocks")
QUOTES_AND_SPACE = " '\""


def dictionary_cache_dir() -> Path:
    """Where the indexed lemma dictionaries are kept (the XDG cache folder for Parallax)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("parallax", appauthor=False)) / "lemmas"


def _cache_path(lang: str) -> Path:
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import DATA_FOLDER

    source = (Path(DATA_FOLDER) / f"{lang}.plzma").stat()
    version = getattr(simplemma, "__version__", "0")
    return dictionary_cache_dir() / (
        f"{lang}-{version}-{source.st_size}-{source.st_mtime_ns}.bin")


def _read_cached_stream(path: Path, stream_map: Any) -> Mapping[str, str] | None:
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    if len(blob) < _CACHE_HEADER or not blob.startswith(_CACHE_MAGIC):
        return None
    size = int.from_bytes(blob[len(_CACHE_MAGIC):len(_CACHE_MAGIC) + 4], "little")
    crc = int.from_bytes(blob[len(_CACHE_MAGIC) + 4:_CACHE_HEADER], "little")
    payload = memoryview(blob)[_CACHE_HEADER:]
    if len(payload) != size or zlib.crc32(payload) != crc:
        return None
    try:
        values = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(values, tuple) or len(values) != len(_STREAM_SLOTS):
        return None
    mapping: Mapping[str, str] = stream_map.__new__(stream_map)
    for slot, value in zip(_STREAM_SLOTS, values, strict=True):
        object.__setattr__(mapping, slot, value)
    return mapping


def _write_cached_stream(path: Path, mapping: Mapping[str, str]) -> None:
    payload = marshal.dumps(tuple(getattr(mapping, slot) for slot in _STREAM_SLOTS))
    header = (_CACHE_MAGIC + len(payload).to_bytes(4, "little")
              + zlib.crc32(payload).to_bytes(4, "little"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f"{path.name.split('-', 1)[0]}-*.bin"):
            if stale != path:
                stale.unlink(missing_ok=True)  # another simplemma's: never read again
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(header)
                out.write(payload)
            os.replace(temporary, path)  # atomic: a reader never sees half a file
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only or full cache folder: the next process indexes it again


def _stream_dictionary(lang: str) -> Mapping[str, str]:
    """simplemma's StreamMap for ``lang``, from the cache when a valid one is there."""
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

    if set(getattr(StreamMap, "__slots__", ())) != set(_STREAM_SLOTS):
        return StreamMap(lang)  # another simplemma layout: no cache, same results
    try:
        path = _cache_path(lang)
    except (OSError, ValueError):
        return StreamMap(lang)
    cached = _read_cached_stream(path, StreamMap)
    if cached is not None:
        return cached
    mapping = StreamMap(lang)
    _write_cached_stream(path, mapping)
    return mapping


def _simplemma() -> Any:
    """One greedy lemmatizer on simplemma's memory-frugal dictionaries, built on first use.

    Its own dictionary cache holds every language a library has: simplemma's shared one
    keeps eight, and a ninth language would reload a dictionary for every word.
    """
    global _lemmatizer
    if _lemmatizer is None:
        from simplemma import Lemmatizer
        from simplemma.strategies import DefaultStrategy
        from simplemma.strategies.dictionaries.stream_dictionary_factory import (
            StreamDictionaryFactory,
        )

        with _lock:
            if _lemmatizer is None:
                class CachedStreamFactory(StreamDictionaryFactory):
                    __slots__ = ()

                    def _get_dictionary_uncached(self, lang: str) -> Mapping[str, str]:
                        return _stream_dictionary(lang)

                factory = CachedStreamFactory(cache_max_size=64)
                _lemmatizer = Lemmatizer(
                    cache_max_size=0,  # this module caches per language
                    lemmatization_strategy=DefaultStrategy(greedy=True,
                                                           dictionary_factory=factory),
                )
    return _lemmatizer


_first_lemmas: dict[str, dict[str, str]] = {}


def _remembered(caches: dict[str, dict[str, str]], code: str, word: str,
                compute: Callable[[str, str], str]) -> str:
    """``compute(word, code)``, remembered in the bounded per-language ``caches``."""
    cache = caches.get(code)
    if cache is None:
        with _lock:
            cache = caches.setdefault(code, {})
    lemma = cache.get(word)
    if lemma is None:
        lemma = compute(word, code)
        if len(cache) >= LEMMA_CACHE_SIZE:
            cache.clear()
        cache[word] = lemma
    return lemma


def _simplemma_lemma(word: str, code: str) -> str:
    return str(_simplemma().lemmatize(word, code)).lower()


def _lemma_once(word: str, code: str) -> str:
    return _remembered(_first_lemmas, code, word, _simplemma_lemma)


def _lemmatize_uncached(word: str, code: str) -> str:
    if any(ch.isdigit() for ch in word):
        return word  # numbers, codes, dates: no dictionary has them
    # greedy: participles and adjectives reach their verb; twice: a lemma that is itself
    # an inflected form in the dictionary (contratado -> contratar) goes one step further.
    # The first step's results are remembered too: many forms share one.
    first = _lemma_once(word, code)
    if first == word:
        return first
    return _lemma_once(first, code)


def lemmatize(word: str, code: str) -> str:
    """The lemma of a lower-case word in simplemma language ``code`` (cached)."""
    return _remembered(_lemma_caches, code, word, _lemmatize_uncached)


class _QueryWords:
    """Lemmas of query words, kept across processes in the cache folder.

    A command-line search is a new process; the lemmas of the words it searched before come
    from here without importing simplemma or loading a dictionary (about 0.1 s for three
    languages). Entries are simplemma's own results, tagged with its version, so a search
    finds exactly what it finds without the cache; a damaged, locked or read-only cache
    only means simplemma is asked again.
    """

    def __init__(self) -> None:
        self._db: Any = None
        self._failed = False
        self._version: str | None = None

    def _connect(self) -> Any:
        if self._db is not None or self._failed:
            return self._db
        import sqlite3

        path = dictionary_cache_dir() / "query-words.sqlite3"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=0.2, isolation_level=None,
                                 check_same_thread=False)
            db.execute("PRAGMA synchronous=OFF")  # a cache: losing it costs only time
            db.execute("CREATE TABLE IF NOT EXISTS words (version TEXT, lang TEXT, "
                       "word TEXT, lemma TEXT, PRIMARY KEY (version, lang, word)) "
                       "WITHOUT ROWID")
        except (OSError, sqlite3.Error):
            self._failed = True
            return None
        self._db = db
        return db

    def version(self) -> str:
        """simplemma's installed version and file stamp, read without importing it."""
        if self._version is None:
            import importlib.util

            spec = importlib.util.find_spec("simplemma")
            stamp = "unknown"
            if spec is not None and spec.origin:
                metadata = Path(spec.origin).with_name("__metadata__.py")
                with suppress(OSError):
                    info = metadata.stat()
                    stamp = f"{info.st_size}-{info.st_mtime_ns}"
                    for line in metadata.read_text(encoding="utf-8").splitlines():
                        if line.startswith("__version__"):
                            value = line.split("=", 1)[1].strip(QUOTES_AND_SPACE)
                            stamp = f"{value}-{stamp}"
            self._version = stamp
        return self._version

    def get(self, code: str, word: str) -> str | None:
        import sqlite3

        db = self._connect()
        if db is None:
            return None
        try:
            row = db.execute("SELECT lemma FROM words WHERE version=? AND lang=? AND word=?",
                             (self.version(), code, word)).fetchone()
        except sqlite3.Error:
            return None
        return str(row[0]) if row is not None else None

    def put(self, code: str, word: str, lemma: str) -> None:
        import sqlite3

        db = self._connect()
        if db is None:
            return
        try:
            db.execute("INSERT OR REPLACE INTO words VALUES (?, ?, ?, ?)",
                       (self.version(), code, word, lemma))
        except sqlite3.Error:
            pass


_query_words = _QueryWords()


def _query_lemma_uncached(word: str, code: str) -> str:
    if any(ch.isdigit() for ch in word):
        return word
    with _lock:
        lemma = _query_words.get(code, word)
    if lemma is None:
        lemma = _lemmatize_uncached(word, code)
        with _lock:
            _query_words.put(code, word, lemma)
    return lemma


def query_lemma(word: str, code: str) -> str:
    """:func:`lemmatize` for a word of a query: the same lemma, remembered across processes."""
    return _remembered(_lemma_caches, code, word, _query_lemma_uncached)


def stem(word: str, code: str) -> str:
    """The Snowball stem of a word in whoosh language ``code`` (the word itself without one)."""
    stemmer = _stemmers.get(code)
    if stemmer is None:
        name = SNOWBALL.get(code)
        if name is None:
            return word
        import Stemmer

        with _lock:
            stemmer = _stemmers.setdefault(code, Stemmer.Stemmer(name, 20_000))
    result: str = stemmer.stemWord(word)
    return result


def preload(codes: Iterable[str]) -> None:
    """Load the dictionaries of these languages now (e.g. on a worker, before a search)."""
    for code in codes:
        lemma = lemma_code(code)
        if lemma is not None:
            lemmatize("preload", lemma)
        stem("preload", code)


class _LanguageFilter(Filter):  # type: ignore[misc]
    """A filter for one language; holds only the language code, so that it pickles with
    the index schema (and its data loads on the first token)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and getattr(other, "lang", None) == self.lang

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.lang))


class SnowballFilter(_LanguageFilter):
    """Replaces each (lower-case) token by its current Snowball stem (PyStemmer)."""

    def __call__(self, tokens: Iterable[Any]) -> Iterable[Any]:
        lang = self.lang
        for token in tokens:
            token.text = stem(token.text, lang)
            yield token


class LemmaFilter(_LanguageFilter):
    """Replaces each (lower-case) token by its simplemma lemma in one language; the words
    of a query through :func:`query_lemma`, remembered across processes."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.code = lemma_code(lang) or lang

    def __call__(self, tokens: Iterable[Any]) -> Iterable[Any]:
        code = self.code
        cache = _lemma_caches.get(code)
        for token in tokens:
            text = token.text
            lemma = cache.get(text) if cache is not None else None
            if lemma is None:
                if getattr(token, "mode", "") == "query":
                    lemma = query_lemma(text, code)
                else:
                    lemma = lemmatize(text, code)
                cache = _lemma_caches.get(code)
            token.text = lemma
            yield token


def short_stop_words(lang: str, max_chars: int = 3) -> frozenset[str]:
    """The language's short function words (three letters or fewer): all that is skipped.

    whoosh's stop lists hold content words too (Spanish "estado", "tienes", "sentido",
    "estaría"), which then could not be found in any form; every word of four letters or
    more is kept. Every word, stop word or not, is also in the exact-form body field.
    """
    import whoosh.lang

    if not whoosh.lang.has_stopwords(lang):
        return frozenset()
    return frozenset(w for w in whoosh.lang.stopwords_for_language(lang) if len(w) <= max_chars)


# A verb's lemma (its infinitive) and a noun's are different words even when they share a
# stem (explicar / explicação, cursar / curso, funzionare / funzione, verbinden /
# Verbindung); a participle or gerund used as an adjective is a form of the verb.
INFINITIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "es": ("ar", "er", "ir"), "pt": ("ar", "er", "ir"), "it": ("are", "ere", "ire"),
    "fr": ("er", "ir", "re"), "de": ("en",), "nl": ("en",), "ro": ("a", "ea", "e", "i"),
    "ca": ("ar", "er", "ir", "re"),
}
PARTICIPLE_ENDINGS: dict[str, tuple[str, ...]] = {
    "es": ("ado", "ada", "ido", "ida", "ando", "iendo", "ante", "ente"),
    "pt": ("ado", "ada", "ido", "ida", "ando", "endo", "indo", "ante", "ente"),
    "it": ("ato", "ata", "ito", "ita", "uto", "uta", "ando", "endo", "ante", "ente"),
    "fr": ("ant", "é", "ée", "i", "ie", "u", "ue"),
    "de": ("end", "t"), "nl": ("end", "d", "t"), "ro": ("at", "ut", "it", "ând", "ind"),
    "ca": ("at", "ada", "it", "ida", "ant"),
}


def same_word_class(lemma: str, other: str, lang: str) -> bool:
    """False when exactly one of two lemmas is an infinitive and the other no participle."""
    infinitive = INFINITIVE_ENDINGS.get(lang)
    if not infinitive:
        return True
    a, b = lemma.endswith(infinitive), other.endswith(infinitive)
    if a == b:
        return True
    noun = other if a else lemma
    return noun.endswith(PARTICIPLE_ENDINGS.get(lang, ()))


def ending_ok(lemma: str, other: str) -> bool:
    """Whether two lemmas differ only by short endings (inflection, not derivation)."""
    common = 0
    for a, b in zip(lemma, other, strict=False):
        if a != b:
            break
        common += 1
    ends = sorted((len(lemma) - common, len(other) - common))
    return ends[1] <= LONG_ENDING and ends[0] <= SHORT_ENDING


def expansion_prefix(lemma: str) -> str | None:
    """The prefix every lemma that :func:`ending_ok` accepts for ``lemma`` starts with."""
    if len(lemma) < MIN_EXPAND_CHARS:
        return None
    return lemma[: max(len(lemma) - LONG_ENDING, 3)]


def related_lemmas(lemma: str, lang: str, candidates: Iterable[str]) -> list[str]:
    """Of ``candidates`` (lemmas in the index with :func:`expansion_prefix`), those with the
    same Snowball stem as ``lemma`` and only a short ending apart."""
    target = stem(lemma, lang)
    return [
        other for other in candidates
        if other != lemma and ending_ok(lemma, other) and stem(other, lang) == target
        and same_word_class(lemma, other, lang)
    ]
