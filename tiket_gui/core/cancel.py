"""Cancelling a fetch from another thread, without loading requests: the window makes its
handles on the GUI thread, where importing requests would hold it ~85 ms."""

from __future__ import annotations

import contextlib
import socket
import threading


class Cancelled(Exception):
    """A fetch stopped because its handle was cancelled (by the user, or by the deadline).

    Its own type, so that nothing else a worker raises is taken for a cancel, nor a cancel
    for a connection that broke.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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

    def raise_if_cancelled(self) -> None:
        reason = self._reason
        if reason is not None:
            raise Cancelled(reason)

    def watch(self, sock: socket.socket) -> None:
        """Shut this socket down on cancel; at once if the handle is already cancelled."""
        with self._lock:
            self._sockets.append(sock)
            cancelled = self._reason is not None
        if cancelled:
            _shut(sock)

    def release(self) -> None:
        """The fetch is over: its sockets go back to the pool and are no longer watched."""
        with self._lock:
            self._sockets.clear()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed: nothing left to wake
        sock.shutdown(socket.SHUT_RDWR)
