"""What the window remembers between sessions, typed, over a QSettings passed in by app.py."""

from __future__ import annotations

from typing import Literal

from .i18n import LANGUAGE_SETTINGS
from .qt import QByteArray, QSettings

Theme = Literal["light", "dark", "system"]
THEMES: tuple[Theme, ...] = ("light", "dark", "system")

DEFAULT_FONT_SIZE = 12
MIN_FONT_SIZE = 7
MAX_FONT_SIZE = 40


class Preferences:
    """Typed access to one QSettings (INI values come back as strings, so convert here)."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self.settings.value(key, default)))
        except (TypeError, ValueError):
            return default

    def _str(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default)
        return value if isinstance(value, str) else default

    # -- window layout -------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.settings.setValue("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self.settings.setValue(f"splitters/{name}", value)

    def header_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"headers/{name}")

    def set_header_state(self, name: str, value: QByteArray) -> None:
        self.settings.setValue(f"headers/{name}", value)

    # -- reading -------------------------------------------------------------------------

    @property
    def last_document(self) -> str:
        return self._str("reading/last_document")

    @last_document.setter
    def last_document(self, doc_id: str) -> None:
        self.settings.setValue("reading/last_document", doc_id)

    @property
    def font_size(self) -> int:
        size = self._int("reading/font_size", DEFAULT_FONT_SIZE)
        return max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, size))

    @font_size.setter
    def font_size(self, size: int) -> None:
        self.settings.setValue("reading/font_size", int(size))

    @property
    def last_label(self) -> str:
        return self._str("annotating/last_label", "Claim")

    @last_label.setter
    def last_label(self, name: str) -> None:
        self.settings.setValue("annotating/last_label", name)

    @property
    def scroll_together(self) -> bool:
        """Whether compared sources scroll together (on unless switched off)."""
        value = self.settings.value("compare/scroll_together", True)
        return value not in (False, "false", "0", 0)

    @scroll_together.setter
    def scroll_together(self, on: bool) -> None:
        self.settings.setValue("compare/scroll_together", bool(on))

    @property
    def export_folder(self) -> str:
        """The folder the last export was saved in ("" before the first)."""
        return self._str("export/folder")

    @export_folder.setter
    def export_folder(self, folder: str) -> None:
        self.settings.setValue("export/folder", folder)

    # -- appearance ----------------------------------------------------------------------

    @property
    def theme(self) -> Theme:
        value = self._str("appearance/theme", "system")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: Theme) -> None:
        self.settings.setValue("appearance/theme", value)

    @property
    def language(self) -> str:
        """The interface language: "system" (the default) or a code of i18n.LANGUAGES."""
        value = self._str("interface/language", "system")
        return value if value in LANGUAGE_SETTINGS else "system"

    @language.setter
    def language(self, value: str) -> None:
        self.settings.setValue("interface/language", value)

    def sync(self) -> None:
        """Write everything to disk now."""
        self.settings.sync()
