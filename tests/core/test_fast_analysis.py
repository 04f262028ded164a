"""The fast analysis of huge texts makes exactly the tokens and postings whoosh's chain makes.

For every analysed field of the index schema (the neutral body, title, site, author and
every language's body), on generated multilingual text with punctuation, accents,
acronym plurals, stop words at the start, numbers, apostrophes, hyphens and newlines.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
import whoosh.lang
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StemmingAnalyzer
from whoosh.formats import Characters, tokens

from reader.core.search import fast_analysis, postings
from reader.core.search.schema import STEMMED_LANGUAGES, build_schema

WORDS = (
    "The TPUs and GPUs ASICs CPUs Us us IDs PhDs SOS s ss sS OS run l'homme l’homme don't "
    "aujourd'hui porte-monnaie e-mail state-of-the-art 3.141 1,000 2024-05-01 10.5% 42 "
    "x2 U.S.A. e.g. i.e. Straße STRASSE straße Übermäßig ÆSIR œuvre ﬁnance İstanbul "
    "ıi Ñandú niño NIÑO café CAFÉ naïve Ελλάδα ΣΟΦΟΣ Москва москвы القاهرة 東京 "
    "under_score snake_case *wild* a*b ** _ __ é e\u0301 \u0301 ǅemal ﬀ ① ² ½ "
    "hermanos hermanas contratado presentaron conocido explicação funzionare "
    "Verbindungen verbunden gelaufen liefen children went better ran running "
    "quickly Häuser häuser maisons grandes donne uomini mulheres aan het een "
    "hablaban parlavano sprachen parlaient spoke falavam praatten".split()
)
PUNCTUATION = (" ", " ", " ", ", ", ". ", "; ", ": ", "! ", "? ", " — ", " - ", "\n",
               "\n\n", "\t", " (", ") ", " «", "» ", ' "', '" ', "'", "’", "/", "...")


def _stop_words() -> list[str]:
    words: set[str] = set()
    for code in STEMMED_LANGUAGES:
        if whoosh.lang.has_stopwords(code):
            words |= set(whoosh.lang.stopwords_for_language(code))
    return sorted(words)


def generated_text(count: int, seed: int) -> str:
    rng = random.Random(seed)
    vocabulary = list(WORDS) + _stop_words()
    # Stop words first: whoosh's StopFilter numbers the first kept word by its place.
    parts = ["the a of de la и ", "The"]
    for i in range(count):
        word = rng.choice(vocabulary)
        if rng.random() < 0.2:
            word = word.upper() if rng.random() < 0.5 else word.capitalize()
        if rng.random() < 0.03:
            word += str(i)  # the vocabulary grows, as in a long text
        parts.append(word)
        parts.append(rng.choice(PUNCTUATION))
    return "".join(parts) + " and"  # ends with a stop word


def analysed_fields() -> list[tuple[str, object]]:
    schema = build_schema()
    return [(name, schema[name]) for name in schema.names()
            if isinstance(schema[name].format, Characters) or name in ("title", "site")]


def chain(value: str, analyzer: object) -> list[tuple[str, int, int, int, float]]:
    kwargs = {"positions": True, "chars": True, "boosts": True, "mode": "index"}
    return [(t.text, t.pos, t.startchar, t.endchar, t.boost)
            for t in tokens(value, analyzer, kwargs)]


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(("name", "field"), analysed_fields(),
                         ids=[name for name, _ in analysed_fields()])
def test_fast_tokens_equal_whoosh_chain(name: str, field: object, seed: int) -> None:
    text = generated_text(6_000, seed)
    analyzer = field.analyzer  # type: ignore[attr-defined]
    fast = fast_analysis.fast_tokens(text, analyzer, positions=True, chars=True,
                                     boosts=True, mode="index")
    assert fast is not None, f"{name}: Parallax's own analyser must take the fast path"
    expected = chain(text, analyzer)
    assert len(expected) > 4_000
    assert list(fast) == expected


@pytest.mark.parametrize(("name", "field"),
                         [(n, f) for n, f in analysed_fields()
                          if isinstance(f.format, postings.CompactCharacters)],  # type: ignore[attr-defined]
                         ids=lambda x: x if isinstance(x, str) else "")
def test_fast_postings_equal_whoosh_postings(monkeypatch: pytest.MonkeyPatch, name: str,
                                             field: object) -> None:
    monkeypatch.setattr(postings, "COMPACT_ABOVE", 1_000)
    text = generated_text(4_000, 3)
    analyzer = field.analyzer  # type: ignore[attr-defined]
    compact = postings.CompactCharacters(field_boost=2.0)
    plain = Characters(field_boost=2.0)
    fast = sorted(compact.word_values(text, analyzer, mode="index"))
    expected = sorted(plain.word_values(text, analyzer, mode="index"))
    assert len(expected) > 100
    assert fast == expected


def test_other_analysers_and_arguments_go_to_whoosh() -> None:
    text = generated_text(100, 4)
    assert fast_analysis.fast_tokens(text, StemmingAnalyzer(), positions=True) is None
    analyzer = build_schema()["body"].analyzer
    assert fast_analysis.fast_tokens(text, analyzer, start_pos=5) is None
    assert fast_analysis.fast_tokens(text, build_schema()["num"].analyzer) is None


class _Boosting(Filter):  # type: ignore[misc]
    """Changes a token's boost: not a pure text function, so the chain must be used."""

    def __call__(self, tokens: Any) -> Any:
        for t in tokens:
            t.boost = 2.0
            yield t


def test_a_filter_doing_more_than_the_text_falls_back_to_whoosh(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pure = fast_analysis._pure_filters() | {_Boosting}
    monkeypatch.setattr(fast_analysis, "_pure_filters", lambda: pure)
    monkeypatch.setattr(postings, "COMPACT_ABOVE", 1_000)
    analyzer = RegexTokenizer() | LowercaseFilter() | _Boosting()
    text = generated_text(2_000, 5)
    with pytest.raises(fast_analysis.NotPure):
        fast_analysis.gather(text, analyzer, {"mode": "index"}, "i")
    compact = sorted(postings.CompactCharacters().word_values(text, analyzer, mode="index"))
    assert compact == sorted(Characters().word_values(text, analyzer, mode="index"))
    assert compact[0][2] == 2.0 * compact[0][1]  # the boosts were counted
