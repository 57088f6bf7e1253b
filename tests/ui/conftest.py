"""Window fixtures: a real MainWindow on the in-process emulator, settings in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from tiket_gui.core.i18n import Language
from tiket_gui.core.outcome import FetchRecord
from tiket_gui.ui.i18n import apply_language
from tiket_gui.ui.main_window import MainWindow

DEMO_SECRET = "demo-secret-1"


@pytest.fixture(autouse=True)
def _english_widgets_afterwards() -> Iterator[None]:
    """A test that started a window in Indonesian leaves Qt's translator and locale as the
    next test expects them."""
    yield
    apply_language(QCoreApplication.instance(), Language.ENGLISH.value)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    main = MainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def fetch(qtbot: QtBot, window: MainWindow, timeout: int = 10_000) -> FetchRecord:
    with qtbot.waitSignal(window.fetchFinished, timeout=timeout) as blocker:
        qtbot.mouseClick(window.request_panel.fetch_button, _left())
    record = blocker.args[0]
    assert isinstance(record, FetchRecord)
    return record


def use_custom_url(window: MainWindow, url: str) -> None:
    panel = window.request_panel
    panel.environment_combo.setCurrentIndex(panel.environment_combo.findData("custom"))
    panel.base_url_edit.setText(url)
    panel.base_url_edit.textEdited.emit(url)


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
