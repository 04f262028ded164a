"""Before Qt starts: can its X11 platform plugin load, and is there a display to show on?

Without some system libraries (a fresh Debian lacks libxcb-cursor0, libxcb-icccm4, ...)
Qt aborts with "could not load the Qt platform plugin xcb" and a core dump. This module
finds that out first, with ctypes and no Qt, and says in one sentence which packages to
install (apt and dnf names). The command line never calls it: only opening the window does.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib.util
import os
import re
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

#: Shared libraries that Qt's xcb plugin (libqxcb.so and libQt6XcbQpa) loads from the
#: system, with the Debian/Ubuntu and Fedora packages that provide them.
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}

Loader = Callable[[str], object]

_MISSING = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


def qt_platform(env: Mapping[str, str]) -> str:
    """The platform plugin Qt will try first: $QT_QPA_PLATFORM, else by session type."""
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb"


def xcb_plugin() -> Path | None:
    """Qt's xcb plugin file inside the installed PySide6 (or the frozen app), if present."""
    roots = []
    if getattr(sys, "frozen", False):
        roots.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "PySide6")
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        roots.extend(Path(p) for p in spec.submodule_search_locations)
    for root in roots:
        plugin = root / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_libraries(load: Loader = ctypes.CDLL, plugin: Path | None = None) -> list[str]:
    """The shared libraries the xcb plugin needs that cannot be loaded, in table order."""
    missing: list[str] = []
    for soname in XCB_LIBRARIES:
        try:
            load(soname)
        except OSError:
            missing.append(soname)
    if plugin is not None and not missing:
        try:  # anything the table does not know: the loader names the first one
            load(str(plugin))
        except OSError as exc:
            found = _MISSING.search(str(exc))
            missing.append(found.group(1) if found else f"{plugin.name} ({exc})")
    return missing


def install_hint(missing: list[str]) -> str:
    """One sentence naming the packages that provide ``missing`` (apt and dnf names)."""
    apt = sorted({XCB_LIBRARIES[s][0] for s in missing if s in XCB_LIBRARIES})
    dnf = sorted({XCB_LIBRARIES[s][1] for s in missing if s in XCB_LIBRARIES})
    unknown = [s for s in missing if s not in XCB_LIBRARIES]
    parts = []
    if apt:
        parts.append(f"sudo apt install {' '.join(apt)}  (Fedora: sudo dnf install "
                     f"{' '.join(dnf)})")
    if unknown:
        parts.append(f"the package that provides {', '.join(unknown)}")
    return (f"The window cannot open: Qt needs system libraries that are missing "
            f"({', '.join(missing)}); install them with {' and '.join(parts)}, "
            f"or use the command line (parallax --help), which does not need them.")


def display_reachable(display: str, load: Loader = ctypes.CDLL) -> bool:
    """True when an X server answers on ``display`` (asked through libxcb, as Qt will)."""
    try:
        xcb = load("libxcb.so.1")
        connect = xcb.xcb_connect  # type: ignore[attr-defined]
        has_error = xcb.xcb_connection_has_error  # type: ignore[attr-defined]
        disconnect = xcb.xcb_disconnect  # type: ignore[attr-defined]
    except (OSError, AttributeError):
        return True  # cannot ask: let Qt try
    connect.restype = ctypes.c_void_p
    connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
    has_error.argtypes = [ctypes.c_void_p]
    disconnect.argtypes = [ctypes.c_void_p]
    connection = connect(display.encode(), None)
    try:
        return bool(connection) and has_error(connection) == 0
    finally:
        if connection:
            disconnect(connection)


def window_problem(env: Mapping[str, str] | None = None, load: Loader = ctypes.CDLL,
                   plugin: Path | None = None) -> str | None:
    """One sentence on why Qt could not show a window here, or None when it can."""
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or qt_platform(env) != "xcb":
        return None
    missing = missing_libraries(load, xcb_plugin() if plugin is None else plugin)
    if missing:
        return install_hint(missing)
    display = env.get("DISPLAY", "")
    if not display:
        return ("The window cannot open: no display was found (DISPLAY is not set); start "
                "Parallax from a desktop session, or use the command line (parallax --help).")
    if not display_reachable(display, load):
        return (f"The window cannot open: no X server answers on display {display}; start "
                "Parallax from a desktop session, or use the command line (parallax --help).")
    return None
