"""Measurements run in a fresh process each, printed as one JSON object on the last line.

    python -m benchmarks.probes NAME [--quick]

Offscreen, with the app's folders in a temporary directory. The driver is benchmarks/run.py.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = Path(tempfile.mkdtemp(prefix="tiket-bench-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_home / _name.lower())

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

SECRET = "demo-secret-1"


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class StallMeter(QObject):
    """The longest gap between ticks of a 1 ms timer on the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.longest * 1000

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def run_until(done: Callable[[], bool], timeout_s: float = 60, wake: Any | None = None) -> None:
    """Run the event loop until `done()`: checked every millisecond, and at once whenever the
    signal `wake` is emitted (so a figure does not wait for the next poll)."""
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s

    def check(*_: object) -> None:
        if done() or time.perf_counter() > deadline:
            loop.quit()

    checker = QTimer()
    checker.setInterval(1)
    checker.timeout.connect(check)
    checker.start()
    if wake is not None:
        wake.connect(check)
    loop.exec()
    checker.stop()
    if wake is not None:
        wake.disconnect(check)


def settle(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _window(
    formats: tuple[str, ...] = ("json", "xml", "serialize", "array"), *, typed: bool = True
) -> Any:
    """The window shown and painted, the secret filled in: typed once the window is up, as a
    user does (the first key loads what a fetch needs, see _first_step), or, with `typed`
    off, set without a key pressed."""
    from tiket_gui.app import FirstPaint
    from tiket_gui.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 820)
    gc.freeze()  # as the app does once the workbench is built
    painted = FirstPaint(window)
    window.show()
    run_until(lambda: painted.seen)
    panel = window.request_panel
    if typed:
        QTest.keyClicks(panel.secret_edit, SECRET)
    else:
        panel.secret_edit.setText(SECRET)
    for fmt, check in panel.format_checks.items():
        check.setChecked(fmt.value in formats)
    return window


def _all_shown(window: Any) -> bool:
    """Form, every tab's text and the compare: a big answer is compared after it shows."""
    record = window.shown_record
    return (
        not window.fetching
        and record is not None
        and record.comparison is window.answer_pane.compare_view.comparison
    )


class PaintedAfterFetch(QObject):
    """Notes when the window has repainted after its fetch finished: the answers on screen.

    The top-level window repaints its dirty widgets while handling an UpdateRequest; a timer
    posted from there fires once that repaint is done, and emits repainted.
    """

    repainted = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.finished = False
        self.painted = False
        self._window = window
        window.fetchFinished.connect(self._finished)
        window.installEventFilter(self)

    def _finished(self, _record: object) -> None:
        self.finished = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.finished and event.type() == QEvent.Type.UpdateRequest:
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        self.painted = True
        self.repainted.emit()

    def detach(self) -> None:
        self._window.fetchFinished.disconnect(self._finished)
        self._window.removeEventFilter(self)


def _fetch_and_show(window: Any) -> float:
    """Seconds from Fetch to every format on screen: form, tabs (text loaded) and compare
    filled, and the window repainted."""
    watcher = PaintedAfterFetch(window)
    started = time.perf_counter()
    window.fetcher.fetch()
    run_until(lambda: watcher.painted and _all_shown(window), wake=watcher.repainted)
    elapsed = time.perf_counter() - started
    watcher.detach()
    return elapsed


def _click_when_quiet(window: Any) -> float:
    """_fetch_and_show once what the last fetch left to do (its history row, its repaint)
    is done: a user's click lands on a window at rest, and back-to-back fetches timed the
    last one's leftovers into the next."""
    run_until(lambda: window.at_rest)
    settle(0.05)
    return _fetch_and_show(window)


# -- the probes ---------------------------------------------------------------------------------


def idle_memory(kind: str) -> dict[str, float]:
    """S2: resident memory once the window has painted and its deferred start-up work is done."""
    app = QApplication(sys.argv[:1])
    if kind == "bare":
        window: Any = QMainWindow()
        window.resize(1280, 820)
        window.show()
    else:
        from tiket_gui.ui.main_window import MainWindow

        window = MainWindow()  # as started: nothing typed yet
        window.resize(1280, 820)
        window.show()
    settle(2.0)
    value = rss_mib()
    window.close()
    del app
    return {"rss_mib": value}


def cycles(count: int) -> dict[str, float]:
    """S3: memory and references to None after one fetch, then after `count` more."""
    app = QApplication(sys.argv[:1])
    window = _window()
    settle(0.5)
    _fetch_and_show(window)
    settle(0.3)
    first_rss, first_none = rss_mib(), sys.getrefcount(None)
    for _ in range(count):
        _fetch_and_show(window)
    settle(0.5)
    result = {
        "rss_growth_mib": rss_mib() - first_rss,
        "none_refs_change": sys.getrefcount(None) - first_none,
    }
    window.close()
    del app
    return result


def four_formats(runs: int) -> dict[str, list[float]]:
    """S4: click to all four formats shown, against the same GETs and parses with requests alone."""

    from tiket_gui.core.formats import Format
    from tiket_gui.core.request import ApiRequest

    app = QApplication(sys.argv[:1])
    window = _window()
    url = window.emulator.ensure()
    settle(0.5)
    _fetch_and_show(window)  # warm: imports, connections
    requests_ = [ApiRequest(url, "123456789", "Partner Name", SECRET, fmt) for fmt in Format]
    plain = _plain_requests(requests_)
    ours: list[float] = []
    baseline: list[float] = []
    # in turns, each after the same rest: this machine's speed moves by half within seconds,
    # and a baseline taken in a row after ours moved the ratio with it
    for _ in range(runs):
        ours.append(_click_when_quiet(window))
        run_until(lambda: window.at_rest)
        settle(0.05)
        baseline.append(plain())
    window.close()
    del app
    return {"ours": ours, "baseline": baseline}


def _plain_requests(requests_: list[Any]) -> Callable[[], float]:
    """The baseline: the same GETs one after the other with requests alone, each parsed;
    seconds per call of what this returns, warmed once."""
    import requests

    from tiket_gui.core.formats import parse

    session = requests.Session()

    def plain() -> float:
        started = time.perf_counter()
        for request in requests_:
            response = session.get(request.url(), headers=request.headers(), timeout=10)
            parse(response.content, request.output)
        return time.perf_counter() - started

    plain()
    return plain


def list_country(runs: int) -> dict[str, Any]:
    """The General API row: List Country in four formats, click to its 246 records in the
    table, against the same four GETs and parses with requests alone; and the longest GUI
    stall while those clicks were answered."""

    from tiket_gui.core.calls import LIST_COUNTRY
    from tiket_gui.core.formats import Format
    from tiket_gui.core.request import ApiRequest

    app = QApplication(sys.argv[:1])
    window = _window()
    url = window.emulator.ensure()
    settle(0.5)
    _fetch_and_show(window)  # Get Token: the token the list call then sends
    window.request_panel.set_call(LIST_COUNTRY)
    token = window.answer.token
    _fetch_and_show(window)  # warm: imports, connections, the records view
    requests_ = [
        ApiRequest(url, "123456789", "Partner Name", output=fmt, call=LIST_COUNTRY, token=token)
        for fmt in Format
    ]
    plain = _plain_requests(requests_)
    meter = StallMeter()
    ours: list[float] = []
    baseline: list[float] = []
    stalls: list[float] = []
    table = window.answer_pane.records_view.model
    for _ in range(runs):  # in turns with the baseline, as S4
        run_until(lambda: window.at_rest)
        settle(0.05)
        meter.start()
        watcher = PaintedAfterFetch(window)
        started = time.perf_counter()
        window.fetcher.fetch()
        # the table shown: its records in, the window repainted (the formats are compared
        # after, on a worker, as every answer over 64 KB is)
        run_until(partial(_table_shown, watcher, table), wake=watcher.repainted)
        ours.append(time.perf_counter() - started)
        watcher.detach()
        run_until(lambda: window.at_rest)  # the compare after it, inside the stall window
        stalls.append(meter.stop())
        settle(0.05)
        baseline.append(plain())
    window.close()
    del app
    return {"ours": ours, "baseline": baseline, "stalls_ms": stalls}


def diff_big(megabytes: float) -> dict[str, float]:
    """Two answers of small records (the emulator's wide=MB shape) compared in the window:
    seconds from asking to the differences shown, and the longest GUI stall meanwhile."""
    import json as json_module

    from tiket_gui.emulator import answers

    app = QApplication(sys.argv[:1])
    window = _window(typed=False)
    settle(0.5)
    tree: dict[str, Any] = answers.token_answer(0.0, "id", "json", "a" * 40)
    tree["records"] = answers.records(megabytes)
    left = json_module.dumps(tree).encode()
    tree["records"][len(tree["records"]) // 2]["price"] = -1
    right = json_module.dumps(tree).encode()
    opened: list[object] = []
    window.answerOpened.connect(opened.append)
    window.files.open_bytes(left, "left.json")
    run_until(lambda: bool(opened) and window.at_rest)
    settle(0.3)
    compared: list[object] = []
    window.diff.compared.connect(compared.append)
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    window.diff.compare_with_body(lambda: right, "right.json")
    run_until(lambda: bool(compared))
    shown = time.perf_counter() - started
    settle(0.1)  # what follows the table's first paint
    stall = meter.stop()
    window.close()
    del app
    return {"show_s": shown, "stall_ms": stall}


def _table_shown(watcher: PaintedAfterFetch, table: Any) -> bool:
    return watcher.painted and table.rowCount() == 246


def latency(runs: int) -> dict[str, list[float]]:
    """S5: four formats against one, with 50 ms of server latency."""
    from tiket_gui.emulator import EmulatorConfig, start_in_thread

    app = QApplication(sys.argv[:1])
    running = start_in_thread(config=EmulatorConfig(latency_ms=50))
    four = _window()
    four.request_panel.use_custom_url(running.base_url)
    one = _window(("json",))
    one.request_panel.use_custom_url(running.base_url)
    settle(0.5)
    _fetch_and_show(four)
    _fetch_and_show(one)
    result = {
        "ours": [_click_when_quiet(four) for _ in range(runs)],
        "baseline": [_click_when_quiet(one) for _ in range(runs)],
    }
    four.close()
    one.close()
    running.stop()
    del app
    return result


def stall_in_flight() -> dict[str, float]:
    """S6: the longest GUI stall while a 2 s fetch is in flight."""
    from tiket_gui.emulator import EmulatorConfig, start_in_thread

    app = QApplication(sys.argv[:1])
    running = start_in_thread(config=EmulatorConfig(fault="slow=2000"))
    window = _window()
    window.request_panel.use_custom_url(running.base_url)
    settle(1.0)  # after the start-up work, which is not this figure
    meter = StallMeter()
    meter.start()
    window.fetcher.fetch()
    settle(1.5)  # the request is in flight: nothing has come back yet
    longest = meter.stop()
    run_until(lambda: not window.fetching)
    window.close()
    running.stop()
    del app
    return {"stall_ms": longest}


@contextlib.contextmanager
def _emulator_process(fault: str) -> Iterator[str]:
    """The emulator in a process of its own, as a real server is: making a 10 MB answer in
    this process held the GIL, and its cost was counted as ours."""
    emulator = Path(sys.executable).with_name("tiket-emulator")
    process = subprocess.Popen(
        [str(emulator), "--port", "0", "--fault", fault],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # "tiket-emulator serving on URL (Ctrl+C to stop)"
        yield line.split(" serving on ")[1].split()[0]
    finally:
        process.terminate()
        process.wait(10)


def big_answer(megabytes: float, shape: str = "huge") -> dict[str, float]:
    """S7: the longest stall fetching and showing a big JSON answer (parse, pretty, highlight,
    tree, compare): `huge`, one long string, or `wide`, many small records. S8: the whole time
    showing it once its bytes are at hand (opened from a file: parse, pretty, fold, insert,
    compare), and one plain setPlainText of the same text."""
    from PySide6.QtWidgets import QPlainTextEdit

    from tiket_gui.core.formats import Format

    app = QApplication(sys.argv[:1])
    with _emulator_process(f"{shape}={megabytes}") as base_url:
        window = _window(("json",))
        window.request_panel.use_custom_url(base_url)
        settle(1.0)
        meter = StallMeter()
        meter.start()
        _fetch_and_show(window)
        view = window.answer_pane.response_views[Format.JSON]
        view.tree_button.click()
        settle(0.05)
        view.pretty_button.click()
        stall = meter.stop()
    saved = _home / "big-answer.json"
    saved.write_bytes(view.outcome.body)
    opened: list[object] = []
    window.answerOpened.connect(opened.append)
    started = time.perf_counter()
    window.files.open_path(saved)
    run_until(lambda: bool(opened) and _all_shown(window))
    window.repaint()  # on screen, as the baseline's repaint puts its text
    app.processEvents()
    whole = time.perf_counter() - started
    text = view.text_view.toPlainText()  # the very text on screen
    plain = QPlainTextEdit()
    plain.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    plain.resize(800, 600)
    plain.show()
    app.processEvents()
    started = time.perf_counter()
    plain.setPlainText(text)
    plain.repaint()
    app.processEvents()
    baseline = time.perf_counter() - started
    window.close()
    del app
    return {"stall_ms": stall, "show_s": whole, "plain_s": baseline, "chars": len(text)}


def wide_four_formats(megabytes: float) -> dict[str, float]:
    """S12: an answer of `megabytes` of small records in all four formats: click to every
    tab shown (form, texts, tree model) and the formats compared, and the longest GUI stall
    meanwhile. The emulator runs in a process of its own, as a real server does."""
    app = QApplication(sys.argv[:1])
    with _emulator_process(f"wide={megabytes}") as base_url:
        window = _window()
        window.request_panel.use_custom_url(base_url)
        settle(1.0)
        _click_when_quiet(window)  # warm: imports, connections, the views' first layout
        run_until(lambda: window.at_rest)
        settle(0.2)
        meter = StallMeter()
        meter.start()
        shown = _click_when_quiet(window)
        run_until(lambda: window.at_rest)
        stall = meter.stop()
    window.close()
    del app
    return {"shown_s": shown, "stall_ms": stall}


def history_dock(entries: int) -> dict[str, float]:
    """S9: the history dock with many entries: the stall opening it, and filtering as you type."""
    import sqlite3
    from datetime import UTC, datetime

    from tiket_gui.core.history import HISTORY_FILE, HistoryStore, data_dir
    from tiket_gui.core.outcome import FetchRecord
    from tiket_gui.core.settings import Settings, save_settings

    store, _ = HistoryStore.open()
    store.add(FetchRecord("Sandbox", "http://x", [], "0", "Seed"))
    store.close()
    connection = sqlite3.connect(data_dir() / HISTORY_FILE)
    now = datetime.now(UTC).isoformat()
    connection.executemany(
        "INSERT INTO fetches (fetched_at, environment, base_url, partner_id, partner_name, "
        "formats, verdict, token, total_ms, message) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (
                now,
                "Sandbox",
                "http://x",
                str(i),
                f"Partner {i}",
                "json,xml",
                "OK",
                "a" * 40,
                9.0,
                "",
            )
            for i in range(entries - 1)
        ],
    )
    connection.commit()
    connection.close()
    # no retention: the default keeps 10,000 entries, and a history of 100,000 was cut to
    # them on opening before it was measured
    save_settings(Settings(history_max_count=0, history_max_days=0))
    app = QApplication(sys.argv[:1])
    # the window's own first paint is S1's figure; from there on, the dock opens its store
    # and shows the first page while the window is already on screen. Nothing is typed:
    # the first key would load the client and the emulator meanwhile, which is not the dock
    window = _window(typed=False)
    meter = StallMeter()
    meter.start()
    missed = window.history is not None  # opened before the meter ran: nothing was measured
    run_until(lambda: window.history is not None and window.history_panel.model.total > 0)
    settle(0.2)
    open_stall = meter.stop()
    meter.start()
    for character in "Partner 99":
        window.history_panel.search_edit.insert(character)
        settle(0.03)
    settle(0.3)
    filter_stall = meter.stop()
    total = window.history_panel.model.total
    window.close()
    del app
    files = [data_dir() / name for name in (HISTORY_FILE, HISTORY_FILE + "-wal")]
    return {
        "open_stall_ms": open_stall,
        "filter_stall_ms": filter_stall,
        "total": total,
        "missed": missed,
        "file_mib": sum(path.stat().st_size for path in files if path.exists()) / 2**20,
    }


PROBES: dict[str, Callable[..., dict[str, Any]]] = {
    "idle_memory": idle_memory,
    "cycles": cycles,
    "four_formats": four_formats,
    "latency": latency,
    "stall_in_flight": stall_in_flight,
    "list_country": list_country,
    "diff_big": diff_big,
    "big_answer": big_answer,
    "history_dock": history_dock,
    "wide_four_formats": wide_four_formats,
}


def main() -> int:
    name, *args = sys.argv[1:]
    converted = [float(a) if "." in a else int(a) if a.isdigit() else a for a in args]
    print(json.dumps(PROBES[name](*converted)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
