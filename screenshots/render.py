"""Render the window's main states to PNG files, as a user sees them (run under Xvfb).

xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python screenshots/render.py OUT_DIR \
    [--lang en|id] [--size 1280x800]

Every state in both languages and at both sizes the window is checked at:
    for lang in en id; do for size in 1280x800 900x600; do
        ... render.py screenshots/out/$lang-$size --lang $lang --size $size; done; done
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tiket_gui.app import app_icon_path
from tiket_gui.core.calls import GET_POLICIES, GET_TOKEN, LIST_COUNTRY
from tiket_gui.core.formats import Format
from tiket_gui.ui.help_dialogs import AboutDialog, HelpDialog
from tiket_gui.ui.main_window import MainWindow

SECRET = "demo-secret-1"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots/out")
    parser.add_argument("--lang", choices=("en", "id"), default="en")
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        os.environ.pop(name, None)
    os.environ["LANG"] = "id_ID.UTF-8" if args.lang == "id" else "en_US.UTF-8"
    home = Path(tempfile.mkdtemp(prefix="tiket-gui-shots-"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(home / name.lower())
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    icon = app_icon_path()
    if icon is not None:
        app.setWindowIcon(QIcon(str(icon)))

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def fetch_and_wait(window: MainWindow) -> None:
        window.fetcher.fetch()
        for _ in range(100):
            if not window.fetching:
                break
            settle(50)
        settle(300)

    def shot(window: MainWindow, name: str) -> None:
        settle()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    window = MainWindow()
    window.resize(width, height)
    window.show()
    settle(500)
    shot(window, "01-first-run")

    for name, dialog in (("10-about", AboutDialog(window)), ("11-help", HelpDialog(window))):
        dialog.show()
        settle(300)
        dialog.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
        dialog.close()

    QTest.keyClicks(window.request_panel.secret_edit, SECRET)  # typed: the first step loads
    settle(500)
    fetch_and_wait(window)
    shot(window, "02-success-four-formats")

    window.answer_pane.response_tabs.setCurrentWidget(window.answer_pane.compare_view)
    shot(window, "03-compare")
    window.answer_pane.compare_view.side_by_side.setChecked(True)
    shot(window, "03b-compare-side-by-side")
    window.answer_pane.compare_view.side_by_side.setChecked(False)
    window.history_dock.set_collapsed(True)
    shot(window, "03c-history-folded")
    window.history_dock.set_collapsed(False)

    window.request_panel.set_call(LIST_COUNTRY)
    fetch_and_wait(window)
    shot(window, "12-list-country")
    window.answer_pane.records_view.filter_edit.setText("indo")
    shot(window, "12b-list-country-filtered")
    window.answer_pane.records_view.filter_edit.clear()
    window.answer_pane.check_token_button.click()
    settle(500)
    shot(window, "12c-token-checked")
    fetch_and_wait(window)
    settle(300)
    window.answer_pane.compare_previous_button.click()
    settle(800)
    shot(window, "15-compare-with-previous")
    shown = window.shown_record
    if shown is not None:
        tree = json.loads(shown.outcomes[Format.JSON].body)
        tree["listCountry"].insert(
            2, {"country_id": "zz", "country_name": "Zedland ", "country_areacode": "+0"}
        )
        for country in tree["listCountry"]:
            if country["country_id"] == "sg":
                country["country_name"] = "Singapura"
        changed = json.dumps(tree).encode()
        window.diff.compare_with_body(lambda: changed, "countries-edited.json")
        settle(800)
        shot(window, "15b-diff-two-records")
        window.answer_pane.diff_view.side_by_side.setChecked(True)
        window.answer_pane.diff_view.next_difference()
        settle(300)
        shot(window, "15c-diff-side-by-side")
        window.answer_pane.diff_view.side_by_side.setChecked(False)
    window.request_panel.set_call(GET_POLICIES)
    fetch_and_wait(window)
    shot(window, "13-policies")
    pasted = window.request_panel.what.call_token_edit
    pasted.setText("0123456789abcdef0123456789abcdef01234567")
    pasted.textEdited.emit(pasted.text())  # as typing it does
    fetch_and_wait(window)
    shot(window, "14-token-refused")
    window.answer_pane.new_token_button.click()
    settle(800)
    shot(window, "14b-new-token-and-again")
    window.request_panel.set_call(GET_TOKEN)

    window.request_panel.secret_edit.setText("not-the-key!")
    fetch_and_wait(window)
    window.answer_pane.response_tabs.setCurrentIndex(0)
    shot(window, "04-api-error")

    window.request_panel.secret_edit.setText(SECRET)
    window.request_panel.use_custom_url("http://127.0.0.1:9")
    fetch_and_wait(window)
    shot(window, "05-network-error")

    window.history_view.selectRow(2)
    settle(500)
    shot(window, "08-history-entry")

    samples = Path(__file__).resolve().parents[1] / "resources" / "samples"
    window.files.open_path(samples / "getToken.serialize.txt")
    settle(500)
    shot(window, "09-docs-sample-serialize")
    window.close()

    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.AlternateBase, "#242528"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#2d2e31"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#3b78e7"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, "#2d2e31"),
        (QPalette.ColorRole.ToolTipText, "#e8eaed"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
    ):
        dark.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        dark.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b6f75"))
    app.setPalette(dark)
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    window.request_panel.environment_combo.setCurrentIndex(
        window.request_panel.environment_combo.findData("emulator")
    )
    window.request_panel.secret_edit.setText(SECRET)
    settle(300)
    fetch_and_wait(window)
    shot(window, "06-dark-palette")
    window.resize(900, 600)
    shot(window, "07-small-900x600")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
