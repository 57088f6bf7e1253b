"""The workbench window: the request on the left, the answer in every format on the right."""

from __future__ import annotations

import logging
import time
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
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

from tiket_gui.core.environments import EnvironmentKind
from tiket_gui.core.errors import ParseError
from tiket_gui.core.formats import Format
from tiket_gui.core.outcome import FetchRecord, FormatOutcome
from tiket_gui.core.request import TokenRequest
from tiket_gui.core.settings import Settings, load_settings, save_settings
from tiket_gui.ui.compare_view import CompareView
from tiket_gui.ui.diagnostic_form import DiagnosticForm
from tiket_gui.ui.request_panel import RequestPanel
from tiket_gui.ui.response_view import ResponseView, monospace_font
from tiket_gui.ui.workers import BackgroundRunner

if TYPE_CHECKING:
    from tiket_gui.core.client import CancelHandle, TokenClient
    from tiket_gui.emulator import RunningEmulator

log = logging.getLogger("tiket_gui.ui")

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
    """

    fetchFinished = Signal(object)
    fetchCancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("tiket-gui — getToken workbench")
        self.runner = BackgroundRunner(max_threads=6, parent=self)
        self._client: TokenClient | None = None
        self._emulator: RunningEmulator | None = None
        self._sequence = 0
        self._current: FetchRecord | None = None
        self._shown: FetchRecord | None = None
        self._handles: list[CancelHandle] = []
        self._closing = False
        loaded = load_settings()
        self.settings: Settings = loaded.settings

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

        self.welcome = QLabel()
        self.welcome.setObjectName("welcomeLabel")
        self.welcome.setWordWrap(True)
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.welcome.setText(
            "<h3>No answer yet</h3><p>Pick where to send the request, enter the partner ID, name "
            "and secret key, and press <b>Fetch</b> (Ctrl+Enter).</p><p>No key at hand? The "
            "<b>Local emulator</b> accepts any secret of 8 or more letters, digits, - or _, "
            "and needs no network.</p>"
        )

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
        self.main_splitter.addWidget(request_scroll)
        self.main_splitter.addWidget(answer)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([380, 820])
        self.setCentralWidget(self.main_splitter)

        self.history_view = QListWidget()
        self.history_view.setObjectName("historyView")
        self.history_view.setToolTip("This session's fetches; select one to show it again")
        self.history_view.currentItemChanged.connect(self._history_selected)
        self.history_dock = QDockWidget("History", self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setWidget(self.history_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        self.resizeDocks([self.history_dock], [110], Qt.Orientation.Vertical)

        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.hide()
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self._busy_timer = QTimer(self)
        self._busy_timer.setInterval(100)
        self._busy_timer.timeout.connect(self._tick_busy)

        self._build_menus()
        self.request_panel.fetchRequested.connect(self.fetch)
        self.request_panel.cancelRequested.connect(self.cancel)
        self.request_panel.environmentChanged.connect(self._environment_changed)
        self.request_panel.load(self.settings)
        self._restore_geometry()
        if loaded.notice:
            QTimer.singleShot(0, lambda: self.show_status(loaded.notice))
        # requests and the XML reader cost as much to import as Qt: after the first paint
        QTimer.singleShot(150, self._preload)

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
        action(file_menu, "&Quit", self.close, "Ctrl+Q")
        request_menu = bar.addMenu("&Request")
        action(request_menu, "&Fetch", self.fetch, "Ctrl+Return")
        action(request_menu, "&Cancel", self.cancel)
        action(request_menu, "&Renew token", self.renew_token)
        action(request_menu, "Copy token", self.copy_token, "Ctrl+Shift+C")
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.history_dock.toggleViewAction())
        action(view_menu, "&Find in answer", self.find_in_answer, "Ctrl+F")
        help_menu = bar.addMenu("&Help")
        action(help_menu, "&Shortcuts", self.show_shortcuts)
        action(help_menu, "&About tiket-gui", self.show_about)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.fetch)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)

    # -- fetching -------------------------------------------------------------------------------

    @Slot()
    def fetch(self) -> None:
        if self._current is not None:
            return
        requests, problems = self.request_panel.build_requests()
        if problems:
            self.show_status(problems[0].message)
            return
        from tiket_gui.core.client import CancelHandle  # noqa: PLC0415  (after first paint)
        from tiket_gui.core.outcome import fetch_and_read  # noqa: PLC0415

        client = self._token_client()
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
        self._handles = []
        for request in requests:
            handle = CancelHandle()
            self._handles.append(handle)
            task = self.runner.submit(
                partial(
                    fetch_and_read, client, request, env=kind.value, cancel=handle, with_pretty=True
                )
            )
            task.done.connect(partial(self._on_outcome, record.sequence))
            task.failed.connect(partial(self._on_task_failed, record.sequence, request))
        self._set_busy(True)

    def _token_client(self) -> TokenClient:
        if self._client is None:
            from tiket_gui.core.client import TokenClient  # noqa: PLC0415

            self._client = TokenClient()
        return self._client

    def _on_outcome(self, sequence: int, outcome: FormatOutcome) -> None:
        record = self._current
        if record is None or record.sequence != sequence or self._closing:
            return  # a late answer of a fetch that was cancelled or replaced
        record.outcomes[outcome.format] = outcome
        if record.complete:
            self._finish(record)

    def _on_task_failed(
        self, sequence: int, request: TokenRequest, error: BaseException, trace: str
    ) -> None:
        from tiket_gui.core.request import scrub  # noqa: PLC0415

        log.error("fetch task failed: %s", scrub(trace, request.secret_key))
        outcome = FormatOutcome(request.output, url=request.redacted_url())
        outcome.error = ParseError(
            "Reading this answer failed unexpectedly; the details are in the log. Try again."
        )
        self._on_outcome(sequence, outcome)

    def _finish(self, record: FetchRecord) -> None:
        record.total_ms = (time.perf_counter() - record.started) * 1000
        self._current = None
        self._set_busy(False)
        self._add_history(record)
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
        self._save_settings()
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
        self.request_panel.set_busy(busy)
        self.busy_bar.setVisible(busy)
        self.renew_token_button.setEnabled(not busy and bool(self.token_edit.text()))
        if busy:
            self._busy_timer.start()
            self._tick_busy()
        else:
            self._busy_timer.stop()
            self.busy_label.clear()

    @Slot()
    def _tick_busy(self) -> None:
        if self._current is not None:
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
        self.token_edit.setText(token or "")
        self.copy_token_button.setEnabled(bool(token))
        self.renew_token_button.setEnabled(bool(token) and self._current is None)
        server = primary.result.diagnostic.elapsetime if primary and primary.result else None
        parts = [f"client {record.total_ms:.0f} ms"]
        if server is not None:
            parts.append(f"server {server * 1000:.0f} ms")
        parts.append(f"fetched {record.fetched_at:%H:%M:%S}")
        parts.append(record.environment)
        if from_history:
            parts.append("from history")
        self.timing_label.setText(" · ".join(parts))

        current_tab = self.response_tabs.tabText(self.response_tabs.currentIndex())
        self.response_tabs.clear()
        for fmt in Format:
            if fmt in record.outcomes:
                view = self.response_views[fmt]
                view.show_outcome(record.outcomes[fmt])
                self.response_tabs.addTab(view, _tab_title(fmt, record.outcomes[fmt]))
        self.compare_view.show_outcomes(record.outcomes)
        self.response_tabs.addTab(self.compare_view, "Compare")
        for index in range(self.response_tabs.count()):
            if self.response_tabs.tabText(index).lstrip("⚠ ") == current_tab.lstrip("⚠ "):
                self.response_tabs.setCurrentIndex(index)

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
        if verdict == "OK":
            return f"Token received in {formats} in {record.total_ms:.0f} ms."
        if verdict == "API error":
            return f"The API answered with an error ({formats})."
        failure = record.first_failure()
        return failure.error.message if failure and failure.error else f"Fetched {formats}."

    def _set_badge(self, verdict: str) -> None:
        self.outcome_badge.setText(f" {verdict} ")
        self.outcome_badge.setStyleSheet(
            f"QLabel {{ {_BADGE_STYLES.get(verdict, '')} border-radius: 4px; padding: 2px 8px; "
            "font-weight: bold; }"
        )
        self.outcome_badge.show()

    def _show_message(self, text: str, level: str) -> None:
        colours = {
            "error": "rgba(207, 34, 46, 0.16)",
            "warning": "rgba(191, 135, 0, 0.18)",
            "info": "rgba(9, 105, 218, 0.14)",
        }
        self.message_label.setText(text)
        self.message_box.setStyleSheet(
            f"#responseMessageBox {{ background: {colours[level]}; border-radius: 4px; }}"
        )
        self.details_button.setVisible(level == "error")
        self.message_box.show()

    @Slot()
    def show_details(self) -> None:
        record = getattr(self, "_failed_record", None) if self.message_box.isVisible() else None
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

    # -- history (this session) -----------------------------------------------------------------

    def _add_history(self, record: FetchRecord) -> None:
        formats = ", ".join(fmt.title for fmt in record.formats)
        item = QListWidgetItem(
            f"{record.fetched_at:%H:%M:%S}  ·  {record.verdict()}  ·  {record.environment}  ·  "
            f"{formats}  ·  {record.total_ms:.0f} ms"
        )
        item.setData(Qt.ItemDataRole.UserRole, record)
        self.history_view.blockSignals(True)
        self.history_view.insertItem(0, item)
        self.history_view.setCurrentItem(item)
        self.history_view.blockSignals(False)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _history_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        record = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(record, FetchRecord) and (record.readable or record.has_bodies):
            self._show_record(record, from_history=self.history_view.row(item) != 0)
        elif isinstance(record, FetchRecord):
            self._failed_record = record
            failure = record.first_failure()
            if failure and failure.error:
                self._show_message(f"That fetch failed: {failure.error.message}", "error")

    # -- environment and emulator ---------------------------------------------------------------

    @Slot(str)
    def _environment_changed(self, kind: str) -> None:
        if EnvironmentKind(kind) is EnvironmentKind.EMULATOR:
            self.request_panel.set_emulator_url(self.ensure_emulator())

    def ensure_emulator(self) -> str:
        """Start the in-process emulator on 127.0.0.1:0 once; it stops when the window closes."""
        if self._emulator is None:
            from tiket_gui.emulator import start_in_thread  # noqa: PLC0415

            self._emulator = start_in_thread()
            self.show_status(f"Local emulator running at {self._emulator.base_url}.")
        return self._emulator.base_url

    def _preload(self) -> None:
        def load() -> None:
            import xmltodict  # noqa: F401, PLC0415

            import tiket_gui.core.client  # noqa: F401, PLC0415

        self.runner.submit(load)

    # -- settings and closing -------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = self.settings
        if settings.window_geometry:
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

    def _save_settings(self) -> None:
        self.request_panel.store(self.settings)
        self.settings.window_geometry = _base64(self.saveGeometry())
        self.settings.window_state = _base64(self.saveState())
        self.settings.splitter_state = _base64(self.main_splitter.saveState())
        self.settings.answer_splitter_state = _base64(self.answer_splitter.saveState())
        try:
            save_settings(self.settings)
        except OSError as error:
            self.show_status(
                f"Settings could not be saved ({error.strerror or 'write failed'}); the old "
                "ones are kept. Check the disk space."
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        for handle in self._handles:
            handle.cancel()
        self._current = None
        # cancelled sockets wake their workers at once; waiting keeps Qt from destroying a
        # thread that still runs
        self.runner.wait_for_done(5000)
        self._save_settings()
        if self._emulator is not None:
            self._emulator.stop()
            self._emulator = None
        if self._client is not None:
            self._client.close()
        super().closeEvent(event)

    # -- help -----------------------------------------------------------------------------------

    @Slot()
    def show_shortcuts(self) -> None:
        QMessageBox.information(
            self,
            "Shortcuts",
            "Ctrl+Enter  Fetch\nEsc  Cancel the fetch\nCtrl+Shift+C  Copy the token\n"
            "Ctrl+F  Find in the answer\nCtrl+Q  Quit",
        )

    @Slot()
    def show_about(self) -> None:
        from PySide6 import __version__ as pyside_version  # noqa: PLC0415
        from PySide6.QtCore import qVersion  # noqa: PLC0415

        from tiket_gui import __version__  # noqa: PLC0415

        QMessageBox.about(
            self,
            "About tiket-gui",
            f"<b>tiket-gui {__version__}</b><br>A workbench for the tiket.com getToken call."
            f"<br><br>Qt {qVersion()} · PySide6 {pyside_version}<br>MIT licence",
        )


def _base64(state: QByteArray) -> str:
    return bytes(state.toBase64().data()).decode("ascii")


def _tab_title(fmt: Format, outcome: FormatOutcome) -> str:
    return fmt.title if outcome.error is None else f"⚠ {fmt.title}"
