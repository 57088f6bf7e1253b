"""The window through local trouble: exceptions in slots, a failing disk, two windows at once."""

from __future__ import annotations

import errno
import logging
from functools import partial

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_SECRET, fetch, use_custom_url
from tiket_gui.app import _report_exception
from tiket_gui.core import settings as settings_module
from tiket_gui.emulator import EmulatorConfig, start_in_thread
from tiket_gui.ui.main_window import MainWindow


def test_an_exception_in_a_slot_is_logged_masked_and_told(
    window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    handler = _report_exception(window)
    try:
        raise RuntimeError(f"boom with http://h/?secretkey={DEMO_SECRET}&x=1 and {DEMO_SECRET}")
    except RuntimeError as error:
        with caplog.at_level(logging.ERROR):
            handler(type(error), error, error.__traceback__)
    assert "boom" in caplog.text and DEMO_SECRET not in caplog.text
    assert "keeps running" in window.statusBar().currentMessage()


def test_settings_that_cannot_be_saved_are_said_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(settings_module, "write_atomically", disk_full)
    window.window_state.save()  # written by a worker
    qtbot.waitUntil(lambda: "could not be saved" in window.statusBar().currentMessage())
    assert "old ones are kept" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    window.close()  # written at once
    assert "could not be saved" in window.statusBar().currentMessage()


def _history_open(window: MainWindow) -> bool:
    return window.history is not None


def test_two_windows_share_one_history(qtbot: QtBot) -> None:
    windows = []
    for _ in range(2):
        main = MainWindow()
        qtbot.addWidget(main)
        main.show()
        qtbot.waitUntil(partial(_history_open, main))
        main.request_panel.secret_edit.setText(DEMO_SECRET)
        windows.append(main)
    for _ in range(3):
        for main in windows:
            with qtbot.waitSignal(main.historyChanged, timeout=10_000):
                fetch(qtbot, main)
    for main in windows:
        main.history_panel.refresh()
        assert main.history_panel.model.total == 6
        main.close()


@pytest.mark.parametrize(
    "fault",
    [
        "http500",
        "html",
        "empty",
        "garbage",
        "truncate",
        "drop",
        "xml-bomb",
        "redirect",
        "huge",
        "bad-utf8",
        "trickle=1",
        "slow=300",
    ],
)
def test_every_fault_keeps_the_last_good_answer_and_says_what_happened(
    qtbot: QtBot, window: MainWindow, fault: str
) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    token = window.answer_pane.token_edit.text()
    running = start_in_thread(config=EmulatorConfig(fault=fault))
    try:
        use_custom_url(window, running.base_url)
        record = fetch(qtbot, window, timeout=20_000)
    finally:
        running.stop()
    if record.readable:  # bad-utf8, trickle and slow still bring a readable answer in some formats
        assert window.answer_pane.token_edit.text()
        return
    assert window.answer_pane.token_edit.text() == token
    message = window.answer_pane.message_label.text()
    assert message.endswith(".") and "not current" in message
    assert DEMO_SECRET not in message
    for outcome in record.outcomes.values():
        assert "secretkey=***" in outcome.url


def test_a_format_whose_worker_raises_is_told_and_the_others_shown(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from tiket_gui.core.formats import Format
    from tiket_gui.ui import fetch_controller as main_window_module

    real = main_window_module._fetch_on_worker

    def breaks_on_xml(client: object, request: object, env: str, cancel: object) -> object:
        if getattr(request, "output", None) is Format.XML:
            raise RuntimeError(f"boom with {DEMO_SECRET}")
        return real(client, request, env, cancel)  # type: ignore[arg-type]

    monkeypatch.setattr(main_window_module, "_fetch_on_worker", breaks_on_xml)
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    with caplog.at_level(logging.ERROR):
        record = fetch(qtbot, window)
    xml = record.outcomes[Format.XML]
    assert xml.error is not None and "failed unexpectedly" in xml.error.message
    assert record.outcomes[Format.JSON].succeeded
    assert window.answer_pane.token_edit.text()  # the formats that worked are on screen
    assert "boom" in caplog.text and DEMO_SECRET not in caplog.text


def test_a_background_failure_nobody_handles_is_told_in_the_window(
    qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)

    def broken() -> None:
        raise RuntimeError(f"a bug near {DEMO_SECRET}")

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(window.runner.unhandledFailure):
        window.runner.submit(broken)
    assert "keeps running" in window.statusBar().currentMessage()
    assert "a bug near" in caplog.text and DEMO_SECRET not in caplog.text
