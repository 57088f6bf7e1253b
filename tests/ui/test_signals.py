"""Ctrl+C in the terminal and SIGTERM close the window as File > Quit does."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _wait_for(condition: object, timeout: float) -> bool:
    """Poll a condition of another process (its files); no Qt signal reaches across."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_closes_the_window_and_saves_what_it_holds(
    number: signal.Signals, _app_folders: Path
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with subprocess.Popen(
        [sys.executable, "-m", "tiket_gui"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        try:
            # the history opens once the workbench is up: the window is listening by then
            assert _wait_for(lambda: bool(list(_app_folders.rglob("history.sqlite3"))), 20)
            process.send_signal(number)
            code = process.wait(timeout=10)
            errors = process.stderr.read() if process.stderr else ""
        finally:
            if process.poll() is None:
                process.kill()
    assert code == 0, errors
    assert list(_app_folders.rglob("settings.json"))  # saved on the way out, as Quit does
