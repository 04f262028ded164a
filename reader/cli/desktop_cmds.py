"""Desktop integration subcommand: install-desktop [--uninstall]."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from .output import emit_json

if TYPE_CHECKING:
    from ..core.desktop import DesktopChange


def register(sub: Any) -> None:
    """Add the desktop subcommands to the parser."""
    p = sub.add_parser(
        "install-desktop",
        help="add Parallax and its icon to this user's application menu",
        description="Install the menu entry and icons into $XDG_DATA_HOME "
        "(~/.local/share) for the current user; the entry runs this parallax.",
    )
    p.add_argument(
        "--uninstall", action="store_true", help="remove what install-desktop installed"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    # needs_library=False: nothing here touches the library (for runners that honour it).
    p.set_defaults(handler=cmd_install_desktop, needs_library=False)


def cmd_install_desktop(args: argparse.Namespace, library: object = None) -> int:
    """Install or remove the menu entry and icons; the library is not used."""
    from ..core.desktop import install_desktop, uninstall_desktop

    change = uninstall_desktop() if args.uninstall else install_desktop()
    if args.json:
        emit_json(change.to_dict())
    else:
        print(describe(change))
    return 0


def describe(change: DesktopChange) -> str:
    """What was installed or removed, and where, in a few lines."""
    lines: list[str] = []
    if change.action == "install":
        lines.append(f"Installed Parallax in the application menu ({change.data_home}):")
        lines += [f"  {path}" for path in change.files]
        lines.append(f"The menu entry runs: {' '.join(change.command)}")
    elif change.files:
        lines.append(f"Removed Parallax from the application menu ({change.data_home}):")
        lines += [f"  {path}" for path in change.files]
    else:
        lines.append(f"Nothing to remove: no Parallax menu entry in {change.data_home}.")
    if change.refreshed:
        lines.append(f"Refreshed: {', '.join(change.refreshed)}.")
    return "\n".join(lines)
