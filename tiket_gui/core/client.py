"""Sending a ApiRequest: one pooled session, bounded in time and size, cancellable, leak-free.

requests' exception texts contain the full URL, secret included, so no message here is ever
built from one: messages come from the redacted URL, and the technical detail is scrubbed.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import os
import socket
import ssl
import threading
import time
import traceback
import zlib
from dataclasses import dataclass
from http.client import BadStatusLine, RemoteDisconnected
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3 import connection as urllib3_connection
from urllib3 import connectionpool as urllib3_pools
from urllib3 import exceptions as urllib3_errors

from tiket_gui.core.cancel import CancelHandle, Cancelled
from tiket_gui.core.environments import PRODUCTION_HOST, SANDBOX_URL
from tiket_gui.core.errors import FetchError, FetchErrorKind, InputError
from tiket_gui.core.formats import body_excerpt
from tiket_gui.core.i18n import translate
from tiket_gui.core.redact import install_log_filter, scrub
from tiket_gui.core.request import ApiRequest
from tiket_gui.core.response import RawResponse

__all__ = ["CancelHandle", "RawResponse", "Timeouts", "TokenClient", "fetch"]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_CHUNK = 1024 * 1024
_REDIRECT_STATUSES = range(300, 400)
_active = threading.local()


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    read: float = 10.0
    # requests' read timeout is per gap between bytes: a trickling server never trips it
    total: float = 30.0


class TokenClient:
    """Sends TokenRequests over one pooled session; safe to use from several threads at once."""

    def __init__(
        self,
        *,
        timeouts: Timeouts | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        verify: bool | str = True,
    ) -> None:
        self.timeouts = timeouts or Timeouts()
        self.max_bytes = max_bytes
        self.verify = verify
        self._session = requests.Session()
        # the environment's proxies and CA bundle are read by _environment_settings, once per
        # change: requests' own reading walks os.environ four times per request (~1 ms)
        self._session.trust_env = False
        adapter = _CancellableAdapter(pool_connections=4, pool_maxsize=8, max_retries=0)
        self._session.mount("http://", adapter)
        self._session.mount("https://", adapter)

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> TokenClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def fetch(
        self,
        request: ApiRequest,
        *,
        cancel: CancelHandle | None = None,
        timeouts: Timeouts | None = None,
    ) -> RawResponse:
        """Send one request and read its answer; raise InputError or FetchError on failure."""
        request.validate()
        timeouts = timeouts or self.timeouts
        verify = self.verify
        host = urlsplit(request.base_url).hostname or ""
        if verify is False and host == PRODUCTION_HOST:
            raise InputError(
                "verify",
                translate(
                    "client",
                    "Certificate checks cannot be turned off for Production: the secret "
                    "would be open to anyone between you and the API.",
                ),
            )
        handle = cancel or CancelHandle()
        if handle.cancelled:
            raise _cancelled(request)
        url = request.url()
        environment = _environment_settings(url)
        if verify is True and environment.ca_bundle:
            verify = environment.ca_bundle
        started = time.perf_counter()
        _active.handle = handle
        deadline = _WATCHDOG.arm(timeouts.total, handle)
        response: requests.Response | None = None
        try:
            response = self._session.get(
                url,
                headers=request.headers(),
                timeout=(timeouts.connect, timeouts.read),
                allow_redirects=False,
                stream=True,
                verify=verify,
                proxies=dict(environment.proxies),
            )
            body = _read_capped(response, self.max_bytes, handle, request)
            elapsed_ms = (time.perf_counter() - started) * 1000
        except FetchError:
            raise
        except Exception as error:
            raise _classify(error, request, handle, timeouts, environment.proxy) from None
        finally:
            deadline.disarm()
            _active.handle = None
            handle.release()
            if response is not None:
                # a body read to the end hands its connection back to the pool for keep-alive
                if response.raw is not None and response.raw.isclosed():
                    response.raw.release_conn()
                else:
                    response.close()
        raw = RawResponse(
            format=request.output,
            status=response.status_code,
            reason=response.reason or "",
            headers=tuple((str(k), str(v)) for k, v in response.raw.headers.items()),
            body=body,
            elapsed_ms=elapsed_ms,
            redacted_url=request.redacted_url(),
            http_version=_http_version(response),
            proxy=environment.proxy,
        )
        _raise_for_status(raw, request)
        return raw


def fetch(
    request: ApiRequest,
    *,
    cancel: CancelHandle | None = None,
    timeouts: Timeouts | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    verify: bool | str = True,
) -> RawResponse:
    """One request with a client of its own; keep a TokenClient to reuse connections."""
    with TokenClient(timeouts=timeouts, max_bytes=max_bytes, verify=verify) as client:
        return client.fetch(request, cancel=cancel)


# -- reading the body ---------------------------------------------------------------------------


class _TooLarge(Exception):
    pass


class _Decompressor:
    """Decompresses as it reads, never producing more than the room left under the cap."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding.strip().lower()
        self._decoder: Any = None
        if self.encoding in ("gzip", "x-gzip"):
            self._decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.encoding == "deflate":
            self._decoder = zlib.decompressobj()
        elif self.encoding not in ("", "identity"):
            raise ValueError(self.encoding)

    def feed(self, data: bytes, room: int) -> bytes:
        if self._decoder is None:
            return data
        out: bytes = self._decoder.decompress(data, room)
        if self._decoder.unconsumed_tail:
            raise _TooLarge
        return out


def _read_capped(
    response: requests.Response, max_bytes: int, handle: CancelHandle, request: ApiRequest
) -> bytes:
    encoding = response.headers.get("Content-Encoding", "")
    if not encoding:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise _too_large(request, max_bytes)
    try:
        decompressor = _Decompressor(encoding)
    except ValueError:
        raise FetchError(
            FetchErrorKind.NOT_HTTP,
            translate(
                "client",
                "The server compressed the answer as {encoding!r}, which cannot be read "
                "here: check for a proxy that rewrites answers.",
            ).format(encoding=encoding),
        ) from None
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.raw.stream(_CHUNK, decode_content=False):
            piece = decompressor.feed(chunk, max_bytes - size + 1)
            size += len(piece)
            if size > max_bytes:
                raise _TooLarge
            chunks.append(piece)
    except _TooLarge:
        raise _too_large(request, max_bytes) from None
    except zlib.error:
        raise FetchError(
            FetchErrorKind.TRUNCATED,
            translate("client", "The compressed answer from {host} is damaged: try again.").format(
                host=_host(request)
            ),
        ) from None
    # a socket shut down between two chunks can look like a clean end of the body
    handle.raise_if_cancelled()
    return b"".join(chunks)


def _too_large(request: ApiRequest, max_bytes: int) -> FetchError:
    return FetchError(
        FetchErrorKind.TOO_LARGE,
        translate(
            "client",
            "The answer from {host} is larger than {size:g} MB and was not read: a "
            "getToken answer is a few hundred bytes, so check the URL.",
        ).format(host=_host(request), size=max_bytes / 1024 / 1024),
    )


# -- turning failures into sentences ------------------------------------------------------------


def _raise_for_status(raw: RawResponse, request: ApiRequest) -> None:
    host = _host(request)
    if raw.status in _REDIRECT_STATUSES:
        location = scrub(raw.header("Location") or "", request.secret_key) or "nowhere"
        raise FetchError(
            FetchErrorKind.REDIRECT_REFUSED,
            translate(
                "client",
                "The server answered {status} {reason} and points to {location}: "
                "redirects are not followed, since they could carry the secret to "
                "another host. If you trust that address, use it as the base URL.",
            ).format(status=raw.status, reason=raw.reason, location=location),
            response=raw,
        )
    if raw.status == 403:
        raise FetchError(
            FetchErrorKind.FIREWALL_BLOCKED,
            translate(
                "client",
                "The API's firewall at {host} refused the request (403 Forbidden): check "
                "the partner ID and name, which it needs as User-Agent twh:ID;NAME;.",
            ).format(host=host),
            response=raw,
        )
    if raw.status >= 400 or raw.status < 200:
        excerpt = scrub(body_excerpt(raw.body), request.secret_key)
        said = f' ("{excerpt}")' if excerpt else ""
        hint = (
            translate("client", "try again later")
            if raw.status >= 500
            else translate("client", "check the base URL and the request")
        )
        raise FetchError(
            FetchErrorKind.HTTP_ERROR,
            translate(
                "client", "The server at {host} answered HTTP {status} {reason}{said}: {hint}."
            ).format(host=host, status=raw.status, reason=raw.reason, said=said, hint=hint),
            response=raw,
        )


def _classify(
    error: BaseException,
    request: ApiRequest,
    handle: CancelHandle,
    timeouts: Timeouts,
    proxy: str | None,
) -> FetchError:
    host = _host(request)
    detail = _scrubbed_detail(error, request.secret_key)
    if handle.reason == "cancelled":
        return _cancelled(request, detail)
    if handle.reason == "deadline":
        return FetchError(
            FetchErrorKind.TIMED_OUT,
            translate(
                "client",
                "The answer from {host} took longer than {total:g} s in all and was "
                "abandoned: the server is sending very slowly. Try again, or allow more "
                "time.",
            ).format(host=host, total=timeouts.total),
            detail=detail,
        )
    if isinstance(error, Cancelled):
        return _cancelled(request, detail)
    chain = _exception_chain(error)

    def has(*types: type[BaseException]) -> bool:
        return any(isinstance(item, types) for item in chain)

    def fail(kind: FetchErrorKind, message: str) -> FetchError:
        return FetchError(kind, message, detail=detail)

    if has(requests.exceptions.ProxyError, urllib3_errors.ProxyError):
        return fail(
            FetchErrorKind.CANNOT_CONNECT,
            translate(
                "client",
                "Could not get through the proxy {proxy}: check the HTTP_PROXY / "
                "HTTPS_PROXY settings, or set NO_PROXY for this host.",
            ).format(proxy=proxy or ""),
        )
    if has(urllib3_errors.NameResolutionError, socket.gaierror):
        return fail(
            FetchErrorKind.NAME_NOT_FOUND,
            translate(
                "client",
                "The host name {host} could not be found: check the URL, your network and DNS.",
            ).format(host=host),
        )
    if has(requests.exceptions.SSLError, urllib3_errors.SSLError, ssl.SSLError):
        hint = (
            translate(
                "client",
                " The docs say the sandbox's HTTPS certificate is broken: use its http:// address.",
            )
            if f"//{host}" in SANDBOX_URL
            else translate("client", " Set a CA bundle if you use a private certificate authority.")
        )
        return fail(
            FetchErrorKind.TLS_FAILED,
            translate(
                "client",
                "The secure connection to {host} failed: its certificate could not be "
                "verified.{hint}",
            ).format(host=host, hint=hint),
        )
    if has(ConnectionRefusedError):
        return fail(
            FetchErrorKind.CANNOT_CONNECT,
            translate(
                "client",
                "Could not connect to {host_port}: the connection was refused. Check "
                "that the server or the emulator is running and that the port is right.",
            ).format(host_port=_host_port(request)),
        )
    if has(requests.exceptions.ConnectTimeout) or (
        has(urllib3_errors.ConnectTimeoutError) and not has(urllib3_errors.NewConnectionError)
    ):
        return fail(
            FetchErrorKind.TIMED_OUT,
            translate(
                "client",
                "Connecting to {host} timed out after {connect:g} s: the server may be "
                "down, or a firewall drops the traffic.",
            ).format(host=host, connect=timeouts.connect),
        )
    if has(requests.exceptions.ReadTimeout, urllib3_errors.ReadTimeoutError, TimeoutError):
        return fail(
            FetchErrorKind.TIMED_OUT,
            translate(
                "client",
                "The server at {host} did not answer within {read:g} s: try again later, "
                "or allow more time.",
            ).format(host=host, read=timeouts.read),
        )
    if has(BadStatusLine) and not has(RemoteDisconnected):
        return fail(
            FetchErrorKind.NOT_HTTP,
            translate(
                "client",
                "{host} did not answer in HTTP: check the URL's scheme (http or https) and port.",
            ).format(host=host),
        )
    if has(RemoteDisconnected):
        return fail(
            FetchErrorKind.TRUNCATED,
            translate(
                "client", "The server at {host} closed the connection without answering: try again."
            ).format(host=host),
        )
    if has(
        requests.exceptions.ChunkedEncodingError,
        urllib3_errors.ProtocolError,
        urllib3_errors.IncompleteRead,
        ConnectionResetError,
    ):
        return fail(
            FetchErrorKind.TRUNCATED,
            translate(
                "client",
                "The connection to {host} closed before the whole answer arrived: try again.",
            ).format(host=host),
        )
    if has(urllib3_errors.NewConnectionError, requests.exceptions.ConnectionError, OSError):
        return fail(
            FetchErrorKind.CANNOT_CONNECT,
            translate(
                "client", "Could not connect to {host_port}: check your network connection."
            ).format(host_port=_host_port(request)),
        )
    return fail(
        FetchErrorKind.NOT_HTTP,
        translate(
            "client", "The request to {host} failed in an unexpected way: see the details."
        ).format(host=host),
    )


def _cancelled(request: ApiRequest, detail: str = "") -> FetchError:
    return FetchError(
        FetchErrorKind.CANCELLED,
        translate("client", "The request to {host} was cancelled.").format(host=_host(request)),
        detail=detail,
    )


def _exception_chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    pending: list[BaseException | None] = [error]
    while pending:
        item = pending.pop()
        if item is None or any(item is known for known in seen) or len(seen) > 20:
            continue
        seen.append(item)
        linked = [item.__cause__, item.__context__, getattr(item, "reason", None), *item.args]
        pending += [link for link in linked if isinstance(link, BaseException)]
    return seen


def _scrubbed_detail(error: BaseException, secret: str) -> str:
    lines = [
        "".join(traceback.format_exception_only(type(item), item)).strip()
        for item in _exception_chain(error)
    ]
    return scrub("\n".join(lines), secret)


def _host(request: ApiRequest) -> str:
    return urlsplit(request.base_url).hostname or request.base_url


def _host_port(request: ApiRequest) -> str:
    parts = urlsplit(request.base_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{parts.hostname}:{port}"


def _http_version(response: requests.Response) -> str:
    version = getattr(response.raw, "version", 11)
    return {10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}.get(version, "HTTP/1.1")


_ENVIRONMENT_NAMES = (
    *("http_proxy", "https_proxy", "all_proxy", "no_proxy"),
    *("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"),
    *("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"),
)


@dataclass(frozen=True)
class _EnvironmentSettings:
    proxies: tuple[tuple[str, str], ...]
    proxy: str | None  # the one used, credentials masked, for the outcome and messages
    ca_bundle: str | None


def _environment_settings(url: str) -> _EnvironmentSettings:
    """What the environment says for this URL's origin, as requests would read it."""
    parts = urlsplit(url)
    snapshot = tuple(os.environ.get(name) for name in _ENVIRONMENT_NAMES)
    return _environment_settings_for(f"{parts.scheme}://{parts.netloc}/", snapshot)


@functools.lru_cache(maxsize=32)
def _environment_settings_for(
    origin: str, _snapshot: tuple[str | None, ...]
) -> _EnvironmentSettings:
    proxies = requests.utils.get_environ_proxies(origin)
    proxy = requests.utils.select_proxy(origin, proxies)
    bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
    return _EnvironmentSettings(tuple(proxies.items()), _masked_proxy(proxy), bundle)


def _masked_proxy(proxy: str | None) -> str | None:
    if not proxy:
        return None
    parts = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
    netloc = parts.hostname or ""
    if parts.port:
        netloc = f"{netloc}:{parts.port}"
    if parts.username or parts.password:
        netloc = f"***@{netloc}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


# -- the wall-clock deadline --------------------------------------------------------------------


class _Deadline:
    def __init__(self) -> None:
        self.armed = True

    def disarm(self) -> None:
        self.armed = False


class _Watchdog:
    """One thread cancels every fetch that outlives its deadline: a timer thread per fetch
    cost a thread start and stop on each of the four fetches of a click."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._queue: list[tuple[float, int, _Deadline, CancelHandle]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float, handle: CancelHandle) -> _Deadline:
        deadline = _Deadline()
        with self._condition:
            entry = (time.monotonic() + seconds, next(self._order), deadline, handle)
            heapq.heappush(self._queue, entry)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="tiket-deadlines", daemon=True
                )
                self._thread.start()
            elif self._queue[0] is entry:
                # woken only when it must wait less than it does: one more thread taking the
                # GIL at every fetch slowed the other three
                self._condition.notify()
        return deadline

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._queue or self._queue[0][0] > time.monotonic():
                    wait = self._queue[0][0] - time.monotonic() if self._queue else None
                    self._condition.wait(wait)
                _, _, deadline, handle = heapq.heappop(self._queue)
            if deadline.armed:
                handle.cancel("deadline")


_WATCHDOG = _Watchdog()


# -- sockets the cancel handle can reach --------------------------------------------------------


def _register(sock: socket.socket | None) -> None:
    handle: CancelHandle | None = getattr(_active, "handle", None)
    if handle is not None and sock is not None:
        handle.watch(sock)


class _RegistersSockets:
    """Hands each connection's socket to the cancel handle of the fetch that uses it."""

    sock: socket.socket | None

    def _new_conn(self) -> socket.socket:
        sock: socket.socket = super()._new_conn()  # type: ignore[misc]
        _register(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        # a kept-alive connection was registered by an earlier fetch, not this one
        _register(self.sock)
        super().request(*args, **kwargs)  # type: ignore[misc]


class _CancellableHTTPConnection(_RegistersSockets, urllib3_connection.HTTPConnection):
    pass


class _CancellableHTTPSConnection(_RegistersSockets, urllib3_connection.HTTPSConnection):
    pass


class _CancellableHTTPPool(urllib3_pools.HTTPConnectionPool):
    ConnectionCls = _CancellableHTTPConnection


class _CancellableHTTPSPool(urllib3_pools.HTTPSConnectionPool):
    ConnectionCls = _CancellableHTTPSConnection


_POOL_CLASSES = {"http": _CancellableHTTPPool, "https": _CancellableHTTPSPool}


class _CancellableAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOL_CLASSES

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        manager.pool_classes_by_scheme = _POOL_CLASSES
        return manager


urllib3.disable_warnings(urllib3_errors.InsecureRequestWarning)
install_log_filter("urllib3", "urllib3.connectionpool", "urllib3.connection", "requests")
