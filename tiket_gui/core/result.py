"""What an answer of any call says, typed, with the problems a careful reader would point out."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from tiket_gui.core.calls import GET_TOKEN, Call, Record
from tiket_gui.core.formats import Format
from tiket_gui.core.i18n import number, translate

DIAGNOSTIC_KEYS = (
    "status",
    "confirm",
    "elapsetime",
    "memoryusage",
    "unix_timestamp",
    "lang",
    "currency",
    "error_msgs",
)
CLOCK_SKEW_LIMIT_S = 300
_HEX = re.compile(r"[0-9a-fA-F]+")
TOKEN_MAX_CHARS = 128  # CHAR(128) in the docs; their tokens are 40 hex, 32 in older ones
_MEMORY = re.compile(r"\s*([\d.]+)\s*([KMG]?B)?\s*", re.IGNORECASE)
_UNITS = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}


@dataclass(frozen=True)
class Diagnostic:
    status: int | None = None
    confirm: str | None = None
    elapsetime: float | None = None
    memoryusage: str | None = None
    memoryusage_bytes: int | None = None
    unix_timestamp: int | None = None
    lang: str | None = None
    currency: str | None = None
    error_msgs: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    status_class: str | None = None  # "ok" on a success that is not a 200 (the docs' 201)

    @property
    def says_ok(self) -> bool:
        return (self.status_class or "").strip().lower() == "ok"

    @property
    def server_time(self) -> datetime | None:
        if self.unix_timestamp is None:
            return None
        try:
            return datetime.fromtimestamp(self.unix_timestamp, UTC)
        except (OverflowError, OSError, ValueError):
            return None

    def as_json(self) -> dict[str, Any]:
        when = self.server_time
        return {
            "status": self.status,
            "confirm": self.confirm,
            "elapsetime": self.elapsetime,
            "memoryusage": self.memoryusage,
            "memoryusage_bytes": self.memoryusage_bytes,
            "unix_timestamp": self.unix_timestamp,
            "server_time_utc": when.isoformat() if when else None,
            "lang": self.lang,
            "currency": self.currency,
            "error_msgs": self.error_msgs,
        }


@dataclass(frozen=True)
class ApiResult:
    """An answer read from a tree, in any format: the diagnostic block, the token it gives or
    echoes, the call's records (None for a call without any, or an answer that lacks them)."""

    format: Format | None
    diagnostic: Diagnostic
    output_type: str | None
    login_status: bool | None
    token: str | None
    fields: Any
    problems: tuple[str, ...]
    call: Call = GET_TOKEN
    records: tuple[Record, ...] | None = None
    token_problem: str | None = None  # the problem that is about the token, if one is

    @property
    def is_api_error(self) -> bool:
        """The API answered but refused: a status other than 200, or an error message,
        unless the answer marks itself successful (`statusClass: "ok"`, as the docs' 201
        "Your Contact Person details has been saved." does)."""
        if self.diagnostic.says_ok:
            return False
        status = self.diagnostic.status
        return (status is not None and status != 200) or bool(self.diagnostic.error_msgs)

    @property
    def notice(self) -> str | None:
        """The message of an answer that succeeded with one (a 201 with statusClass ok)."""
        if self.diagnostic.says_ok and self.diagnostic.error_msgs:
            return self.diagnostic.error_msgs
        return None

    @property
    def succeeded(self) -> bool:
        """getToken brought a token; any other call, its records."""
        if self.is_api_error:
            return False
        return self.records is not None if self.call.has_records else bool(self.token)

    @property
    def api_refusal(self) -> str | None:
        """The API's own refusal in a sentence, when it refused."""
        return None if self.diagnostic.says_ok else api_refusal(self.diagnostic)

    @classmethod
    def from_tree(
        cls,
        tree: Any,
        fmt: Format | None = None,
        *,
        call: Call = GET_TOKEN,
        now: float | None = None,
        check_clock: bool = True,
    ) -> ApiResult:
        """Read a tree; `check_clock` off for saved answers, whose timestamps are old by nature."""
        problems: list[str] = []
        if not isinstance(tree, dict):
            problems.append(
                translate(
                    "result", "The answer is not a set of named fields, so nothing could be read."
                )
            )
            return cls(fmt, Diagnostic(), None, None, None, tree, tuple(problems), call)
        diagnostic = _read_diagnostic(tree.get("diagnostic"), problems)
        if diagnostic.status_class is None and tree.get("statusClass") is not None:
            diagnostic = replace(diagnostic, status_class=_text(tree.get("statusClass")))
        output_type = _text(tree.get("output_type"))
        login_status = _read_bool(tree.get("login_status"), problems)
        token = _text(tree.get("token"))
        errored = not diagnostic.says_ok and (
            diagnostic.status not in (None, 200) or bool(diagnostic.error_msgs)
        )

        if output_type is None:
            problems.append(translate("result", "The answer has no output_type."))
        elif fmt is not None and output_type != fmt.value:
            problems.append(
                translate("result", "output_type is {sent!r}, but {asked!r} was asked for.").format(
                    sent=output_type, asked=fmt.value
                )
            )
        refusal = None if diagnostic.says_ok else api_refusal(diagnostic)
        token_problem = None
        if not errored:
            if diagnostic.confirm is not None and diagnostic.confirm != "success":
                problems.append(
                    translate("result", "confirm is {sent!r}, not 'success'.").format(
                        sent=diagnostic.confirm
                    )
                )
            if token is None and not call.takes_token:
                token_problem = translate("result", "The answer has no token.")
            elif token is not None:
                token_problem = token_oddity(token)
            if token_problem:
                problems.append(token_problem)
            if login_status is None and "login_status" not in tree:
                problems.append(translate("result", "The answer has no login_status."))
        server_time = diagnostic.unix_timestamp
        if server_time is not None and diagnostic.server_time is None:
            # found by fuzzing: a 300-digit timestamp overflowed the clock arithmetic
            problems.append(
                translate("result", "unix_timestamp {value} is not a valid time.").format(
                    value=str(server_time)[:20]
                )
            )
        elif server_time is not None and check_clock:
            skew = server_time - (time.time() if now is None else now)
            if abs(skew) > CLOCK_SKEW_LIMIT_S:
                sentence = (
                    translate("result", "The server clock is {duration} ahead of this machine's.")
                    if skew > 0
                    else translate(
                        "result", "The server clock is {duration} behind this machine's."
                    )
                )
                problems.append(sentence.format(duration=_duration(abs(skew))))
        if refusal is not None:  # the API's own word first, what is odd in the shape after
            problems.insert(0, refusal)
        records = call.read_records(tree)
        if call.has_records and records is None and not errored:
            problems.append(
                translate(
                    "result", "The answer has no {place}, where {call} lists its records."
                ).format(place=call.records_at, call=call.title)
            )
        return cls(
            fmt,
            diagnostic,
            output_type,
            login_status,
            token,
            tree,
            tuple(problems),
            call,
            records,
            token_problem or None,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "call": self.call.name,
            "diagnostic": self.diagnostic.as_json(),
            "output_type": self.output_type,
            "login_status": self.login_status,
            "token": self.token,
            "fields": self.fields,
            "records": list(self.records) if self.records is not None else None,
            "problems": list(self.problems),
        }


def token_oddity(token: str) -> str | None:
    """What is odd about a token, said exactly; None for one like the docs' (32 or 40 hex
    characters, lower or upper case, or anything else hex up to CHAR(128))."""
    if not token:
        return translate("result", "The token is empty.")
    if len(token) > TOKEN_MAX_CHARS:
        return translate(
            "result", "The token is {length} characters long; the docs type it CHAR(128)."
        ).format(length=number(len(token)))
    if token != token.strip():
        return translate("result", "The token starts or ends with a space.")
    if not _HEX.fullmatch(token):
        bad = next(char for char in token if not _HEX.fullmatch(char))
        return translate(
            "result",
            "The token holds {character!r}, which is not a hex digit; the docs' tokens are hex "
            "only (32 or 40 characters).",
        ).format(character=bad)
    return None


def api_refusal(diagnostic: Diagnostic) -> str | None:
    """A status other than 200, or an error message: the API's words, quoted as sent."""
    if diagnostic.status is not None and diagnostic.status != 200:
        if diagnostic.error_msgs:
            return translate("result", "The API answered with status {status}: {message}.").format(
                status=diagnostic.status, message=diagnostic.error_msgs
            )
        return translate("result", "The API answered with status {status}.").format(
            status=diagnostic.status
        )
    if diagnostic.error_msgs:
        return translate("result", "The API reported an error: {message}.").format(
            message=diagnostic.error_msgs
        )
    return None


def _read_diagnostic(node: Any, problems: list[str]) -> Diagnostic:
    if not isinstance(node, dict):
        problems.append(translate("result", "The answer has no diagnostic block."))
        return Diagnostic()
    for key in ("status", "elapsetime", "memoryusage", "unix_timestamp", "lang", "currency"):
        if key not in node:
            problems.append(
                translate("result", "The diagnostic block has no {key}.").format(key=key)
            )
    status = _read_int(node.get("status"), "status", problems)
    elapsetime = _read_float(node.get("elapsetime"), "elapsetime", problems)
    memory = _text(node.get("memoryusage"))
    return Diagnostic(
        status=status,
        confirm=_text(node.get("confirm")),
        elapsetime=elapsetime,
        memoryusage=memory,
        memoryusage_bytes=_memory_bytes(memory),
        unix_timestamp=_read_int(node.get("unix_timestamp"), "unix_timestamp", problems),
        lang=_text(node.get("lang")),
        currency=_text(node.get("currency")),
        error_msgs=_error_text(node.get("error_msgs")),
        raw=dict(node),
        status_class=_text(node.get("statusClass")),
    )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict | list):
        return None
    return str(value)


def _error_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, list):
        return "; ".join(str(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(str(item) for item in value.values())
    return str(value)


def _read_int(value: Any, key: str, problems: list[str]) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        problems.append(
            translate("result", "diagnostic {key} is {value!r}, not a whole number.").format(
                key=key, value=value
            )
        )
        return None


def _read_float(value: Any, key: str, problems: list[str]) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        problems.append(
            translate("result", "diagnostic {key} is {value!r}, not a number of seconds.").format(
                key=key, value=value
            )
        )
        return None


def _read_bool(value: Any, problems: list[str]) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1"):
        return True
    if text in ("false", "0", ""):
        return False
    problems.append(
        translate("result", "login_status is {value!r}, neither true nor false.").format(
            value=value
        )
    )
    return None


def _memory_bytes(text: str | None) -> int | None:
    if text is None:
        return None
    found = _MEMORY.fullmatch(text)
    if not found:
        return None
    try:
        number = float(found.group(1))
    except ValueError:
        return None
    return round(number * _UNITS[(found.group(2) or "B").upper()])


def _duration(seconds: float) -> str:
    if seconds < 3600:
        return translate("result", "{count} minutes").format(count=number(seconds / 60))
    if seconds < 86400 * 2:
        return translate("result", "{count} hours").format(count=number(seconds / 3600, 1))
    return translate("result", "{count} days").format(count=number(seconds / 86400))
