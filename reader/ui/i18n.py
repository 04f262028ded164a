"""The interface's languages: which one to show, and installing its translators at start-up.

English is written in the code; German, Italian and Portuguese (Brazilian usage) ship as
``translations/parallax_{de,it,pt}.ts`` (the sources translators edit) and the compiled ``.qm``
beside them. ``make translations`` (``packaging/update_translations.py``) refreshes the
``.ts`` files from the code, keeping what is translated, and compiles the ``.qm`` files;
``tests/ui/test_translations.py`` fails when a string is untranslated, a placeholder differs
or a ``.qm`` is stale.

The convention for every user-visible string in ``reader/ui``:

- In a QObject subclass: ``self.tr("literal")``. lupdate files it under the class's name,
  and PySide6 looks it up under the name of the object's runtime class: so translated
  classes are not subclassed (the translation test opens a German window to prove the two
  agree). The literal sits directly inside ``tr()``: never an f-string or a variable.
- Outside a class: ``QCoreApplication.translate("Context", "literal")``. Module-level
  tables mark their entries with ``QT_TRANSLATE_NOOP("Context", "literal")`` and translate
  them where they are shown, with the same context.
- Values go in named placeholders, filled after translation:
  ``self.tr("Saved to {path}.").format(path=path)``, so a translation may move them.
- Counts use Qt's plural forms: ``self.tr("%n document(s)", "", count)``; ``%n`` is the
  count, ``%Ln`` the count with the locale's digit grouping (1,234 / 1.234). Each language
  gives as many forms as its grammar has; English too (``parallax_en.ts`` holds only the
  plural forms, "1 document" / "2 documents"). Only ``self.tr`` with a count: pyside6-lupdate
  does not mark ``QCoreApplication.translate(..., n)`` as plural, so counts are shown from
  a method of a QObject (the translation test fails on a ``%n`` string that is not plural).
- Spell out ``self.tr(...)``: lupdate files an alias (``tr = self.tr``) under no class.
- ``&`` marks a mnemonic in menus and buttons; a translation picks its own letter, unique
  within its menu. Shortcuts are never translated (they are QKeySequence constants).
- The second argument of ``tr()`` disambiguates a word used in two senses (``"menu"``).

The language comes from the ``interface/language`` setting ("system" by default, or one of
``en``, ``de``, ``it``, ``pt``), else from the system locale, else English. It is chosen
once, before the window is built: a change in the View → Language menu applies at the next
start. Qt's own strings (standard buttons, file dialogs, key names) come from Qt's
``qtbase`` translations where the Qt installation carries them.
"""

from __future__ import annotations

from pathlib import Path

from .qt import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: Languages with a translation in ``translations/``; English is the source language.
SHIPPED = ("de", "it", "pt")
LANGUAGES = ("en", *SHIPPED)
#: What the setting may hold.
LANGUAGE_SETTINGS = ("system", *LANGUAGES)
#: Each language in its own language, for the Language menu (never translated).
NATIVE_NAMES = {"en": "English", "de": "Deutsch", "it": "Italiano", "pt": "Português"}
DEFAULT_LANGUAGE = "en"
TRANSLATOR_NAME = "parallax-translator"


def translations_dir() -> Path:
    """The folder of the ``.ts`` and ``.qm`` files (inside the package, wheel or bundle)."""
    return Path(__file__).resolve().parent / "translations"


def qm_path(language: str) -> Path:
    """The compiled translation of one shipped language."""
    return translations_dir() / f"parallax_{language}.qm"


def ts_path(language: str) -> Path:
    """The translation source of one shipped language."""
    return translations_dir() / f"parallax_{language}.ts"


def system_languages(locale: QLocale | None = None) -> list[str]:
    """The languages the system asks for, most wanted first, as two-letter codes."""
    locale = locale if locale is not None else QLocale.system()
    codes = [tag.replace("_", "-").split("-")[0].lower() for tag in locale.uiLanguages()]
    codes.append(QLocale.languageToCode(locale.language()).lower())
    return list(dict.fromkeys(code for code in codes if code))


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """The interface language: the setting when it names one, else the system's, else English."""
    if setting in LANGUAGES:
        return setting
    for code in system_languages(system):
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def qt_translations_dir() -> Path:
    """Where Qt's own ``qtbase_*.qm`` files are (may not exist in a trimmed Qt)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _remove_translators(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator):
        if translator.objectName() == TRANSLATOR_NAME:
            app.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()


def install_translators(app: QCoreApplication, language: str) -> list[str]:
    """Show the interface in ``language`` from now on; the translation files loaded.

    Replaces what an earlier call installed, so building another window (as the tests do)
    never inherits a language. English installs only its plural forms. Numbers follow the
    language too
    (QLocale's default), so "%Ln" groups digits the way the text around them expects.
    """
    from .languages import clear_caches

    _remove_translators(app)
    clear_caches()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    system = QLocale.system()
    same_language = system.language() == QLocale(language).language()
    QLocale.setDefault(system if same_language else QLocale(language))
    loaded: list[str] = []
    locale = QLocale(language)
    # Qt's strings first, Parallax's last: the last installed is asked first. English
    # needs only Parallax's plural forms ("1 document", "2 documents").
    catalogs = [("parallax", "_", translations_dir())]
    if language != DEFAULT_LANGUAGE:
        catalogs.insert(0, ("qtbase", "_", qt_translations_dir()))
    for name, prefix, folder in catalogs:
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(locale, name, prefix, str(folder)) and app.installTranslator(
                translator):
            loaded.append(translator.filePath())
        else:
            translator.setParent(None)
            translator.deleteLater()
    return loaded


# The core describes its operations in English ("delete highlight"); the window shows them
# (Undo/Redo texts, status messages) in the interface language.
OPERATIONS = {
    "create highlight": QT_TRANSLATE_NOOP("Operation", "create highlight"),
    "relabel highlight": QT_TRANSLATE_NOOP("Operation", "relabel highlight"),
    "edit note": QT_TRANSLATE_NOOP("Operation", "edit note"),
    "edit tags": QT_TRANSLATE_NOOP("Operation", "edit tags"),
    "edit highlight": QT_TRANSLATE_NOOP("Operation", "edit highlight"),
    "delete highlight": QT_TRANSLATE_NOOP("Operation", "delete highlight"),
    "re-attach highlight": QT_TRANSLATE_NOOP("Operation", "re-attach highlight"),
    "unlink highlights": QT_TRANSLATE_NOOP("Operation", "unlink highlights"),
    "link as the same claim": QT_TRANSLATE_NOOP("Operation", "link as the same claim"),
    "import annotations": QT_TRANSLATE_NOOP("Operation", "import highlights"),
}
# Operations whose description ends in a name: the prefix, and the text around {name}.
NAMED_OPERATIONS = (
    ("link highlights ", QT_TRANSLATE_NOOP("Operation", "link highlights {name}")),
    ("add label ", QT_TRANSLATE_NOOP("Operation", "add label {name}")),
    ("rename label ", QT_TRANSLATE_NOOP("Operation", "rename label {name}")),
    ("recolour label ", QT_TRANSLATE_NOOP("Operation", "recolour label {name}")),
    ("delete label ", QT_TRANSLATE_NOOP("Operation", "delete label {name}")),
)


def operation_text(description: str) -> str:
    """One of the core's operation descriptions in the interface language (else as is)."""
    translate = QCoreApplication.translate
    for prefix, verb in (("Undo ", QT_TRANSLATE_NOOP("Operation", "Undo {operation}")),
                         ("Redo ", QT_TRANSLATE_NOOP("Operation", "Redo {operation}"))):
        if description.startswith(prefix):
            inner = operation_text(description.removeprefix(prefix))
            return translate("Operation", verb).format(operation=inner)
    if description in OPERATIONS:
        return translate("Operation", OPERATIONS[description])
    for prefix, text in NAMED_OPERATIONS:
        if description.startswith(prefix):
            return translate("Operation", text).format(name=description.removeprefix(prefix))
    return description


#: The built-in labels' names are data (stored, exported, searched as ``label:Claim``);
#: the window shows them in the interface language, and a reader's own labels as typed.
BUILT_IN_LABELS = {
    "Claim": QT_TRANSLATE_NOOP("Label", "Claim"),
    "Evidence": QT_TRANSLATE_NOOP("Label", "Evidence"),
    "Question": QT_TRANSLATE_NOOP("Label", "Question"),
}


def label_name(name: str) -> str:
    """How the window shows a label's name."""
    text = BUILT_IN_LABELS.get(name)
    return QCoreApplication.translate("Label", text) if text is not None else name


def number(value: int) -> str:
    """An integer with the interface language's digit grouping."""
    return QLocale().toString(value)
