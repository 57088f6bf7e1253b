"""The token book: the last token per base URL and partner, and where it came from."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tiket_gui.core.calls import LIST_LANGUAGE
from tiket_gui.core.formats import Format
from tiket_gui.core.outcome import FetchRecord, FormatOutcome, read_answer
from tiket_gui.core.tokens import TokenBook

TOKEN = "0123456789abcdef0123456789abcdef01234567"
BODY = (
    b'{"diagnostic":{"status":200,"elapsetime":"0.1","memoryusage":"1MB","unix_timestamp":'
    b'1700000000,"confirm":"success","lang":"id","currency":"IDR"},"output_type":"json",'
    b'"login_status":"false","token":"' + TOKEN.encode() + b'"}'
)


def _fetch(call: object = None) -> FetchRecord:
    record = FetchRecord("Sandbox", "http://h/", [Format.JSON], "1", "P")
    if call is not None:
        record.call = call  # type: ignore[assignment]
    outcome = FormatOutcome(Format.JSON, body=BODY, call=record.call)
    record.outcomes[Format.JSON] = read_answer(outcome, live=False)
    return record


def test_a_getToken_fills_the_book_and_a_list_call_does_not() -> None:
    book = TokenBook()
    assert book.remember_fetch(_fetch())
    known = book.latest("http://h", ("1", "P"))
    assert known is not None and known.token == TOKEN
    assert known.source().startswith("from Get Token at ")
    assert book.latest("http://h", ("2", "P")) is None
    other = TokenBook()
    assert not other.remember_fetch(_fetch(LIST_LANGUAGE))


def test_the_newest_token_wins_whatever_order_it_comes_in() -> None:
    book = TokenBook()
    now = datetime.now(UTC)
    book.remember("http://h", ("1", "P"), "new", now)
    book.remember("http://h", ("1", "P"), "old", now - timedelta(days=1), from_history=True)
    known = book.latest("http://h", ("1", "P"))
    assert known is not None and known.token == "new" and not known.from_history
    book.remember("http://h", ("1", "P"), "older", now - timedelta(days=2), from_history=True)
    assert book.latest("http://h", ("1", "P")).token == "new"  # type: ignore[union-attr]
