"""Syntax colours for the four formats; regular expressions per line, colours from the palette."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from tiket_gui.core.formats import Format

# Above this, colouring every line costs seconds on the GUI thread; the view says so instead.
HIGHLIGHT_LIMIT_BYTES = 512 * 1024


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


class FormatHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, fmt: Format) -> None:
        super().__init__(document)
        self._rules = _rules(fmt)

    def highlightBlock(self, text: str) -> None:
        for expression, style in self._rules:
            matches = expression.globalMatch(text)
            while matches.hasNext():
                match = matches.next()
                self.setFormat(match.capturedStart(), match.capturedLength(), style)
