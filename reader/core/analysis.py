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
that language (about 0.1-0.6 s each with simplemma's memory-frugal dictionaries, 5-10 MB
each); nothing here is imported or loaded at start-up.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
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
                factory = StreamDictionaryFactory(cache_max_size=64)
                _lemmatizer = Lemmatizer(
                    cache_max_size=0,  # this module caches per language
                    lemmatization_strategy=DefaultStrategy(greedy=True,
                                                           dictionary_factory=factory),
                )
    return _lemmatizer


_first_lemmas: dict[str, dict[str, str]] = {}


def _lemma_once(word: str, code: str) -> str:
    cache = _first_lemmas.get(code)
    if cache is None:
        with _lock:
            cache = _first_lemmas.setdefault(code, {})
    lemma = cache.get(word)
    if lemma is None:
        lemma = str(_simplemma().lemmatize(word, code)).lower()
        if len(cache) >= LEMMA_CACHE_SIZE:
            cache.clear()
        cache[word] = lemma
    return lemma


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
    cache = _lemma_caches.get(code)
    if cache is None:
        with _lock:
            cache = _lemma_caches.setdefault(code, {})
    lemma = cache.get(word)
    if lemma is None:
        lemma = _lemmatize_uncached(word, code)
        if len(cache) >= LEMMA_CACHE_SIZE:
            cache.clear()
        cache[word] = lemma
    return lemma


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


class SnowballFilter(Filter):  # type: ignore[misc]
    """Replaces each (lower-case) token by its current Snowball stem (PyStemmer)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SnowballFilter) and other.lang == self.lang

    def __hash__(self) -> int:
        return hash(("SnowballFilter", self.lang))

    def __call__(self, tokens: Iterable[Any]) -> Iterable[Any]:
        lang = self.lang
        for token in tokens:
            token.text = stem(token.text, lang)
            yield token


class LemmaFilter(Filter):  # type: ignore[misc]
    """Replaces each (lower-case) token by its simplemma lemma in one language.

    Holds only the language code, so that it pickles with the index schema; the dictionary
    is loaded on the first token.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.code = lemma_code(lang) or lang

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LemmaFilter) and other.lang == self.lang

    def __hash__(self) -> int:
        return hash(("LemmaFilter", self.lang))

    def __call__(self, tokens: Iterable[Any]) -> Iterable[Any]:
        code = self.code
        cache = _lemma_caches.get(code)
        for token in tokens:
            text = token.text
            lemma = cache.get(text) if cache is not None else None
            if lemma is None:
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
