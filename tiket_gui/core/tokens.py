"""The tokens the user received, by where they went and who asked: what a call that takes a
token sends unless the user pastes another. A token is not the secret: it is shown, copied
and kept in the history."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime

from tiket_gui.core.i18n import clock, date_and_clock, translate
from tiket_gui.core.outcome import FetchRecord


@dataclass(frozen=True)
class KnownToken:
    token: str
    received_at: datetime
    from_history: bool  # read back from an earlier session's history, not fetched now

    def source(self) -> str:
        """Where the token came from, in words."""
        when = self.received_at.astimezone()
        if self.from_history:
            return translate("tokens", "from the history: Get Token of {when}").format(
                when=date_and_clock(when)
            )
        return translate("tokens", "from Get Token at {time}").format(time=clock(when))


class TokenBook:
    """The last token per base URL and partner. Safe from any thread: the history fills it
    on a worker."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[tuple[str, str, str], KnownToken] = {}

    def remember(
        self,
        base_url: str,
        partner: tuple[str, str],
        token: str,
        when: datetime,
        *,
        from_history: bool = False,
    ) -> None:
        key = (base_url.rstrip("/"), *partner)
        with self._lock:
            known = self._tokens.get(key)
            if known is None or known.received_at <= when:
                self._tokens[key] = KnownToken(token, when, from_history)

    def remember_fetch(self, record: FetchRecord) -> bool:
        """A getToken that brought a token; False for any other fetch."""
        primary = record.primary()
        if record.call.takes_token or primary is None or not primary.succeeded:
            return False
        token = primary.token or ""
        if not token:
            return False
        partner = (record.partner_id, record.partner_name)
        self.remember(record.base_url, partner, token, record.fetched_at)
        return True

    def latest(self, base_url: str, partner: tuple[str, str]) -> KnownToken | None:
        with self._lock:
            return self._tokens.get((base_url.rstrip("/"), *partner))
