"""The getToken request: the form as URL, parameters and headers, checked before sending."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from urllib.parse import quote_plus, urlencode

from tiket_gui.core.errors import InputError
from tiket_gui.core.formats import Format
from tiket_gui.core.redact import MASK, shorten_token

API_PATH = "/apiv1/payexpress"
METHOD_GET_TOKEN = "getToken"
SECRET_MAX_LENGTH = 128  # CHAR(128) in the docs' parameter table
LANGUAGES = ("id", "en")
_PRINTABLE_ASCII = re.compile(r"[\x20-\x7e]+")


@dataclass(frozen=True)
class TokenRequest:
    """One getToken call. The secret is left out of repr() so it cannot slip into a log."""

    base_url: str
    partner_id: str
    partner_name: str
    secret_key: str = field(repr=False)
    output: Format = Format.JSON
    renew_token: str = ""
    lang: str = ""

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
        if not self.secret_key:
            found.append(
                InputError("secret_key", "Secret key is empty: paste the key tiket.com gave you.")
            )
        elif len(self.secret_key) > SECRET_MAX_LENGTH:
            found.append(
                InputError(
                    "secret_key",
                    f"Secret key is {len(self.secret_key)} characters long; the API takes at most "
                    f"{SECRET_MAX_LENGTH}. Check that you pasted only the key.",
                )
            )
        if self.renew_token and not _PRINTABLE_ASCII.fullmatch(self.renew_token):
            found.append(
                InputError(
                    "renew_token",
                    "Token to renew must be plain ASCII with no spaces or line breaks: paste the "
                    "40-character token only.",
                )
            )
        elif self.renew_token and " " in self.renew_token:
            found.append(
                InputError("renew_token", "Token to renew contains a space: paste the token only.")
            )
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
        params = [
            ("method", METHOD_GET_TOKEN),
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
        return self.base_url + API_PATH

    def url(self) -> str:
        """The URL as sent on the wire, secret included: never show or store it."""
        return f"{self.endpoint}?{urlencode(self.params())}"

    def redacted_url(self) -> str:
        """The URL with the secret masked and a renew token shortened, for showing and storing."""
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
        if not reveal_secret:
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


def describe_requests(requests: list[TokenRequest]) -> str:
    """The requests of one fetch as a person reads them: one URL, its parameters, the headers.

    They differ only in `output`, so the formats are listed on that one line.
    """
    if not requests:
        return ""
    first = requests[0]
    lines = [f"GET {first.endpoint}"]
    shown = first.redacted_url().split("?", 1)[1].split("&")
    for parameter in shown:
        name = parameter.split("=", 1)[0]
        if name == "output" and len(requests) > 1:
            formats = ", ".join(request.output.value for request in requests)
            lines.append(f"  output = {formats}  (one request each)")
        else:
            lines.append("  " + parameter.replace("=", " = ", 1))
    lines += [f"{name}: {value}" for name, value in first.headers().items()]
    return "\n".join(lines)


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
