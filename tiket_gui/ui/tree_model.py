"""An answer's fields as a tree model whose rows are made when a view asks for them.

A QTreeWidget needs an item per field up front: 20,000 items held the GUI thread ~200 ms, so
the tree stopped there. Here a node's children are made when it is expanded, 200 at a time (a
view asks for more as it is scrolled to their end): a list of 90,000 records, laid out whole
when expanded, held the GUI thread a second, and batches of 1,000 ~50 ms as the view lays each
row out through the model. Any answer opens at once and every field can be reached.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from tiket_gui.core.compare import shorten, type_name, value_text
from tiket_gui.core.i18n import QT_TRANSLATE_NOOP
from tiket_gui.ui.i18n import translate

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
# the value's whole text, for copying: a cell shows it shortened
FULL_TEXT_ROLE = Qt.ItemDataRole.UserRole.value
HEADERS = (
    QT_TRANSLATE_NOOP("tree_model", "Key"),
    QT_TRANSLATE_NOOP("tree_model", "Value"),
    QT_TRANSLATE_NOOP("tree_model", "Type"),
)


BATCH_ROWS = 200


class _Node:
    __slots__ = ("_rest", "children", "key", "parent", "row", "total", "value")

    def __init__(self, key: str, value: Any, parent: _Node | None, row: int) -> None:
        self.key = key
        self.value = value
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []
        self.total = len(value) if isinstance(value, dict | list) else 0
        self._rest: Iterator[tuple[str, Any]] | None = None

    def grow(self, count: int) -> None:
        """Make the next `count` children."""
        if self._rest is None:
            self._rest = _keyed_children(self.value)
        for key, value in islice(self._rest, count):
            self.children.append(_Node(key, value, self, len(self.children)))

    def shown(self) -> list[_Node]:
        """The children made so far; the first batch when none were."""
        if not self.children and self.total:
            self.grow(BATCH_ROWS)
        return self.children


class TreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node("", {}, None, 0)

    def show_tree(self, tree: Any) -> None:
        """The tree's fields at the top; a scalar answer is one row."""
        self.beginResetModel()
        self._root = _Node("", tree if isinstance(tree, dict | list) else {"": tree}, None, 0)
        self.endResetModel()

    def rows_one_level_down(self) -> int:
        """How many rows opening every top field would show."""
        top = self._root.value
        nodes = top.values() if isinstance(top, dict) else top
        return sum(len(node) for node in nodes if isinstance(node, dict | list))

    def _node(self, index: _Index) -> _Node:
        node = index.internalPointer() if index.isValid() else self._root
        assert isinstance(node, _Node)
        return node

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self._node(parent).shown()
        if not (0 <= row < len(children) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).shown())

    def canFetchMore(self, parent: _Index) -> bool:
        node = self._node(parent)
        return len(node.shown()) < node.total

    def fetchMore(self, parent: _Index) -> None:
        node = self._node(parent)
        first = len(node.shown())
        count = min(BATCH_ROWS, node.total - first)
        if count <= 0:
            return
        self.beginInsertRows(parent, first, first + count - 1)
        node.grow(count)
        self.endInsertRows()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        return self._node(parent).total > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == _DISPLAY:
            return translate("tree_model", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or role not in (_DISPLAY, FULL_TEXT_ROLE):
            return None
        node = self._node(index)
        column = index.column()
        if column == 0:
            return node.key
        if column == 2:
            return type_name(node.value)
        full = "" if isinstance(node.value, dict | list) else value_text(node.value)
        return shorten(full) if role == _DISPLAY else full

    def key_at(self, index: _Index) -> str:
        return self._node(index).key


def _keyed_children(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        return ((str(key), value) for key, value in node.items())
    if isinstance(node, list):
        return ((f"[{index}]", value) for index, value in enumerate(node))
    return iter(())
