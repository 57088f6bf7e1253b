"""The sqlite history: round trip, filters, retention, damage, kill during writes, no secret."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import SECRET, make_request
from tiket_gui.core.client import TokenClient
from tiket_gui.core.formats import Format
from tiket_gui.core.history import BODY_CAP_BYTES, HistoryFilter, HistoryStore
from tiket_gui.core.outcome import (
    FetchRecord,
    FormatOutcome,
    Verdict,
    fetch_and_read,
    read_answer,
)
from tiket_gui.emulator import EmulatorConfig, RunningEmulator, start_in_thread


def _record(
    emulator_url: str, client: TokenClient, formats: list[Format] | None = None
) -> FetchRecord:
    formats = formats or list(Format)
    record = FetchRecord("Local emulator", emulator_url, formats, "123456789", "Partner Name")
    for fmt in formats:
        record.outcomes[fmt] = fetch_and_read(client, make_request(emulator_url, fmt))
    return record


@pytest.fixture
def store(tmp_path: Path) -> HistoryStore:
    opened, notice = HistoryStore.open(tmp_path / "data")
    assert notice == ""
    return opened


def test_round_trip_keeps_everything_but_the_secret(
    store: HistoryStore, emulator: RunningEmulator, client: TokenClient
) -> None:
    record = _record(emulator.base_url, client)
    fetch_id = store.add(record, secret=SECRET)
    [summary] = store.summaries()
    assert summary.id == fetch_id and summary.verdict == "OK"
    assert summary.token == record.outcomes[Format.JSON].token
    assert summary.formats == tuple(Format)
    loaded = store.load(fetch_id)
    assert loaded is not None and loaded.source == "history"
    for fmt in Format:
        again = read_answer(loaded.outcomes[fmt], live=False)
        assert again.body == record.outcomes[fmt].body
        assert again.token == summary.token
        assert "secretkey=***" in again.url


def test_files_are_private_and_hold_no_secret(
    store: HistoryStore, emulator: RunningEmulator, client: TokenClient
) -> None:
    running = start_in_thread(config=EmulatorConfig(secrets=(SECRET,), fault="redirect"))
    try:
        store.add(_record(running.base_url, client), secret=SECRET)
    finally:
        running.stop()
    store.add(_record(emulator.base_url, client), secret=SECRET)
    store.close()
    assert store.path.stat().st_mode & 0o777 == 0o600
    assert store.path.parent.stat().st_mode & 0o777 == 0o700
    for path in store.path.parent.iterdir():
        data = path.read_bytes()
        for spelling in (SECRET, "demo-secret-1%26%2B%23", "demo-secret-1&+#"):
            assert spelling.encode() not in data, path.name


def test_filters(store: HistoryStore, emulator: RunningEmulator, client: TokenClient) -> None:
    store.add(_record(emulator.base_url, client, [Format.JSON]))
    failed = FetchRecord("Sandbox", "http://x", [Format.XML], "777", "Other Co")
    failed.outcomes[Format.XML] = FormatOutcome(Format.XML)
    failed.outcomes[Format.XML].body = b"<oops"
    read_answer(failed.outcomes[Format.XML])
    store.add(failed)
    assert store.count() == 2
    assert store.count(HistoryFilter(text="Other")) == 1
    assert store.count(HistoryFilter(environment="Local emulator")) == 1
    assert store.count(HistoryFilter(verdict=Verdict.UNREADABLE)) == 1
    assert store.environments() == ["Local emulator", "Sandbox"]


def test_big_bodies_are_cut_and_marked(store: HistoryStore) -> None:
    record = FetchRecord("Custom URL", "http://x", [Format.JSON])
    outcome = FormatOutcome(Format.JSON, body=b'{"padding": "' + b"x" * BODY_CAP_BYTES + b'"}')
    record.outcomes[Format.JSON] = read_answer(outcome)
    fetch_id = store.add(record)
    loaded = store.load(fetch_id)
    assert loaded is not None
    stored = loaded.outcomes[Format.JSON]
    assert len(stored.body) == BODY_CAP_BYTES
    assert stored.error is not None and "first 1 MB" in stored.error.message


def test_retention_and_delete(store: HistoryStore) -> None:
    for days_ago in (0, 1, 40, 100):
        record = FetchRecord("Sandbox", "http://x", [])
        record.fetched_at = datetime.now(UTC) - timedelta(days=days_ago)
        store.add(record)
    assert store.prune(max_age_days=30) == 2
    assert store.prune(max_count=1) == 1
    [left] = store.summaries()
    store.delete(left.id)
    assert store.count() == 0
    store.add(FetchRecord("Sandbox", "http://x", []))
    store.clear()
    assert store.count() == 0


def test_history_survives_a_reopen(tmp_path: Path) -> None:
    first, _ = HistoryStore.open(tmp_path)
    first.add(FetchRecord("Sandbox", "http://x", [], "1", "A"))
    first.close()
    second, notice = HistoryStore.open(tmp_path)
    assert notice == "" and second.count() == 1


@pytest.mark.parametrize(
    "content", [b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 5000]
)
def test_damaged_file_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "history.sqlite3").write_bytes(content)
    store, notice = HistoryStore.open(tmp_path)
    assert "moved to history.sqlite3.corrupt-" in notice
    assert store.count() == 0
    assert list(tmp_path.glob("history.sqlite3.corrupt-*"))


def test_kill_during_writes_loses_no_committed_entry(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from tiket_gui.core.history import HistoryStore
        from tiket_gui.core.outcome import FetchRecord, FormatOutcome
        from tiket_gui.core.formats import Format
        store, _ = HistoryStore.open(Path({str(tmp_path)!r}))
        n = 0
        while True:
            record = FetchRecord("Sandbox", "http://x", [Format.JSON], str(n), "Writer")
            record.outcomes[Format.JSON] = FormatOutcome(Format.JSON, body=b"x" * 50_000)
            store.add(record)
            n += 1
            print(n, flush=True)
        """
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    committed = 0
    for line in process.stdout:
        committed = int(line)
        if committed >= 40:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    process.stdout.close()
    store, notice = HistoryStore.open(tmp_path)
    assert notice == ""
    assert store.count() >= committed


def test_two_stores_on_one_file_do_not_lock_each_other(tmp_path: Path) -> None:
    one, _ = HistoryStore.open(tmp_path)
    two, _ = HistoryStore.open(tmp_path)
    for index in range(50):
        (one if index % 2 else two).add(FetchRecord("Sandbox", "http://x", [], str(index), "P"))
    assert one.count() == two.count() == 50


def test_wal_mode(store: HistoryStore) -> None:
    connection = sqlite3.connect(store.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_opening_applies_the_retention_and_reads_the_first_page(
    tmp_path: Path, emulator: RunningEmulator, client: TokenClient
) -> None:
    from tiket_gui.core.history import Retention, open_history

    store, _ = HistoryStore.open(tmp_path)
    for _ in range(3):
        store.add(_record(emulator.base_url, client, [Format.JSON]), secret=SECRET)
    store.close()
    kept = open_history(Retention(True, max_count=2), HistoryFilter(), page_size=1, folder=tmp_path)
    assert kept.notice == "" and kept.page.total == 2 and len(kept.page.rows) == 1
    # history off: what is there stays, whatever the limits
    untouched = open_history(Retention(False, max_count=1), HistoryFilter(), 10, folder=tmp_path)
    assert untouched.page.total == 2


def test_written_fetches_get_their_ids_and_the_page_shows_them(
    store: HistoryStore, emulator: RunningEmulator, client: TokenClient
) -> None:
    from tiket_gui.core.history import Retention, write_fetches

    records = [_record(emulator.base_url, client, [Format.JSON]) for _ in range(3)]
    ids, page = write_fetches(
        store, [(r, SECRET) for r in records], Retention(max_count=2), HistoryFilter(), 10
    )
    assert len(ids) == 3 and ids == sorted(ids)
    assert [row.id for row in page.rows] == ids[:0:-1]  # the oldest pruned, newest first
    assert all(SECRET not in row.base_url for row in page.rows)


def test_an_entry_is_loaded_ready_to_show(
    store: HistoryStore, emulator: RunningEmulator, client: TokenClient
) -> None:
    from tiket_gui.core.history import load_for_display

    fetch_id = store.add(_record(emulator.base_url, client), secret=SECRET)
    record = load_for_display(store, fetch_id)
    assert record is not None and record.source == "history"
    assert all(outcome.succeeded for outcome in record.outcomes.values())
    assert all(outcome.pretty_text for outcome in record.outcomes.values())
    assert record.comparison is not None and record.comparison.rows
    assert record.verdict() is Verdict.OK
    assert load_for_display(store, fetch_id + 100) is None


def test_the_call_is_kept_and_filtered_on(
    store: HistoryStore, emulator: RunningEmulator, client: TokenClient
) -> None:
    from tiket_gui.core.calls import LIST_COUNTRY

    token_record = _record(emulator.base_url, client, [Format.JSON])
    store.add(token_record, secret=SECRET)
    listing = FetchRecord(
        "Local emulator",
        emulator.base_url,
        [Format.JSON],
        "123456789",
        "Partner Name",
        call=LIST_COUNTRY,
    )
    token = token_record.outcomes[Format.JSON].token or ""
    listing.outcomes[Format.JSON] = fetch_and_read(
        client, make_request(emulator.base_url, call=LIST_COUNTRY, token=token)
    )
    fetch_id = store.add(listing, secret=SECRET)
    assert store.count(HistoryFilter(call="listCountry")) == 1
    assert store.count(HistoryFilter(call="getToken")) == 1
    loaded = store.load(fetch_id)
    assert loaded is not None and loaded.call is LIST_COUNTRY
    assert loaded.outcomes[Format.JSON].call is LIST_COUNTRY
    [stored] = store.latest_tokens()
    assert stored.token == token and stored.partner_id == "123456789"


def test_a_history_from_before_calls_gets_the_column(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    connection = sqlite3.connect(folder / "history.sqlite3")
    connection.executescript(
        "CREATE TABLE fetches (id INTEGER PRIMARY KEY, fetched_at TEXT NOT NULL, environment "
        "TEXT NOT NULL, base_url TEXT NOT NULL, partner_id TEXT NOT NULL, partner_name TEXT "
        "NOT NULL, formats TEXT NOT NULL, verdict TEXT NOT NULL, http_status INTEGER, "
        "diagnostic_status INTEGER, token TEXT, total_ms REAL, failure_kind TEXT, message TEXT);"
        "INSERT INTO fetches (fetched_at, environment, base_url, partner_id, partner_name, "
        "formats, verdict) VALUES ('2026-01-01T00:00:00+00:00', 'Sandbox', 'http://h', '1', "
        "'P', 'json', 'OK');"
    )
    connection.commit()
    connection.close()
    store, notice = HistoryStore.open(folder)
    assert notice == ""
    [summary] = store.summaries()
    assert summary.call.name == "getToken"
