"""One format's fetch, read and judged: what the CLI prints and the window shows.

Everything here runs in a worker: fetching, parsing, pretty text and the typed result.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from tiket_gui.core.calls import GET_TOKEN, Call, guess_call
from tiket_gui.core.errors import FetchError, FetchErrorKind, ParseError, TiketError
from tiket_gui.core.formats import Format, ParsedBody, detect_format, parse, pretty
from tiket_gui.core.gc_pause import gc_paused
from tiket_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from tiket_gui.core.result import ApiResult

if TYPE_CHECKING:
    from tiket_gui.core.client import CancelHandle, TokenClient
    from tiket_gui.core.compare import Comparison
    from tiket_gui.core.display import DisplayText
    from tiket_gui.core.request import ApiRequest


class Verdict(enum.StrEnum):
    """How a fetch ended. The values are what the history stores and filters on: keep them."""

    OK = "OK"
    API_ERROR = "API error"
    HTTP_ERROR = "HTTP error"
    NETWORK_ERROR = "Network error"
    UNREADABLE = "Unreadable"
    CANCELLED = "Cancelled"

    @property
    def label(self) -> str:
        """The verdict as a badge or a list shows it."""
        return translate("outcome", _VERDICT_LABELS[self])

    @classmethod
    def from_stored(cls, value: str) -> Verdict:
        """A stored value; one this version does not know reads as unreadable."""
        try:
            return cls(value)
        except ValueError:
            return cls.UNREADABLE


_VERDICT_LABELS = {
    Verdict.OK: QT_TRANSLATE_NOOP("outcome", "OK"),
    Verdict.API_ERROR: QT_TRANSLATE_NOOP("outcome", "API error"),
    Verdict.HTTP_ERROR: QT_TRANSLATE_NOOP("outcome", "HTTP error"),
    Verdict.NETWORK_ERROR: QT_TRANSLATE_NOOP("outcome", "Network error"),
    Verdict.UNREADABLE: QT_TRANSLATE_NOOP("outcome", "Unreadable"),
    Verdict.CANCELLED: QT_TRANSLATE_NOOP("outcome", "Cancelled"),
}


@dataclass
class FormatOutcome:
    format: Format
    env: str = ""
    call: Call = GET_TOKEN
    url: str = ""
    http_status: int | None = None
    status_line: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    elapsed_ms: float | None = None
    body: bytes = b""
    proxy: str | None = None
    parsed: ParsedBody | None = None
    result: ApiResult | None = None
    error: TiketError | None = None
    pretty_text: str | None = None
    # the pretty text folded and cut for the window, prepared on the worker when it is big
    pretty_display: DisplayText | None = field(default=None, repr=False, compare=False)
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.parsed.warnings if self.parsed else ()

    @property
    def token(self) -> str | None:
        return self.result.token if self.result else None

    @property
    def succeeded(self) -> bool:
        return self.error is None and self.result is not None and self.result.succeeded

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "env": self.env,
            "format": self.format.value,
            "url": self.url,
            "http_status": self.http_status,
            "elapsed_ms": round(self.elapsed_ms, 1) if self.elapsed_ms is not None else None,
            "proxy": self.proxy,
        }
        if self.result is not None:
            data.update(self.result.as_json())
        else:
            data.update(
                call=self.call.name,
                records=None,
                diagnostic=None,
                output_type=None,
                login_status=None,
                token=None,
                fields=None,
                problems=[],
            )
        data["warnings"] = list(self.warnings)
        data["error"] = (
            {"kind": error_kind(self.error), "message": self.error.message}
            if self.error is not None
            else None
        )
        return data


@dataclass
class FetchRecord:
    """One press of Fetch: its outcomes by format, and when and where it went."""

    environment: str  # as a person reads it: "Local emulator", "Sandbox"
    base_url: str
    formats: list[Format]
    partner_id: str = ""
    partner_name: str = ""
    call: Call = GET_TOKEN
    sent_token: str = ""  # the token a token call sent: Renew takes it after a refusal
    sequence: int = 0
    source: str = "fetch"  # fetch, history or file
    history_id: int | None = None
    started: float = field(default_factory=time.perf_counter)
    fetched_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    outcomes: dict[Format, FormatOutcome] = field(default_factory=dict)
    total_ms: float = 0.0
    # the formats compared field by field, made on the worker with the outcomes: 60,000 fields
    # took ~1 s; None until made
    comparison: Comparison | None = field(default=None, repr=False, compare=False)

    @property
    def complete(self) -> bool:
        return len(self.outcomes) == len(self.formats)

    @property
    def readable(self) -> bool:
        return any(outcome.parsed is not None for outcome in self.outcomes.values())

    def primary(self, preferred: Format | None = None) -> FormatOutcome | None:
        """The user's pick if it was read, else the first that succeeded, else the first read."""
        ordered = [self.outcomes[fmt] for fmt in Format if fmt in self.outcomes]
        if preferred in self.outcomes and self.outcomes[preferred].parsed is not None:
            return self.outcomes[preferred]
        return next((o for o in ordered if o.succeeded), None) or next(
            (o for o in ordered if o.parsed is not None), ordered[0] if ordered else None
        )

    def verdict(self) -> Verdict:
        primary = self.primary()
        if primary is None:
            return Verdict.CANCELLED
        if primary.result is not None:
            return Verdict.API_ERROR if primary.result.is_api_error else Verdict.OK
        error = primary.error
        if isinstance(error, FetchError):
            if error.kind is FetchErrorKind.CANCELLED:
                return Verdict.CANCELLED
            return Verdict.HTTP_ERROR if error.kind in _HTTP_KINDS else Verdict.NETWORK_ERROR
        return Verdict.UNREADABLE if isinstance(error, ParseError) else Verdict.NETWORK_ERROR

    @property
    def has_bodies(self) -> bool:
        return any(outcome.body for outcome in self.outcomes.values())

    def first_failure(self) -> FormatOutcome | None:
        return next((o for o in self.outcomes.values() if o.error is not None), None)


def read_saved(body: bytes, name: str, fmt: Format | None = None) -> FetchRecord:
    """A saved answer (a file, the clipboard, a docs sample) of any call, read as a fetch
    would be; which call it answers is told by the fields it carries."""
    found = fmt or detect_format(body)
    chosen = found or Format.JSON
    record = FetchRecord(translate("outcome", "Opened answer"), name, [chosen], source="file")
    outcome = FormatOutcome(chosen, env="file", url=name, body=body)
    if found is None:
        from tiket_gui.core import wording  # noqa: PLC0415  (wording reads these records)

        outcome.error = ParseError(wording.unknown_format(name))
    else:
        try:
            outcome.parsed = parse(body, chosen)
        except ParseError as error:
            outcome.error = error
        else:
            outcome.call = record.call = guess_call(outcome.parsed.tree)
            read_answer(outcome, live=False, with_pretty=True)
    record.outcomes[chosen] = outcome
    record.comparison = compare_if_small(record.outcomes)
    return record


# Up to this much body in all, the formats are compared before the answer is shown: a
# getToken answer is under 1 KB and compares in ~1 ms. A bigger answer is shown first and
# compared after: List Country's four formats (135 KB, 3,000 fields) took ~14 ms, 63,000
# fields 0.2-1 s, and the records and text need not wait for them.
COMPARE_FIRST_BYTES = 64 * 1024


def compare_if_small(outcomes: Mapping[Format, FormatOutcome]) -> Comparison | None:
    """The comparison of small answers; None for big ones, compared once shown."""
    if sum(len(outcome.body) for outcome in outcomes.values()) > COMPARE_FIRST_BYTES:
        return None
    return compare_outcomes(outcomes)


def compare_outcomes(outcomes: Mapping[Format, FormatOutcome]) -> Comparison:
    """The formats that could be read, compared field by field, in the formats' order."""
    # imported here: tiket-token get compares nothing, and its start is measured (S10)
    from tiket_gui.core.compare import Comparison  # noqa: PLC0415

    with gc_paused():
        return Comparison.of(
            {
                fmt: parsed.tree
                for fmt in Format
                if fmt in outcomes and (parsed := outcomes[fmt].parsed) is not None
            }
        )


_HTTP_KINDS = {
    FetchErrorKind.HTTP_ERROR,
    FetchErrorKind.FIREWALL_BLOCKED,
    FetchErrorKind.REDIRECT_REFUSED,
}


def read_answer(
    outcome: FormatOutcome, *, live: bool = True, with_pretty: bool = False
) -> FormatOutcome:
    """Parse the outcome's body and judge it; `live` off for saved answers (no clock check)."""
    with gc_paused():
        return _read_answer(outcome, live=live, with_pretty=with_pretty)


def _read_answer(outcome: FormatOutcome, *, live: bool, with_pretty: bool) -> FormatOutcome:
    if outcome.parsed is None:  # read_saved parses first, to tell which call answered
        try:
            outcome.parsed = parse(outcome.body, outcome.format)
        except ParseError as error:
            outcome.error = error
    if outcome.parsed is not None:
        outcome.result = ApiResult.from_tree(
            outcome.parsed.tree, outcome.format, call=outcome.call, check_clock=live
        )
    if with_pretty:
        outcome.pretty_text = (
            pretty(outcome.body, outcome.format, outcome.parsed) if outcome.parsed else None
        )
        from tiket_gui.core.display import LONG_LINE_CHARS, display_text  # noqa: PLC0415

        if outcome.pretty_text is not None and len(outcome.pretty_text) > LONG_LINE_CHARS:
            outcome.pretty_display = display_text(outcome.pretty_text)
    return outcome


def fetch_and_read(
    client: TokenClient,
    request: ApiRequest,
    *,
    env: str = "",
    cancel: CancelHandle | None = None,
    with_pretty: bool = False,
) -> FormatOutcome:
    """Fetch one format and read it; failures are kept in the outcome, never raised."""
    outcome = FormatOutcome(request.output, env=env, call=request.call, url=request.redacted_url())
    try:
        raw = client.fetch(request, cancel=cancel)
    except FetchError as error:
        outcome.error = error
        if error.response is not None:
            outcome.http_status = error.response.status
            outcome.status_line = error.response.status_line
            outcome.headers = error.response.headers
            outcome.body = error.response.body
            outcome.elapsed_ms = error.response.elapsed_ms
        return outcome
    except TiketError as error:
        outcome.error = error
        return outcome
    outcome.http_status = raw.status
    outcome.status_line = raw.status_line
    outcome.headers = raw.headers
    outcome.elapsed_ms = raw.elapsed_ms
    outcome.body = raw.body
    outcome.proxy = raw.proxy
    return read_answer(outcome, with_pretty=with_pretty)


def error_kind(error: TiketError) -> str:
    if isinstance(error, FetchError):
        return error.kind.value
    return "unreadable" if isinstance(error, ParseError) else "input"
