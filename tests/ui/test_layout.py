"""The window as a user sees it at 1280x800: the answer gets the room."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_SECRET, fetch
from tiket_gui.ui.compare_view import CompareView
from tiket_gui.ui.main_window import MainWindow


def _compare_at_1280(qtbot: QtBot, window: MainWindow) -> CompareView:
    """The window at 1280x800 after a fetch of four formats, on the Compare tab."""
    window.resize(1280, 800)
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    pane = window.answer_pane
    pane.response_tabs.setCurrentWidget(pane.compare_view)
    return pane.compare_view


def test_the_compare_table_fits_without_scrolling_sideways(
    qtbot: QtBot, window: MainWindow
) -> None:
    compare = _compare_at_1280(qtbot, window)
    table = compare.table
    qtbot.waitUntil(table.isVisible)
    columns = table.model().columnCount()
    assert columns == 6
    widths = [table.columnWidth(column) for column in range(columns)]
    assert sum(widths) <= table.viewport().width() + 2
    assert min(widths[1:5]) >= 100  # each format has room for a token's start
    assert "1 differs beyond what is expected" in compare.summary.text()


def test_side_by_side_shows_two_formats_a_row_wide_enough_to_read(
    qtbot: QtBot, window: MainWindow
) -> None:
    compare = _compare_at_1280(qtbot, window)
    compare.side_by_side.setChecked(True)
    views = list(compare.column_views.values())
    qtbot.waitUntil(lambda: all(view.isVisible() for view in views))
    characters = views[0].viewport().width() / views[0].fontMetrics().horizontalAdvance("x")
    assert characters >= 40
    assert views[0].horizontalScrollBar().maximum() == 0  # lines wrap


def test_the_diagnostic_form_takes_no_more_height_than_its_rows(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1280, 800)
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    area = window.answer_pane.form_scroll
    box = area.widget()
    assert box is not None
    assert area.height() <= box.sizeHint().height() + 2


def test_the_history_folds_to_its_header_and_back(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1280, 800)
    dock = window.history_dock
    tabs_before = window.answer_pane.height()
    with qtbot.waitSignal(dock.collapsedChanged):
        dock.toggle_button.click()
    assert dock.collapsed and not window.history_panel.isVisible()
    qtbot.waitUntil(lambda: dock.height() <= dock.titleBarWidget().sizeHint().height() + 2)
    qtbot.waitUntil(lambda: window.answer_pane.height() > tabs_before)
    dock.toggle_button.click()
    qtbot.waitUntil(lambda: not dock.collapsed and window.history_panel.isVisible())


def test_trying_the_emulator_fills_the_form_and_fetches(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.environment_combo.setCurrentIndex(
        window.request_panel.environment_combo.findData("sandbox")
    )
    window.request_panel.partner_id_edit.clear()
    with qtbot.waitSignal(window.fetchFinished, timeout=10_000) as finished:
        window.answer_pane.try_emulator_button.click()
    record = finished.args[0]
    assert record.environment == "Local emulator" and record.partner_id == "123456789"
    assert record.verdict() == "OK" and window.answer_pane.token_edit.text()
