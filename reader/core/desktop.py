"""Desktop integration: the app id, bundled resources, and the per-user menu entry and icons.

``install_desktop`` writes the ``.desktop`` file and the icons into the current user's XDG
data folder, the way a distribution package would write them into ``/usr/share``; the
launcher runs the very ``parallax`` that installed it. ``uninstall_desktop`` removes the same
paths, computed by the same function, and nothing else.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from .errors import ParallaxError

APP_ID = "io.github.parallax_reader.Parallax"
"""Reverse-DNS application id: names the .desktop file, the icons and the AppStream component."""

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""The PNG sizes shipped in ``resources/icons/hicolor``."""

DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"

# Characters that force an Exec argument into double quotes (Desktop Entry spec, "Exec key").
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED_IN_QUOTES = frozenset('"`$\\')
_TOOL_TIMEOUT_S = 30

Action = Literal["install", "uninstall"]


class DesktopInstallError(ParallaxError):
    """The menu entry or icons cannot be installed or removed."""


@dataclass(frozen=True)
class DesktopChange:
    """What install_desktop or uninstall_desktop did."""

    action: Action
    data_home: Path
    files: tuple[Path, ...]
    command: tuple[str, ...] = ()
    refreshed: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view, paths as strings."""
        return {
            "action": self.action,
            "app_id": APP_ID,
            "data_home": str(self.data_home),
            "files": [str(p) for p in self.files],
            "exec": list(self.command) or None,
            "refreshed": list(self.refreshed),
        }


def resources_dir() -> Path:
    """The bundled resources: inside the installed package, or the checkout's resources/."""
    try:
        packaged = Path(str(resources.files("reader").joinpath("resources")))
        if (packaged / "icons").is_dir():
            return packaged
    except (ModuleNotFoundError, TypeError):
        pass
    return Path(__file__).resolve().parents[2] / "resources"


def icon_files(root: Path | None = None) -> dict[str, Path]:
    """The application icons by hicolor folder name ("16x16" ... "256x256", "scalable")."""
    hicolor = (root or resources_dir()) / "icons" / "hicolor"
    icons = {f"{n}x{n}": hicolor / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in ICON_SIZES}
    icons["scalable"] = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    return icons


def desktop_entry_file(root: Path | None = None) -> Path:
    """The bundled .desktop file (its Exec runs ``parallax`` from the PATH)."""
    return (root or resources_dir()) / "linux" / DESKTOP_FILE


def metainfo_file(root: Path | None = None) -> Path:
    """The bundled AppStream metainfo."""
    return (root or resources_dir()) / "linux" / METAINFO_FILE


def load_json_resource(name: str) -> Any:
    """A JSON file from the resources folder, e.g. "labels.json" or "themes/dark.json"."""
    return json.loads((resources_dir() / name).read_text(encoding="utf-8"))


def xdg_data_home() -> Path:
    """``$XDG_DATA_HOME`` when set to an absolute path, else ``~/.local/share`` (XDG spec)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def parallax_command() -> list[str]:
    """The command that starts this same Parallax, as absolute paths.

    A frozen build is its own executable; an installed one is the ``parallax`` script that
    is running (or the one beside this interpreter); otherwise ``python -m reader``.
    """
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    argv0 = sys.argv[0] if sys.argv else ""
    if Path(argv0).name.startswith("parallax"):
        found = argv0 if os.sep in argv0 else shutil.which(argv0)
        if found and os.access(found, os.X_OK):
            # abspath, not resolve: a pipx or ~/.local/bin symlink survives upgrades.
            return [os.path.abspath(found)]
    beside = Path(sys.executable).parent / "parallax"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    return [os.path.abspath(sys.executable), "-m", "reader"]


def exec_quote(arg: str) -> str:
    """One Exec argument, quoted as the Desktop Entry spec asks (before string escaping)."""
    if "\n" in arg or "\r" in arg:
        raise DesktopInstallError(f"A launcher cannot run a path with a line break: {arg!r}.")
    arg = arg.replace("%", "%%")
    if arg and not any(c in _EXEC_RESERVED for c in arg):
        return arg
    inner = "".join("\\" + c if c in _EXEC_ESCAPED_IN_QUOTES else c for c in arg)
    return f'"{inner}"'


def _escape_string(value: str) -> str:
    """Escape a value of type string in a desktop file (backslash first)."""
    return value.replace("\\", "\\\\").replace("\t", "\\t")


def exec_value(command: Sequence[str], field_code: str = "%F") -> str:
    """The Exec= value that runs ``command`` with the files to open."""
    quoted = " ".join(exec_quote(arg) for arg in command)
    return _escape_string(f"{quoted} {field_code}" if field_code else quoted)


def render_desktop_entry(template: str, command: Sequence[str]) -> str:
    """The bundled .desktop text with Exec and TryExec pointing at ``command``."""
    if not command:
        raise DesktopInstallError("A launcher needs a command to run.")
    lines = []
    group = ""
    for line in template.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            group = stripped
        elif group == "[Desktop Entry]" and stripped.startswith("Exec="):
            field_code = "%F" if "%F" in stripped else ""
            line = "Exec=" + exec_value(command, field_code)
        elif group == "[Desktop Entry]" and stripped.startswith("TryExec="):
            line = "TryExec=" + _escape_string(command[0])
        lines.append(line)
    return "\n".join(lines) + "\n"


def install_plan(data_home: Path, root: Path | None = None) -> list[tuple[Path, Path]]:
    """(bundled file, installed path) for the menu entry and every icon, in install order."""
    plan = [(desktop_entry_file(root), data_home / "applications" / DESKTOP_FILE)]
    hicolor = data_home / "icons" / "hicolor"
    for folder, source in icon_files(root).items():
        plan.append((source, hicolor / folder / "apps" / source.name))
    return plan


def install_desktop(
    data_home: Path | None = None,
    command: Sequence[str] | None = None,
    *,
    refresh: bool = True,
) -> DesktopChange:
    """Install the menu entry and icons for the current user; returns what was written."""
    _require_xdg_platform()
    home = data_home or xdg_data_home()
    cmd = list(command) if command is not None else parallax_command()
    written: list[Path] = []
    try:
        for source, target in install_plan(home):
            if not source.is_file():
                raise DesktopInstallError(f"The bundled file {source} is missing.")
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.suffix == ".desktop":
                text = render_desktop_entry(source.read_text(encoding="utf-8"), cmd)
                _write_atomically(target, text.encode("utf-8"))
            else:
                _write_atomically(target, source.read_bytes())
            written.append(target)
    except OSError as exc:
        raise DesktopInstallError(f"Cannot write {exc.filename or home}: {exc.strerror}.") from exc
    refreshed = _refresh_caches(home) if refresh else ()
    return DesktopChange("install", home, tuple(written), tuple(cmd), refreshed)


def uninstall_desktop(data_home: Path | None = None, *, refresh: bool = True) -> DesktopChange:
    """Remove the menu entry and icons install_desktop writes; returns what was removed."""
    _require_xdg_platform()
    home = data_home or xdg_data_home()
    removed: list[Path] = []
    try:
        for _source, target in install_plan(home):
            if target.is_file() or target.is_symlink():
                target.unlink()
                removed.append(target)
    except OSError as exc:
        raise DesktopInstallError(f"Cannot remove {exc.filename}: {exc.strerror}.") from exc
    _prune_icon_folders(home)
    refreshed = _refresh_caches(home) if refresh and removed else ()
    return DesktopChange("uninstall", home, tuple(removed), (), refreshed)


def _prune_icon_folders(data_home: Path) -> None:
    """Remove the ``<size>/apps`` folders install_desktop made, if they are now empty."""
    hicolor = data_home / "icons" / "hicolor"
    for folder in icon_files():
        for empty in (hicolor / folder / "apps", hicolor / folder):
            try:
                empty.rmdir()
            except OSError:  # not empty (other programs' icons) or not there
                break


def _require_xdg_platform() -> None:
    if sys.platform in ("win32", "darwin"):
        raise DesktopInstallError(
            "install-desktop is for Linux and BSD desktops (XDG); "
            "on this system, start Parallax with the parallax command."
        )


def _write_atomically(target: Path, data: bytes) -> None:
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(data)
    partial.chmod(0o644)
    os.replace(partial, target)


def _refresh_caches(data_home: Path) -> tuple[str, ...]:
    """Run the desktop's cache tools that exist here; a missing tool is not an error."""
    ran: list[str] = []
    applications = data_home / "applications"
    if applications.is_dir() and _run_tool("update-desktop-database", "-q", str(applications)):
        ran.append("update-desktop-database")
    hicolor = data_home / "icons" / "hicolor"
    if hicolor.is_dir():
        # Icon themes notice a changed folder by its time stamp (as xdg-icon-resource does).
        os.utime(hicolor)
        # Only refresh a cache that is already there: creating one in a user's folder would
        # hide icons other programs add later without refreshing it.
        if (hicolor / "icon-theme.cache").exists() and _run_tool(
            "gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor)
        ):
            ran.append("gtk-update-icon-cache")
    return tuple(ran)


def _run_tool(name: str, *args: str) -> bool:
    """Run a helper program if it is installed; True when it ran and succeeded."""
    path = shutil.which(name)
    if path is None:
        return False
    try:
        done = subprocess.run(
            [path, *args], capture_output=True, timeout=_TOOL_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0
