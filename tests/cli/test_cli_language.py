"""The CLI's sentences in Bahasa Indonesia under an id locale; the API's words as sent."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from tests.conftest import PARTNER_ID, PARTNER_NAME, SECRET
from tiket_gui.cli import ExitStatus, token_main
from tiket_gui.emulator import RunningEmulator

GET_EMULATOR = [
    "get",
    "--env",
    "emulator",
    "--partner-id",
    PARTNER_ID,
    "--partner-name",
    PARTNER_NAME,
]
GET_EMULATOR = ["get", "--env", "emulator", "--partner-id", PARTNER_ID]
GET_EMULATOR += ["--partner-name", PARTNER_NAME]
CLI = "from tiket_gui.cli import token_main; raise SystemExit(token_main())"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_failure_is_said_in_indonesian_under_an_id_locale(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    monkeypatch.setenv("TIKET_SECRET_KEY", SECRET)
    port = _closed_port()
    status = token_main(
        ["get", "--env", f"http://127.0.0.1:{port}", "--partner-id", PARTNER_ID,
         "--partner-name", PARTNER_NAME, "--timeout", "3"]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert status == ExitStatus.NETWORK
    assert f"Tidak dapat terhubung ke 127.0.0.1:{port}: koneksi ditolak." in err


def test_records_are_counted_in_indonesian_and_the_fields_stay_the_apis(
    emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LC_ALL", "id_ID.UTF-8")
    monkeypatch.setenv("TIKET_SECRET_KEY", SECRET)
    status = token_main(
        ["call", "listCountry", "--env", emulator.base_url, "--partner-id", PARTNER_ID,
         "--partner-name", PARTNER_NAME, "--print", "table"]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert status == ExitStatus.OK
    assert out.splitlines()[0].split() == ["country_id", "country_name", "country_areacode"]
    assert out.rstrip().endswith("entri)")


def test_a_real_process_under_lang_id_speaks_indonesian() -> None:
    environ = {key: value for key, value in os.environ.items() if not key.startswith("LC_")}
    environ.pop("LANGUAGE", None)
    environ.pop("TIKET_SECRET_KEY", None)
    environ["LANG"] = "id_ID.UTF-8"
    done = subprocess.run(
        [sys.executable, "-c", CLI, *GET_EMULATOR],
        input="",
        capture_output=True,
        text=True,
        env=environ,
        timeout=60,
        check=False,
    )
    assert done.returncode == ExitStatus.USAGE
    assert "Tidak ada kunci rahasia" in done.stderr
