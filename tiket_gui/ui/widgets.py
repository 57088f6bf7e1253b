"""Small constructors for the widgets every panel uses, so each reads in one line."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QHBoxLayout,
    QToolButton,
    QWidget,
)


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


class WrappingRow(QWidget):
    """Two groups of widgets on one line when the width holds both at their natural sizes,
    the trailing group on a line of its own, right-aligned, when it does not: a narrow
    window, or a language with longer words, then clips neither. It asks only for the width
    of its wider group, so it never widens the window."""

    def __init__(
        self,
        leading: list[QWidget],
        trailing: list[QWidget],
        *,
        stretch: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._leading, self._trailing = QWidget(self), QWidget(self)
        for group, widgets in ((self._leading, leading), (self._trailing, trailing)):
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in widgets:
                row.addWidget(widget, 1 if widget is stretch else 0)
        if stretch is None:
            self._leading.layout().addStretch(1)  # type: ignore[union-attr]
        for group in (self._leading, self._trailing):
            group.installEventFilter(self)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        self._stacked: bool | None = None
        self._place(stacked=False)

    @property
    def stacked(self) -> bool:
        return bool(self._stacked)

    def wanted_width(self) -> int:
        """Both groups side by side at the widths their widgets ask for."""
        spacing = max(self._grid.horizontalSpacing(), 0)
        return _natural_width(self._leading) + spacing + _natural_width(self._trailing)

    def minimumSizeHint(self) -> QSize:
        leading, trailing = self._leading.minimumSizeHint(), self._trailing.minimumSizeHint()
        return QSize(max(leading.width(), trailing.width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(stacked=event.size().width() < self.wanted_width())
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a child that asks for another width (a label given a longer text) re-lays the row
        if event.type() == QEvent.Type.LayoutRequest:
            self._place(stacked=self.width() < self.wanted_width())
        return super().eventFilter(watched, event)

    def _place(self, *, stacked: bool) -> None:
        if stacked is self._stacked:
            return
        self._stacked = stacked
        self._grid.removeWidget(self._leading)
        self._grid.removeWidget(self._trailing)
        self._grid.addWidget(self._leading, 0, 0)
        right = Qt.AlignmentFlag.AlignRight
        if stacked:
            self._grid.addWidget(self._trailing, 1, 0, alignment=right)
        else:
            self._grid.addWidget(self._trailing, 0, 1, alignment=right)
        self.updateGeometry()


def _natural_width(group: QWidget) -> int:
    """What the group's visible widgets ask for, whatever their size policies (a label that
    gives way still wants its whole text)."""
    layout = group.layout()
    assert layout is not None
    items = (layout.itemAt(index) for index in range(layout.count()))
    widgets = [item.widget() for item in items if item is not None]
    widths = [widget.sizeHint().width() for widget in widgets if widget and not widget.isHidden()]
    return sum(widths) + max(layout.spacing(), 0) * max(len(widths) - 1, 0)
