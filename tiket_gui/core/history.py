"""Past fetches in sqlite: summaries for the list, bodies loaded only when an entry is opened.

Never the secret: URLs are stored redacted, and headers and bodies are scrubbed of it before
they are written (a proxy's error page or a redirect can echo the query string).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from tiket_gui.core.calls import GET_TOKEN, Call, call_named
from tiket_gui.core.errors import FetchError, FetchErrorKind, ParseError, TiketError
from tiket_gui.core.formats import Format
from tiket_gui.core.i18n import number, translate
from tiket_gui.core.outcome import (
    FetchRecord,
    FormatOutcome,
    Verdict,
    compare_if_small,
    error_kind,
    read_answer,
)
from tiket_gui.core.paths import app_paths
from tiket_gui.core.redact import scrub, scrub_bytes

HISTORY_FILE = "history.sqlite3"
BODY_CAP_BYTES = 1024 * 1024
_SCHEMA = """
CREATE TABLE IF NOT EXISTS fetches (
    id INTEGER PRIMARY KEY,
    fetched_at TEXT NOT NULL,
    environment TEXT NOT NULL,
    base_url TEXT NOT NULL,
    partner_id TEXT NOT NULL,
    partner_name TEXT NOT NULL,
    formats TEXT NOT NULL,
    verdict TEXT NOT NULL,
    http_status INTEGER,
    diagnostic_status INTEGER,
    token TEXT,
    total_ms REAL,
    failure_kind TEXT,
    message TEXT,
    call TEXT NOT NULL DEFAULT 'getToken'
);
CREATE INDEX IF NOT EXISTS fetches_by_time ON fetches (fetched_at DESC);
CREATE INDEX IF NOT EXISTS fetches_by_environment ON fetches (environment);
CREATE INDEX IF NOT EXISTS fetches_by_call ON fetches (call);
CREATE TABLE IF NOT EXISTS bodies (
    fetch_id INTEGER NOT NULL REFERENCES fetches (id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    url TEXT NOT NULL,
    http_status INTEGER,
    status_line TEXT NOT NULL,
    headers TEXT NOT NULL,
    elapsed_ms REAL,
    body BLOB NOT NULL,
    body_size INTEGER NOT NULL,
    error_kind TEXT,
    error_message TEXT,
    PRIMARY KEY (fetch_id, format)
);
"""
_SUMMARY_COLUMNS = (
    "id, fetched_at, environment, base_url, partner_id, partner_name, formats, verdict, "
    "http_status, diagnostic_status, token, total_ms, message, call"
)


def data_dir() -> Path:
    return app_paths().history


@dataclass(frozen=True)
class HistoryFilter:
    text: str = ""
    environment: str = ""
    verdict: Verdict | None = None
    call: str = ""  # a call's name (getToken, listCountry); empty: every call

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        values: list[Any] = []
        if self.text:
            like = f"%{self.text}%"
            clauses.append(
                "(partner_id LIKE ? OR partner_name LIKE ? OR token LIKE ? OR base_url LIKE ? "
                "OR message LIKE ?)"
            )
            values += [like] * 5
        if self.environment:
            clauses.append("environment = ?")
            values.append(self.environment)
        if self.verdict:
            clauses.append("verdict = ?")
            values.append(str(self.verdict))
        if self.call:
            clauses.append("call = ?")
            values.append(self.call)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), values


@dataclass(frozen=True)
class HistorySummary:
    """One row of the list: what it takes to show and filter it, no bodies."""

    id: int
    fetched_at: datetime
    environment: str
    base_url: str
    partner_id: str
    partner_name: str
    formats: tuple[Format, ...]
    verdict: Verdict
    http_status: int | None
    diagnostic_status: int | None
    token: str | None
    total_ms: float | None
    message: str
    call: Call = GET_TOKEN


class StoredToken(NamedTuple):
    base_url: str
    partner_id: str
    partner_name: str
    token: str
    fetched_at: datetime


@dataclass(frozen=True)
class HistoryPage:
    """What the history list shows for one filter: read on a worker, shown on the GUI thread
    (counting 10,000 entries and reading a page held the window ~25 ms)."""

    where: HistoryFilter
    total: int
    rows: list[HistorySummary]
    environments: list[str]
    # pages are read under the store's write lock and numbered in that order: of two pages
    # the higher number is the newer, whichever worker delivers it first
    serial: int = 0


class HistoryStore:
    """One sqlite file; one connection per thread, as sqlite wants."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._pages = itertools.count(1)

    @classmethod
    def open(cls, folder: Path | None = None) -> tuple[HistoryStore, str]:
        """Open or create the store; a damaged file is moved aside, and the notice says so."""
        folder = folder or data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
        path = folder / HISTORY_FILE
        notice = ""
        if path.exists() and not _healthy(path):
            aside = _move_aside(path)
            notice = translate(
                "history",
                "The history file was damaged and was moved to {name}; a new history has "
                "been started.",
            ).format(name=aside.name)
        store = cls(path)
        store._connection()
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
        return store, notice

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
            connection.execute("PRAGMA busy_timeout = 5000")
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = NORMAL")
            connection.execute("PRAGMA foreign_keys = ON")
            _add_call_column(connection)
            connection.executescript(_SCHEMA)
            self._local.connection = connection
        return connection

    def close(self) -> None:
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None

    # -- writing --------------------------------------------------------------------------------

    def add(self, record: FetchRecord, *, secret: str = "") -> int:
        """Store a fetch and its bodies in one transaction; return its id."""
        primary = record.primary()
        result = primary.result if primary else None
        failure = record.first_failure()
        failure_error = failure.error if failure else None
        connection = self._connection()
        with self._lock:
            connection.execute("BEGIN IMMEDIATE")
            try:
                cursor = connection.execute(
                    "INSERT INTO fetches (fetched_at, environment, base_url, partner_id, "
                    "partner_name, formats, verdict, http_status, diagnostic_status, token, "
                    "total_ms, failure_kind, message, call) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        record.fetched_at.astimezone(UTC).isoformat(),
                        record.environment,
                        record.base_url,
                        record.partner_id,
                        record.partner_name,
                        ",".join(fmt.value for fmt in record.formats),
                        record.verdict().value,
                        primary.http_status if primary else None,
                        result.diagnostic.status if result else None,
                        result.token if result else None,
                        record.total_ms,
                        error_kind(failure_error) if failure_error else None,
                        scrub(failure_error.message, secret) if failure_error else "",
                        record.call.name,
                    ),
                )
                fetch_id = int(cursor.lastrowid or 0)
                for outcome in record.outcomes.values():
                    connection.execute(
                        "INSERT INTO bodies VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        _body_row(fetch_id, outcome, secret),
                    )
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        return fetch_id

    def delete(self, fetch_id: int) -> None:
        self._connection().execute("DELETE FROM fetches WHERE id = ?", (fetch_id,))

    def clear(self) -> None:
        connection = self._connection()
        connection.execute("DELETE FROM fetches")
        connection.execute("VACUUM")

    def prune(self, *, max_count: int = 0, max_age_days: int = 0) -> int:
        """Apply retention; 0 means no limit. Returns how many entries went."""
        connection = self._connection()
        removed = 0
        if max_age_days > 0:
            cutoff = (datetime.now(UTC) - timedelta(days=max_age_days)).isoformat()
            removed += connection.execute(
                "DELETE FROM fetches WHERE fetched_at < ?", (cutoff,)
            ).rowcount
        if max_count > 0:
            removed += connection.execute(
                "DELETE FROM fetches WHERE id NOT IN "
                "(SELECT id FROM fetches ORDER BY fetched_at DESC, id DESC LIMIT ?)",
                (max_count,),
            ).rowcount
        return removed

    # -- reading --------------------------------------------------------------------------------

    def count(self, where: HistoryFilter | None = None) -> int:
        clause, values = (where or HistoryFilter()).where()
        row = self._connection().execute(f"SELECT COUNT(*) FROM fetches{clause}", values).fetchone()
        return int(row[0])

    def summaries(
        self, offset: int = 0, limit: int = 200, where: HistoryFilter | None = None
    ) -> list[HistorySummary]:
        """Newest first."""
        clause, values = (where or HistoryFilter()).where()
        rows = (
            self._connection()
            .execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM fetches{clause} "
                "ORDER BY fetched_at DESC, id DESC LIMIT ? OFFSET ?",
                [*values, limit, offset],
            )
            .fetchall()
        )
        return [_summary(row) for row in rows]

    def page(self, where: HistoryFilter, limit: int, *, environments: bool = True) -> HistoryPage:
        """The first `limit` entries that match, how many match, and (unless told not to)
        every environment, for the filter's list."""
        with self._lock:
            return HistoryPage(
                where,
                self.count(where),
                self.summaries(0, limit, where),
                self.environments() if environments else [],
                next(self._pages),
            )

    def latest_tokens(self, limit: int = 500) -> list[StoredToken]:
        """The tokens of the last successful getTokens, oldest first."""
        rows = (
            self._connection()
            .execute(
                "SELECT base_url, partner_id, partner_name, token, fetched_at FROM fetches "
                "WHERE call = 'getToken' AND verdict = 'OK' AND token IS NOT NULL "
                "ORDER BY fetched_at DESC, id DESC LIMIT ?",
                (limit,),
            )
            .fetchall()
        )
        return [
            StoredToken(
                str(row[0]),
                str(row[1]),
                str(row[2]),
                str(row[3]),
                datetime.fromisoformat(str(row[4])),
            )
            for row in reversed(rows)
        ]

    def previous(self, record: FetchRecord) -> int | None:
        """The entry before this one of the same call and partner, in any environment."""
        fetched_at = record.fetched_at.astimezone(UTC).isoformat()
        row = (
            self._connection()
            .execute(
                "SELECT id FROM fetches WHERE call = ? AND partner_id = ? AND partner_name = ? "
                "AND fetched_at < ? AND id IS NOT ? AND verdict IN ('OK', 'API error') "
                "ORDER BY fetched_at DESC, id DESC LIMIT 1",
                (
                    record.call.name,
                    record.partner_id,
                    record.partner_name,
                    fetched_at,
                    record.history_id,
                ),
            )
            .fetchone()
        )
        return int(row[0]) if row else None

    def environments(self) -> list[str]:
        rows = (
            self._connection()
            .execute("SELECT DISTINCT environment FROM fetches ORDER BY environment")
            .fetchall()
        )
        return [str(row[0]) for row in rows]

    def load(self, fetch_id: int) -> FetchRecord | None:
        """The stored fetch with its bodies, not yet parsed (read_answer does that)."""
        connection = self._connection()
        row = connection.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM fetches WHERE id = ?",
            (fetch_id,),
        ).fetchone()
        if row is None:
            return None
        summary = _summary(row)
        record = FetchRecord(
            summary.environment,
            summary.base_url,
            list(summary.formats),
            partner_id=summary.partner_id,
            partner_name=summary.partner_name,
            call=summary.call,
            source="history",
            history_id=summary.id,
            fetched_at=summary.fetched_at.astimezone(),
            total_ms=summary.total_ms or 0.0,
        )
        for body_row in connection.execute(
            "SELECT format, url, http_status, status_line, headers, elapsed_ms, body, body_size, "
            "error_kind, error_message FROM bodies WHERE fetch_id = ?",
            (fetch_id,),
        ):
            outcome = _outcome(body_row, record.fetched_at)
            outcome.call = record.call
            record.outcomes[outcome.format] = outcome
        return record


@dataclass(frozen=True)
class Retention:
    """How much history to keep: `keep` off records nothing new; 0 means no limit."""

    keep: bool = True
    max_count: int = 0
    max_age_days: int = 0

    def apply(self, store: HistoryStore) -> int:
        """Prune the store to this policy; how many entries went."""
        return store.prune(max_count=self.max_count, max_age_days=self.max_age_days)


@dataclass(frozen=True)
class OpenedHistory:
    store: HistoryStore
    notice: str  # a damaged file moved aside, said once
    page: HistoryPage
    tokens: list[StoredToken]


def open_history(
    retention: Retention, where: HistoryFilter, page_size: int, folder: Path | None = None
) -> OpenedHistory:
    """Open (or start) the store, apply the retention, and read the first page the list
    shows: sqlite, the integrity check and the page all cost time the window should not
    spend before its first paint."""
    store, notice = HistoryStore.open(folder)
    if retention.keep:
        retention.apply(store)
    return OpenedHistory(store, notice, store.page(where, page_size), store.latest_tokens())


def write_fetches(
    store: HistoryStore,
    entries: list[tuple[FetchRecord, str]],
    retention: Retention,
    where: HistoryFilter,
    page_size: int,
) -> tuple[list[int], HistoryPage]:
    """Store fetches (each with the secret it was sent with, which the store masks), apply
    the retention, and read the page the list shows next: their ids, and that page."""
    fetch_ids = [store.add(record, secret=secret) for record, secret in entries]
    retention.apply(store)
    return fetch_ids, store.page(where, page_size)


def load_for_display(store: HistoryStore, fetch_id: int) -> FetchRecord | None:
    """An entry read back as a fetch would show it: bodies parsed and judged as saved
    answers (no clock check), pretty text made, the formats compared when small. A format
    stored with a failure and a body (an HTTP error page) keeps the failure as recorded."""
    record = store.load(fetch_id)
    if record is None:
        return None
    for outcome in record.outcomes.values():
        if outcome.error is None or not outcome.body:
            read_answer(outcome, live=False, with_pretty=True)
    record.comparison = compare_if_small(record.outcomes)
    return record


def _body_row(fetch_id: int, outcome: FormatOutcome, secret: str) -> tuple[Any, ...]:
    body = scrub_bytes(outcome.body, secret)
    headers = [(name, scrub(value, secret)) for name, value in outcome.headers]
    error = outcome.error
    return (
        fetch_id,
        outcome.format.value,
        scrub(outcome.url, secret),
        outcome.http_status,
        outcome.status_line,
        json.dumps(headers),
        outcome.elapsed_ms,
        body[:BODY_CAP_BYTES],
        len(body),
        error_kind(error) if error else None,
        scrub(error.message, secret) if error else None,
    )


def _summary(row: tuple[Any, ...]) -> HistorySummary:
    formats = tuple(Format(value) for value in str(row[6]).split(",") if value)
    return HistorySummary(
        id=int(row[0]),
        fetched_at=datetime.fromisoformat(str(row[1])),
        environment=str(row[2]),
        base_url=str(row[3]),
        partner_id=str(row[4]),
        partner_name=str(row[5]),
        formats=formats,
        verdict=Verdict.from_stored(str(row[7])),
        http_status=row[8],
        diagnostic_status=row[9],
        token=row[10],
        total_ms=row[11],
        message=str(row[12] or ""),
        call=_call(str(row[13] or "")),
    )


def _outcome(row: tuple[Any, ...], fetched_at: datetime) -> FormatOutcome:
    fmt = Format(row[0])
    stored: bytes = bytes(row[6])
    size = int(row[7])
    outcome = FormatOutcome(
        fmt,
        url=str(row[1]),
        http_status=row[2],
        status_line=str(row[3]),
        headers=tuple((str(k), str(v)) for k, v in json.loads(row[4])),
        elapsed_ms=row[5],
        body=stored,
        fetched_at=fetched_at,
    )
    kind, message = row[8], row[9]
    if size > len(stored):
        outcome.error = ParseError(
            translate(
                "history",
                "History kept only the first {kept} MB of this {size} MB "
                "answer, so it is shown but not read again.",
            ).format(kept=number(len(stored) / 1024 / 1024), size=number(size / 1024 / 1024, 1))
        )
    elif kind and kind not in ("unreadable", "input"):
        outcome.error = FetchError(_fetch_kind(kind), str(message or ""))
    elif kind == "input":
        outcome.error = TiketError(str(message or ""))
    return outcome


def _call(name: str) -> Call:
    try:
        return call_named(name)
    except KeyError:  # a call a later version knows: shown as getToken's answer would be
        return GET_TOKEN


def _add_call_column(connection: sqlite3.Connection) -> None:
    """A history from before the calls were told apart: every entry there is a getToken."""
    columns = [row[1] for row in connection.execute("PRAGMA table_info(fetches)")]
    if columns and "call" not in columns:
        connection.execute("ALTER TABLE fetches ADD COLUMN call TEXT NOT NULL DEFAULT 'getToken'")


def _fetch_kind(value: str) -> FetchErrorKind:
    try:
        return FetchErrorKind(value)
    except ValueError:
        return FetchErrorKind.NOT_HTTP


def _healthy(path: Path) -> bool:
    try:
        connection = sqlite3.connect(path, timeout=5.0)
        try:
            row = connection.execute("PRAGMA quick_check").fetchone()
            return bool(row) and row[0] == "ok"
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def _move_aside(path: Path) -> Path:
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            with contextlib.suppress(OSError):
                os.replace(source, Path(f"{aside}{suffix}"))
    return aside
