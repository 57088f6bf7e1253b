"""The cycle collector paused while workers build big answers, and on again after."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from tiket_gui.core.gc_pause import gc_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_comes_back_when_the_last_of_two_threads_is_done() -> None:
    inside = threading.Event()
    leave = threading.Event()

    def worker() -> None:
        with gc_paused():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the worker is still inside
    leave.set()
    thread.join(5)
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_collector_turned_off_elsewhere_stays_off() -> None:
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_comes_back_after_an_error() -> None:
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("unreadable")
    assert gc.isenabled()
