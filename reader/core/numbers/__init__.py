"""Quantities in digits or words (de, en, it, pt, es, fr; pl/ru digits): find, normalise, compare.

A :class:`Quantity` is a span of text with a value interval ``[low, high]`` (``low == high``
for an exact value), a normalised unit key and a kind.

Conventions, chosen so that different reports of the same story agree with each other:

* Digits: both ``300.000``/``300,000`` and ``2,2``/``2.2`` are read. Several separators of one
  kind are thousands marks; with both kinds the last one is the decimal mark; a single
  separator followed by exactly three digits is read by the language's convention (``.``
  groups in de/it/pt/es/fr/pl/ru, ``,`` groups in en); otherwise it is a decimal mark. French,
  Polish and Russian also group with spaces; every language groups with no-break or thin
  spaces and apostrophes. ``2, 2 Milliarden`` (a typo in real articles) is read as 2.2e9 in the
  languages whose decimal mark is a comma, but only right before a scale word.
* Scales: ``billion`` (en), ``bilhão`` (pt-BR), ``Milliarde``/``miliardo``/``milliard``/``mil
  milhões``/``mil millones`` are 1e9; ``Billion`` (de), ``bilião`` (pt-PT), ``billón``,
  ``bilione`` and French ``billion`` are 1e12.
* Bounds: ``über``/``more than``/``oltre``/``mais de`` ... X give ``[X, inf]``;
  ``unter``/``less than``/``meno di`` ... X give ``[0, X]``. ``bis zu``/``up to``/``fino a``/
  ``até`` X stay exact at X: reports name the ceiling of a plan as its figure and drop the
  "up to" freely, so the ceiling is what other reports must be compared with. ``rund``,
  ``about``, ``circa``, ``quase``, ``fast`` ... keep the value exact (the tolerance of
  :func:`values_agree` absorbs them). All of these words are part of the span.
* Vague amounts become ranges: ``tens of X`` → ``[10X, 100X]``, ``hundreds of X`` →
  ``[100X, 1000X]`` (so ``hunderttausende`` is ``[1e5, 1e6]``), ``dozens`` → ``[24, 144]``;
  ``several``/``mehrere``/``diversi``/``vários``/``plusieurs`` + scale S → ``[2S, 10S]``, but
  ``several`` + ten/hundred is read like tens/hundreds (``mehrere zehn Milliarden`` →
  ``[1e10, 1e11]``); a bare plural scale word (``Milliarden``, ``millions``, ``Tausende``)
  → ``[2S, 1000S]`` (at least two, less than the next scale up).
* Multipliers (``fast versiebenfacht``, ``quasi sette volte``, ``sevenfold``, ``3x``) are
  numbers with unit ``"x"``; ``einfach``/``einmal`` are not multipliers.
* Years: four digits 1900-2100 without separators, scale, unit or bound are years.
* Kinds: ``percent`` with a percent sign or word, else ``money`` with a currency, else
  ``year``, else ``range`` when ``low != high`` (vague amounts, bounds, ``2 bis 3``), else
  ``number``. German ``über``/``unter`` (and en ``over``/``under``) before a bare number word
  are read as prepositions (``über drei Architekturen hinweg``), not bounds.
* Units: currencies are ISO codes (``US-Dollar``, ``dollari``, ``dólares``, ``$`` → ``USD``),
  physical units are symbols (``Gigawatt`` → ``GW``), percentages ``%`` (``pp`` for
  percentage points) and multipliers ``x``. Otherwise the counted thing, when clearly named
  right after the quantity, is a lower-case English key for common nouns in any of the
  languages (``Geschäftskunden``/``clienti`` → ``customer``) or the crudely singularised
  noun itself (``TPUs`` → ``tpu``); else ``None``.
* Comparison (:func:`values_agree`): intervals that overlap or lie within ``tolerance``
  (relative) of each other agree when their units are compatible: the same currency, the
  same physical dimension (``1000 MW`` agrees with ``1 GW``), any two counted nouns (they
  are in different languages), and a missing unit with anything. Years only agree with
  years, exactly; percentages agree with percentages and with numbers without unit.
* Not extracted: dates (day numbers next to month names, ``03.11.2025``, ``2025-11-03``),
  times, ``a/b`` ratios, ordinals (``3.``, ``3rd``, ``3º``), numbers glued to letters
  (``TPU1``, ``GPT-4``, ``5G``), signs (``-5 %`` is 5 %). A number hyphenated to a counted noun
  (``Trainium 2-Chips``) is a plain number without unit.
"""

from __future__ import annotations

from .extraction import extract_quantities, parse_quantity
from .quantity import INF, Quantity, QuantityKind, values_agree

__all__ = ["INF", "Quantity", "QuantityKind", "extract_quantities", "parse_quantity",
           "values_agree"]
