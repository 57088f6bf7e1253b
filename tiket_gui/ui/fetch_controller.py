"""Fetching: a press of Fetch sends one request per chosen format side by side, and their
answers come back together; Cancel, Renew, and the busy state around them."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from tiket_gui.core import wording
from tiket_gui.core.calls import GET_TOKEN, Call
from tiket_gui.core.cancel import CancelHandle
from tiket_gui.core.compare import Comparison
from tiket_gui.core.environments import Environment, EnvironmentKind
from tiket_gui.core.errors import ParseError
from tiket_gui.core.outcome import FetchRecord, FormatOutcome, compare_if_small
from tiket_gui.core.redact import scrub
from tiket_gui.core.request import ApiRequest
from tiket_gui.ui.emulator_controller import EmulatorController
from tiket_gui.ui.request_panel import RequestPanel
from tiket_gui.ui.workers import BackgroundRunner, Failure

if TYPE_CHECKING:
    from tiket_gui.core.client import TokenClient

log = logging.getLogger("tiket_gui.ui")
Fetched = tuple[list[FormatOutcome | Failure], Comparison | None]


class FetchController(QObject):
    """Owns the fetch in progress (`current`), its cancel handles and its sequence number:
    answers of a fetch that was cancelled or replaced are dropped.

    Signals:
    finished(object): the FetchRecord of a fetch whose every format came back.
    cancelled(): the user cancelled the fetch in progress.
    busyChanged(bool): the busy state shows (at the first tick, 100 ms in), or ends after
        it showed.
    ticked(float): seconds since the fetch in progress started, every 100 ms.
    message(str): a sentence for the status bar.
    """

    finished = Signal(object)
    cancelled = Signal()
    busyChanged = Signal(bool)
    ticked = Signal(float)
    message = Signal(str)

    def __init__(
        self,
        panel: RequestPanel,
        emulator: EmulatorController,
        runner: BackgroundRunner,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.emulator = emulator
        self.runner = runner
        self.client = SharedClient()
        self.current: FetchRecord | None = None
        self._sequence = 0
        self._handles: list[CancelHandle] = []
        self._closing = False
        self._busy_shown = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setInterval(100)
        self._busy_timer.timeout.connect(self._tick)

    @property
    def fetching(self) -> bool:
        return self.current is not None

    @Slot()
    def fetch(self) -> None:
        """The request the form describes."""
        self.fetch_as()

    def fetch_as(
        self,
        *,
        call: Call | None = None,
        token: str = "",
        renew: str = "",
        where: Environment | None = None,
    ) -> None:
        """The form's request, as another call (with the token it sends), as a Renew Token,
        or sent to another environment (`where`); who stays as the user left it."""
        if self.current is not None:
            return
        panel = self.panel
        kind = panel.environment_kind()
        if EnvironmentKind.EMULATOR in (kind, where and where.kind) and not panel.emulator_url:
            try:
                self.emulator.ensure()
            except Exception:  # the sentence covers a start that failed in the worker
                self.message.emit(wording.emulator_not_started())
                return
        requests, problems = panel.build_requests()
        if where is not None:
            kind = where.kind
            base_url = where.base_url or panel.emulator_url
            requests = [replace(r, base_url=base_url) for r in requests]
        if call is not None:
            requests = [
                replace(r, call=call, token=token, renew_token=renew if call is GET_TOKEN else "")
                for r in requests
            ]
        if call is not None or where is not None:
            problems = requests[0].problems() if requests else problems
        if problems:
            self.message.emit(problems[0].message)
            return
        self._sequence += 1
        first = requests[0]
        record = FetchRecord(
            kind.label,
            first.base_url,
            [r.output for r in requests],
            partner_id=first.partner_id,
            partner_name=first.partner_name,
            call=first.call,
            sent_token=first.token,
            sequence=self._sequence,
        )
        self.current = record
        self._handles = [CancelHandle() for _ in requests]
        task = self.runner.submit_all(
            [
                partial(_fetch_on_worker, self.client, request, kind.value, handle)
                for request, handle in zip(requests, self._handles, strict=True)
            ],
            then=_compare_fetched,
        )
        task.done.connect(partial(self._on_outcomes, record.sequence, requests))
        task.failed.connect(partial(self._comparing_failed, record.sequence, requests))
        # Fetch off, Cancel on, the bar and the clock: all at the first tick (100 ms). A
        # fetch answered sooner would only flash them, and repainting them while the
        # answers arrive delays the answers (the paint and the workers share the GIL).
        # A second Fetch meanwhile is ignored, and Escape cancels.
        self._busy_timer.start()

    def renew(self, token: str) -> None:
        """Fetch again with this token as token= (Renew Token)."""
        if not token or self.current is not None:
            return
        self.panel.set_call(GET_TOKEN)
        self.panel.set_renew_token(token)
        self.fetch()

    @Slot()
    def cancel(self) -> None:
        if self.current is None:
            return
        for handle in self._handles:
            handle.cancel()
        self.current = None
        self._end_busy()
        self.message.emit(wording.cancelled_keeps_answer())
        self.cancelled.emit()

    def close(self) -> None:
        """The window closes: the fetch in progress is dropped, its sockets shut down."""
        self._closing = True
        for handle in self._handles:
            handle.cancel()
        self.current = None
        self._busy_timer.stop()

    def release(self) -> None:
        """After the last worker: the pooled connections close."""
        self.client.close()

    def _on_outcomes(self, sequence: int, requests: list[ApiRequest], fetched: Fetched) -> None:
        record = self.current
        if record is None or record.sequence != sequence or self._closing:
            return  # the answers of a fetch that was cancelled or replaced
        results, record.comparison = fetched
        for request, result in zip(requests, results, strict=True):
            record.outcomes[request.output] = (
                _failed_outcome(request, result) if isinstance(result, Failure) else result
            )
        record.total_ms = (time.perf_counter() - record.started) * 1000
        self.current = None
        self._end_busy()
        self.finished.emit(record)

    def _comparing_failed(
        self, sequence: int, requests: list[ApiRequest], error: BaseException, trace: str
    ) -> None:
        """Comparing raised on the worker (a bug): the fetch ends as failed, told and logged
        like any worker that raises, and the answer on screen stays."""
        failure = Failure(error, trace)
        self._on_outcomes(sequence, requests, ([failure] * len(requests), None))

    def _end_busy(self) -> None:
        self._busy_timer.stop()
        self.panel.set_busy(False)
        if self._busy_shown:  # a quick fetch never showed it: nothing to lay out again
            self._busy_shown = False
            self.busyChanged.emit(False)

    @Slot()
    def _tick(self) -> None:
        record = self.current
        if record is None:
            return
        if not self._busy_shown:
            self._busy_shown = True
            self.panel.set_busy(True)
            self.busyChanged.emit(True)
        self.ticked.emit(time.perf_counter() - record.started)


class SharedClient:
    """The window's one TokenClient, made by the first worker that needs it: importing
    requests on the GUI thread held it ~85 ms at the first Fetch."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._client: TokenClient | None = None

    def get(self) -> TokenClient:
        with self._lock:
            if self._client is None:
                from tiket_gui.core.client import TokenClient  # noqa: PLC0415

                self._client = TokenClient()
            return self._client

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None


def load_client() -> None:
    """On a worker at the user's first step: requests (~85 ms) before the first Fetch needs
    it; the XML reader waits for the first XML answer, on its worker."""
    import tiket_gui.core.client  # noqa: F401, PLC0415


def _fetch_on_worker(
    client: SharedClient, request: ApiRequest, env: str, cancel: CancelHandle
) -> FormatOutcome:
    from tiket_gui.core.outcome import fetch_and_read  # noqa: PLC0415

    return fetch_and_read(client.get(), request, env=env, cancel=cancel, with_pretty=True)


def _compare_fetched(results: list[FormatOutcome | Failure]) -> Fetched:
    """On the worker that fetched last: small answers compared, off the GUI thread."""
    read = {result.format: result for result in results if isinstance(result, FormatOutcome)}
    return results, compare_if_small(read)


def _failed_outcome(request: ApiRequest, failure: Failure) -> FormatOutcome:
    log.error("fetch task failed: %s", scrub(failure.trace, request.secret_key))
    outcome = FormatOutcome(request.output, url=request.redacted_url())
    outcome.error = ParseError(wording.read_failed_unexpectedly())
    return outcome
