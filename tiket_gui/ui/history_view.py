"""The history dock: past fetches newest first, filtered as you type, loaded a page at a time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tiket_gui.core.calls import CALLS
from tiket_gui.core.history import HistoryFilter, HistoryPage, HistoryStore, HistorySummary
from tiket_gui.core.i18n import QT_TRANSLATE_NOOP, date_and_clock, number
from tiket_gui.core.outcome import Verdict
from tiket_gui.core.redact import shorten_token
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.widgets import WrappingRow, fit_to_words, tool_button

PAGE_SIZE = 200
_COLUMNS = (
    QT_TRANSLATE_NOOP("history_view", "When"),
    QT_TRANSLATE_NOOP("history_view", "Call"),
    QT_TRANSLATE_NOOP("history_view", "Outcome"),
    QT_TRANSLATE_NOOP("history_view", "Environment"),
    QT_TRANSLATE_NOOP("history_view", "Partner"),
    QT_TRANSLATE_NOOP("history_view", "Formats"),
    QT_TRANSLATE_NOOP("history_view", "Token"),
    QT_TRANSLATE_NOOP("history_view", "Time"),
)
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ANSWERED_ROLES = frozenset((_DISPLAY, _TOOLTIP, Qt.ItemDataRole.UserRole.value))


class HistoryModel(QAbstractTableModel):
    """Rows come from the store in pages as the view scrolls: 10,000 entries cost one page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: HistoryStore | None = None
        self.where = HistoryFilter()
        self._rows: list[HistorySummary] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # a row's cells, made when first shown
        self._total = 0
        self._serial = 0  # the page shown: see HistoryPage.serial

    def reload(self) -> None:
        if self.store is not None:
            # the model shows rows; the panel keeps the environments' list (refresh)
            self.show_page(self.store.page(self.where, PAGE_SIZE, environments=False))
            return
        self.beginResetModel()
        self._rows, self._texts, self._total = [], {}, 0
        self.endResetModel()

    def show_page(self, page: HistoryPage) -> None:
        """Rows read here or on a worker for this model's filter; a page older than the one
        shown (two writes' workers can finish out of order) is dropped."""
        if page.serial < self._serial:
            return
        self._serial = page.serial
        self.beginResetModel()
        self._rows = list(page.rows)
        self._texts = {}
        self._total = page.total
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def summary(self, row: int) -> HistorySummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def summary_for(self, fetch_id: int) -> HistorySummary | None:
        """The loaded row of an entry; entries are only chosen from loaded rows."""
        return next((row for row in self._rows if row.id == fetch_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        if self.store is None or parent.isValid():
            return
        more = self.store.summaries(len(self._rows), PAGE_SIZE, self.where)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("history_view", _COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # the view asks a dozen roles of every visible cell at each repaint, each a call into
        # Python: the roles we do not answer are turned away first, and a row's texts are
        # made once
        if role not in _ANSWERED_ROLES:
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        if role == _DISPLAY:
            texts = self._texts.get(row)
            if texts is None:
                texts = self._texts[row] = _cells(self._rows[row])
            return texts[index.column()]
        summary = self._rows[row]
        if role == _TOOLTIP:
            return summary.message or summary.base_url
        return summary.id


def _cells(summary: HistorySummary) -> tuple[str, ...]:
    when: datetime = summary.fetched_at.astimezone()
    return (
        date_and_clock(when),
        summary.call.title,
        summary.verdict.label,
        summary.environment,
        f"{summary.partner_id} · {summary.partner_name}",
        ", ".join(fmt.title for fmt in summary.formats),
        shorten_token(summary.token) if summary.token else "",
        f"{number(summary.total_ms)} ms" if summary.total_ms else "",
    )


class HistoryPanel(QWidget):
    """Signals:
    entrySelected(int): the id of the entry the user selected.
    rerunRequested(int): fill the request from this entry.
    deleteRequested(int), clearRequested(): the user asked to forget entries.
    keepHistoryToggled(bool), retentionRequested(): the history settings.
    compareRequested(int, int): compare the two entries selected.
    filterChanged(object): the HistoryFilter to show; its page comes back in show_filtered.
    """

    entrySelected = Signal(int)
    rerunRequested = Signal(int)
    deleteRequested = Signal(int)
    clearRequested = Signal()
    keepHistoryToggled = Signal(bool)
    retentionRequested = Signal()
    compareRequested = Signal(int, int)
    filterChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("historySearch")
        self.search_edit.setPlaceholderText(
            translate("history_view", "Search partner, token, URL, message")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.environment_filter = QComboBox()
        self.environment_filter.setObjectName("historyEnvironmentFilter")
        self.environment_filter.addItem(translate("history_view", "All environments"), "")
        self.call_filter = QComboBox()
        self.call_filter.setObjectName("historyCallFilter")
        self.call_filter.setToolTip(translate("history_view", "Show the entries of one call"))
        self.call_filter.addItem(translate("history_view", "All calls"), "")
        for call in CALLS:
            self.call_filter.addItem(call.title, call.name)
        self.outcome_filter = QComboBox()
        self.outcome_filter.setObjectName("historyOutcomeFilter")
        self.outcome_filter.addItem(translate("history_view", "All outcomes"), "")
        for verdict in Verdict:
            self.outcome_filter.addItem(verdict.label, verdict.value)

        self.table = QTableView()
        self.table.setObjectName("historyView")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # two rows (Ctrl+click) can be compared
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        # a short window keeps one row in sight rather than growing past the screen
        self.table.setMinimumHeight(48)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 130, 100, 120, 200, 200, 90)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.compare_button = QPushButton(translate("history_view", "Compare"))
        self.compare_button.setObjectName("compareEntriesButton")
        self.compare_button.setToolTip(
            translate("history_view", "Compare the two entries selected (Ctrl+click the second)")
        )
        self.compare_button.setEnabled(False)
        self.compare_button.clicked.connect(self._compare_selected)
        self.rerun_button = QPushButton(translate("history_view", "Re-run"))
        self.rerun_button.setObjectName("rerunButton")
        self.rerun_button.setToolTip(
            translate("history_view", "Fill the request from the selected entry")
        )
        self.delete_button = QPushButton(translate("history_view", "Delete"))
        self.delete_button.setObjectName("deleteHistoryButton")
        self.clear_button = QPushButton(translate("history_view", "Clear all…"))
        self.clear_button.setObjectName("clearHistoryButton")
        self.settings_button = tool_button(
            translate("history_view", "Settings"),
            translate("history_view", "Keep history, and for how long"),
        )
        self.settings_button.setObjectName("historySettingsButton")
        menu = QMenu(self.settings_button)
        self.keep_action = menu.addAction(translate("history_view", "Keep a history of fetches"))
        self.keep_action.setObjectName("keepHistoryAction")
        self.keep_action.setCheckable(True)
        self.keep_action.setChecked(True)
        self.keep_action.toggled.connect(self.keepHistoryToggled)
        retention = menu.addAction(translate("history_view", "Retention…"))
        retention.triggered.connect(self.retentionRequested)
        self.settings_button.setMenu(menu)
        self.settings_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        for button in (self.rerun_button, self.delete_button):
            button.setEnabled(False)
        self.rerun_button.clicked.connect(lambda: self._emit_for_current(self.rerunRequested))
        self.delete_button.clicked.connect(lambda: self._emit_for_current(self.deleteRequested))
        self.clear_button.clicked.connect(self.clearRequested)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _text: self._debounce.start())
        self.environment_filter.currentIndexChanged.connect(self.apply_filter)
        self.call_filter.currentIndexChanged.connect(self.apply_filter)
        self.outcome_filter.currentIndexChanged.connect(self.apply_filter)

        for combo in (self.call_filter, self.environment_filter, self.outcome_filter):
            # whole items: on a narrow window the buttons go to a line of their own instead
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        fit_to_words(self.compare_button, self.rerun_button, self.delete_button, self.clear_button)
        self.toolbar = WrappingRow(
            [self.search_edit, self.call_filter, self.environment_filter, self.outcome_filter],
            [
                self.compare_button,
                self.rerun_button,
                self.delete_button,
                self.clear_button,
                self.settings_button,
            ],
            stretch=self.search_edit,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table, 1)

    def attach(self, store: HistoryStore, page: HistoryPage | None = None) -> None:
        """Show `store`; `page`, read on a worker with current_filter(), saves reading it here."""
        self.model.store = store
        if page is None:
            self.refresh()
        else:
            self.show_page(page)

    def current_filter(self) -> HistoryFilter:
        return HistoryFilter(
            text=self.search_edit.text().strip(),
            environment=str(self.environment_filter.currentData() or ""),
            verdict=Verdict(chosen) if (chosen := self.outcome_filter.currentData()) else None,
            call=str(self.call_filter.currentData() or ""),
        )

    @Slot()
    def refresh(self) -> None:
        """Read again here, at once: after a delete, a clear or another window's write the
        rows on screen must be the store's before anything else is done with them."""
        store = self.model.store
        if store is not None:
            self._set_environments(store.environments())
        self.model.where = self.current_filter()
        self.model.reload()
        self._update_buttons()

    def show_page(self, page: HistoryPage) -> None:
        """A page read on a worker; read again here if the filter changed in the meantime."""
        self._set_environments(page.environments)
        if page.where != self.current_filter():
            self.apply_filter()
            return
        self.model.where = page.where
        self.model.show_page(page)
        self._update_buttons()

    def _set_environments(self, names: list[str]) -> None:
        chosen = self.environment_filter.currentData()
        self.environment_filter.blockSignals(True)
        self.environment_filter.clear()
        self.environment_filter.addItem(translate("history_view", "All environments"), "")
        for name in names:
            self.environment_filter.addItem(name, name)
        self.environment_filter.setCurrentIndex(max(self.environment_filter.findData(chosen), 0))
        self.environment_filter.blockSignals(False)

    @Slot()
    def apply_filter(self, *_: object) -> None:
        """A store's matching entries are read on a worker (filterChanged): counting those
        of 100,000 that match held the GUI thread ~60 ms."""
        self.model.where = self.current_filter()
        if self.model.store is None:
            self.model.reload()
        else:
            self.filterChanged.emit(self.model.where)
        self._update_buttons()

    def show_filtered(self, page: HistoryPage) -> None:
        """The page a filterChanged asked for; dropped if the filter has changed since."""
        if page.where != self.current_filter():
            return
        self.model.show_page(page)
        self._update_buttons()

    def select_newest(self) -> None:
        if self.model.rowCount() > 0:
            self.table.blockSignals(True)
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(0)
            self.table.selectionModel().blockSignals(False)
            self.table.blockSignals(False)
            self._update_buttons()

    def current_id(self) -> int | None:
        summary = self.model.summary(self.table.currentIndex().row())
        return summary.id if summary else None

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        summary = self.model.summary(current.row())
        if summary is not None:
            self.entrySelected.emit(summary.id)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [summary.id for row in rows if (summary := self.model.summary(row)) is not None]

    @Slot()
    def _compare_selected(self) -> None:
        chosen = self.selected_ids()
        if len(chosen) == 2:
            self.compareRequested.emit(chosen[0], chosen[1])

    @Slot()
    def _update_buttons(self, *_: object) -> None:
        self.compare_button.setEnabled(len(self.selected_ids()) == 2)
        chosen = self.current_id() is not None
        self.rerun_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.clear_button.setEnabled(self.model.total > 0 or bool(self.model.where.text))

    def _emit_for_current(self, signal: Any) -> None:
        fetch_id = self.current_id()
        if fetch_id is not None:
            signal.emit(fetch_id)


class HistoryDock(QDockWidget):
    """The history at the window's foot, collapsible to its header so the answer gets the
    room; the header says how many entries there are.

    Signals:
    collapsedChanged(bool): the user folded or unfolded the dock.
    """

    collapsedChanged = Signal(bool)

    def __init__(self, panel: HistoryPanel, parent: QWidget | None = None) -> None:
        super().__init__(translate("history_view", "History"), parent)
        self.collapsed = False
        self._unfolded_height = 180
        self.setObjectName("historyDock")
        self.setWidget(panel)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.toggle_button = QToolButton()
        self.toggle_button.setObjectName("historyCollapseButton")
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setToolTip(
            translate("history_view", "Fold the history to this line, or unfold it")
        )
        self.toggle_button.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        header = QWidget()
        header.setObjectName("historyHeader")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.toggle_button)
        layout.addStretch(1)
        self.setTitleBarWidget(header)
        panel.model.modelReset.connect(self._update_title)
        self._update_title()

    def set_collapsed(self, collapsed: bool) -> None:
        panel = self.widget()
        if collapsed == self.collapsed or panel is None:
            return
        self.collapsed = collapsed
        if collapsed:
            self._unfolded_height = max(self.height(), 120)
            panel.hide()
            self.setFixedHeight(self.titleBarWidget().sizeHint().height())
        else:
            self.setMinimumHeight(0)
            self.setMaximumHeight(16_777_215)  # QWIDGETSIZE_MAX
            panel.show()
            window = self.parentWidget()
            if isinstance(window, QMainWindow):
                window.resizeDocks([self], [self._unfolded_height], Qt.Orientation.Vertical)
        self._update_title()
        self.collapsedChanged.emit(collapsed)

    @Slot()
    def _update_title(self) -> None:
        panel = self.widget()
        total = panel.model.total if isinstance(panel, HistoryPanel) else 0
        self.toggle_button.setArrowType(
            Qt.ArrowType.RightArrow if self.collapsed else Qt.ArrowType.DownArrow
        )
        self.toggle_button.setText(
            translate("history_view", "History ({count})").format(count=number(total))
            if total
            else translate("history_view", "History")
        )
