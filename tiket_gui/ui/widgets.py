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
