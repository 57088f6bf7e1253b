"""Where requests go: the sandbox, production, the local emulator, or a custom base URL."""

from __future__ import annotations

import enum
import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from tiket_gui.core.errors import InputError
from tiket_gui.core.i18n import translate

# The docs link the sandbox as http:// and their FAQ says its HTTPS certificate is broken.
SANDBOX_URL = "http://api-sandbox.tiket.com"
SANDBOX_HTTPS_URL = "https://api-sandbox.tiket.com"
PRODUCTION_URL = "https://api.tiket.com"
PRODUCTION_HOST = "api.tiket.com"


class EnvironmentKind(enum.Enum):
    SANDBOX = "sandbox"
    PRODUCTION = "production"
    EMULATOR = "emulator"
    CUSTOM = "custom"

    @property
    def label(self) -> str:
        # Sandbox and Production are the docs' names for tiket's hosts: said as they are
        return {
            EnvironmentKind.SANDBOX: "Sandbox",
            EnvironmentKind.PRODUCTION: "Production",
            EnvironmentKind.EMULATOR: translate("environments", "Local emulator"),
            EnvironmentKind.CUSTOM: translate("environments", "Custom URL"),
        }[self]


@dataclass(frozen=True)
class Environment:
    kind: EnvironmentKind
    base_url: str

    @property
    def is_https(self) -> bool:
        return self.base_url.startswith("https://")

    @property
    def sends_secret_in_clear(self) -> bool:
        """True when the secret would cross a network unencrypted (loopback does not count)."""
        if self.is_https:
            return False
        host = urlsplit(self.base_url).hostname or ""
        return not is_loopback_host(host)


def default_base_url(kind: EnvironmentKind) -> str:
    """The URL an environment starts with; the emulator's and a custom one are filled in later."""
    return {
        EnvironmentKind.SANDBOX: SANDBOX_URL,
        EnvironmentKind.PRODUCTION: PRODUCTION_URL,
        EnvironmentKind.EMULATOR: "",
        EnvironmentKind.CUSTOM: "",
    }[kind]


def make_environment(kind: EnvironmentKind, base_url: str | None = None) -> Environment:
    """Validate a base URL for an environment; production accepts only HTTPS."""
    url = normalize_base_url(base_url if base_url else default_base_url(kind))
    if kind is EnvironmentKind.PRODUCTION and not url.startswith("https://"):
        raise InputError(
            "base_url",
            translate(
                "environments",
                "Production accepts only HTTPS: use https://api.tiket.com, the secret "
                "must not travel unencrypted.",
            ),
        )
    return Environment(kind, url)


def resolve_environment(spec: str) -> Environment:
    """Read `sandbox`, `production`, `emulator` or a URL, as the command line takes them.

    The emulator's URL is left empty: whoever starts the emulator fills it in.
    """
    word = spec.strip().lower()
    for kind in (EnvironmentKind.SANDBOX, EnvironmentKind.PRODUCTION):
        if word == kind.value:
            return make_environment(kind)
    if word == EnvironmentKind.EMULATOR.value:
        return Environment(EnvironmentKind.EMULATOR, "")
    url = normalize_base_url(spec)
    if urlsplit(url).hostname == PRODUCTION_HOST:
        return make_environment(EnvironmentKind.PRODUCTION, url)
    return Environment(EnvironmentKind.CUSTOM, url)


def normalize_base_url(url: str) -> str:
    """Check a base URL and return it without a trailing slash.

    A path is kept (a proxy may serve the API below one); a query, a fragment and a
    user:password are refused, since they would be silently merged into every request.
    """
    text = url.strip()
    if not text:
        raise InputError(
            "base_url",
            translate(
                "environments", "The base URL is empty: enter one such as https://api.tiket.com."
            ),
        )
    if "://" not in text:
        raise InputError(
            "base_url",
            translate(
                "environments", "The base URL needs a scheme: try http://{text} or https://{text}."
            ).format(text=text),
        )
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise InputError(
            "base_url",
            translate(
                "environments",
                "The base URL is not a valid URL: check the host and the port number.",
            ),
        ) from None
    if parts.scheme not in ("http", "https"):
        raise InputError(
            "base_url",
            translate(
                "environments", "The base URL must start with http:// or https://, not {scheme}://."
            ).format(scheme=parts.scheme),
        )
    if not parts.hostname:
        raise InputError(
            "base_url",
            translate("environments", "The base URL has no host name: add one after the scheme."),
        )
    if parts.username is not None or parts.password is not None:
        raise InputError(
            "base_url",
            translate(
                "environments",
                "The base URL must not contain a user name or password: they would be "
                "sent with every request and stored in history.",
            ),
        )
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        raise InputError(
            "base_url",
            translate(
                "environments",
                "The base URL must not have a query (?...) or fragment (#...): enter "
                "only the scheme, host and optional path.",
            ),
        )
    if any(ch.isspace() for ch in text):
        raise InputError(
            "base_url", translate("environments", "The base URL contains spaces: remove them.")
        )
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if port is not None:
        netloc = f"{netloc}:{port}"
    path = parts.path.rstrip("/")
    return urlunsplit((parts.scheme, netloc, path, "", ""))


def is_loopback_host(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
