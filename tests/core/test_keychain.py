"""The keychain against a real Secret Service (gnome-keyring on a D-Bus session of its own,
started by scripts/with-secret-service for `make test` and CI): remember, read back at the
next start, forget, per profile; and the sentences of a locked or an absent keychain."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import keyring
import pytest

from tiket_gui.core import secrets

RUNNING = os.environ.get("TIKET_SECRET_SERVICE_RUNNING") == "1"


def _secret_service() -> bool:
    try:
        import secretstorage

        connection = secretstorage.dbus_init()
    except Exception:  # no D-Bus session: the tests below cannot run here
        return False
    try:
        return bool(secretstorage.check_service_availability(connection))
    finally:
        connection.close()


AVAILABLE = _secret_service()
if RUNNING and not AVAILABLE:
    raise RuntimeError("scripts/with-secret-service started, but no Secret Service answers")

pytestmark = pytest.mark.skipif(
    not AVAILABLE,
    reason="no real Secret Service here: run the tests with scripts/with-secret-service",
)


@pytest.fixture
def real_keyring() -> Iterator[None]:
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    yield
    for profile in ("Sandbox Acme", "Production Acme"):
        secrets.forget_secret(profile)
    keyring.set_keyring(previous)


def _in_a_new_process(
    code: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )


@pytest.mark.usefixtures("real_keyring")
def test_a_secret_is_remembered_per_profile_read_back_at_the_next_start_and_forgotten() -> None:
    status = secrets.keychain_status()
    assert status.available and status.backend.endswith("SecretService.Keyring")
    secrets.remember_secret("Sandbox Acme", "sandbox-secret-1")
    secrets.remember_secret("Production Acme", "production-secret-2")
    assert secrets.recall_secret("Sandbox Acme") == "sandbox-secret-1"
    assert secrets.recall_secret("Production Acme") == "production-secret-2"
    # the next start: another process, as the app is, reads what this one kept
    later = _in_a_new_process(
        """
        from tiket_gui.core import secrets
        print(secrets.recall_secret("Sandbox Acme"))
        """
    )
    assert later.returncode == 0, later.stderr
    assert later.stdout.strip() == "sandbox-secret-1"
    secrets.forget_secret("Sandbox Acme")
    assert secrets.recall_secret("Sandbox Acme") is None
    assert secrets.recall_secret("Production Acme") == "production-secret-2"


def test_an_absent_keychain_says_so() -> None:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/bus"
    done = _in_a_new_process(
        """
        from tiket_gui.core import secrets
        status = secrets.keychain_status()
        print(status.available, status.reason)
        """,
        env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("False No system keychain is available here")


@pytest.mark.skipif(shutil.which("dbus-run-session") is None, reason="needs dbus-run-session")
def test_a_locked_keychain_gives_its_sentence() -> None:
    """On a Secret Service of its own, as locking the shared one would lock it for the rest."""
    script = textwrap.dedent(
        f"""
        set -e
        printf %s pw | XDG_DATA_HOME=$(mktemp -d) gnome-keyring-daemon --unlock \\
            --components=secrets >/dev/null 2>&1
        {sys.executable} - <<'PY'
        import keyring, secretstorage
        from keyring.backends import SecretService
        from tiket_gui.core import secrets
        keyring.set_keyring(SecretService.Keyring())
        secrets.remember_secret("Sandbox Acme", "sandbox-secret-1")
        secretstorage.get_default_collection(secretstorage.dbus_init()).lock()
        try:
            secrets.recall_secret("Sandbox Acme")
        except secrets.KeychainError as error:
            print(error.message)
        PY
        """
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "The keychain could not be read: unlock it and try again, or type the secret."
    )
