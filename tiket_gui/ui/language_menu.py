"""View > Language: System, English, Bahasa Indonesia; kept in the settings, used from the
next start (offered at once), since the window words its widgets once, when it builds them."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from tiket_gui.core.i18n import FOLLOW_SYSTEM, Language, current_language, resolve_language
from tiket_gui.core.settings import Settings
from tiket_gui.ui.i18n import translate


class LanguageMenu(QObject):
    """Signals:
    message(str): what the choice does, for the status bar.
    """

    message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        save_soon: Callable[[], None],
        quit_for_restart: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._save_soon = save_soon
        self._quit_for_restart = quit_for_restart
        self.menu = QMenu(translate("language_menu", "&Language"), window)
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(self.menu)
        group.setExclusive(True)
        choices = [
            (FOLLOW_SYSTEM, translate("language_menu", "&System")),
            (Language.ENGLISH.value, Language.ENGLISH.native_name),
            (Language.INDONESIAN.value, Language.INDONESIAN.native_name),
        ]
        self.actions: dict[str, QAction] = {}
        for value, text in choices:
            action = QAction(text, self.menu, checkable=True)
            action.setChecked(value == settings.language)
            action.triggered.connect(self._chosen)
            action.setData(value)
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[value] = action

    @Slot()
    def _chosen(self) -> None:
        action = self.sender()
        assert isinstance(action, QAction)
        value = str(action.data())
        if value == self._settings.language:
            return
        self._settings.language = value
        self._save_soon()
        wanted = resolve_language(value)
        if wanted is current_language():
            self.message.emit(translate("language_menu", "Language kept in the settings."))
            return
        self.message.emit(
            translate("language_menu", "{language} is used from the next start.").format(
                language=wanted.native_name
            )
        )
        self._ask_restart(wanted)

    def _ask_restart(self, wanted: Language) -> None:
        """A question that does not block: the window stays usable while it is open."""
        box = QMessageBox(self._window)
        box.setObjectName("restartQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("language_menu", "Language"))
        box.setText(
            translate(
                "language_menu",
                "{language} takes effect when tiket-gui starts again. Restart now? The request "
                "and the history are kept; the secret key must be typed again unless it is in "
                "the keychain.",
            ).format(language=wanted.native_name)
        )
        restart = box.addButton(
            translate("language_menu", "Restart now"), QMessageBox.ButtonRole.AcceptRole
        )
        restart.setObjectName("restartNowButton")
        later = box.addButton(
            translate("language_menu", "Later"), QMessageBox.ButtonRole.RejectRole
        )
        later.setObjectName("restartLaterButton")
        restart.clicked.connect(self._restart)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    @Slot()
    def _restart(self) -> None:
        program, arguments = restart_command()
        self._quit_for_restart()
        QProcess.startDetached(program, arguments)


def restart_command() -> tuple[str, list[str]]:
    """How this process was started: a bundle's executable, or Python and the entry point."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "tiket_gui", *sys.argv[1:]]
