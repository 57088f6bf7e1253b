"""History, profiles, keychain, export and opening saved answers, in the real window."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import MemoryKeyring
from tests.ui.conftest import DEMO_SECRET, fetch, use_custom_url
from tiket_gui.core.formats import Format
from tiket_gui.core.history import HISTORY_FILE, HistoryFilter, HistoryStore
from tiket_gui.core.outcome import FetchRecord
from tiket_gui.emulator import EmulatorConfig, answers, start_in_thread
from tiket_gui.ui.history_view import PAGE_SIZE
from tiket_gui.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"


def _new_window(qtbot: QtBot) -> MainWindow:
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.history is not None)
    return main


def _scan(folder: Path, secret: str) -> list[str]:
    return [
        str(path)
        for path in folder.rglob("*")
        if path.is_file() and secret.encode() in path.read_bytes()
    ]


def test_history_survives_a_restart_and_shows_an_entry_as_it_was(qtbot: QtBot) -> None:
    first = _new_window(qtbot)
    first.request_panel.secret_edit.setText(DEMO_SECRET)
    with qtbot.waitSignal(first.historyChanged, timeout=10_000):
        fetch(qtbot, first)
    token = first.answer_pane.token_edit.text()
    first.close()

    second = _new_window(qtbot)
    qtbot.waitUntil(lambda: second.history_panel.model.total == 1)
    assert second.answer_pane.token_edit.text() == ""
    with qtbot.waitSignal(second.historyShown, timeout=5000) as shown:
        second.history_view.selectRow(0)
    record = shown.args[0]
    assert isinstance(record, FetchRecord) and record.source == "history"
    assert second.answer_pane.token_edit.text() == token
    assert "from history" in second.answer_pane.timing_label.text()
    assert second.answer_pane.response_tabs.count() == 5
    assert second.answer_pane.compare_view.table.model().rowCount() > 5
    second.close()


def test_fetches_still_waiting_for_their_row_are_written_at_close_in_order(
    qtbot: QtBot, _app_folders: Path
) -> None:
    main = _new_window(qtbot)
    panel = main.request_panel
    panel.secret_edit.setText(DEMO_SECRET)
    fetch(qtbot, main)
    panel.partner_name_edit.setText("Second Partner")
    fetch(qtbot, main)
    assert not main.at_rest  # the row waits until the answers have painted
    main.close()

    store, _ = HistoryStore.open(_app_folders / "xdg_data_home" / "tiket-gui")
    rows = store.page(HistoryFilter(), 10).rows
    store.close()
    assert [row.partner_name for row in rows] == ["Second Partner", "Partner Name"]


def test_clearing_the_history_drops_a_row_still_waiting(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = _new_window(qtbot)
    main.request_panel.secret_edit.setText(DEMO_SECRET)
    with qtbot.waitSignal(main.historyChanged, timeout=10_000):
        fetch(qtbot, main)
    fetch(qtbot, main)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main.history_panel.clear_button.click()
    with qtbot.assertNotEmitted(main.historyChanged, wait=300):
        pass
    assert main.at_rest
    assert main.history_panel.model.total == 0
    main.close()


def test_ten_thousand_entries_load_a_page_at_a_time(qtbot: QtBot, _app_folders: Path) -> None:
    folder = _app_folders / "xdg_data_home" / "tiket-gui"
    store, _ = HistoryStore.open(folder)
    store.add(FetchRecord("Sandbox", "http://x", [Format.JSON], "0", "Seed"))
    store.close()
    connection = sqlite3.connect(folder / HISTORY_FILE)
    now = datetime.now(UTC).isoformat()
    connection.executemany(
        "INSERT INTO fetches (fetched_at, environment, base_url, partner_id, partner_name, "
        "formats, verdict, token, total_ms, message) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (now, "Sandbox", "http://x", str(i), f"Partner {i}", "json", "OK", "a" * 40, 10.0, "")
            for i in range(9_999)
        ],
    )
    connection.commit()
    connection.close()
    main = _new_window(qtbot)
    model = main.history_panel.model
    qtbot.waitUntil(lambda: model.total == 10_000)
    assert model.rowCount() == PAGE_SIZE
    model.fetchMore(main.history_view.rootIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    qtbot.keyClicks(main.history_panel.search_edit, "Partner 9998")
    qtbot.waitUntil(lambda: model.total == 1, timeout=2000)
    main.close()


def test_damaged_history_is_moved_aside_and_the_app_starts(
    qtbot: QtBot, _app_folders: Path
) -> None:
    folder = _app_folders / "xdg_data_home" / "tiket-gui"
    folder.mkdir(parents=True)
    (folder / HISTORY_FILE).write_bytes(b"this is not a database" * 200)
    main = _new_window(qtbot)
    qtbot.waitUntil(lambda: "damaged" in main.answer_pane.message_label.text())
    assert list(folder.glob(f"{HISTORY_FILE}.corrupt-*"))
    main.close()


def test_keep_no_history(qtbot: QtBot) -> None:
    main = _new_window(qtbot)
    main.history_panel.keep_action.setChecked(False)
    main.request_panel.secret_edit.setText(DEMO_SECRET)
    with qtbot.assertNotEmitted(main.historyChanged, wait=300):
        fetch(qtbot, main)
    assert main.history_panel.model.total == 0
    assert main.settings.keep_history is False
    main.close()


def test_delete_and_rerun(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    main = _new_window(qtbot)
    panel = main.request_panel
    panel.secret_edit.setText(DEMO_SECRET)
    panel.format_checks[Format.ARRAY].setChecked(False)
    with qtbot.waitSignal(main.historyChanged, timeout=10_000):
        fetch(qtbot, main)
    panel.partner_name_edit.setText("Someone Else")
    panel.format_checks[Format.ARRAY].setChecked(True)
    main.history_panel.rerun_button.click()
    assert panel.partner_name_edit.text() == "Partner Name"
    assert not panel.format_checks[Format.ARRAY].isChecked()
    main.history_panel.delete_button.click()
    assert main.history_panel.model.total == 0
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(main.historyChanged, timeout=10_000):
        fetch(qtbot, main)
    main.history_panel.clear_button.click()
    assert main.history_panel.model.total == 0
    main.close()


@pytest.mark.usefixtures("no_keyring")
def test_no_secret_in_any_file_or_export(
    qtbot: QtBot, _app_folders: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "Unique-Secret-4711"
    main = _new_window(qtbot)
    main.request_panel.secret_edit.setText(secret)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Demo profile", True))
    main.profiles.save_current()
    with qtbot.waitSignal(main.historyChanged, timeout=10_000):
        fetch(qtbot, main)
    exports = tmp_path / "exports"
    exports.mkdir()
    record = main.shown_record
    assert record is not None
    for kind in ("md", "html", "csv"):
        main.files.write_report(exports / f"report.{kind}", kind, record)
    main.profiles.export_to(exports / "profiles.json")
    main.files.copy_request("curl")
    curl = QGuiApplication.clipboard().text()
    main.files.copy_request("python")
    snippet = QGuiApplication.clipboard().text()
    assert secret not in curl + snippet + main.windowTitle()
    main.close()
    assert _scan(_app_folders, secret) == []
    assert _scan(exports, secret) == []
    assert (exports / "profiles.json").read_text().count("Demo profile") == 1


@pytest.mark.usefixtures("no_keyring")
def test_remember_is_disabled_without_a_keychain(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = _new_window(qtbot)
    check = main.request_panel.remember_check
    assert not check.isEnabled() and "Save a profile first" in check.toolTip()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mine", True))
    main.profiles.save_current()
    qtbot.waitUntil(lambda: "No system keychain" in check.toolTip())
    assert not check.isEnabled()
    main.close()


def test_profiles_switch_and_keychain(
    qtbot: QtBot, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = _new_window(qtbot)
    panel = main.request_panel
    panel.secret_edit.setText(DEMO_SECRET)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Emulator demo", True))
    main.profiles.save_current()
    qtbot.waitUntil(lambda: main.profiles.keychain.available)
    assert panel.remember_check.isEnabled()
    panel.remember_check.setChecked(True)
    qtbot.waitUntil(lambda: ("tiket-gui", "Emulator demo") in memory_keyring.store)

    panel.environment_combo.setCurrentIndex(panel.environment_combo.findData("sandbox"))
    panel.partner_id_edit.setText("555")
    panel.secret_edit.clear()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Sandbox Acme", True))
    main.profiles.save_current()
    assert [p.name for p in main.profiles.profiles] == ["Emulator demo", "Sandbox Acme"]

    qtbot.keyClick(main, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert panel.environment_combo.currentData() == "emulator"
    qtbot.waitUntil(lambda: panel.secret_edit.text() == DEMO_SECRET)
    qtbot.keyClick(main, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert panel.partner_id_edit.text() == "555" and panel.secret_edit.text() == ""
    main.close()


def _bodies() -> list[tuple[str, bytes, Format]]:
    tree = {
        "diagnostic": {"status": 200, "confirm": "success", "lang": "id", "currency": "IDR"},
        "output_type": "",
        "login_status": "false",
        "token": "712402a7c363b12d87f6b02749f6f0c91b64c47e",
    }
    return [
        (fmt.value, answers.render(tree | {"output_type": fmt.value}, fmt.value), fmt)
        for fmt in Format
    ]


@pytest.mark.parametrize(("name", "body", "fmt"), _bodies())
def test_paste_every_format(qtbot: QtBot, name: str, body: bytes, fmt: Format) -> None:
    main = _new_window(qtbot)
    QGuiApplication.clipboard().setText(body.decode())
    with qtbot.waitSignal(main.answerOpened, timeout=5000):
        qtbot.keyClick(
            main,
            Qt.Key.Key_V,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert main.answer_pane.response_tabs.tabText(0) == fmt.title
    assert main.answer_pane.token_edit.text() == "712402a7c363b12d87f6b02749f6f0c91b64c47e"
    assert main.answer_pane.diagnostic_form.output_type_edit.text() == name
    main.close()


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("getToken.*")))
def test_open_docs_samples(qtbot: QtBot, sample: str) -> None:
    main = _new_window(qtbot)
    with qtbot.waitSignal(main.answerOpened, timeout=5000) as opened:
        main.files.open_path(SAMPLES / sample)
    record = opened.args[0]
    outcome = next(iter(record.outcomes.values()))
    assert main.answer_pane.token_edit.text() == "712402a7c363b12d87f6b02749f6f0c91b64c47e"
    view = main.answer_pane.response_views[outcome.format]
    if outcome.format is Format.SERIALIZE:
        assert view.banner.isVisible() and "leniently" in view.banner.text()
    else:
        assert not view.banner.isVisible()
    main.close()


def test_unknown_text_is_said_so(qtbot: QtBot, tmp_path: Path) -> None:
    main = _new_window(qtbot)
    note = tmp_path / "note.txt"
    note.write_text("hello there")
    with qtbot.waitSignal(main.answerOpened, timeout=5000):
        main.files.open_path(note)
    assert "Cannot tell the format" in main.answer_pane.message_label.text()
    main.close()


def test_a_page_read_before_a_newer_one_never_replaces_it(tmp_path: Path) -> None:
    from tiket_gui.core.history import HistoryFilter
    from tiket_gui.ui.history_view import HistoryModel

    store, _ = HistoryStore.open(tmp_path)
    store.add(FetchRecord("Sandbox", "http://x", [], "1", "First"))
    older = store.page(HistoryFilter(), PAGE_SIZE)
    store.add(FetchRecord("Sandbox", "http://x", [], "2", "Second"))
    newer = store.page(HistoryFilter(), PAGE_SIZE)
    model = HistoryModel()
    model.store = store
    model.show_page(newer)
    model.show_page(older)  # two writes' workers delivering out of order
    assert model.total == 2
    store.add(FetchRecord("Sandbox", "http://x", [], "3", "Third"))
    model.reload()  # a read here is newer than both
    assert model.total == 3
    store.close()


def test_a_file_that_cannot_be_read_is_said_so(qtbot: QtBot, tmp_path: Path) -> None:
    main = _new_window(qtbot)
    folder = tmp_path / "a folder.json"
    folder.mkdir()  # stat works, reading does not: the worker's failure must reach the user
    main.files.open_path(folder)
    qtbot.waitUntil(lambda: "Could not read" in main.statusBar().currentMessage())
    assert "directory" in main.statusBar().currentMessage().lower()
    main.files.open_path(tmp_path / "gone.json")
    assert "Could not read" in main.statusBar().currentMessage()
    main.close()


def test_a_pasted_answer_that_needed_repairs_says_so_in_its_banner(qtbot: QtBot) -> None:
    from tests.core.test_pasted import PASTED

    main = _new_window(qtbot)
    body = (PASTED / "js-notation.json").read_bytes()
    with qtbot.waitSignal(main.answerOpened, timeout=5000):
        main.files.open_bytes(body, "the clipboard")
    view = main.answer_pane.response_views[Format.JSON]
    assert view.banner.isVisible()
    assert "JavaScript object notation" in view.banner.text() and "line 2" in view.banner.text()
    main.close()


def test_a_big_answer_is_written_to_the_history_once_its_formats_are_compared(
    qtbot: QtBot,
) -> None:
    # written while the formats were compared, the row's write and the table's repaint
    # stalled the window
    running = start_in_thread(config=EmulatorConfig(fault="wide=1"))
    main = _new_window(qtbot)
    try:
        use_custom_url(main, running.base_url)
        main.request_panel.secret_edit.setText(DEMO_SECRET)
        comparing_when_written: list[bool] = []
        main.historyChanged.connect(lambda: comparing_when_written.append(main.answer.comparing))
        record = fetch(qtbot, main)
        assert main.answer.comparing  # shown, its formats not compared yet
        qtbot.waitUntil(lambda: main.history_panel.model.total == 1, timeout=10_000)
    finally:
        running.stop()
    assert comparing_when_written == [False]
    assert record.comparison is main.answer_pane.compare_view.comparison
    main.close()
