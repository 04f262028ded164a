"""Word forms: a query finds every inflected form of its word, in the language's field.

The texts are written for these tests. Each query below failed with whoosh's own analysis
(its old German and Dutch stemmers, its Spanish stop list).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.search import analysis

ARTICLES = {
    "de_bahnhof.txt": (
        "Der neue Bahnhof\n\n"
        "Die Stadt hat am Montag den neuen Bahnhof eröffnet. Das Gebäude ist sehr groß und "
        "hat zwölf Gleise. Die Bauarbeiten dauerten fast sieben Jahre, und die Kosten stiegen "
        "immer weiter. Viele Pendler freuen sich über die kürzeren Wege zu den Zügen."
    ),
    "nl_voetbal.txt": (
        "Voetbal in het park\n\n"
        "Elke zaterdag speelden de kinderen uit de buurt voetbal in het park. De gemeente wil "
        "het grasveld nu verkopen aan een projectontwikkelaar. De ouders zijn boos en hebben "
        "een petitie geschreven die al door duizenden mensen is ondertekend."
    ),
    "es_ciudad.txt": (
        "Una noche tranquila\n\n"
        "La ciudad estaba tranquila cuando llegaron los primeros autobuses de la mañana. Los "
        "vecinos dicen que tenemos que proteger el barrio antiguo del ruido y del tráfico. "
        "Mi hermana trabaja en la panadería de la plaza desde hace muchos años."
    ),
    "pt_escola.txt": (
        "A escola da vila\n\n"
        "A professora quer explicar aos alunos como funciona o sistema solar. Ela prepara as "
        "aulas com cuidado todas as semanas e usa modelos feitos pelos próprios estudantes. "
        "A direção da escola apoia o projeto com material novo."
    ),
    "pt_relatorio.txt": (
        "O relatório do governo\n\n"
        "O governo publicou um relatório sobre o orçamento, mas as explicações dos ministros "
        "não convenceram os deputados da oposição. A votação final ficou marcada para a "
        "próxima semana no parlamento em Lisboa."
    ),
}


@pytest.fixture
def forms_library(empty_library: Library, tmp_path: Path) -> Library:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = empty_library.imports.paths([folder])
    assert not report.failed
    return empty_library


def found(library: Library, query: str) -> set[str]:
    return {Path(hit.source).name for hit in library.search.query(query, limit=20).hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("größten", {"de_bahnhof.txt"}),  # the text says "groß"
        ("Gleis", {"de_bahnhof.txt"}),  # "Gleise"
        ("gespeeld", {"nl_voetbal.txt"}),  # "speelden"
        ("estaría", {"es_ciudad.txt"}),  # "estaba"; whoosh's Spanish stop list drops it
        ("tienes", {"es_ciudad.txt"}),  # "tenemos"; a stop word for whoosh too
        ("hermanos", {"es_ciudad.txt"}),  # "hermana": another gender of the same noun
        ("explicações", {"pt_relatorio.txt"}),  # the noun, not "explicar" in pt_escola
        ("explicou", {"pt_escola.txt"}),  # the verb, not the noun "explicações"
    ],
)
def test_a_query_finds_the_other_forms_of_its_word(
    forms_library: Library, query: str, expected: set[str]
) -> None:
    assert found(forms_library, query) == expected


def test_the_form_in_the_text_is_what_the_snippet_marks(forms_library: Library) -> None:
    results = forms_library.search.query("größten")
    assert results.total == 1
    assert "<b>groß</b>" in results.hits[0].snippet
    results = forms_library.search.query("gespeeld")
    assert "<b>speelden</b>" in results.hits[0].snippet


def test_short_function_words_only_are_stop_words() -> None:
    spanish = analysis.short_stop_words("es")
    assert "de" in spanish and "la" in spanish
    assert not {"estaría", "tienes", "estado", "sentido"} & spanish


def test_inflection_widens_a_lemma_but_derivation_does_not() -> None:
    assert analysis.related_lemmas("hermano", "es", ["hermana", "hermandad"]) == ["hermana"]
    assert analysis.related_lemmas("explicação", "pt", ["explicar"]) == []
    assert analysis.related_lemmas("conhecer", "pt", ["conhecido"]) == ["conhecido"]
