"""The answer's text view: only what is on screen is laid out; select, copy, find, marks."""

from __future__ import annotations

import json
import math

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QGuiApplication
from pytestqt.qtbot import QtBot

from tiket_gui.core.display import LONG_LINE_CHARS, display_text, shown_offset
from tiket_gui.core.formats import Format
from tiket_gui.ui.response_view import monospace_font
from tiket_gui.ui.text_view import Mark, TextView

PRETTY = json.dumps(
    {"rows": [{"id": i, "airline": "Garuda Indonesia"} for i in range(5000)]}, indent=2
)


@pytest.fixture
def view(qtbot: QtBot) -> TextView:
    shown = TextView(Format.JSON)
    qtbot.addWidget(shown)
    shown.setFont(monospace_font())  # as the window's; _point_of counts on it
    shown.resize(600, 400)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_text(PRETTY)
    return shown


def _point_of(view: TextView, line: int, column: int) -> QPoint:
    """Where a character is on screen, the line being in view."""
    first = view.verticalScrollBar().value()
    metrics = QFontMetricsF(view.font())
    height = math.ceil(metrics.height())
    x = 4 + metrics.horizontalAdvance("0") * (column + 0.3)
    return QPoint(int(x), 2 + (line - first) * height + height // 2)


def test_a_big_text_is_laid_out_only_where_it_is_looked_at(qtbot: QtBot, view: TextView) -> None:
    qtbot.waitUntil(lambda: bool(view.coloured_lines()))
    assert view.line_count == PRETTY.count("\n") + 1
    assert max(view.coloured_lines()) < 60
    view.verticalScrollBar().setValue(20_000)
    qtbot.waitUntil(lambda: 20_000 in view.coloured_lines())
    assert not any(100 < line < 19_000 for line in view.coloured_lines())
    assert view.toPlainText() == PRETTY


def test_dragging_selects_and_ctrl_c_copies(qtbot: QtBot, view: TextView) -> None:
    # line 3 is '    "id": 0,'
    assert PRETTY.split("\n")[3] == '      "id": 0,'
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=_point_of(view, 3, 6))
    qtbot.mouseMove(viewport, _point_of(view, 3, 10))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_point_of(view, 3, 10))
    assert view.selected_text() == '"id"'
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == '"id"'


def test_a_selection_can_run_over_lines_and_be_extended_with_shift(
    qtbot: QtBot, view: TextView
) -> None:
    viewport = view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_point_of(view, 0, 0))
    qtbot.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        _point_of(view, 2, 5),
    )
    assert view.selected_text() == '{\n  "rows": [\n    {'


def test_a_double_click_selects_the_word(qtbot: QtBot, view: TextView) -> None:
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(view, 4, 20))
    assert view.selected_text() == "Garuda"


def test_select_all_then_copy_gives_the_whole_text(qtbot: QtBot, view: TextView) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    view.copy()
    assert QGuiApplication.clipboard().text() == PRETTY


def test_find_goes_forward_and_back_any_case_and_wraps(view: TextView) -> None:
    assert view.find_text("GARUDA")
    first = view.selection()
    assert view.toPlainText()[first[0] : first[1]] == "Garuda"
    assert view.find_text("garuda")
    assert view.selection()[0] > first[0]
    assert view.find_text("garuda", backward=True)
    assert view.selection() == first
    assert view.find_text("garuda", backward=True)  # wraps round to the last
    assert view.selection()[0] == PRETTY.rfind("Garuda")
    assert view.count("garuda") == 5000
    assert not view.find_text("lion air")


def test_a_match_far_down_is_brought_into_view(qtbot: QtBot, view: TextView) -> None:
    offset = PRETTY.index('"id": 4000,')
    view.select(offset, 5)
    line = PRETTY.count("\n", 0, offset)
    first = view.verticalScrollBar().value()
    assert first < line < first + 30
    assert view.selected_text() == '"id":'


def test_find_keeps_offsets_where_lowering_changes_lengths(qtbot: QtBot) -> None:
    view = TextView(Format.JSON)
    qtbot.addWidget(view)
    text = '{"kota": "İstanbul", "tujuan": "Bali"}'
    view.show_text(text)
    assert view.find_text("bali")
    start, end = view.selection()
    assert text[start:end] == "Bali"


def test_marks_are_kept_until_replaced_and_dropped_with_the_text(view: TextView) -> None:
    view.set_marks([Mark(10, 4, QColor(255, 200, 0))])
    assert [(mark.start, mark.length) for mark in view.marks()] == [(10, 4)]
    view.viewport().repaint()  # painting a mark over line ends does not fail
    view.show_text("{}")
    assert view.marks() == []


def test_folded_lines_scroll_sideways_to_their_end(qtbot: QtBot) -> None:
    view = TextView(Format.JSON)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    text = '{"blob": "' + "x" * 5000 + '"}'
    shown = display_text(text)
    view.show_text(text, shown)
    assert shown.folded and view.line_count == len(shown.lines)
    width = QFontMetricsF(view.font()).horizontalAdvance("0") * LONG_LINE_CHARS
    assert view.horizontalScrollBar().maximum() >= width - view.viewport().width()
    assert view.toPlainText() == "\n".join(shown.lines)


def test_the_context_menu_offers_copy_only_with_a_selection(view: TextView) -> None:
    copy, select_all = view.context_menu().actions()
    assert not copy.isEnabled() and select_all.isEnabled()
    view.select(0, 5)
    copy, select_all = view.context_menu().actions()
    assert copy.isEnabled()
    copy.trigger()
    assert QGuiApplication.clipboard().text() == PRETTY[:5]
    select_all.trigger()
    assert view.selected_text() == PRETTY


def test_a_third_click_selects_the_line(qtbot: QtBot, view: TextView) -> None:
    where = _point_of(view, 4, 20)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert view.selected_text() == '      "airline": "Garuda Indonesia"'


def test_a_folded_line_is_copied_whole(qtbot: QtBot) -> None:
    view = TextView(Format.JSON)
    qtbot.addWidget(view)
    text = '{"blob": "' + "x" * 3000 + '",\n "next": 1}'
    view.show_text(text, display_text(text))
    assert view.line_count == 4  # the blob's line in three, and the next
    view.select_all()
    assert view.selected_text() == text
    # from 10 before the first fold to 10 after the second, the next line's start too
    start = LONG_LINE_CHARS - 10
    end = text.index("\n") + 3
    view.select(shown_offset(text, start), shown_offset(text, end) - shown_offset(text, start))
    assert view.selected_text() == text[start:end]
