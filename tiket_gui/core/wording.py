"""The one place an outcome, an error or a problem becomes a sentence a person reads.

The CLI and the window both word what happened through here, so they say the same thing,
and a later translation has one place to go through. The API's own words (field names,
statuses, `error_msgs`) are quoted as sent.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tiket_gui.core.errors import ParseError, TiketError
from tiket_gui.core.outcome import Verdict

if TYPE_CHECKING:
    from tiket_gui.core.diff import Diff
    from tiket_gui.core.outcome import FetchRecord, FormatOutcome


class Level(enum.Enum):
    """How a notice in the response area is coloured: what the user must do about it."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Notice:
    text: str
    level: Level


def count_of(count: int, one: str, many: str | None = None) -> str:
    """`1 format`, `2 formats`, `1,000 fields`."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


# -- one format's outcome ------------------------------------------------------------------------


def error_sentence(error: TiketError, body: bytes = b"") -> str:
    """An error's sentence, with the line and column of a position in the body it names."""
    message = error.message
    if isinstance(error, ParseError) and body:
        where = error.line_and_column(body)
        if where and f"line {where[0]}" not in message:
            message += f" (line {where[0]}, column {where[1]})"
    return message


def outcome_headline(outcome: FormatOutcome) -> str | None:
    """Why one format did not bring a usable answer, or None when it did."""
    if outcome.error is not None:
        return error_sentence(outcome.error, outcome.body)
    result = outcome.result
    if result is None:
        return "No answer was read."
    if result.is_api_error:
        return result.api_refusal or "The API refused the request."
    if not result.token:
        return next(
            (problem for problem in result.problems if "token" in problem),
            "The answer carries no token.",
        )
    return None


# -- a whole fetch ------------------------------------------------------------------------------


def outcome_sentence(record: FetchRecord) -> str:
    """The status bar's line once a fetch, a history entry or an opened answer is shown."""
    formats = count_of(len(record.outcomes), "format")
    if record.source == "file":
        read = ", ".join(fmt.title for fmt in record.outcomes)
        return f"Read {record.base_url} as {read}."
    verdict = record.verdict()
    if verdict is Verdict.OK and record.call.has_records:
        primary = record.primary()
        count = len(primary.result.records or ()) if primary and primary.result else 0
        return (
            f"{record.call.title}: {count_of(count, 'record')} in {formats} in "
            f"{record.total_ms:.0f} ms."
        )
    if verdict is Verdict.OK:
        return f"Token received in {formats} in {record.total_ms:.0f} ms."
    if verdict is Verdict.API_ERROR:
        return f"The API answered with an error ({formats})."
    failure = record.first_failure()
    return failure.error.message if failure and failure.error else f"Fetched {formats}."


def answer_notice(record: FetchRecord, *, from_history: bool) -> Notice | None:
    """What the response area says above an answer it shows, if anything."""
    if from_history:
        return Notice(
            f"Showing a fetch from {record.fetched_at:%H:%M:%S}, not the latest.", Level.INFO
        )
    failure = record.first_failure()
    if failure is not None and failure.error is not None:
        return Notice(f"{failure.format.title}: {failure.error.message}", Level.ERROR)
    primary = record.primary()
    result = primary.result if primary is not None else None
    if result is not None and result.is_api_error:
        return Notice(result.api_refusal or "The API refused the request.", Level.WARNING)
    if result is not None and result.notice:
        return Notice(f"The API says: {result.notice}", Level.INFO)
    if record.source == "file" and failure is None:
        read = next(iter(record.outcomes.values()))
        return Notice(f"Showing {record.base_url}, read as {read.format.title}.", Level.INFO)
    return None


def token_check_sentence(outcome: FormatOutcome) -> str:
    """What checking a token with the smallest call that takes one found."""
    call = outcome.call.title
    if outcome.succeeded:
        return f"The token was accepted: {call} answered with status 200."
    result = outcome.result
    if result is not None and result.is_api_error:
        refusal = result.api_refusal or "the API refused it."
        return f"The token was refused by {call}: {refusal} Get a new token, or renew this one."
    headline = outcome_headline(outcome) or "no answer could be read."
    return f"The token could not be checked: {headline}"


def failed_fetch_sentence(record: FetchRecord, on_screen: FetchRecord | None) -> str:
    """A fetch that brought nothing to show, and what the screen still holds."""
    failure = record.first_failure()
    message = failure.error.message if failure and failure.error else "The fetch failed."
    if on_screen is not None:
        message += f" The answer below is from {on_screen.fetched_at:%H:%M:%S} and is not current."
        if record.has_bodies:
            message += " Select the fetch in the history to see what came back."
    return message


def saved_failure_sentence(record: FetchRecord) -> str | None:
    """A history entry whose fetch failed with nothing to show."""
    failure = record.first_failure()
    if failure is None or failure.error is None:
        return None
    return f"That fetch failed: {failure.error.message}"


def timing_line(record: FetchRecord, *, from_history: bool) -> str:
    """Where and when an answer came from, and how long it took."""
    if record.source == "file":
        parts = [f"opened {record.fetched_at:%H:%M:%S}", record.base_url]
    else:
        parts = [f"client {record.total_ms:.0f} ms"]
        primary = record.primary()
        server = primary.result.diagnostic.elapsetime if primary and primary.result else None
        if server is not None:
            parts.append(f"server {server * 1000:.0f} ms")
        parts.append(f"fetched {record.fetched_at:%Y-%m-%d %H:%M:%S}")
        parts.append(record.environment)
    if from_history:
        parts.append("from history")
    return " · ".join(parts)


def not_current_timing(on_screen: FetchRecord) -> str:
    return f"not current · fetched {on_screen.fetched_at:%H:%M:%S} · failed just now"


def failure_details(records: list[FetchRecord]) -> str:
    """The technical side of the first record that failed: each format's sentence, URL and
    detail, all already scrubbed of the secret."""
    for record in records:
        lines: list[str] = []
        for outcome in record.outcomes.values():
            if outcome.error is not None:
                lines.append(f"{outcome.format.title}: {outcome.error.message}")
                lines.append(f"  URL: {outcome.url}")
                if outcome.error.detail:
                    lines.append("  " + outcome.error.detail.replace("\n", "\n  "))
        if lines:
            return "\n".join(lines)
    return "No technical detail was recorded."


def comparison_summary(fields: int, formats: int, differing: int) -> str:
    if not formats:
        return "No format could be read, so there is nothing to compare."
    differ = "differs" if differing == 1 else "differ"
    return (
        f"{count_of(fields, 'field')} in {count_of(formats, 'format')} · "
        f"{differing:,} {differ} beyond what is expected"
    )


def diff_summary(found: Diff, left: str, right: str) -> str:
    """Two answers compared, in a line: the same, or how many differences of which kind."""
    aside = ", ".join(found.set_aside)
    if found.same:
        return f"The same answer: A ({left}) and B ({right}); set aside: {aside}."
    kinds = ", ".join(f"{count:,} {change.value}" for change, count in found.counts.items())
    differences = count_of(len(found.differences), "difference")
    return f"{differences} ({kinds}) from A ({left}) to B ({right}); set aside: {aside}."


# -- failures around the answers ----------------------------------------------------------------

CANCELLED_KEEPS_ANSWER = "Cancelled: the answer on screen is from the fetch before."
READ_FAILED_UNEXPECTEDLY = (
    "Reading this answer failed unexpectedly; the details are in the log. Try again."
)
NOT_COMPARED = (
    "The formats could not be compared (the details are in the log); the answers themselves "
    "are in their tabs."
)
SOMETHING_WENT_WRONG = (
    "Something went wrong inside tiket-gui; it keeps running. The log has details."
)
EMULATOR_NOT_STARTED = (
    "The local emulator could not start (no free local port?): restart tiket-gui or choose "
    "another environment."
)
HISTORY_NOT_OPENED = (
    "The history could not be opened (the data folder is not writable); fetches are not "
    "recorded this session."
)
HISTORY_NOT_WRITTEN = (
    "This fetch could not be added to the history (is the disk full?); it is still on screen."
)
HISTORY_ENTRY_GONE = "That entry is no longer in the history."
KEYCHAIN_FAILED = "The system keychain failed; the secret was not remembered."


def background_failure(what: str) -> str:
    """A background task failed and nothing else told the user: what was lost."""
    return f"{what} failed unexpectedly; the log has the details. Try again."


def os_reason(error: BaseException, fallback: str) -> str:
    """The system's short reason (`No such file or directory`), never an exception's text,
    which can carry a URL with the secret in it."""
    return (error.strerror if isinstance(error, OSError) else None) or fallback


def could_not_read(name: str, error: BaseException, advice: str = "") -> str:
    sentence = f"Could not read {name}: {os_reason(error, 'unreadable')}."
    return f"{sentence} {advice}" if advice else sentence


def not_text(name: str) -> str:
    return f"{name} is not UTF-8 text: check that it is the file you meant."


def could_not_write(name: str, error: BaseException) -> str:
    return f"Could not save {name}: {os_reason(error, 'write failed')}. Choose another folder."


def too_big_to_open(name: str, size: int, limit: int) -> str:
    return (
        f"{name} is {size / 1024 / 1024:.0f} MB; answers over {limit // 1024 // 1024} MB are "
        "not opened. Cut out the answer."
    )


def unknown_format(name: str) -> str:
    return f"Cannot tell the format of {name}: it is not JSON, XML, serialize or print_r text."


def unreadable_file(name: str) -> str:
    return f"{name} could not be read as an answer; the log has the details. Try another file."


def settings_not_saved(error: BaseException) -> str:
    return (
        f"Settings could not be saved ({os_reason(error, 'write failed')}); the old ones are "
        "kept. Check the disk space."
    )


def keychain_failure(error: BaseException) -> str:
    return error.message if isinstance(error, TiketError) else KEYCHAIN_FAILED
