"""Compare the trees of several formats field by field: what agrees, what differs, and how."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, overload

from tiket_gui.core.formats import Format
from tiket_gui.core.i18n import QT_TRANSLATE_NOOP, translate

# output_type names each answer's own format; the others are measured anew by every request.
EXPECTED_DIFFERENCES = frozenset(
    {"output_type", "diagnostic.elapsetime", "diagnostic.memoryusage", "diagnostic.unix_timestamp"}
)


class FieldVerdict(enum.Enum):
    SAME = "same"
    SAME_VALUE_OTHER_TYPE = "same value, other type"
    DIFFERS = "differs"
    MISSING = "missing"

    @property
    def label(self) -> str:
        return translate("compare", _FIELD_VERDICT_LABELS[self])


_FIELD_VERDICT_LABELS = {
    FieldVerdict.SAME: QT_TRANSLATE_NOOP("compare", "same"),
    FieldVerdict.SAME_VALUE_OTHER_TYPE: QT_TRANSLATE_NOOP("compare", "same value, other type"),
    FieldVerdict.DIFFERS: QT_TRANSLATE_NOOP("compare", "differs"),
    FieldVerdict.MISSING: QT_TRANSLATE_NOOP("compare", "missing"),
}


SHORT_TEXT_CHARS = 200


class Cell(NamedTuple):
    value: Any
    type_name: str

    @property
    def text(self) -> str:
        return value_text(self.value)

    @property
    def short_text(self) -> str:
        """For a table cell: a multi-megabyte value would stall any view that lays it out."""
        return shorten(self.text)


# Named tuples, not frozen dataclasses: a big answer has hundreds of thousands of cells, and
# a frozen dataclass sets each field through object.__setattr__ (compare took 4.9 s on
# 630,000 fields).
class CompareRow(NamedTuple):
    path: str
    cells: dict[Format, Cell | None]
    verdict: FieldVerdict
    expected: bool

    @property
    def agrees(self) -> bool:
        return self.verdict is FieldVerdict.SAME or self.expected


@dataclass(frozen=True)
class Comparison:
    """Every field's row, and those that differ beyond what is expected: both made where the
    answers are read, since a big answer has tens of thousands of fields."""

    rows: Sequence[CompareRow]
    differing: Sequence[CompareRow]

    @classmethod
    def of(cls, trees: Mapping[Format, Any]) -> Comparison:
        rows = compare(trees)
        if len(trees) <= 1:  # a format agrees with itself: no row need be made to know it
            return cls(rows, [])
        if isinstance(rows, _LazyRows):
            return cls(rows, rows.disagreeing())
        return cls(rows, [row for row in rows if not row.agrees])


def compare(trees: Mapping[Format, Any]) -> Sequence[CompareRow]:
    """A row per field path, in the order fields first appear across the formats."""
    reference = next((tree for fmt, tree in trees.items() if fmt is not Format.XML), None)
    if Format.XML in trees and reference is not None:
        trees = {**trees, Format.XML: shaped_like(trees[Format.XML], reference)}
    flat = {fmt: flatten(tree) for fmt, tree in trees.items()}
    if len(flat) == 1:  # one format agrees with itself: its fields, typed
        [(only, fields)] = flat.items()
        return _one_format_rows(only, list(fields.items()))
    paths: dict[str, None] = {}
    for fields in flat.values():
        paths.update(dict.fromkeys(fields))
    gets = [table.get for table in flat.values()]
    same, names = FieldVerdict.SAME, _TYPE_NAMES
    entries: list[_Entry] = []
    for path in paths:
        values = tuple([get(path, MISSING) for get in gets])
        # most fields are one value of one type in every format: said without the sets
        # _verdict builds (compare took 0.69 s on 1 MB of small records, 0.40 s of it there)
        first = values[0]
        kind = type(first)
        if (
            kind in names
            and values.count(first) == len(values)
            and all(type(value) is kind for value in values)
        ):
            verdict = same
        else:
            verdict = _verdict(values)
        entries.append((path, values, verdict, path in EXPECTED_DIFFERENCES))
    return _rows_of(list(flat), entries)


def shaped_like(node: Any, reference: Any) -> Any:
    """An XML tree given the lists another format's tree has: XML spells a list of one as
    the item itself and an empty list as no element at all (policies' `"before"` of one
    text, `"after": []`), so the same answer would otherwise differ at every such field."""
    if isinstance(reference, list):
        if isinstance(node, list):
            items = node
        elif node == "" and not reference:
            items = []
        else:
            items = [node]
        return [
            shaped_like(item, reference[min(index, len(reference) - 1)] if reference else None)
            for index, item in enumerate(items)
        ]
    if isinstance(reference, dict) and isinstance(node, dict):
        shaped = {key: shaped_like(value, reference.get(key)) for key, value in node.items()}
        for key, value in reference.items():
            if key not in shaped and value == []:
                shaped[key] = []
        return shaped
    return node


MISSING: Any = object()  # a field one format's answer does not have
_Entry = tuple[str, tuple[Any, ...], FieldVerdict, bool]


class _LazyRows(Sequence[CompareRow]):
    """Rows made when asked for, each by `make` from what it is made of: a table asks for
    those on screen, and making every row and cell of a big answer took 0.3 s (1 MB of small
    records in four formats) to ~1 s (10 MB in one) on the worker."""

    def __init__(self, items: list[Any], make: Callable[[Any], CompareRow]) -> None:
        self._items = items
        self._make = make

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> CompareRow: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[CompareRow]: ...

    def __getitem__(self, index: int | slice) -> CompareRow | Sequence[CompareRow]:
        if isinstance(index, slice):
            return _LazyRows(self._items[index], self._make)
        return self._make(self._items[index])

    def disagreeing(self) -> _LazyRows:
        """Several formats' rows that differ beyond what is expected, made when asked for too."""
        return _LazyRows([entry for entry in self._items if _differs(entry)], self._make)


def _rows_of(formats: list[Format], entries: list[_Entry]) -> _LazyRows:
    """Several formats' rows, from (path, a value per format, verdict, expected)."""

    def make(entry: _Entry) -> CompareRow:
        path, values, verdict, expected = entry
        cells: dict[Format, Cell | None] = {
            fmt: None if value is MISSING else Cell(value, type_name(value))
            for fmt, value in zip(formats, values, strict=True)
        }
        return CompareRow(path, cells, verdict, expected)

    return _LazyRows(entries, make)


def _differs(entry: _Entry) -> bool:
    return not (entry[2] is FieldVerdict.SAME or entry[3])


def _one_format_rows(fmt: Format, fields: list[tuple[str, Any]]) -> _LazyRows:
    """One format's rows, from (path, value): a format agrees with itself."""

    def make(field: tuple[str, Any]) -> CompareRow:
        path, value = field
        cells: dict[Format, Cell | None] = {fmt: Cell(value, type_name(value))}
        return CompareRow(path, cells, FieldVerdict.SAME, path in EXPECTED_DIFFERENCES)

    return _LazyRows(fields, make)


def flatten(tree: Any, prefix: str = "") -> dict[str, Any]:
    """Leaves by path: `diagnostic.status`, `items[0].name`; empty containers are leaves."""
    found: dict[str, Any] = {}
    _flatten_into(found, prefix, tree)
    return found


def _flatten_into(found: dict[str, Any], path: str, node: Any) -> None:
    # leaves are written where they are met, not pushed and popped: a third faster on
    # 1 MB of small records, and the order is the order fields appear in
    if isinstance(node, dict) and node:
        children: Any = (
            ((f"{path}.{key}" if path else str(key)), value) for key, value in node.items()
        )
    elif isinstance(node, list) and node:
        children = ((f"{path}[{index}]", value) for index, value in enumerate(node))
    else:
        found[path] = node
        return
    for child, value in children:
        if isinstance(value, dict | list) and value:
            _flatten_into(found, child, value)
        else:
            found[child] = value


_TYPE_NAMES = {
    type(None): "null",
    bool: "bool",
    int: "int",
    float: "float",
    str: "string",
    list: "list",
    dict: "map",
}


def type_name(value: Any) -> str:
    return _TYPE_NAMES.get(type(value)) or _subclass_type_name(value)


def _subclass_type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    return "map"


def value_text(value: Any) -> str:
    """How a value reads to a person, the same across formats (true, not True)."""
    if type(value) is str:
        return value
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | dict):
        return "[]" if isinstance(value, list) else "{}"
    return str(value)


def shorten(text: str, limit: int = SHORT_TEXT_CHARS) -> str:
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"


def _verdict(values: tuple[Any, ...]) -> FieldVerdict:
    if any(value is MISSING for value in values):
        return FieldVerdict.MISSING
    if len({(type_name(value), value_text(value)) for value in values}) <= 1:
        return FieldVerdict.SAME
    if len({comparable_text(value) for value in values}) == 1:
        return FieldVerdict.SAME_VALUE_OTHER_TYPE
    return FieldVerdict.DIFFERS


def comparable_text(value: Any) -> str:
    """A value as every format can carry it: XML and print_r carry only text, so "200" and
    200, "" and null, "1" and true are one value."""
    if value is None or value is False or value == "" or value in ([], {}):
        return ""
    if value is True:
        return "1"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
