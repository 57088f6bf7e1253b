"""The emulator as a client sees it on the wire: the docs' rules, tokens, errors, faults."""

from __future__ import annotations

import http.client
import logging
from collections.abc import Iterator
from urllib.parse import urlencode, urlsplit

import pytest

from tests.conftest import PARTNER_ID, PARTNER_NAME, SECRET
from tiket_gui.core.formats import Format, parse
from tiket_gui.emulator import FAULTS, EmulatorConfig, RunningEmulator, start_in_thread

UA = f"twh:{PARTNER_ID};{PARTNER_NAME};"


def _get(
    base_url: str, params: dict[str, str], headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=5)
    try:
        conn.request("GET", f"/apiv1/payexpress?{urlencode(params)}", headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def _token_call(base_url: str, output: str = "json", **extra: str) -> tuple[int, bytes]:
    params = {"method": "getToken", "secretkey": SECRET, "output": output, **extra}
    status, _, body = _get(base_url, params, {"User-Agent": UA})
    return status, body


@pytest.mark.parametrize(
    "agent", ["", "Mozilla/5.0", "twh:123;Partner", "twh:;Partner;", "twh:123;Partner;extra"]
)
def test_missing_or_malformed_user_agent_is_blocked_with_html(
    emulator: RunningEmulator, agent: str
) -> None:
    params = {"method": "getToken", "secretkey": SECRET}
    status, headers, body = _get(emulator.base_url, params, {"User-Agent": agent})
    assert status == 403
    assert headers["Content-Type"].startswith("text/html")
    assert b"<html>" in body


def test_default_output_is_print_r(emulator: RunningEmulator) -> None:
    status, body = _token_call(emulator.base_url, output="")
    assert status == 200 and body.startswith(b"Array\n(\n")
    assert parse(body, Format.ARRAY).tree["output_type"] == "array"


def test_same_token_across_formats_until_renewed(emulator: RunningEmulator) -> None:
    tokens = {
        parse(_token_call(emulator.base_url, fmt.value)[1], fmt).tree["token"] for fmt in Format
    }
    assert len(tokens) == 1
    old = tokens.pop()
    renewed = {
        parse(_token_call(emulator.base_url, fmt.value, token=old)[1], fmt).tree["token"]
        for fmt in Format
    }
    assert len(renewed) == 1 and old not in renewed
    assert parse(_token_call(emulator.base_url)[1], Format.JSON).tree["token"] in renewed


def test_unknown_token_to_renew_is_an_error_answer(emulator: RunningEmulator) -> None:
    _, body = _token_call(emulator.base_url, token="f" * 40, lang="en")
    tree = parse(body, Format.JSON).tree
    assert tree["diagnostic"]["status"] == 201
    assert tree["diagnostic"]["error_msgs"] == "Token is not valid or has expired"
    assert "token" not in tree


def test_bad_secret_and_method_are_error_answers_with_status_200(
    emulator: RunningEmulator,
) -> None:
    status, _, body = _get(
        emulator.base_url,
        {"method": "getToken", "secretkey": "wrong-secret", "output": "xml"},
        {"User-Agent": UA},
    )
    tree = parse(body, Format.XML).tree
    assert status == 200 and tree["diagnostic"]["status"] == "201"
    assert "confirm" not in tree["diagnostic"]
    _, _, body = _get(emulator.base_url, {"method": "nope", "output": "json"}, {"User-Agent": UA})
    assert parse(body, Format.JSON).tree["diagnostic"]["status"] == 201


def test_default_secret_rule() -> None:
    config = EmulatorConfig()
    assert config.accepts("demo-secret-1") and config.accepts("a" * 128)
    assert not config.accepts("short") and not config.accepts("has space1")
    assert EmulatorConfig(secrets=("only",)).accepts("only")


def test_token_expires_after_ttl() -> None:
    running = start_in_thread(config=EmulatorConfig(secrets=(SECRET,), token_ttl_s=0.05))
    try:
        first = parse(_token_call(running.base_url)[1], Format.JSON).tree["token"]
        running.server.stopping.wait(0.1)
        second = parse(_token_call(running.base_url)[1], Format.JSON).tree["token"]
    finally:
        running.stop()
    assert first != second


def test_lang_changes_the_diagnostic(emulator: RunningEmulator) -> None:
    tree = parse(_token_call(emulator.base_url, lang="en")[1], Format.JSON).tree
    assert tree["diagnostic"]["lang"] == "en"


@pytest.fixture
def quiet_emulator() -> Iterator[RunningEmulator]:
    running = start_in_thread(config=EmulatorConfig(secrets=(SECRET,)))
    yield running
    running.stop()


@pytest.mark.parametrize(
    ("fault", "status"),
    [
        ("http500", 500),
        ("html", 200),
        ("empty", 200),
        ("garbage", 200),
        ("xml-bomb", 200),
        ("redirect", 302),
        ("huge=0.5", 200),
        ("wide=0.5", 200),
        ("bad-utf8", 200),
    ],
)
def test_fault_by_request_header(quiet_emulator: RunningEmulator, fault: str, status: int) -> None:
    params = {"method": "getToken", "secretkey": SECRET, "output": "serialize"}
    got, headers, body = _get(
        quiet_emulator.base_url, params, {"User-Agent": UA, "X-Emulator-Fault": fault}
    )
    assert got == status
    if fault == "huge=0.5":
        assert len(body) > 500_000 and parse(body, Format.SERIALIZE).tree["padding"]
    if fault == "wide=0.5":
        records = parse(body, Format.SERIALIZE).tree["records"]
        assert len(records) > 4000 and records[0]["airline"] == "Garuda Indonesia"
    if fault == "bad-utf8":
        parsed = parse(body, Format.SERIALIZE)
        assert not parsed.lenient and "UTF-8" in parsed.warnings[0]
    if fault == "redirect":
        assert headers["Location"].startswith("http://redirected.invalid/")


def test_unknown_fault_is_refused(quiet_emulator: RunningEmulator) -> None:
    status, _, body = _get(quiet_emulator.base_url, {}, {"X-Emulator-Fault": "meteor"})
    assert status == 400 and b"meteor" in body


def test_every_fault_is_documented() -> None:
    assert set(FAULTS) == {
        "slow",
        "timeout",
        "trickle",
        "http500",
        "html",
        "empty",
        "truncate",
        "garbage",
        "huge",
        "wide",
        "xml-bomb",
        "bad-utf8",
        "drop",
        "redirect",
    }


def test_stop_ends_a_request_that_waits_forever() -> None:
    running = start_in_thread(config=EmulatorConfig(fault="timeout"))
    parts = urlsplit(running.base_url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=5)
    conn.request("GET", "/apiv1/payexpress")
    running.stop()
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        conn.getresponse()
    conn.close()


def test_log_masks_the_secret(
    quiet_emulator: RunningEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tiket_gui.emulator")
    _token_call(quiet_emulator.base_url)
    logged = caplog.text
    assert "secretkey=***" in logged and "demo-secret" not in logged


def test_binds_loopback_and_unpacks() -> None:
    running = start_in_thread()
    base_url, stop = running
    try:
        assert base_url.startswith("http://127.0.0.1:")
    finally:
        stop()
