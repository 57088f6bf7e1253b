"""The secret key in the OS keychain, only when the user asks and a real keychain exists.

There is no plain-text fallback: where no keychain answers, remembering is simply unavailable,
and the reason is given in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tiket_gui.core.errors import TiketError
from tiket_gui.core.i18n import translate

SERVICE = "tiket-gui"


class KeychainError(TiketError):
    """The keychain refused or failed; the message says what to try."""


@dataclass(frozen=True)
class KeychainStatus:
    available: bool
    reason: str = ""  # why not, when not
    backend: str = ""


def keychain_status() -> KeychainStatus:
    try:
        import keyring  # noqa: PLC0415  (deferred: it probes D-Bus on import)
        from keyring.backends import fail  # noqa: PLC0415
    except ImportError:
        return KeychainStatus(
            False,
            translate(
                "secrets", "The keyring package is not installed, so no keychain can be used."
            ),
        )
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return KeychainStatus(
            False,
            translate(
                "secrets",
                "No system keychain is available here (on Linux, GNOME Keyring or "
                "KWallet must be running and unlocked), so the secret cannot be "
                "remembered.",
            ),
            name,
        )
    if name.startswith("keyrings.alt") or "plaintext" in name.lower():
        return KeychainStatus(
            False,
            translate(
                "secrets",
                "The only keychain found keeps secrets in a plain file, so it is not used.",
            ),
            name,
        )
    return KeychainStatus(True, "", name)


def remember_secret(profile: str, secret: str) -> None:
    keyring, errors = _keyring()
    try:
        keyring.set_password(SERVICE, profile, secret)
    except errors.KeyringError:
        raise KeychainError(
            translate(
                "secrets", "The keychain refused to store the secret: unlock it and try again."
            )
        ) from None


def recall_secret(profile: str) -> str | None:
    keyring, errors = _keyring()
    try:
        found: str | None = keyring.get_password(SERVICE, profile)
    except errors.KeyringError:
        raise KeychainError(
            translate(
                "secrets",
                "The keychain could not be read: unlock it and try again, or type the secret.",
            )
        ) from None
    return found


def forget_secret(profile: str) -> None:
    keyring, errors = _keyring()
    try:
        keyring.delete_password(SERVICE, profile)
    except errors.PasswordDeleteError:
        return  # nothing was stored
    except errors.KeyringError:
        raise KeychainError(
            translate(
                "secrets", "The keychain could not remove the secret: unlock it and try again."
            )
        ) from None


def _keyring() -> tuple[Any, Any]:
    status = keychain_status()
    if not status.available:
        raise KeychainError(status.reason)
    import keyring  # noqa: PLC0415
    from keyring import errors  # noqa: PLC0415

    return keyring, errors
