"""Two answers compared: a row per difference (diffTable), or their bodies side by side with
the changed lines marked and scrolled together."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tiket_gui.core.calls import shown_spaces
from tiket_gui.core.compare import shorten
from tiket_gui.core.diff import Change, Diff, Difference, cell_text
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.response_view import monospace_font
from tiket_gui.ui.widgets import WrappingRow

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_COLOURS = {
    Change.ADDED: QColor(46, 160, 67, 60),
    Change.REMOVED: QColor(207, 34, 46, 60),
    Change.CHANGED: QColor(191, 135, 0, 70),
    Change.OTHER_TYPE: QColor(130, 80, 223, 60),
}
_MARK = QColor(191, 135, 0, 60)


class DiffModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[Difference, ...] = ()
        self.sides = ("A", "B")
        self._brushes = {change: QBrush(colour) for change, colour in _COLOURS.items()}

    def show_rows(self, rows: tuple[Difference, ...], sides: tuple[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.sides = rows, sides
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role not in (_DISPLAY, _TOOLTIP):
            return None
        if section < 2:
            return (translate("diff_view", "Field"), translate("diff_view", "Change"))[section]
        return f"{'AB'[section - 2]} · {self.sides[section - 2]}"

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role not in (_DISPLAY, _TOOLTIP, _BACKGROUND) or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == _BACKGROUND:
            return self._brushes[row.change]
        column = index.column()
        if column == 0:
            return row.path
        if column == 1:
            return row.change.label
        value = row.left if column == 2 else row.right
        text = cell_text(value) if value is not None else ""
        if role == _TOOLTIP:
            return shorten(text, 2000) or "(not there)"
        return shorten(shown_spaces(text)) if value is not None else "—"


class DiffView(QWidget):
    """Signals:
    settingsChanged(): what is set aside changed (the volatile fields, the paths typed).
    exportRequested(str): "md" or "csv".
    """

    settingsChanged = Signal()
    exportRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diff: Diff | None = None
        self.summary = QLabel()
        self.summary.setObjectName("diffSummary")
        self.summary.setWordWrap(True)
        self.volatile_check = QCheckBox(
            translate("diff_view", "Set aside what changes on every call")
        )
        self.volatile_check.setObjectName("diffIgnoreVolatileCheck")
        self.volatile_check.setChecked(True)
        self.volatile_check.setToolTip(
            translate(
                "diff_view",
                "diagnostic.elapsetime, memoryusage and unix_timestamp, and the token of "
                "two answers of one call, are not compared",
            )
        )
        self.ignore_edit = QLineEdit()
        self.ignore_edit.setObjectName("diffIgnoreEdit")
        self.ignore_edit.setPlaceholderText(
            translate("diff_view", "more fields to set aside, e.g. diagnostic.lang")
        )
        self.ignore_edit.setToolTip(
            translate("diff_view", "Field paths, separated by commas, that are not compared")
        )
        self.volatile_check.toggled.connect(self.settingsChanged)
        self.ignore_edit.editingFinished.connect(self.settingsChanged)

        self.model = DiffModel(self)
        self.table = QTableView()
        self.table.setObjectName("diffTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 280)

        self.previous_button = QPushButton(translate("diff_view", "◀ Previous"))
        self.previous_button.setObjectName("diffPreviousButton")
        self.previous_button.setToolTip(translate("diff_view", "The difference before (Shift+F8)"))
        self.previous_button.clicked.connect(self.previous_difference)
        self.next_button = QPushButton(translate("diff_view", "Next ▶"))
        self.next_button.setObjectName("diffNextButton")
        self.next_button.setToolTip(translate("diff_view", "The next difference (F8)"))
        self.next_button.clicked.connect(self.next_difference)
        for key, slot in (("F8", self.next_difference), ("Shift+F8", self.previous_difference)):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.side_by_side = QCheckBox(translate("diff_view", "&Side by side"))
        self.side_by_side.setObjectName("diffSideBySideCheck")
        self.side_by_side.setToolTip(
            translate("diff_view", "The two pretty bodies next to each other, changed lines marked")
        )
        self.side_by_side.toggled.connect(self._side_by_side_toggled)
        self.export_md = QPushButton(translate("diff_view", "Markdown…"))
        self.export_md.setObjectName("diffExportMarkdownButton")
        self.export_md.setToolTip(
            translate("diff_view", "Save the differences as a Markdown table")
        )
        self.export_md.clicked.connect(lambda: self.exportRequested.emit("md"))
        self.export_csv = QPushButton(translate("diff_view", "CSV…"))
        self.export_csv.setObjectName("diffExportCsvButton")
        self.export_csv.setToolTip(translate("diff_view", "Save the differences as CSV"))
        self.export_csv.clicked.connect(lambda: self.exportRequested.emit("csv"))

        self.left_view = _body_view("diffLeftView")
        self.right_view = _body_view("diffRightView")
        # scrolled together: the same line of both is in sight
        left_bar, right_bar = (
            self.left_view.verticalScrollBar(),
            self.right_view.verticalScrollBar(),
        )
        left_bar.valueChanged.connect(right_bar.setValue)
        right_bar.valueChanged.connect(left_bar.setValue)
        bodies = QSplitter(Qt.Orientation.Horizontal)
        bodies.addWidget(self.left_view)
        bodies.addWidget(self.right_view)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(bodies)
        self._texts = ("", "")
        self._marks: tuple[list[int], list[int]] = ([], [])
        self._bodies_filled = False
        self._hunk = -1  # the run of changed lines last stepped to, side by side

        aside = QHBoxLayout()
        aside.addWidget(self.volatile_check)
        aside.addWidget(self.ignore_edit, 1)
        self.summary.setMinimumWidth(1)
        tools = WrappingRow(
            [self.summary],
            [
                self.previous_button,
                self.next_button,
                self.side_by_side,
                self.export_md,
                self.export_csv,
            ],
            stretch=self.summary,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(tools)
        layout.addLayout(aside)
        layout.addWidget(self.stack, 1)
        self._enable(False)

    # -- what the controller sets ---------------------------------------------------------------

    def ignored_paths(self) -> list[str]:
        return [path.strip() for path in self.ignore_edit.text().split(",") if path.strip()]

    def set_ignored(self, volatile: bool, paths: list[str]) -> None:
        for widget in (self.volatile_check, self.ignore_edit):
            widget.blockSignals(True)
        self.volatile_check.setChecked(volatile)
        self.ignore_edit.setText(", ".join(paths))
        for widget in (self.volatile_check, self.ignore_edit):
            widget.blockSignals(False)

    def show_pending(self, sentence: str) -> None:
        self.summary.setText(sentence)

    def show_diff(
        self,
        found: Diff,
        sides: tuple[str, str],
        texts: tuple[str, str],
        headline: str,
        summary: str,
    ) -> None:
        """`headline` is shown, `summary` (with what was set aside) is its tooltip."""
        self.diff = found
        self.model.show_rows(found.differences, sides)
        self.summary.setText(headline)
        self.summary.setToolTip(summary)
        self._texts = texts
        self._marks = ([], [])
        self._bodies_filled = False
        self._enable(True)
        if self.side_by_side.isChecked():
            self._fill_bodies()
        if found.differences:
            self.table.selectRow(0)

    def mark_lines(self, left: list[int], right: list[int]) -> None:
        """The changed lines of the two bodies, worked out on a worker."""
        self._marks = (left, right)
        self._hunk = -1
        if self._bodies_filled:
            self._mark()

    def _enable(self, on: bool) -> None:
        has_rows = on and self.model.rowCount() > 0
        for button in (self.previous_button, self.next_button):
            button.setEnabled(has_rows)
        for button in (self.export_md, self.export_csv):
            button.setEnabled(on)

    # -- the user's moves -----------------------------------------------------------------------

    @Slot()
    def next_difference(self) -> None:
        self._step(+1)

    @Slot()
    def previous_difference(self) -> None:
        self._step(-1)

    def _step(self, by: int) -> None:
        if self.side_by_side.isChecked() and self._hunks():
            self._step_bodies(by)
            return
        count = self.model.rowCount()
        if not count:
            return
        current = self.table.currentIndex().row()
        row = (current + by) % count if current >= 0 else (0 if by > 0 else count - 1)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _hunks(self) -> list[tuple[int, int]]:
        """Where each run of changed lines starts on the left and on the right, paired in
        order (a run only one side has is paired with the other side's nearest)."""
        left, right = (_run_starts(lines) for lines in self._marks)
        count = max(len(left), len(right))
        if not count:
            return []
        return [
            (
                left[min(i, len(left) - 1)] if left else 0,
                right[min(i, len(right) - 1)] if right else 0,
            )
            for i in range(count)
        ]

    def _step_bodies(self, by: int) -> None:
        hunks = self._hunks()
        self._hunk = (self._hunk + by) % len(hunks) if self._hunk >= 0 else (0 if by > 0 else -1)
        left_line, right_line = hunks[self._hunk]
        for view, line in ((self.left_view, left_line), (self.right_view, right_line)):
            cursor = QTextCursor(view.document().findBlockByNumber(line))
            view.setTextCursor(cursor)
            view.centerCursor()

    @Slot(bool)
    def _side_by_side_toggled(self, on: bool) -> None:
        if on and not self._bodies_filled:
            self._fill_bodies()
        self.stack.setCurrentIndex(1 if on else 0)

    def _fill_bodies(self) -> None:
        self._bodies_filled = True
        self.left_view.setPlainText(self._texts[0])
        self.right_view.setPlainText(self._texts[1])
        self._mark()

    def _mark(self) -> None:
        for view, lines in zip((self.left_view, self.right_view), self._marks, strict=True):
            selections = []
            document = view.document()
            for number in lines[:5000]:  # a glance: the table has every difference
                block = document.findBlockByNumber(number)
                if not block.isValid():
                    continue
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(block)
                selection.format.setBackground(_MARK)
                selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selections.append(selection)
            view.setExtraSelections(selections)


def _run_starts(lines: list[int]) -> list[int]:
    return [line for index, line in enumerate(lines) if index == 0 or lines[index - 1] != line - 1]


def _body_view(name: str) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setFont(monospace_font())
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return view
