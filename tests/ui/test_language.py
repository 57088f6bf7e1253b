"""The window in Bahasa Indonesia: started under an id_ID locale, or chosen in View > Language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.conftest import DEMO_SECRET, fetch
from tiket_gui.core.i18n import Language, catalogue_path, current_language, read_catalogue
from tiket_gui.core.settings import load_settings
from tiket_gui.ui.main_window import MainWindow


@pytest.fixture
def indonesian_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def _texts(window: MainWindow) -> list[str]:
    """Every text a person reads on the window and in its menus, tooltips included."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        texts.append(widget.toolTip())
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(index) for index in range(widget.count())]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
            texts += [action.text() for action in widget.actions()]
    return [text for text in texts if text]


def test_an_id_locale_opens_an_indonesian_window(indonesian_window: MainWindow) -> None:
    window = indonesian_window
    assert current_language() is Language.INDONESIAN
    assert window.request_panel.fetch_button.text() == "&Ambil"
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:3] == ["&Berkas", "&Permintaan", "P&rofil"]
    english = {source for (_, source), text in read_catalogue(catalogue_path("ts")).items()}
    translated = {
        source
        for (_, source), text in read_catalogue(catalogue_path("ts")).items()
        if text != source
    }
    shown = _texts(window)
    assert len(shown) > 80
    untranslated = [text for text in shown if text in translated]
    assert not untranslated, untranslated
    # what is on screen is either translated or none of our sentences (names, the API's words)
    assert sum(text in english for text in shown) < len(shown) // 4


def test_a_fetch_is_told_in_indonesian_and_the_api_lang_follows(
    qtbot: QtBot, indonesian_window: MainWindow
) -> None:
    window = indonesian_window
    assert window.request_panel.what.lang() == "id"
    window.request_panel.secret_edit.setText(DEMO_SECRET)
    record = fetch(qtbot, window)
    assert record.verdict() == "OK"
    assert window.statusBar().currentMessage().startswith("Token diterima dalam 4 format dalam")
    tabs = window.answer_pane.response_tabs
    assert "Bandingkan" in [tabs.tabText(index) for index in range(tabs.count())]


def test_the_language_menu_keeps_the_choice_and_offers_a_restart(
    qtbot: QtBot, indonesian_window: MainWindow
) -> None:
    window = indonesian_window
    menu = window.language_menu
    assert [action.text() for action in menu.menu.actions()] == [
        "&Sistem",
        "English",
        "Bahasa Indonesia",
    ]
    assert menu.actions[""].isChecked()
    menu.actions["en"].trigger()
    question = window.findChild(QMessageBox, "restartQuestion")
    assert question is not None and question.isVisible()
    assert "English berlaku saat tiket-gui dibuka lagi" in question.text()
    later = question.findChild(QAbstractButton, "restartLaterButton")
    assert later is not None and later.text() == "Nanti"
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton)
    window.close()
    assert load_settings().settings.language == "en"


def test_the_chosen_language_wins_over_the_locale_at_the_next_start(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    first = MainWindow()
    qtbot.addWidget(first)
    first.settings.language = "en"
    first.close()
    second = MainWindow()
    qtbot.addWidget(second)
    assert current_language() is Language.ENGLISH
    assert second.request_panel.fetch_button.text() == "&Fetch"
    assert second.request_panel.what.lang() == "en"
    second.close()


def test_a_lang_the_user_picked_stays_whatever_the_interface_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = MainWindow()
    qtbot.addWidget(first)
    combo = first.request_panel.what.lang_combo
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("id"))
    combo.activated.emit(combo.currentIndex())
    first.close()
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    second = MainWindow()
    qtbot.addWidget(second)
    assert second.request_panel.what.lang() == "id"
    second.close()


def test_qts_own_buttons_and_menus_speak_indonesian_too(indonesian_window: MainWindow) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel,
        indonesian_window,
    )
    texts = {buttons.button(kind).text() for kind in (
        QDialogButtonBox.StandardButton.Close, QDialogButtonBox.StandardButton.Cancel
    )}  # fmt: skip
    assert texts == {"Tutup", "Batal"}
    menu = indonesian_window.request_panel.partner_id_edit.createStandardContextMenu()
    assert "&Tempel" in [action.text().split("\t")[0] for action in menu.actions()]
