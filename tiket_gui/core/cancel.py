"""Cancelling a fetch from another thread, without loading requests: the window makes its
handles on the GUI thread, where importing requests would hold it ~85 ms."""

from __future__ import annotations

import contextlib
import socket
import threading


class CancelHandle:
    """Aborts a fetch from any thread: shutting its socket down wakes the blocked read.

    Closing the session from another thread would not: the request in flight goes on.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._reason: str | None = None

    @property
    def cancelled(self) -> bool:
        return self._reason is not None

    @property
    def reason(self) -> str | None:
        return self._reason

    def cancel(self, reason: str = "cancelled") -> None:
        with self._lock:
            if self._reason is None:
                self._reason = reason
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def _attach(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            cancelled = self._reason is not None
        if cancelled:
            _shut(sock)

    def _detach_all(self) -> None:
        with self._lock:
            self._sockets.clear()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed: nothing left to wake
        sock.shutdown(socket.SHUT_RDWR)
