"""A call's request: the form as URL, parameters and headers, checked before sending."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote_plus, urlencode

from tiket_gui.core.calls import GET_TOKEN, Call
from tiket_gui.core.errors import InputError
from tiket_gui.core.formats import Format
from tiket_gui.core.i18n import translate
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
            found.append(
                InputError(
                    "base_url",
                    translate("request", "The base URL is empty: choose an environment."),
                )
            )
        for field_name, label, value in (
            ("partner_id", translate("request", "Partner ID"), self.partner_id),
            ("partner_name", translate("request", "Partner name"), self.partner_name),
        ):
            problem = _user_agent_part_problem(label, value)
            if problem:
                found.append(InputError(field_name, problem))
        if self.call.takes_token:
            found += _token_problems("token", "Token", self.token, required=True)
        else:
            found += _secret_problems(self.secret_key)
            found += _token_problems(
                "renew_token", translate("request", "Token to renew"), self.renew_token
            )
        if self.lang and self.lang not in LANGUAGES:
            found.append(
                InputError(
                    "lang",
                    translate(
                        "request", "Language must be one of {languages}, or left empty."
                    ).format(languages=", ".join(LANGUAGES)),
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
        import shlex  # noqa: PLC0415  (a fetch needs none of it)

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
            lines.append(
                "  output = {formats}  ({each})".format(
                    formats=formats, each=translate("request", "one request each")
                )
            )
        elif name == "secretkey":
            lines.append(f"  {name} = {MASK}")
        else:  # the token is not the secret: shown whole, as the call sends it
            lines.append(f"  {name} = {value}")
    lines += [f"{name}: {value}" for name, value in first.headers().items()]
    return "\n".join(lines)


def _secret_problems(secret: str) -> list[InputError]:
    if not secret:
        return [
            InputError(
                "secret_key",
                translate("request", "Secret key is empty: paste the key tiket.com gave you."),
            )
        ]
    if len(secret) > SECRET_MAX_LENGTH:
        return [
            InputError(
                "secret_key",
                translate(
                    "request",
                    "Secret key is {length} characters long; the API takes at most "
                    "{SECRET_MAX_LENGTH}. Check that you pasted only the key.",
                ).format(length=len(secret), SECRET_MAX_LENGTH=SECRET_MAX_LENGTH),
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
                translate(
                    "request",
                    "{label} is empty: get one with Get Token first, or paste one you have.",
                ).format(label=label),
            )
        ]
    if not _PRINTABLE_ASCII.fullmatch(token):
        return [
            InputError(
                field_name,
                translate(
                    "request",
                    "{label} must be plain ASCII with no line breaks: paste the token only.",
                ).format(label=label),
            )
        ]
    if " " in token:
        return [
            InputError(
                field_name,
                translate("request", "{label} contains a space: paste the token only.").format(
                    label=label
                ),
            )
        ]
    if len(token) > TOKEN_MAX_LENGTH:
        return [
            InputError(
                field_name,
                translate(
                    "request",
                    "{label} is {length} characters long; the API takes at most "
                    "{TOKEN_MAX_LENGTH}. Check that you pasted only the token.",
                ).format(label=label, length=len(token), TOKEN_MAX_LENGTH=TOKEN_MAX_LENGTH),
            )
        ]
    return []


def _user_agent_part_problem(label: str, value: str) -> str:
    if not value:
        return translate(
            "request", "{label} is empty: the firewall blocks requests without it."
        ).format(label=label)
    if "\r" in value or "\n" in value:
        return translate("request", "{label} contains a line break: remove it.").format(label=label)
    if ";" in value:
        return translate(
            "request", "{label} contains ';', which ends a part of the User-Agent: remove it."
        ).format(label=label)
    if not _PRINTABLE_ASCII.fullmatch(value):
        return translate(
            "request",
            "{label} may use only plain ASCII letters, digits, spaces and "
            "punctuation: HTTP headers cannot carry other characters reliably.",
        ).format(label=label)
    if value != value.strip():
        return translate("request", "{label} starts or ends with a space: remove it.").format(
            label=label
        )
    return ""
