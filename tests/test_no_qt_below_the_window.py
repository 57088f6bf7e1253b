"""core, the emulator and the CLI are the engine: importing them loads no Qt at all."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import tiket_gui.core


def test_cli_core_and_emulator_load_no_pyside6() -> None:
    modules = [
        "tiket_gui.cli",
        "tiket_gui.emulator",
        "tiket_gui.emulator.server",
        "tiket_gui.emulator.answers",
        *(f"tiket_gui.core.{info.name}" for info in pkgutil.iter_modules(tiket_gui.core.__path__)),
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert "tiket_gui.core.wording" in modules and "tiket_gui.core.redact" in modules
