"""The menu bar and the shortcuts, each action declared once over the controllers' slots."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from tiket_gui.ui.i18n import translate

if TYPE_CHECKING:
    from tiket_gui.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    files, fetcher, answer = window.files, window.fetcher, window.answer

    def add(menu: QMenu, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
        item = QAction(text, window)
        if shortcut:
            item.setShortcut(QKeySequence(shortcut))
        item.triggered.connect(lambda _checked=False: slot())
        menu.addAction(item)
        return item

    bar = window.menuBar()
    file_menu = bar.addMenu(translate("menus", "&File"))
    add(file_menu, translate("menus", "&Open response…"), files.open_response, "Ctrl+O")
    add(file_menu, translate("menus", "&Paste response"), files.paste_response, "Ctrl+Shift+V")
    add(
        file_menu,
        translate("menus", "Compare &with a saved answer…"),
        window.diff.compare_with_file,
    )
    add(
        file_menu,
        translate("menus", "Compare with the clip&board"),
        window.diff.compare_with_clipboard,
    )
    file_menu.addSeparator()
    add(
        file_menu, translate("menus", "Save report as &Markdown…"), partial(files.save_report, "md")
    )
    add(file_menu, translate("menus", "Save report as &HTML…"), partial(files.save_report, "html"))
    add(
        file_menu,
        translate("menus", "Save compare table as &CSV…"),
        partial(files.save_report, "csv"),
    )
    file_menu.addSeparator()
    # the window, which is the app's when this is embedded: it closes this one in turn
    add(file_menu, translate("menus", "&Quit"), lambda: window.window().close(), "Ctrl+Q")

    request_menu = bar.addMenu(translate("menus", "&Request"))
    add(request_menu, translate("menus", "&Fetch"), fetcher.fetch, "Ctrl+Return")
    add(request_menu, translate("menus", "&Cancel"), fetcher.cancel)
    add(request_menu, translate("menus", "&Renew token"), window.renew_token)
    add(request_menu, translate("menus", "Copy token"), answer.copy_token, "Ctrl+Shift+C")
    add(request_menu, translate("menus", "C&heck token"), window.tokens.check, "Ctrl+Shift+K")
    add(
        request_menu,
        translate("menus", "Compare with &previous"),
        window.diff.compare_with_previous,
        "Ctrl+D",
    )
    add(
        request_menu,
        translate("menus", "Compare with another &environment…"),
        window.compare_environments,
    )
    request_menu.addSeparator()
    add(
        request_menu,
        translate("menus", "Copy as c&URL"),
        partial(files.copy_request, "curl"),
        "Ctrl+Shift+U",
    )
    add(request_menu, translate("menus", "Copy as &Python"), partial(files.copy_request, "python"))
    add(
        request_menu,
        translate("menus", "Copy as cURL with the real secret…"),
        partial(files.copy_request, "curl", reveal=True),
    )
    add(
        request_menu,
        translate("menus", "Copy as Python with the real secret…"),
        partial(files.copy_request, "python", reveal=True),
    )

    bar.addMenu(window.profiles.menu)

    view_menu = bar.addMenu(translate("menus", "&View"))
    view_menu.addAction(window.history_dock.toggleViewAction())
    view_menu.addMenu(window.language_menu.menu)
    add(
        view_menu,
        translate("menus", "Fold the &history"),
        lambda: window.history_dock.set_collapsed(not window.history_dock.collapsed),
        "Ctrl+H",
    )
    add(
        view_menu,
        translate("menus", "&Find in answer"),
        window.answer_pane.find_in_answer,
        "Ctrl+F",
    )

    help_menu = bar.addMenu(translate("menus", "&Help"))
    add(help_menu, translate("menus", "&Help and shortcuts"), window.show_help, "F1")
    samples = help_menu.addMenu(translate("menus", "&Docs samples"))
    for path in files.samples():
        add(samples, path.name, partial(files.open_path, path))
    add(help_menu, translate("menus", "&About tiket-gui"), window.show_about)

    QShortcut(QKeySequence("Ctrl+Enter"), window, fetcher.fetch)
    QShortcut(QKeySequence(Qt.Key.Key_Escape), window, fetcher.cancel)
