"""Servers that misbehave on the wire: each failure is one sentence with the secret masked."""

from __future__ import annotations

import datetime
import socket
import ssl
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import SECRET, make_request
from tests.helpers import http_reply, raw_server
from tiket_gui.core.client import Timeouts, fetch
from tiket_gui.core.errors import FetchError, FetchErrorKind

FAST = Timeouts(connect=1, read=1, total=2)


def _fetch_error(url: str, **kwargs: object) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch(make_request(url), timeouts=FAST, **kwargs)  # type: ignore[arg-type]
    error = caught.value
    for text in (error.message, error.detail):
        assert "demo-secret" not in text
    return error


def test_reset_in_the_middle_of_the_body_is_truncated() -> None:
    def reply(conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + b"x" * 100)
        # linger 0: close with a TCP reset instead of a clean end
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    with raw_server(reply) as url:
        error = _fetch_error(url)
    assert error.kind is FetchErrorKind.TRUNCATED


@pytest.mark.parametrize(
    ("status", "words"), [("404 Not Found", "404"), ("502 Bad Gateway", "502")]
)
def test_4xx_and_5xx_pages_give_status_and_a_short_excerpt(status: str, words: str) -> None:
    page = b"<html><head><style>p{}</style></head><body><h1>Gone</h1><p>" + b"y" * 500 + b"</p>"
    with raw_server(http_reply(status, page)) as url:
        error = _fetch_error(url)
    assert error.kind is FetchErrorKind.HTTP_ERROR
    assert words in error.message and "Gone" in error.message
    assert len(error.message) < 300 and "Traceback" not in error.message
    assert error.response is not None and error.response.body == page


@pytest.mark.parametrize(
    ("status", "location"),
    [
        ("301 Moved Permanently", "http://elsewhere.invalid/apiv1/payexpress?secretkey=LEAK"),
        ("302 Found", "/apiv1/payexpress"),  # a loop: the same path again
        ("303 See Other", "http://elsewhere.invalid/"),
        ("307 Temporary Redirect", "http://downgraded.invalid/apiv1/payexpress"),  # https->http
        ("308 Permanent Redirect", "https://elsewhere.invalid/"),
    ],
)
def test_no_redirect_is_followed(status: str, location: str) -> None:
    served = threading.Event()

    def reply(conn: socket.socket) -> None:
        if served.is_set():
            raise AssertionError("the client came back: a redirect was followed")
        served.set()
        http_reply(status, b"", f"Location: {location}\r\n")(conn)

    with raw_server(reply) as url:
        error = _fetch_error(url)
    assert error.kind is FetchErrorKind.REDIRECT_REFUSED
    assert "not followed" in error.message and "LEAK" not in error.message


def _certificate(folder: Path, *, expired: bool) -> tuple[Path, Path]:
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    start, end = (
        (now - datetime.timedelta(days=30), now - datetime.timedelta(days=1))
        if expired
        else (now - datetime.timedelta(days=1), now + datetime.timedelta(days=30))
    )
    import ipaddress

    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@contextmanager
def tls_server(cert: Path, key: Path, requests_seen: list[bytes]) -> Iterator[str]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)

    def reply(conn: socket.socket) -> None:
        try:
            with context.wrap_socket(conn, server_side=True) as secure:
                requests_seen.append(secure.recv(65536))
                secure.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
                )
        except (ssl.SSLError, OSError):
            pass

    with raw_server(reply, read_first=False) as url:
        yield url.replace("http://", "https://")


@pytest.mark.parametrize("expired", [False, True], ids=["self-signed", "expired"])
def test_bad_certificates_fail_without_falling_back(tmp_path: Path, expired: bool) -> None:
    cert, key = _certificate(tmp_path, expired=expired)
    seen: list[bytes] = []
    with tls_server(cert, key, seen) as url:
        error = _fetch_error(url)
        assert error.kind is FetchErrorKind.TLS_FAILED and "certificate" in error.message
        assert seen == []  # the request, secret included, never crossed the broken connection
        if not expired:
            # trusting that certificate explicitly works: the CA bundle setting is honoured
            raw = fetch(make_request(url), timeouts=FAST, verify=str(cert))
            assert raw.status == 200
            assert SECRET not in raw.redacted_url
