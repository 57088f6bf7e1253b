"""Small constructors for the widgets every panel uses, so each reads in one line."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QToolButton, QWidget


def tool_button(
    text: str, tip: str = "", *, checkable: bool = False, parent: QWidget | None = None
) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setCheckable(checkable)
    return button


def set_style(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only when it changes: each set restyles the widget and its children,
    and a fetch set the same few sheets again every time."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def fit_to_words(*buttons: QAbstractButton) -> None:
    """Buttons as wide as their words: the style's 80 px minimum for each widened the
    window past what a small screen has."""
    for button in buttons:
        words = button.text().replace("&", "")
        button.setMinimumWidth(button.fontMetrics().horizontalAdvance(words) + 20)
