"""One way to run work off the GUI thread: a thread pool, results delivered on the GUI thread.

Workers emit one signal of the runner, a QObject made on the GUI thread, so Qt queues the
result to the GUI thread; the runner then calls the task's callbacks there. Tasks hold plain
callbacks, not Qt signals: connecting a signal to a partial costs ~0.4 ms here, and a fetch
made eight such connections on the GUI thread while its answers were arriving.
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from tiket_gui.core.redact import scrub

T = TypeVar("T")
log = logging.getLogger("tiket_gui.ui")


class Task(Generic[T]):
    """One background call, whose result is a T.

    done(value): the call's return value, on the GUI thread.
    failed(error, trace): the exception it raised and its traceback, on the GUI thread. A
    task nobody connected `failed` to is not silent: the runner logs its failure and emits
    unhandledFailure.
    """

    def __init__(self) -> None:
        self._done: list[Callable[[T], object]] = []
        self._failed: list[Callable[[BaseException, str], object]] = []
        self.done = _Connector(self._done)
        self.failed = _Connector(self._failed)

    @property
    def handles_failure(self) -> bool:
        return bool(self._failed)

    def deliver(self, value: T) -> None:
        for callback in self._done:
            callback(value)

    def fail(self, error: BaseException, trace: str) -> None:
        for callback in self._failed:
            callback(error, trace)


C = TypeVar("C")


class _Connector(Generic[C]):
    """`task.done.connect(callback)`: the callbacks a task calls, in the order connected."""

    def __init__(self, callbacks: list[C]) -> None:
        self._callbacks = callbacks

    def connect(self, callback: C) -> None:
        self._callbacks.append(callback)


class Failure(NamedTuple):
    """A call of submit_all that raised: the exception and its traceback."""

    error: BaseException
    trace: str


GIL_TURN_S = 0.0002


class BackgroundRunner(QObject):
    """A thread pool of our own with a thread per format and more: the global one has as
    many threads as cores (2 here), and four formats fetched on two threads take twice as
    long."""

    unhandledFailure = Signal()
    _finished = Signal(int, object, object, str)

    def __init__(self, max_threads: int = 6, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Workers reading big answers hold the GIL in 5 ms turns, and the GUI thread waits a
        # turn each time it comes back to Python: every slot, override and model call (a
        # table paints a cell at a time). Four formats of 1 MB read at once stalled it
        # 100-160 ms; with 1 ms turns ~50 ms; with 0.2 ms turns 11-18 ms, at no cost seen in
        # the whole time (turns are only handed over when another thread waits).
        sys.setswitchinterval(GIL_TURN_S)
        self._pool = ThreadPoolExecutor(max_threads, thread_name_prefix="tiket-worker")
        self._ids = itertools.count()
        self._tasks: dict[int, Task[Any]] = {}
        self._secrets: Callable[[], str] = str
        self._running = 0  # calls submitted and not yet returned, guarded by _idle
        self._idle = threading.Condition()
        self._finished.connect(self._deliver)

    def mask_with(self, secret: Callable[[], str]) -> None:
        """Where the secret in use is read, to mask it in what a failure logs."""
        self._secrets = secret

    def submit(self, call: Callable[[], T]) -> Task[T]:
        """Start `call` on the pool; connect to the returned task's done and failed.

        `call` runs on a worker thread: it must not touch any widget.
        """
        task_id = next(self._ids)
        task: Task[T] = Task()
        self._tasks[task_id] = task
        with self._idle:
            self._running += 1
        self._pool.submit(self._run, task_id, call)
        return task

    def submit_all(
        self,
        calls: list[Callable[[], Any]],
        then: Callable[[list[Any]], Any] | None = None,
    ) -> Task[Any]:
        """Run `calls` side by side on the pool; done(list) comes once, with every result in
        order and a Failure in place of a call that raised. The GUI thread wakes once for
        all of them: each wake takes the GIL from the workers still running.

        `then`, given that list on the worker that finished last, makes what done receives
        instead: work on all the results that would otherwise hold the GUI thread. If it
        raises, failed(error, trace) comes instead of done."""
        task_id = next(self._ids)
        task: Task[Any] = Task()
        self._tasks[task_id] = task
        results: list[Any] = [None] * len(calls)
        left = [len(calls)]
        lock = threading.Lock()

        def run(index: int, call: Callable[[], Any]) -> None:
            try:
                value: Any = call()
            except Exception as error:
                value = Failure(error, "".join(traceback.format_exception(error)))
            with lock:
                results[index] = value
                left[0] -= 1
                last = left[0] == 0
            if not last:
                return
            if then is None:
                self._finished.emit(task_id, results, None, "")
                return
            try:
                combined = then(results)
            except Exception as error:
                trace = "".join(traceback.format_exception(error))
                self._finished.emit(task_id, None, error, trace)
            else:
                self._finished.emit(task_id, combined, None, "")

        with self._idle:
            self._running += len(calls)
        for index, call in enumerate(calls):
            self._pool.submit(self._run_quietly, partial(run, index, call))
        return task

    def _run_quietly(self, call: Callable[[], None]) -> None:
        try:
            call()
        finally:
            with self._idle:
                self._running -= 1
                self._idle.notify_all()

    def _run(self, task_id: int, call: Callable[[], Any]) -> None:
        try:
            value = call()
        except Exception as error:
            self._finished.emit(task_id, None, error, "".join(traceback.format_exception(error)))
        else:
            self._finished.emit(task_id, value, None, "")
        finally:
            with self._idle:
                self._running -= 1
                self._idle.notify_all()

    @Slot(int, object, object, str)
    def _deliver(self, task_id: int, value: Any, error: BaseException | None, trace: str) -> None:
        task = self._tasks.pop(task_id, None)
        if task is None:
            return
        if error is None:
            task.deliver(value)
        elif task.handles_failure:
            task.fail(error, trace)
        else:
            log.error("a background task failed: %s", scrub(trace, self._secrets()))
            self.unhandledFailure.emit()

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Wait for every submitted call to return; True when they all did in time."""
        with self._idle:
            return self._idle.wait_for(lambda: self._running == 0, timeout=msecs / 1000)

    @property
    def active(self) -> int:
        """Calls submitted that have not returned yet."""
        with self._idle:
            return self._running
