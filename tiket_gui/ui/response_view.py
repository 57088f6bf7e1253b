"""One format's answer: status, headers, the body pretty, raw or as a tree; find, copy, save."""

from __future__ import annotations

import functools
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tiket_gui.core.display import LONG_LINE_CHARS, DisplayText, display_text, shown_offset
from tiket_gui.core.errors import ParseError
from tiket_gui.core.formats import Format, decode_text
from tiket_gui.core.i18n import number
from tiket_gui.core.outcome import FormatOutcome
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.text_view import Mark, TextView
from tiket_gui.ui.tree_model import FULL_TEXT_ROLE, TreeModel
from tiket_gui.ui.widgets import set_style, tool_button

EXPANDED_ROWS_LIMIT = 500


@functools.cache
def monospace_font() -> Any:
    """The system's fixed font, asked for once: the compare table sets it on every cell."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


class ResponseView(QWidget):
    """The tab of one format.

    Signals:
        message(str): a line for the status bar.
    """

    message = Signal(str)

    def __init__(self, fmt: Format, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.format = fmt
        self._outcome: FormatOutcome | None = None
        self._tree_built = False
        self._source_text = ""
        self._folded = False  # the text shown has its long lines folded
        self._showing_pretty = False

        self.status_label = QLabel()
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headers_button = tool_button(
            translate("response_view", "Headers"),
            translate("response_view", "Show or hide the HTTP headers of this answer"),
            checkable=True,
        )
        self.headers_view = QPlainTextEdit(readOnly=True)
        self.headers_view.setFont(monospace_font())
        self.headers_view.setMaximumHeight(110)
        self.headers_view.hide()
        self.headers_button.toggled.connect(self._show_headers)

        self.banner = QLabel(wordWrap=True)
        self.banner.setObjectName(f"banner_{fmt.value}")
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # many repairs make a tall banner: it scrolls past three lines, so a short window
        # keeps the body in view instead of growing
        self.banner_area = QScrollArea()
        self.banner_area.setWidget(self.banner)
        self.banner_area.setWidgetResizable(True)
        self.banner_area.setFrameShape(QFrame.Shape.NoFrame)
        self.banner_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        line = self.banner.fontMetrics().lineSpacing()
        self.banner_area.setMaximumHeight(line * 3 + 14)
        self.banner_area.setMinimumHeight(line + 14)
        self.banner_area.hide()

        self.pretty_button = tool_button(
            translate("response_view", "Pretty"),
            translate("response_view", "Indented for reading"),
            checkable=True,
        )
        self.pretty_button.setChecked(True)
        self.raw_button = tool_button(
            translate("response_view", "Raw"),
            translate("response_view", "The body exactly as received"),
            checkable=True,
        )
        self.tree_button = tool_button(
            translate("response_view", "Tree"),
            translate("response_view", "Fields as a tree with their types"),
            checkable=True,
        )
        self.mode_group = QButtonGroup(self)
        for button in (self.pretty_button, self.raw_button, self.tree_button):
            self.mode_group.addButton(button)
        self.mode_group.buttonToggled.connect(self._mode_changed)
        self.find_button = tool_button(
            translate("response_view", "Find"),
            translate("response_view", "Find in the body (Ctrl+F)"),
        )
        self.copy_button = tool_button(
            translate("response_view", "Copy"), translate("response_view", "Copy the text shown")
        )
        self.save_button = tool_button(
            translate("response_view", "Save…"),
            translate("response_view", "Save the body as received to a file"),
        )
        self.find_button.clicked.connect(self.open_find)
        self.copy_button.clicked.connect(self.copy_text)
        self.save_button.clicked.connect(self.save_body)

        self.text_view = TextView(fmt)
        self.text_view.setMinimumHeight(30)  # a short window keeps its toolbars whole
        self.text_view.setObjectName(f"rawView_{fmt.value}")
        # a view of our own has no text for screen readers, as QPlainTextEdit had: its name
        # at least says what it holds
        self.text_view.setAccessibleName(
            translate("response_view", "{title} answer text").format(title=fmt.title)
        )
        self.text_view.setFont(monospace_font())

        self.tree_model = TreeModel(self)
        self.tree_view = QTreeView()
        self.tree_view.setObjectName(f"treeView_{fmt.value}")
        self.tree_view.setModel(self.tree_model)
        self.tree_view.setUniformRowHeights(True)  # no row measured to lay out a big tree
        self.tree_view.setColumnWidth(0, 220)
        self.tree_view.setColumnWidth(1, 340)
        self.tree_view.doubleClicked.connect(self._copy_tree_value)
        self.tree_view.setToolTip(
            translate("response_view", "Double-click a row to copy its value")
        )

        self.stack = QStackedWidget()
        self.stack.addWidget(self.text_view)
        self.stack.addWidget(self.tree_view)

        self.find_edit = QLineEdit(placeholderText=translate("response_view", "Find"))
        self.find_edit.setObjectName(f"findEdit_{fmt.value}")
        self.find_count = QLabel()
        previous_button = tool_button(
            "▲", translate("response_view", "Previous match (Shift+Enter)")
        )
        next_button = tool_button("▼", translate("response_view", "Next match (Enter)"))
        close_button = tool_button("✕", translate("response_view", "Close the find bar (Esc)"))
        self.find_bar = QWidget()
        find_layout = QHBoxLayout(self.find_bar)
        find_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.find_edit, self.find_count, previous_button, next_button, close_button):
            find_layout.addWidget(widget)
        self.find_bar.hide()
        self.find_edit.textChanged.connect(lambda _text: self.find_next(from_start=True))
        self.find_edit.returnPressed.connect(self.find_next)
        next_button.clicked.connect(self.find_next)
        previous_button.clicked.connect(self.find_previous)
        close_button.clicked.connect(self.close_find)
        QShortcut(QKeySequence("Shift+Return"), self.find_edit, self.find_previous)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find_edit, self.close_find)

        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.headers_button)
        tools = QHBoxLayout()
        for button in (self.pretty_button, self.raw_button, self.tree_button):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.find_button, self.copy_button, self.save_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.headers_view)
        layout.addWidget(self.banner_area)
        layout.addLayout(tools)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.stack, 1)

    # -- showing an outcome ---------------------------------------------------------------------

    @property
    def outcome(self) -> FormatOutcome | None:
        return self._outcome

    def show_outcome(self, outcome: FormatOutcome) -> None:
        self._outcome = outcome
        self._tree_built = False
        status = outcome.status_line or (outcome.error.message if outcome.error else "")
        if outcome.elapsed_ms is not None:
            status += "  ·  " + translate("response_view", "{ms} ms  ·  {size} bytes").format(
                ms=number(outcome.elapsed_ms), size=number(len(outcome.body))
            )
        self.status_label.setText(status)
        self.headers_button.setEnabled(bool(outcome.headers))
        self._show_headers(self.headers_button.isChecked())
        self._show_banner(outcome)
        can_pretty = outcome.pretty_text is not None
        self.pretty_button.setEnabled(can_pretty)
        self.tree_button.setEnabled(outcome.parsed is not None)
        if not can_pretty and not self.raw_button.isChecked():
            self.raw_button.setChecked(True)
        self._mode_changed()

    @Slot(bool)
    def _show_headers(self, shown: bool) -> None:
        """The headers are written into their view when it is open, not at every answer."""
        outcome = self._outcome
        if shown and outcome is not None:
            self.headers_view.setPlainText("\n".join(f"{k}: {v}" for k, v in outcome.headers))
        self.headers_view.setVisible(shown)

    def _show_banner(self, outcome: FormatOutcome) -> None:
        error = outcome.error
        lines: list[str] = []
        if isinstance(error, ParseError):
            where = error.line_and_column(outcome.body)
            at = (
                " "
                + translate("response_view", "(line {line}, column {column})").format(
                    line=where[0], column=where[1]
                )
                if where and not error.names_line
                else ""
            )
            lines.append(
                translate("response_view", "<b>Cannot read this answer:</b> {html}{at}").format(
                    html=_html(error.message), at=at
                )
            )
        elif error is not None and outcome.body:
            lines.append(f"<b>{_html(error.message)}</b>")
        if outcome.parsed and outcome.parsed.lenient:
            lines.append(
                translate(
                    "response_view",
                    "<b>Read leniently:</b> this is not valid strict PHP serialize.",
                )
            )
        lines += [_html(warning) for warning in outcome.warnings]
        self.banner_area.setVisible(bool(lines))
        self.banner.setText("<br>".join(lines))
        is_error = error is not None
        set_style(
            self.banner,
            "QLabel { padding: 6px; border-radius: 4px; "
            + (
                "background: rgba(207, 34, 46, 0.16); }"
                if is_error
                else "background: rgba(191, 135, 0, 0.18); }"
            ),
        )

    @Slot()
    def _mode_changed(self, *_: object) -> None:
        outcome = self._outcome
        if self.tree_button.isChecked():
            self.stack.setCurrentWidget(self.tree_view)
            if outcome is not None and not self._tree_built:
                self._build_tree(outcome)
            return
        self.stack.setCurrentWidget(self.text_view)
        if outcome is None:
            return
        self._showing_pretty = self.pretty_button.isChecked() and outcome.pretty_text is not None
        if self._showing_pretty and outcome.pretty_text is not None:
            self._set_text(outcome.pretty_text, outcome.pretty_display)
        else:
            self._set_text(decode_text(outcome.body))

    def _set_text(self, text: str, prepared: DisplayText | None = None) -> None:
        """`prepared`, the text's lines split on a worker, saves splitting them here (~30 ms
        of GUI-thread time on 10 MB)."""
        self._source_text = text
        shown = prepared or display_text(text)
        self._folded = shown.folded
        if shown.folded:
            self.message.emit(
                translate(
                    "response_view",
                    "{title}: lines over {limit} characters are shown folded to "
                    "stay responsive; Copy and Save give the text whole.",
                ).format(title=self.format.title, limit=number(LONG_LINE_CHARS))
            )
        self.text_view.show_text(text, shown)
        self._mark_error_position()

    def _mark_error_position(self) -> None:
        """With the raw body on screen, mark where reading it failed."""
        outcome = self._outcome
        if outcome is None or not isinstance(outcome.error, ParseError) or self._showing_pretty:
            return
        position = outcome.error.position
        if position is None:
            return
        # as the text was made for showing: BOM dropped, CRLF folded, long lines folded
        start = len(decode_text(outcome.body[:position]))
        if self._folded:
            start = shown_offset(self._source_text, start)
        self.select_range(start, 1, error=True)

    def select_range(self, start: int, length: int, *, error: bool = False) -> None:
        length = max(length, 1)
        colour = QColor(207, 34, 46, 110) if error else QColor(255, 200, 0, 120)
        self.text_view.set_marks([Mark(start, length, colour)])
        if error:  # the mark alone: a selection over it would hide its colour
            self.text_view.centre_on(start)
        else:
            self.text_view.select(start, length)

    def mark_field(self, path: str) -> bool:
        """Select the field's key in the text shown; True when found."""
        key = path.rsplit(".", 1)[-1].split("[", 1)[0]
        if not key:
            return False
        text = self.text_view.toPlainText()
        for candidate in (f'"{key}"', f"<{key}>", f"[{key}]", key):
            index = text.find(candidate)
            if index >= 0:
                self.select_range(index, len(candidate))
                return True
        return False

    # -- tree -----------------------------------------------------------------------------------

    def _build_tree(self, outcome: FormatOutcome) -> None:
        self._tree_built = True
        self.tree_model.show_tree(outcome.parsed.tree if outcome.parsed is not None else {})
        # the fields one level down open too, unless that is thousands of rows at once
        few = self.tree_model.rows_one_level_down() <= EXPANDED_ROWS_LIMIT
        self.tree_view.expandToDepth(1 if few else 0)

    @Slot(QModelIndex)
    def _copy_tree_value(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(1).data(FULL_TEXT_ROLE)
        QGuiApplication.clipboard().setText(str(value or ""))
        self.message.emit(
            translate("response_view", "Copied the value of {key_at}.").format(
                key_at=self.tree_model.key_at(index)
            )
        )

    def open_find(self) -> None:
        if self.tree_button.isChecked():
            self.pretty_button.setChecked(True)
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    @Slot()
    def close_find(self) -> None:
        self.find_bar.hide()
        self.find_count.clear()
        self.text_view.setFocus()

    @Slot()
    def find_next(self, from_start: bool = False) -> bool:
        return self._find(backward=False, from_start=from_start)

    @Slot()
    def find_previous(self) -> bool:
        return self._find(backward=True, from_start=False)

    def _find(self, *, backward: bool, from_start: bool) -> bool:
        needle = self.find_edit.text()
        if not needle:
            self.find_count.clear()
            return False
        found = self.text_view.find_text(needle, backward=backward, from_start=from_start)
        if found:
            start, _end = self.text_view.selection()
            self.find_count.setText(
                translate("response_view", "{value} of {total}").format(
                    value=self.text_view.count(needle, before=start) + 1,
                    total=self.text_view.count(needle),
                )
            )
        else:
            self.find_count.setText(translate("response_view", "no match"))
        return found

    @Slot()
    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self._source_text)
        self.message.emit(
            translate("response_view", "Copied the {title} text.").format(title=self.format.title)
        )

    @Slot()
    def save_body(self) -> None:
        if self._outcome is None:
            return
        suffix = {Format.JSON: "json", Format.XML: "xml"}.get(self.format, "txt")
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("response_view", "Save the {title} answer").format(title=self.format.title),
            f"getToken.{self.format.value}.{suffix}",
        )
        if not path:
            return
        try:
            with open(path, "wb") as handle:
                handle.write(self._outcome.body)
        except OSError as error:
            reason = error.strerror or "write failed"
            self.message.emit(
                translate(
                    "response_view", "Could not save to {path}: {reason}. Choose another folder."
                ).format(path=path, reason=reason)
            )
            return
        self.message.emit(
            translate("response_view", "Saved the {title} answer to {path}.").format(
                title=self.format.title, path=path
            )
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
