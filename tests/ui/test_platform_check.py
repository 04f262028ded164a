"""Missing Qt system libraries or no display: one sentence, never Qt's abort."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

from reader.ui import platform_check
from reader.ui.platform_check import XCB_LIBRARIES, window_problem
from tests.conftest import REPO


def loader_without(*absent: str):  # type: ignore[no-untyped-def]
    def load(name: str) -> object:
        if name in absent or Path(name).name in absent:
            raise OSError(f"{name}: cannot open shared object file: No such file or directory")
        return object()
    return load


X11 = {"DISPLAY": ":0"}


def test_missing_libraries_are_named_with_their_apt_and_dnf_packages() -> None:
    problem = window_problem(X11, loader_without("libxcb-cursor.so.0", "libxcb-icccm.so.4"),
                             plugin=None)
    assert problem is not None
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4" in problem
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in problem
    assert "sudo dnf install xcb-util-cursor xcb-util-wm" in problem
    assert "parallax --help" in problem
    assert problem.count(".") >= 1 and "\n" not in problem  # one sentence, one line


def test_a_library_the_table_does_not_know_is_named_from_the_loader(tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")

    def load(name: str) -> object:
        if name == str(plugin):
            raise OSError("libfoo-x11.so.3: cannot open shared object file: No such file")
        return object()

    problem = window_problem(X11, load, plugin=plugin)
    assert problem is not None and "libfoo-x11.so.3" in problem
    assert "the package that provides libfoo-x11.so.3" in problem


def test_no_display_and_other_platforms() -> None:
    everything = loader_without()
    assert "DISPLAY is not set" in (window_problem({}, everything, plugin=None) or "")
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}, loader_without(*XCB_LIBRARIES)) \
        is None
    wayland = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert window_problem(wayland, loader_without(*XCB_LIBRARIES)) is None


def test_an_unreachable_x_server_is_detected_through_libxcb() -> None:
    try:
        ctypes.CDLL("libxcb.so.1")
    except OSError:  # without libxcb nothing can be asked: Qt is left to try
        assert platform_check.display_reachable(":97531")
    else:
        assert not platform_check.display_reachable(":97531")
    assert platform_check.display_reachable(":0", loader_without("libxcb.so.1"))


def _really_missing() -> list[str]:
    """What the dynamic linker says the installed xcb plugin lacks (ldd), on this machine."""
    plugin = platform_check.xcb_plugin()
    assert plugin is not None, "PySide6 ships the xcb plugin"
    ldd = shutil.which("ldd")
    assert ldd is not None
    out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=True).stdout
    return sorted({line.split()[0] for line in out.splitlines() if "not found" in line})


def test_parallax_says_what_to_install_instead_of_aborting() -> None:
    """The real program on this machine: missing libraries named, or the display refused."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":97531", PARALLAX_DATA_DIR=os.environ["PARALLAX_DATA_DIR"])
    done = subprocess.run([sys.executable, "-m", "reader"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("parallax: The window cannot open")
    assert "could not load the Qt platform plugin" not in done.stderr
    missing = _really_missing()
    if missing:
        for soname in missing:
            assert soname in lines[0]
            assert XCB_LIBRARIES[soname][0] in lines[0]
    else:
        assert "no X server answers on display :97531" in lines[0]
