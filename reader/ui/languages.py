"""Language badges: ISO 639-1 codes shown as "DE German", with the confidence on hover."""

from __future__ import annotations

from functools import cache

from ..core.models import UNDETERMINED
from .qt import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

# Every language the detector knows, and Latin and Esperanto, by their English names
# (translated for the interface). Other codes get QLocale's English name.
_NAMES = {
    UNDETERMINED: QT_TRANSLATE_NOOP("Language", "Unknown"),
    "af": QT_TRANSLATE_NOOP("Language", "Afrikaans"),
    "ar": QT_TRANSLATE_NOOP("Language", "Arabic"),
    "bg": QT_TRANSLATE_NOOP("Language", "Bulgarian"),
    "bn": QT_TRANSLATE_NOOP("Language", "Bangla"),
    "ca": QT_TRANSLATE_NOOP("Language", "Catalan"),
    "cs": QT_TRANSLATE_NOOP("Language", "Czech"),
    "cy": QT_TRANSLATE_NOOP("Language", "Welsh"),
    "da": QT_TRANSLATE_NOOP("Language", "Danish"),
    "de": QT_TRANSLATE_NOOP("Language", "German"),
    "el": QT_TRANSLATE_NOOP("Language", "Greek"),
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "eo": QT_TRANSLATE_NOOP("Language", "Esperanto"),
    "es": QT_TRANSLATE_NOOP("Language", "Spanish"),
    "et": QT_TRANSLATE_NOOP("Language", "Estonian"),
    "fa": QT_TRANSLATE_NOOP("Language", "Persian"),
    "fi": QT_TRANSLATE_NOOP("Language", "Finnish"),
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
    "gu": QT_TRANSLATE_NOOP("Language", "Gujarati"),
    "he": QT_TRANSLATE_NOOP("Language", "Hebrew"),
    "hi": QT_TRANSLATE_NOOP("Language", "Hindi"),
    "hr": QT_TRANSLATE_NOOP("Language", "Croatian"),
    "hu": QT_TRANSLATE_NOOP("Language", "Hungarian"),
    "id": QT_TRANSLATE_NOOP("Language", "Indonesian"),
    "it": QT_TRANSLATE_NOOP("Language", "Italian"),
    "ja": QT_TRANSLATE_NOOP("Language", "Japanese"),
    "kn": QT_TRANSLATE_NOOP("Language", "Kannada"),
    "ko": QT_TRANSLATE_NOOP("Language", "Korean"),
    "la": QT_TRANSLATE_NOOP("Language", "Latin"),
    "lt": QT_TRANSLATE_NOOP("Language", "Lithuanian"),
    "lv": QT_TRANSLATE_NOOP("Language", "Latvian"),
    "mk": QT_TRANSLATE_NOOP("Language", "Macedonian"),
    "ml": QT_TRANSLATE_NOOP("Language", "Malayalam"),
    "mr": QT_TRANSLATE_NOOP("Language", "Marathi"),
    "ne": QT_TRANSLATE_NOOP("Language", "Nepali"),
    "nl": QT_TRANSLATE_NOOP("Language", "Dutch"),
    "no": QT_TRANSLATE_NOOP("Language", "Norwegian Bokmål"),
    "pa": QT_TRANSLATE_NOOP("Language", "Punjabi"),
    "pl": QT_TRANSLATE_NOOP("Language", "Polish"),
    "pt": QT_TRANSLATE_NOOP("Language", "Portuguese"),
    "ro": QT_TRANSLATE_NOOP("Language", "Romanian"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "sk": QT_TRANSLATE_NOOP("Language", "Slovak"),
    "sl": QT_TRANSLATE_NOOP("Language", "Slovenian"),
    "so": QT_TRANSLATE_NOOP("Language", "Somali"),
    "sq": QT_TRANSLATE_NOOP("Language", "Albanian"),
    "sv": QT_TRANSLATE_NOOP("Language", "Swedish"),
    "sw": QT_TRANSLATE_NOOP("Language", "Swahili"),
    "ta": QT_TRANSLATE_NOOP("Language", "Tamil"),
    "te": QT_TRANSLATE_NOOP("Language", "Telugu"),
    "th": QT_TRANSLATE_NOOP("Language", "Thai"),
    "tl": QT_TRANSLATE_NOOP("Language", "Filipino"),
    "tr": QT_TRANSLATE_NOOP("Language", "Turkish"),
    "uk": QT_TRANSLATE_NOOP("Language", "Ukrainian"),
    "ur": QT_TRANSLATE_NOOP("Language", "Urdu"),
    "vi": QT_TRANSLATE_NOOP("Language", "Vietnamese"),
    "zh": QT_TRANSLATE_NOOP("Language", "Chinese"),
    "zh-cn": QT_TRANSLATE_NOOP("Language", "Chinese (Simplified)"),
    "zh-tw": QT_TRANSLATE_NOOP("Language", "Chinese (Traditional)"),
}


def clear_caches() -> None:
    """Forget names made in the previous interface language (i18n calls this)."""
    language_name.cache_clear()
    badge.cache_clear()


@cache
def language_name(code: str) -> str:
    """The name of a language code in the interface language ("German" for "de")."""
    code = (code or UNDETERMINED).lower()
    if code in _NAMES:
        return QCoreApplication.translate("Language", _NAMES[code])
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
        return f"?? {name}"
    return f"{code.upper()} {name}" if name != code.upper() else code.upper()


def confidence_text(code: str, confidence: float) -> str:
    """The tooltip of a badge: name and detector confidence."""
    translate = QCoreApplication.translate
    if (code or UNDETERMINED) == UNDETERMINED:
        return translate("Language", "Language not determined (too little text).")
    return translate("Language", "{language}, detected with {percent}% confidence").format(
        language=language_name(code), percent=QLocale().toString(round(confidence * 100)))
