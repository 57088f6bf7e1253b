"""The in-process emulator: started on a worker at the user's first step towards it, waited
for by a Fetch that comes sooner, stopped with the window."""

from __future__ import annotations

import contextlib
from concurrent.futures import Future
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from tiket_gui.core import wording
from tiket_gui.core.environments import EnvironmentKind
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.request_panel import RequestPanel
from tiket_gui.ui.workers import BackgroundRunner

if TYPE_CHECKING:
    from tiket_gui.emulator import RunningEmulator


class EmulatorController(QObject):
    """Owns the running emulator, or the start under way (a Future a Fetch can wait on).

    The emulator serves from a thread of its own (`emulator.start_in_thread`): its serving
    loop runs for the window's whole life, which a pool worker must not be held for.

    Signals:
    message(str): a sentence for the status bar.
    """

    message = Signal(str)

    def __init__(self, panel: RequestPanel, runner: BackgroundRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.panel = panel
        self.runner = runner
        self.running: RunningEmulator | None = None
        self._starting: Future[RunningEmulator] | None = None
        self._user_started = False
        self._closing = False

    @Slot()
    def first_step(self) -> None:
        """The emulator with the HTTP server and OpenSSL it loads costs ~9 MiB: a window
        left idle never starts it; the user's first step does."""
        self._user_started = True
        self.environment_changed(self.panel.environment_kind().value)

    @Slot(str)
    def environment_changed(self, kind: str) -> None:
        if EnvironmentKind(kind) is not EnvironmentKind.EMULATOR:
            return
        if self.running is not None:
            self.panel.set_emulator_url(self.running.base_url)
            return
        if not self._user_started or self._starting is not None:
            return
        # the server module costs ~65 ms to import: a worker loads and starts it; a Fetch
        # pressed before it is ready waits for it (ensure)
        starting: Future[RunningEmulator] = Future()
        self._starting = starting
        task = self.runner.submit(lambda: _start(starting))
        task.done.connect(self._ready)
        task.failed.connect(self._failed)

    def ensure(self) -> str:
        """The emulator's URL, starting it on 127.0.0.1:0 if need be (once; it stops when the
        window closes)."""
        if self.running is None:
            if self._starting is not None:
                self.running = self._starting.result(timeout=10)
            else:
                from tiket_gui.emulator import start_in_thread  # noqa: PLC0415

                self.running = start_in_thread()
            self.panel.set_emulator_url(self.running.base_url)
            self.message.emit(
                translate("emulator_controller", "Local emulator running at {base_url}.").format(
                    base_url=self.running.base_url
                )
            )
        return self.running.base_url

    def stop(self) -> None:
        """At close, once the runner's workers are done: its serving loop notices within
        50 ms, on a worker, so the window need not wait for that."""
        self._closing = True
        if self.running is None and self._starting is not None:
            with contextlib.suppress(Exception):  # a start that failed has nothing to stop
                self.running = self._starting.result(timeout=0)
        if self.running is not None:
            self.runner.submit(self.running.stop)
            self.running = None

    def _ready(self, running: RunningEmulator) -> None:
        if self._closing:
            self.runner.submit(running.stop)
            return
        if self.running is None:
            self.running = running
            self.message.emit(
                translate("emulator_controller", "Local emulator running at {base_url}.").format(
                    base_url=running.base_url
                )
            )
        self.panel.set_emulator_url(running.base_url)

    def _failed(self, _error: BaseException, _trace: str) -> None:
        self._starting = None
        self.panel.set_emulator_problem(wording.emulator_not_started())


def _start(starting: Future[RunningEmulator]) -> RunningEmulator:
    """On a worker: import and start the emulator, and hand it to whoever waits."""
    try:
        from tiket_gui.emulator import start_in_thread  # noqa: PLC0415

        running = start_in_thread()
    except BaseException as error:
        starting.set_exception(error)
        raise
    starting.set_result(running)
    return running
