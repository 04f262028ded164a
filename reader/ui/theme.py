"""Light, dark and follow-the-system themes: the Fusion style with a palette per theme.

The palettes live in ``resources/themes/{light,dark}.json`` (a packaging test checks their
contrast), with Parallax's own colours (boilerplate text, search hits, badges) beside them.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .preferences import Theme
from .qt import (
    QApplication,
    QColor,
    QIcon,
    QObject,
    QPainter,
    QPalette,
    QPixmap,
    QStyleFactory,
    Qt,
)

# Used only when the resource files cannot be read (a broken installation).
_FALLBACK_APP_COLORS = {
    "light": {"boilerplate_text": "#6e7781", "search_hit": "#fff1a8",
              "badge_background": "#e6eaef", "badge_text": "#1f2328", "label_text": "#1f2328"},
    "dark": {"boilerplate_text": "#8c8c92", "search_hit": "#5c4a00",
             "badge_background": "#3a3a3e", "badge_text": "#e6e6e6", "label_text": "#1f2328"},
}


@cache
def theme_file(name: str) -> dict[str, Any]:
    """The JSON description of the ``light`` or ``dark`` theme ({} when unreadable)."""
    try:
        from ..core.desktop import load_json_resource

        data = load_json_resource(f"themes/{name}.json")
    except (ImportError, OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def build_palette(name: str) -> QPalette:
    """The palette of the ``light`` or ``dark`` theme."""
    style = QStyleFactory.create("Fusion")
    palette = QPalette(style.standardPalette()) if style is not None else QPalette()
    data = theme_file(name)
    for group_key, groups in (
        ("palette", (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                     QPalette.ColorGroup.Disabled)),
        ("disabled", (QPalette.ColorGroup.Disabled,)),
    ):
        for role_name, color in (data.get(group_key) or {}).items():
            role = getattr(QPalette.ColorRole, role_name, None)
            if role is None:
                continue
            for group in groups:
                palette.setColor(group, role, QColor(color))
    return palette


def app_colors(name: str) -> dict[str, str]:
    """Parallax's own colours for a theme (boilerplate_text, search_hit, badges…)."""
    colors = dict(_FALLBACK_APP_COLORS.get(name, _FALLBACK_APP_COLORS["light"]))
    colors.update(theme_file(name).get("app") or {})
    return colors


def system_is_dark(app: QApplication) -> bool:
    """Whether the desktop asks for a dark colour scheme (Qt 6.5+ knows)."""
    scheme = getattr(app.styleHints(), "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


class ThemeManager(QObject):
    """Applies a theme to the application and follows the system when asked to."""

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self.theme: Theme = "system"
        self.palette_name = "light"
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._system_changed)

    def apply(self, theme: Theme) -> None:
        """Switch to ``theme`` ("light", "dark" or "system")."""
        self.theme = theme
        if self._app.style().name().lower() != "fusion":
            self._app.setStyle("Fusion")
        dark = theme == "dark" or (theme == "system" and system_is_dark(self._app))
        self.palette_name = "dark" if dark else "light"
        self._app.setPalette(build_palette(self.palette_name))

    @property
    def dark(self) -> bool:
        """Whether the palette in use is dark."""
        return self.palette_name == "dark"

    @property
    def colors(self) -> dict[str, str]:
        """Parallax's own colours for the palette in use."""
        return app_colors(self.palette_name)

    def _system_changed(self, *_: object) -> None:
        if self.theme == "system":
            self.apply("system")


ICON_SIZES = (16, 22, 24, 32, 48)


def tinted_icon(icon: QIcon, color: QColor) -> QIcon:
    """``icon``'s shape in one colour (e.g. the palette's text colour), so a black glyph
    such as the style's arrows stays visible on a dark toolbar; disabled, it fades."""
    tinted = QIcon()
    for size in ICON_SIZES:
        source = icon.pixmap(size, size)
        if source.isNull():
            continue
        for mode, alpha in ((QIcon.Mode.Normal, 255), (QIcon.Mode.Disabled, 110)):
            pixmap = QPixmap(source.size())
            pixmap.setDevicePixelRatio(source.devicePixelRatio())
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.drawPixmap(0, 0, source)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            shade = QColor(color)
            shade.setAlpha(alpha)
            painter.fillRect(pixmap.rect(), shade)
            painter.end()
            tinted.addPixmap(pixmap, mode)
    return tinted
