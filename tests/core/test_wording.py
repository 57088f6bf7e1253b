"""The one wording module: what the CLI and the window say about outcomes and failures."""

from __future__ import annotations

import errno

from tiket_gui.core import wording
from tiket_gui.core.errors import FetchError, FetchErrorKind, ParseError
from tiket_gui.core.formats import Format
from tiket_gui.core.outcome import FetchRecord, FormatOutcome, read_answer, read_saved

REFUSED = (
    b'{"diagnostic":{"status":209,"error_msgs":"your order has expired please recheck your '
    b'order"},"output_type":"json"}'
)
GOOD = (
    b'{"diagnostic":{"status":200,"elapsetime":"0.1","memoryusage":"1MB",'
    b'"unix_timestamp":1700000000,"confirm":"success","lang":"id","currency":"IDR"},'
    b'"output_type":"json","login_status":"false",'
    b'"token":"0123456789abcdef0123456789abcdef01234567"}'
)


def _outcome(body: bytes, fmt: Format = Format.JSON) -> FormatOutcome:
    return read_answer(FormatOutcome(fmt, body=body), live=False)


def test_counts_are_spelled_for_one_and_for_many() -> None:
    assert wording.formats_count(1) == "1 format"
    assert wording.formats_count(4) == "4 formats"
    assert wording.records_count(1200) == "1,200 records"
    assert wording.count_of(1, "{count} old entry", "{count} old entries") == "1 old entry"
    assert wording.count_of(0, "{count} old entry", "{count} old entries") == "0 old entries"


def test_the_compare_summary_agrees_with_its_count() -> None:
    assert wording.comparison_summary(10, 4, 1).endswith("1 differs beyond what is expected")
    assert wording.comparison_summary(10, 4, 2).endswith("2 differ beyond what is expected")
    assert wording.comparison_summary(1, 1, 0).startswith("1 field in 1 format")
    assert "nothing to compare" in wording.comparison_summary(0, 0, 0)


def test_an_api_refusal_is_the_headline_before_any_structure_problem() -> None:
    outcome = _outcome(REFUSED)
    # the API's own word first, what is odd in the shape after
    assert outcome.result is not None and outcome.result.problems[0] == outcome.result.api_refusal
    assert len(outcome.result.problems) > 1
    assert wording.outcome_headline(outcome) == (
        "The API answered with status 209: your order has expired please recheck your order."
    )


def test_a_good_answer_has_no_headline_and_a_parse_error_names_its_line() -> None:
    assert wording.outcome_headline(_outcome(GOOD)) is None
    broken = _outcome(b'{\n  "diagnostic": {\n    "status": 200,,\n}')
    headline = wording.outcome_headline(broken)
    assert headline is not None and "line 3" in headline


def test_a_fetch_error_is_told_as_its_own_sentence() -> None:
    outcome = FormatOutcome(Format.XML)
    outcome.error = FetchError(FetchErrorKind.TIMED_OUT, "The server at h did not answer.")
    assert wording.outcome_headline(outcome) == "The server at h did not answer."


def test_a_fetch_is_summed_up_by_its_verdict() -> None:
    record = FetchRecord("Local emulator", "http://127.0.0.1:1", [Format.JSON, Format.XML])
    record.outcomes[Format.JSON] = _outcome(GOOD)
    record.total_ms = 12.3
    assert wording.outcome_sentence(record) == "Token received in 1 format in 12 ms."
    refused = FetchRecord("Sandbox", "http://h", [Format.JSON])
    refused.outcomes[Format.JSON] = _outcome(REFUSED)
    assert wording.outcome_sentence(refused) == "The API answered with an error (1 format)."
    notice = wording.answer_notice(refused, from_history=False)
    assert notice is not None and notice.level is wording.Level.WARNING
    assert "209" in notice.text


def test_an_opened_answer_says_how_it_was_read() -> None:
    record = read_saved(GOOD, "saved.json")
    assert wording.outcome_sentence(record) == "Read saved.json as JSON."
    notice = wording.answer_notice(record, from_history=False)
    assert notice == wording.Notice("Showing saved.json, read as JSON.", wording.Level.INFO)
    unknown = read_saved(b"hello", "notes.txt")
    notice = wording.answer_notice(unknown, from_history=False)
    assert notice is not None and notice.level is wording.Level.ERROR
    assert "Cannot tell the format of notes.txt" in notice.text


def test_a_failed_fetch_says_the_answer_on_screen_is_older() -> None:
    shown = read_saved(GOOD, "saved.json")
    failed = FetchRecord("Sandbox", "http://h", [Format.JSON])
    failed.outcomes[Format.JSON] = FormatOutcome(Format.JSON)
    failed.outcomes[Format.JSON].error = FetchError(FetchErrorKind.CANNOT_CONNECT, "Refused.")
    sentence = wording.failed_fetch_sentence(failed, shown)
    assert sentence.startswith("Refused.") and "is not current" in sentence
    assert wording.failed_fetch_sentence(failed, None) == "Refused."


def test_file_errors_use_the_system_reason_never_the_exception_text() -> None:
    error = OSError(errno.ENOENT, "No such file or directory", "http://h/?secretkey=s3cret")
    sentence = wording.could_not_read("a.json", error, "Check the path.")
    assert sentence == "Could not read a.json: No such file or directory. Check the path."
    assert "s3cret" not in wording.could_not_write("a.json", error)
    assert "write failed" in wording.settings_not_saved(RuntimeError("s3cret"))
    assert "s3cret" not in wording.settings_not_saved(RuntimeError("s3cret"))


def test_failure_details_come_from_the_first_record_that_has_any() -> None:
    good = read_saved(GOOD, "good.json")
    bad = read_saved(b"{", "bad.json")
    assert bad.outcomes[Format.JSON].error is not None
    assert isinstance(bad.outcomes[Format.JSON].error, ParseError)
    assert wording.failure_details([good]) == "No technical detail was recorded."
    assert wording.failure_details([good, bad]).startswith("JSON: ")
