"""One way to run work off the GUI thread: a thread pool, results delivered on the GUI thread.

Workers emit one signal of the runner, a QObject made on the GUI thread, so Qt queues the
result to the GUI thread; the runner then calls the task's callbacks there. Tasks hold plain
callbacks, not Qt signals: connecting a signal to a partial costs ~0.4 ms here, and a fetch
made eight such connections on the GUI thread while its answers were arriving.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, Signal, Slot

Callback = Callable[..., Any]


class Callbacks:
    """What a task calls on the GUI thread, in the order connected."""

    def __init__(self) -> None:
        self._callbacks: list[Callback] = []

    def connect(self, callback: Callback) -> None:
        self._callbacks.append(callback)

    def emit(self, *args: Any) -> None:
        for callback in self._callbacks:
            callback(*args)


class Task:
    """One background call.

    done(value): the call's return value, on the GUI thread.
    failed(error, trace): the exception it raised and its traceback, on the GUI thread.
    """

    def __init__(self) -> None:
        self.done = Callbacks()
        self.failed = Callbacks()


class Failure(NamedTuple):
    """A call of submit_all that raised: the exception and its traceback."""

    error: BaseException
    trace: str


class BackgroundRunner(QObject):
    """A thread pool of our own with a thread per format and more: the global one has as
    many threads as cores (2 here), and four formats fetched on two threads take twice as
    long."""

    _finished = Signal(int, object, object, str)

    def __init__(self, max_threads: int = 6, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_threads, thread_name_prefix="tiket-worker")
        self._ids = itertools.count()
        self._tasks: dict[int, Task] = {}
        self._running = 0  # calls submitted and not yet returned, guarded by _idle
        self._idle = threading.Condition()
        self._finished.connect(self._deliver)

    def submit(self, call: Callable[[], Any]) -> Task:
        """Start `call` on the pool; connect to the returned task's done and failed.

        `call` runs on a worker thread: it must not touch any widget.
        """
        task_id = next(self._ids)
        task = Task()
        self._tasks[task_id] = task
        with self._idle:
            self._running += 1
        self._pool.submit(self._run, task_id, call)
        return task

    def submit_all(
        self,
        calls: list[Callable[[], Any]],
        then: Callable[[list[Any]], Any] | None = None,
    ) -> Task:
        """Run `calls` side by side on the pool; done(list) comes once, with every result in
        order and a Failure in place of a call that raised. The GUI thread wakes once for
        all of them: each wake takes the GIL from the workers still running.

        `then`, given that list on the worker that finished last, makes what done receives
        instead: work on all the results that would otherwise hold the GUI thread. If it
        raises, failed(error, trace) comes instead of done."""
        task_id = next(self._ids)
        task = Task()
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
            task.done.emit(value)
        else:
            task.failed.emit(error, trace)

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Wait for every submitted call to return; True when they all did in time."""
        with self._idle:
            return self._idle.wait_for(lambda: self._running == 0, timeout=msecs / 1000)

    @property
    def active(self) -> int:
        """Calls submitted that have not returned yet."""
        with self._idle:
            return self._running
