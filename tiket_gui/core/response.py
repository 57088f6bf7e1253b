"""What came over the wire: an HTTP answer as it arrived, with nothing secret in it."""

from __future__ import annotations

from dataclasses import dataclass

from tiket_gui.core.formats import Format


@dataclass(frozen=True)
class RawResponse:
    """An HTTP answer as it arrived; its URL is the redacted one."""

    format: Format
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    elapsed_ms: float
    redacted_url: str
    http_version: str = "HTTP/1.1"
    proxy: str | None = None

    @property
    def status_line(self) -> str:
        return f"{self.http_version} {self.status} {self.reason}".rstrip()

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)
