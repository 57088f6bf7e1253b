"""The one place the window tells the user something: the status bar for what just happened,
the response area for what must not be missed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QStatusBar

from tiket_gui.core import wording
from tiket_gui.ui.answer_controller import AnswerController


class Presenter(QObject):
    """Every controller's `message` comes here, and so does a background failure that no
    caller handled (the runner has logged it, secret masked)."""

    def __init__(self, status_bar: QStatusBar, answer: AnswerController) -> None:
        super().__init__(status_bar)
        self.status_bar = status_bar
        self.answer = answer

    @Slot(str)
    def status(self, message: str) -> None:
        self.status_bar.showMessage(message)

    @Slot(str)
    def notice(self, message: str) -> None:
        """The status bar moves on; the response area keeps it until the next answer."""
        self.status(message)
        self.answer.show_notice(message)

    @Slot()
    def unexpected(self) -> None:
        """Something raised where nothing expected it: the app goes on, and says so."""
        self.status(wording.something_went_wrong())
