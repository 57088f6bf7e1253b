"""The emulator's HTTP server: the General API's calls, the firewall rule, and the faults."""

from __future__ import annotations

import logging
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tiket_gui.core.redact import scrub
from tiket_gui.emulator import answers

log = logging.getLogger("tiket_gui.emulator")

API_PATH = "/apiv1/payexpress"
FAULT_HEADER = "X-Emulator-Fault"
_USER_AGENT = re.compile(r"twh:([^;\r\n]+);([^;\r\n]+);")
_DEFAULT_SECRET = re.compile(r"[A-Za-z0-9_-]{8,128}")
HUGE_DEFAULT_MB = 12.0  # over the client's 10 MB cap unless a size is given
WIDE_DEFAULT_MB = 1.0

FAULTS: dict[str, str] = {
    "slow": "answer after a delay (slow=MS, default 2000)",
    "timeout": "accept the request and never answer",
    "trickle": "send the answer a byte at a time (trickle=MS between bytes, default 100)",
    "http500": "answer 500 Internal Server Error with an HTML page",
    "html": "answer 200 with an HTML page instead of the format",
    "empty": "answer 200 with an empty body",
    "truncate": "declare the full Content-Length, send half the body, close",
    "garbage": "answer 200 with bytes of no format",
    "huge": f"a valid answer padded with an extra field (huge=MB, default {HUGE_DEFAULT_MB:g})",
    "wide": "a valid answer with an extra list of small records, as a search answer has "
    f"(wide=MB of JSON, default {WIDE_DEFAULT_MB:g})",
    "xml-bomb": "answer 200 with a billion-laughs XML document",
    "bad-utf8": "a valid answer with an invalid UTF-8 byte in a string",
    "drop": "close the connection without answering",
    "redirect": "answer 302 to another host, with the query (secret included) in Location",
}


@dataclass
class EmulatorConfig:
    """How the emulator behaves. `secrets` empty: any 8-128 letters, digits, - and _."""

    secrets: tuple[str, ...] = ()
    token_ttl_s: float = 3600.0
    latency_ms: float = 0.0
    fault: str = ""

    def accepts(self, secret: str) -> bool:
        if self.secrets:
            return secret in self.secrets
        return bool(_DEFAULT_SECRET.fullmatch(secret))


class EmulatorServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], config: EmulatorConfig | None = None) -> None:
        self.config = config or EmulatorConfig()
        self.tokens = answers.TokenStore(self.config.token_ttl_s)
        self.stopping = threading.Event()
        self.connections_accepted = 0
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        self.connections_accepted += 1  # lets tests and benchmarks see keep-alive at work
        super().process_request(request, client_address)

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}"

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()


@dataclass
class RunningEmulator:
    """An emulator serving on a thread; unpacks as `base_url, stop`."""

    base_url: str
    stop: Callable[[], None]
    server: EmulatorServer = field(repr=False)

    def __iter__(self) -> Iterator[Any]:
        return iter((self.base_url, self.stop))


def start_in_thread(
    host: str = "127.0.0.1", port: int = 0, config: EmulatorConfig | None = None
) -> RunningEmulator:
    """Serve on a daemon thread; port 0 picks a free one, which base_url then names."""
    server = EmulatorServer((host, port), config)
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},  # how long stop() may wait
        daemon=True,
        name=f"tiket-emulator:{server.server_address[1]}",
    )
    thread.start()
    stopped = threading.Event()

    def stop() -> None:
        if not stopped.is_set():
            stopped.set()
            server.stop()
            thread.join(timeout=5)

    return RunningEmulator(server.base_url, stop, server)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "tiket-emulator"
    server: EmulatorServer

    def setup(self) -> None:
        super().setup()
        # without it, every kept-alive answer waits ~40 ms for the client's delayed ACK
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.address_string(), scrub(format % args))

    def do_GET(self) -> None:
        try:
            self._answer()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client went away; nothing to tell it

    def do_POST(self) -> None:
        self._send_html(405, "Method Not Allowed", "getToken is a GET request.")

    def _answer(self) -> None:
        started = time.perf_counter()
        config = self.server.config
        if config.latency_ms and self._wait(config.latency_ms / 1000):
            return
        fault, argument = _parse_fault(self.headers.get(FAULT_HEADER) or config.fault)
        if fault and fault not in FAULTS:
            self._send_html(400, "Bad Request", f"Unknown emulator fault {fault!r}.")
            return
        if fault and self._fault_before_answer(fault, argument):
            return

        url = urlsplit(self.path)
        path = url.path.rstrip("/")
        if path != API_PATH and path not in answers.LIST_CALLS:
            self._send_html(404, "Not Found", f"No such endpoint: {url.path}")
            return
        agent = _USER_AGENT.fullmatch(self.headers.get("User-Agent", ""))
        if not agent:
            # the docs: "All API request without this format will be blocked by the firewall"
            self._send_html(403, "Forbidden", "Request blocked by the firewall.")
            return
        query = {key: values[-1] for key, values in parse_qs(url.query, True).items()}
        output = query.get("output", "array")
        output = output if output in answers.OUTPUTS else "array"
        lang = query.get("lang", "id") or "id"
        if path == API_PATH:
            tree = self._token_tree(query, (agent.group(1), agent.group(2)), started, output, lang)
        else:
            tree = self._list_tree(query, path, started, output, lang)

        if fault == "huge":
            size_mb = float(argument) if argument else HUGE_DEFAULT_MB
            tree["padding"] = "x" * int(size_mb * 1024 * 1024)
        if fault == "wide":
            tree["records"] = answers.records(float(argument) if argument else WIDE_DEFAULT_MB)
        if fault == "bad-utf8":
            tree["diagnostic"]["currency"] = "IDX"
        body = answers.render(tree, output)
        if fault == "bad-utf8":
            body = body.replace(b"IDX", b"ID\xff")  # same length: serialize stays consistent
        if fault == "truncate":
            self._send_truncated(body, answers.CONTENT_TYPES[output])
        elif fault == "trickle":
            self._send_trickled(body, answers.CONTENT_TYPES[output], argument)
        else:
            self._send(200, "OK", body, answers.CONTENT_TYPES[output])

    def _token_tree(
        self,
        query: dict[str, str],
        partner: tuple[str, str],
        started: float,
        output: str,
        lang: str,
    ) -> dict[str, Any]:
        partner_id, partner_name = partner
        tokens = self.server.tokens
        if query.get("method") != "getToken":
            return answers.error_answer(
                started, lang, output, answers.STATUS_BAD_REQUEST, "bad_method"
            )
        secret = query.get("secretkey", "")
        if not self.server.config.accepts(secret):
            return answers.error_answer(
                started, lang, output, answers.STATUS_NOT_AUTHORIZED, "bad_secret"
            )
        old_token = query.get("token", "")
        if old_token:
            token = tokens.renew(old_token, secret, partner_id, partner_name)
            if token is None:
                return answers.error_answer(
                    started, lang, output, answers.STATUS_NOT_AUTHORIZED, "bad_token"
                )
        else:
            token = tokens.token_for(secret, partner_id, partner_name)
        return answers.token_answer(started, lang, output, token)

    def _list_tree(
        self, query: dict[str, str], path: str, started: float, output: str, lang: str
    ) -> dict[str, Any]:
        """A list call, for a token this emulator issued that has not expired or been
        renewed; the secret key is not what these calls take."""
        token = query.get("token", "")
        if not token:
            return answers.error_answer(
                started, lang, output, answers.STATUS_BAD_REQUEST, "no_token"
            )
        if not self.server.tokens.accepts(token):
            return answers.error_answer(
                started, lang, output, answers.STATUS_NOT_AUTHORIZED, "bad_token"
            )
        return answers.list_answer(started, lang, output, path, token)

    def _fault_before_answer(self, fault: str, argument: str) -> bool:
        """Play a fault that replaces the answer; False for those that change it instead."""
        if fault == "slow":
            return self._wait(float(argument or 2000) / 1000)
        if fault == "timeout":
            self.server.stopping.wait()
            self.close_connection = True
            return True
        if fault == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return True
        if fault == "http500":
            self._send_html(500, "Internal Server Error", "The server met an internal error.")
            return True
        if fault == "html":
            self._send_html(200, "OK", "Scheduled maintenance: the API is back soon.")
            return True
        if fault == "empty":
            self._send(200, "OK", b"", "text/html; charset=UTF-8")
            return True
        if fault == "garbage":
            self._send(200, "OK", bytes(range(256)) * 8, "application/octet-stream")
            return True
        if fault == "xml-bomb":
            self._send(200, "OK", _BILLION_LAUGHS, "text/xml")
            return True
        if fault == "redirect":
            location = f"http://redirected.invalid{self.path}"
            self.send_response(302, "Found")
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return True
        return False

    def _wait(self, seconds: float) -> bool:
        """Sleep unless the server stops first; True when it stopped."""
        if self.server.stopping.wait(seconds):
            self.close_connection = True
            return True
        return False

    def _send(self, status: int, reason: str, body: bytes, content_type: str) -> None:
        self.send_response(status, reason)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _send_html(self, status: int, reason: str, text: str) -> None:
        page = (
            f"<!DOCTYPE html>\n<html><head><title>{status} {reason}</title></head>"
            f"<body><h1>{reason}</h1><p>{text}</p></body></html>\n"
        )
        self._send(status, reason, page.encode("utf-8"), "text/html; charset=UTF-8")

    def _send_truncated(self, body: bytes, content_type: str) -> None:
        self.send_response(200, "OK")
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.close_connection = True

    def _send_trickled(self, body: bytes, content_type: str, argument: str) -> None:
        gap = float(argument or 100) / 1000
        self.send_response(200, "OK")
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.flush()
        for index in range(len(body)):
            self.wfile.write(body[index : index + 1])
            self.wfile.flush()
            if self._wait(gap):
                return


def _parse_fault(text: str) -> tuple[str, str]:
    name, _, argument = text.strip().partition("=")
    return name.strip().lower(), argument.strip()


_BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<tiket><diagnostic><status>&lol9;</status></diagnostic></tiket>
"""
