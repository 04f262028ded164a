#!/usr/bin/env bash
# Build the one-folder application in dist/parallax/ with PyInstaller.
#
#   packaging/build_pyinstaller.sh          # uses ./.venv (VENV=... to use another)
#   dist/parallax/parallax --version
#
# PyInstaller is a build tool, not a dependency: this script installs it into the venv.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
PYINSTALLER_VERSION="${PYINSTALLER_VERSION:->=6.11}"

"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "pyinstaller${PYINSTALLER_VERSION}"
"$VENV/bin/python" packaging/render_icons.py --check

start=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/parallax.spec
end=$(date +%s)

echo "Built dist/parallax/ in $((end - start)) s, $(du -sh dist/parallax | cut -f1)."
