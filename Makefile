# Each target creates .venv and installs the project when missing (or when pyproject.toml changed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test lint translations bench screenshots package package-check install-desktop clean system-deps

run: $(STAMP)
	$(BIN)/tiket-gui

# the keychain tests run against a real Secret Service (gnome-keyring) where one can start
test: $(STAMP)
	@scripts/ensure-system-deps --test-tools
	QT_QPA_PLATFORM=offscreen scripts/with-secret-service $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python scripts/translations check

# After adding or changing a sentence: gathers it into resources/i18n/tiket_gui_id.ts (to be
# translated there) and compiles the .qm the window loads. See resources/i18n/README.md.
translations: $(STAMP)
	$(BIN)/python scripts/translations update

system-deps:
	@scripts/ensure-system-deps

# Speed and memory against baselines taken in the same run (see README, Performance).
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

# Renders the main states of the window to PNG under a virtual X server (needs xvfb).
screenshots: $(STAMP)
	@scripts/ensure-system-deps --desktop-tools
	xvfb-run -a -s "-screen 0 1400x900x24" $(BIN)/python screenshots/render.py screenshots/out

# A one-folder app in dist/tiket-gui, smoke-tested after the build.
package: $(STAMP)
	@scripts/ensure-system-deps --package-tools
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	packaging/build.sh

# The launcher and the AppStream file, validated by the tools desktops use.
package-check:
	@scripts/ensure-system-deps --package-tools
	desktop-file-validate packaging/io.github.tiketgui.TiketGui.desktop
	appstreamcli validate --no-net packaging/io.github.tiketgui.TiketGui.metainfo.xml

install-desktop:
	packaging/install-desktop.sh

$(STAMP): pyproject.toml
	@scripts/ensure-system-deps
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "tiket-gui needs Python 3.11 or newer: set PYTHON=python3.11 (or newer).")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build dist screenshots/out *.egg-info .pytest_cache .mypy_cache .ruff_cache
