"""Syntax colours for the four formats: regular expressions per line and colours from the
palette, asked for by the text view for the lines it paints (a QSyntaxHighlighter colours
every line when the text is set: 270 KB of pretty JSON held the GUI thread 1.4 s here)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QColor, QFont, QGuiApplication, QTextCharFormat, QTextLayout

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


class Highlighter:
    """The colours of one format's line, as ranges a QTextLayout takes."""

    def __init__(self, fmt: Format) -> None:
        self.format = fmt
        self._rules = _rules(fmt)

    def ranges(self, text: str) -> list[QTextLayout.FormatRange]:
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
