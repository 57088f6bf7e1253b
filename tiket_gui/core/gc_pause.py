"""Python's cycle collector paused while a worker builds the objects of a big answer.

Reading a 1 MB answer of small objects makes some 100,000 containers, and comparing its
formats as many again. Each full collection meanwhile walks them all holding the GIL: the
GUI thread stood still 25-50 ms at a time. An answer's trees hold no cycles, so collecting
after the work loses nothing; reference counting frees them as ever.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Holders:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0
        self.resume = False  # the collector ran when the first came: on again after the last


_holders = _Holders()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Collection off for the block, across threads: on again when the last block ends, if
    it was on when the first began."""
    with _holders.lock:
        if _holders.count == 0:
            _holders.resume = gc.isenabled()
            gc.disable()
        _holders.count += 1
    try:
        yield
    finally:
        with _holders.lock:
            _holders.count -= 1
            if _holders.count == 0 and _holders.resume:
                gc.enable()
