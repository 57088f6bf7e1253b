"""The one place an outcome, an error or a problem becomes a sentence a person reads.

The CLI and the window both word what happened through here, so they say the same thing,
and a later translation has one place to go through. The API's own words (field names,
statuses, `error_msgs`) are quoted as sent.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from tiket_gui.core.errors import ParseError, TiketError
from tiket_gui.core.i18n import clock, date_and_clock, number, translate
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


def count_of(count: int, one: str, many: str) -> str:
    """`one` or `many` (translated sentences with a `{count}`) for `count`, the number
    written in the language's way: `1 format`, `2 formats`, `1,000 fields`."""
    return (one if count == 1 else many).format(count=number(count))


def formats_count(count: int) -> str:
    return count_of(
        count, translate("wording", "{count} format"), translate("wording", "{count} formats")
    )


def records_count(count: int) -> str:
    return count_of(
        count, translate("wording", "{count} record"), translate("wording", "{count} records")
    )


def differences_count(count: int) -> str:
    return count_of(
        count,
        translate("wording", "{count} difference"),
        translate("wording", "{count} differences"),
    )


# -- one format's outcome ------------------------------------------------------------------------


def error_sentence(error: TiketError, body: bytes = b"") -> str:
    """An error's sentence, with the line and column of a position in the body it names."""
    message = error.message
    if isinstance(error, ParseError) and body:
        where = error.line_and_column(body)
        if where and not error.names_line:
            message += " " + translate("wording", "(line {line}, column {column})").format(
                line=where[0], column=where[1]
            )
    return message


def outcome_headline(outcome: FormatOutcome) -> str | None:
    """Why one format did not bring a usable answer, or None when it did."""
    if outcome.error is not None:
        return error_sentence(outcome.error, outcome.body)
    result = outcome.result
    if result is None:
        return translate("wording", "No answer was read.")
    if result.is_api_error:
        return result.api_refusal or translate("wording", "The API refused the request.")
    if not result.token:
        return result.token_problem or translate("wording", "The answer carries no token.")
    return None


# -- a whole fetch ------------------------------------------------------------------------------


def outcome_sentence(record: FetchRecord) -> str:
    """The status bar's line once a fetch, a history entry or an opened answer is shown."""
    formats = formats_count(len(record.outcomes))
    if record.source == "file":
        read = ", ".join(fmt.title for fmt in record.outcomes)
        return translate("wording", "Read {name} as {formats}.").format(
            name=record.base_url, formats=read
        )
    verdict = record.verdict()
    took = number(record.total_ms)
    if verdict is Verdict.OK and record.call.has_records:
        primary = record.primary()
        count = len(primary.result.records or ()) if primary and primary.result else 0
        return translate("wording", "{call}: {records} in {formats} in {ms} ms.").format(
            call=record.call.title, records=records_count(count), formats=formats, ms=took
        )
    if verdict is Verdict.OK:
        return translate("wording", "Token received in {formats} in {ms} ms.").format(
            formats=formats, ms=took
        )
    if verdict is Verdict.API_ERROR:
        return translate("wording", "The API answered with an error ({formats}).").format(
            formats=formats
        )
    failure = record.first_failure()
    if failure and failure.error:
        return failure.error.message
    return translate("wording", "Fetched {formats}.").format(formats=formats)


def answer_notice(record: FetchRecord, *, from_history: bool) -> Notice | None:
    """What the response area says above an answer it shows, if anything."""
    if from_history:
        return Notice(
            translate("wording", "Showing a fetch from {time}, not the latest.").format(
                time=clock(record.fetched_at)
            ),
            Level.INFO,
        )
    failure = record.first_failure()
    if failure is not None and failure.error is not None:
        return Notice(f"{failure.format.title}: {failure.error.message}", Level.ERROR)
    primary = record.primary()
    result = primary.result if primary is not None else None
    if result is not None and result.is_api_error:
        refusal = result.api_refusal or translate("wording", "The API refused the request.")
        return Notice(refusal, Level.WARNING)
    if result is not None and result.notice:
        return Notice(
            translate("wording", "The API says: {notice}").format(notice=result.notice),
            Level.INFO,
        )
    if record.source == "file" and failure is None:
        read = next(iter(record.outcomes.values()))
        return Notice(
            translate("wording", "Showing {name}, read as {format}.").format(
                name=record.base_url, format=read.format.title
            ),
            Level.INFO,
        )
    return None


def token_check_sentence(outcome: FormatOutcome) -> str:
    """What checking a token with the smallest call that takes one found."""
    call = outcome.call.title
    if outcome.succeeded:
        return translate(
            "wording", "The token was accepted: {call} answered with status 200."
        ).format(call=call)
    result = outcome.result
    if result is not None and result.is_api_error:
        refusal = result.api_refusal or translate("wording", "the API refused it.")
        return translate(
            "wording",
            "The token was refused by {call}: {refusal} Get a new token, or renew this one.",
        ).format(call=call, refusal=refusal)
    headline = outcome_headline(outcome) or translate("wording", "no answer could be read.")
    return translate("wording", "The token could not be checked: {reason}").format(reason=headline)


def failed_fetch_sentence(record: FetchRecord, on_screen: FetchRecord | None) -> str:
    """A fetch that brought nothing to show, and what the screen still holds."""
    failure = record.first_failure()
    if failure and failure.error:
        message = failure.error.message
    else:
        message = translate("wording", "The fetch failed.")
    if on_screen is not None:
        message += " " + translate(
            "wording", "The answer below is from {time} and is not current."
        ).format(time=clock(on_screen.fetched_at))
        if record.has_bodies:
            message += " " + translate(
                "wording", "Select the fetch in the history to see what came back."
            )
    return message


def saved_failure_sentence(record: FetchRecord) -> str | None:
    """A history entry whose fetch failed with nothing to show."""
    failure = record.first_failure()
    if failure is None or failure.error is None:
        return None
    return translate("wording", "That fetch failed: {reason}").format(reason=failure.error.message)


def timing_line(record: FetchRecord, *, from_history: bool) -> str:
    """Where and when an answer came from, and how long it took."""
    if record.source == "file":
        opened = translate("wording", "opened {time}").format(time=clock(record.fetched_at))
        parts = [opened, record.base_url]
    else:
        parts = [translate("wording", "client {ms} ms").format(ms=number(record.total_ms))]
        primary = record.primary()
        server = primary.result.diagnostic.elapsetime if primary and primary.result else None
        if server is not None:
            parts.append(translate("wording", "server {ms} ms").format(ms=number(server * 1000)))
        # the day only when it is not today: the line must fit beside the verdict
        when = record.fetched_at
        today = when.astimezone().date() == datetime.now().astimezone().date()
        parts.append(
            translate("wording", "fetched {when}").format(
                when=clock(when) if today else date_and_clock(when)
            )
        )
        parts.append(record.environment)
    if from_history:
        parts.append(translate("wording", "from history"))
    return " · ".join(parts)


def not_current_timing(on_screen: FetchRecord) -> str:
    return translate("wording", "not current · fetched {time} · failed just now").format(
        time=clock(on_screen.fetched_at)
    )


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
    return translate("wording", "No technical detail was recorded.")


def comparison_summary(fields: int, formats: int, differing: int) -> str:
    if not formats:
        return translate("wording", "No format could be read, so there is nothing to compare.")
    fields_text = count_of(
        fields, translate("wording", "{count} field"), translate("wording", "{count} fields")
    )
    differ = count_of(
        differing,
        translate("wording", "{count} differs beyond what is expected"),
        translate("wording", "{count} differ beyond what is expected"),
    )
    return translate("wording", "{fields} in {formats} · {differ}").format(
        fields=fields_text, formats=formats_count(formats), differ=differ
    )


def diff_headline(found: Diff, left: str, right: str) -> str:
    """diff_summary without what was set aside: the window lists that beside it."""
    if found.same:
        return translate("wording", "The same answer: A ({left}) and B ({right}).").format(
            left=left, right=right
        )
    kinds = change_counts(found)
    return translate("wording", "{differences} ({kinds}) from A ({left}) to B ({right}).").format(
        differences=differences_count(len(found.differences)), kinds=kinds, left=left, right=right
    )


def change_counts(found: Diff) -> str:
    """`1 added, 2 changed`, in the language's words."""
    return ", ".join(f"{number(count)} {change.label}" for change, count in found.counts.items())


def diff_summary(found: Diff, left: str, right: str) -> str:
    """Two answers compared, in a line: the same, or how many differences of which kind."""
    aside = ", ".join(found.set_aside)
    if found.same:
        return translate(
            "wording", "The same answer: A ({left}) and B ({right}); set aside: {aside}."
        ).format(left=left, right=right, aside=aside)
    kinds = change_counts(found)
    return translate(
        "wording", "{differences} ({kinds}) from A ({left}) to B ({right}); set aside: {aside}."
    ).format(
        differences=differences_count(len(found.differences)),
        kinds=kinds,
        left=left,
        right=right,
        aside=aside,
    )


# -- failures around the answers ----------------------------------------------------------------


def cancelled_keeps_answer() -> str:
    return translate("wording", "Cancelled: the answer on screen is from the fetch before.")


def read_failed_unexpectedly() -> str:
    return translate(
        "wording", "Reading this answer failed unexpectedly; the details are in the log. Try again."
    )


def not_compared() -> str:
    return translate(
        "wording",
        "The formats could not be compared (the details are in the log); the answers themselves "
        "are in their tabs.",
    )


def something_went_wrong() -> str:
    return translate(
        "wording", "Something went wrong inside tiket-gui; it keeps running. The log has details."
    )


def emulator_not_started() -> str:
    return translate(
        "wording",
        "The local emulator could not start (no free local port?): restart tiket-gui or choose "
        "another environment.",
    )


def history_not_opened() -> str:
    return translate(
        "wording",
        "The history could not be opened (the data folder is not writable); fetches are not "
        "recorded this session.",
    )


def history_not_written() -> str:
    return translate(
        "wording",
        "This fetch could not be added to the history (is the disk full?); it is still on screen.",
    )


def history_entry_gone() -> str:
    return translate("wording", "That entry is no longer in the history.")


def keychain_failed() -> str:
    return translate("wording", "The system keychain failed; the secret was not remembered.")


def background_failure(what: str) -> str:
    """A background task failed and nothing else told the user: what was lost."""
    return translate(
        "wording", "{task} failed unexpectedly; the log has the details. Try again."
    ).format(task=what)


def os_reason(error: BaseException, fallback: str) -> str:
    """The system's short reason (`No such file or directory`), never an exception's text,
    which can carry a URL with the secret in it. The system's words stay in its own language."""
    return (error.strerror if isinstance(error, OSError) else None) or fallback


def could_not_read(name: str, error: BaseException, advice: str = "") -> str:
    sentence = translate("wording", "Could not read {name}: {reason}.").format(
        name=name, reason=os_reason(error, translate("wording", "unreadable"))
    )
    return f"{sentence} {advice}" if advice else sentence


def check_the_path() -> str:
    return translate("wording", "Check the path.")


def not_text(name: str) -> str:
    return translate(
        "wording", "{name} is not UTF-8 text: check that it is the file you meant."
    ).format(name=name)


def could_not_write(name: str, error: BaseException) -> str:
    return translate("wording", "Could not save {name}: {reason}. Choose another folder.").format(
        name=name, reason=os_reason(error, translate("wording", "write failed"))
    )


def too_big_to_open(name: str, size: int, limit: int) -> str:
    return translate(
        "wording",
        "{name} is {size} MB; answers over {limit} MB are not opened. Cut out the answer.",
    ).format(name=name, size=number(size / 1024 / 1024), limit=number(limit // 1024 // 1024))


def unknown_format(name: str) -> str:
    return translate(
        "wording",
        "Cannot tell the format of {name}: it is not JSON, XML, serialize or print_r text.",
    ).format(name=name)


def unreadable_file(name: str) -> str:
    return translate(
        "wording",
        "{name} could not be read as an answer; the log has the details. Try another file.",
    ).format(name=name)


def settings_not_saved(error: BaseException) -> str:
    return translate(
        "wording",
        "Settings could not be saved ({reason}); the old ones are kept. Check the disk space.",
    ).format(reason=os_reason(error, translate("wording", "write failed")))


def keychain_failure(error: BaseException) -> str:
    return error.message if isinstance(error, TiketError) else keychain_failed()
