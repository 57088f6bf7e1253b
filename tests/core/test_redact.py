"""Redaction: every spelling of the secret masked in texts, bodies and log records."""

from __future__ import annotations

import logging

import pytest

from tiket_gui.core.redact import (
    LOG_FILTER,
    MASK,
    install_log_filter,
    scrub,
    scrub_bytes,
    secret_spellings,
    shorten_token,
)

SECRET = "demo secret&+/1"


def test_every_spelling_of_the_secret_is_known_longest_first() -> None:
    spellings = secret_spellings(SECRET)
    assert SECRET in spellings
    assert "demo+secret%26%2B%2F1" in spellings  # as urlencode sends it
    assert "demo%20secret%26%2B%2F1" in spellings
    assert [len(s) for s in spellings] == sorted((len(s) for s in spellings), reverse=True)
    assert secret_spellings("") == []


def test_scrub_masks_each_spelling_and_any_secretkey_value() -> None:
    text = f"GET /?secretkey=demo+secret%26%2B%2F1&output=json said {SECRET}"
    cleaned = scrub(text, SECRET)
    assert SECRET not in cleaned and "demo+secret" not in cleaned
    assert cleaned.count(MASK) == 2
    # no secret known: a secretkey= value is masked all the same
    assert scrub("/x?secretkey=abc&y=1") == f"/x?secretkey={MASK}&y=1"


def test_scrub_bytes_leaves_other_bytes_alone() -> None:
    body = b"\xff\x00" + SECRET.encode() + b"\xfe"
    assert scrub_bytes(body, SECRET) == b"\xff\x00" + MASK.encode() + b"\xfe"
    assert scrub_bytes(body, "") == body


def test_the_log_filter_masks_records_of_the_loggers_it_guards(
    caplog: pytest.LogCaptureFixture,
) -> None:
    install_log_filter("tiket_gui.test_redact")
    logger = logging.getLogger("tiket_gui.test_redact")
    with caplog.at_level(logging.DEBUG, logger="tiket_gui.test_redact"):
        logger.debug("GET %s", "http://h/apiv1/payexpress?secretkey=abc123&output=json")
    assert "abc123" not in caplog.text and f"secretkey={MASK}" in caplog.text
    logger.removeFilter(LOG_FILTER)


def test_a_token_is_shortened_for_lists_but_kept_whole_when_short() -> None:
    assert shorten_token("0123456789abcdef0123456789abcdef01234567") == "01234567…"
    assert shorten_token("short") == "short"
