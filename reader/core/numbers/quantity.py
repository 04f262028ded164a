"""A quantity found in a text, and when two quantities can state the same amount."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from .languages import (
    CURRENCIES,
    DIMENSIONS,
)

QuantityKind = Literal["number", "money", "percent", "year", "range"]
INF = math.inf


@dataclass(frozen=True, slots=True)
class Quantity:
    """A quantity in a text: span, value interval, normalised unit and kind."""

    start: int
    end: int
    text: str
    low: float
    high: float
    unit: str | None
    kind: QuantityKind


def _unit_class(unit: str | None) -> tuple[str, str, float]:
    """(category, dimension, factor) of a unit key."""
    if unit is None:
        return "none", "", 1.0
    if unit in CURRENCIES:
        return "currency", unit, 1.0
    if unit in ("%", "pp"):
        return "percent", "%", 1.0
    if unit in DIMENSIONS:
        dim, factor = DIMENSIONS[unit]
        return "physical", dim, factor
    return "noun", "", 1.0


def values_agree(a: Quantity, b: Quantity, tolerance: float = 0.05) -> bool:
    """Whether two quantities can state the same amount: compatible units, close values."""
    if (a.kind == "year") != (b.kind == "year"):
        return False
    if a.kind == "year":
        return a.low <= b.high and b.low <= a.high
    if (a.kind == "percent") != (b.kind == "percent") and (a.unit and b.unit):
        return False  # a bare number may be a percentage written without the sign
    ca, cb = _unit_class(a.unit), _unit_class(b.unit)
    fa = fb = 1.0
    if ca[0] != "none" and cb[0] != "none":
        if ca[0] != cb[0] or ca[1] != cb[1]:
            return False
        fa, fb = ca[2], cb[2]
    a_lo, a_hi, b_lo, b_hi = a.low * fa, a.high * fa, b.low * fb, b.high * fb
    if a_lo > b_hi:
        gap, ref = a_lo - b_hi, max(abs(a_lo), abs(b_hi))
    elif b_lo > a_hi:
        gap, ref = b_lo - a_hi, max(abs(b_lo), abs(a_hi))
    else:
        return True
    return gap <= tolerance * ref
