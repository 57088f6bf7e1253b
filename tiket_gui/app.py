"""Start the window: arguments, the QApplication, one handler for exceptions in slots."""

from __future__ import annotations

import argparse
import contextlib
import gc
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from tiket_gui import WINDOW_TITLE, __version__

# core's reader: --help is worded before Qt's translator is installed
from tiket_gui.core.i18n import system_language, translate, use_language


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="tiket-gui",
        description=translate("app", "The tiket.com General API workbench."),
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--env", help=translate("app", "sandbox, production, emulator, or a base URL")
    )
    parser.add_argument("--partner-id")
    parser.add_argument("--partner-name")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=translate("app", "show the window until it is painted, then exit 0"),
    )
    parser.add_argument(
        "--smoke-full",
        action="store_true",
        help=translate(
            "app", "load the whole workbench and exit 0 once it has painted (checks a bundle)"
        ),
    )
    parser.add_argument(
        "answer", nargs="?", help=translate("app", "a saved answer to open (JSON, XML, ...)")
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    use_language(system_language())  # --help before the settings are read; the window reads them
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("tiket-gui")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.tiketgui.TiketGui")
    icon = app_icon_path()
    if icon is not None:
        from PySide6.QtGui import QIcon  # noqa: PLC0415

        app.setWindowIcon(QIcon(str(icon)))

    frame = AppWindow()
    painted = FirstPaint(frame)
    if args.smoke:
        painted.done.connect(app.quit)
    else:
        painted.done.connect(lambda: _load_workbench(frame, args))
    frame.show()
    stopper = CloseOnSignals(frame)
    if args.smoke or args.smoke_full:
        frame.workbenchPainted.connect(app.quit)
        QTimer.singleShot(10_000, app.quit)  # a window that never paints must not hang a check
        app.exec()
        frame.close()
        return 0 if (painted.seen if args.smoke else frame.workbench_painted) else 1
    status = app.exec()
    stopper.release()
    return status


class AppWindow(QMainWindow):
    """The top-level window. It paints as soon as Qt is up, and the workbench, whose modules
    take ~150 ms to import and build, fills it right after: the window appears as fast as a
    bare one, and nothing moves when the workbench arrives (it was sized before it showed).

    Signals:
        workbenchPainted(): the workbench has painted once inside the window.
    """

    workbenchPainted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("appWindow")
        self.setWindowTitle(WINDOW_TITLE)
        self.workbench: QMainWindow | None = None
        self.workbench_painted = False
        from tiket_gui.core.paths import saved_window_geometry  # noqa: PLC0415

        geometry = saved_window_geometry()
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode())):
            self.resize(1200, 800)

    def hold(self, workbench: QMainWindow) -> None:
        """Take the workbench (a QMainWindow made a plain widget) as the window's content."""
        self.workbench = workbench
        self.setCentralWidget(workbench)
        self.setWindowTitle(workbench.windowTitle())
        workbench.windowTitleChanged.connect(self.setWindowTitle)
        painted = FirstPaint(workbench)
        painted.done.connect(self._workbench_painted)

    def _workbench_painted(self) -> None:
        self.workbench_painted = True
        self.workbenchPainted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # the workbench saves its settings, geometry included, and stops its workers
        if self.workbench is not None:
            self.workbench.close()
        super().closeEvent(event)


class CloseOnSignals(QObject):
    """Ctrl+C in the terminal and SIGTERM close the window as File > Quit does: the history
    rows still waiting written, the emulator stopped, the settings saved.

    A Python signal handler runs only when the interpreter next gets control, and Qt's event
    loop sleeps in C: the signal's byte on a socket wakes it through a notifier, at once."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        import signal  # noqa: PLC0415
        import socket  # noqa: PLC0415

        from PySide6.QtCore import QSocketNotifier  # noqa: PLC0415

        self._window = window
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, self._stop)

    def _drain(self) -> None:
        # the byte only wakes the loop; the handler below has run by the time this returns
        with contextlib.suppress(OSError):
            self._reader.recv(64)

    def _stop(self, _number: int, _frame: object) -> None:
        QTimer.singleShot(0, self._window.close)

    def release(self) -> None:
        import signal  # noqa: PLC0415

        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


class FirstPaint(QObject):
    """Emits done once, after the widget's first paint.

    Signals:
        done(): the widget has painted.
    """

    done = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.seen = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            # a filter in Python costs a call into Python, and the GIL, for every event
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.done.emit)
        return False


def _load_workbench(frame: AppWindow, args: argparse.Namespace) -> None:
    if frame.isHidden():
        return  # closed, or --smoke ended, before the workbench was needed
    from tiket_gui.ui.main_window import MainWindow  # noqa: PLC0415

    window = MainWindow(embedded=True)
    frame.hold(window)
    # What start-up made (modules, classes, the widgets: ~56,000 objects) lives as long as the
    # app: out of the collector's sight, a full collection while a big answer is read holds
    # the GIL 9-25 ms instead of 28-50.
    gc.freeze()
    _apply_arguments(window, args)
    if args.answer:
        window.files.open_path(Path(args.answer))
    sys.excepthook = _report_exception(window)
    # logging.handlers costs ~40 ms to import: the log file opens once the workbench is up
    QTimer.singleShot(0, setup_logging)


def setup_logging() -> None:
    """A rotating log under the platform's log folder; every record passes the secret filter."""
    import logging  # noqa: PLC0415  (with the workbench, not before the first paint)
    from logging.handlers import RotatingFileHandler  # noqa: PLC0415

    from tiket_gui.core.paths import LOG_FILE, app_paths  # noqa: PLC0415
    from tiket_gui.core.redact import LOG_FILTER  # noqa: PLC0415

    folder = app_paths().logs
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            folder / LOG_FILE, maxBytes=1024 * 1024, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()  # a read-only home still gets the messages on stderr
    handler.addFilter(LOG_FILTER)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def app_icon_path() -> Path | None:
    """The SVG icon beside the package in a checkout or a bundle; None when not shipped."""
    for root in (Path(__file__).resolve().parents[1], Path(getattr(sys, "_MEIPASS", "."))):
        candidate = root / "resources" / "icons" / "tiket-gui.svg"
        if candidate.is_file():
            return candidate
    return None


def _apply_arguments(window: object, args: argparse.Namespace) -> None:
    from tiket_gui.core.environments import EnvironmentKind, resolve_environment  # noqa: PLC0415
    from tiket_gui.core.errors import InputError  # noqa: PLC0415
    from tiket_gui.ui.main_window import MainWindow  # noqa: PLC0415

    assert isinstance(window, MainWindow)
    panel = window.request_panel
    panel.set_partner(args.partner_id, args.partner_name)
    if args.env:
        try:
            environment = resolve_environment(args.env)
        except InputError as error:
            window.show_status(f"--env: {error.message}")
            return
        if environment.kind is EnvironmentKind.CUSTOM:
            panel.use_custom_url(environment.base_url)
        else:
            panel.choose_environment(environment.kind)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def _report_exception(window: object) -> ExceptHook:
    """An exception in any slot is logged (secret masked) and told, and the app keeps running."""

    def handler(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        import logging  # noqa: PLC0415
        import traceback  # noqa: PLC0415

        from tiket_gui.core.redact import scrub  # noqa: PLC0415
        from tiket_gui.ui.main_window import MainWindow  # noqa: PLC0415

        text = scrub("".join(traceback.format_exception(kind, error, trace)))
        if isinstance(window, MainWindow):
            text = scrub(text, window.request_panel.secret())
        logging.getLogger("tiket_gui").error("unexpected error: %s", text)
        if isinstance(window, MainWindow):
            window.presenter.unexpected()

    return handler
