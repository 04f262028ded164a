"""The language data behind :mod:`reader.core.numbers`: number words, scales, units,
currencies and counted nouns in each language, as plain tables (no parsing here)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

SP = r"[^\S\n]"  # whitespace that does not end a line
GROUP_SHARED = ".,'\u2019\u00a0\u202f\u2009"
QUOTES = "\"\u201c\u201d\u201e\u00bb\u00ab\u2019'"

CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U$S": "USD", "$": "USD", "R$": "BRL", "A$": "AUD", "C$": "CAD",
    "HK$": "HKD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "zł": "PLN",
}
CURRENCY_CODES = ("USD", "EUR", "GBP", "CHF", "JPY", "CNY", "RMB", "BRL", "PLN", "RUB",
                   "INR", "CAD", "AUD", "HKD")
CODE_ALIASES = {"RMB": "CNY"}
CURRENCIES = frozenset(CODE_ALIASES.get(c, c) for c in CURRENCY_CODES) | frozenset(
    CURRENCY_SYMBOLS.values())

# Physical units written as symbols (case-sensitive) -> key, and key -> (dimension, factor).
UNIT_SYMBOLS: dict[str, str] = {
    "GW": "GW", "MW": "MW", "kW": "kW", "KW": "kW", "TW": "TW", "GWh": "GWh", "MWh": "MWh",
    "kWh": "kWh", "TWh": "TWh", "km": "km", "kg": "kg", "KB": "KB", "kB": "KB", "MB": "MB",
    "GB": "GB", "TB": "TB", "PB": "PB", "EB": "EB", "nm": "nm", "MHz": "MHz", "GHz": "GHz",
    "FLOPS": "FLOPS", "TFLOPS": "TFLOPS", "PFLOPS": "PFLOPS", "EFLOPS": "EFLOPS",
}
DIMENSIONS: dict[str, tuple[str, float]] = {
    "W": ("W", 1.0), "kW": ("W", 1e3), "MW": ("W", 1e6), "GW": ("W", 1e9), "TW": ("W", 1e12),
    "Wh": ("Wh", 1.0), "kWh": ("Wh", 1e3), "MWh": ("Wh", 1e6), "GWh": ("Wh", 1e9),
    "TWh": ("Wh", 1e12), "km": ("m", 1e3), "mi": ("m", 1609.344), "nm": ("m", 1e-9),
    "kg": ("g", 1e3), "t": ("g", 1e6), "KB": ("B", 1e3), "MB": ("B", 1e6), "GB": ("B", 1e9),
    "TB": ("B", 1e12), "PB": ("B", 1e15), "EB": ("B", 1e18), "MHz": ("Hz", 1e6),
    "GHz": ("Hz", 1e9), "FLOPS": ("FLOPS", 1.0), "TFLOPS": ("FLOPS", 1e12),
    "PFLOPS": ("FLOPS", 1e15), "EFLOPS": ("FLOPS", 1e18), "x": ("x", 1.0),
}
# Unit words, any language, case-insensitive.
UNIT_WORDS: dict[str, str] = {
    **{w: "GW" for w in ("gigawatt", "gigawatts", "gigavatio", "gigavatios", "гигаватт",
                         "гигаватта")},
    **{w: "MW" for w in ("megawatt", "megawatts", "megavatio", "megavatios", "мегаватт")},
    **{w: "kW" for w in ("kilowatt", "kilowatts", "kilovatio", "kilovatios")},
    **{w: "TW" for w in ("terawatt", "terawatts")},
    **{w: "W" for w in ("watt", "watts", "vatios")},
    **{w: "GWh" for w in ("gigawattstunden", "gigawattstunde", "gigawatt hours",
                          "gigawatt-hours", "gigawattora", "gigawattore")},
    **{w: "TWh" for w in ("terawattstunden", "terawatt hours", "terawatt-hours")},
    **{w: "MWh" for w in ("megawattstunden", "megawatt hours", "megawatt-hours")},
    **{w: "kWh" for w in ("kilowattstunden", "kilowattstunde", "kilowatt hours",
                          "kilowatt-hours")},
    **{w: "km" for w in ("kilometer", "kilometern", "kilometers", "kilometres", "kilometri",
                         "chilometri", "quilômetros", "quilómetros", "kilómetros",
                         "kilomètres", "kilometrów", "километров")},
    **{w: "kg" for w in ("kilogramm", "kilogramme", "kilograms", "kilogrammi", "quilos",
                         "kilos")},
    **{w: "t" for w in ("tonnen", "tonnes", "tons", "tonnellate", "toneladas", "ton")},
    **{w: "GB" for w in ("gigabyte", "gigabytes")},
    **{w: "TB" for w in ("terabyte", "terabytes")},
    **{w: "PB" for w in ("petabyte", "petabytes")},
    **{w: "nm" for w in ("nanometer", "nanometern", "nanometers", "nanometri", "nanómetros",
                         "nanômetros")},
    **{w: "EFLOPS" for w in ("exaflops",)},
    **{w: "PFLOPS" for w in ("petaflops",)},
    **{w: "TFLOPS" for w in ("teraflops",)},
}

# Counted nouns in any language -> English key (the unit of a plain count).
NOUN_FORMS: dict[str, tuple[str, ...]] = {
    "customer": ("kunde", "kunden", "customer", "customers", "client", "clients", "cliente",
                 "clienti", "clientes", "klient", "klienci", "klientów", "клиентов",
                 "клиента", "клиенты"),
    "chip": ("chip", "chips", "chipów", "puces", "чипов", "чипа"),
    "tpu": ("tpu", "tpus"),
    "gpu": ("gpu", "gpus"),
    "cpu": ("cpu", "cpus"),
    "asic": ("asic", "asics"),
    "user": ("nutzer", "nutzern", "benutzer", "user", "users", "utente", "utenti", "usuário",
             "usuários", "usuario", "usuarios", "utilisateur", "utilisateurs",
             "użytkowników", "пользователей"),
    "employee": ("mitarbeiter", "mitarbeitern", "beschäftigte", "beschäftigten",
                 "angestellte", "employee", "employees", "dipendenti", "dipendente",
                 "funcionários", "empleados", "employés", "salariés", "pracowników",
                 "сотрудников"),
    "job": ("arbeitsplätze", "jobs", "stellen", "posti", "empregos", "empleos", "emplois"),
    "person": ("menschen", "personen", "people", "persons", "persone", "pessoas", "personas",
               "personnes", "osób", "человек", "einwohner", "inhabitants", "abitanti",
               "habitantes", "habitants"),
    "company": ("unternehmen", "firmen", "companies", "company", "firms", "aziende",
                "imprese", "empresas", "entreprises", "firm"),
    "year": ("jahr", "jahre", "jahren", "year", "years", "anno", "anni", "ano", "anos", "año",
             "años", "ans", "années", "lat", "lata", "лет", "года"),
    "month": ("monat", "monate", "monaten", "month", "months", "mese", "mesi", "mês", "meses",
              "mois", "miesięcy", "месяцев"),
    "day": ("tag", "tage", "tagen", "day", "days", "giorno", "giorni", "dia", "dias", "día",
            "días", "jours", "dni", "дней"),
    "week": ("woche", "wochen", "week", "weeks", "settimana", "settimane", "semana",
             "semanas", "semaine", "semaines"),
    "hour": ("stunde", "stunden", "hour", "hours", "ora", "ore", "hora", "horas", "heure",
             "heures"),
    "unit": ("einheit", "einheiten", "unit", "units", "unità", "unidade", "unidades",
             "unidad", "unité", "unités"),
    "server": ("server", "servern", "servers", "servidores", "serveurs"),
    "data center": ("rechenzentren", "rechenzentrum", "datacenter", "datacenters"),
    "model": ("modell", "modelle", "modellen", "model", "models", "modello", "modelli",
              "modelo", "modelos", "modèle", "modèles"),
    "parameter": ("parameter", "parametern", "parameters", "parametri", "parâmetros",
                  "parámetros", "paramètres"),
    "token": ("token", "tokens"),
    "country": ("länder", "ländern", "country", "countries", "paese", "paesi", "país",
                "países", "pays"),
    "account": ("account", "accounts", "konten", "contas", "cuentas", "comptes"),
}
NOUNS: dict[str, str] = {form: key for key, forms in NOUN_FORMS.items() for form in forms}
TIME_NOUNS = frozenset({"year", "month", "day", "week", "hour"})
# German compounds end in the counted noun: Geschäftskunden, Großkunden, KI-Rechenzentren.
DE_NOUN_SUFFIXES = ("kunden", "kunde", "nutzer", "nutzern", "mitarbeiter", "mitarbeitern",
                     "chips", "server", "rechenzentren", "unternehmen", "menschen", "modelle",
                     "arbeitsplätze", "einheiten")

MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")


# --------------------------------------------------------------------------- language specs

# Number-word categories: "u" additive, "g" additive but an article or ambiguous word when
# alone (needs a scale, unit, currency or percent after it), "h" hundred, "k" thousand,
# "f" plus one half, "c" connector between words ("and", "e", "y", "et") or inside them ("und").
Word = tuple[float, str]


def units(pairs: Mapping[str, float], cat: str = "u") -> dict[str, Word]:
    return {w: (float(v), cat) for w, v in pairs.items()}


@dataclass(frozen=True, slots=True)
class Spec:
    code: str
    group_sep: str  # the thousands mark when a single separator is followed by three digits
    extra_group: str = ""  # more thousands separators (a plain space in fr, pl, ru)
    typo_decimal: bool = True  # "2, 2 Milliarden" is 2.2e9
    compounding: bool = False  # numbers are single words built from pieces (de, it)
    dot_ordinals: bool = False  # "3. November", "7. Generation"
    words: Mapping[str, Word] = field(default_factory=dict)
    scales: Mapping[str, tuple[float, bool]] = field(default_factory=dict)  # (value, plural)
    vague_q: tuple[str, ...] = ()  # "several"
    powers: Mapping[str, float] = field(default_factory=dict)  # "ten", "hundred" after several
    vague_plural: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    of_words: tuple[str, ...] = ()
    over: tuple[str, ...] = ()
    under: tuple[str, ...] = ()
    upto: tuple[str, ...] = ()
    approx: tuple[str, ...] = ()
    between: tuple[str, ...] = ()
    from_words: tuple[str, ...] = ()
    range_words: tuple[str, ...] = ()  # "bis", "to": always a range between two numbers
    range_weak: tuple[str, ...] = ()  # "a", "à": needs "from" before or digits on both sides
    and_words: tuple[str, ...] = ()  # "und", "and": needs "between" before
    articles: tuple[str, ...] = ()  # allowed between a bound and the number: "oltre il 40 %"
    percent: Mapping[str, str] = field(default_factory=dict)
    currency: Mapping[str, str] = field(default_factory=dict)
    mult_suffix: tuple[str, ...] = ()  # "volte", "times", after the number
    mult_words: Mapping[str, float] = field(default_factory=dict)  # "verdoppelt"
    mult_compound: str = ""  # regex of the suffix that makes a number word a multiplier
    months: tuple[str, ...] = ()
    stop: frozenset[str] = frozenset()
    noun_rule: str = ""  # how to read an unknown noun after a count: "de", "en", "romance"


OVER_SYMBOLS = (">", ">=", "≥")
PREFIX_CHARS = frozenset("$€£¥₹₽<>=≤≥~≈'\u2019")
UNDER_SYMBOLS = ("<", "<=", "≤")

DE_WORDS: dict[str, Word] = {
    **units({"eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
          "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
          "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
          "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30,
          "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
          "neunzig": 90, "anderthalb": 1.5}),
    **units({"ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1}, "g"),
    "hundert": (100.0, "h"), "tausend": (1000.0, "k"), "und": (0.0, "c"),
    "einhalb": (0.5, "f"),
}
EN_WORDS: dict[str, Word] = {
    **units({"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
          "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
          "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
          "eighty": 80, "ninety": 90}),
    **units({"a": 1, "an": 1, "one": 1, "half a": 0.5}, "g"),
    "hundred": (100.0, "h"), "thousand": (1000.0, "k"), "and": (0.0, "c"),
    "and a half": (0.5, "f"),
}
IT_WORDS: dict[str, Word] = {
    **units({"due": 2, "tre": 3, "tré": 3, "quattro": 4, "cinque": 5, "sette": 7,
          "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
          "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
          "diciannove": 19, "venti": 20, "vent": 20, "trenta": 30, "trent": 30,
          "quaranta": 40, "quarant": 40, "cinquanta": 50, "cinquant": 50, "sessanta": 60,
          "sessant": 60, "settanta": 70, "settant": 70, "ottanta": 80, "ottant": 80,
          "novanta": 90, "novant": 90}),
    **units({"un": 1, "uno": 1, "una": 1, "sei": 6, "mezzo": 0.5}, "g"),
    "cento": (100.0, "h"), "cent": (100.0, "h"), "mille": (1000.0, "k"),
    "mila": (1000.0, "k"),
}
PT_WORDS: dict[str, Word] = {
    **units({"dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6,
          "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13,
          "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16,
          "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19,
          "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
          "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100,
          "duzentos": 200, "duzentas": 200, "trezentos": 300, "trezentas": 300,
          "quatrocentos": 400, "quinhentos": 500, "seiscentos": 600, "setecentos": 700,
          "oitocentos": 800, "novecentos": 900}),
    **units({"um": 1, "uma": 1, "meio": 0.5, "meia": 0.5}, "g"),
    "mil": (1000.0, "k"), "e": (0.0, "c"), "e meio": (0.5, "f"), "e meia": (0.5, "f"),
}
ES_WORDS: dict[str, Word] = {
    **units({"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
          "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
          "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18,
          "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21, "veintidós": 22,
          "veintitrés": 23, "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26,
          "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30,
          "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
          "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200,
          "trescientos": 300, "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600,
          "setecientos": 700, "ochocientos": 800, "novecientos": 900}),
    **units({"un": 1, "uno": 1, "una": 1, "medio": 0.5, "media": 0.5}, "g"),
    "mil": (1000.0, "k"), "y": (0.0, "c"), "y medio": (0.5, "f"),
}
FR_WORDS: dict[str, Word] = {
    **units({"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
          "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
          "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
          "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "quatre-vingt": 80,
          "quatre-vingts": 80}),
    **units({"un": 1, "une": 1, "neuf": 9, "demi": 0.5}, "g"),
    "cent": (100.0, "h"), "cents": (100.0, "h"), "mille": (1000.0, "k"),
    "et": (0.0, "c"), "et demi": (0.5, "f"), "et demie": (0.5, "f"),
}

DE = Spec(
    code="de", group_sep=".", compounding=True, dot_ordinals=True, words=DE_WORDS,
    scales={"tausend": (1e3, False), "tsd.": (1e3, False), "tausende": (1e3, True),
            "tausenden": (1e3, True), "million": (1e6, False), "millionen": (1e6, True),
            "mio.": (1e6, False), "mio": (1e6, False), "milliarde": (1e9, False),
            "milliarden": (1e9, True), "mrd.": (1e9, False), "mrd": (1e9, False),
            "mia.": (1e9, False), "billion": (1e12, False), "billionen": (1e12, True),
            "bio.": (1e12, False), "dutzend": (12.0, False)},
    vague_q=("mehrere", "mehreren", "einige", "einigen", "etliche", "etlichen", "ein paar"),
    powers={"zehn": 10, "hundert": 100},
    vague_plural={"zig": (10, 100), "dutzende": (24, 144), "dutzenden": (24, 144),
                  "hunderte": (100, 1e3), "hunderten": (100, 1e3),
                  "zehntausende": (1e4, 1e5), "zehntausenden": (1e4, 1e5),
                  "hunderttausende": (1e5, 1e6), "hunderttausenden": (1e5, 1e6)},
    of_words=("von",),
    over=("über", "mehr als", "mindestens", "oberhalb von", "jenseits von"),
    under=("unter", "weniger als", "höchstens", "maximal"),
    upto=("bis zu",),
    approx=("rund", "etwa", "ca.", "circa", "zirka", "ungefähr", "fast", "knapp", "beinahe",
            "annähernd", "nahezu", "gut", "um die"),
    between=("zwischen",), from_words=("von",), range_words=("bis",), and_words=("und",),
    percent={"prozent": "%", "prozentpunkte": "pp", "prozentpunkten": "pp", "pp": "pp"},
    currency={"us-dollar": "USD", "us-dollars": "USD", "dollar": "USD", "dollars": "USD",
              "euro": "EUR", "euros": "EUR", "pfund": "GBP", "franken": "CHF",
              "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rubel": "RUB",
              "złoty": "PLN", "zloty": "PLN", "rupien": "INR"},
    mult_suffix=("mal",), mult_compound=r"(?:fach(?:t|te|ten|e|en|er|es|em)?|mal)",
    mult_words={"verdoppelt": 2, "verdoppelte": 2, "verdoppelten": 2, "verdoppeln": 2,
                "doppelt": 2},
    months=("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "dezember"),
    stop=frozenset({"der", "die", "das", "den", "dem", "des", "und", "oder", "in", "im", "an",
                    "am", "auf", "aus", "bei", "mit", "nach", "seit", "zu", "zum", "zur",
                    "für", "ist", "sind", "war", "hat", "haben", "wird", "werden", "als",
                    "pro", "je", "bis", "vor", "über", "unter", "euro", "us"}),
    noun_rule="de",
)
EN = Spec(
    code="en", group_sep=",", typo_decimal=False, words=EN_WORDS,
    scales={"thousand": (1e3, False), "thousands": (1e3, True), "million": (1e6, False),
            "millions": (1e6, True), "mn": (1e6, False), "mln": (1e6, False),
            "billion": (1e9, False), "billions": (1e9, True), "bn": (1e9, False),
            "trillion": (1e12, False), "trillions": (1e12, True), "tn": (1e12, False),
            "trn": (1e12, False), "dozen": (12.0, False)},
    vague_q=("several", "a few", "a couple of"),
    powers={"ten": 10, "hundred": 100},
    vague_plural={"tens": (10, 100), "dozens": (24, 144), "hundreds": (100, 1e3)},
    of_words=("of",),
    over=("over", "more than", "above", "at least", "upwards of", "in excess of",
          "greater than", "exceeding"),
    under=("under", "less than", "fewer than", "below", "at most"),
    upto=("up to",),
    approx=("about", "around", "roughly", "approximately", "approx.", "nearly", "almost",
            "some", "close to", "an estimated", "circa", "just under", "just over"),
    between=("between",), from_words=("from",), range_words=("to",), and_words=("and",),
    percent={"percent": "%", "per cent": "%", "pct": "%", "percentage points": "pp",
             "percentage point": "pp", "pp": "pp"},
    currency={"us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD", "dollar": "USD",
              "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pounds sterling": "GBP",
              "swiss francs": "CHF", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
              "rubles": "RUB", "roubles": "RUB", "rupees": "INR"},
    mult_suffix=("times",), mult_compound=r"-?fold",
    mult_words={"doubled": 2, "tripled": 3, "quadrupled": 4},
    months=MONTHS_EN,
    stop=frozenset({"of", "the", "and", "or", "in", "on", "at", "to", "for", "with", "by",
                    "from", "is", "are", "was", "were", "has", "have", "had", "its", "this",
                    "that", "these", "those", "than", "per", "as", "plus", "less", "across",
                    "between", "into", "his", "her", "their", "our", "thus"}),
    noun_rule="en",
)
IT = Spec(
    code="it", group_sep=".", compounding=True, words=IT_WORDS,
    scales={"mila": (1e3, False), "mille": (1e3, False), "migliaia": (1e3, True),
            "milione": (1e6, False), "milioni": (1e6, True), "mln": (1e6, False),
            "mln.": (1e6, False), "miliardo": (1e9, False), "miliardi": (1e9, True),
            "mld": (1e9, False), "mld.": (1e9, False), "mrd": (1e9, False),
            "bilione": (1e12, False), "bilioni": (1e12, True), "dozzina": (12.0, False)},
    vague_q=("diversi", "diverse", "alcuni", "alcune", "vari", "varie", "parecchi",
             "parecchie", "qualche"),
    powers={"dieci": 10, "decine": 10, "cento": 100, "centinaia": 100},
    vague_plural={"decine": (10, 100), "dozzine": (24, 144), "centinaia": (100, 1e3)},
    of_words=("di", "d'"),
    over=("oltre", "più di", "più del", "più dei", "almeno", "superiore a", "superiori a",
          "sopra"),
    under=("meno di", "meno del", "al massimo", "sotto", "inferiore a", "inferiori a"),
    upto=("fino a", "fino ad", "fino al", "sino a"),
    approx=("circa", "quasi", "intorno a", "intorno al", "attorno a", "attorno ai",
            "pressoché", "poco meno di", "poco più di"),
    between=("tra", "fra"), from_words=("da", "dal"), range_words=(),
    range_weak=("a", "al"), and_words=("e",),
    articles=("il", "lo", "i", "gli", "le", "l'"),
    percent={"per cento": "%", "percento": "%", "punti percentuali": "pp",
             "punto percentuale": "pp"},
    currency={"dollari": "USD", "dollaro": "USD", "dollari statunitensi": "USD",
              "dollari usa": "USD", "euro": "EUR", "sterline": "GBP", "franchi": "CHF",
              "yen": "JPY", "yuan": "CNY", "rubli": "RUB"},
    mult_suffix=("volte",), mult_words={"raddoppiato": 2, "raddoppiata": 2,
                                        "triplicato": 3, "triplicata": 3},
    months=("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
            "settembre", "ottobre", "novembre", "dicembre"),
    stop=frozenset({"di", "del", "della", "dei", "degli", "delle", "da", "in", "con", "su",
                    "per", "tra", "fra", "e", "o", "che", "è", "sono", "ha", "hanno", "il",
                    "lo", "la", "i", "gli", "le", "un", "una", "al", "alla", "nel", "nella",
                    "entro", "circa", "più", "meno", "non", "anche", "solo"}),
    noun_rule="romance",
)
PT = Spec(
    code="pt", group_sep=".", words=PT_WORDS,
    scales={"mil": (1e3, False), "milhar": (1e3, False), "milhares": (1e3, True),
            "milhão": (1e6, False), "milhao": (1e6, False), "milhões": (1e6, True),
            "milhoes": (1e6, True), "mi": (1e6, False), "mil milhões": (1e9, False),
            "bilhão": (1e9, False), "bilhao": (1e9, False), "bilhões": (1e9, True),
            "bilhoes": (1e9, True), "bi": (1e9, False), "bilião": (1e12, False),
            "biliões": (1e12, True), "trilhão": (1e12, False), "trilhões": (1e12, True),
            "tri": (1e12, False), "dúzia": (12.0, False)},
    vague_q=("vários", "várias", "alguns", "algumas"),
    powers={"dez": 10, "dezenas": 10, "cem": 100, "centenas": 100},
    vague_plural={"dezenas": (10, 100), "dúzias": (24, 144), "centenas": (100, 1e3)},
    of_words=("de",),
    over=("mais de", "mais do que", "acima de", "pelo menos", "superior a", "no mínimo"),
    under=("menos de", "abaixo de", "no máximo", "inferior a"),
    upto=("até",),
    approx=("cerca de", "quase", "aproximadamente", "por volta de", "perto de"),
    between=("entre",), from_words=("de", "desde"), range_words=(), range_weak=("a",),
    and_words=("e",), articles=("o", "os", "a", "as"),
    percent={"por cento": "%", "pontos percentuais": "pp", "ponto percentual": "pp",
             "p.p.": "pp"},
    currency={"dólares": "USD", "dólar": "USD", "dolares": "USD", "dólares americanos": "USD",
              "euros": "EUR", "euro": "EUR", "reais": "BRL", "real": "BRL", "libras": "GBP",
              "ienes": "JPY", "iuanes": "CNY", "yuan": "CNY", "rublos": "RUB"},
    mult_suffix=("vezes",), mult_words={"dobrou": 2, "triplicou": 3},
    months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"),
    stop=frozenset({"de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "com",
                    "por", "para", "e", "ou", "que", "é", "são", "foi", "tem", "o", "a",
                    "os", "as", "um", "uma", "ao", "à", "mais", "menos", "até", "entre",
                    "já", "não", "seu", "sua"}),
    noun_rule="romance",
)
ES = Spec(
    code="es", group_sep=".", words=ES_WORDS,
    scales={"mil": (1e3, False), "miles": (1e3, True), "millón": (1e6, False),
            "millon": (1e6, False), "millones": (1e6, True), "mil millones": (1e9, False),
            "miles de millones": (1e9, True), "millardo": (1e9, False),
            "millardos": (1e9, True), "billón": (1e12, False), "billones": (1e12, True),
            "docena": (12.0, False)},
    vague_q=("varios", "varias", "algunos", "algunas", "unos cuantos", "unas cuantas"),
    powers={"diez": 10, "decenas": 10, "cien": 100, "cientos": 100},
    vague_plural={"decenas": (10, 100), "docenas": (24, 144), "cientos": (100, 1e3),
                  "centenares": (100, 1e3)},
    of_words=("de",),
    over=("más de", "por encima de", "al menos", "superior a", "como mínimo"),
    under=("menos de", "por debajo de", "como máximo", "inferior a"),
    upto=("hasta",),
    approx=("cerca de", "casi", "alrededor de", "aproximadamente", "unos", "unas"),
    between=("entre",), from_words=("de", "desde"), range_words=(), range_weak=("a",),
    and_words=("y",), articles=("el", "los", "la", "las"),
    percent={"por ciento": "%", "puntos porcentuales": "pp", "punto porcentual": "pp"},
    currency={"dólares": "USD", "dólar": "USD", "dolares": "USD", "euros": "EUR",
              "euro": "EUR", "libras": "GBP", "yenes": "JPY", "yuanes": "CNY",
              "rublos": "RUB", "pesos": "MXN"},
    mult_suffix=("veces",), mult_words={"duplicó": 2, "triplicó": 3},
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "setiembre", "octubre", "noviembre", "diciembre"),
    stop=frozenset({"de", "del", "la", "el", "los", "las", "en", "con", "por", "para", "y",
                    "o", "que", "es", "son", "fue", "ha", "un", "una", "al", "más", "menos",
                    "hasta", "entre", "ya", "no", "su", "sus"}),
    noun_rule="romance",
)
FR = Spec(
    code="fr", group_sep=".", extra_group=" ", words=FR_WORDS,
    scales={"mille": (1e3, False), "milliers": (1e3, True), "million": (1e6, False),
            "millions": (1e6, True), "milliard": (1e9, False), "milliards": (1e9, True),
            "md": (1e9, False), "mds": (1e9, True), "mrd": (1e9, False),
            "billion": (1e12, False), "billions": (1e12, True), "douzaine": (12.0, False)},
    vague_q=("plusieurs", "quelques"),
    powers={"dix": 10, "dizaines": 10, "cent": 100, "centaines": 100},
    vague_plural={"dizaines": (10, 100), "douzaines": (24, 144), "centaines": (100, 1e3)},
    of_words=("de", "d'"),
    over=("plus de", "plus d'", "au moins", "au-delà de", "au-delà d'", "supérieur à",
          "supérieure à"),
    under=("moins de", "moins d'", "au plus", "inférieur à", "inférieure à"),
    upto=("jusqu'à",),
    approx=("environ", "près de", "près d'", "presque", "quelque", "à peu près",
            "autour de", "autour d'"),
    between=("entre",), from_words=("de", "d'"), range_words=(), range_weak=("à",),
    and_words=("et",), articles=("le", "les", "l'"),
    percent={"pour cent": "%", "pourcent": "%", "points de pourcentage": "pp"},
    currency={"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
              "livres sterling": "GBP", "livres": "GBP", "francs suisses": "CHF",
              "francs": "CHF", "yens": "JPY", "yuans": "CNY", "roubles": "RUB"},
    mult_suffix=("fois",), mult_words={"doublé": 2, "triplé": 3},
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"),
    stop=frozenset({"de", "du", "des", "la", "le", "les", "en", "dans", "avec", "par",
                    "pour", "et", "ou", "que", "est", "sont", "a", "ont", "un", "une", "au",
                    "aux", "plus", "moins", "ne", "pas", "sur", "son", "sa", "ses"}),
    noun_rule="romance",
)
PL = Spec(
    code="pl", group_sep=".", extra_group=" ", dot_ordinals=True,
    scales={"tys.": (1e3, False), "tysiąc": (1e3, False), "tysiące": (1e3, True),
            "tysięcy": (1e3, True), "mln": (1e6, False), "milion": (1e6, False),
            "miliony": (1e6, True), "milionów": (1e6, True), "mld": (1e9, False),
            "miliard": (1e9, False), "miliardy": (1e9, True), "miliardów": (1e9, True),
            "bln": (1e12, False), "bilion": (1e12, False), "biliony": (1e12, True),
            "bilionów": (1e12, True)},
    vague_q=("kilka", "kilku"), powers={"dziesiąt": 10},
    vague_plural={"dziesiątki": (10, 100), "setki": (100, 1e3)},
    over=("ponad", "co najmniej", "powyżej"), under=("poniżej", "mniej niż"),
    upto=("do",), approx=("około", "ok.", "prawie", "blisko"),
    between=("między", "pomiędzy"), from_words=("od",), range_weak=("do",), and_words=("a",),
    percent={"procent": "%", "proc.": "%", "punktów procentowych": "pp", "pkt proc.": "pp"},
    currency={"dolarów": "USD", "dolary": "USD", "dolara": "USD", "euro": "EUR",
              "złotych": "PLN", "złote": "PLN", "zł": "PLN", "funtów": "GBP"},
    months=("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia"),
)
RU = Spec(
    code="ru", group_sep=".", extra_group=" ",
    scales={"тыс.": (1e3, False), "тысяча": (1e3, False), "тысячи": (1e3, True),
            "тысяч": (1e3, True), "млн": (1e6, False), "миллион": (1e6, False),
            "миллиона": (1e6, False), "миллионы": (1e6, True), "миллионов": (1e6, True),
            "млрд": (1e9, False), "миллиард": (1e9, False), "миллиарда": (1e9, False),
            "миллиарды": (1e9, True), "миллиардов": (1e9, True), "трлн": (1e12, False),
            "триллион": (1e12, False), "триллиона": (1e12, False),
            "триллионов": (1e12, True)},
    vague_q=("несколько",), vague_plural={"десятки": (10, 100), "сотни": (100, 1e3)},
    over=("более", "свыше", "больше", "не менее"), under=("менее", "меньше"),
    upto=("до",), approx=("около", "почти", "примерно", "порядка"),
    between=("между",), from_words=("от",), range_weak=("до",), and_words=("и",),
    percent={"процентов": "%", "процента": "%", "процент": "%", "п.п.": "pp"},
    currency={"долларов": "USD", "доллара": "USD", "доллар": "USD", "евро": "EUR",
              "рублей": "RUB", "рубля": "RUB", "руб.": "RUB", "юаней": "CNY"},
    months=("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"),
)
# Any other language: digits, symbols and the abbreviations used across Europe.
XX = Spec(
    code="xx", group_sep=".", extra_group=" ",
    scales={"mio.": (1e6, False), "mln": (1e6, False), "mrd.": (1e9, False),
            "mld": (1e9, False), "bn": (1e9, False)},
    percent={"pp": "pp"},
)
SPECS = {s.code: s for s in (DE, EN, IT, PT, ES, FR, PL, RU, XX)}
