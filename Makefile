# Two commands for a fresh machine:  `make run` opens Parallax on the bundled articles,
# `make test` runs the whole test suite (what CI runs). Both set everything up first.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: bytecode run test lint typecheck pytest bench screenshots translations wheel pyinstaller pyinstaller-test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The bytecode of an editable install is otherwise compiled by every command-line run when
# PYTHONDONTWRITEBYTECODE is set (about 90 ms of each `parallax search`); up-to-date files
# are skipped, so this costs nothing when nothing changed.
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q reader >/dev/null

run: $(STAMP) bytecode
	$(BIN)/parallax

test: $(STAMP) bytecode lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check reader tests benchmarks packaging

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_library.py

# Refresh reader/ui/translations/*.ts from the code (keeping what is translated), compile the .qm.
translations: $(STAMP)
	$(BIN)/python packaging/update_translations.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/screenshots.py

wheel: $(STAMP)
	$(BIN)/python -m pip wheel --no-deps --wheel-dir dist .

pyinstaller: $(STAMP)
	VENV=$(VENV) packaging/build_pyinstaller.sh

pyinstaller-test: $(STAMP)
	PARALLAX_PYINSTALLER=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/packaging/test_pyinstaller.py

clean:
	rm -rf $(VENV) build dist *.egg-info
