"""The Compare tab: a row per field path, a column per format, and a verdict; or the bodies side
by side."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tiket_gui.core.compare import CompareRow, Verdict, compare
from tiket_gui.core.formats import Format
from tiket_gui.core.outcome import FormatOutcome
from tiket_gui.ui.response_view import monospace_font

_VERDICT_COLOURS = {
    Verdict.SAME: QColor(46, 160, 67, 45),
    Verdict.SAME_VALUE_OTHER_TYPE: QColor(191, 135, 0, 70),
    Verdict.DIFFERS: QColor(207, 34, 46, 70),
    Verdict.MISSING: QColor(130, 80, 223, 70),
}
_EXPECTED_COLOUR = QColor(110, 119, 129, 45)
SIDE_BY_SIDE_LIMIT_CHARS = 200_000


class CompareView(QWidget):
    """Signals:
    fieldSelected(str): the path of the row the user selected.
    """

    fieldSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CompareRow] = []
        self.formats: list[Format] = []
        self._readable: dict[Format, FormatOutcome] = {}
        self._columns_filled = True
        self.table = QTableWidget()
        self.table.setObjectName("compareTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.differences_only = QCheckBox("&Differences only")
        self.differences_only.setObjectName("differencesOnlyCheck")
        self.differences_only.setToolTip("Hide the fields on which every format agrees")
        self.differences_only.toggled.connect(self._apply_filter)
        self.side_by_side = QCheckBox("&Side by side")
        self.side_by_side.setObjectName("sideBySideCheck")
        self.side_by_side.setToolTip("Show the pretty bodies next to each other")
        self.summary = QLabel()

        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.column_views: dict[Format, QPlainTextEdit] = {}
        for fmt in Format:
            view = QPlainTextEdit()
            view.setObjectName(f"sideBySide_{fmt.value}")
            view.setReadOnly(True)
            view.setFont(monospace_font())
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            view.hide()
            self.columns.addWidget(view)
            self.column_views[fmt] = view
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.columns)
        self.side_by_side.toggled.connect(self._side_by_side_toggled)

        tools = QHBoxLayout()
        tools.addWidget(self.summary, 1)
        tools.addWidget(self.differences_only)
        tools.addWidget(self.side_by_side)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)

    def show_outcomes(self, outcomes: Mapping[Format, FormatOutcome]) -> None:
        readable = {
            fmt: outcomes[fmt]
            for fmt in Format
            if fmt in outcomes and outcomes[fmt].parsed is not None
        }
        self.formats = list(readable)
        self.rows = compare({fmt: o.parsed.tree for fmt, o in readable.items() if o.parsed})
        self._fill_table()
        self._readable = readable
        self._columns_filled = False
        if self.side_by_side.isChecked():
            self._fill_columns()
        differing = sum(1 for row in self.rows if not row.agrees)
        self.summary.setText(
            f"{len(self.rows)} fields in {len(self.formats)} formats · "
            f"{differing} differ beyond what is expected"
            if self.formats
            else "No format could be read, so there is nothing to compare."
        )

    def _fill_table(self) -> None:
        headers = ["Field", *(fmt.title for fmt in self.formats), "Verdict"]
        font = monospace_font()
        brushes = {verdict: QBrush(colour) for verdict, colour in _VERDICT_COLOURS.items()}
        expected_brush = QBrush(_EXPECTED_COLOUR)
        self.table.setUpdatesEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            brush = expected_brush if row.expected else brushes[row.verdict]
            verdict = row.verdict.value + (" (expected)" if row.expected else "")
            path_item = QTableWidgetItem(row.path)
            path_item.setData(Qt.ItemDataRole.UserRole, row.path)
            items = [path_item]
            for fmt in self.formats:
                cell = row.cells.get(fmt)
                text = "—" if cell is None else f"{cell.short_text}  ({cell.type_name})"
                item = QTableWidgetItem(text)
                item.setFont(font)
                items.append(item)
            items.append(QTableWidgetItem(verdict))
            for column, item in enumerate(items):
                item.setBackground(brush)
                item.setToolTip(item.text())
                self.table.setItem(index, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        for column in range(1, len(headers) - 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        header.setStretchLastSection(True)
        self._apply_filter()
        self.table.setUpdatesEnabled(True)

    @Slot(bool)
    def _side_by_side_toggled(self, on: bool) -> None:
        if on and not self._columns_filled:
            self._fill_columns()
        self.stack.setCurrentWidget(self.columns if on else self.table)

    def _fill_columns(self) -> None:
        """The bodies side by side, filled when first looked at: most fetches never are."""
        self._columns_filled = True
        for fmt, view in self.column_views.items():
            outcome = self._readable.get(fmt)
            view.setVisible(outcome is not None)
            text = (outcome.pretty_text or "") if outcome is not None else ""
            # a column is a glance: the full text of a huge answer stays in its own tab
            if len(text) > SIDE_BY_SIDE_LIMIT_CHARS:
                text = text[:SIDE_BY_SIDE_LIMIT_CHARS] + "\n…"
            view.setPlainText(text)

    @Slot()
    def _apply_filter(self) -> None:
        only_differences = self.differences_only.isChecked()
        for index, row in enumerate(self.rows):
            self.table.setRowHidden(index, only_differences and row.agrees)

    @Slot()
    def _selection_changed(self) -> None:
        selected = self.table.selectedItems()
        path_item = self.table.item(selected[0].row(), 0) if selected else None
        if path_item is not None:
            self.fieldSelected.emit(str(path_item.data(Qt.ItemDataRole.UserRole)))

    def clear(self) -> None:
        self.rows = []
        self.formats = []
        self._readable = {}
        self._columns_filled = False
        if self.side_by_side.isChecked():
            self._fill_columns()
        self.table.clear()
        self.table.setRowCount(0)
        self.summary.clear()
