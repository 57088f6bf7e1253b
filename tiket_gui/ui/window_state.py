"""The window as the user left it: geometry, docks, splitters and the form, saved on a worker
once things are quiet, and at once on close."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QByteArray, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QSplitter

from tiket_gui.core import wording
from tiket_gui.core.settings import Settings, SettingsWriter
from tiket_gui.ui.workers import BackgroundRunner


class WindowStateController(QObject):
    """Owns the settings writer: writes go out in order, the newest wins.

    `gather` puts what the panes know (the request, the chosen format, the history dock)
    into the settings before each write.

    Signals:
    message(str): a sentence for the status bar.
    """

    message = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        splitters: dict[str, QSplitter],
        settings: Settings,
        runner: BackgroundRunner,
        gather: Callable[[Settings], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.splitters = splitters  # by the Settings field that keeps each one's state
        self.settings = settings
        self.runner = runner
        self.gather = gather
        self._writer = SettingsWriter()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.save)

    def restore(self) -> None:
        settings = self.settings
        window = self.window
        if not window.isWindow():
            pass  # the window that holds this one has sized itself
        elif settings.window_geometry:
            window.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode()))
        else:
            window.resize(1280, 800)
        if settings.window_state:
            window.restoreState(QByteArray.fromBase64(settings.window_state.encode()))
        for name, splitter in self.splitters.items():
            state = getattr(settings, name)
            if state:
                splitter.restoreState(QByteArray.fromBase64(state.encode()))

    def save_soon(self) -> None:
        """Once things are quiet: not while an answer paints."""
        self._timer.start()

    @Slot()
    def save(self) -> None:
        """Written by a worker, in order."""
        ticket, text = self._writer.snapshot(self._take())
        task = self.runner.submit(partial(self._writer.write, ticket, text))
        task.failed.connect(
            lambda error, _trace: self.message.emit(wording.settings_not_saved(error))
        )

    def save_now(self) -> None:
        """On close: the process may end right after."""
        self._timer.stop()
        ticket, text = self._writer.snapshot(self._take())
        try:
            self._writer.write(ticket, text)
        except OSError as error:
            self.message.emit(wording.settings_not_saved(error))

    def _take(self) -> Settings:
        settings = self.settings
        self.gather(settings)
        settings.window_geometry = _base64(self.window.window().saveGeometry())
        settings.window_state = _base64(self.window.saveState())
        for name, splitter in self.splitters.items():
            setattr(settings, name, _base64(splitter.saveState()))
        return settings


def _base64(state: QByteArray) -> str:
    return bytes(state.toBase64().data()).decode("ascii")
