"""Sentence spans with offsets, robust to news text: abbreviations, numbers, quotes, headings."""

from __future__ import annotations

import re

from ..models import UNDETERMINED

# --------------------------------------------------------------------------- sentences

_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st vs etc inc ltd corp jan feb mar apr jun jul aug sep sept
    oct nov dec fig approx e.g i.e u.s u.k cf gen gov sen rep
    z.b bzw ca nr str fr usw vgl ggf inkl evtl d.h u.a z.t mio mrd sog abs hr jh jhd tsd
    bspw s.o u.ä o.ä dt mill sig sigg dott ecc pag avv ing pp ss
    sra srs dra pág núm av p.ex sto sta dña lic mme mlle env
    np tj tzn itd itp ul inż mgr godz wg zob tzw
    г гг т.е т.д т.п др ул млн млрд тыс см стр
    co bros lt capt sgt mt ft dept univ blvd
    okt dez hrsg ziff kap tel std sek bzgl zzgl ff
    vol ok tys proc aprox ee.uu avda apdo
    """.split()
)
# Abbreviations that count only before a number ("No. 5", "Art. 3", "p. 12").
_NUMBER_ABBREVIATIONS = frozenset("no nos art arts p vol tab kap n nº nr ch sec".split())
# Year abbreviations: after a year and before a capital, the sentence ends.
_YEAR_ABBREVIATIONS = frozenset("г гг r".split())
# Languages that write ordinals as "1." (a dot after a short number rarely ends a sentence).
_ORDINAL_DOT_LANGS = frozenset("de pl cs sk sl hr sr hu fi et lv lt da no nb nn is tr".split())
_OPENERS = "\"'„“”‚‘«»‹›([<¿¡—–-"
_CLOSERS = "\"'”“’»«›)]"
# Abbreviations that end a list and so often a sentence: a capital after them starts one.
_FINAL_ABBREVIATIONS = frozenset("etc usw ecc usf".split())
_TERMINAL = re.compile(r"[.!?…]+|\n[^\S\n]*\n")
_TERMINAL_OR_CLAUSE = re.compile(r"[.!?…]+|\n[^\S\n]*\n|[;:](?=\s)")
_WORD_BEFORE = re.compile(r"(\w+(?:\.\w+)*)$")


def _is_boundary(text: str, pos: int, end: int, match_end: int, lang: str) -> int:
    """Where the sentence ending at the terminal run ``[pos, match_end)`` ends, or -1."""
    k = match_end
    while k < end and text[k] in _CLOSERS:
        k += 1
    # French spacing: "Salut ! »" closes with a space before the guillemet (German
    # writes »Salut!« and „Salut!“, so there a spaced » opens the next sentence).
    spaced_closer = "«›" if lang == "de" else "»›"
    if k + 1 < end and text[k] in " \u202f" and text[k + 1] in spaced_closer:
        k += 2
    stop = k
    spaced = k < end and text[k].isspace()
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return stop
    while k < end and (text[k] in _OPENERS or (text[k] == " " and text[k - 1] in "—–-«»")):
        k += 1
    if k >= end:
        return stop
    nxt = text[k]
    if not (nxt.isupper() or nxt.isdigit()):
        return -1
    if not spaced:  # "„Ironwood“.Das Unternehmen": a capitalised word right after the dot
        after, before = text[k + 1 : k + 2], text[pos - 1 : pos]
        if not (after.islower() or after in ("’", "'")) or not (
                before.isalpha() or before in _CLOSERS):
            return -1
    if text[pos] == ".":
        word_match = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
        if word_match:
            word = word_match.group(1)
            low = word.lower()
            if low in _FINAL_ABBREVIATIONS and nxt.isupper():
                return stop
            if low in _NUMBER_ABBREVIATIONS and nxt.isdigit():
                return -1
            if low in _YEAR_ABBREVIATIONS and nxt.isupper() and re.search(
                    r"\d{4}\s*$", text[max(0, word_match.start() - 12):word_match.start()]):
                return stop  # "в 2023 г. Директор": the year ends the sentence
            if (low in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
                    or (lang == "de" and low.endswith("str") and len(low) > 5)):
                return -1  # "Prof." "J. Smith" "z. B."
            if word.isdigit() and len(word) <= 2 and lang in _ORDINAL_DOT_LANGS:
                return -1
            if "." in word and len(word) <= 6 and word.replace(".", "").isalpha():
                return -1  # "U.S." "z.B." "p.ex."
    return stop


def _is_clause_end(text: str, pos: int, end: int) -> bool:
    """Whether the ``;`` or ``:`` at ``pos`` ends a clause: words on both sides of it."""
    before = text[max(0, pos - 40):pos].rstrip()
    after = text[pos + 1:min(end, pos + 40)].lstrip()
    return (len(before) >= 2 and before[-1] not in _OPENERS and any(c.isalpha() for c in after)
            and not after.startswith("//"))


def split_sentences(text: str, lang: str = UNDETERMINED, start: int = 0,
                    end: int | None = None, *, clauses: bool = False) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``, stripped of surrounding space.

    Sentences end at ``. ! ? …`` (with any closing quotes or brackets) followed by a
    capital letter or digit, not after common abbreviations, initials or (in languages
    that write them so) ordinals like ``1.``; a blank line ends one too (a heading without
final punctuation), a single line break never does.
    With ``clauses`` a semicolon or colon followed by a space also ends a span (as the
    sentence-alignment literature segments text, and translators often split or join
    sentences there).
    """
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    pattern = _TERMINAL_OR_CLAUSE if clauses else _TERMINAL
    for match in pattern.finditer(text, start, stop):
        if match.group() in ";:":
            cut = match.end() if _is_clause_end(text, match.start(), stop) else -1
        elif match.group()[0] == "\n":  # a blank line: a heading or paragraph ends
            cut = match.start()
        else:
            cut = _is_boundary(text, match.start(), stop, match.end(), lang)
        if cut >= 0 and cut > begin:
            spans.append((begin, cut))
            begin = cut
    spans.append((begin, stop))
    stripped = [(s + len(text[s:e]) - len(text[s:e].lstrip()),
                 e - len(text[s:e]) + len(text[s:e].rstrip())) for s, e in spans]
    return [(s, e) for s, e in stripped if e > s]
