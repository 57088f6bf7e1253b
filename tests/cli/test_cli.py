"""tiket-token and tiket-emulator, run in-process and as real processes: exit codes and output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PARTNER_ID, PARTNER_NAME, SECRET
from tiket_gui.cli import ExitStatus, emulator_main, token_main
from tiket_gui.emulator import EmulatorConfig, RunningEmulator, start_in_thread

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _get(base_url: str, *extra: str) -> list[str]:
    return [
        "get",
        "--env",
        base_url,
        "--partner-id",
        PARTNER_ID,
        "--partner-name",
        PARTNER_NAME,
        "--timeout",
        "3",
        *extra,
    ]


@pytest.fixture
def secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIKET_SECRET_KEY", SECRET)


@pytest.mark.usefixtures("secret_env")
def test_get_all_formats_prints_four_results_with_one_token(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str]
) -> None:
    status = token_main(_get(emulator.base_url, "--format", "all", "--print", "json"))
    out, err = capsys.readouterr()
    assert status == ExitStatus.OK, err
    results = json.loads(out)
    assert [r["format"] for r in results] == ["json", "xml", "serialize", "array"]
    assert len({r["token"] for r in results}) == 1
    first = results[0]
    assert set(first) >= {
        "env",
        "format",
        "url",
        "http_status",
        "elapsed_ms",
        "diagnostic",
        "output_type",
        "login_status",
        "token",
        "fields",
        "problems",
        "warnings",
    }
    assert first["http_status"] == 200 and first["login_status"] is False
    assert first["diagnostic"]["status"] == 200 and first["url"].count("secretkey=***") == 1
    assert "demo-secret" not in out + err


@pytest.mark.usefixtures("secret_env")
def test_print_token_and_form(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str]
) -> None:
    assert token_main(_get(emulator.base_url, "--print", "token")) == 0
    token = capsys.readouterr().out.strip()
    assert len(token) == 40
    assert token_main(_get(emulator.base_url, "--format", "xml")) == 0
    assert f"token           {token}" in capsys.readouterr().out


@pytest.mark.usefixtures("secret_env")
def test_renew_with_unknown_token_is_an_api_error(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str]
) -> None:
    assert token_main(_get(emulator.base_url, "--renew", "f" * 40, "--lang", "en")) == 1
    assert "Token is not valid" in capsys.readouterr().err


def test_secret_from_file(
    emulator: RunningEmulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret_file = tmp_path / "secret"
    secret_file.write_text(SECRET + "\n")
    assert token_main(_get(emulator.base_url, "--secret-file", str(secret_file))) == 0


def test_no_secret_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert token_main(_get("http://127.0.0.1:9")) == ExitStatus.USAGE
    assert "TIKET_SECRET_KEY" in capsys.readouterr().err


@pytest.mark.usefixtures("secret_env")
@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (_get("http://127.0.0.1:9", "--partner-name", "Pärtner"), "plain ASCII"),
        (_get("http://api.tiket.com"), "only HTTPS"),
        (_get("http://127.0.0.1:9", "--format", "yaml"), "invalid choice"),
        (["get"], "required"),
    ],
)
def test_usage_errors(argv: list[str], words: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert token_main(argv) == ExitStatus.USAGE
    assert words in capsys.readouterr().err


@pytest.mark.usefixtures("secret_env")
def test_network_failure_is_3_with_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    assert token_main(_get("http://127.0.0.1:9")) == ExitStatus.NETWORK
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refused" in err and "Traceback" not in err


@pytest.mark.usefixtures("secret_env")
def test_unreadable_answer_is_4(capsys: pytest.CaptureFixture[str]) -> None:
    running = start_in_thread(config=EmulatorConfig(fault="garbage"))
    try:
        assert token_main(_get(running.base_url, "--print", "json")) == ExitStatus.UNREADABLE
    finally:
        running.stop()
    out, err = capsys.readouterr()
    assert json.loads(out)["error"]["kind"] == "unreadable"
    assert "not valid" in err


def test_env_emulator_runs_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TIKET_SECRET_KEY", "demo-secret-1")  # the default emulator's rule
    assert token_main(_get("emulator", "--format", "serialize", "--print", "json")) == 0
    assert json.loads(capsys.readouterr().out)["env"] == "emulator"


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("getToken.json", "json"), ("getToken.xml", "xml"), ("getToken.serialize.txt", "serialize")],
)
def test_inspect_docs_samples(name: str, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert token_main(["inspect", str(SAMPLES / name), "--print", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["format"] == fmt
    assert result["token"] == "712402a7c363b12d87f6b02749f6f0c91b64c47e"
    assert result["problems"] == []
    assert (fmt == "serialize") == bool(result["warnings"])


def test_inspect_stdin_pretty(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"a":{"b":1}}')))
    assert token_main(["inspect", "-", "--print", "pretty"]) == ExitStatus.UNREADABLE
    assert '"b": 1' in capsys.readouterr().out


def test_inspect_unknown_format_and_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "note.txt"
    text.write_text("hello")
    assert token_main(["inspect", str(text)]) == ExitStatus.UNREADABLE
    assert "--format" in capsys.readouterr().err
    assert token_main(["inspect", str(tmp_path / "missing")]) == ExitStatus.USAGE


def test_inspect_parse_error_names_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_bytes(b"<tiket>\n<token>x</tokn></tiket>")
    assert token_main(["inspect", str(broken)]) == ExitStatus.UNREADABLE
    assert "line 2" in capsys.readouterr().err


def test_emulator_unknown_fault_is_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert emulator_main(["--fault", "meteor"]) == ExitStatus.USAGE


@pytest.fixture
def emulator_process() -> Iterator[str]:
    process = subprocess.Popen(
        [
            Path(sys.executable).parent / "tiket-emulator",
            "--port",
            "0",
            "--secret",
            "demo-secret-1",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    yield line.split(" serving on ")[1].split()[0]
    process.terminate()
    process.communicate(timeout=5)


def test_emulator_and_token_as_real_processes(emulator_process: str) -> None:
    env = dict(os.environ, TIKET_SECRET_KEY="demo-secret-1")
    done = subprocess.run(
        [
            Path(sys.executable).parent / "tiket-token",
            *_get(emulator_process, "--format", "all", "--print", "json"),
        ],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert len(results) == 4 and len({r["token"] for r in results}) == 1


@pytest.mark.parametrize(
    "fault", ["redirect", "http500", "html", "garbage", "truncate", "drop", "bad-utf8"]
)
def test_no_secret_in_cli_output_for_any_fault(
    fault: str, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    monkeypatch.setenv("TIKET_SECRET_KEY", SECRET)
    running = start_in_thread(config=EmulatorConfig(secrets=(SECRET,), fault=fault))
    try:
        for show in ("json", "form", "raw"):
            token_main(_get(running.base_url, "--format", "all", "--print", show, "--debug"))
    finally:
        running.stop()
    out, err = capsysbinary.readouterr()
    for spelling in (SECRET, "demo-secret-1%26", "demo-secret-1&"):
        assert spelling.encode() not in out + err


def _call(base_url: str, name: str, *extra: str) -> list[str]:
    return ["call", name, *_get(base_url, *extra)[1:]]


@pytest.mark.usefixtures("secret_env")
def test_call_fetches_a_token_first_and_prints_the_records(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str]
) -> None:
    assert token_main(_call(emulator.base_url, "listCountry")) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["country_id", "country_name", "country_areacode"]
    assert any(line.startswith("sg") and "Singapore␣" in line for line in lines)
    assert lines[-1] == "(246 records)"


@pytest.mark.usefixtures("secret_env")
def test_call_json_adds_the_call_and_its_records_in_every_format(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str]
) -> None:
    status = token_main(
        _call(emulator.base_url, "getPolicies", "--format", "all", "--print", "json")
    )
    assert status == 0
    results = json.loads(capsys.readouterr().out)
    assert [r["format"] for r in results] == ["json", "xml", "serialize", "array"]
    assert {r["call"] for r in results} == {"getPolicies"}
    assert all(r["records"] == results[0]["records"] for r in results)
    assert [r["channel"] for r in results[0]["records"]][:2] == ["klikbca", "cimbclicks"]
    assert all("secretkey" not in r["url"] for r in results)


def test_an_explicit_token_wins_over_the_environment_and_a_refused_one_exits_1(
    emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TIKET_SECRET_KEY", SECRET)
    assert token_main(_get(emulator.base_url, "--print", "token")) == 0
    token = capsys.readouterr().out.strip()
    monkeypatch.delenv("TIKET_SECRET_KEY")  # a token call needs no secret
    monkeypatch.setenv("TIKET_TOKEN", "f" * 40)
    assert token_main(_call(emulator.base_url, "listLanguage", "--token", token)) == 0
    assert "Indonesian" in capsys.readouterr().out
    assert token_main(_call(emulator.base_url, "listLanguage")) == ExitStatus.API_ERROR
    captured = capsys.readouterr()
    assert "status" in captured.err and "JSON:" in captured.err


def test_call_without_a_token_or_a_secret_says_how_to_give_one(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str]
) -> None:
    assert token_main(_call(emulator.base_url, "listCurrency")) == ExitStatus.USAGE
    assert "TIKET_SECRET_KEY" in capsys.readouterr().err


def test_inspect_reads_a_list_answer_as_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    golden = Path(__file__).resolve().parents[1] / "golden" / "general_api"
    assert token_main(["inspect", str(golden / "listLanguage.xml"), "--print", "table"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["code", "name_long", "name_short"]
    assert "Indonesian" in out and "(2 records)" in out


def test_a_secret_as_an_argument_is_refused_with_the_reason(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str]
) -> None:
    for option in (["--secret", "demo-secret-1"], ["--secret=demo-secret-1"]):
        assert token_main(_get(emulator.base_url, *option)) == ExitStatus.USAGE
        err = capsys.readouterr().err
        assert "every user of this machine" in err and "--secret-file" in err
        assert "demo-secret-1" not in err


def test_long_options_cannot_be_abbreviated(
    emulator: RunningEmulator, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["get", "--env", emulator.base_url, "--partner-id", "1", "--partner-n", "P"]
    assert token_main(arguments) == ExitStatus.USAGE
    assert "--partner-n" in capsys.readouterr().err


def test_an_explicit_secret_file_wins_over_the_environment(
    emulator: RunningEmulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("TIKET_SECRET_KEY", "left-over-wrong-key")
    secret_file = tmp_path / "secret"
    secret_file.write_text(SECRET + "\n")
    arguments = _get(emulator.base_url, "--secret-file", str(secret_file), "--print", "token")
    assert token_main(arguments) == 0
    assert len(capsys.readouterr().out.strip()) == 40


@pytest.mark.parametrize(
    ("name", "words", "status"),
    [
        ("js-notation.json", "JavaScript object notation", ExitStatus.OK),
        ("json-in-a.serialize.txt", "This looks like JSON", ExitStatus.OK),
        ("headless.serialize.txt", "without the `a` of an array", ExitStatus.OK),
        # read, but a getToken answer without its token: exit 4, as before
        ("raw-ampersand.xml", "raw & that start no entity", ExitStatus.UNREADABLE),
    ],
)
def test_inspect_tells_each_repair_in_its_warnings(
    name: str, words: str, status: ExitStatus, capsys: pytest.CaptureFixture[str]
) -> None:
    pasted = Path(__file__).resolve().parents[1] / "golden" / "pasted" / name
    fmt = "serialize" if name.endswith(".serialize.txt") else "auto"
    assert token_main(["inspect", str(pasted), "--format", fmt, "--print", "json"]) == status
    data = json.loads(capsys.readouterr().out)
    assert any(words in warning for warning in data["warnings"])


def test_a_209_answer_heads_its_cli_line_with_the_apis_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "expired.json"
    saved.write_text(
        '{"diagnostic":{"status":209,"error_msgs":"your order has expired please recheck '
        'your order"},"output_type":"json"}'
    )
    assert token_main(["inspect", str(saved)]) == ExitStatus.API_ERROR
    err = capsys.readouterr().err.strip()
    assert err == (
        "tiket-token: JSON: The API answered with status 209: your order has expired please "
        "recheck your order."
    )
