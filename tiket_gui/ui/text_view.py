"""A read-only view of a text's lines that lays out, colours and paints only those on screen.

QPlainTextEdit builds a QTextDocument block for every line when its text is set: 9.5 MB of
small records (910,000 lines) took ~3.6 s of the GUI thread here, and the four formats of a
1 MB answer ~0.7 s, for the few dozen lines a window shows. This view keeps the lines as a
Python list (split on a worker) and gives each line on screen a QTextLayout when it is painted,
so setting any text costs next to nothing and scrolling costs the lines scrolled into view.
It does what a read-only answer needs: select with the mouse or Ctrl+A, copy, find, marks
(a match, where reading failed), scroll by line, page and wheel.
"""

from __future__ import annotations

import bisect
import itertools
import math
import operator
import re
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimerEvent, Slot
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFontMetricsF,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextLayout,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QWidget

from tiket_gui.core.display import DisplayText, display_text
from tiket_gui.core.formats import Format
from tiket_gui.ui.highlighters import Highlighter
from tiket_gui.ui.i18n import translate

# Layouts kept for lines already painted: a screen or two of them, so scrolling back is free
# and a long scroll does not keep a layout for every line it passed.
_KEPT_LAYOUTS = 600
_MARGIN_PX = 4  # left and right, as QPlainTextEdit's document margin
_TOP_PX = 2
_AUTOSCROLL_MS = 40
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Mark:
    """A range of the text painted with a background: a find match, where reading failed."""

    start: int
    length: int
    colour: QColor


class TextView(QAbstractScrollArea):
    """The text of one answer, read-only, coloured as `fmt` where it is on screen.

    Positions are offsets in the text shown (its long lines folded, see core.display), as
    str indices: a line's start is the lengths of the lines before it, each with its newline.
    """

    def __init__(self, fmt: Format | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._highlighter = Highlighter(fmt) if fmt is not None else None
        self._lines: list[str] = [""]
        self._continued: list[int] = []
        self._text: str | None = ""
        self._lowered: str | None = None
        self._starts: list[int] | None = None
        self._content_width = 0.0
        self._layouts: OrderedDict[int, QTextLayout] = OrderedDict()
        self._anchor = 0
        self._position = 0
        self._marks: list[Mark] = []
        self._dragging = False
        self._double_click: tuple[float, QPoint] | None = None  # when and where, for a third
        self._autoscroll_timer = 0
        self._line_height = 1
        self._char_width = 1.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self._measure_font()

    # -- the text -------------------------------------------------------------------------------

    def show_text(self, text: str, prepared: DisplayText | None = None) -> None:
        """Show `text`; `prepared`, its lines split on a worker, saves splitting them here."""
        shown = prepared or display_text(text)
        self._lines = shown.lines or [""]
        self._continued = shown.continued  # sorted: lines that go on from the one before
        self._text = None if shown.folded else text
        self._lowered = None
        self._starts = None
        self._layouts.clear()
        self._marks = []
        self._anchor = self._position = 0
        self._content_width = shown.longest * self._char_width + 2 * _MARGIN_PX
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self._update_scroll_ranges()
        self.viewport().update()

    def toPlainText(self) -> str:
        """The text shown, long lines folded as on screen."""
        if self._text is None:
            self._text = "\n".join(self._lines)
        return self._text

    @property
    def line_count(self) -> int:
        return len(self._lines)

    def coloured_lines(self) -> set[int]:
        """The lines coloured so far: those painted since the text was set, a screen or two
        of them kept."""
        return set(self._layouts) if self._highlighter is not None else set()

    # -- selection, marks and find --------------------------------------------------------------

    def selection(self) -> tuple[int, int]:
        """The selected range as (start, end), start <= end."""
        return min(self._anchor, self._position), max(self._anchor, self._position)

    def selected_text(self) -> str:
        """The selection as the text has it: a long line's folds are not line breaks."""
        start, end = self.selection()
        selected = self.toPlainText()[start:end]
        if not self._continued or start == end:
            return selected
        first, _ = self._line_and_column(start)
        last, _ = self._line_and_column(end)
        starts = self._line_starts()
        low = bisect.bisect_right(self._continued, first)
        high = bisect.bisect_right(self._continued, last)
        folds = [starts[line] - 1 - start for line in self._continued[low:high]]
        pieces = [selected[a + 1 : b] for a, b in itertools.pairwise([-1, *folds, len(selected)])]
        return "".join(pieces)

    def select(self, start: int, length: int) -> None:
        """Select `length` characters from `start` and bring them to the middle of the view."""
        end_of_text = len(self.toPlainText())
        start = max(0, min(start, end_of_text))
        self._set_selection(start, min(start + max(length, 0), end_of_text))
        self.centre_on(start)

    def select_all(self) -> None:
        self._set_selection(0, len(self.toPlainText()))

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = list(marks)
        self.viewport().update()

    def find_text(self, needle: str, *, backward: bool = False, from_start: bool = False) -> bool:
        """Select the next (or previous) match of `needle`, any case, after the selection
        or from the start, wrapping around once; False when the text has none."""
        if not needle:
            return False
        haystack, wanted = self._lowered_text(), _lower(needle)
        start, end = (0, 0) if from_start else self.selection()
        if backward:
            found = haystack.rfind(wanted, 0, max(start + len(wanted) - 1, 0))
            if found < 0:
                found = haystack.rfind(wanted)
        else:
            found = haystack.find(wanted, end)
            if found < 0:
                found = haystack.find(wanted)
        if found < 0:
            return False
        self._set_selection(found, found + len(wanted))
        self.centre_on(found, only_if_hidden=True)
        return True

    def count(self, needle: str, before: int | None = None) -> int:
        """How many times `needle` occurs, any case, in the text or before offset `before`."""
        return self._lowered_text().count(_lower(needle), 0, before)

    def _lowered_text(self) -> str:
        if self._lowered is None:
            self._lowered = _lower(self.toPlainText())
        return self._lowered

    def centre_on(self, position: int, *, only_if_hidden: bool = False) -> None:
        line, column = self._line_and_column(position)
        bar = self.verticalScrollBar()
        visible = self._visible_line_count()
        if not (only_if_hidden and bar.value() <= line < bar.value() + visible):
            bar.setValue(line - visible // 2)
        x = self._x_of(line, column)
        across = self.horizontalScrollBar()
        width = self.viewport().width()
        if not across.value() <= x < across.value() + width - 2 * _MARGIN_PX:
            across.setValue(int(x - width / 3))

    @Slot()
    def copy(self) -> None:
        selected = self.selected_text()
        if selected:
            QGuiApplication.clipboard().setText(selected)

    # -- Qt's events ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        first = self.verticalScrollBar().value()
        last = min(first + self._visible_line_count() + 1, len(self._lines))
        left = _MARGIN_PX - self.horizontalScrollBar().value()
        widest = self._content_width
        for number in range(first, last):
            layout = self._layout(number)
            top = _TOP_PX + (number - first) * self._line_height
            layout.draw(painter, QPointF(left, top), self._selection_ranges(number))
            widest = max(widest, layout.maximumWidth() + 2 * _MARGIN_PX)
        painter.end()
        if widest > self._content_width:  # a wide glyph or a tab made a line longer
            self._content_width = widest
            self._update_scroll_ranges()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_ranges()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            if self._highlighter is not None:  # dark or light colours
                self._highlighter = Highlighter(self._highlighter.format)
            self._measure_font()
            self._layouts.clear()
            self._update_scroll_ranges()
            self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position().toPoint()
        position = self._position_at(point)
        if self._is_third_click(point):
            line, column = self._line_and_column(position)
            start = position - column
            self._set_selection(start, start + len(self._lines[line]))
            self._offer_to_selection_clipboard()
            return
        extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._set_selection(self._anchor if extend else position, position)
        self._dragging = True

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._dragging:
            return
        point = event.position().toPoint()
        self._set_selection(self._anchor, self._position_at(point))
        outside = not self.viewport().rect().contains(point)
        if outside and not self._autoscroll_timer:
            self._autoscroll_timer = self.startTimer(_AUTOSCROLL_MS)
        elif not outside and self._autoscroll_timer:
            self._stop_autoscroll()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._dragging = False
        self._stop_autoscroll()
        self._offer_to_selection_clipboard()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position().toPoint()
        self._double_click = (time.monotonic(), point)
        position = self._position_at(point)
        line, column = self._line_and_column(position)
        start = position - column
        for word in _WORD.finditer(self._lines[line]):
            if word.start() <= column <= word.end():
                self._set_selection(start + word.start(), start + word.end())
                break
        self._offer_to_selection_clipboard()

    def timerEvent(self, event: QTimerEvent) -> None:
        if event.timerId() != self._autoscroll_timer:
            super().timerEvent(event)
            return
        point = self.viewport().mapFromGlobal(self.cursor().pos())
        bar = self.verticalScrollBar()
        if point.y() < 0:
            bar.setValue(bar.value() - 1 - (-point.y()) // self._line_height)
        elif point.y() > self.viewport().height():
            bar.setValue(
                bar.value() + 1 + (point.y() - self.viewport().height()) // self._line_height
            )
        across = self.horizontalScrollBar()
        if point.x() < 0:
            across.setValue(across.value() - int(self._char_width * 4))
        elif point.x() > self.viewport().width():
            across.setValue(across.value() + int(self._char_width * 4))
        self._set_selection(self._anchor, self._position_at(point))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
        elif event.key() in (Qt.Key.Key_Home, Qt.Key.Key_End):
            to_end = event.key() == Qt.Key.Key_End
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                bar = self.verticalScrollBar()
                bar.setValue(bar.maximum() if to_end else 0)
            across = self.horizontalScrollBar()
            across.setValue(across.maximum() if to_end else 0)
        else:
            super().keyPressEvent(event)  # arrows and pages move the scroll bars

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def context_menu(self) -> QMenu:
        """What a right click offers: copy the selection, select everything."""
        menu = QMenu(self)
        copy = menu.addAction(translate("text_view", "&Copy"), self.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(self._anchor != self._position)
        select_all = menu.addAction(translate("text_view", "Select &All"), self.select_all)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        return menu

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._selection_colours_changed()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._selection_colours_changed()

    # -- helpers --------------------------------------------------------------------------------

    def _measure_font(self) -> None:
        metrics = QFontMetricsF(self.font())
        self._line_height = max(1, math.ceil(metrics.height()))
        self._char_width = metrics.horizontalAdvance("0")
        self.verticalScrollBar().setSingleStep(1)
        self.horizontalScrollBar().setSingleStep(max(1, int(self._char_width * 2)))

    def _visible_line_count(self) -> int:
        return max(1, (self.viewport().height() - _TOP_PX) // self._line_height)

    def _update_scroll_ranges(self) -> None:
        visible = self._visible_line_count()
        down = self.verticalScrollBar()
        down.setPageStep(visible)
        down.setRange(0, max(0, len(self._lines) - visible))
        across = self.horizontalScrollBar()
        width = self.viewport().width()
        across.setPageStep(width)
        across.setRange(0, max(0, math.ceil(self._content_width) - width))

    @Slot()
    def _scrolled(self) -> None:
        self.viewport().update()

    def _layout(self, number: int) -> QTextLayout:
        layout = self._layouts.get(number)
        if layout is not None:
            self._layouts.move_to_end(number)
            return layout
        text = self._lines[number]
        layout = QTextLayout(text, self.font())
        layout.setCacheEnabled(True)
        if self._highlighter is not None:
            layout.setFormats(self._highlighter.ranges(text))
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(1e9)  # no wrapping: a long line is folded before it gets here
        line.setPosition(QPointF(0, 0))
        layout.endLayout()
        self._layouts[number] = layout
        if len(self._layouts) > _KEPT_LAYOUTS:
            self._layouts.popitem(last=False)
        return layout

    def _line_starts(self) -> list[int]:
        """Each line's offset, and one past the end: computed in C the first time a position
        is needed (~40 ms on 910,000 lines), not when the text is set."""
        if self._starts is None:
            lengths = itertools.accumulate(map(len, self._lines), initial=0)
            self._starts = list(map(operator.add, lengths, range(len(self._lines) + 1)))
        return self._starts

    def _line_and_column(self, position: int) -> tuple[int, int]:
        starts = self._line_starts()
        line = max(0, min(bisect.bisect_right(starts, position) - 1, len(self._lines) - 1))
        return line, min(position - starts[line], len(self._lines[line]))

    def _position_at(self, point: QPoint) -> int:
        line = self.verticalScrollBar().value() + (point.y() - _TOP_PX) // self._line_height
        line = max(0, min(line, len(self._lines) - 1))
        x = point.x() - _MARGIN_PX + self.horizontalScrollBar().value()
        column = self._layout(line).lineAt(0).xToCursor(x)
        return self._line_starts()[line] + column

    def _x_of(self, line: int, column: int) -> float:
        x, _column = cast(tuple[float, int], self._layout(line).lineAt(0).cursorToX(column))
        return x

    def _set_selection(self, anchor: int, position: int) -> None:
        if (anchor, position) == (self._anchor, self._position):
            return
        self._anchor, self._position = anchor, position
        self.viewport().update()

    def _selection_ranges(self, number: int) -> list[QTextLayout.FormatRange]:
        """The marks and the selection on line `number`, as ranges of that line."""
        start, end = self.selection()
        if start == end and not self._marks:
            return []
        starts = self._line_starts()
        line_start, line_end = starts[number], starts[number + 1]  # line_end: past its newline
        ranges = []
        for mark in self._marks:
            style = QTextCharFormat()
            style.setBackground(mark.colour)
            ranges += _range_on_line(
                mark.start, mark.start + mark.length, line_start, line_end, style
            )
        if start != end:
            group = QPalette.ColorGroup.Active if self.hasFocus() else QPalette.ColorGroup.Inactive
            style = QTextCharFormat()
            style.setBackground(self.palette().color(group, QPalette.ColorRole.Highlight))
            style.setForeground(self.palette().color(group, QPalette.ColorRole.HighlightedText))
            ranges += _range_on_line(start, end, line_start, line_end, style)
        return ranges

    def _selection_colours_changed(self) -> None:
        if self._anchor != self._position:
            self.viewport().update()

    def _is_third_click(self, point: QPoint) -> bool:
        """A press soon after a double click, where it was: the line is selected."""
        if self._double_click is None:
            return False
        when, where = self._double_click
        self._double_click = None
        soon = time.monotonic() - when < QApplication.doubleClickInterval() / 1000
        near = (point - where).manhattanLength() < QApplication.startDragDistance()
        return soon and near

    def _stop_autoscroll(self) -> None:
        if self._autoscroll_timer:
            self.killTimer(self._autoscroll_timer)
            self._autoscroll_timer = 0

    def _offer_to_selection_clipboard(self) -> None:
        """As X11 programs do: what is selected can be pasted with the middle button."""
        clipboard = QGuiApplication.clipboard()
        selected = self.selected_text()
        if selected and clipboard.supportsSelection():
            clipboard.setText(selected, clipboard.Mode.Selection)


def _lower(text: str) -> str:
    """The text in lower case, as long as it was: a match's offsets are the text's."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered


def _range_on_line(
    start: int, end: int, line_start: int, line_end: int, style: QTextCharFormat
) -> list[QTextLayout.FormatRange]:
    if end <= line_start or start >= line_end:
        return []
    piece = QTextLayout.FormatRange()
    piece.start = max(start, line_start) - line_start
    piece.length = min(end, line_end) - line_start - piece.start
    piece.format = style
    return [piece]
