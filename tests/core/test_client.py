"""fetch() against a real emulator: every FetchError kind, each within its deadline, no leaks."""

from __future__ import annotations

import gzip
import logging
import socket
import threading
import time
from collections.abc import Iterator

import pytest

from tests.conftest import SECRET, make_request
from tests.helpers import http_reply, raw_server
from tiket_gui.core.client import CancelHandle, Timeouts, TokenClient, fetch
from tiket_gui.core.errors import FetchError, FetchErrorKind, InputError
from tiket_gui.core.formats import Format, parse
from tiket_gui.emulator import EmulatorConfig, RunningEmulator, start_in_thread

FAST = Timeouts(connect=1, read=1, total=2)


@pytest.fixture
def faulty() -> Iterator[object]:
    started: list[RunningEmulator] = []

    def start(fault: str) -> str:
        running = start_in_thread(config=EmulatorConfig(fault=fault))
        started.append(running)
        return running.base_url

    yield start
    for running in started:
        running.stop()


def _fails(request_url: str, kind: FetchErrorKind, within: float, **kwargs: object) -> FetchError:
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch(make_request(request_url), timeouts=FAST, **kwargs)  # type: ignore[arg-type]
    elapsed = time.monotonic() - started
    error = caught.value
    assert error.kind is kind, error.message
    assert elapsed < within, f"{kind} took {elapsed:.2f}s"
    _assert_clean(error)
    return error


def _assert_clean(error: FetchError) -> None:
    for text in (error.message, error.detail, str(error), repr(error.args)):
        assert "demo-secret" not in text
        assert "secret-1" not in text


@pytest.mark.parametrize("fmt", list(Format))
def test_every_format_reads_from_the_emulator(
    emulator: RunningEmulator, client: TokenClient, fmt: Format
) -> None:
    raw = client.fetch(make_request(emulator.base_url, fmt))
    assert raw.status == 200 and raw.format is fmt
    assert raw.redacted_url.endswith(f"secretkey=***&output={fmt.value}")
    tree = parse(raw.body, fmt).tree
    assert tree["output_type"] == fmt.value
    assert len(tree["token"]) == 40


@pytest.mark.parametrize(
    ("fault", "kind", "within"),
    [
        ("timeout", FetchErrorKind.TIMED_OUT, 1.8),
        ("slow=5000", FetchErrorKind.TIMED_OUT, 1.8),
        ("trickle=50", FetchErrorKind.TIMED_OUT, 2.8),
        ("truncate", FetchErrorKind.TRUNCATED, 1.0),
        ("drop", FetchErrorKind.TRUNCATED, 1.0),
        ("huge", FetchErrorKind.TOO_LARGE, 2.0),
        ("http500", FetchErrorKind.HTTP_ERROR, 1.0),
        ("redirect", FetchErrorKind.REDIRECT_REFUSED, 1.0),
    ],
)
def test_emulator_faults_become_fetch_errors(
    faulty: object, fault: str, kind: FetchErrorKind, within: float
) -> None:
    url = faulty(fault)  # type: ignore[operator]
    error = _fails(url, kind, within)
    if kind is FetchErrorKind.REDIRECT_REFUSED:
        assert "redirected.invalid" in error.message and "secretkey=***" in error.message
    if kind is FetchErrorKind.HTTP_ERROR:
        assert "500" in error.message and error.response is not None


def test_trickle_is_stopped_by_the_total_deadline(faulty: object) -> None:
    error = _fails(faulty("trickle=50"), FetchErrorKind.TIMED_OUT, 2.8)  # type: ignore[operator]
    assert "in all" in error.message


@pytest.mark.parametrize("fault", ["html", "empty", "garbage", "xml-bomb", "bad-utf8"])
def test_faults_with_status_200_arrive_as_bodies(faulty: object, fault: str) -> None:
    raw = fetch(make_request(faulty(fault)), timeouts=FAST)  # type: ignore[operator]
    assert raw.status == 200


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = _fails(f"http://127.0.0.1:{port}", FetchErrorKind.CANNOT_CONNECT, 1.5)
    assert f"127.0.0.1:{port}" in error.message and "refused" in error.message


def test_name_not_found() -> None:
    _fails("http://no-such-host.invalid", FetchErrorKind.NAME_NOT_FOUND, 5)


def test_tls_failure_is_never_a_silent_fallback(emulator: RunningEmulator) -> None:
    https_url = emulator.base_url.replace("http://", "https://")
    error = _fails(https_url, FetchErrorKind.TLS_FAILED, 1.5)
    assert "certificate" in error.message or "secure connection" in error.message


def test_turning_verification_off_is_refused_for_production() -> None:
    with pytest.raises(InputError, match="Production"):
        fetch(make_request("https://api.tiket.com"), verify=False)


def test_firewall_403_names_the_partner_fields() -> None:
    page = b"<html><body>Forbidden</body></html>"
    with raw_server(http_reply("403 Forbidden", page)) as url:
        error = _fails(url, FetchErrorKind.FIREWALL_BLOCKED, 1.5)
    assert "partner ID and name" in error.message


def test_not_http() -> None:
    with raw_server(lambda conn: conn.sendall(b"SSH-2.0-OpenSSH_9.2\r\n")) as url:
        _fails(url, FetchErrorKind.NOT_HTTP, 1.5)


def test_bad_chunk_size_is_truncated() -> None:
    def reply(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n")

    with raw_server(reply) as url:
        _fails(url, FetchErrorKind.TRUNCATED, 1.5)


def test_gzip_bomb_is_stopped_at_the_cap() -> None:
    bomb = gzip.compress(b"0" * (50 * 1024 * 1024))
    with raw_server(http_reply("200 OK", bomb, "Content-Encoding: gzip\r\n")) as url:
        error = _fails(url, FetchErrorKind.TOO_LARGE, 3, max_bytes=1024 * 1024)
    assert "1 MB" in error.message


def test_gzip_answer_is_decompressed() -> None:
    body = gzip.compress(b'{"a": 1}')
    with raw_server(http_reply("200 OK", body, "Content-Encoding: gzip\r\n")) as url:
        assert fetch(make_request(url), timeouts=FAST).body == b'{"a": 1}'


def test_cancel_aborts_within_half_a_second(faulty: object) -> None:
    url = faulty("timeout")  # type: ignore[operator]
    handle = CancelHandle()
    threading.Timer(0.2, handle.cancel).start()
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetch(make_request(url), cancel=handle, timeouts=Timeouts(read=30, total=60))
    assert caught.value.kind is FetchErrorKind.CANCELLED
    assert time.monotonic() - started < 0.7


def test_cancel_before_start() -> None:
    handle = CancelHandle()
    handle.cancel()
    with pytest.raises(FetchError) as caught:
        fetch(make_request("http://127.0.0.1:9"), cancel=handle)
    assert caught.value.kind is FetchErrorKind.CANCELLED


def test_proxy_from_environment_is_named(
    emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the emulator answers a proxied absolute-form request like a direct one
    monkeypatch.setenv("HTTP_PROXY", f"http://user:pw@{emulator.base_url[len('http://') :]}")
    monkeypatch.setenv("NO_PROXY", "")
    raw = fetch(make_request("http://api-sandbox.tiket.com"), timeouts=FAST)
    assert raw.proxy == f"http://***@{emulator.base_url[len('http://') :]}"
    assert raw.status == 200


def test_keep_alive_reuses_the_connection(emulator: RunningEmulator, client: TokenClient) -> None:
    client.fetch(make_request(emulator.base_url))
    before = emulator.server.connections_accepted
    for _ in range(3):
        client.fetch(make_request(emulator.base_url))
    assert emulator.server.connections_accepted == before


def test_no_secret_in_debug_logs(
    emulator: RunningEmulator, faulty: object, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fetch(make_request(emulator.base_url), timeouts=FAST)
    for fault in ("redirect", "http500", "drop"):
        with pytest.raises(FetchError):
            fetch(make_request(faulty(fault)), timeouts=FAST)  # type: ignore[operator]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "secretkey=***" in logged  # urllib3 did log the request line
    assert "demo-secret" not in logged and SECRET not in logged


def test_a_short_deadline_armed_after_a_long_one_still_fires_on_time() -> None:
    from tiket_gui.core.cancel import CancelHandle
    from tiket_gui.core.client import _WATCHDOG

    long_wait, short_wait = CancelHandle(), CancelHandle()
    first = _WATCHDOG.arm(30, long_wait)
    started = time.monotonic()
    second = _WATCHDOG.arm(0.2, short_wait)
    while not short_wait.cancelled and time.monotonic() - started < 5:
        time.sleep(0.01)
    assert short_wait.reason == "deadline" and time.monotonic() - started < 1
    assert not long_wait.cancelled
    first.disarm()
    second.disarm()


def test_a_genuine_bug_is_not_reported_as_a_cut_connection(
    emulator: RunningEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the handle's own Cancelled means cancelled; any other error is not a cut."""
    from tiket_gui.core import client as client_module

    def buggy(*_args: object) -> bytes:
        raise RuntimeError("a bug in reading")

    monkeypatch.setattr(client_module, "_read_capped", buggy)
    with pytest.raises(FetchError) as caught:
        fetch(make_request(emulator.base_url), timeouts=FAST)
    assert caught.value.kind is not FetchErrorKind.TRUNCATED
    assert caught.value.kind is not FetchErrorKind.CANCELLED
    assert "unexpected" in caught.value.message


def test_cancelled_is_its_own_exception() -> None:
    from tiket_gui.core.cancel import Cancelled

    handle = CancelHandle()
    handle.raise_if_cancelled()  # not cancelled: nothing happens
    handle.cancel("deadline")
    with pytest.raises(Cancelled) as caught:
        handle.raise_if_cancelled()
    assert caught.value.reason == "deadline" and not isinstance(caught.value, RuntimeError)
