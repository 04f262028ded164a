"""The translated interface: every string translated, placeholders kept, .qm files current,
and a window that really shows German when German is chosen."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from reader.ui import i18n
from reader.ui.app import Parts
from reader.ui.qt import QApplication, QDialogButtonBox, QLocale, Qt
from tests.conftest import REPO
from tests.ui.conftest import WindowFactory


def _load_update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "packaging" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


UPDATE = _load_update_script()
CATALOGS = ("en", *i18n.SHIPPED)
NEEDS_TOOLS = pytest.mark.skipif(
    UPDATE.tool("lupdate") is None or UPDATE.tool("lrelease") is None,
    reason="pyside6-lupdate/pyside6-lrelease are not installed (PySide6-Essentials ships them)")
PLACEHOLDER = re.compile(r"\{(\w*)\}")
COUNT = re.compile(r"%L?n")
NUMBERED = re.compile(r"%L?\d")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    """The messages of a .ts file by (context, source, comment)."""
    messages: dict[tuple[str, str, str], Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.findall("message"):
            translation = element.find("translation")
            assert translation is not None
            numerus = element.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in translation.findall("numerusform")) if numerus \
                else (translation.text or "",)
            message = Message(
                name, element.findtext("source") or "", element.findtext("comment") or "",
                numerus, translation.get("type") is None and all(f.strip() for f in forms),
                forms)
            messages[message.key] = message
    return messages


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    """What lupdate finds in today's reader/ui/*.py, per catalog, in fresh .ts files."""
    if UPDATE.tool("lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    folder = tmp_path_factory.mktemp("lupdate")
    found = {}
    for language in CATALOGS:
        ts = folder / f"parallax_{language}.ts"
        UPDATE.lupdate(ts, language)
        found[language] = read_ts(ts)
    return found


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """Whatever language a test installs, the next test starts in English."""
    yield
    app = QApplication.instance()
    if app is not None:
        i18n.install_translators(app, "en")


# --- the catalogs ----------------------------------------------------------------------


@NEEDS_TOOLS
@pytest.mark.parametrize("language", CATALOGS)
def test_every_string_of_the_code_is_translated(language: str, extracted: dict) -> None:
    committed = read_ts(i18n.ts_path(language))
    wanted = extracted[language]
    assert wanted, "lupdate found no strings in reader/ui"
    missing = [key for key in wanted if key not in committed or not committed[key].finished]
    assert not missing, (
        f"untranslated in parallax_{language}.ts (run `make translations` and translate): "
        f"{missing}")


@NEEDS_TOOLS
def test_the_catalogs_hold_every_string_of_the_code(extracted: dict) -> None:
    german = extracted["de"]
    # Strings from every part of the window, and from module-level tables.
    for context, source in (("MainWindow", "&File"), ("MainWindow", "&Light"),
                            ("LibraryModel", "Title"), ("Language", "German"),
                            ("Label", "Claim"), ("HighlightsPanel", "%n highlight(s)"),
                            ("Operation", "Undo {operation}")):
        assert (context, source, "") in german, (context, source)
    assert all(message.context for message in german.values()), "a tr() outside a class"
    # English ships plural forms only.
    assert extracted["en"] and all(m.numerus for m in extracted["en"].values())


@pytest.mark.parametrize("language", CATALOGS)
def test_placeholders_and_mnemonics_match(language: str) -> None:
    problems = []
    for message in read_ts(i18n.ts_path(language)).values():
        source = message.source
        for form in message.forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{{…}} differ: {source!r} → {form!r}")
            if sorted(NUMBERED.findall(form)) != sorted(NUMBERED.findall(source)):
                problems.append(f"%1… differ: {source!r} → {form!r}")
            if COUNT.search(source) and not COUNT.search(form):
                problems.append(f"%n missing: {source!r} → {form!r}")
            if source.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                problems.append(f"mnemonic differs: {source!r} → {form!r}")
    assert not problems, "\n".join(problems)


def test_counts_are_plural_messages() -> None:
    # A "%n" string outside self.tr(text, "", n) would show "%n" or "3 item(s)".
    for message in read_ts(i18n.ts_path("de")).values():
        assert message.numerus == bool(COUNT.search(message.source)), message


@NEEDS_TOOLS
@pytest.mark.parametrize("language", CATALOGS)
def test_the_compiled_translations_are_up_to_date(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"parallax_{language}.qm"
    UPDATE.lrelease(i18n.ts_path(language), compiled)
    assert compiled.read_bytes() == i18n.qm_path(language).read_bytes(), (
        f"parallax_{language}.qm is stale: run `make translations`")


def test_every_shipped_language_has_a_compiled_translation() -> None:
    for language in CATALOGS:
        assert i18n.qm_path(language).stat().st_size > 100, language


# --- choosing the language -------------------------------------------------------------


def test_the_setting_wins_over_the_system_locale() -> None:
    german_system = QLocale("de_DE")
    assert i18n.choose_language("it", german_system) == "it"
    assert i18n.choose_language("en", german_system) == "en"
    assert i18n.choose_language("system", german_system) == "de"
    assert i18n.choose_language("system", QLocale("pt_BR")) == "pt"
    assert i18n.choose_language("system", QLocale("it_CH")) == "it"
    assert i18n.choose_language("system", QLocale("fr_FR")) == "en"
    assert i18n.choose_language("klingon", QLocale("fr_FR")) == "en"


def open_in(open_window: WindowFactory, language: str) -> Parts:
    settings = open_window.settings()
    settings.setValue("interface/language", language)
    settings.sync()
    return open_window()


def menu_titles(parts: Parts) -> list[str]:
    return [action.text() for action in parts.window.menuBar().actions()]


def test_a_german_window_shows_german(open_window: WindowFactory) -> None:
    parts = open_in(open_window, "de")
    window = parts.window
    assert parts.language == "de"
    titles = menu_titles(parts)
    assert titles[:3] == ["&Datei", "&Bearbeiten", "A&nnotieren"]
    assert "&Ansicht" in titles and "&Hilfe" in titles
    assert window.act_import.text() == "&Dateien importieren…"
    assert window.highlights_panel.delete_button.text() == "Markierung löschen"
    assert window.highlights_panel.link_button.text() == "Verknüpfen…"
    assert window.library_dock.windowTitle() == "Bibliothek"
    header = window.library_panel.model.headerData
    assert [header(c, Qt.Orientation.Horizontal, 0) for c in range(2)] == ["Titel", "Sprache"]
    assert window.library_panel.count_label.text() == "5 Dokumente"
    assert "Behauptung" in [a.text() for a in window.label_actions][0]
    assert window.library_panel.language_filter.itemText(1) == "DE Deutsch (3)"


def test_qt_own_buttons_follow_the_language(open_window: WindowFactory) -> None:
    parts = open_in(open_window, "de")
    if not (i18n.qt_translations_dir() / "qtbase_de.qm").exists():
        pytest.skip("this Qt carries no qtbase translations")
    dialog = parts.window.open_export()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Schließen"
    assert dialog.save_button.text() == "Speichern…"
    dialog.close()


def test_the_override_wins_in_the_window(open_window: WindowFactory) -> None:
    # The machine running the tests may have any locale: "it" must win over it.
    parts = open_in(open_window, "it")
    assert parts.language == "it"
    assert menu_titles(parts)[0] == "&File" and menu_titles(parts)[1] == "&Modifica"
    assert parts.window.highlights_panel.delete_button.text() == "Elimina evidenziazione"
    assert parts.window.language_actions["it"].isChecked()


@pytest.mark.parametrize("language", CATALOGS)
def test_mnemonics_are_unique_within_each_menu(open_window: WindowFactory, language: str
                                               ) -> None:
    parts = open_in(open_window, language)

    def letters(actions: list) -> list[str]:
        found = []
        for action in actions:
            text = action.text().replace("&&", "")
            if "&" in text and not action.isSeparator():
                found.append(text[text.index("&") + 1].lower())
        return found

    menus = [parts.window.menuBar()]
    while menus:
        menu = menus.pop()
        shown = letters(menu.actions())
        assert len(shown) == len(set(shown)), (language, [a.text() for a in menu.actions()])
        menus += [a.menu() for a in menu.actions() if a.menu() is not None]


def test_choosing_a_language_is_remembered_for_the_next_start(
        open_window: WindowFactory) -> None:
    parts = open_in(open_window, "system")
    window = parts.window
    assert window.language_actions["system"].isChecked()
    window.language_actions["pt"].trigger()
    assert window.preferences.language == "pt"
    # "At the next start": the window itself stays as it started.
    window.later_button.click()
    assert "next time" in window.statusBar().currentMessage()
    assert menu_titles(parts)[0] == "&File"
    open_window.close(parts)
    again = open_window()
    assert again.language == "pt"
    assert menu_titles(again)[0] == "&Arquivo"
