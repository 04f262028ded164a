"""Dates found in imported files: normalised to ISO 8601, or left out with a sentence.

A page's ``<meta name="date">`` or a Markdown front matter ``date:`` can say anything
(``2023-13-45``, ``yesterday``, ``0000-00-00``). A date Parallax stores and exports is
one it could read: ISO 8601 (date, or date and time), RFC 2822 (``Tue, 05 Mar 2024
10:00:00 GMT``) or a few day-month-year forms, written back as ISO 8601.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, date, datetime

DATE_KEYS = ("date", "published", "modified", "updated")
_LABELS = {"published": "publication date", "modified": "modification date",
           "updated": "update date"}
_FORMATS = ("%d.%m.%Y", "%d/%m/%Y", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y",
            "%Y/%m/%d")
MIN_YEAR = 1000


def normalise_date(value: str) -> str | None:
    """The date as ISO 8601 (``2024-03-05`` or ``2024-03-05T10:00:00+00:00``), or None."""
    text = " ".join(value.split())
    if not text or len(text) > 64:
        return None
    found: datetime | date | None = None
    iso = re.sub(r"Z$", "+00:00", text)
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
            found = date.fromisoformat(iso)
        else:
            found = datetime.fromisoformat(iso)
    except ValueError:
        found = None
    if found is None:
        try:
            found = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            found = None
    for fmt in _FORMATS if found is None else ():
        try:
            found = datetime.strptime(text, fmt).date()
            break
        except ValueError:
            continue
    if found is None or found.year < MIN_YEAR:
        return None
    return found.isoformat()


def normalise_metadata(metadata: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """Metadata with its dates normalised, and a sentence for each date left out."""
    fixed = dict(metadata)
    notes = []
    for key in DATE_KEYS:
        value = fixed.get(key)
        if not isinstance(value, str):
            continue
        normal = normalise_date(value)
        if normal is None:
            del fixed[key]
            shown = " ".join(value.split())[:40]
            notes.append(f"its {_LABELS.get(key, key)} '{shown}' is not a date and was left out")
        else:
            fixed[key] = normal
    return fixed, notes


def now_iso() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
