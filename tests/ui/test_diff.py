"""Comparing two answers in the window: with the previous one, two history entries, a file."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_SECRET, fetch
from tiket_gui.core.calls import LIST_COUNTRY
from tiket_gui.core.diff import Change, Diff
from tiket_gui.core.formats import Format
from tiket_gui.ui.main_window import MainWindow


def _ready(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.history is not None)


def _fetch_written(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.historyChanged, timeout=10_000):
        fetch(qtbot, window)


def _compare_previous(qtbot: QtBot, window: MainWindow) -> Diff:
    button = window.findChild(QPushButton, "compareWithPreviousButton")
    assert button is not None and button.isEnabled()
    with qtbot.waitSignal(window.diff.compared, timeout=10_000) as done:
        button.click()
    found = done.args[0]
    assert isinstance(found, Diff)
    return found


def test_two_fetches_a_moment_apart_are_the_same(qtbot: QtBot, window: MainWindow) -> None:
    _ready(qtbot, window)
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    _fetch_written(qtbot, window)
    _fetch_written(qtbot, window)
    found = _compare_previous(qtbot, window)
    assert found.same
    tabs = window.answer_pane.response_tabs
    assert tabs.tabText(tabs.currentIndex()) == "Same answer"
    assert window.statusBar().currentMessage().startswith("The same answer")
    volatile = window.findChild(QCheckBox, "diffIgnoreVolatileCheck")
    assert volatile is not None and volatile.isChecked()
    with qtbot.waitSignal(window.diff.compared, timeout=10_000) as again:
        volatile.setChecked(False)  # counted now: the clock and the server's measures
    assert again.args[0].set_aside == ("output_type",)  # nothing else set aside now
    assert window.settings.diff_volatile is False


def test_json_and_xml_of_one_answer_are_the_same(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    record = fetch(qtbot, window)
    saved = tmp_path / "answer.xml"
    saved.write_bytes(record.outcomes[Format.XML].body)
    window.answer_pane.set_preferred_format("json")  # the JSON is the one shown
    with qtbot.waitSignal(window.diff.compared, timeout=10_000) as done:
        window.diff.compare_with_body(saved.read_bytes, saved.name)
    assert done.args[0].same


def test_a_country_added_and_one_renamed_are_the_two_rows(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    window.request_panel.set_call(LIST_COUNTRY)
    record = fetch(qtbot, window)
    tree = json.loads(record.outcomes[Format.JSON].body)
    tree["listCountry"].insert(
        2, {"country_id": "zz", "country_name": "Zed", "country_areacode": "+0"}
    )
    for country in tree["listCountry"]:
        if country["country_id"] == "sg":
            country["country_name"] = "Singapura"
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(tree))
    window.answer_pane.set_preferred_format("json")
    with qtbot.waitSignal(window.diff.compared, timeout=10_000):
        window.diff.compare_with_body(changed.read_bytes, changed.name)
    table = window.findChild(QTableView, "diffTable")
    assert table is not None
    model = table.model()
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert rows == [
        ("listCountry[country_id=zz]", Change.ADDED.value),
        ("listCountry[country_id=sg].country_name", Change.CHANGED.value),
    ]
    assert model.index(1, 2).data() == "Singapore␣" and model.index(1, 3).data() == "Singapura"
    tabs = window.answer_pane.response_tabs
    assert tabs.tabText(tabs.currentIndex()) == "Differences (2)"
    view = window.answer_pane.diff_view
    view.next_difference()
    assert table.currentIndex().row() == 1
    view.next_difference()
    assert table.currentIndex().row() == 0  # round again
    view.side_by_side.setChecked(True)
    assert view.left_view.toPlainText() and view.right_view.toPlainText()
    qtbot.waitUntil(lambda: bool(view.right_view.extraSelections()))
    markdown = tmp_path / "differences.md"
    window.diff.write_export(markdown, "md")
    assert "listCountry[country_id=zz]" in markdown.read_text()
    csv_file = tmp_path / "differences.csv"
    window.diff.write_export(csv_file, "csv")
    assert csv_file.read_text().splitlines()[0] == "path,change,left,right"


def test_two_history_entries_selected_are_compared_older_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    _ready(qtbot, window)
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    _fetch_written(qtbot, window)
    window.request_panel.set_renew_token(window.answer.token)
    _fetch_written(qtbot, window)  # renewed: another token
    panel = window.history_panel
    qtbot.waitUntil(lambda: panel.model.total == 2)
    table = panel.table
    table.selectRow(0)
    table.selectionModel().select(
        panel.model.index(1, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    assert panel.compare_button.isEnabled()
    with qtbot.waitSignal(window.diff.compared, timeout=10_000) as done:
        qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    found = done.args[0]
    assert found.same  # the token of two getTokens is set aside by default
    window.answer_pane.diff_view.ignore_edit.setText("diagnostic.lang")
    assert window.answer_pane.diff_view.ignored_paths() == ["diagnostic.lang"]


def test_two_environments_fetched_one_after_the_other_and_compared(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tiket_gui.core.environments import EnvironmentKind
    from tiket_gui.emulator import start_in_thread

    other = start_in_thread()  # another server of the same data: a second environment
    try:
        panel = window.request_panel
        panel.secret_edit.setText(DEMO_SECRET)
        fetch(qtbot, window)  # a token on the local emulator
        panel.use_custom_url(other.base_url)
        fetch(qtbot, window)  # and one on the other
        panel.set_call(LIST_COUNTRY)
        emulator = panel.environment_of(EnvironmentKind.EMULATOR)
        known = window.tokens.book.latest(emulator.base_url, panel.partner())
        assert known is not None
        finished: list[object] = []
        window.fetchFinished.connect(finished.append)
        with qtbot.waitSignal(window.diff.compared, timeout=10_000) as done:
            window.diff.compare_environments(window.fetcher, emulator, known.token)
        here, there = finished
        assert here.base_url == other.base_url  # type: ignore[attr-defined]
        assert there.environment == "Local emulator"  # type: ignore[attr-defined]
        assert there.call is LIST_COUNTRY  # type: ignore[attr-defined]
        assert done.args[0].same  # the same data, tokens and clocks aside
    finally:
        other.stop()


def test_side_by_side_steps_from_change_to_change(qtbot: QtBot, window: MainWindow) -> None:
    view = window.answer_pane.diff_view
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    view.side_by_side.setChecked(True)
    view.mark_lines([3, 4, 40], [3, 4, 41])
    lines = "\n".join(map(str, range(100)))
    view.left_view.setPlainText(lines)
    view.right_view.setPlainText(lines)
    view.next_difference()
    assert view.right_view.textCursor().blockNumber() == 3
    view.next_difference()
    assert view.right_view.textCursor().blockNumber() == 41
    assert view.left_view.textCursor().blockNumber() == 40
