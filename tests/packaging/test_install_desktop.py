"""parallax install-desktop: the menu entry and icons in the user's XDG folders, and back."""

from __future__ import annotations

import argparse
import configparser
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import build_parser, desktop_cmds
from reader.core import desktop
from reader.core.desktop import (
    APP_ID,
    DesktopInstallError,
    exec_value,
    install_desktop,
    install_plan,
    parallax_command,
    render_desktop_entry,
    uninstall_desktop,
)
from tests.conftest import REPO

FAKE_PARALLAX = ["/opt/parallax/bin/parallax"]


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def installed_entry(data_home: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(data_home / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def all_files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="parallax")
    desktop_cmds.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(list(argv))
    status = args.handler(args, None)
    return status, capsys.readouterr().out


def test_install_writes_entry_and_every_icon(data_home: Path) -> None:
    change = install_desktop(command=FAKE_PARALLAX, refresh=False)
    assert change.data_home == data_home
    assert set(change.files) == {target for _source, target in install_plan(data_home)}
    for source, target in install_plan(data_home):
        assert target.is_file()
        if target.suffix != ".desktop":
            assert target.read_bytes() == source.read_bytes()
    assert (data_home / "icons/hicolor/16x16/apps" / f"{APP_ID}.png").is_file()
    assert (data_home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    entry = installed_entry(data_home)
    assert entry["Exec"] == "/opt/parallax/bin/parallax %F"
    assert entry["TryExec"] == "/opt/parallax/bin/parallax"
    assert entry["Icon"] == APP_ID


def test_uninstall_removes_exactly_what_install_wrote(data_home: Path) -> None:
    foreign_entry = data_home / "applications" / "other.desktop"
    foreign_icon = data_home / "icons/hicolor/16x16/apps/other.png"
    for path in (foreign_entry, foreign_icon):
        path.parent.mkdir(parents=True)
        path.write_text("not ours")
    before = all_files(data_home)
    installed = install_desktop(command=FAKE_PARALLAX, refresh=False)
    removed = uninstall_desktop(refresh=False)
    assert set(removed.files) == set(installed.files)
    assert all_files(data_home) == before
    # Folders only Parallax used are gone; shared ones stay.
    assert not (data_home / "icons/hicolor/256x256").exists()
    assert (data_home / "icons/hicolor/16x16/apps").is_dir()


def test_uninstall_when_not_installed_removes_nothing(data_home: Path) -> None:
    change = uninstall_desktop(refresh=False)
    assert change.files == () and change.refreshed == ()


def test_reinstall_overwrites_in_place(data_home: Path) -> None:
    install_desktop(command=["/old/parallax"], refresh=False)
    install_desktop(command=FAKE_PARALLAX, refresh=False)
    assert installed_entry(data_home)["Exec"] == "/opt/parallax/bin/parallax %F"
    assert not list(data_home.rglob(".*.partial"))


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["/usr/bin/parallax"], "/usr/bin/parallax %F"),
        (["/home/a b/venv/bin/parallax"], '"/home/a b/venv/bin/parallax" %F'),
        (["/opt/100%/parallax"], "/opt/100%%/parallax %F"),
        (["/opt/$x/parallax"], '"/opt/\\\\$x/parallax" %F'),
        (["/usr/bin/python3", "-m", "reader"], "/usr/bin/python3 -m reader %F"),
    ],
)
def test_exec_quoting(command: list[str], expected: str) -> None:
    assert exec_value(command) == expected


def test_exec_refuses_a_line_break() -> None:
    with pytest.raises(DesktopInstallError):
        exec_value(["/tmp/a\nb"])


def test_installed_entry_with_awkward_path_validates(data_home: Path) -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    install_desktop(command=["/home/José Müller/my apps/parallax"], refresh=False)
    target = data_home / "applications" / f"{APP_ID}.desktop"
    done = subprocess.run(
        ["desktop-file-validate", str(target)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert installed_entry(data_home)["Exec"] == '"/home/José Müller/my apps/parallax" %F'


def test_render_keeps_everything_but_exec() -> None:
    template = "[Desktop Entry]\nName=P\nTryExec=parallax\nExec=parallax %F\n[Other]\nExec=x\n"
    rendered = render_desktop_entry(template, ["/a/parallax"])
    assert rendered.splitlines() == [
        "[Desktop Entry]", "Name=P", "TryExec=/a/parallax", "Exec=/a/parallax %F",
        "[Other]", "Exec=x",
    ]


def test_refresh_runs_update_desktop_database_when_present(data_home: Path) -> None:
    if shutil.which("update-desktop-database") is None:
        pytest.skip("update-desktop-database is not installed (Debian: desktop-file-utils)")
    change = install_desktop(command=FAKE_PARALLAX)
    assert "update-desktop-database" in change.refreshed
    cache = (data_home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"text/markdown={APP_ID}.desktop;" in cache


def test_missing_tools_are_not_an_error(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    monkeypatch.setenv("PATH", str(empty_bin))
    assert install_desktop(command=FAKE_PARALLAX).refreshed == ()
    assert uninstall_desktop().refreshed == ()


def test_an_existing_icon_cache_is_refreshed(data_home: Path) -> None:
    if shutil.which("gtk-update-icon-cache") is None:
        pytest.skip("gtk-update-icon-cache is not installed")
    hicolor = data_home / "icons" / "hicolor"
    hicolor.mkdir(parents=True)
    (hicolor / "icon-theme.cache").write_bytes(b"")
    change = install_desktop(command=FAKE_PARALLAX)
    assert "gtk-update-icon-cache" in change.refreshed
    assert (hicolor / "icon-theme.cache").stat().st_size > 0


def test_no_icon_cache_is_created(data_home: Path) -> None:
    install_desktop(command=FAKE_PARALLAX)
    assert not (data_home / "icons" / "hicolor" / "icon-theme.cache").exists()


def test_unwritable_data_home_is_one_sentence(data_home: Path) -> None:
    data_home.parent.mkdir(parents=True, exist_ok=True)
    data_home.write_text("a file where a folder should be")
    with pytest.raises(DesktopInstallError, match=r"^Cannot write .*\.$"):
        install_desktop(command=FAKE_PARALLAX, refresh=False)


def test_xdg_data_home_falls_back_when_unset_or_relative(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DATA_HOME")
    assert desktop.xdg_data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert desktop.xdg_data_home() == tmp_path / ".local" / "share"


def test_command_is_the_running_parallax(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    script = tmp_path / "bin" / "parallax"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setattr(sys, "argv", [str(script), "install-desktop"])
    assert parallax_command() == [str(script)]
    monkeypatch.setattr(sys, "argv", ["parallax", "install-desktop"])
    monkeypatch.setenv("PATH", str(script.parent))
    assert parallax_command() == [str(script)]


def test_command_falls_back_to_this_interpreter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", [str(REPO / "reader" / "__main__.py")])
    monkeypatch.setattr(sys, "executable", "/nowhere/bin/python3")
    assert parallax_command() == ["/nowhere/bin/python3", "-m", "reader"]


def test_command_of_a_frozen_build_is_the_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/parallax/parallax")
    assert parallax_command() == ["/opt/parallax/parallax"]


# --- the subcommand ---------------------------------------------------------------------


def test_cli_json_install_and_uninstall(
    capsys: pytest.CaptureFixture[str], data_home: Path
) -> None:
    status, out = run_cli(capsys, "install-desktop", "--json")
    data = json.loads(out)
    assert status == 0
    assert data["action"] == "install" and data["app_id"] == APP_ID
    assert data["data_home"] == str(data_home)
    assert len(data["files"]) == 9 and all(Path(f).is_file() for f in data["files"])
    assert data["exec"] and Path(data["exec"][0]).is_absolute()
    status, out = run_cli(capsys, "install-desktop", "--uninstall", "--json")
    removed = json.loads(out)
    assert status == 0 and removed["action"] == "uninstall" and removed["exec"] is None
    assert sorted(removed["files"]) == sorted(data["files"])
    assert not any(Path(f).exists() for f in data["files"])


def test_cli_text_says_where(capsys: pytest.CaptureFixture[str], data_home: Path) -> None:
    status, out = run_cli(capsys, "install-desktop")
    assert status == 0
    assert out.startswith(f"Installed Parallax in the application menu ({data_home}):")
    assert f"{data_home}/applications/{APP_ID}.desktop" in out
    assert "The menu entry runs: /" in out
    status, out = run_cli(capsys, "install-desktop", "--uninstall")
    assert out.startswith("Removed Parallax from the application menu")
    status, out = run_cli(capsys, "install-desktop", "--uninstall")
    assert status == 0 and out.startswith("Nothing to remove")


def test_wired_into_parallax(data_home: Path, tmp_path: Path) -> None:
    """End to end through ``python -m reader``."""
    assert "install-desktop" in build_parser().format_help()
    env = {**os.environ, "PARALLAX_DATA_DIR": str(tmp_path / "library")}
    done = subprocess.run(
        [sys.executable, "-m", "reader", "install-desktop", "--json"],
        cwd=REPO, env=env, capture_output=True, text=True, check=False, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["data_home"] == str(data_home)
    assert (data_home / "applications" / f"{APP_ID}.desktop").is_file()
