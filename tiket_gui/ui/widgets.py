"""Small constructors for the widgets every panel uses, so each reads in one line."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton, QWidget


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
