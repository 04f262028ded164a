"""Render the application icon's PNG sizes from its SVG, or check that they are up to date.

    python packaging/render_icons.py           # rewrite resources/icons/hicolor/*/apps/*.png
    python packaging/render_icons.py --check   # exit 1 if a PNG differs from a fresh render

Uses Qt's own SVG renderer (QtSvg ships in PySide6-Essentials), so no system tool is needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run from a checkout, installed or not
    sys.path.insert(0, str(REPO))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from reader.core.desktop import ICON_SIZES, icon_files  # noqa: E402

# Anti-aliasing may differ by a few levels between Qt releases; a real change is far larger.
CHECK_TOLERANCE = 8


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent square of ``size`` pixels."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of any channel of any pixel (256 when sizes differ)."""
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    if a.size() != b.size():
        return 256
    bytes_a, bytes_b = bytes(a.constBits()), bytes(b.constBits())
    return max((abs(x - y) for x, y in zip(bytes_a, bytes_b, strict=True)), default=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    icons = icon_files(REPO / "resources")
    svg = icons["scalable"]
    stale = []
    for size in ICON_SIZES:
        target = icons[f"{size}x{size}"]
        image = render(svg, size)
        if args.check:
            difference = largest_difference(image, QImage(str(target)))
            if difference > CHECK_TOLERANCE:
                stale.append(f"{target.relative_to(REPO)} (differs by {difference})")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"render_icons: cannot write {target}")
        print(f"wrote {target.relative_to(REPO)}")
    if stale:
        print("Out of date, run packaging/render_icons.py:\n  " + "\n  ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
