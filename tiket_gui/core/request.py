"""A call's request: the form as URL, parameters and headers, checked before sending."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from urllib.parse import quote_plus, urlencode

from tiket_gui.core.calls import GET_TOKEN, Call
from tiket_gui.core.errors import InputError
from tiket_gui.core.formats import Format
from tiket_gui.core.redact import MASK, shorten_token

SECRET_MAX_LENGTH = 128  # CHAR(128) in the docs' parameter table
TOKEN_MAX_LENGTH = 128  # CHAR(128) too
LANGUAGES = ("id", "en")
_PRINTABLE_ASCII = re.compile(r"[\x20-\x7e]+")


@dataclass(frozen=True)
class ApiRequest:
    """One call in one format. The secret is left out of repr() so it cannot slip into a log;
    a call that takes the token never sends it."""

    base_url: str
    partner_id: str
    partner_name: str
    secret_key: str = field(default="", repr=False)
    output: Format = Format.JSON
    renew_token: str = ""
    lang: str = ""
    call: Call = GET_TOKEN
    token: str = ""  # what a token call sends as token=

    @property
    def user_agent(self) -> str:
        # The firewall blocks every request whose User-Agent is not exactly this shape,
        # trailing semicolon included.
        return f"twh:{self.partner_id};{self.partner_name};"

    def problems(self) -> list[InputError]:
        """Every reason this request cannot be sent, each naming its field."""
        found: list[InputError] = []
        if not self.base_url:
            found.append(InputError("base_url", "The base URL is empty: choose an environment."))
        for field_name, label, value in (
            ("partner_id", "Partner ID", self.partner_id),
            ("partner_name", "Partner name", self.partner_name),
        ):
            problem = _user_agent_part_problem(label, value)
            if problem:
                found.append(InputError(field_name, problem))
        if self.call.takes_token:
            found += _token_problems("token", "Token", self.token, required=True)
        else:
            found += _secret_problems(self.secret_key)
            found += _token_problems("renew_token", "Token to renew", self.renew_token)
        if self.lang and self.lang not in LANGUAGES:
            found.append(
                InputError(
                    "lang", f"Language must be one of {', '.join(LANGUAGES)}, or left empty."
                )
            )
        return found

    def validate(self) -> None:
        """Raise the first problem, if any."""
        problems = self.problems()
        if problems:
            raise problems[0]

    def params(self) -> list[tuple[str, str]]:
        if self.call.takes_token:
            params = [("token", self.token), ("output", self.output.value)]
        else:
            params = [
                ("method", self.call.method),
                ("secretkey", self.secret_key),
                ("output", self.output.value),
            ]
            if self.renew_token:
                params.append(("token", self.renew_token))
        if self.lang:
            params.append(("lang", self.lang))
        return params

    @property
    def endpoint(self) -> str:
        return self.base_url + self.call.path

    def url(self) -> str:
        """The URL as sent on the wire, secret included: never show or store it."""
        return f"{self.endpoint}?{urlencode(self.params())}"

    def redacted_url(self) -> str:
        """The URL with the secret masked and a token shortened, for showing and storing."""
        shown: list[str] = []
        for name, value in self.params():
            if name == "secretkey":
                shown.append(f"{name}={MASK}")
            elif name == "token":
                shown.append(f"{name}={quote_plus(shorten_token(value))}")
            else:
                shown.append(urlencode([(name, value)]))
        return f"{self.endpoint}?{'&'.join(shown)}"

    def headers(self) -> dict[str, str]:
        return {
            "User-Agent": self.user_agent,
            # the docs' samples send it on a GET; some firewalls look for it
            "Content-Type": "text/plain",
            "Accept": "*/*",
            # only what client.fetch can decompress under its size cap
            "Accept-Encoding": "gzip, deflate",
        }

    def as_curl(self, *, reveal_secret: bool = False) -> str:
        """A cURL line for the same call.

        By default the secret is read from $TIKET_SECRET_KEY through curl's standard input,
        so it appears neither in the line nor in the process list while curl runs.
        """
        parts: list[str] = []
        if not reveal_secret and not self.call.takes_token:
            parts.append('printf %s "$TIKET_SECRET_KEY" |')
        parts += ["curl", "-sS", "-G"]
        for name, value in self.params():
            if name == "secretkey":
                data = f"{name}={value}" if reveal_secret else f"{name}@-"
            else:
                data = f"{name}={value}"
            parts += ["--data-urlencode", shlex.quote(data)]
        for name in ("User-Agent", "Content-Type"):
            parts += ["-H", shlex.quote(f"{name}: {self.headers()[name]}")]
        parts.append(shlex.quote(self.endpoint))
        return " ".join(parts)


def describe_requests(requests: list[ApiRequest]) -> str:
    """The requests of one fetch as a person reads them: one URL, its parameters, the headers.

    They differ only in `output`, so the formats are listed on that one line.
    """
    if not requests:
        return ""
    first = requests[0]
    lines = [f"GET {first.endpoint}"]
    for name, value in first.params():
        if name == "output" and len(requests) > 1:
            formats = ", ".join(request.output.value for request in requests)
            lines.append(f"  output = {formats}  (one request each)")
        elif name == "secretkey":
            lines.append(f"  {name} = {MASK}")
        else:  # the token is not the secret: shown whole, as the call sends it
            lines.append(f"  {name} = {value}")
    lines += [f"{name}: {value}" for name, value in first.headers().items()]
    return "\n".join(lines)


def _secret_problems(secret: str) -> list[InputError]:
    if not secret:
        return [InputError("secret_key", "Secret key is empty: paste the key tiket.com gave you.")]
    if len(secret) > SECRET_MAX_LENGTH:
        return [
            InputError(
                "secret_key",
                f"Secret key is {len(secret)} characters long; the API takes at most "
                f"{SECRET_MAX_LENGTH}. Check that you pasted only the key.",
            )
        ]
    return []


def _token_problems(
    field_name: str, label: str, token: str, *, required: bool = False
) -> list[InputError]:
    if not token:
        if not required:
            return []
        return [
            InputError(
                field_name,
                f"{label} is empty: get one with Get Token first, or paste one you have.",
            )
        ]
    if not _PRINTABLE_ASCII.fullmatch(token):
        return [
            InputError(
                field_name,
                f"{label} must be plain ASCII with no line breaks: paste the token only.",
            )
        ]
    if " " in token:
        return [InputError(field_name, f"{label} contains a space: paste the token only.")]
    if len(token) > TOKEN_MAX_LENGTH:
        return [
            InputError(
                field_name,
                f"{label} is {len(token)} characters long; the API takes at most "
                f"{TOKEN_MAX_LENGTH}. Check that you pasted only the token.",
            )
        ]
    return []


def _user_agent_part_problem(label: str, value: str) -> str:
    if not value:
        return f"{label} is empty: the firewall blocks requests without it."
    if "\r" in value or "\n" in value:
        return f"{label} contains a line break: remove it."
    if ";" in value:
        return f"{label} contains ';', which ends a part of the User-Agent: remove it."
    if not _PRINTABLE_ASCII.fullmatch(value):
        return (
            f"{label} may use only plain ASCII letters, digits, spaces and punctuation: "
            "HTTP headers cannot carry other characters reliably."
        )
    if value != value.strip():
        return f"{label} starts or ends with a space: remove it."
    return ""
