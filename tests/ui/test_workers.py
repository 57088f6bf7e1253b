"""The background runner: results come back on the GUI thread, once, in order."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tiket_gui.ui.workers import BackgroundRunner, Failure


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[BackgroundRunner]:
    made = BackgroundRunner()
    yield made
    assert made.wait_for_done()


def _fails() -> int:
    raise ValueError("no")


def test_submit_all_delivers_every_result_in_order_on_the_gui_thread(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    gate = threading.Event()
    delivered: list[tuple[list[Any], bool]] = []

    def slow() -> str:
        gate.wait(5)
        return "slow"

    task = runner.submit_all([slow, lambda: "quick", _fails])
    task.done.connect(
        lambda results: delivered.append(
            (results, threading.current_thread() is threading.main_thread())
        )
    )
    gate.set()
    qtbot.waitUntil(lambda: bool(delivered))
    results, on_gui_thread = delivered[0]
    assert results[:2] == ["slow", "quick"] and on_gui_thread
    assert isinstance(results[2], Failure) and isinstance(results[2].error, ValueError)
    assert "ValueError: no" in results[2].trace


def test_then_runs_on_the_last_worker_and_its_value_is_delivered(
    qtbot: QtBot, runner: BackgroundRunner
) -> None:
    threads: list[bool] = []

    def then(results: list[Any]) -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        return sum(results)

    task = runner.submit_all([lambda: 1, lambda: 2], then=then)
    with qtbot.waitCallback() as done:
        task.done.connect(done)
    done.assert_called_with(3)
    assert threads == [False]


def test_then_raising_is_delivered_as_failed(qtbot: QtBot, runner: BackgroundRunner) -> None:
    def then(_results: list[Any]) -> int:
        raise RuntimeError("comparing broke")

    task = runner.submit_all([lambda: 1], then=then)
    task.done.connect(lambda _value: pytest.fail("done came for a then that raised"))
    with qtbot.waitCallback() as failed:
        task.failed.connect(failed)
    error, trace = failed.args
    assert isinstance(error, RuntimeError) and "comparing broke" in trace


def test_a_failure_nobody_handles_is_logged_masked_and_signalled(
    qtbot: QtBot, runner: BackgroundRunner, caplog: pytest.LogCaptureFixture
) -> None:
    runner.mask_with(lambda: "s3cret-key")

    def leaks() -> None:
        raise RuntimeError("boom near s3cret-key and ?secretkey=s3cret-key&x=1")

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(runner.unhandledFailure):
        runner.submit(leaks)
    assert "boom near" in caplog.text and "s3cret-key" not in caplog.text


def test_a_handled_failure_is_the_callers_alone(qtbot: QtBot, runner: BackgroundRunner) -> None:
    task = runner.submit(_fails)
    with qtbot.assertNotEmitted(runner.unhandledFailure), qtbot.waitCallback() as failed:
        task.failed.connect(failed)
    assert isinstance(failed.args[0], ValueError)
