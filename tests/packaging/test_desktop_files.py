"""The .desktop file and AppStream metainfo: the validators, and what they must say."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader import __version__
from reader.core.desktop import APP_ID, desktop_entry_file, icon_files, metainfo_file
from reader.core.formats import SUFFIXES
from tests.conftest import REPO

RESOURCES = REPO / "resources"
DESKTOP = desktop_entry_file(RESOURCES)
METAINFO = metainfo_file(RESOURCES)
CHANGELOG = REPO / "CHANGELOG.md"

# The MIME type of every file suffix the importer accepts (shared-mime-info's names).
SUFFIX_MIME = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "application/xhtml+xml",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".epub": "application/epub+zip",
}
DESKTOP_GROUP = "Desktop Entry"
RELEASE_HEADING = re.compile(r"^## \[(\d+\.\d+\.\d+[^\]]*)\] - (\d{4}-\d{2}-\d{2})\s*$", re.M)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser[DESKTOP_GROUP]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def changelog_releases() -> list[tuple[str, str]]:
    return RELEASE_HEADING.findall(CHANGELOG.read_text(encoding="utf-8"))


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (Debian: desktop-file-utils, appstream)")
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)


# --- the validators ---------------------------------------------------------------------


def test_desktop_file_validates() -> None:
    done = run_validator("desktop-file-validate", str(DESKTOP))
    report = done.stdout + done.stderr
    assert done.returncode == 0 and "warning" not in report, report


def test_metainfo_validates() -> None:
    done = run_validator("appstreamcli", "validate", "--no-net", "--strict", str(METAINFO))
    assert done.returncode == 0, done.stdout + done.stderr


def test_installed_tree_validates(tmp_path: Path) -> None:
    """What a distribution package would install: metainfo, menu entry and icons together."""
    share = tmp_path / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy(DESKTOP, share / "applications")
    shutil.copy(METAINFO, share / "metainfo")
    shutil.copytree(RESOURCES / "icons", share / "icons")
    done = run_validator("appstreamcli", "validate-tree", "--no-net", "--strict", str(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr


# --- what the files say -----------------------------------------------------------------


def test_desktop_entry_names_the_app() -> None:
    entry = desktop_entry()
    assert DESKTOP.name == f"{APP_ID}.desktop"
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Parallax"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "parallax %F"  # install-desktop rewrites it to an absolute path
    assert entry["TryExec"] == "parallax"
    assert entry["Terminal"] == "false"


def test_desktop_entry_opens_every_importable_format() -> None:
    missing = [s for s in SUFFIXES if s not in SUFFIX_MIME]
    assert not missing, f"add the MIME type of {missing} here and to the .desktop file"
    mime_types = set(filter(None, desktop_entry()["MimeType"].split(";")))
    assert mime_types == {SUFFIX_MIME[s] for s in SUFFIXES}
    provided = {e.text for e in metainfo().iterfind("provides/mediatype")}
    assert provided == mime_types


def test_mime_types_match_the_systems_database() -> None:
    """Where shared-mime-info is installed, each suffix's main glob is a type we declare."""
    globs = Path("/usr/share/mime/globs2")
    if not globs.is_file():
        pytest.skip("shared-mime-info is not installed")
    best: dict[str, tuple[int, str]] = {}
    for line in globs.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        weight, mime, pattern = line.split(":")[:3]
        suffix = pattern[1:]
        if pattern.startswith("*.") and int(weight) > best.get(suffix, (-1, ""))[0]:
            best[suffix] = (int(weight), mime)
    for suffix in SUFFIXES:
        if suffix in best:
            assert best[suffix][1] == SUFFIX_MIME[suffix], suffix


def test_desktop_translations_cover_the_shipped_languages() -> None:
    entry = desktop_entry()
    for key in ("GenericName", "Comment", "Keywords"):
        for lang in ("de", "it", "pt"):
            assert entry.get(f"{key}[{lang}]"), f"{key}[{lang}]"


def test_metainfo_ids_and_launchable() -> None:
    root = metainfo()
    assert METAINFO.name == f"{APP_ID}.metainfo.xml"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == desktop_entry()["Name"]
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == "parallax"
    assert root.find("content_rating") is not None
    assert [c.text for c in root.iterfind("categories/category")] == [
        c for c in desktop_entry()["Categories"].split(";") if c
    ]


def test_icons_exist_for_the_icon_name() -> None:
    for folder, path in icon_files(RESOURCES).items():
        assert path.is_file(), folder
        assert path.stem == APP_ID


def test_screenshots_are_https_and_rendered() -> None:
    urls = [e.text or "" for e in metainfo().iterfind("screenshots/screenshot/image")]
    assert urls and all(u.startswith("https://") for u in urls)
    prefix = "https://raw.githubusercontent.com/parallax-reader/parallax/main/"
    assert all(u.startswith(prefix) for u in urls)
    missing = [u for u in urls if not (REPO / u.removeprefix(prefix)).is_file()]
    assert not missing, f"the metainfo names screenshots nobody renders: {missing}"


# --- one version, everywhere ------------------------------------------------------------


def test_changelog_newest_release_is_the_version() -> None:
    releases = changelog_releases()
    assert releases, "CHANGELOG.md has no '## [x.y.z] - YYYY-MM-DD' release"
    assert releases[0][0] == __version__
    assert "## [Unreleased]" in CHANGELOG.read_text(encoding="utf-8")


def test_metainfo_releases_match_the_changelog() -> None:
    releases = [(r.get("version"), r.get("date")) for r in metainfo().iterfind("releases/release")]
    assert releases == changelog_releases()
