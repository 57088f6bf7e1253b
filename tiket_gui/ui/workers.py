"""One way to run work off the GUI thread: a thread pool, results delivered on the GUI thread.

Signals connected to lambdas or plain functions run in the emitting thread, even when queued;
so each task's result goes to a slot of a QObject created on the GUI thread, which Qt then
calls there.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Task(QObject):
    """One background call.

    Signals:
        done(object): the call's return value, on the GUI thread.
        failed(object, str): the exception it raised and its traceback, on the GUI thread.
    """

    done = Signal(object)
    failed = Signal(object, str)
    _finished = Signal(object, object, str)

    def __init__(self, call: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self._finished.connect(self._deliver)

    def run_in_worker(self) -> None:
        """Runs on a pool thread: never touch a widget here."""
        try:
            value = self._call()
        except Exception as error:
            self._finished.emit(None, error, "".join(traceback.format_exception(error)))
        else:
            self._finished.emit(value, None, "")

    @Slot(object, object, str)
    def _deliver(self, value: Any, error: BaseException | None, trace: str) -> None:
        if error is None:
            self.done.emit(value)
        else:
            self.failed.emit(error, trace)
        self.deleteLater()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run_in_worker()


class BackgroundRunner(QObject):
    """A thread pool of our own: Qt's global one has as many threads as cores (2 here), and
    four formats fetched on two threads take twice as long."""

    def __init__(self, max_threads: int = 6, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)

    def submit(self, call: Callable[[], Any]) -> Task:
        """Start `call` on the pool; connect to the returned task's done and failed."""
        task = Task(call, self)
        self._pool.start(_Runnable(task))
        return task

    def wait_for_done(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    @property
    def active(self) -> int:
        return self._pool.activeThreadCount()
