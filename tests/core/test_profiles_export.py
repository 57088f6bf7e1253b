"""Profiles, the keychain, and everything exported: no secret in any of it."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SECRET, MemoryKeyring, make_request
from tiket_gui.core import secrets
from tiket_gui.core.client import TokenClient
from tiket_gui.core.errors import InputError
from tiket_gui.core.export import as_python, compare_csv, report_html, report_markdown
from tiket_gui.core.formats import Format
from tiket_gui.core.outcome import FetchRecord, fetch_and_read
from tiket_gui.core.profiles import Profile, profiles_from_json, profiles_to_json, unique_name
from tiket_gui.emulator import RunningEmulator

SPELLINGS = (SECRET, "demo-secret-1%26%2B%23", "demo-secret-1&+#")


@pytest.mark.usefixtures("no_keyring")
def test_no_keychain_is_said_in_words_and_nothing_is_stored() -> None:
    status = secrets.keychain_status()
    assert not status.available and "keychain" in status.reason
    with pytest.raises(secrets.KeychainError, match="No system keychain"):
        secrets.remember_secret("Acme", SECRET)


def test_keychain_round_trip(memory_keyring: MemoryKeyring) -> None:
    assert secrets.keychain_status().available
    secrets.remember_secret("Acme", SECRET)
    assert memory_keyring.store[("tiket-gui", "Acme")] == SECRET
    assert secrets.recall_secret("Acme") == SECRET
    secrets.forget_secret("Acme")
    secrets.forget_secret("Acme")  # twice is fine
    assert secrets.recall_secret("Acme") is None


def test_profiles_export_and_import() -> None:
    profiles = [
        Profile("Acme sandbox", "sandbox", "", True, "555", "Acme", remember_secret=True),
        Profile("Proxy", "custom", "https://proxy.local/tiket", False, "1", "P"),
    ]
    text = profiles_to_json(profiles)
    assert 'secret"' not in text.replace("remember_secret", "")
    assert profiles_from_json(text) == profiles
    for broken, words in (
        ("{", "not JSON"),
        ('{"kind": "other"}', "not a tiket-gui"),
        ('{"kind": "tiket-gui profiles", "profiles": [{"name": ""}]}', "no name"),
        (
            '{"kind": "tiket-gui profiles", "profiles": [{"name": "x", "environment": "moon"}]}',
            "unknown environment",
        ),
    ):
        with pytest.raises(InputError, match=words):
            profiles_from_json(broken)
    assert unique_name("Acme", {"Acme", "Acme (2)"}) == "Acme (3)"


@pytest.fixture
def record(emulator: RunningEmulator, client: TokenClient) -> FetchRecord:
    fetched = FetchRecord(
        "Local emulator", emulator.base_url, list(Format), "123456789", "Partner Name"
    )
    for fmt in Format:
        fetched.outcomes[fmt] = fetch_and_read(
            client, make_request(emulator.base_url, fmt), with_pretty=True
        )
    return fetched


def test_reports_and_csv_hold_no_secret(record: FetchRecord) -> None:
    markdown = report_markdown(record)
    page = report_html(record)
    table = compare_csv(record)
    for text in (markdown, page, table):
        for spelling in SPELLINGS:
            assert spelling not in text
    assert "| diagnostic.status |" in markdown and "## Serialize" in markdown
    assert "<h2>Compare</h2>" in page and "secretkey=***" in page
    rows = list(csv.reader(io.StringIO(table)))
    assert rows[0][:3] == ["field", "json value", "xml value"]
    assert any(row[0] == "token" and row[-2] == "same" for row in rows)


def test_python_snippet_runs_with_the_secret_from_the_environment(
    emulator: RunningEmulator, tmp_path: Path
) -> None:
    snippet = as_python(make_request(emulator.base_url))
    for spelling in SPELLINGS:
        assert spelling not in snippet
    script = tmp_path / "call.py"
    script.write_text(snippet)
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
        env=dict(os.environ, TIKET_SECRET_KEY=SECRET),
    )
    assert done.returncode == 0, done.stderr
    assert '"confirm":"success"' in done.stdout
    assert SECRET in as_python(make_request(emulator.base_url), reveal_secret=True)
