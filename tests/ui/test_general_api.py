"""The token put to use in the window: every list call after a Get Token, driven by the
object names DESIGN.md gives them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_SECRET, fetch
from tiket_gui.core.calls import CALLS, GET_POLICIES, GET_TOKEN, LIST_COUNTRY, LIST_LANGUAGE
from tiket_gui.core.formats import Format
from tiket_gui.core.outcome import Verdict
from tiket_gui.ui.main_window import MainWindow

COUNTS = {"listCurrency": 31, "listLanguage": 2, "listCountry": 246, "getPolicies": 10}


def _combo(window: MainWindow) -> QComboBox:
    combo = window.findChild(QComboBox, "callCombo")
    assert combo is not None
    return combo


def _choose(window: MainWindow, title: str) -> None:
    combo = _combo(window)
    combo.setCurrentIndex(combo.findText(title))


def _token_edit(window: MainWindow) -> QLineEdit:
    edit = window.findChild(QLineEdit, "callTokenEdit")
    assert edit is not None
    return edit


def _table(window: MainWindow) -> QTableView:
    table = window.findChild(QTableView, "resultTable")
    assert table is not None
    return table


def test_from_a_fresh_start_every_list_call_takes_the_token_it_just_got(
    qtbot: QtBot, window: MainWindow
) -> None:
    combo = _combo(window)
    assert [combo.itemText(i) for i in range(combo.count())] == [call.title for call in CALLS]
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    token = fetch(qtbot, window).outcomes[Format.JSON].token
    assert token
    tabs = window.answer_pane.response_tabs
    for call in CALLS[1:]:
        _choose(window, call.title)
        assert _token_edit(window).text() == token  # filled, and it says where from
        source = window.findChild(type(window.answer_pane.timing_label), "callTokenSource")
        assert source is not None and "Get Token" in source.text()
        record = fetch(qtbot, window)
        assert record.call is call and record.verdict() is Verdict.OK
        assert record.formats == list(Format)
        assert all(
            o.result and len(o.result.records or ()) == COUNTS[call.name]
            for o in record.outcomes.values()
        )
        assert _table(window).model().rowCount() == COUNTS[call.name]
        assert tabs.tabText(0) == f"Records ({COUNTS[call.name]})"
        assert tabs.currentIndex() == 0
        compare = window.answer_pane.compare_view
        # a big answer (List Country's 135 KB) is compared after it shows
        qtbot.waitUntil(lambda: bool(compare.comparison.rows))  # noqa: B023
        # the formats agree on every record
        assert {row.path for row in compare.comparison.differing} == {"diagnostic.status"}
        assert f"{COUNTS[call.name]} record" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.history_panel.model.total == 5)
    calls = window.history_panel.call_filter
    calls.setCurrentIndex(calls.findData("listCountry"))
    qtbot.waitUntil(lambda: window.history_panel.model.total == 1)
    summary = window.history_panel.model.summary(0)
    assert summary is not None and summary.call is LIST_COUNTRY


def test_a_token_call_needs_no_secret(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    token = fetch(qtbot, window).outcomes[Format.JSON].token or ""
    window.request_panel.secret_edit.clear()
    _choose(window, LIST_LANGUAGE.title)
    assert "not needed" in window.request_panel.secret_edit.placeholderText()
    assert window.request_panel.fetch_button.isEnabled()
    record = fetch(qtbot, window)
    assert record.verdict() is Verdict.OK and record.sent_token == token
    preview = window.request_panel.preview.toPlainText()
    assert f"token = {token}" in preview and "secretkey" not in preview


def test_records_filter_as_you_type_sort_and_copy(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    _choose(window, LIST_COUNTRY.title)
    fetch(qtbot, window)
    table = _table(window)
    model = table.model()
    first = model.index(0, 1)
    assert first.data() == "Afghanistan␣"  # the trailing space the docs' data has
    assert "spaces at its ends" in first.data(Qt.ItemDataRole.ToolTipRole)
    filter_edit = window.findChild(QLineEdit, "resultFilterEdit")
    assert filter_edit is not None
    qtbot.keyClicks(filter_edit, "indo")
    assert model.rowCount() == 1 and model.index(0, 0).data() == "id"
    filter_edit.clear()
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "zw"
    table.setCurrentIndex(model.index(1, 1))
    window.answer_pane.records_view.copy_selection()
    assert QGuiApplication.clipboard().text() == "Zambia "  # copied as sent, space and all
    table.selectRow(1)
    window.answer_pane.records_view.copy_rows()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "country_id\tcountry_name\tcountry_areacode"
    assert copied[1].startswith("zm\t")


def test_policies_show_a_channel_a_row(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    _choose(window, GET_POLICIES.title)
    fetch(qtbot, window)
    model = _table(window).model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["channel", "name", "before", "after"]
    assert model.index(0, 0).data() == "klikbca" and model.index(0, 3).data() == ""
    assert "\n" in model.index(2, 3).data()  # jatis: four texts after, one a line


def test_check_token_says_in_words_whether_it_is_accepted(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    button = window.findChild(QPushButton, "checkTokenButton")
    assert button is not None and button.isEnabled()
    with qtbot.waitSignal(window.tokens.checked, timeout=5000) as checked:
        button.click()
    assert checked.args[0].startswith("The token was accepted")
    assert window.statusBar().currentMessage() == checked.args[0]


def test_a_refused_token_offers_a_new_one_then_the_same_call(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, window)
    _choose(window, LIST_LANGUAGE.title)
    edit = _token_edit(window)
    qtbot.keyClicks(edit, "x")  # typed by hand: now a token the emulator never issued
    refused = fetch(qtbot, window)
    assert refused.verdict() is Verdict.API_ERROR and refused.call is LIST_LANGUAGE
    again = window.findChild(QPushButton, "newTokenRetryButton")
    assert again is not None and again.isVisible()
    finished: list[object] = []
    window.fetchFinished.connect(finished.append)
    again.click()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=10_000)
    got, called = finished
    assert got.call is GET_TOKEN and called.call is LIST_LANGUAGE  # type: ignore[attr-defined]
    assert called.verdict() is Verdict.OK  # type: ignore[attr-defined]
    assert edit.text() == got.outcomes[Format.JSON].token  # type: ignore[attr-defined]
    assert not again.isVisible()


def test_renew_and_call_again_keeps_the_call(qtbot: QtBot, window: MainWindow) -> None:
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    first = fetch(qtbot, window).outcomes[Format.JSON].token
    _choose(window, LIST_LANGUAGE.title)
    fetch(qtbot, window)
    # renewing it elsewhere makes the token the form holds a replaced one
    window.request_panel.set_renew_token(first or "")
    _choose(window, GET_TOKEN.title)
    fetch(qtbot, window)
    _choose(window, LIST_LANGUAGE.title)
    edit = _token_edit(window)
    edit.setText(first or "")
    edit.textEdited.emit(edit.text())
    assert fetch(qtbot, window).verdict() is Verdict.API_ERROR
    finished: list[object] = []
    window.fetchFinished.connect(finished.append)
    renew = window.findChild(QPushButton, "renewRetryButton")
    assert renew is not None
    renew.click()
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=10_000)
    assert finished[0].call is GET_TOKEN  # type: ignore[attr-defined]
    assert finished[1].verdict() is Verdict.API_ERROR or finished[1].call is LIST_LANGUAGE  # type: ignore[attr-defined]
