"""Small servers of the tests' own, for answers the emulator does not give."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def raw_server(reply: Callable[[socket.socket], None], *, read_first: bool = True) -> Iterator[str]:
    """Accept connections on 127.0.0.1:0 and let `reply` write whatever it likes to each.

    `read_first` reads the request before replying; off for a reply that does its own reading.
    """
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    if read_first:
                        conn.recv(65536)
                    reply(conn)
                except OSError:
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=2)
        listener.close()


def http_reply(status: str, body: bytes, headers: str = "") -> Callable[[socket.socket], None]:
    def reply(conn: socket.socket) -> None:
        head = (
            f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n"
            f"{headers}\r\n"
        )
        conn.sendall(head.encode("latin-1") + body)

    return reply
