"""One error hierarchy for everything a user can meet; each message is a sentence for a person."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from tiket_gui.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from tiket_gui.core.response import RawResponse


class TiketError(Exception):
    """Base of every error the product explains to a user.

    `message` is one sentence (what happened, what to try); `detail` is the technical part,
    already scrubbed of the secret, shown one click away.
    """

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class InputError(TiketError, ValueError):
    """A field of the request is not acceptable; nothing was sent."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class FetchErrorKind(enum.Enum):
    CANNOT_CONNECT = "cannot_connect"
    NAME_NOT_FOUND = "name_not_found"
    TIMED_OUT = "timed_out"
    TLS_FAILED = "tls_failed"
    NOT_HTTP = "not_http"
    TRUNCATED = "truncated"
    TOO_LARGE = "too_large"
    REDIRECT_REFUSED = "redirect_refused"
    HTTP_ERROR = "http_error"
    FIREWALL_BLOCKED = "firewall_blocked"
    CANCELLED = "cancelled"

    @property
    def title(self) -> str:
        return translate("errors", _KIND_TITLES[self])


_KIND_TITLES = {
    FetchErrorKind.CANNOT_CONNECT: QT_TRANSLATE_NOOP("errors", "Cannot connect"),
    FetchErrorKind.NAME_NOT_FOUND: QT_TRANSLATE_NOOP("errors", "Host not found"),
    FetchErrorKind.TIMED_OUT: QT_TRANSLATE_NOOP("errors", "Timed out"),
    FetchErrorKind.TLS_FAILED: QT_TRANSLATE_NOOP("errors", "TLS failed"),
    FetchErrorKind.NOT_HTTP: QT_TRANSLATE_NOOP("errors", "Not an HTTP answer"),
    FetchErrorKind.TRUNCATED: QT_TRANSLATE_NOOP("errors", "Answer cut short"),
    FetchErrorKind.TOO_LARGE: QT_TRANSLATE_NOOP("errors", "Answer too large"),
    FetchErrorKind.REDIRECT_REFUSED: QT_TRANSLATE_NOOP("errors", "Redirect not followed"),
    FetchErrorKind.HTTP_ERROR: QT_TRANSLATE_NOOP("errors", "HTTP error"),
    FetchErrorKind.FIREWALL_BLOCKED: QT_TRANSLATE_NOOP("errors", "Blocked by the firewall"),
    FetchErrorKind.CANCELLED: QT_TRANSLATE_NOOP("errors", "Cancelled"),
}


class FetchError(TiketError):
    """The request did not bring back a readable HTTP 2xx answer.

    `response` holds what did arrive (a 500 page, a redirect) when there was an answer at all.
    """

    def __init__(
        self,
        kind: FetchErrorKind,
        message: str,
        *,
        detail: str = "",
        response: RawResponse | None = None,
    ) -> None:
        super().__init__(message, detail=detail)
        self.kind = kind
        self.response = response


class ParseError(TiketError):
    """A body could not be read as the format it was said to be in.

    `position` is a 0-based offset into the body's bytes, when one is known; `names_line`
    says the message gives its line already.
    """

    def __init__(
        self,
        message: str,
        *,
        position: int | None = None,
        detail: str = "",
        names_line: bool = False,
    ) -> None:
        super().__init__(message, detail=detail)
        self.position = position
        self.names_line = names_line

    def line_and_column(self, body: bytes) -> tuple[int, int] | None:
        """1-based line and column of `position` in `body`."""
        if self.position is None:
            return None
        before = body[: self.position]
        line = before.count(b"\n") + 1
        column = self.position - (before.rfind(b"\n") + 1) + 1
        return line, column
