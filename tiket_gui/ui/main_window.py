"""The workbench window: the request on the left, the answer in every format on the right."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tiket_gui import WINDOW_TITLE
from tiket_gui.core.cancel import CancelHandle
from tiket_gui.core.compare import Comparison
from tiket_gui.core.environments import EnvironmentKind
from tiket_gui.core.errors import ParseError
from tiket_gui.core.formats import Format
from tiket_gui.core.outcome import (
    FetchRecord,
    FormatOutcome,
    compare_if_small,
    compare_outcomes,
    read_answer,
    read_saved,
)
from tiket_gui.core.request import TokenRequest
from tiket_gui.core.settings import Settings, SettingsWriter, load_settings, write_atomically
from tiket_gui.ui.compare_view import CompareView
from tiket_gui.ui.diagnostic_form import DiagnosticForm
from tiket_gui.ui.history_view import PAGE_SIZE, HistoryPanel
from tiket_gui.ui.profiles import ProfilesController
from tiket_gui.ui.request_panel import RequestPanel
from tiket_gui.ui.response_view import ResponseView, monospace_font
from tiket_gui.ui.widgets import set_style
from tiket_gui.ui.workers import BackgroundRunner, Failure

if TYPE_CHECKING:
    from tiket_gui.core.client import TokenClient
    from tiket_gui.core.history import HistoryPage, HistoryStore
    from tiket_gui.emulator import RunningEmulator

log = logging.getLogger("tiket_gui.ui")

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "samples"
OPEN_LIMIT_BYTES = 50 * 1024 * 1024

_BADGE_STYLES = {
    "OK": "background: #1a7f37; color: white;",
    "API error": "background: #bf8700; color: white;",
    "HTTP error": "background: #cf222e; color: white;",
    "Network error": "background: #cf222e; color: white;",
    "Unreadable": "background: #8250df; color: white;",
    "Cancelled": "background: #6e7781; color: white;",
}


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
        self._client = SharedClient()
        self._emulator: RunningEmulator | None = None
        self._emulator_starting: Future[RunningEmulator] | None = None
        self._sequence = 0
        self._current: FetchRecord | None = None
        self._shown: FetchRecord | None = None
        self._latest: FetchRecord | None = None
        self._failed_record: FetchRecord | None = None  # the failure the message box tells of
        self._handles: list[CancelHandle] = []
        self._closing = False
        self._user_started = False  # see _first_step
        loaded = load_settings()
        self.settings: Settings = loaded.settings
        self._settings_writer = SettingsWriter()

        self.request_panel = RequestPanel()
        request_scroll = QScrollArea()
        request_scroll.setWidgetResizable(True)
        request_scroll.setWidget(self.request_panel)
        request_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrollbar = request_scroll.verticalScrollBar().sizeHint().width()
        request_scroll.setMinimumWidth(self.request_panel.minimumSizeHint().width() + scrollbar + 4)

        self.outcome_badge = QLabel()
        self.outcome_badge.setObjectName("outcomeBadge")
        self.outcome_badge.hide()
        self.timing_label = QLabel()
        self.timing_label.setObjectName("timingLabel")
        self.primary_combo = QComboBox()
        self.primary_combo.setObjectName("primaryFormatCombo")
        self.primary_combo.setToolTip("Which format's answer the form and token show")
        self.primary_combo.addItem("Form: first that succeeded", "")
        for fmt in Format:
            self.primary_combo.addItem(f"Form: {fmt.title}", fmt.value)
        self.primary_combo.currentIndexChanged.connect(self._primary_changed)

        self.token_edit = QLineEdit()
        self.token_edit.setObjectName("tokenEdit")
        self.token_edit.setReadOnly(True)
        self.token_edit.setFont(monospace_font())
        self.token_edit.setPlaceholderText("the token appears here")
        self.token_edit.setToolTip("The token received; every other API call takes it")
        self.copy_token_button = QPushButton("&Copy token")
        self.copy_token_button.setObjectName("copyTokenButton")
        self.copy_token_button.setToolTip("Put the token on the clipboard (Ctrl+Shift+C)")
        self.copy_token_button.setEnabled(False)
        self.copy_token_button.clicked.connect(self.copy_token)
        self.renew_token_button = QPushButton("&Renew")
        self.renew_token_button.setObjectName("renewTokenButton")
        self.renew_token_button.setToolTip("Fetch again with this token as token= (Renew Token)")
        self.renew_token_button.setEnabled(False)
        self.renew_token_button.clicked.connect(self.renew_token)

        self.message_label = QLabel()
        self.message_label.setObjectName("responseMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton("Details…")
        self.details_button.setObjectName("detailsButton")
        self.details_button.clicked.connect(self.show_details)
        self.message_box = QWidget()
        self.message_box.setObjectName("responseMessageBox")
        self.message_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        message_layout = QHBoxLayout(self.message_box)
        message_layout.setContentsMargins(8, 6, 8, 6)
        message_layout.addWidget(self.message_label, 1)
        message_layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        self.message_box.hide()

        self.welcome_label = QLabel()
        self.welcome_label.setObjectName("welcomeLabel")
        self.welcome_label.setWordWrap(True)
        self.welcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome_label.setText(
            "<h3>No answer yet</h3><p>Pick where to send the request, enter the partner ID, name "
            "and secret key, and press <b>Fetch</b> (Ctrl+Enter).</p><p>No key at hand? The "
            "<b>Local emulator</b> accepts any secret of 8 or more letters, digits, - or _, "
            "and needs no network.</p>"
        )
        self.try_emulator_button = QPushButton("Try it on the &local emulator")
        self.try_emulator_button.setObjectName("tryEmulatorButton")
        self.try_emulator_button.setToolTip(
            "Switch to the local emulator and fill a demo secret, so Fetch works right away"
        )
        self.try_emulator_button.clicked.connect(self.try_emulator)
        self.welcome = QWidget()
        welcome_layout = QVBoxLayout(self.welcome)
        welcome_layout.addStretch(1)
        welcome_layout.addWidget(self.welcome_label)
        welcome_layout.addWidget(self.try_emulator_button, 0, Qt.AlignmentFlag.AlignHCenter)
        welcome_layout.addStretch(1)

        self.diagnostic_form = DiagnosticForm()
        form_box = QGroupBox("Diagnostic")
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(self.diagnostic_form)
        form_scroll = QScrollArea()
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(form_box)

        self.response_tabs = QTabWidget()
        self.response_tabs.setObjectName("responseTabs")
        self.response_views: dict[Format, ResponseView] = {}
        for fmt in Format:
            # parented from the start so every rawView_* exists before the first fetch
            view = ResponseView(fmt, self.response_tabs)
            view.hide()
            view.message.connect(self.show_status)
            view.loaded.connect(self._compare_when_loaded)
            self.response_views[fmt] = view
        self.compare_view = CompareView(self.response_tabs)
        self.compare_view.hide()
        self.compare_view.fieldSelected.connect(self._mark_field)

        self.answer_splitter = QSplitter(Qt.Orientation.Vertical)
        self.answer_splitter.addWidget(form_scroll)
        self.answer_splitter.addWidget(self.response_tabs)
        self.answer_splitter.setStretchFactor(1, 3)
        self.answer_splitter.setSizes([230, 560])

        summary = QHBoxLayout()
        summary.addWidget(self.outcome_badge)
        summary.addWidget(self.timing_label, 1)
        summary.addWidget(self.primary_combo)
        token_row = QHBoxLayout()
        token_row.addWidget(QLabel("Token"))
        token_row.addWidget(self.token_edit, 1)
        token_row.addWidget(self.copy_token_button)
        token_row.addWidget(self.renew_token_button)
        answer = QWidget()
        answer_layout = QVBoxLayout(answer)
        answer_layout.addLayout(summary)
        answer_layout.addLayout(token_row)
        answer_layout.addWidget(self.message_box)
        answer_layout.addWidget(self.welcome, 1)
        answer_layout.addWidget(self.answer_splitter, 3)
        self.answer_splitter.hide()

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        request_column = QWidget()
        request_layout = QVBoxLayout(request_column)
        request_layout.setContentsMargins(0, 0, 0, 0)
        request_layout.setSpacing(0)
        request_layout.addWidget(request_scroll, 1)
        request_layout.addWidget(self.request_panel.action_bar)
        self.main_splitter.addWidget(request_column)
        self.main_splitter.addWidget(answer)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([380, 820])
        self.setCentralWidget(self.main_splitter)

        self.history: HistoryStore | None = None
        self._recent: dict[int, FetchRecord] = {}  # this session's fetches by history id
        self.history_panel = HistoryPanel()
        self.history_view = self.history_panel.table
        self.history_panel.keep_action.setChecked(self.settings.keep_history)
        self.history_panel.entrySelected.connect(self._history_selected)
        self.history_panel.rerunRequested.connect(self._rerun)
        self.history_panel.deleteRequested.connect(self._delete_history_entry)
        self.history_panel.clearRequested.connect(self._clear_history)
        self.history_panel.keepHistoryToggled.connect(self._keep_history_toggled)
        self.history_panel.retentionRequested.connect(self._edit_retention)
        self.history_dock = QDockWidget("History", self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.history_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        self.resizeDocks([self.history_dock], [150], Qt.Orientation.Vertical)
        self.profiles = ProfilesController(self, self.request_panel, self.settings, self.runner)
        self.profiles.message.connect(self.show_status)
        self.profiles.changed.connect(self._save_settings)
        self.setAcceptDrops(True)

        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.hide()
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self._settings_timer = QTimer(self)
        self._settings_timer.setSingleShot(True)
        self._settings_timer.setInterval(500)
        self._settings_timer.timeout.connect(self._save_settings)
        self._busy_timer = QTimer(self)
        self._busy_timer.setInterval(100)
        self._busy_timer.timeout.connect(self._tick_busy)
        # fetches wait here until their answers have painted; see _record_in_history
        self._unwritten: list[tuple[FetchRecord, str]] = []
        self._to_compare: FetchRecord | None = None  # a big answer, once its text is in
        self._history_timer = QTimer(self)
        self._history_timer.setSingleShot(True)
        self._history_timer.setInterval(100)
        self._history_timer.timeout.connect(self._write_history)

        self._build_menus()
        self.request_panel.fetchRequested.connect(self.fetch)
        self.request_panel.cancelRequested.connect(self.cancel)
        self.request_panel.environmentChanged.connect(self._environment_changed)
        self.request_panel.load(self.settings)
        self._restore_geometry()
        if loaded.notice:
            QTimer.singleShot(0, self, partial(self.show_notice, loaded.notice))
        # requests costs ~85 ms and ~10 MiB to import: a worker loads it once the user starts
        # on the request (typing the secret, say), so a window left idle never pays for it
        # and a Fetch rarely waits for it
        self.request_panel.secret_edit.textEdited.connect(self._first_step)
        self.request_panel.partner_id_edit.textEdited.connect(self._first_step)
        self.request_panel.environment_combo.activated.connect(self._first_step)
        self.request_panel.fetch_button.installEventFilter(self)
        # the history is checked and read on a worker, not before the first paint
        QTimer.singleShot(0, self._open_history)

    # -- menus and shortcuts --------------------------------------------------------------------

    def _build_menus(self) -> None:
        def action(menu: Any, text: str, slot: Any, shortcut: str | None = None) -> QAction:
            item = QAction(text, self)
            if shortcut:
                item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(slot)
            menu.addAction(item)
            return item

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        action(file_menu, "&Open response…", self.open_response, "Ctrl+O")
        action(file_menu, "&Paste response", self.paste_response, "Ctrl+Shift+V")
        file_menu.addSeparator()
        action(file_menu, "Save report as &Markdown…", lambda: self.save_report("md"))
        action(file_menu, "Save report as &HTML…", lambda: self.save_report("html"))
        action(file_menu, "Save compare table as &CSV…", lambda: self.save_report("csv"))
        file_menu.addSeparator()
        # the window, which is the app's when this is embedded: it closes this one in turn
        action(file_menu, "&Quit", lambda: self.window().close(), "Ctrl+Q")
        request_menu = bar.addMenu("&Request")
        action(request_menu, "&Fetch", self.fetch, "Ctrl+Return")
        action(request_menu, "&Cancel", self.cancel)
        action(request_menu, "&Renew token", self.renew_token)
        action(request_menu, "Copy token", self.copy_token, "Ctrl+Shift+C")
        request_menu.addSeparator()
        action(request_menu, "Copy as c&URL", lambda: self.copy_request("curl"), "Ctrl+Shift+U")
        action(request_menu, "Copy as &Python", lambda: self.copy_request("python"))
        action(
            request_menu,
            "Copy as cURL with the real secret…",
            lambda: self.copy_request("curl", reveal=True),
        )
        action(
            request_menu,
            "Copy as Python with the real secret…",
            lambda: self.copy_request("python", reveal=True),
        )
        bar.addMenu(self.profiles.menu)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.history_dock.toggleViewAction())
        action(view_menu, "&Find in answer", self.find_in_answer, "Ctrl+F")
        help_menu = bar.addMenu("&Help")
        action(help_menu, "&Help and shortcuts", self.show_help, "F1")
        samples = help_menu.addMenu("&Docs samples")
        for path in sorted(SAMPLES_DIR.glob("getToken.*")):
            action(samples, path.name, lambda _=False, p=path: self.open_path(p))
        action(help_menu, "&About tiket-gui", self.show_about)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.fetch)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)

    # -- fetching -------------------------------------------------------------------------------

    @property
    def fetching(self) -> bool:
        return self._current is not None

    @property
    def shown_record(self) -> FetchRecord | None:
        """The fetch (or opened file, or history entry) whose answers are on screen."""
        return self._shown

    @property
    def at_rest(self) -> bool:
        """No fetch running and nothing left of the last one: no worker busy, no history row
        waiting to be written, no big answer waiting to be compared."""
        return (
            self._current is None
            and self.runner.active == 0
            and not self._unwritten
            and self._to_compare is None
        )

    @Slot()
    def fetch(self) -> None:
        if self._current is not None:
            return
        panel = self.request_panel
        if panel.environment_kind() is EnvironmentKind.EMULATOR and not panel.emulator_url:
            try:
                self.ensure_emulator()
            except Exception:  # the sentence below covers a start that failed in the worker
                self.show_status(
                    "The local emulator could not start: restart tiket-gui or choose another "
                    "environment."
                )
                return
        requests, problems = self.request_panel.build_requests()
        if problems:
            self.show_status(problems[0].message)
            return
        self._sequence += 1
        kind = self.request_panel.environment_kind()
        first = requests[0]
        record = FetchRecord(
            kind.label,
            first.base_url,
            [r.output for r in requests],
            partner_id=first.partner_id,
            partner_name=first.partner_name,
            sequence=self._sequence,
        )
        self._current = record
        self._handles = [CancelHandle() for _ in requests]
        task = self.runner.submit_all(
            [
                partial(_fetch_on_worker, self._client, request, kind.value, handle)
                for request, handle in zip(requests, self._handles, strict=True)
            ],
            then=_compare_fetched,
        )
        task.done.connect(partial(self._on_outcomes, record.sequence, requests))
        task.failed.connect(partial(self._comparing_failed, record.sequence, requests))
        self._set_busy(True)

    def _on_outcomes(
        self,
        sequence: int,
        requests: list[TokenRequest],
        fetched: tuple[list[FormatOutcome | Failure], Comparison | None],
    ) -> None:
        record = self._current
        if record is None or record.sequence != sequence or self._closing:
            return  # the answers of a fetch that was cancelled or replaced
        results, record.comparison = fetched
        for request, result in zip(requests, results, strict=True):
            record.outcomes[request.output] = (
                self._failed_outcome(request, result) if isinstance(result, Failure) else result
            )
        self._finish(record)

    def _comparing_failed(
        self, sequence: int, requests: list[TokenRequest], error: BaseException, trace: str
    ) -> None:
        """Comparing raised on the worker (a bug): the fetch ends as failed, told and logged
        like any worker that raises, and the answer on screen stays."""
        failure = Failure(error, trace)
        self._on_outcomes(sequence, requests, ([failure] * len(requests), None))

    def _failed_outcome(self, request: TokenRequest, failure: Failure) -> FormatOutcome:
        from tiket_gui.core.redact import scrub  # noqa: PLC0415

        log.error("fetch task failed: %s", scrub(failure.trace, request.secret_key))
        outcome = FormatOutcome(request.output, url=request.redacted_url())
        outcome.error = ParseError(
            "Reading this answer failed unexpectedly; the details are in the log. Try again."
        )
        return outcome

    def _finish(self, record: FetchRecord) -> None:
        record.total_ms = (time.perf_counter() - record.started) * 1000
        self._latest = record
        self._current = None
        self._set_busy(False)
        self._record_in_history(record)
        primary = record.primary()
        if primary is not None and primary.succeeded:
            self.profiles.remember_after_fetch(self.request_panel.secret_edit.text())
        # an unreadable body is shown (error position marked) only when no good answer would
        # be pushed off screen; otherwise it waits in the history
        if record.readable or (self._shown is None and record.has_bodies):
            self._show_record(record)
            renewed = self.request_panel.renew_edit.text()
            primary = record.primary()
            if renewed and primary is not None and primary.succeeded:
                self.request_panel.renew_edit.clear()
        else:
            self._show_failure(record)
        self._settings_timer.start()  # once things are quiet: not while the answer paints
        self.fetchFinished.emit(record)

    @Slot()
    def cancel(self) -> None:
        if self._current is None:
            return
        for handle in self._handles:
            handle.cancel()
        self._current = None
        self._set_busy(False)
        self.show_status("Cancelled: the answer on screen is from the fetch before.")
        self.fetchCancelled.emit()

    @Slot()
    def renew_token(self) -> None:
        token = self.token_edit.text()
        if not token or self._current is not None:
            return
        self.request_panel.renew_edit.setText(token)
        self.fetch()

    def _set_busy(self, busy: bool) -> None:
        if busy:
            # Fetch off, Cancel on, the bar and the clock: all at the first tick (100 ms). A
            # fetch answered sooner would only flash them, and repainting them while the
            # answers arrive delays the answers (the paint and the workers share the GIL).
            # A second Fetch meanwhile is ignored, and Escape cancels.
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.request_panel.set_busy(False)
            self.renew_token_button.setEnabled(bool(self.token_edit.text()))
            self.busy_bar.hide()
            if self.busy_label.text():  # a quick fetch never showed it: no relayout for that
                self.busy_label.clear()

    @Slot()
    def _tick_busy(self) -> None:
        if self._current is not None:
            if not self.busy_bar.isVisible():
                self.request_panel.set_busy(True)
                self.renew_token_button.setEnabled(False)
                self.busy_bar.show()
            elapsed = time.perf_counter() - self._current.started
            self.busy_label.setText(f"Fetching… {elapsed:.1f} s")

    # -- showing --------------------------------------------------------------------------------

    def _show_record(self, record: FetchRecord, *, from_history: bool = False) -> None:
        self._shown = record
        self.welcome.hide()
        self.answer_splitter.show()
        preferred = self._preferred_format()
        primary = record.primary(preferred)
        verdict = record.verdict()
        self._set_badge(verdict)
        self.diagnostic_form.show_result(primary.result if primary else None)
        token = primary.token if primary and primary.result else None
        if self.token_edit.text() != (token or ""):  # the same secret keeps the same token
            self.token_edit.setText(token or "")
        self.copy_token_button.setEnabled(bool(token))
        self.renew_token_button.setEnabled(bool(token) and self._current is None)
        server = primary.result.diagnostic.elapsetime if primary and primary.result else None
        parts = [f"client {record.total_ms:.0f} ms"]
        if server is not None:
            parts.append(f"server {server * 1000:.0f} ms")
        if record.source == "file":
            parts = [f"opened {record.fetched_at:%H:%M:%S}", record.base_url]
        else:
            parts.append(f"fetched {record.fetched_at:%Y-%m-%d %H:%M:%S}")
            parts.append(record.environment)
        if from_history:
            parts.append("from history")
        self.timing_label.setText(" · ".join(parts))

        tabs = self.response_tabs
        shown = [fmt for fmt in Format if fmt in record.outcomes]
        pages: list[QWidget] = [*(self.response_views[fmt] for fmt in shown), self.compare_view]
        if [tabs.widget(index) for index in range(tabs.count())] != pages:
            # the same formats as before keep their tabs: re-adding them costs more than the
            # rest of showing a small answer
            current = tabs.currentWidget()
            tabs.clear()
            for page in pages:
                tabs.addTab(page, "")
            if current in pages:
                tabs.setCurrentWidget(current)
        for fmt in shown:
            self.response_views[fmt].show_outcome(record.outcomes[fmt])
        if record.comparison is None:  # a big answer: compared once its text is in
            self.compare_view.show_comparing(record.outcomes)
            self._to_compare = record
            self._compare_when_loaded()
        else:
            self._to_compare = None
            self.compare_view.show_outcomes(record.outcomes, record.comparison)
        titles = [_tab_title(fmt, record.outcomes[fmt]) for fmt in shown]
        for index, title in enumerate([*titles, "Compare"]):
            if tabs.tabText(index) != title:  # a new title lays the tab bar out again
                tabs.setTabText(index, title)

        failure = record.first_failure()
        if from_history:
            self._show_message(
                f"Showing a fetch from {record.fetched_at:%H:%M:%S}, not the latest.", "info"
            )
        elif failure is not None and failure.error is not None:
            self._show_message(f"{failure.format.title}: {failure.error.message}", "error")
        elif primary is not None and primary.result is not None and primary.result.is_api_error:
            self._show_message(
                primary.result.problems[0]
                if primary.result.problems
                else "The API refused the request.",
                "warning",
            )
        else:
            self.message_box.hide()
        self.show_status(self._status_sentence(record, verdict, token))

    @Slot()
    def _compare_when_loaded(self) -> None:
        """Compare the big answer on screen once every view has its text. A worker busy in
        Python while the pieces go in shares the GIL and the two cores with them: opening
        1 MB of small objects stalled the GUI thread 200-300 ms instead of ~40."""
        record = self._to_compare
        if record is None or any(view.is_loading for view in self.response_views.values()):
            return
        self._to_compare = None
        if record is self._shown:
            self._compare_later(record)

    def _compare_later(self, record: FetchRecord) -> None:
        task = self.runner.submit(partial(compare_outcomes, record.outcomes))
        task.done.connect(partial(self._compared, record))
        task.failed.connect(partial(self._comparing_later_failed, record))

    def _compared(self, record: FetchRecord, comparison: Comparison) -> None:
        record.comparison = comparison
        if self._shown is record:  # its bodies are in the tab since show_comparing
            self.compare_view.show_comparison(comparison)

    def _comparing_later_failed(
        self, record: FetchRecord, _error: BaseException, trace: str
    ) -> None:
        log.error("comparing the formats failed: %s", trace)
        if self._shown is record:
            self.compare_view.show_not_compared(
                "The formats could not be compared (the details are in the log); the answers "
                "themselves are in their tabs."
            )

    def _show_failure(self, record: FetchRecord) -> None:
        failure = record.first_failure()
        message = failure.error.message if failure and failure.error else "The fetch failed."
        self._set_badge(record.verdict())
        if self._shown is not None:
            message += (
                f" The answer below is from {self._shown.fetched_at:%H:%M:%S} and is not current."
            )
            if record.has_bodies:
                message += " Select the fetch in the history to see what came back."
            self.timing_label.setText(
                f"not current · fetched {self._shown.fetched_at:%H:%M:%S} · failed just now"
            )
        self._failed_record = record
        self._show_message(message, "error")
        self.show_status(failure.error.message if failure and failure.error else message)

    def _status_sentence(self, record: FetchRecord, verdict: str, token: str | None) -> str:
        count = len(record.outcomes)
        formats = f"{count} format{'s' if count != 1 else ''}"
        if record.source == "file":
            read = ", ".join(fmt.title for fmt in record.outcomes)
            return f"Read {record.base_url} as {read}."
        if verdict == "OK":
            return f"Token received in {formats} in {record.total_ms:.0f} ms."
        if verdict == "API error":
            return f"The API answered with an error ({formats})."
        failure = record.first_failure()
        return failure.error.message if failure and failure.error else f"Fetched {formats}."

    def _set_badge(self, verdict: str) -> None:
        self.outcome_badge.setText(f" {verdict} ")
        set_style(
            self.outcome_badge,
            f"QLabel {{ {_BADGE_STYLES.get(verdict, '')} border-radius: 4px; padding: 2px 8px; "
            "font-weight: bold; }",
        )
        self.outcome_badge.show()

    def _show_message(self, text: str, level: str) -> None:
        colours = {
            "error": "rgba(207, 34, 46, 0.16)",
            "warning": "rgba(191, 135, 0, 0.18)",
            "info": "rgba(9, 105, 218, 0.14)",
        }
        self.message_label.setText(text)
        set_style(
            self.message_box,
            f"#responseMessageBox {{ background: {colours[level]}; border-radius: 4px; }}",
        )
        self.details_button.setVisible(level == "error")
        self.message_box.show()

    @Slot()
    def show_details(self) -> None:
        record = self._failed_record if self.message_box.isVisible() else None
        candidates = [r for r in (record, self._shown) if r is not None]
        lines: list[str] = []
        for candidate in candidates:
            for outcome in candidate.outcomes.values():
                if outcome.error is not None:
                    lines.append(f"{outcome.format.title}: {outcome.error.message}")
                    lines.append(f"  URL: {outcome.url}")
                    if outcome.error.detail:
                        lines.append("  " + outcome.error.detail.replace("\n", "\n  "))
            if lines:
                break
        box = QMessageBox(self)
        box.setWindowTitle("Details")
        box.setIcon(QMessageBox.Icon.Information)
        box.setText("What went wrong, technically (secret masked):")
        box.setDetailedText("\n".join(lines) or "No technical detail was recorded.")
        box.open()

    def show_notice(self, message: str) -> None:
        """Something the user must not miss (a file moved aside): the status bar moves on,
        the response area keeps it until the next answer."""
        self.show_status(message)
        self._show_message(message, "warning")

    @Slot(str)
    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message)

    @Slot()
    def copy_token(self) -> None:
        token = self.token_edit.text()
        if not token:
            self.show_status("There is no token to copy yet: fetch one first.")
            return
        QGuiApplication.clipboard().setText(token)
        self.show_status("Token copied to the clipboard.")

    @Slot()
    def find_in_answer(self) -> None:
        widget = self.response_tabs.currentWidget()
        if isinstance(widget, ResponseView):
            widget.open_find()

    @Slot(str)
    def _mark_field(self, path: str) -> None:
        for view in self.response_views.values():
            if view.outcome is not None and not view.tree_button.isChecked():
                view.mark_field(path)

    @Slot()
    def _primary_changed(self, *_: object) -> None:
        self.settings.primary_format = str(self.primary_combo.currentData())
        if self._shown is not None:
            self._show_record(self._shown)

    def _preferred_format(self) -> Format | None:
        value = self.primary_combo.currentData()
        return Format(value) if value else None

    # -- history --------------------------------------------------------------------------------

    @Slot()
    def _open_history(self) -> None:
        settings = self.settings
        where = self.history_panel.current_filter()

        def open_store() -> tuple[HistoryStore, str, HistoryPage]:
            # sqlite, the integrity check and the first page load in the worker, not before
            # the first paint nor on the GUI thread
            from tiket_gui.core.history import HistoryStore  # noqa: PLC0415

            store, notice = HistoryStore.open()
            if settings.keep_history:
                store.prune(
                    max_count=settings.history_max_count, max_age_days=settings.history_max_days
                )
            return store, notice, store.page(where, PAGE_SIZE)

        task = self.runner.submit(open_store)
        task.done.connect(self._history_opened)
        task.failed.connect(
            lambda _error, _trace: self.show_status(
                "The history could not be opened (the data folder is not writable); fetches "
                "are not recorded this session."
            )
        )

    def _history_opened(self, opened: tuple[HistoryStore, str, HistoryPage]) -> None:
        store, notice, page = opened
        self.history = store
        self.history_panel.attach(store, page)
        if notice:
            self.show_notice(notice)

    def _record_in_history(self, record: FetchRecord) -> None:
        """Queue the fetch for the history; a worker writes it 100 ms later. Written at once,
        the worker held the GIL while the answers painted: the paint took 6 ms instead of 1.5
        (S4), for a row the user reads only after."""
        if self.history is None or not self.settings.keep_history:
            return
        # the secret as it was for this fetch: the store scrubs it from what it keeps
        self._unwritten.append((record, self.request_panel.secret_edit.text()))
        if not self._history_timer.isActive():
            self._history_timer.start()

    @Slot()
    def _write_history(self) -> None:
        store = self.history
        entries, self._unwritten = self._unwritten, []
        if store is None or not entries:
            return
        settings = self.settings
        where = self.history_panel.current_filter()

        def write() -> tuple[list[int], HistoryPage]:
            fetch_ids = [store.add(record, secret=secret) for record, secret in entries]
            store.prune(
                max_count=settings.history_max_count, max_age_days=settings.history_max_days
            )
            return fetch_ids, store.page(where, PAGE_SIZE)

        records = [record for record, _secret in entries]
        task = self.runner.submit(write)
        task.done.connect(lambda written: self._history_written(written[0], written[1], records))
        task.failed.connect(
            lambda _error, _trace: self.show_status(
                "This fetch could not be added to the history (is the disk full?); it is still "
                "on screen."
            )
        )

    def _history_written(
        self, fetch_ids: list[int], page: HistoryPage, records: list[FetchRecord]
    ) -> None:
        for fetch_id, record in zip(fetch_ids, records, strict=True):
            record.history_id = fetch_id
            self._recent[fetch_id] = record
        while len(self._recent) > 20:
            self._recent.pop(next(iter(self._recent)))
        self.history_panel.show_page(page)
        self.history_panel.select_newest()
        self.historyChanged.emit()

    @Slot(int)
    def _history_selected(self, fetch_id: int) -> None:
        recent = self._recent.get(fetch_id)
        if recent is not None:
            self._show_saved(recent)
            return
        store = self.history
        if store is None:
            return

        def load() -> FetchRecord | None:
            record = store.load(fetch_id)
            if record is not None:
                for outcome in record.outcomes.values():
                    if outcome.error is None or not outcome.body:
                        read_answer(outcome, live=False, with_pretty=True)
                record.comparison = compare_if_small(record.outcomes)
            return record

        task = self.runner.submit(load)
        task.done.connect(self._history_loaded)

    def _history_loaded(self, record: FetchRecord | None) -> None:
        if record is None:
            self.show_status("That entry is no longer in the history.")
            return
        self._show_saved(record)

    def _show_saved(self, record: FetchRecord) -> None:
        if record.readable or record.has_bodies:
            self._show_record(record, from_history=record is not self._latest)
        else:
            self._failed_record = record
            failure = record.first_failure()
            if failure and failure.error:
                self._show_message(f"That fetch failed: {failure.error.message}", "error")
        self.historyShown.emit(record)

    @Slot(int)
    def _rerun(self, fetch_id: int) -> None:
        summary = self.history_panel.model.summary_for(fetch_id)
        if summary is None:
            return
        self.request_panel.fill_from_history(
            summary.environment,
            summary.base_url,
            (summary.partner_id, summary.partner_name),
            list(summary.formats),
        )
        self.request_panel.fetch_button.setFocus()
        self.show_status("Request filled from the history: check the secret and press Fetch.")

    @Slot(int)
    def _delete_history_entry(self, fetch_id: int) -> None:
        if self.history is not None:
            self.history.delete(fetch_id)
            self._recent.pop(fetch_id, None)
            self.history_panel.refresh()
            self.show_status("History entry deleted.")

    @Slot()
    def _clear_history(self) -> None:
        if self.history is None:
            return
        answer = QMessageBox.question(
            self, "Clear history", "Delete every entry of the history? This cannot be undone."
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._unwritten.clear()
            self.history.clear()
            self._recent.clear()
            self.history_panel.refresh()
            self.show_status("History cleared.")

    @Slot(bool)
    def _keep_history_toggled(self, keep: bool) -> None:
        self.settings.keep_history = keep
        self._save_settings()
        self.show_status(
            "Fetches are recorded in the history."
            if keep
            else "Fetches are no longer recorded; the history so far is kept until you clear it."
        )

    @Slot()
    def _edit_retention(self) -> None:
        count, accepted = QInputDialog.getInt(
            self,
            "History retention",
            "Keep at most this many entries (0: no limit):",
            self.settings.history_max_count,
            0,
            1_000_000,
        )
        if not accepted:
            return
        days, accepted = QInputDialog.getInt(
            self,
            "History retention",
            "Delete entries older than this many days (0: never):",
            self.settings.history_max_days,
            0,
            36500,
        )
        if not accepted:
            return
        self.settings.history_max_count = count
        self.settings.history_max_days = days
        self._save_settings()
        if self.history is not None:
            removed = self.history.prune(max_count=count, max_age_days=days)
            self.history_panel.refresh()
            self.show_status(f"Retention set; {removed} old entries removed.")

    # -- opening saved answers, exporting ---------------------------------------------------------

    @Slot()
    def open_response(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a saved answer", "", "Answers (*.json *.xml *.txt *.log);;All files (*)"
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        try:
            size = path.stat().st_size
        except OSError as error:
            self.show_status(f"Could not read {path}: {error.strerror or 'unreadable'}.")
            return
        if size > OPEN_LIMIT_BYTES:
            self.show_status(
                f"{path.name} is {size / 1024 / 1024:.0f} MB; answers over "
                f"{OPEN_LIMIT_BYTES // 1024 // 1024} MB are not opened. Cut out the answer."
            )
            return
        # read on the worker too: 10 MB held the GUI thread ~5 ms, a slow disk far longer
        self._open(lambda: read_saved(path.read_bytes(), path.name), str(path))

    @Slot()
    def paste_response(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_status("The clipboard holds no text to read as an answer.")
            return
        self.open_bytes(text.encode("utf-8"), "the clipboard")

    def open_bytes(self, body: bytes, name: str) -> None:
        self._open(lambda: read_saved(body, name), name)

    def _open(self, read: Callable[[], FetchRecord], name: str) -> None:
        task = self.runner.submit(read)
        task.done.connect(self._show_opened)
        task.failed.connect(lambda error, trace: self._open_failed(name, error, trace))

    def _open_failed(self, name: str, error: BaseException, trace: str) -> None:
        if isinstance(error, OSError):
            self.show_status(f"Could not read {name}: {error.strerror or 'unreadable'}.")
            return
        from tiket_gui.core.redact import scrub  # noqa: PLC0415

        log.error(
            "opening %s failed: %s", name, scrub(trace, self.request_panel.secret_edit.text())
        )
        self.show_status(
            f"{name} could not be read as an answer; the log has the details. Try another file."
        )

    def _show_opened(self, record: FetchRecord) -> None:
        self._show_record(record)
        outcome = next(iter(record.outcomes.values()))
        if outcome.error is None:
            self._show_message(
                f"Showing {record.base_url}, read as {outcome.format.title}.", "info"
            )
        self.answerOpened.emit(record)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        files = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
        if files:
            self.open_path(Path(files[0]))
        elif data.hasText():
            self.open_bytes(data.text().encode("utf-8"), "the dropped text")
        event.acceptProposedAction()

    def copy_request(self, kind: str, *, reveal: bool = False) -> None:
        requests, problems = self.request_panel.build_requests()
        blocking = [p for p in problems if p.field != "secret_key" or reveal]
        if not requests or blocking:
            self.show_status(
                (blocking or problems)[0].message if (blocking or problems) else "Nothing to copy."
            )
            return
        if reveal:
            answer = QMessageBox.warning(
                self,
                "Copy with the real secret",
                "The copied text will contain your secret key in plain text. Anyone who sees it "
                "can get tokens as you. Copy it anyway?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        from tiket_gui.core.export import as_python  # noqa: PLC0415  (used on demand)

        request = requests[0]
        text = (
            request.as_curl(reveal_secret=reveal)
            if kind == "curl"
            else as_python(request, reveal_secret=reveal)
        )
        QGuiApplication.clipboard().setText(text)
        what = "cURL line" if kind == "curl" else "Python snippet"
        self.show_status(
            f"{what} copied with the real secret: paste it only where it is safe."
            if reveal
            else f"{what} copied; it reads the secret from $TIKET_SECRET_KEY."
        )

    def save_report(self, kind: str) -> None:
        record = self._shown
        if record is None:
            self.show_status("There is no answer to save yet: fetch or open one first.")
            return
        names = {"md": "Markdown (*.md)", "html": "HTML (*.html)", "csv": "CSV (*.csv)"}
        path, _ = QFileDialog.getSaveFileName(
            self, "Save", f"getToken-{record.fetched_at:%Y%m%d-%H%M%S}.{kind}", names[kind]
        )
        if path:
            self.write_report(Path(path), kind, record)

    def write_report(self, path: Path, kind: str, record: FetchRecord) -> None:
        from tiket_gui.core.export import (  # noqa: PLC0415  (used on demand)
            compare_csv,
            report_html,
            report_markdown,
        )

        render = {"md": report_markdown, "html": report_html, "csv": compare_csv}[kind]
        try:
            write_atomically(path, render(record))
        except OSError as error:
            self.show_status(
                f"Could not save {path.name}: {error.strerror or 'write failed'}. "
                "Choose another folder."
            )
            return
        self.show_status(f"Saved {path}.")

    # -- environment and emulator ---------------------------------------------------------------

    @Slot(str)
    def _environment_changed(self, kind: str) -> None:
        if EnvironmentKind(kind) is not EnvironmentKind.EMULATOR:
            return
        if self._emulator is not None:
            self.request_panel.set_emulator_url(self._emulator.base_url)
            return
        if not self._user_started:
            # the emulator with the HTTP server and OpenSSL it loads costs ~9 MiB: a window
            # left idle never starts it; the user's first step does (_first_step)
            return
        if self._emulator_starting is None:
            # the server module costs ~65 ms to import: a worker loads and starts it; a Fetch
            # pressed before it is ready waits for it (ensure_emulator)
            starting: Future[RunningEmulator] = Future()
            self._emulator_starting = starting
            task = self.runner.submit(partial(_start_emulator, starting))
            task.done.connect(self._emulator_ready)
            task.failed.connect(self._emulator_failed)

    def ensure_emulator(self) -> str:
        """The in-process emulator's URL, starting it on 127.0.0.1:0 if need be (once; it stops
        when the window closes)."""
        if self._emulator is None:
            if self._emulator_starting is not None:
                self._emulator = self._emulator_starting.result(timeout=10)
            else:
                from tiket_gui.emulator import start_in_thread  # noqa: PLC0415

                self._emulator = start_in_thread()
            self.request_panel.set_emulator_url(self._emulator.base_url)
            self.show_status(f"Local emulator running at {self._emulator.base_url}.")
        return self._emulator.base_url

    def _emulator_ready(self, running: RunningEmulator) -> None:
        if self._closing:
            threading.Thread(target=running.stop, daemon=True).start()
            return
        if self._emulator is None:
            self._emulator = running
            self.show_status(f"Local emulator running at {running.base_url}.")
        self.request_panel.set_emulator_url(running.base_url)

    def _emulator_failed(self, _error: BaseException, _trace: str) -> None:
        self._emulator_starting = None
        self.request_panel.emulator_problem = (
            "The local emulator could not start (no free local port?): restart tiket-gui or "
            "choose another environment."
        )
        self.request_panel.set_emulator_url("")

    @Slot()
    def _first_step(self) -> None:
        """The user's first step (typing, a pointer on Fetch, choosing an environment): what a
        fetch needs starts loading on a worker."""
        if self._user_started:
            return
        self._user_started = True
        # every event of the button passed through Python for this one use
        self.request_panel.fetch_button.removeEventFilter(self)
        self._environment_changed(self.request_panel.environment_kind().value)

        def load() -> None:
            # requests (~85 ms) before the first Fetch needs it; the XML reader waits for the
            # first XML answer, on its worker
            import tiket_gui.core.client  # noqa: F401, PLC0415

        self.runner.submit(load)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a pointer on Fetch is a fetch about to happen
        if event.type() == QEvent.Type.Enter and watched is self.request_panel.fetch_button:
            self._first_step()
        return super().eventFilter(watched, event)

    # -- settings and closing -------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = self.settings
        if not self.isWindow():
            pass  # the window that holds this one has sized itself
        elif settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode()))
        else:
            self.resize(1200, 800)
        if settings.window_state:
            self.restoreState(QByteArray.fromBase64(settings.window_state.encode()))
        for splitter, state in (
            (self.main_splitter, settings.splitter_state),
            (self.answer_splitter, settings.answer_splitter_state),
        ):
            if state:
                splitter.restoreState(QByteArray.fromBase64(state.encode()))
        index = self.primary_combo.findData(settings.primary_format)
        self.primary_combo.setCurrentIndex(max(index, 0))

    def _take_settings(self) -> None:
        self.request_panel.store(self.settings)
        self.settings.window_geometry = _base64(self.window().saveGeometry())
        self.settings.window_state = _base64(self.saveState())
        self.settings.splitter_state = _base64(self.main_splitter.saveState())
        self.settings.answer_splitter_state = _base64(self.answer_splitter.saveState())

    @Slot()
    def _save_settings(self) -> None:
        """After a fetch or a profile change: written by a worker, in order."""
        self._take_settings()
        ticket, text = self._settings_writer.snapshot(self.settings)
        task = self.runner.submit(partial(self._settings_writer.write, ticket, text))
        task.failed.connect(lambda error, _trace: self._settings_not_saved(error))

    def _save_settings_now(self) -> None:
        """On close: the process may end right after."""
        self._take_settings()
        ticket, text = self._settings_writer.snapshot(self.settings)
        try:
            self._settings_writer.write(ticket, text)
        except OSError as error:
            self._settings_not_saved(error)

    def _settings_not_saved(self, error: BaseException) -> None:
        reason = (error.strerror if isinstance(error, OSError) else None) or "write failed"
        self.show_status(
            f"Settings could not be saved ({reason}); the old ones are kept. Check the disk space."
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        for handle in self._handles:
            handle.cancel()
        self._current = None
        # cancelled sockets wake their workers at once; waiting lets the emulator and the
        # history be closed after the last worker that uses them
        self.runner.wait_for_done(5000)
        self._history_timer.stop()
        self._write_history()  # the last fetches: written by then, as the next line waits
        self.runner.wait_for_done(5000)
        self._settings_timer.stop()
        self._save_settings_now()
        if self._emulator is None and self._emulator_starting is not None:
            # the worker that starts it has finished (the runner was waited for above)
            with contextlib.suppress(Exception):
                self._emulator = self._emulator_starting.result(timeout=0)
        if self._emulator is not None:
            # its serving loop notices within 50 ms; the window need not wait for that
            threading.Thread(target=self._emulator.stop, daemon=True).start()
            self._emulator = None
        self._client.close()
        super().closeEvent(event)

    # -- help -----------------------------------------------------------------------------------

    @Slot()
    def try_emulator(self) -> None:
        """First run: the emulator, the docs' partner, and a demo secret it accepts."""
        self._first_step()
        panel = self.request_panel
        panel.environment_combo.setCurrentIndex(
            panel.environment_combo.findData(EnvironmentKind.EMULATOR.value)
        )
        if not panel.partner_id_edit.text():
            panel.partner_id_edit.setText("123456789")
        if not panel.partner_name_edit.text():
            panel.partner_name_edit.setText("Partner Name")
        if not panel.secret_edit.text():
            panel.secret_edit.setText("demo-secret-1")
        panel.fetch_button.setFocus()
        self.show_status("Local emulator ready with a demo secret: press Fetch (Ctrl+Enter).")

    @Slot()
    def show_help(self) -> None:
        from tiket_gui.ui.help_dialogs import HelpDialog  # noqa: PLC0415  (used on demand)

        HelpDialog(self).open()

    @Slot()
    def show_about(self) -> None:
        from tiket_gui.ui.help_dialogs import AboutDialog  # noqa: PLC0415  (used on demand)

        AboutDialog(self).open()


class SharedClient:
    """The window's one TokenClient, made by the first worker that needs it: importing
    requests on the GUI thread held it ~85 ms at the first Fetch."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._client: TokenClient | None = None

    def get(self) -> TokenClient:
        with self._lock:
            if self._client is None:
                from tiket_gui.core.client import TokenClient  # noqa: PLC0415

                self._client = TokenClient()
            return self._client

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client.close()
                self._client = None


def _fetch_on_worker(
    client: SharedClient, request: TokenRequest, env: str, cancel: CancelHandle
) -> FormatOutcome:
    from tiket_gui.core.outcome import fetch_and_read  # noqa: PLC0415

    return fetch_and_read(client.get(), request, env=env, cancel=cancel, with_pretty=True)


def _compare_fetched(
    results: list[FormatOutcome | Failure],
) -> tuple[list[FormatOutcome | Failure], Comparison | None]:
    """On the worker that fetched last: small answers compared, off the GUI thread."""
    read = {result.format: result for result in results if isinstance(result, FormatOutcome)}
    return results, compare_if_small(read)


def _start_emulator(starting: Future[RunningEmulator]) -> RunningEmulator:
    """Runs on a worker: import and start the emulator, and hand it to whoever waits."""
    try:
        from tiket_gui.emulator import start_in_thread  # noqa: PLC0415

        running = start_in_thread()
    except BaseException as error:
        starting.set_exception(error)
        raise
    starting.set_result(running)
    return running


def _base64(state: QByteArray) -> str:
    return bytes(state.toBase64().data()).decode("ascii")


def _tab_title(fmt: Format, outcome: FormatOutcome) -> str:
    return fmt.title if outcome.error is None else f"⚠ {fmt.title}"
