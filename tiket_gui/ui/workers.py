"""One way to run work off the GUI thread: a thread pool, results delivered on the GUI thread.

Signals connected to lambdas or plain functions run in the emitting thread, even when queued;
so workers emit a signal of the runner, a QObject made on the GUI thread, whose slot Qt then
calls there and which hands the result to the task's own signals.
"""

from __future__ import annotations

import itertools
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


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class BackgroundRunner(QObject):
    """A thread pool of our own: Qt's global one has as many threads as cores (2 here), and
    four formats fetched on two threads take twice as long."""

    _finished = Signal(int, object, object, str)

    def __init__(self, max_threads: int = 6, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count()
        # a task lives here until its result is delivered; it has no Qt parent, so a window
        # closing with results still queued cannot delete it twice
        self._tasks: dict[int, Task] = {}
        self._finished.connect(self._deliver)

    def submit(self, call: Callable[[], Any]) -> Task:
        """Start `call` on the pool; connect to the returned task's done and failed.

        `call` runs on a worker thread: it must not touch any widget.
        """
        task_id = next(self._ids)
        task = Task()
        self._tasks[task_id] = task
        self._pool.start(_Runnable(lambda: self._run(task_id, call)))
        return task

    def _run(self, task_id: int, call: Callable[[], Any]) -> None:
        try:
            value = call()
        except Exception as error:
            self._finished.emit(task_id, None, error, "".join(traceback.format_exception(error)))
        else:
            self._finished.emit(task_id, value, None, "")

    @Slot(int, object, object, str)
    def _deliver(self, task_id: int, value: Any, error: BaseException | None, trace: str) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:
            return
        if error is None:
            task.done.emit(value)
        else:
            task.failed.emit(error, trace)

    def wait_for_done(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)

    @property
    def active(self) -> int:
        return self._pool.activeThreadCount()
