"""The secret sweep: a scripted session over the faults with DEBUG logging, then every place
the secret could have gone is searched for it."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from tests.ui.conftest import fetch, use_custom_url
from tiket_gui.app import setup_logging
from tiket_gui.emulator import FAULTS, EmulatorConfig, RunningEmulator, start_in_thread
from tiket_gui.ui.main_window import MainWindow

SWEEP_SECRET = "Sweep-Secret_7&+ q#"
SPELLINGS = [
    s.encode() for s in {SWEEP_SECRET, quote_plus(SWEEP_SECRET), quote(SWEEP_SECRET, safe="")}
]
BIN = Path(sys.executable).parent


@pytest.fixture
def debug_log_file(_app_folders: Path) -> Iterator[None]:
    root = logging.getLogger()
    before_handlers, before_level = list(root.handlers), root.level
    setup_logging()
    root.setLevel(logging.DEBUG)
    yield
    for handler in root.handlers:
        if handler not in before_handlers:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(before_level)


def _leaks(data: bytes) -> bool:
    return any(spelling in data for spelling in SPELLINGS)


def _command_lines() -> bytes:
    found = b""
    for path in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            found += path.read_bytes() + b"\n"
        except OSError:
            continue
    return found


@pytest.mark.usefixtures("debug_log_file")
def test_the_secret_appears_nowhere(
    qtbot: QtBot,
    _app_folders: Path,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    emulators: list[RunningEmulator] = []

    def serve(fault: str = "") -> str:
        running = start_in_thread(config=EmulatorConfig(secrets=(SWEEP_SECRET,), fault=fault))
        emulators.append(running)
        return running.base_url

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.history is not None)
    panel = window.request_panel
    panel.secret_edit.setText(SWEEP_SECRET)
    exports = tmp_path / "exports"
    exports.mkdir()
    try:
        use_custom_url(window, serve())
        fetch(qtbot, window)
        assert window.answer_pane.token_edit.text()
        window.answer.copy_token()
        window.renew_token()
        qtbot.waitUntil(lambda: not window.fetching, timeout=10_000)
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Sweep", True))
        window.profiles.save_current()
        window.profiles.export_to(exports / "profiles.json")
        record = window.shown_record
        assert record is not None
        for kind in ("md", "html", "csv"):
            window.files.write_report(exports / f"report.{kind}", kind, record)

        for fault in FAULTS:
            if fault in ("timeout", "huge"):
                continue
            spec = {"trickle": "trickle=1", "slow": "slow=200", "wide": "wide=0.05"}.get(
                fault, fault
            )
            use_custom_url(window, serve(spec))
            fetch(qtbot, window, timeout=20_000)
        use_custom_url(window, serve("timeout"))
        qtbot.mouseClick(panel.fetch_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(window.fetchCancelled, timeout=2000):
            window.fetcher.cancel()
        qtbot.waitUntil(lambda: window.runner.active == 0, timeout=2000)

        for kind in ("curl", "python"):
            window.files.copy_request(kind)
            assert not _leaks(QGuiApplication.clipboard().text().encode())
        assert not _leaks(window.windowTitle().encode())

        # the command line and the emulator, watched in the process list while they run
        secret_file = tmp_path / "secrets.txt"
        secret_file.write_text(SWEEP_SECRET + "\n")
        emulator = subprocess.Popen(
            [
                BIN / "tiket-emulator",
                "--port",
                "0",
                "--secret-file",
                str(secret_file),
                "--fault",
                "slow=1500",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert emulator.stdout is not None
        url = emulator.stdout.readline().split(" serving on ")[1].split()[0]
        cli = subprocess.Popen(
            [
                BIN / "tiket-token",
                "get",
                "--env",
                url,
                "--partner-id",
                "1",
                "--partner-name",
                "Sweep",
                "--format",
                "all",
                "--print",
                "json",
                "--debug",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={"TIKET_SECRET_KEY": SWEEP_SECRET, "PATH": "/usr/bin:/bin"},
        )
        time.sleep(0.5)  # let the call be in flight while the process list is read
        assert not _leaks(_command_lines())
        cli_out, cli_err = cli.communicate(timeout=30)
        emulator.terminate()
        emulator_out, emulator_err = emulator.communicate(timeout=10)
        assert cli.returncode == 0, cli_err
        for data in (cli_out, cli_err, emulator_out.encode(), emulator_err.encode()):
            assert not _leaks(data)
        assert b"secretkey=***" in emulator_err.encode()
    finally:
        window.close()
        for running in emulators:
            running.stop()

    out, err = capfd.readouterr()
    assert not _leaks((out + err).encode())
    leaking = [
        str(path)
        for folder in (_app_folders, exports)
        for path in folder.rglob("*")
        if path.is_file() and _leaks(path.read_bytes())
    ]
    assert leaking == []
    logs = list(_app_folders.rglob("tiket-gui.log"))
    assert logs and b"secretkey=***" in logs[0].read_bytes()  # urllib3 did log at DEBUG
