"""Shared fixtures: a real emulator on 127.0.0.1:0, folders for the app's files, offscreen Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

# Set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tiket_gui.core.client import Timeouts, TokenClient
from tiket_gui.core.formats import Format
from tiket_gui.core.i18n import Language, use_language
from tiket_gui.core.request import ApiRequest
from tiket_gui.emulator import EmulatorConfig, RunningEmulator, start_in_thread

SECRET = "demo-secret-1&+# x"  # characters that must be encoded on the way
PARTNER_ID = "123456789"
PARTNER_NAME = "Partner Name"


@pytest.fixture(autouse=True)
def _app_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every platformdirs location at a fresh folder, so no test touches the user's."""
    root = tmp_path_factory.mktemp("home")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = root / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("TIKET_SECRET_KEY", raising=False)
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(proxy, raising=False)
    # English unless a test asks for another language; whatever the machine's locale
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    return root


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    use_language(Language.ENGLISH)


@pytest.fixture(scope="session")
def emulator() -> Iterator[RunningEmulator]:
    # only the tests' secret: a wrongly encoded one would be refused
    running = start_in_thread(config=EmulatorConfig(secrets=(SECRET,)))
    yield running
    running.stop()


@pytest.fixture
def client() -> Iterator[TokenClient]:
    with TokenClient(timeouts=Timeouts(connect=2, read=2, total=4)) as token_client:
        yield token_client


def make_request(base_url: str, fmt: Format = Format.JSON, **changes: Any) -> ApiRequest:
    fields: dict[str, Any] = {
        "partner_id": PARTNER_ID,
        "partner_name": PARTNER_NAME,
        "secret_key": SECRET,
        "renew_token": "",
        "lang": "",
    }
    fields.update(changes)
    return ApiRequest(base_url=base_url, output=fmt, **fields)


class MemoryKeyring(KeyringBackend):
    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise keyring.errors.PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
