"""The desktop side: About shows the real paths, Help the guide, the first run explains itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTextBrowser
from pytestqt.qtbot import QtBot

from tiket_gui.core.paths import SETTINGS_FILE
from tiket_gui.ui.help_dialogs import AboutDialog, HelpDialog
from tiket_gui.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_about_dialog_shows_the_folders_the_app_really_uses(
    qtbot: QtBot, window: MainWindow, _app_folders: Path
) -> None:
    qtbot.waitUntil(lambda: window.history is not None)
    window.close()  # writes the settings file
    about = AboutDialog()
    qtbot.addWidget(about)
    settings_dir = Path(about.path_edits["settings"].text())
    history_dir = Path(about.path_edits["history"].text())
    assert (settings_dir / SETTINGS_FILE).is_file()
    assert window.history is not None and window.history.path.parent == history_dir
    assert str(_app_folders) in about.path_edits["logs"].text()


def test_about_names_versions_and_licence(qtbot: QtBot) -> None:
    about = AboutDialog()
    qtbot.addWidget(about)
    texts = " ".join(label.text() for label in about.findChildren(QLabel))
    for words in ("tiket-gui 0.1.0", "Qt ", "PySide6 ", "Python ", "MIT"):
        assert words in texts


def test_help_has_shortcuts_and_the_diagnostic_guide(qtbot: QtBot) -> None:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    browser = dialog.findChild(QTextBrowser, "helpBrowser")
    assert browser is not None
    text = browser.toPlainText()
    for words in ("Ctrl+Enter", "Ctrl+Shift+C", "twh:ID;NAME;", "unix_timestamp", "error_msgs"):
        assert words in text


def test_first_run_offers_the_emulator(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.request_panel
    panel.environment_combo.setCurrentIndex(panel.environment_combo.findData("sandbox"))
    assert window.answer_pane.try_emulator_button.isVisible()
    window.answer_pane.try_emulator_button.click()
    assert panel.environment_combo.currentData() == "emulator"
    assert panel.fetch_button.isEnabled()


def test_every_field_has_a_tooltip(window: MainWindow) -> None:
    missing = [
        widget.objectName() or type(widget).__name__
        for kind in (QLineEdit, QComboBox, QAbstractButton)
        for widget in window.request_panel.findChildren(kind)
        if not widget.toolTip() and widget.objectName() != "qt_spinbox_lineedit"
    ]
    assert missing == []


def test_smoke_and_opening_an_answer_from_the_command_line(_app_folders: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    sample = str(ROOT / "resources" / "samples" / "getToken.json")
    for arguments in (["--smoke"], ["--smoke-full"], ["--smoke-full", sample]):
        done = subprocess.run(
            [sys.executable, "-m", "tiket_gui", *arguments],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr


def test_command_line_arguments_fill_the_request(window: MainWindow) -> None:
    from tiket_gui.app import _apply_arguments, parse_arguments

    args = parse_arguments(
        ["--env", "http://127.0.0.1:9/", "--partner-id", "7", "--partner-name", "Acme"]
    )
    _apply_arguments(window, args)
    panel = window.request_panel
    assert panel.environment_combo.currentData() == "custom"
    assert panel.base_url_edit.text() == "http://127.0.0.1:9"
    assert panel.user_agent_label.text() == "twh:7;Acme;"
    _apply_arguments(window, parse_arguments(["--env", "production"]))
    assert panel.base_url_edit.text() == "https://api.tiket.com"


def test_the_app_window_paints_first_then_holds_the_workbench(
    qtbot: QtBot, _app_folders: Path
) -> None:
    from tiket_gui.app import AppWindow, FirstPaint, _load_workbench, parse_arguments

    frame = AppWindow()
    qtbot.addWidget(frame)
    painted = FirstPaint(frame)
    with qtbot.waitSignal(painted.done, timeout=5000):
        frame.show()
    assert frame.centralWidget() is None  # painted before the workbench was even built
    _load_workbench(frame, parse_arguments(["--partner-id", "77"]))
    workbench = frame.workbench
    assert isinstance(workbench, MainWindow) and frame.centralWidget() is workbench
    assert not workbench.isWindow() and workbench.window() is frame
    assert workbench.request_panel.partner_id_edit.text() == "77"
    qtbot.waitUntil(lambda: frame.workbench_painted, timeout=5000)
    frame.resize(700, 500)  # within the offscreen screen, 800 x 600
    qtbot.waitUntil(lambda: (frame.width(), frame.height()) == (700, 500), timeout=2000)
    quit_action = next(a for a in workbench.findChildren(QAction) if a.text() == "&Quit")
    quit_action.trigger()  # closes the app's window, and the workbench saves its geometry
    assert not frame.isVisible()
    again = AppWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)
