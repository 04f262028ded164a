"""The bundled resources: icons rendered from the SVG, label colours, theme palettes."""

from __future__ import annotations

import json
import re
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.core.desktop import ICON_SIZES, icon_files, resources_dir
from reader.core.library import Library
from reader.core.store import STORE_FILENAME
from tests.conftest import REPO

RESOURCES = REPO / "resources"
HEX_COLOUR = r"^#[0-9a-f]{6}$"
# QPalette.ColorRole names (Qt 6.6+), spelled out so this test needs no Qt.
PALETTE_ROLES = {
    "Window", "WindowText", "Base", "AlternateBase", "ToolTipBase", "ToolTipText",
    "PlaceholderText", "Text", "Button", "ButtonText", "BrightText", "Light", "Midlight",
    "Mid", "Dark", "Shadow", "Highlight", "HighlightedText", "Link", "LinkVisited", "Accent",
}
APP_ROLES = {"boilerplate_text", "search_hit", "badge_background", "badge_text", "label_text"}
# (foreground, background) pairs a reader must be able to read: WCAG AA, 4.5:1.
READABLE_PAIRS = [
    ("palette", "WindowText", "palette", "Window"),
    ("palette", "Text", "palette", "Base"),
    ("palette", "Text", "palette", "AlternateBase"),
    ("palette", "ButtonText", "palette", "Button"),
    ("palette", "ToolTipText", "palette", "ToolTipBase"),
    ("palette", "HighlightedText", "palette", "Highlight"),
    ("palette", "Link", "palette", "Base"),
    ("palette", "Text", "app", "search_hit"),
    ("app", "badge_text", "app", "badge_background"),
]
MIN_CONTRAST = 4.5


def load(name: str) -> Any:
    return json.loads((RESOURCES / name).read_text(encoding="utf-8"))


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_resources_dir_is_the_checkouts_in_development() -> None:
    assert resources_dir() == RESOURCES


def test_every_icon_size_is_there_at_its_size() -> None:
    icons = icon_files(RESOURCES)
    for size in ICON_SIZES:
        assert png_size(icons[f"{size}x{size}"]) == (size, size)
    assert icons["scalable"].read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_pngs_are_rendered_from_the_current_svg() -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "render_icons.py"), "--check"],
        capture_output=True, text=True, check=False, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_labels_are_the_ones_a_new_library_gets(tmp_path: Path) -> None:
    labels = load("labels.json")["labels"]
    assert [label["name"] for label in labels] == ["Claim", "Evidence", "Question"]
    assert [label["shortcut"] for label in labels] == ["1", "2", "3"]
    with Library(tmp_path / "lib", seed_if_empty=False):
        pass
    with sqlite3.connect(tmp_path / "lib" / STORE_FILENAME) as db:
        seeded = db.execute("SELECT name, color FROM labels ORDER BY position").fetchall()
    assert [(label["name"], label["color"]) for label in labels] == seeded


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_theme_palette_is_complete_and_readable(theme: str) -> None:
    data = load(f"themes/{theme}.json")
    assert data["name"] == theme
    assert set(data["palette"]) <= PALETTE_ROLES
    assert {"Window", "WindowText", "Base", "Text", "Highlight", "HighlightedText"} <= set(
        data["palette"]
    )
    assert set(data["disabled"]) <= PALETTE_ROLES
    assert set(data["app"]) == APP_ROLES
    for group in ("palette", "disabled", "app"):
        for role, colour in data[group].items():
            assert re.match(HEX_COLOUR, colour), (theme, group, role, colour)
    for fg_group, fg, bg_group, bg in READABLE_PAIRS:
        ratio = contrast(data[fg_group][fg], data[bg_group][bg])
        assert ratio >= MIN_CONTRAST, f"{theme}: {fg} on {bg} is {ratio:.2f}:1"
    for label in load("labels.json")["labels"]:
        ratio = contrast(data["app"]["label_text"], label["color"])
        assert ratio >= MIN_CONTRAST, f"{theme}: text on {label['name']} is {ratio:.2f}:1"


def test_dark_and_light_themes_are_dark_and_light() -> None:
    assert luminance(load("themes/dark.json")["palette"]["Window"]) < 0.1
    assert luminance(load("themes/light.json")["palette"]["Window"]) > 0.7
