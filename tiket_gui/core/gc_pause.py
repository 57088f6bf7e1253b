"""Python's cycle collector paused while a worker builds the objects of a big answer.

Reading a 1 MB answer of small objects makes some 100,000 containers, and comparing its
formats as many again. Each full collection meanwhile walks them all holding the GIL: the
GUI thread stood still 25-50 ms at a time. An answer's trees hold no cycles, so collecting
after the work loses nothing; reference counting frees them as ever.

After a big answer, the objects it left are frozen rather than collected: turned back on,
the collector walked the two million objects of a 10 MB answer's comparison in one go, on
whichever thread allocated next (140-230 ms, the GUI thread's as often as not). Frozen
objects are still freed when their last reference goes; only cycles made meanwhile by other
threads are then never collected, a few objects at most.
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
# Above this many objects made during the pause, they are frozen (see above); a getToken
# answer makes a few hundred.
FREEZE_ABOVE = 100_000


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
                if gc.get_count()[0] > FREEZE_ABOVE:
                    gc.freeze()
                gc.enable()
