"""Syntax colours for the four formats, regular expressions per line and colours from the
palette, given by a text view to the lines it paints."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPaintEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from tiket_gui.core.formats import Format


def _is_dark() -> bool:
    palette = QGuiApplication.palette()
    return palette.base().color().lightness() < 128


def _style(light: str, dark: str, *, bold: bool = False) -> QTextCharFormat:
    style = QTextCharFormat()
    style.setForeground(QColor(dark if _is_dark() else light))
    if bold:
        style.setFontWeight(QFont.Weight.Bold)
    return style


def _rules(fmt: Format) -> list[tuple[QRegularExpression, QTextCharFormat]]:
    key = _style("#0b5cad", "#7cb7ff", bold=True)
    string = _style("#1a7f37", "#8fd694")
    number = _style("#a1450b", "#f0a35e")
    keyword = _style("#8250df", "#d2a8ff")
    punctuation = _style("#6e7781", "#8b949e")
    patterns: dict[Format, list[tuple[str, QTextCharFormat]]] = {
        Format.JSON: [
            (r'"(?:[^"\\]|\\.)*"', string),
            (r'"(?:[^"\\]|\\.)*"(?=\s*:)', key),
            (r"-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b", number),
            (r"\b(?:true|false|null)\b", keyword),
        ],
        Format.XML: [
            (r"</?[\w:.-]+|/?>", key),
            (r'\s[\w:.-]+=(?="|\')', keyword),
            (r'"[^"]*"', string),
            (r"<\?.*?\?>|<!--.*?-->", punctuation),
        ],
        Format.SERIALIZE: [
            (r'"(?:[^"])*"', string),
            (r"\b[aisdbN](?=:|;)", keyword),
            (r":-?\d+(?:\.\d+)?", number),
            (r"[{};]", punctuation),
        ],
        Format.ARRAY: [
            (r"\[[^\]]*\]", key),
            (r"=>", punctuation),
            (r"\bArray\b|^\s*[()]\s*$", keyword),
            (r"(?<==> )-?\d+(?:\.\d+)?$", number),
        ],
    }
    return [(QRegularExpression(pattern), style) for pattern, style in patterns[fmt]]


class ColouredTextView(QPlainTextEdit):
    """A read-only text view that colours the lines it paints, when it first paints them.

    A QSyntaxHighlighter colours every line of a text when the text is set, on the GUI
    thread: 270 KB of pretty JSON (some 50,000 lines) held it 1.4 s here, and the view said
    "colours are off" above 512 KB. The lines on screen are a few dozen whatever the size, so
    every answer is coloured, and a hidden tab costs nothing until it is looked at.
    """

    def __init__(self, fmt: Format, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self._rules = _rules(fmt)
        self._unset: str | None = None

    def show_text(self, text: str) -> None:
        """The text, laid out now if the view is on screen, else when it is first looked at
        (or asked for): laying out the three hidden formats of a List Country answer took
        ~4.5 ms of the click, for tabs most users open later if at all."""
        if self.isVisible():
            self._unset = None
            self.setPlainText(text)
        else:
            self._unset = text

    def _lay_out(self) -> None:
        text, self._unset = self._unset, None
        if text is not None:
            self.setPlainText(text)

    def showEvent(self, event: QShowEvent) -> None:
        self._lay_out()
        super().showEvent(event)

    # whoever reads the view reads the text it was given
    def toPlainText(self) -> str:
        self._lay_out()
        return super().toPlainText()

    def document(self) -> QTextDocument:
        self._lay_out()
        return super().document()

    def textCursor(self) -> QTextCursor:
        self._lay_out()
        return super().textCursor()

    def clear(self) -> None:
        self._unset = None
        super().clear()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._colour_visible_lines()
        super().paintEvent(event)

    def _colour_visible_lines(self) -> None:
        block = self.firstVisibleBlock()
        top = self.blockBoundingGeometry(block).translated(self.contentOffset()).top()
        bottom = self.viewport().height()
        first = last = None
        while block.isValid() and top <= bottom:
            text = block.text()
            # a block's user state is its length once coloured (-1 when new): a block that
            # grew as a piece of a big answer was appended is coloured again
            if block.userState() != len(text):
                block.layout().setFormats(self._ranges(text))
                block.setUserState(len(text))
                if first is None:
                    first = block
                last = block
            top += self.blockBoundingRect(block).height()
            block = block.next()
        if first is not None and last is not None:
            # as QSyntaxHighlighter does: the coloured lines are laid out again, then painted
            end = last.position() + last.length()
            self.document().markContentsDirty(first.position(), end - first.position())

    def _ranges(self, text: str) -> list[QTextLayout.FormatRange]:
        ranges = []
        for expression, style in self._rules:
            matches = expression.globalMatch(text)
            while matches.hasNext():
                match = matches.next()
                coloured = QTextLayout.FormatRange()
                coloured.start = match.capturedStart()
                coloured.length = match.capturedLength()
                coloured.format = style
                ranges.append(coloured)
        return ranges
