"""The workbench window: the request on the left, the answer in every format on the right, the
history below. It builds the panes and the controllers and connects them, once; what the user
can do lives in the controllers."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from tiket_gui import WINDOW_TITLE
from tiket_gui.core.environments import EnvironmentKind
from tiket_gui.core.errors import InputError
from tiket_gui.core.i18n import number
from tiket_gui.core.outcome import FetchRecord
from tiket_gui.core.settings import Settings, load_settings
from tiket_gui.ui.answer_controller import AnswerController
from tiket_gui.ui.answer_pane import AnswerPane
from tiket_gui.ui.diff_controller import DiffController
from tiket_gui.ui.emulator_controller import EmulatorController
from tiket_gui.ui.fetch_controller import FetchController, load_client
from tiket_gui.ui.files_controller import FilesController
from tiket_gui.ui.history_controller import HistoryController
from tiket_gui.ui.history_view import HistoryDock, HistoryPanel
from tiket_gui.ui.i18n import apply_language, translate
from tiket_gui.ui.language_menu import LanguageMenu
from tiket_gui.ui.menus import build_menus
from tiket_gui.ui.presenter import Presenter
from tiket_gui.ui.profiles import ProfilesController
from tiket_gui.ui.request_panel import RequestPanel
from tiket_gui.ui.token_controller import TokenController
from tiket_gui.ui.window_state import WindowStateController
from tiket_gui.ui.workers import BackgroundRunner

if TYPE_CHECKING:
    from tiket_gui.core.diff import Diff
    from tiket_gui.core.history import HistoryStore, HistorySummary

DEMO_PARTNER = ("123456789", "Partner Name")  # the docs' example partner
DEMO_SECRET = "demo-secret-1"  # any secret of 8+ letters, digits, - or _ suits the emulator


class MainWindow(QMainWindow):
    """Signals:
    fetchFinished(object): the FetchRecord of a fetch whose every format came back.
    fetchCancelled(): the user cancelled the fetch in progress.
    historyChanged(): a fetch was written to the history.
    historyShown(object): a FetchRecord from the history is on screen.
    answerOpened(object): a FetchRecord read from a file or the clipboard is on screen.
    """

    fetchFinished = Signal(object)
    fetchCancelled = Signal()
    historyChanged = Signal()
    historyShown = Signal(object)
    answerOpened = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, embedded: bool = False) -> None:
        """`embedded`: a plain widget inside the app's window (tiket_gui.app.AppWindow), which
        then owns the geometry; otherwise a window of its own."""
        super().__init__(parent)
        if embedded:
            self.setWindowFlags(Qt.WindowType.Widget)
        self.setObjectName("mainWindow")
        self.setWindowTitle(WINDOW_TITLE)
        self.runner = BackgroundRunner(max_threads=6, parent=self)
        loaded = load_settings()
        self.settings: Settings = loaded.settings
        self.language = apply_language(QCoreApplication.instance(), self.settings.language)
        self._build_panes()
        self._build_controllers()
        self._connect()
        build_menus(self)
        self.setAcceptDrops(True)
        self.request_panel.load(self.settings)
        self.answer_pane.set_preferred_format(self.settings.primary_format)
        self.window_state.restore()
        self.history_dock.set_collapsed(self.settings.history_collapsed)
        if loaded.notice:
            QTimer.singleShot(0, self, partial(self.presenter.notice, loaded.notice))
        # the history is checked and read on a worker, not before the first paint
        QTimer.singleShot(0, self.history_control.open)

    # -- building -------------------------------------------------------------------------------

    def _build_panes(self) -> None:
        self.request_panel = RequestPanel()
        request_scroll = QScrollArea()
        request_scroll.setWidgetResizable(True)
        request_scroll.setWidget(self.request_panel)
        request_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrollbar = request_scroll.verticalScrollBar().sizeHint().width()
        request_scroll.setMinimumWidth(self.request_panel.minimumSizeHint().width() + scrollbar + 4)
        request_column = QWidget()
        request_layout = QVBoxLayout(request_column)
        request_layout.setContentsMargins(0, 0, 0, 0)
        request_layout.setSpacing(0)
        request_layout.addWidget(request_scroll, 1)
        request_layout.addWidget(self.request_panel.action_bar)

        self.answer_pane = AnswerPane()
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(request_column)
        self.main_splitter.addWidget(self.answer_pane)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([360, 920])
        self.setCentralWidget(self.main_splitter)

        self.history_panel = HistoryPanel()
        self.history_view = self.history_panel.table
        self.history_dock = HistoryDock(self.history_panel, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        self.resizeDocks([self.history_dock], [150], Qt.Orientation.Vertical)

        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.hide()
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy_bar)

    def _build_controllers(self) -> None:
        panel, runner = self.request_panel, self.runner
        runner.mask_with(panel.secret)
        self.answer = AnswerController(self.answer_pane, runner, self)
        self.presenter = Presenter(self.statusBar(), self.answer)
        self.emulator = EmulatorController(panel, runner, self)
        self.fetcher = FetchController(panel, self.emulator, runner, self)
        self.history_control = HistoryController(self.history_panel, self.settings, runner, self)
        self.files = FilesController(self, panel, self.answer, runner)
        self.tokens = TokenController(panel, self.fetcher, self.answer, runner, self)
        self.diff = DiffController(
            self.answer_pane.diff_view,
            answer=self.answer,
            history=self.history_control,
            settings=self.settings,
            runner=runner,
            window=self,
        )
        self.profiles = ProfilesController(self, panel, self.settings, runner)
        self.window_state = WindowStateController(
            self,
            {
                "splitter_state": self.main_splitter,
                "answer_splitter_state": self.answer_pane.answer_splitter,
            },
            self.settings,
            runner,
            self._gather_settings,
        )
        self.language_menu = LanguageMenu(
            self, self.settings, self.window_state.save_soon, lambda: self.window().close()
        )

    def _connect(self) -> None:
        panel, presenter = self.request_panel, self.presenter
        for controller in (
            self.answer,
            self.emulator,
            self.fetcher,
            self.history_control,
            self.files,
            self.profiles,
            self.tokens,
            self.diff,
            self.window_state,
            self.language_menu,
        ):
            controller.message.connect(presenter.status)
        self.runner.unhandledFailure.connect(presenter.unexpected)
        panel.fetchRequested.connect(self.fetcher.fetch)
        panel.cancelRequested.connect(self.fetcher.cancel)
        panel.environmentChanged.connect(self.emulator.environment_changed)
        # requests costs ~85 ms and ~10 MiB to import: a worker loads it once the user starts
        # on the request (typing the secret, say), so a window left idle never pays for it
        # and a Fetch rarely waits for it
        panel.firstStep.connect(self.emulator.first_step)
        panel.firstStep.connect(partial(self.runner.submit, load_client))
        self.fetcher.finished.connect(self._fetched)
        self.fetcher.cancelled.connect(self.fetchCancelled)
        self.fetcher.busyChanged.connect(self._busy_changed)
        self.fetcher.ticked.connect(self._ticked)
        self.answer_pane.renewRequested.connect(self.renew_token)
        self.answer_pane.tryEmulatorRequested.connect(self.try_emulator)
        self.answer_pane.checkTokenRequested.connect(self.tokens.check)
        self.answer_pane.retryRequested.connect(self.tokens.retry)
        self.history_control.tokensRead.connect(self.tokens.history_read)
        self.answer_pane.compareWithPreviousRequested.connect(self.diff.compare_with_previous)
        self.history_panel.compareRequested.connect(self.diff.compare_entries)
        self.diff.compared.connect(self._diffed)
        self.answer_pane.diff_view.settingsChanged.connect(self.window_state.save_soon)
        self.answer_pane.primaryChanged.connect(self.window_state.save_soon)
        self.history_control.changed.connect(self.historyChanged)
        self.answer.comparingChanged.connect(self.history_control.hold_writes)
        self.history_control.notice.connect(presenter.notice)
        self.history_control.entryLoaded.connect(self._history_entry)
        self.history_control.rerunRequested.connect(self._rerun)
        self.history_control.settingsChanged.connect(self.window_state.save)
        self.history_dock.collapsedChanged.connect(self.window_state.save_soon)
        self.files.opened.connect(self._opened)
        self.profiles.changed.connect(self.window_state.save)

    # -- what the rest of the program and its tests ask of the window ---------------------------

    @property
    def fetching(self) -> bool:
        return self.fetcher.fetching

    @property
    def shown_record(self) -> FetchRecord | None:
        """The fetch (or opened file, or history entry) whose answers are on screen."""
        return self.answer.shown

    @property
    def history(self) -> HistoryStore | None:
        return self.history_control.store

    @property
    def at_rest(self) -> bool:
        """No fetch running and nothing left of the last one: no worker busy, no history row
        waiting to be written, no big answer waiting to be compared."""
        return (
            not self.fetcher.fetching
            and self.runner.active == 0
            and not self.history_control.pending
            and not self.answer.comparing
        )

    @Slot(str)
    def show_status(self, message: str) -> None:
        self.presenter.status(message)

    # -- reactions that span controllers --------------------------------------------------------

    def _fetched(self, record: FetchRecord) -> None:
        secret = self.request_panel.secret()
        self.history_control.record(record, secret)
        primary = record.primary()
        if primary is not None and primary.succeeded:
            self.profiles.remember_after_fetch(secret)
        if self.answer.show_fetched(record):
            primary = record.primary()
            if self.request_panel.renew_token() and primary is not None and primary.succeeded:
                self.request_panel.set_renew_token("")
        self.tokens.fetched(record)
        self.window_state.save_soon()
        self.fetchFinished.emit(record)
        # once this fetch is told: the other environment's follows
        QTimer.singleShot(0, partial(self.diff.fetched, self.fetcher, record))

    @Slot(bool)
    def _busy_changed(self, busy: bool) -> None:
        self.answer.set_busy(busy)
        self.busy_bar.setVisible(busy)
        if not busy:
            self.busy_label.clear()

    @Slot(float)
    def _ticked(self, seconds: float) -> None:
        self.busy_label.setText(
            translate("main_window", "Fetching… {seconds} s").format(seconds=number(seconds, 1))
        )

    @Slot()
    def compare_environments(self) -> None:
        """The call fetched here and in another environment, and compared."""
        panel = self.request_panel
        here = panel.environment_kind()
        others = [kind for kind in EnvironmentKind if kind is not here]
        label, chosen = QInputDialog.getItem(
            self,
            translate("main_window", "Compare with another environment"),
            translate("main_window", "Fetch {title} here and in:").format(title=panel.call().title),
            [kind.label for kind in others],
            0,
            False,
        )
        if not chosen:
            return
        kind = next(k for k in others if k.label == label)
        try:
            other = panel.environment_of(kind)
        except InputError as error:
            self.presenter.status(error.message)
            return
        token = ""
        if panel.call().takes_token:
            known = self.tokens.book.latest(other.base_url or panel.emulator_url, panel.partner())
            if known is None:
                self.presenter.status(
                    translate(
                        "main_window",
                        "There is no token for {label} yet: make a Get Token there first.",
                    ).format(label=kind.label)
                )
                return
            token = known.token
        self.diff.compare_environments(self.fetcher, other, token)

    def _diffed(self, found: Diff) -> None:
        count = len(found.differences)
        self.answer_pane.show_diff_tab(
            translate("main_window", "Differences ({count})").format(count=number(count))
            if count
            else translate("main_window", "Same answer")
        )

    @Slot()
    def renew_token(self) -> None:
        self.fetcher.renew(self.answer.token)

    def _history_entry(self, record: FetchRecord) -> None:
        self.answer.show_saved(record)
        self.historyShown.emit(record)

    def _rerun(self, summary: HistorySummary) -> None:
        self.request_panel.fill_from_history(
            summary.environment,
            summary.base_url,
            (summary.partner_id, summary.partner_name),
            list(summary.formats),
            summary.call,
        )
        self.request_panel.focus_fetch()

    def _opened(self, record: FetchRecord) -> None:
        self.answer.show(record)
        self.answerOpened.emit(record)

    @Slot()
    def try_emulator(self) -> None:
        """First run: the emulator, the docs' partner, a demo secret it accepts, and Fetch."""
        self.request_panel.fill_demo(DEMO_PARTNER, DEMO_SECRET)
        if self.request_panel.environment_kind() is EnvironmentKind.EMULATOR:
            self.fetcher.fetch()

    def _gather_settings(self, settings: Settings) -> None:
        self.request_panel.store(settings)
        settings.primary_format = str(self.answer_pane.primary_combo.currentData())
        settings.history_collapsed = self.history_dock.collapsed

    # -- drops, help, closing -------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.files.can_take(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.take_drop(event.mimeData())
        event.acceptProposedAction()

    @Slot()
    def show_help(self) -> None:
        from tiket_gui.ui.help_dialogs import HelpDialog  # noqa: PLC0415  (used on demand)

        HelpDialog(self).open()

    @Slot()
    def show_about(self) -> None:
        from tiket_gui.ui.help_dialogs import AboutDialog  # noqa: PLC0415  (used on demand)

        AboutDialog(self).open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.fetcher.close()
        # cancelled sockets wake their workers at once; waiting lets the emulator and the
        # history be closed after the last worker that uses them
        self.runner.wait_for_done(5000)
        # the last fetches: written by then, as the next line waits
        self.history_control.write(at_close=True)
        self.runner.wait_for_done(5000)
        self.window_state.save_now()
        self.emulator.stop()
        self.fetcher.release()
        super().closeEvent(event)
