"""Refresh the interface translations from the code, and compile them (``make translations``).

    python packaging/update_translations.py          # update the .ts files, compile the .qm
    python packaging/update_translations.py --check  # fail if anything is stale or untranslated

pyside6-lupdate reads every ``tr()``, ``translate()`` and ``QT_TRANSLATE_NOOP()`` in
``reader/ui/*.py`` and merges them into ``reader/ui/translations/parallax_{de,it,pt}.ts``: new
strings arrive unfinished, translated ones are kept, strings gone from the code are dropped.
``parallax_en.ts`` holds only the English plural forms ("%n document(s)"). Locations are
not recorded, so moving code around leaves the ``.ts`` files alone. pyside6-lrelease then
compiles each ``.ts`` into the ``.qm`` that ships (committed, so neither CI nor a wheel build
needs the tools). Translate in Qt Linguist (``pyside6-linguist``) or in any text editor.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "reader" / "ui"
I18N = UI / "translations"
TRANSLATED = ("de", "it", "pt")
CATALOGS = ("en", *TRANSLATED)  # en: plural forms only


def tool(name: str) -> Path | None:
    """pyside6-lupdate / pyside6-lrelease beside this Python, on PATH, or in PySide6."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return beside
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    try:
        import PySide6
    except ImportError:
        return None
    bundled = Path(PySide6.__file__).parent / name
    return bundled if bundled.exists() else None


def sources() -> list[Path]:
    """The files whose strings are translated."""
    return sorted(UI.glob("*.py"))


def run(command: list[str | Path]) -> str:
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True,
                          check=False, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def lupdate(ts: Path, language: str, files: list[Path] | None = None) -> None:
    """Merge the strings of ``files`` (default: reader/ui/*.py) into ``ts``."""
    program = tool("lupdate")
    if program is None:
        raise RuntimeError("pyside6-lupdate not found (pip install PySide6-Essentials)")
    command: list[str | Path] = [
        program, *(files or sources()), "-ts", ts, "-target-language", language,
        "-source-language", "en", "-locations", "none", "-no-obsolete", "-silent",
    ]
    if language == "en":
        command.append("-pluralonly")
    run(command)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` (unfinished messages are left out)."""
    program = tool("lrelease")
    if program is None:
        raise RuntimeError("pyside6-lrelease not found (pip install PySide6-Essentials)")
    run([program, "-silent", ts, "-qm", qm])


def unfinished(ts: Path) -> list[str]:
    """Sources of messages without a finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else (
            [f.text or "" for f in translation.findall("numerusform")]
            or [translation.text or ""])
        if (translation is None or translation.get("type") in ("unfinished", "vanished",
                                                               "obsolete")
                or not all(form.strip() for form in forms)):
            missing.append(message.findtext("source") or "")
    return missing


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in CATALOGS:
        ts = I18N / f"parallax_{language}.ts"
        lupdate(ts, language)
        lrelease(ts, I18N / f"parallax_{language}.qm")
        missing = unfinished(ts)
        print(f"{ts.relative_to(REPO)}: {len(missing)} untranslated")
        for source in missing:
            print(f"    {source!r}")


def check() -> int:
    """Nonzero when a .ts is behind the code, a string is untranslated or a .qm is stale."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in CATALOGS:
            ts = I18N / f"parallax_{language}.ts"
            fresh = Path(scratch) / ts.name
            shutil.copy(ts, fresh)
            lupdate(fresh, language)
            if fresh.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name} is behind the code: run make translations")
            problems += [f"{ts.name}: untranslated {s!r}" for s in unfinished(fresh)]
            qm = Path(scratch) / f"parallax_{language}.qm"
            lrelease(ts, qm)
            if qm.read_bytes() != (I18N / qm.name).read_bytes():
                problems.append(f"{qm.name} is stale: run make translations")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing, report problems")
    args = parser.parse_args()
    if args.check:
        return check()
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
