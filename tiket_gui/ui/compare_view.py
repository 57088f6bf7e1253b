"""The Compare tab: a row per field path, a column per format, and a verdict; or the bodies side
by side."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tiket_gui.core import wording
from tiket_gui.core.compare import CompareRow, Comparison, FieldVerdict
from tiket_gui.core.formats import Format
from tiket_gui.core.outcome import FormatOutcome
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.response_view import monospace_font
from tiket_gui.ui.widgets import WrappingRow

_VERDICT_COLOURS = {
    FieldVerdict.SAME: QColor(46, 160, 67, 45),
    FieldVerdict.SAME_VALUE_OTHER_TYPE: QColor(191, 135, 0, 70),
    FieldVerdict.DIFFERS: QColor(207, 34, 46, 70),
    FieldVerdict.MISSING: QColor(130, 80, 223, 70),
}
_EXPECTED_COLOUR = QColor(110, 119, 129, 45)
_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_USER = Qt.ItemDataRole.UserRole.value
_ANSWERED_ROLES = frozenset(
    (_DISPLAY, Qt.ItemDataRole.ToolTipRole.value, _BACKGROUND, _FONT, _USER)
)
SIDE_BY_SIDE_LIMIT_CHARS = 200_000


class CompareModel(QAbstractTableModel):
    """A row per field path, a column per format, then the verdict. A model, not items: a
    table of items cost ~1.5 ms to fill at every fetch, mostly for a tab out of sight; the
    view asks for cells only when it paints them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: Sequence[CompareRow] = []
        self.formats: list[Format] = []
        self._brushes = {verdict: QBrush(colour) for verdict, colour in _VERDICT_COLOURS.items()}
        self._expected_brush = QBrush(_EXPECTED_COLOUR)

    def show_rows(self, rows: Sequence[CompareRow], formats: list[Format]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.formats = formats
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.formats) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        if section == 0:
            return translate("compare_view", "Field")
        if section <= len(self.formats):
            return self.formats[section - 1].title
        return translate("compare_view", "Verdict")

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED_ROLES or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == _BACKGROUND:
            return self._expected_brush if row.expected else self._brushes[row.verdict]
        if role == _FONT:
            return monospace_font() if 0 < column <= len(self.formats) else None
        if role == _USER:
            return row.path
        if column == 0:
            return row.path
        if column <= len(self.formats):
            cell = row.cells.get(self.formats[column - 1])
            if cell is None:
                return "—"
            # the type where the formats disagree on it; every type in the tooltip
            if role == _DISPLAY and len({c.type_name for c in row.cells.values() if c}) <= 1:
                return cell.short_text
            return f"{cell.short_text}  ({cell.type_name})"
        return row.verdict.label + (
            translate("compare_view", " (expected)") if row.expected else ""
        )


class CompareView(QWidget):
    """Signals:
    fieldSelected(str): the path of the row the user selected.
    """

    fieldSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = Comparison([], [])
        self.formats: list[Format] = []
        self._readable: dict[Format, FormatOutcome] = {}
        self._columns_filled = True
        self._sized = True  # the columns fit the rows shown; else done when next in view
        self.model = CompareModel(self)
        self.table = QTableView()
        self.table.setObjectName("compareTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # every column in sight: the format columns share what the path and verdict leave,
        # long values are cut short (their tooltip has them whole, with their type)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.horizontalHeader().setMinimumSectionSize(60)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.differences_only = QCheckBox(translate("compare_view", "&Differences only"))
        self.differences_only.setObjectName("differencesOnlyCheck")
        self.differences_only.setToolTip(
            translate("compare_view", "Hide the fields on which every format agrees")
        )
        self.differences_only.toggled.connect(self._fill_table)
        self.side_by_side = QCheckBox(translate("compare_view", "&Side by side"))
        self.side_by_side.setObjectName("sideBySideCheck")
        self.side_by_side.setToolTip(
            translate("compare_view", "Show the pretty bodies next to each other")
        )
        self.summary = QLabel()

        # two by two, lines wrapped: four columns side by side left each ~20 characters
        self.columns = QWidget()
        self._grid = QGridLayout(self.columns)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        self.column_views: dict[Format, QPlainTextEdit] = {}
        for fmt in Format:
            view = QPlainTextEdit()
            view.setObjectName(f"sideBySide_{fmt.value}")
            view.setReadOnly(True)
            view.setFont(monospace_font())
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            view.setToolTip(fmt.title)
            view.hide()
            self.column_views[fmt] = view
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.columns)
        self.side_by_side.toggled.connect(self._side_by_side_toggled)

        # a summary longer than the pane wraps; the two checks go below it first
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(1)
        tools = WrappingRow(
            [self.summary], [self.differences_only, self.side_by_side], stretch=self.summary
        )
        layout = QVBoxLayout(self)
        layout.addWidget(tools)
        layout.addWidget(self.stack, 1)

    def show_outcomes(
        self, outcomes: Mapping[Format, FormatOutcome], comparison: Comparison
    ) -> None:
        """`comparison`, the outcomes compared (core.outcome.compare_outcomes), made on a
        worker."""
        self._take_bodies(outcomes)
        self.show_comparison(comparison)

    def show_comparing(self, outcomes: Mapping[Format, FormatOutcome]) -> None:
        """A big answer is being compared on a worker: the side-by-side bodies can be
        looked at meanwhile; show_comparison follows."""
        self._take_bodies(outcomes)
        self.show_not_compared(translate("compare_view", "Comparing the formats field by field…"))

    def show_comparison(self, comparison: Comparison) -> None:
        """The rows of the outcomes last taken."""
        self.comparison = comparison
        self._fill_table()
        self.summary.setText(
            wording.comparison_summary(
                len(comparison.rows), len(self.formats), len(comparison.differing)
            )
        )

    def _take_bodies(self, outcomes: Mapping[Format, FormatOutcome]) -> None:
        self._readable = {
            fmt: outcomes[fmt]
            for fmt in Format
            if fmt in outcomes and outcomes[fmt].parsed is not None
        }
        self.formats = list(self._readable)
        self._columns_filled = False
        if self.side_by_side.isChecked():
            self._fill_columns()

    def show_not_compared(self, sentence: str) -> None:
        self.comparison = Comparison([], [])
        self.model.show_rows([], self.formats)
        self.summary.setText(sentence)

    @Slot()
    def _fill_table(self) -> None:
        """The model holds the rows shown: hiding 60,000 rows one by one for Differences
        only held the GUI thread ~0.2 s."""
        comparison = self.comparison
        only_differences = self.differences_only.isChecked()
        self.model.show_rows(
            comparison.differing if only_differences else comparison.rows, self.formats
        )
        self._sized = False
        if self.table.isVisible():
            self._fit_columns()

    def _fit_columns(self) -> None:
        """The path and the verdict as wide as their text (it measures every cell, so only
        for a table in view), the formats sharing the rest."""
        self._sized = True
        header = self.table.horizontalHeader()
        last = len(self.formats) + 1
        for column in (0, last):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 260))
        for column in range(1, last):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:
            self._fit_columns()
        super().showEvent(event)

    @Slot(bool)
    def _side_by_side_toggled(self, on: bool) -> None:
        if on and not self._columns_filled:
            self._fill_columns()
        self.stack.setCurrentWidget(self.columns if on else self.table)

    def _fill_columns(self) -> None:
        """The bodies side by side, filled when first looked at: most fetches never are."""
        self._columns_filled = True
        for view in self.column_views.values():
            self._grid.removeWidget(view)
        place = 0
        per_row = 1 if len(self._readable) == 1 else 2
        for fmt, view in self.column_views.items():
            outcome = self._readable.get(fmt)
            view.setVisible(outcome is not None)
            if outcome is not None:
                self._grid.addWidget(view, place // per_row, place % per_row)
                place += 1
            text = (outcome.pretty_text or "") if outcome is not None else ""
            # a column is a glance: the full text of a huge answer stays in its own tab
            if len(text) > SIDE_BY_SIDE_LIMIT_CHARS:
                text = text[:SIDE_BY_SIDE_LIMIT_CHARS] + "\n…"
            view.setPlainText(text)

    @Slot()
    def _selection_changed(self, *_: object) -> None:
        selected = self.table.selectionModel().selectedRows()
        shown = self.model.rows
        if selected and 0 <= selected[0].row() < len(shown):
            self.fieldSelected.emit(shown[selected[0].row()].path)

    def clear(self) -> None:
        self.comparison = Comparison([], [])
        self.formats = []
        self._readable = {}
        self._columns_filled = False
        if self.side_by_side.isChecked():
            self._fill_columns()
        self.model.show_rows([], [])
        self.summary.clear()
