"""The window driven as a user would, by the object names of DESIGN.md, on the real emulator."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_SECRET, fetch, use_custom_url
from tiket_gui.core.formats import Format
from tiket_gui.emulator import EmulatorConfig, start_in_thread
from tiket_gui.ui.main_window import MainWindow
from tiket_gui.ui.response_view import ResponseView
from tiket_gui.ui.text_view import TextView

OBJECT_NAMES = {
    "environmentCombo": QComboBox,
    "baseUrlEdit": QLineEdit,
    "partnerIdEdit": QLineEdit,
    "partnerNameEdit": QLineEdit,
    "secretKeyEdit": QLineEdit,
    "renewTokenEdit": QLineEdit,
    "formatJsonCheck": QCheckBox,
    "formatXmlCheck": QCheckBox,
    "formatSerializeCheck": QCheckBox,
    "formatArrayCheck": QCheckBox,
    "fetchButton": QPushButton,
    "cancelButton": QPushButton,
    "tokenEdit": QLineEdit,
    "copyTokenButton": QPushButton,
    "renewTokenButton": QPushButton,
    "diagnosticForm": QWidget,
    "responseTabs": QTabWidget,
    "rawView_json": TextView,
    "rawView_xml": TextView,
    "rawView_serialize": TextView,
    "rawView_array": TextView,
    "compareTable": QTableView,
    "historyView": QWidget,
    "outputTypeEdit": QLineEdit,
    "loginStatusEdit": QLineEdit,
}
DIAG_FIELDS = [
    "diag_status",
    "diag_confirm",
    "diag_elapsetime",
    "diag_memoryusage",
    "diag_unix_timestamp",
    "diag_lang",
    "diag_currency",
    "diag_error_msgs",
]


def _find(window: MainWindow, name: str, kind: type[QWidget] = QWidget) -> QWidget | None:
    return window.findChild(kind, name)


def _cell(table: QTableView, row: int, column: int) -> str:
    return str(table.model().index(row, column).data() or "")


def test_every_object_name_of_the_contract(window: MainWindow) -> None:
    missing = [name for name, kind in OBJECT_NAMES.items() if _find(window, name, kind) is None]
    assert missing == []
    form = _find(window, "diagnosticForm")
    assert form is not None
    for name in DIAG_FIELDS:
        assert form.findChild(QLineEdit, name) is not None, name
    combo = window.request_panel.environment_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    for start, text in zip(
        ("Sandbox", "Production", "Local emulator", "Custom"), texts, strict=True
    ):
        assert text.startswith(start)
    assert window.request_panel.secret_edit.echoMode() is QLineEdit.EchoMode.Password


def test_first_run_starts_on_the_emulator_with_the_docs_partner(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.request_panel
    assert panel.environment_combo.currentData() == "emulator"
    assert panel.partner_id_edit.text() == "123456789"
    assert panel.user_agent_label.text() == "twh:123456789;Partner Name;"
    assert not panel.fetch_button.isEnabled()
    assert "Secret key is empty" in panel.blocked_label.text()
    assert window.answer_pane.welcome.isVisible()
    # an idle window has not started it; the first key typed does
    assert panel.base_url_edit.text() == "" and "127.0.0.1" in panel.base_url_edit.placeholderText()
    qtbot.keyClicks(panel.secret_edit, "d")
    qtbot.waitUntil(lambda: panel.base_url_edit.text().startswith("http://127.0.0.1:"))


def test_fetch_fills_everything(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    record = fetch(qtbot, window)
    assert record.verdict() == "OK"
    token = window.answer_pane.token_edit.text()
    assert len(token) == 40
    assert {o.token for o in record.outcomes.values()} == {token}
    form = window.answer_pane.diagnostic_form
    assert form.fields["status"].text() == "200"
    assert form.fields["confirm"].text() == "success"
    assert form.fields["currency"].text() == "IDR"
    assert form.fields["elapsetime"].text().endswith(" s")
    assert "UTC" in form.fields["unix_timestamp"].text()
    assert form.output_type_edit.text() == "json"
    assert form.login_status_edit.text() == "false"
    assert not form.fields["error_msgs"].isVisible()
    tabs = window.answer_pane.response_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "JSON",
        "XML",
        "Serialize",
        "Array",
        "Compare",
    ]
    json_view = window.findChild(TextView, "rawView_json")
    assert json_view is not None and '"token": "' + token in json_view.toPlainText()
    xml_view = window.findChild(TextView, "rawView_xml")
    assert xml_view is not None and f"<token>{token}</token>" in xml_view.toPlainText()
    table = window.findChild(QTableView, "compareTable")
    assert table is not None
    paths = [_cell(table, row, 0) for row in range(table.model().rowCount())]
    assert "token" in paths and "diagnostic.status" in paths
    status_row = paths.index("diagnostic.status")
    assert _cell(table, status_row, table.model().columnCount() - 1) == "same value, other type"
    assert "Token received in 4 formats" in window.statusBar().currentMessage()
    assert window.answer_pane.outcome_badge.text().strip() == "OK"
    qtbot.waitUntil(lambda: window.history_panel.model.total == 1)


def test_copy_token_to_clipboard(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    qtbot.mouseClick(window.answer_pane.copy_token_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == window.answer_pane.token_edit.text()
    assert "copied" in window.statusBar().currentMessage()


def test_renew_button_gets_a_new_token(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    first = window.answer_pane.token_edit.text()
    with qtbot.waitSignal(window.fetchFinished, timeout=10_000):
        qtbot.mouseClick(window.answer_pane.renew_token_button, Qt.MouseButton.LeftButton)
    assert window.answer_pane.token_edit.text() not in ("", first)
    assert window.request_panel.renew_edit.text() == ""


def test_api_error_shows_error_msgs(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.secret_edit.setText("wrong!secret")  # not a default emulator secret
    record = fetch(qtbot, window)
    assert record.verdict() == "API error"
    error = window.answer_pane.diagnostic_form.fields["error_msgs"]
    assert error.isVisible() and error.text()
    assert window.answer_pane.token_edit.text() == ""
    assert window.answer_pane.diagnostic_form.problems_label.isVisible()
    window.request_panel.secret_edit.setText(DEMO_SECRET)  # then a good answer clears them
    fetch(qtbot, window)
    assert not error.isVisible() and error.text() == ""
    assert not window.answer_pane.diagnostic_form.problems_label.isVisible()
    assert window.answer_pane.diagnostic_form.fields["status"].text() == "200"


def test_failures_keep_the_last_good_answer(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    token = window.answer_pane.token_edit.text()
    use_custom_url(window, "http://127.0.0.1:9")
    record = fetch(qtbot, window)
    assert record.verdict() == "Network error"
    assert window.answer_pane.token_edit.text() == token
    assert (
        "refused" in window.answer_pane.message_label.text()
        and "not current" in window.answer_pane.message_label.text()
    )
    assert "refused" in window.statusBar().currentMessage()
    assert "secretkey=***" in record.outcomes[Format.JSON].url

    running = start_in_thread(config=EmulatorConfig(fault="http500"))
    try:
        use_custom_url(window, running.base_url)
        record = fetch(qtbot, window)
    finally:
        running.stop()
    assert record.verdict() == "HTTP error"
    assert window.answer_pane.token_edit.text() == token
    assert "500" in window.answer_pane.message_label.text()
    qtbot.waitUntil(lambda: window.history_panel.model.total == 3)


def test_unreadable_answer_marks_the_position(qtbot: QtBot, window: MainWindow) -> None:
    running = start_in_thread(config=EmulatorConfig(fault="garbage"))
    try:
        use_custom_url(window, running.base_url)
        window.request_panel.secret_edit.setText(DEMO_SECRET)
        record = fetch(qtbot, window)
    finally:
        running.stop()
    assert record.verdict() == "Network error" or record.verdict() == "Unreadable"
    view = window.answer_pane.response_views[Format.JSON]
    assert view.raw_button.isChecked()
    assert "Cannot read this answer" in view.banner.text()
    assert view.text_view.marks()


def test_the_mark_falls_on_the_fault_of_a_long_minified_answer(
    qtbot: QtBot, window: MainWindow
) -> None:
    # one line of 5,000 characters is shown folded; the mark must move with the folds
    rows = ",".join(f'{{"id": {i}}}' for i in range(500))
    body = b'\xef\xbb\xbf{"rows": [' + rows.encode() + b", !]}"
    with qtbot.waitSignal(window.answerOpened, timeout=10_000):
        window.files.open_bytes(body, "minified.json")
    view = window.answer_pane.response_views[Format.JSON]
    [mark] = view.text_view.marks()
    shown = view.text_view.toPlainText()
    assert shown.count("\n") >= 4  # folded
    assert shown[mark.start] == "!"


def test_cancel_stops_within_half_a_second_and_drops_late_results(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    token = window.answer_pane.token_edit.text()
    running = start_in_thread(config=EmulatorConfig(fault="timeout"))
    try:
        use_custom_url(window, running.base_url)
        qtbot.mouseClick(window.request_panel.fetch_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(window.busy_bar.isVisible, timeout=1000)  # from the first tick
        assert window.request_panel.cancel_button.isEnabled()
        assert not window.request_panel.fetch_button.isEnabled()
        started = time.monotonic()
        with qtbot.waitSignal(window.fetchCancelled, timeout=1000):
            qtbot.keyClick(window, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.runner.active == 0, timeout=1000)
        assert time.monotonic() - started < 0.5 + 0.5
    finally:
        running.stop()
    assert not window.request_panel.cancel_button.isEnabled()
    assert window.answer_pane.token_edit.text() == token
    with qtbot.assertNotEmitted(window.fetchFinished, wait=200):
        pass


def test_close_mid_fetch_waits_for_workers(qtbot: QtBot) -> None:
    running = start_in_thread(config=EmulatorConfig(fault="timeout"))
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    try:
        use_custom_url(main, running.base_url)
        main.request_panel.secret_edit.setText(DEMO_SECRET)
        qtbot.mouseClick(main.request_panel.fetch_button, Qt.MouseButton.LeftButton)
        started = time.monotonic()
        main.close()
        assert main.runner.active == 0
        assert time.monotonic() - started < 2
    finally:
        running.stop()


def test_settings_round_trip_without_the_secret(qtbot: QtBot, _app_folders: Path) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    panel = first.request_panel
    panel.environment_combo.setCurrentIndex(panel.environment_combo.findData("sandbox"))
    panel.partner_id_edit.setText("555")
    panel.partner_name_edit.setText("Acme Travel")
    panel.secret_edit.setText("super-secret-value")
    panel.format_checks[Format.ARRAY].setChecked(False)
    panel.lang_combo.setCurrentIndex(panel.lang_combo.findData("en"))
    first.close()
    files = list(_app_folders.rglob("settings.json"))
    assert len(files) == 1
    text = files[0].read_text()
    assert "super-secret-value" not in text
    assert json.loads(text)["partner_name"] == "Acme Travel"

    second = MainWindow()
    qtbot.addWidget(second)
    panel = second.request_panel
    assert panel.environment_combo.currentData() == "sandbox"
    assert panel.base_url_edit.text() == "http://api-sandbox.tiket.com"
    assert panel.partner_id_edit.text() == "555"
    assert panel.secret_edit.text() == ""
    assert not panel.format_checks[Format.ARRAY].isChecked()
    assert panel.lang_combo.currentData() == "en"
    assert panel.use_https_button.isVisible() or not second.isVisible()
    second.close()


def test_corrupt_settings_are_moved_aside(qtbot: QtBot, _app_folders: Path) -> None:
    folder = _app_folders / "xdg_config_home" / "tiket-gui"
    folder.mkdir(parents=True)
    (folder / "settings.json").write_text("{not json")
    main = MainWindow()
    qtbot.addWidget(main)
    qtbot.waitUntil(lambda: "damaged" in main.answer_pane.message_label.text())
    assert list(folder.glob("settings.json.corrupt-*"))
    main.close()


def test_fetch_right_after_construction_waits_for_the_emulator(qtbot: QtBot) -> None:
    main = MainWindow()
    qtbot.addWidget(main)
    main.request_panel.secret_edit.setText(DEMO_SECRET)
    assert main.request_panel.fetch_button.isEnabled()
    with qtbot.waitSignal(main.fetchFinished, timeout=10_000) as finished:
        main.fetcher.fetch()
    assert finished.args[0].verdict() == "OK"
    main.close()


def test_validation_as_you_type(window: MainWindow) -> None:
    panel = window.request_panel
    panel.secret_edit.setText(DEMO_SECRET)
    assert panel.fetch_button.isEnabled()
    panel.partner_name_edit.setText("Pärtner")
    assert not panel.fetch_button.isEnabled()
    assert "plain ASCII" in panel.blocked_label.text()
    panel.partner_name_edit.setText("Partner Name")
    panel.environment_combo.setCurrentIndex(panel.environment_combo.findData("production"))
    assert panel.base_url_edit.text() == "https://api.tiket.com"
    assert "HTTPS" in panel.security_badge.text()
    panel.environment_combo.setCurrentIndex(panel.environment_combo.findData("sandbox"))
    assert "unencrypted" in panel.security_badge.text()
    panel.use_https_button.click()
    assert panel.base_url_edit.text() == "https://api-sandbox.tiket.com"
    use_custom_url(window, "ftp://example.com")
    assert "http:// or https://" in panel.blocked_label.text()
    assert panel.preview.toPlainText() == ""


def test_preview_masks_the_secret(window: MainWindow) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    preview = window.request_panel.preview.toPlainText()
    assert "secretkey = ***" in preview and DEMO_SECRET not in preview
    assert "User-Agent: twh:123456789;Partner Name;" in preview


def test_find_bar_counts_matches(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    window.answer_pane.response_tabs.setCurrentIndex(0)
    view = window.answer_pane.response_views[Format.JSON]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.isVisible()
    qtbot.keyClicks(view.find_edit, "currency")
    assert view.find_count.text() == "1 of 1"
    view.tree_button.click()
    assert view.tree_view.model().rowCount() == 4


def test_compare_filter_and_field_marking(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    record = fetch(qtbot, window)
    compare = window.answer_pane.compare_view
    assert record.comparison is compare.comparison  # made on the worker, shown as made
    compare.differences_only.setChecked(True)
    rows = compare.table.model().rowCount()
    visible = list(range(rows))  # the model holds only the rows that differ
    assert [_cell(compare.table, r, 0) for r in visible] == ["diagnostic.status"]
    compare.table.selectRow(visible[0])
    selected = window.answer_pane.response_views[Format.XML].text_view.selected_text()
    assert selected == "<status>"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_none_refcount_stable_over_300_fetches(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.request_panel
    panel.secret_edit.setText(DEMO_SECRET)
    for fmt in (Format.XML, Format.SERIALIZE, Format.ARRAY):
        panel.format_checks[fmt].setChecked(False)
    fetch(qtbot, window)
    before = sys.getrefcount(None)
    for _ in range(300):
        fetch(qtbot, window)
    assert sys.getrefcount(None) >= before - 100


def _coloured_lines(view: ResponseView) -> set[int]:
    return view.text_view.coloured_lines()


def test_a_tab_is_coloured_when_it_paints_the_others_when_looked_at(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    shown = window.answer_pane.response_tabs.currentWidget()
    assert isinstance(shown, ResponseView)
    qtbot.waitUntil(lambda: bool(_coloured_lines(shown)))
    hidden = [view for view in window.answer_pane.response_views.values() if view is not shown]
    assert not any(_coloured_lines(view) for view in hidden)
    window.answer_pane.response_tabs.setCurrentWidget(hidden[0])
    qtbot.waitUntil(lambda: bool(_coloured_lines(hidden[0])))


def test_a_big_answer_is_coloured_where_it_is_looked_at(qtbot: QtBot, window: MainWindow) -> None:
    # 20,000 fields: colouring them all held the GUI thread over a second
    body = json.dumps({"diagnostic": {"status": 200}, "rows": list(range(20_000))}).encode()
    with qtbot.waitSignal(window.answerOpened, timeout=10_000):
        window.files.open_bytes(body, "rows.json")
    view = window.answer_pane.response_views[Format.JSON]
    qtbot.waitUntil(lambda: 1 in _coloured_lines(view))  # line 0 is "{"
    coloured = _coloured_lines(view)
    assert max(coloured) < 200 and 15_000 not in coloured
    bar = view.text_view.verticalScrollBar()
    bar.setValue(15_000)
    qtbot.waitUntil(lambda: 15_000 in _coloured_lines(view))
    assert len(_coloured_lines(view)) < 400


def test_headers_are_shown_on_demand_and_follow_the_answer(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    view = window.answer_pane.response_views[Format.JSON]
    assert not view.headers_view.isVisible()
    view.headers_button.click()
    assert view.headers_view.isVisible()
    first = view.headers_view.toPlainText()
    assert "Content-Type: application/json" in first
    window.request_panel.secret_edit.setText("not-the-key!")  # an error answer, other length
    fetch(qtbot, window)
    assert view.headers_view.isVisible()  # still open, with the new answer's headers
    assert view.headers_view.toPlainText() != first
    assert "Content-Length" in view.headers_view.toPlainText()


def test_a_big_answer_shows_before_its_formats_are_compared(
    qtbot: QtBot, window: MainWindow
) -> None:
    rows = [{"id": i, "airline": "Garuda Indonesia", "price": 1250000.5} for i in range(8000)]
    big = json.dumps({"diagnostic": {"status": 200}, "rows": rows}).encode()
    with qtbot.waitSignal(window.answerOpened, timeout=10_000) as opened:
        window.files.open_bytes(big, "big.json")
    record = opened.args[0]
    assert record.comparison is None  # on screen first: the text need not wait for 24,000 fields
    assert "Comparing" in window.answer_pane.compare_view.summary.text()
    # the text is in and the comparison under way: another answer comes first
    with qtbot.waitSignal(window.answerOpened, timeout=10_000) as opened:
        window.files.open_bytes(b'{"diagnostic": {"status": 200}}', "small.json")
    small = opened.args[0]
    qtbot.waitUntil(lambda: window.at_rest, timeout=10_000)
    assert (
        window.answer_pane.compare_view.comparison is small.comparison
    )  # the big one's came too late
    window.files.open_bytes(big, "big.json")
    qtbot.waitUntil(
        lambda: window.answer_pane.compare_view.model.rowCount() > 24_000, timeout=10_000
    )


def test_the_tree_reaches_every_field_of_a_big_answer_and_copies_a_value(
    qtbot: QtBot, window: MainWindow
) -> None:
    rows = [{"id": i, "note": f"row {i} " + "x" * 300} for i in range(30_000)]
    body = json.dumps({"diagnostic": {"status": 200}, "rows": rows}).encode()
    with qtbot.waitSignal(window.answerOpened, timeout=10_000):
        window.files.open_bytes(body, "rows.json")
    view = window.answer_pane.response_views[Format.JSON]
    view.tree_button.click()
    model = view.tree_view.model()
    rows_index = model.index(1, 0)
    assert rows_index.data() == "rows" and 0 < model.rowCount(rows_index) < 30_000  # batches
    while model.canFetchMore(rows_index):  # as the view asks, scrolled to the end
        model.fetchMore(rows_index)
    assert model.rowCount(rows_index) == 30_000
    last_note = model.index(
        1, 0, model.index(29_999, 0, rows_index)
    )  # a QTreeWidget stopped at 20,000 fields
    assert last_note.data() == "note"
    assert last_note.siblingAtColumn(1).data().endswith("characters)")  # shortened in its cell
    view.tree_view.doubleClicked.emit(last_note)
    assert QGuiApplication.clipboard().text() == rows[-1]["note"]  # whole when copied
