"""The records a list call brought (currencies, languages, countries, payment policies): a
table to sort, filter as you type, and copy from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tiket_gui.core import wording
from tiket_gui.core.calls import Call, Record, Shape, record_text, shown_spaces
from tiket_gui.core.i18n import number
from tiket_gui.ui.i18n import translate

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_RAW = Qt.ItemDataRole.UserRole.value  # the value as sent, for copying and filtering


class RecordsModel(QAbstractTableModel):
    """A row per record, a column per field the call's records have."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[str] = []
        self.records: tuple[Record, ...] = ()

    def show_records(self, call: Call, records: tuple[Record, ...]) -> None:
        self.beginResetModel()
        known = list(call.columns)
        # a field the docs do not list is shown too: the API grows
        extra = sorted({name for record in records for name in record} - set(known))
        self.columns = known + extra
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation is Qt.Orientation.Horizontal:
            return self.columns[section] if 0 <= section < len(self.columns) else None
        return section + 1

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role not in (_DISPLAY, _TOOLTIP, _RAW) or not 0 <= index.row() < len(self.records):
            return None
        text = record_text(self.records[index.row()].get(self.columns[index.column()]))
        if role == _RAW:
            return text
        shown = shown_spaces(text)
        if role == _TOOLTIP:
            return (
                translate("records_view", "{text}\n(spaces at its ends shown as ␣)").format(
                    text=text
                )
                if shown != text
                else text
            )
        return shown


class RecordsView(QWidget):
    """The records of the answer shown: `resultTable`, filtered by `resultFilterEdit`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordsModel(self)
        self._sized_for: Call | None = None
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterRole(_RAW)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(_RAW)
        self.table = QTableView()
        self.table.setObjectName("resultTable")
        self.table.setModel(self.proxy)
        # the answer's own order until a header is clicked
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        copy_cells = QAction(translate("records_view", "&Copy"), self.table)
        copy_cells.setShortcut(QKeySequence.StandardKey.Copy)
        copy_cells.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy_cells.triggered.connect(self.copy_selection)
        copy_rows = QAction(translate("records_view", "Copy whole &rows"), self.table)
        copy_rows.triggered.connect(self.copy_rows)
        self.table.addActions([copy_cells, copy_rows])

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("resultFilterEdit")
        self.filter_edit.setPlaceholderText(
            translate("records_view", "Filter the records as you type")
        )
        self.filter_edit.setToolTip(
            translate("records_view", "Shows the records with this text in any field")
        )
        self.filter_edit.textChanged.connect(self._filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCountLabel")
        tools = QHBoxLayout()
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)

    def show_records(self, call: Call, records: tuple[Record, ...]) -> None:
        same_columns = self.model.columns == list(call.columns) and self._sized_for is call
        self.model.show_records(call, records)
        if not same_columns:  # the same call again keeps the widths the user has
            self._fit(call)
        if call.shape is Shape.KEYED:
            self.table.resizeRowsToContents()
        self._count()

    def _fit(self, call: Call) -> None:
        """Columns as wide as their first rows (measuring all 246 countries' cells took
        ~20 ms at every List Country), at most 320 px; the policies' texts wrapped."""
        self._sized_for = call
        self.table.setWordWrap(call.shape is Shape.KEYED)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(40)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))

    @Slot(str)
    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        records = wording.records_count(total)
        self.count_label.setText(
            records
            if shown == total
            else translate("records_view", "{shown} of {records}").format(
                shown=number(shown), records=records
            )
        )

    @Slot()
    def copy_selection(self) -> None:
        """One cell as it is; several, as tab-separated lines (what a spreadsheet takes)."""
        indexes = sorted(
            self.table.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column())
        )
        if not indexes:
            return
        lines: dict[int, list[str]] = {}
        for index in indexes:
            lines.setdefault(index.row(), []).append(str(index.data(_RAW)))
        QGuiApplication.clipboard().setText("\n".join("\t".join(cells) for cells in lines.values()))

    @Slot()
    def copy_rows(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedIndexes()})
        columns = range(self.proxy.columnCount())
        lines = ["\t".join(self.model.columns)]
        lines += [
            "\t".join(str(self.proxy.index(row, column).data(_RAW)) for column in columns)
            for row in rows
        ]
        QGuiApplication.clipboard().setText("\n".join(lines))
