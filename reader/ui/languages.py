"""Language badges: ISO 639-1 codes shown as "DE German", with the confidence on hover."""

from __future__ import annotations

from functools import cache

from ..core.models import UNDETERMINED
from .qt import QLocale

# Codes QLocale does not know, or knows under another name.
_NAMES = {
    UNDETERMINED: "Unknown",
    "la": "Latin",
    "eo": "Esperanto",
}


@cache
def language_name(code: str) -> str:
    """The English name of a language code ("German" for "de"), or the code itself."""
    code = (code or UNDETERMINED).lower()
    if code in _NAMES:
        return _NAMES[code]
    language = QLocale(code).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code.upper()
    return QLocale.languageToString(language)


@cache
def badge(code: str) -> str:
    """"DE German": the code in capitals and the language's name."""
    code = (code or UNDETERMINED).lower()
    name = language_name(code)
    if code == UNDETERMINED:
        return "?? Unknown"
    return f"{code.upper()} {name}" if name != code.upper() else code.upper()


def confidence_text(code: str, confidence: float) -> str:
    """The tooltip of a badge: name and detector confidence."""
    if (code or UNDETERMINED) == UNDETERMINED:
        return "Language not determined (too little text)."
    return f"{language_name(code)}, detected with {confidence:.0%} confidence"
