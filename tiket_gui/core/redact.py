"""Keeping the secret out of everything shown or stored: its spellings, masking, the log filter.

The secret travels URL-encoded in the query string, so a text can hold it in three spellings;
requests' and urllib3's messages and DEBUG lines carry the whole URL.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import quote, quote_plus

MASK = "***"
_SECRET_IN_QUERY = re.compile(r"(secretkey=)[^&\s\"'#]*", re.IGNORECASE)


def scrub(text: str, *secrets: str) -> str:
    """Remove every spelling of the secrets from a text, and any secretkey= value at all."""
    for secret in secrets:
        for spelling in secret_spellings(secret):
            text = text.replace(spelling, MASK)
    return _SECRET_IN_QUERY.sub(rf"\g<1>{MASK}", text)


def scrub_bytes(body: bytes, secret: str) -> bytes:
    """The body with every spelling of the secret masked, bytes elsewhere untouched."""
    if not secret:
        return body
    for spelling in secret_spellings(secret):
        body = body.replace(spelling.encode("utf-8"), MASK.encode())
    return body


def secret_spellings(secret: str) -> list[str]:
    """The secret as it may appear: raw, and URL-encoded both ways; longest first."""
    if not secret:
        return []
    spellings = {secret, quote_plus(secret), quote(secret, safe=""), quote(secret)}
    return sorted(spellings, key=len, reverse=True)


def shorten_token(token: str) -> str:
    """A token as a list or a URL shows it: enough to tell two apart."""
    return token if len(token) <= 12 else f"{token[:8]}…"


class SecretRedactingFilter(logging.Filter):
    """Masks secretkey= values in log records: urllib3 logs every request line at DEBUG."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = ()
        return True


LOG_FILTER = SecretRedactingFilter()


def install_log_filter(*logger_names: str) -> None:
    """Filter these loggers' own records (a logger's filters do not see its children's)."""
    for name in logger_names:
        logging.getLogger(name).addFilter(LOG_FILTER)
