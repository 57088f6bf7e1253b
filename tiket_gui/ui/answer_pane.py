"""The answer side of the window: verdict, timing, the token, a notice, the diagnostic form and a
tab per format, then Compare. It shows what it is given; AnswerController decides what."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tiket_gui.core.calls import Call
from tiket_gui.core.formats import Format
from tiket_gui.core.i18n import QT_TRANSLATE_NOOP, number
from tiket_gui.core.outcome import FetchRecord, FormatOutcome, Verdict
from tiket_gui.core.result import ApiResult
from tiket_gui.core.wording import Level, Notice
from tiket_gui.ui.compare_view import CompareView
from tiket_gui.ui.diagnostic_form import DiagnosticForm
from tiket_gui.ui.diff_view import DiffView
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.records_view import RecordsView
from tiket_gui.ui.response_view import ResponseView, monospace_font
from tiket_gui.ui.widgets import WrappingRow, fit_to_words, set_style

_BADGE_STYLES = {
    Verdict.OK: "background: #1a7f37; color: white;",
    Verdict.API_ERROR: "background: #bf8700; color: white;",
    Verdict.HTTP_ERROR: "background: #cf222e; color: white;",
    Verdict.NETWORK_ERROR: "background: #cf222e; color: white;",
    Verdict.UNREADABLE: "background: #8250df; color: white;",
    Verdict.CANCELLED: "background: #6e7781; color: white;",
}
_NOTICE_COLOURS = {
    Level.ERROR: "rgba(207, 34, 46, 0.16)",
    Level.WARNING: "rgba(191, 135, 0, 0.18)",
    Level.INFO: "rgba(9, 105, 218, 0.14)",
}
WELCOME = QT_TRANSLATE_NOOP(
    "answer_pane",
    "<h3>No answer yet</h3><p>Pick where to send the request, enter the "
    "partner ID, name and secret key, and press <b>Fetch</b> "
    "(Ctrl+Enter).</p><p>No key at hand? The <b>Local emulator</b> accepts "
    "any secret of 8 or more letters, digits, - or _, and needs no network: "
    "the button below fills one in and fetches.</p>",
)


class AnswerPane(QWidget):
    """Signals:
    copyTokenRequested(), renewRequested(), checkTokenRequested(): the token row's buttons.
    detailsRequested(): the notice's Details button.
    retryRequested(bool): a refused token's notice: get a new token (False) or renew it
        (True), then make the same call again.
    tryEmulatorRequested(): the first-run button.
    primaryChanged(): the user chose which format the form and token show.
    compareWithPreviousRequested(): compare the answer shown with the one before it.
    """

    copyTokenRequested = Signal()
    renewRequested = Signal()
    checkTokenRequested = Signal()
    detailsRequested = Signal()
    retryRequested = Signal(bool)
    tryEmulatorRequested = Signal()
    primaryChanged = Signal()
    compareWithPreviousRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome_badge = QLabel()
        self.outcome_badge.setObjectName("outcomeBadge")
        self.outcome_badge.hide()
        self.timing_label = QLabel()
        self.timing_label.setObjectName("timingLabel")
        # a long line must not widen the window: it gives way (the buttons beside it go to a
        # line of their own first), and its tooltip has it whole
        self.timing_label.setMinimumWidth(1)
        self.primary_combo = QComboBox()
        self.primary_combo.setObjectName("primaryFormatCombo")
        self.primary_combo.setToolTip(
            translate("answer_pane", "Which format's answer the form and token show")
        )
        self.primary_combo.addItem(translate("answer_pane", "Form: first that succeeded"), "")
        for fmt in Format:
            self.primary_combo.addItem(
                translate("answer_pane", "Form: {title}").format(title=fmt.title), fmt.value
            )
        self.primary_combo.currentIndexChanged.connect(self.primaryChanged)
        # whole items where there is room; on a very narrow window it may give way
        self.primary_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.primary_combo.setMinimumWidth(80)
        self.compare_previous_button = QPushButton(
            translate("answer_pane", "Compare with &previous")
        )
        self.compare_previous_button.setObjectName("compareWithPreviousButton")
        self.compare_previous_button.setToolTip(
            translate(
                "answer_pane",
                "Compare this answer with the one before it of the same call and partner",
            )
        )
        self.compare_previous_button.setEnabled(False)
        self.compare_previous_button.clicked.connect(self.compareWithPreviousRequested)

        self.token_edit = TokenEdit()
        self.token_edit.setObjectName("tokenEdit")
        self.token_edit.setReadOnly(True)
        self.token_edit.setFont(monospace_font())
        self.token_edit.setPlaceholderText(translate("answer_pane", "the token appears here"))
        self.token_edit.setToolTip(
            translate("answer_pane", "The token received; every other API call takes it")
        )
        self.copy_token_button = QPushButton(translate("answer_pane", "&Copy token"))
        self.copy_token_button.setObjectName("copyTokenButton")
        self.copy_token_button.setToolTip(
            translate("answer_pane", "Put the token on the clipboard (Ctrl+Shift+C)")
        )
        self.copy_token_button.setEnabled(False)
        self.copy_token_button.clicked.connect(self.copyTokenRequested)
        self.renew_token_button = QPushButton(translate("answer_pane", "&Renew"))
        self.renew_token_button.setObjectName("renewTokenButton")
        self.renew_token_button.setToolTip(
            translate("answer_pane", "Fetch again with this token as token= (Renew Token)")
        )
        self.renew_token_button.setEnabled(False)
        self.renew_token_button.clicked.connect(self.renewRequested)
        self.check_token_button = QPushButton(translate("answer_pane", "C&heck"))
        self.check_token_button.setObjectName("checkTokenButton")
        self.check_token_button.setToolTip(
            translate(
                "answer_pane",
                "Call List Language, the smallest call, with this token and say whether "
                "it is accepted",
            )
        )
        self.check_token_button.setEnabled(False)
        self.check_token_button.clicked.connect(self.checkTokenRequested)

        self.message_label = QLabel()
        self.message_label.setObjectName("responseMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QPushButton(translate("answer_pane", "Details…"))
        self.details_button.setObjectName("detailsButton")
        self.details_button.clicked.connect(self.detailsRequested)
        self.new_token_button = QPushButton(translate("answer_pane", "New token, call again"))
        self.new_token_button.setObjectName("newTokenRetryButton")
        self.new_token_button.setToolTip(
            translate(
                "answer_pane",
                "Get a new token with the secret key, then make the same call with it",
            )
        )
        self.new_token_button.clicked.connect(lambda: self.retryRequested.emit(False))
        self.renew_retry_button = QPushButton(translate("answer_pane", "Renew, call again"))
        self.renew_retry_button.setObjectName("renewRetryButton")
        self.renew_retry_button.setToolTip(
            translate(
                "answer_pane",
                "Renew the refused token (keeps its login), then make the same call with "
                "the new one",
            )
        )
        self.renew_retry_button.clicked.connect(lambda: self.retryRequested.emit(True))
        self.message_box = QWidget()
        self.message_box.setObjectName("responseMessageBox")
        self.message_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        message_layout = QHBoxLayout(self.message_box)
        message_layout.setContentsMargins(8, 6, 8, 6)
        message_layout.addWidget(self.message_label, 1)
        for button in (self.new_token_button, self.renew_retry_button, self.details_button):
            message_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.message_box.hide()

        self.welcome_label = QLabel(translate("answer_pane", WELCOME))
        self.welcome_label.setObjectName("welcomeLabel")
        self.welcome_label.setWordWrap(True)
        self.welcome_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.try_emulator_button = QPushButton(
            translate("answer_pane", "Try it on the &local emulator")
        )
        self.try_emulator_button.setObjectName("tryEmulatorButton")
        self.try_emulator_button.setToolTip(
            translate(
                "answer_pane",
                "Switch to the local emulator, fill the docs' partner and a demo secret, and fetch",
            )
        )
        self.try_emulator_button.clicked.connect(self.tryEmulatorRequested)
        self.welcome = QWidget()
        welcome_layout = QVBoxLayout(self.welcome)
        welcome_layout.addStretch(1)
        welcome_layout.addWidget(self.welcome_label)
        welcome_layout.addWidget(self.try_emulator_button, 0, Qt.AlignmentFlag.AlignHCenter)
        welcome_layout.addStretch(1)

        self.diagnostic_form = DiagnosticForm()
        self.form_scroll = _form_area(self.diagnostic_form)
        # on a short window the form scrolls down to a line or two before anything clips
        self.form_scroll.setMinimumHeight(24)

        self.response_tabs = QTabWidget()
        self.response_tabs.setObjectName("responseTabs")
        self.response_views: dict[Format, ResponseView] = {}
        for fmt in Format:
            # parented from the start so every rawView_* exists before the first fetch
            view = ResponseView(fmt, self.response_tabs)
            view.hide()
            self.response_views[fmt] = view
        self.records_view = RecordsView(self.response_tabs)
        self.records_view.hide()
        self.compare_view = CompareView(self.response_tabs)
        self.compare_view.hide()
        self.diff_view = DiffView(self.response_tabs)
        self.diff_view.hide()
        self._diff_title = ""  # the Differences tab, once two answers were compared
        self.compare_view.fieldSelected.connect(self.mark_field)

        self.answer_splitter = QSplitter(Qt.Orientation.Vertical)
        self.answer_splitter.setObjectName("answerSplitter")
        self.answer_splitter.addWidget(self.form_scroll)
        self.answer_splitter.addWidget(self.response_tabs)
        self.answer_splitter.setStretchFactor(0, 0)
        self.answer_splitter.setStretchFactor(1, 1)
        self.answer_splitter.setCollapsible(1, False)

        summary = WrappingRow(
            [self.outcome_badge, self.timing_label],
            [self.compare_previous_button, self.primary_combo],
            stretch=self.timing_label,
        )
        token_row = WrappingRow(
            [QLabel(translate("answer_pane", "Token")), self.token_edit],
            [self.copy_token_button, self.renew_token_button, self.check_token_button],
            stretch=self.token_edit,
        )
        fit_to_words(
            self.copy_token_button,
            self.renew_token_button,
            self.check_token_button,
            self.compare_previous_button,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(token_row)
        layout.addWidget(self.message_box)
        layout.addWidget(self.welcome, 1)
        layout.addWidget(self.answer_splitter, 3)
        self.answer_splitter.hide()
        self._last_call: Call | None = None

    # -- what the controller sets ---------------------------------------------------------------

    def preferred_format(self) -> Format | None:
        value = self.primary_combo.currentData()
        return Format(value) if value else None

    def set_preferred_format(self, value: str) -> None:
        self.primary_combo.setCurrentIndex(max(self.primary_combo.findData(value), 0))

    def set_verdict(self, verdict: Verdict) -> None:
        self.outcome_badge.setText(f" {verdict.label} ")
        set_style(
            self.outcome_badge,
            f"QLabel {{ {_BADGE_STYLES[verdict]} border-radius: 4px; padding: 2px 8px; "
            "font-weight: bold; }",
        )
        self.outcome_badge.show()

    def set_timing(self, text: str) -> None:
        self.timing_label.setText(text)
        self.timing_label.setToolTip(text)

    def set_token(self, token: str, *, can_renew: bool) -> None:
        if self.token_edit.text() != token:  # the same secret keeps the same token
            self.token_edit.setText(token)
        self.copy_token_button.setEnabled(bool(token))
        self.renew_token_button.setEnabled(bool(token) and can_renew)
        self.check_token_button.setEnabled(bool(token) and can_renew)

    def set_renew_enabled(self, enabled: bool) -> None:
        has_token = bool(self.token_edit.text())
        self.renew_token_button.setEnabled(enabled and has_token)
        self.check_token_button.setEnabled(enabled and has_token)

    def show_notice(self, notice: Notice | None, *, offer_retry: bool = False) -> None:
        """`offer_retry`: the notice tells of a refused token, and offers a new one."""
        self.new_token_button.setVisible(offer_retry)
        self.renew_retry_button.setVisible(offer_retry)
        if notice is None:
            self.message_box.hide()
            return
        self.message_label.setText(notice.text)
        set_style(
            self.message_box,
            f"#responseMessageBox {{ background: {_NOTICE_COLOURS[notice.level]}; "
            "border-radius: 4px; }",
        )
        self.details_button.setVisible(notice.level is Level.ERROR and not offer_retry)
        self.message_box.show()

    def show_result(self, result: ApiResult | None) -> None:
        """The diagnostic form, in an area no taller than its rows: given a share of the
        splitter, it left a blank band under them. A short window still scrolls it."""
        self.diagnostic_form.show_result(result)
        self._fit_form()

    def _fit_form(self) -> None:
        box = self.form_scroll.widget()
        layout = box.layout() if box is not None else None
        if box is None or layout is None:
            return
        layout.activate()  # a row shown or hidden just now counts
        width = self.form_scroll.viewport().width()
        # the problems wrap: their height depends on the width they get
        height = (
            box.heightForWidth(width)
            if box.hasHeightForWidth() and width > 0
            else box.sizeHint().height()
        )
        if self.form_scroll.maximumHeight() != height:
            self.form_scroll.setMaximumHeight(height)
        # a splitter keeps its panes' sizes when their content grows: the form gets its
        # rows' height back (the answer keeps at least half of what is there)
        sizes = self.answer_splitter.sizes()
        total = sum(sizes)
        wanted = min(height, total // 2) if total else height
        if total and sizes[0] != wanted:
            self.answer_splitter.setSizes([wanted, total - wanted])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.answer_splitter.isHidden():
            self._fit_form()

    def show_record(self, record: FetchRecord, tab_titles: list[str]) -> None:
        """The record's formats in their tabs, then Compare (its rows come separately)."""
        self.welcome.hide()
        self.answer_splitter.show()
        tabs = self.response_tabs
        shown = [fmt for fmt in Format if fmt in record.outcomes]
        primary = record.primary(self.preferred_format())
        records = primary.result.records if primary and primary.result else None
        first: list[QWidget] = [] if records is None else [self.records_view]
        last: list[QWidget] = [self.diff_view] if self._diff_title else []
        pages: list[QWidget] = [
            *first,
            *(self.response_views[fmt] for fmt in shown),
            self.compare_view,
            *last,
        ]
        if [tabs.widget(index) for index in range(tabs.count())] != pages:
            # the same formats as before keep their tabs: re-adding them costs more than the
            # rest of showing a small answer
            current = tabs.currentWidget()
            tabs.clear()
            for page in pages:
                tabs.addTab(page, "")
            if current in pages:
                tabs.setCurrentWidget(current)
        if records is not None:
            self.records_view.show_records(record.call, records)
            titles = [
                translate("answer_pane", "Records ({count})").format(count=number(len(records))),
                *tab_titles,
            ]
            if record.call is not self._last_call:  # a new call's answer opens on its records
                tabs.setCurrentWidget(self.records_view)
        else:
            titles = tab_titles
        if self._diff_title:
            titles = [*titles, self._diff_title]
        self.compare_previous_button.setEnabled(record.source != "file")
        for fmt in shown:
            self.response_views[fmt].show_outcome(record.outcomes[fmt])
        for index, title in enumerate(titles):
            if tabs.tabText(index) != title:  # a new title lays the tab bar out again
                tabs.setTabText(index, title)
        self._last_call = record.call

    def show_diff_tab(self, title: str) -> None:
        """The Differences tab, after Compare, in view; it stays until the app closes."""
        self._diff_title = title
        tabs = self.response_tabs
        index = tabs.indexOf(self.diff_view)
        if index < 0:
            index = tabs.addTab(self.diff_view, title)
        elif tabs.tabText(index) != title:
            tabs.setTabText(index, title)
        if self.answer_splitter.isHidden():  # compared before anything was shown
            self.welcome.hide()
            self.answer_splitter.show()
        tabs.setCurrentIndex(index)

    def mark_field(self, path: str) -> None:
        for view in self.response_views.values():
            if view.outcome is not None and not view.tree_button.isChecked():
                view.mark_field(path)

    def find_in_answer(self) -> None:
        widget = self.response_tabs.currentWidget()
        if isinstance(widget, ResponseView):
            widget.open_find()


def tab_title(fmt: Format, outcome: FormatOutcome) -> str:
    return fmt.title if outcome.error is None else f"⚠ {fmt.title}"


def _form_area(form: QWidget) -> QScrollArea:
    box = QGroupBox(translate("answer_pane", "Diagnostic"))
    QVBoxLayout(box).addWidget(form)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(box)
    return area


class TokenEdit(QLineEdit):
    """Asks for the width of a whole token (the docs' are 40 hex), so the buttons beside it
    wrap below it before it is cut; it still gives way on a very narrow window."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        whole = self.fontMetrics().horizontalAdvance("0" * 40) + 16
        return QSize(max(hint.width(), whole), hint.height())
