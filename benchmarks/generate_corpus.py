"""Generate a large multilingual corpus of news-like articles for scale benchmarks.

Nothing is downloaded. The text is real: sentences and paragraphs of the parallel
translations in ``shared/parallel-dev/regular`` (de en es fr it pl pt ru) and of the bundled
seed articles (de it pt), recombined per language so that language detection sees real
language. On top of that come headlines, datelines, named entities, figures and quotes
from small per-language templates, a share of near-duplicate articles (the same story
republished with light edits, as wire copy is: they once made whoosh 2.7.4 hang),
comment-form footers and image credits, a few paragraphs quoted in another language, and
a mix of ``.txt``, ``.md`` and ``.html`` files (a few in UTF-8 with BOM or cp1252).

Articles are 1-3 KB of text. The output is a pure function of ``--count``, ``--seed``,
``--langs`` and the source texts: the same arguments give byte-identical files.

Usage::

    python benchmarks/generate_corpus.py OUT_DIR --count 30000 [--seed 1] [--langs de,en,it]

``OUT_DIR`` must be empty, missing, or an earlier output of this script (it is replaced).
A hidden ``.manifest.jsonl`` (one line per file: path, lang, format, near_duplicate_of)
is written next to the articles; importers skip hidden files.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PARALLAX_SHARED", REPO.parent / "shared"))
DEFAULT_SOURCE = SHARED / "parallel-dev" / "regular"
SEEDS = REPO / "seeds"
MANIFEST = ".manifest.jsonl"

# The seeds' languages, by file-name prefix (what Parallax tags them, see the issue).
SEED_LANGS = {"000": "de", "001": "de", "002": "it", "003": "de", "004": "pt"}

MIN_BYTES, MAX_BYTES = 1000, 3000
NEAR_DUPLICATE_SHARE = 0.12
FOOTER_SHARE = 0.3
FOREIGN_QUOTE_SHARE = 0.04
FORMAT_WEIGHTS = (("txt", 0.6), ("md", 0.2), ("html", 0.2))

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"„“«(]?[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]{4,}")

# -- per-language material written for this generator -------------------------------------

MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November "
          "December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
          "diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre "
          "décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre "
          "novembre dicembre",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
          "listopada grudnia",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
          "dezembro",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}

CITIES = {
    "de": "Berlin Hamburg München Köln Frankfurt Stuttgart Leipzig Dresden Bremen Hannover "
          "Nürnberg Wien Zürich Graz Bonn",
    "en": "London Manchester Leeds Glasgow Dublin Boston Chicago Seattle Denver Toronto "
          "Sydney Auckland Bristol Cardiff Austin",
    "es": "Madrid Barcelona Valencia Sevilla Bilbao Málaga Zaragoza Granada Córdoba Murcia "
          "Salamanca Alicante Oviedo Vigo Cádiz",
    "fr": "Paris Lyon Marseille Toulouse Bordeaux Lille Nantes Strasbourg Rennes Nice "
          "Grenoble Montpellier Dijon Genève Bruxelles",
    "it": "Roma Milano Napoli Torino Bologna Firenze Genova Palermo Venezia Verona Bari "
          "Trieste Padova Parma Cagliari",
    "pl": "Warszawa Kraków Gdańsk Wrocław Poznań Łódź Lublin Szczecin Katowice Białystok "
          "Toruń Rzeszów Olsztyn Opole Kielce",
    "pt": "Lisboa Porto Coimbra Braga Faro Aveiro Évora Setúbal Funchal Viseu Leiria "
          "Guimarães Recife Salvador Curitiba",
    "ru": "Москва Петербург Казань Новосибирск Екатеринбург Самара Омск Ростов Уфа Пермь "
          "Воронеж Волгоград Красноярск Тула Калуга",
}

FIRST_NAMES = {
    "de": "Anna Lukas Miriam Jonas Katrin Felix Sabine Tobias Julia Stefan Petra Matthias",
    "en": "Emily James Olivia Henry Grace Daniel Chloe Samuel Hannah Oliver Ruth Thomas",
    "es": "Lucía Javier Carmen Pablo Marta Diego Elena Sergio Paula Andrés Rocío Álvaro",
    "fr": "Camille Julien Chloé Mathieu Léa Antoine Manon Hugo Claire Nicolas Inès Louis",
    "it": "Giulia Marco Chiara Luca Francesca Matteo Sara Alessandro Elena Davide Marta Paolo",
    "pl": "Anna Piotr Katarzyna Tomasz Magdalena Paweł Agnieszka Michał Joanna Krzysztof Ewa",
    "pt": "Beatriz João Mariana Tiago Inês Pedro Carolina Rui Sofia Miguel Ana Gonçalo",
    "ru": "Анна Иван Мария Дмитрий Елена Алексей Ольга Сергей Наталья Михаил Татьяна Павел",
}

# Surnames are built from syllables: a long tail of proper names, as real news has.
SURNAME_PARTS = {
    "de": ("Berg Stein Hof Wald Brun Linde Hart Kirch Schwarz Weiß Kling Rosen",
           "mann er berger hofer bach feld meier hausen inger ke"),
    "en": ("Ash Brad Cole Dun Fair Hal Kings Mor Red Stan White Whit",
           "ley ford ton wood well by field worth more ham"),
    "es": ("Fern Gonz Rodr Mart Sánch Lóp Góm Díaz Herr Jimén Navarr Mor",
           "ández ález íguez ínez ez es ero ano ales illo"),
    "fr": ("Mar Ber Lef Dub Gir Mor Fon Rou Bou Chev Lam Dur",
           "tin nard èvre ois aud eau taine ssel vier bert and"),
    "it": ("Ross Bian Ferr Espos Romá Coll Ricc Mar Gall Cont Bruno Fontan",
           "i ini etti ello ucci one otto ari ato ella"),
    "pl": ("Kowal Nowa Wiśniew Wójcik Kamiń Lewan Zieliń Szymań Woźniak Dąbrow Kozł Jankow",
           "ski ska czyk ak ewicz owski iak ek uk"),
    "pt": ("Silv Sant Ferreir Pereir Olive Cost Rodrigu Martin Gom Lop Marqu Alve",
           "a os eira es ino elo ares ão ado inho"),
    "ru": ("Иван Смирн Кузнец Попов Соколо Лебед Козло Новик Морозо Петро Волко Соловь",
           "ов ев ин ский енко ович ых ский ова"),
}

ORGS = ("Siemens Airbus Nestlé Philips Telefónica Enel Petrobras Orange Gazprom Orlen "
        "Google Anthropic NVIDIA Volvo Fiat Renault Iberdrola Allianz Unilever Inditex "
        "Novartis Ericsson Nokia Santander Vodafone Lufthansa Ryanair Danone Heineken").split()

NEWS = {
    "de": ["{org} meldete für {year} einen Umsatz von {num} Millionen Euro, ein Plus von "
           "{pct} Prozent.",
           "Nach Angaben von {org} sollen bis {year} rund {num} neue Stellen in {city} "
           "entstehen.",
           "„Wir rechnen mit weiteren Investitionen in Milliardenhöhe“, sagte {person}, "
           "Sprecherin von {org}."],
    "en": ["{org} reported revenue of {num} million euros for {year}, up {pct} percent.",
           "According to {org}, about {num} new jobs will be created in {city} by {year}.",
           "\"We expect further investment running into billions,\" said {person}, a "
           "spokesperson for {org}."],
    "es": ["{org} registró unos ingresos de {num} millones de euros en {year}, un {pct} "
           "por ciento más.",
           "Según {org}, hasta {year} se crearán unos {num} nuevos empleos en {city}.",
           "«Esperamos nuevas inversiones de miles de millones», dijo {person}, portavoz "
           "de {org}."],
    "fr": ["{org} a annoncé un chiffre d'affaires de {num} millions d'euros pour {year}, "
           "en hausse de {pct} pour cent.",
           "Selon {org}, environ {num} nouveaux emplois seront créés à {city} d'ici {year}.",
           "« Nous attendons de nouveaux investissements de plusieurs milliards », a "
           "déclaré {person}, porte-parole de {org}."],
    "it": ["{org} ha registrato ricavi per {num} milioni di euro nel {year}, in crescita "
           "del {pct} per cento.",
           "Secondo {org}, entro il {year} saranno creati circa {num} nuovi posti di lavoro "
           "a {city}.",
           "«Ci aspettiamo nuovi investimenti miliardari», ha detto {person}, portavoce di "
           "{org}."],
    "pl": ["{org} odnotowała w {year} roku przychody w wysokości {num} milionów euro, o "
           "{pct} procent więcej.",
           "Według {org} do {year} roku w mieście {city} powstanie około {num} nowych "
           "miejsc pracy.",
           "„Spodziewamy się kolejnych inwestycji wartych miliardy” – powiedziała {person}, "
           "rzeczniczka {org}."],
    "pt": ["A {org} registou receitas de {num} milhões de euros em {year}, mais {pct} por "
           "cento.",
           "Segundo a {org}, serão criados cerca de {num} novos empregos em {city} até "
           "{year}.",
           "“Esperamos novos investimentos de milhares de milhões”, disse {person}, "
           "porta-voz da {org}."],
    "ru": ["Компания {org} сообщила о выручке в размере {num} миллионов евро за {year} "
           "год, что на {pct} процентов больше.",
           "По данным {org}, к {year} году в городе {city} появится около {num} новых "
           "рабочих мест.",
           "«Мы ожидаем новых инвестиций на миллиарды», — сказала {person}, представитель "
           "{org}."],
}

# Comment-form footers, source lines and image credits (what Parallax marks boilerplate).
FOOTERS = {
    "de": ["Schreibe einen Kommentar",
           "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * "
           "markiert", "Quelle & Bilder: {org}", "Foto: {person}"],
    "en": ["Leave a comment", "Your email address will not be published. Required fields "
           "are marked *", "Image credits: {org}", "Photo credit: {person}"],
    "es": ["Deja un comentario", "Tu dirección de correo electrónico no será publicada.",
           "Fuente y imágenes: {org}", "Créditos de la imagen: {person}"],
    "fr": ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.",
           "Source et images : {org}", "Crédits photo : {person}"],
    "it": ["Lascia un commento", "Il tuo indirizzo email non sarà pubblicato. I campi "
           "obbligatori sono contrassegnati *", "Fonte e Immagini: {org}",
           "Crediti dell'immagine: {person}"],
    "pl": ["Image credits: {org}"],
    "pt": ["Deixe um comentário", "O seu endereço de email não será publicado. Campos "
           "obrigatórios são marcados com *", "Fonte e Imagens: {org}",
           "Créditos da imagem: {person}"],
    "ru": ["Image credits: {org}"],
}

SITES = ("courier", "tribune", "observer", "herald", "gazette")


# -- source text -------------------------------------------------------------------------


@dataclass
class Pool:
    """Real text of one language: whole paragraphs and single sentences."""

    paragraphs: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    modern: list[str] = field(default_factory=list)  # seed paragraphs (news vocabulary)


def _paragraphs(text: str) -> list[str]:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    # The first line is a title in both sources; paragraphs are the longer lines.
    return [line for line in lines[1:] if len(line) >= 80]


def _sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_SPLIT.split(paragraph) if 25 <= len(s) <= 400]


def _end_sentence(text: str) -> str:
    text = text.rstrip(" ,;:")
    return text if text[-1:] in ".!?\"»“”…" else text + "."


def load_pools(source: Path, seeds: Path | None) -> dict[str, Pool]:
    """Per-language pools from ``<name>_<lang>.txt`` files and the seeds."""
    pools: dict[str, Pool] = {}
    for path in sorted(source.glob("*_*.txt")):
        lang = path.stem.rsplit("_", 1)[1]
        pool = pools.setdefault(lang, Pool())
        for paragraph in _paragraphs(path.read_text(encoding="utf-8")):
            pool.paragraphs.append(paragraph)
            pool.sentences.extend(_sentences(paragraph))
    if seeds is not None and seeds.is_dir():
        for path in sorted(seeds.glob("*.txt")):
            lang = SEED_LANGS.get(path.name[:3])
            if lang is None:
                continue
            pool = pools.setdefault(lang, Pool())
            for paragraph in _paragraphs(path.read_text(encoding="utf-8-sig")):
                pool.modern.append(paragraph)
                pool.sentences.extend(_sentences(paragraph))
    return {lang: pool for lang, pool in pools.items() if pool.sentences}


# -- articles ----------------------------------------------------------------------------


@dataclass
class Article:
    """One story before rendering: title, dateline, paragraphs, optional footer."""

    lang: str
    title: str
    dateline: str
    paragraphs: list[str]
    footer: list[str]
    headings: dict[int, str]  # paragraph index -> subheading before it
    near_duplicate_of: int | None = None

    def text_bytes(self) -> int:
        return sum(len(p.encode("utf-8")) + 2 for p in [self.title, *self.paragraphs])


class Generator:
    """Deterministic article factory driven by one ``random.Random``."""

    def __init__(self, pools: dict[str, Pool], langs: list[str], seed: int) -> None:
        self.pools = pools
        self.langs = langs
        self.rng = random.Random(seed)
        self.surnames = {lang: self._surnames(lang) for lang in langs}
        self.recent: list[tuple[int, Article]] = []

    def _surnames(self, lang: str) -> list[str]:
        heads, tails = (part.split() for part in SURNAME_PARTS[lang])
        return [h + t for h in heads for t in tails]

    def person(self, lang: str) -> str:
        first = self.rng.choice(FIRST_NAMES[lang].split())
        return f"{first} {self.rng.choice(self.surnames[lang])}"

    def fill(self, template: str, lang: str) -> str:
        rng = self.rng
        thousands, decimal = (",", ".") if lang == "en" else (
            (".", ",") if lang in ("de", "es", "it", "pt") else ("\u00a0", ","))
        return template.format(
            org=rng.choice(ORGS), person=self.person(lang),
            city=rng.choice(CITIES[lang].split()), year=rng.randint(2019, 2031),
            num=f"{rng.randint(2, 9_800):,}".replace(",", thousands),
            pct=f"{rng.randint(1, 40)}{decimal}{rng.randint(0, 9)}",
        )

    def _sentence_run(self, pool: Pool) -> str:
        rng = self.rng
        if pool.modern and rng.random() < 0.25:
            source = rng.choice(pool.modern)
        elif rng.random() < 0.5:
            source = rng.choice(pool.paragraphs)
        else:  # recombined: sentences from unrelated places
            return " ".join(_end_sentence(rng.choice(pool.sentences))
                            for _ in range(rng.randint(1, 3)))
        sentences = _sentences(source) or [source]
        start = rng.randrange(len(sentences))
        return " ".join(sentences[start : start + rng.randint(1, 4)])

    def headline(self, lang: str) -> str:
        rng = self.rng
        words = rng.choice(self.pools[lang].sentences).rstrip(".!?;:,").split()
        start = rng.randrange(max(1, len(words) - 6))
        phrase = " ".join(words[start : start + rng.randint(4, 9)]).strip(",;:")
        phrase = phrase[:1].upper() + phrase[1:]
        if rng.random() < 0.5:
            return f"{rng.choice(ORGS)}: {phrase}"
        return phrase

    def new_article(self, lang: str) -> Article:
        rng = self.rng
        pool = self.pools[lang]
        months = MONTHS[lang].split()
        dateline = (f"{rng.choice(CITIES[lang].split())}, {rng.randint(1, 28)} "
                    f"{rng.choice(months)} {rng.randint(2019, 2026)}")
        target = rng.randint(MIN_BYTES, MAX_BYTES - 300)
        article = Article(lang, self.headline(lang), dateline, [], [], {})
        while article.text_bytes() < target:
            paragraph = self._sentence_run(pool)
            if rng.random() < 0.35:
                news = self.fill(rng.choice(NEWS[lang]), lang)
                paragraph = f"{news} {paragraph}" if rng.random() < 0.5 else \
                    f"{_end_sentence(paragraph)} {news}"
            if len(article.paragraphs) >= 2 and rng.random() < 0.15:
                article.headings[len(article.paragraphs)] = self.headline(lang).split(": ")[-1]
            article.paragraphs.append(paragraph)
        self._trim(article)
        if rng.random() < FOREIGN_QUOTE_SHARE:
            other = rng.choice([code for code in self.pools if code != lang])
            article.paragraphs.insert(
                rng.randint(1, len(article.paragraphs)), self._sentence_run(self.pools[other]))
        if rng.random() < FOOTER_SHARE:
            article.footer = [self.fill(line, lang) for line in
                              rng.sample(FOOTERS[lang], rng.randint(1, len(FOOTERS[lang])))]
        return article

    @staticmethod
    def _trim(article: Article) -> None:
        while article.text_bytes() > MAX_BYTES - 200 and len(article.paragraphs) > 1:
            last = _sentences(article.paragraphs[-1])
            if len(last) > 1:
                article.paragraphs[-1] = " ".join(last[:-1])
            else:
                article.paragraphs.pop()
                article.headings.pop(len(article.paragraphs), None)
        if article.text_bytes() > MAX_BYTES - 200:  # one huge paragraph
            article.paragraphs[0] = article.paragraphs[0][: MAX_BYTES - 400].rsplit(" ", 1)[0]

    def near_duplicate(self, index: int, base: Article) -> Article:
        """The same story republished: new number or two, a sentence changed, etc."""
        rng = self.rng
        paragraphs = list(base.paragraphs)
        edits = rng.randint(1, 3)
        for _ in range(edits):
            choice = rng.random()
            i = rng.randrange(len(paragraphs))
            if choice < 0.4:  # a changed figure
                paragraphs[i] = re.sub(r"\d+", lambda _m: str(rng.randint(2, 999)),
                                       paragraphs[i], count=1)
            elif choice < 0.6 and len(paragraphs) > 2:
                paragraphs.pop(i)
            elif choice < 0.8:
                paragraphs.insert(i, self.fill(rng.choice(NEWS[base.lang]), base.lang))
            else:
                sentences = _sentences(paragraphs[i])
                if sentences:
                    sentences[rng.randrange(len(sentences))] = rng.choice(
                        self.pools[base.lang].sentences)
                    paragraphs[i] = " ".join(sentences)
        if paragraphs == base.paragraphs:  # every edit missed: change a figure for sure
            paragraphs.append(self.fill(NEWS[base.lang][0], base.lang))
        title = base.title if rng.random() < 0.5 else f"{rng.choice(ORGS)}: " + \
            base.title.split(": ", 1)[-1]
        footer = base.footer if rng.random() < 0.5 else [
            self.fill(line, base.lang) for line in FOOTERS[base.lang][:1]]
        headings = {k: v for k, v in base.headings.items() if k < len(paragraphs)}
        return Article(base.lang, title, base.dateline, paragraphs, footer, headings, index)

    def article(self, index: int) -> Article:
        rng = self.rng
        if self.recent and rng.random() < NEAR_DUPLICATE_SHARE:
            base_index, base = rng.choice(self.recent)
            article = self.near_duplicate(base_index, base)
        else:
            article = self.new_article(rng.choice(self.langs))
        self.recent.append((index, article))
        if len(self.recent) > 200:
            self.recent.pop(0)
        return article


# -- rendering ---------------------------------------------------------------------------


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(article: Article, fmt: str, rng: random.Random) -> str:
    """The file text of an article in one format."""
    body = [f"{article.dateline} – {article.paragraphs[0]}", *article.paragraphs[1:]]
    if fmt == "txt":
        lines = [article.title]
        if rng.random() < 0.05:  # some exports repeat the headline (as two of the seeds do)
            lines.append(article.title)
        for i, paragraph in enumerate(body):
            if i in article.headings:
                lines.append(article.headings[i])
            lines.append(paragraph)
        lines.extend(article.footer)
        separator = "\n" if rng.random() < 0.3 else "\n\n"  # one-line-per-paragraph layout
        return separator.join(lines) + "\n"
    if fmt == "md":
        lines = [f"# {article.title}", f"*{article.dateline}*"]
        for i, paragraph in enumerate(article.paragraphs):
            if i in article.headings:
                lines.append(f"## {article.headings[i]}")
            if rng.random() < 0.1:
                paragraph = f"> {paragraph}"
            lines.append(paragraph)
        if article.footer:
            lines.append("---")
            lines.extend(article.footer)
        return "\n\n".join(lines) + "\n"
    site = rng.choice(SITES)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{article.lang}"><head><meta charset="utf-8">',
        f"<title>{_escape(article.title)} | The {site.title()}</title>",
        f'<meta name="author" content="{_escape(article.footer[0]) if article.footer else site}">',
        "<style>body{font-family:serif;max-width:40em}nav a{margin:0 1em}</style>",
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
        "</script>",
        "</head><body>",
        '<nav><a href="/">Home</a><a href="/world">World</a><a href="/economy">Economy</a></nav>',
        "<article>",
        f"<h1>{_escape(article.title)}</h1>",
        f'<p class="dateline">{_escape(article.dateline)}</p>',
    ]
    for i, paragraph in enumerate(article.paragraphs):
        if i in article.headings:
            parts.append(f"<h2>{_escape(article.headings[i])}</h2>")
        parts.append(f"<p>{_escape(paragraph)}</p>")
    if rng.random() < 0.5:
        parts.append(f'<figure><img src="https://cdn.example.com/{rng.randrange(10**8)}.jpg" '
                     'alt=""><figcaption>'
                     f"{_escape(article.footer[-1] if article.footer else article.title)}"
                     "</figcaption></figure>")
    parts.extend(f"<p>{_escape(line)}</p>" for line in article.footer)
    parts += ["</article>", f"<footer>© The {site.title()}</footer>",
              "<script>gtag('event','page_view');</script>", "</body></html>"]
    return "\n".join(parts) + "\n"


def encode(text: str, lang: str, rng: random.Random) -> bytes:
    """UTF-8 mostly; a few files with a BOM or in cp1252, as real folders have."""
    roll = rng.random()
    if roll < 0.02:
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if roll < 0.04 and lang in ("de", "en", "es", "fr", "it", "pt"):
        try:
            return text.encode("cp1252")
        except UnicodeEncodeError:
            pass
    return text.encode("utf-8")


def _slug(title: str) -> str:
    words = re.findall(r"\w+", title.lower())[:6]
    return "-".join(words)[:50] or "article"


def choose_format(rng: random.Random) -> str:
    roll = rng.random()
    for name, weight in FORMAT_WEIGHTS:
        if roll < weight:
            return name
        roll -= weight
    return FORMAT_WEIGHTS[-1][0]


def prepare_output(out: Path) -> None:
    """Make ``out`` an empty folder, refusing to wipe anything this script did not write."""
    if out.exists():
        if any(out.iterdir()) and not (out / MANIFEST).exists():
            raise SystemExit(f"{out} is not empty and was not made by this script; "
                             "give an empty or new folder.")
        shutil.rmtree(out)
    out.mkdir(parents=True)


def generate(
    out: Path, count: int, seed: int = 1, langs: list[str] | None = None,
    source: Path = DEFAULT_SOURCE, seeds: Path | None = SEEDS,
) -> list[dict[str, object]]:
    """Write ``count`` articles under ``out``; return the manifest records."""
    if not source.is_dir():
        raise SystemExit(f"The source text folder {source} is missing "
                         "(set PARALLAX_SHARED or pass --source).")
    pools = load_pools(source, seeds)
    langs = langs or sorted(pools)
    missing = [code for code in langs if code not in pools or code not in MONTHS]
    if missing:
        raise SystemExit(f"No source text for {', '.join(missing)} "
                         f"(available: {', '.join(sorted(pools))}).")
    prepare_output(out)
    generator = Generator(pools, langs, seed)
    rng = generator.rng
    records: list[dict[str, object]] = []
    made: set[Path] = set()
    for index in range(count):
        article = generator.article(index)
        fmt = choose_format(rng)
        folder = out / f"{article.lang}-{rng.choice(SITES)}"
        if folder not in made:
            folder.mkdir()
            made.add(folder)
        path = folder / f"{index:06d}-{_slug(article.title)}.{fmt}"
        path.write_bytes(encode(render(article, fmt, rng), article.lang, rng))
        records.append({"path": str(path.relative_to(out)), "lang": article.lang, "format": fmt,
                        "near_duplicate_of": article.near_duplicate_of})
    with open(out / MANIFEST, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return records


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="output folder (created or replaced)")
    parser.add_argument("--count", type=int, default=3000, help="number of articles")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--langs", default="",
                        help="comma-separated ISO codes (default: every language with text)")
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help="folder of <name>_<lang>.txt source texts")
    parser.add_argument("--no-seeds", action="store_true", help="do not use the seed articles")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    langs = [code.strip() for code in args.langs.split(",") if code.strip()] or None
    started = time.perf_counter()
    records = generate(args.out, args.count, args.seed, langs, args.source,
                       None if args.no_seeds else SEEDS)
    elapsed = time.perf_counter() - started
    size = sum((args.out / str(r["path"])).stat().st_size for r in records)
    by_lang: dict[str, int] = {}
    for record in records:
        by_lang[str(record["lang"])] = by_lang.get(str(record["lang"]), 0) + 1
    print(f"Wrote {len(records)} articles ({size / 1e6:.1f} MB; "
          + ", ".join(f"{k} {v}" for k, v in sorted(by_lang.items()))
          + f") to {args.out} in {elapsed:.1f} s.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
