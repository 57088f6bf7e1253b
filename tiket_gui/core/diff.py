"""Two answers of a call compared: two fetches, two environments, two days, two formats.

Trees are compared, not texts, so JSON today and XML yesterday can be the same answer: a value
that differs only in type between two formats is the same value (XML and print_r carry text
only), and output_type, which names the format, is set aside. Lists of records are matched by
their key (a currency's `code`, a country's `country_id`), so one record added is one
difference, not every record after it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from tiket_gui.core.calls import CALLS, GET_TOKEN, Call
from tiket_gui.core.compare import comparable_text, shaped_like, type_name, value_text
from tiket_gui.core.formats import Format
from tiket_gui.core.i18n import QT_TRANSLATE_NOOP, translate

# measured anew by every call: set aside unless the user asks for everything
VOLATILE_PATHS = ("diagnostic.elapsetime", "diagnostic.memoryusage", "diagnostic.unix_timestamp")
# names the format an answer came in: never a difference between two answers
FORMAT_PATH = "output_type"
# a record is known by one of these, when no call says which
_KEY_FIELDS = ("code", "country_id", "id", "channel")
# each call's list of records, by where it sits, and the field that names a record
RECORD_KEYS = {call.records_at: call.record_key for call in CALLS if call.records_at}


class Change(enum.Enum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    OTHER_TYPE = "other type"

    @property
    def label(self) -> str:
        """The change as the window and the CLI word it; reports keep the value."""
        return translate("diff", _CHANGE_LABELS[self])


_CHANGE_LABELS = {
    Change.ADDED: QT_TRANSLATE_NOOP("diff", "added"),
    Change.REMOVED: QT_TRANSLATE_NOOP("diff", "removed"),
    Change.CHANGED: QT_TRANSLATE_NOOP("diff", "changed"),
    Change.OTHER_TYPE: QT_TRANSLATE_NOOP("diff", "other type"),
}


class Difference(NamedTuple):
    path: str
    change: Change
    left: Any
    right: Any

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "change": self.change.value,
            "left": self.left,
            "right": self.right,
        }


@dataclass(frozen=True)
class Side:
    """One of the two answers: its tree, the format it came in, the call it answers."""

    tree: Any
    format: Format | None = None
    call: Call = GET_TOKEN
    label: str = ""


@dataclass(frozen=True)
class Diff:
    differences: tuple[Difference, ...]
    set_aside: tuple[str, ...]  # the paths not compared
    counts: dict[Change, int] = field(default_factory=dict)

    @property
    def same(self) -> bool:
        return not self.differences

    def as_json(self) -> dict[str, Any]:
        return {
            "same": self.same,
            "differences": [difference.as_json() for difference in self.differences],
            "set_aside": list(self.set_aside),
        }


def set_aside_paths(
    left: Side, right: Side, *, volatile: bool = True, extra: Iterable[str] = ()
) -> tuple[str, ...]:
    """What is not compared: the format's name always; by default the fields every call
    measures anew and the token between two answers of one call (getToken may bring another
    each time; every other call echoes the one it was sent, which differs from one
    environment to another); and the paths the user chose."""
    paths = [FORMAT_PATH]
    if volatile:
        paths += VOLATILE_PATHS
        if left.call is right.call:
            paths.append("token")
    paths += [path.strip() for path in extra if path.strip()]
    return tuple(dict.fromkeys(paths))


def diff(left: Side, right: Side, *, volatile: bool = True, extra: Iterable[str] = ()) -> Diff:
    """Every difference between two answers, in the order their fields come."""
    aside = set_aside_paths(left, right, volatile=volatile, extra=extra)
    left_tree, right_tree = left.tree, right.tree
    # XML spells a list of one as the item, an empty list as nothing: give it the other's
    if left.format is Format.XML and right.format is not Format.XML:
        left_tree = shaped_like(left_tree, right_tree)
    elif right.format is Format.XML and left.format is not Format.XML:
        right_tree = shaped_like(right_tree, left_tree)
    walker = _Walker(
        aside=set(aside),
        same_format=left.format is not None and left.format is right.format,
        record_keys=RECORD_KEYS,
    )
    walker.walk("", left_tree, right_tree)
    counts: dict[Change, int] = {}
    for difference in walker.found:
        counts[difference.change] = counts.get(difference.change, 0) + 1
    return Diff(tuple(walker.found), aside, counts)


class _Walker:
    def __init__(self, *, aside: set[str], same_format: bool, record_keys: Mapping[str, str]):
        self.aside = aside
        self.same_format = same_format
        self.record_keys = record_keys
        self.found: list[Difference] = []

    def walk(self, path: str, left: Any, right: Any) -> None:
        if path in self.aside:
            return
        if isinstance(left, dict) and isinstance(right, dict):
            for key in _in_order(list(left), list(right)):
                child = f"{path}.{key}" if path else str(key)
                if key not in right:
                    self._one_side(child, Change.REMOVED, left[key], None)
                elif key not in left:
                    self._one_side(child, Change.ADDED, None, right[key])
                else:
                    self.walk(child, left[key], right[key])
            return
        if isinstance(left, list) and isinstance(right, list):
            self._lists(path, left, right)
            return
        if isinstance(left, dict | list) or isinstance(right, dict | list):
            if not _both_empty(left, right):
                self.found.append(Difference(path, Change.CHANGED, left, right))
            return
        self._leaves(path, left, right)

    def _one_side(self, path: str, change: Change, left: Any, right: Any) -> None:
        if path not in self.aside:
            self.found.append(Difference(path, change, left, right))

    def _lists(self, path: str, left: list[Any], right: list[Any]) -> None:
        key = self._key_for(path, left, right)
        if key is None:
            for index in range(max(len(left), len(right))):
                child = f"{path}[{index}]"
                if index >= len(right):
                    self._one_side(child, Change.REMOVED, left[index], None)
                elif index >= len(left):
                    self._one_side(child, Change.ADDED, None, right[index])
                else:
                    self.walk(child, left[index], right[index])
            return
        lefts = {value_text(item[key]): item for item in left}
        rights = {value_text(item[key]): item for item in right}
        for name in _in_order(list(lefts), list(rights)):
            child = f"{path}[{key}={name}]"
            if name not in rights:
                self._one_side(child, Change.REMOVED, lefts[name], None)
            elif name not in lefts:
                self._one_side(child, Change.ADDED, None, rights[name])
            else:
                self.walk(child, lefts[name], rights[name])

    def _key_for(self, path: str, left: list[Any], right: list[Any]) -> str | None:
        """The field that names each record of both lists, if one does: the call's, else
        the first of the usual ones that every record has, once each."""
        items = [*left, *right]
        if not items or not all(isinstance(item, dict) for item in items):
            return None
        candidates = [self.record_keys[path]] if path in self.record_keys else []
        candidates += [name for name in _KEY_FIELDS if name not in candidates]
        for name in candidates:
            if all(name in item for item in items) and all(
                len({value_text(item[name]) for item in side}) == len(side)
                for side in (left, right)
            ):
                return name
        return None

    def _leaves(self, path: str, left: Any, right: Any) -> None:
        if type_name(left) == type_name(right) and value_text(left) == value_text(right):
            return
        if comparable_text(left) == comparable_text(right):
            # the same value in another type: the same answer across formats, a change of
            # type within one
            if self.same_format:
                self.found.append(Difference(path, Change.OTHER_TYPE, left, right))
            return
        self.found.append(Difference(path, Change.CHANGED, left, right))


def _in_order(left: list[Any], right: list[Any]) -> list[Any]:
    """Both sides' keys, each where it stands: the right's order, a key only on the left
    after the one it follows there (a record added in the middle is told in the middle)."""
    on_right = set(right)
    place = {key: index for index, key in enumerate(left)}
    merged: list[Any] = []
    taken: set[Any] = set()
    next_left = 0
    for key in right:
        if key in place:
            while next_left <= place[key]:
                gone = left[next_left]
                next_left += 1
                if gone not in on_right and gone not in taken:
                    merged.append(gone)
                    taken.add(gone)
        if key not in taken:
            merged.append(key)
            taken.add(key)
    merged += [key for key in left[next_left:] if key not in on_right and key not in taken]
    return merged


def _both_empty(left: Any, right: Any) -> bool:
    return comparable_text(left) == "" and comparable_text(right) == ""


def diff_markdown(found: Diff, left: str, right: str) -> str:
    """The differences as a Markdown table, with what was set aside."""
    lines = [f"# {left} and {right}", ""]
    if found.same:
        lines.append("The same answer.")
    else:
        lines += [f"| path | change | {left} | {right} |", "| --- | --- | --- | --- |"]
        lines += [
            f"| {_md(d.path)} | {d.change.value} | {_md(cell_text(d.left))} | "
            f"{_md(cell_text(d.right))} |"
            for d in found.differences
        ]
    lines += ["", "Set aside: " + ", ".join(f"`{path}`" for path in found.set_aside)]
    return "\n".join(lines) + "\n"


def diff_csv(found: Diff) -> str:
    import csv  # noqa: PLC0415  (an export, on demand)
    import io  # noqa: PLC0415

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["path", "change", "left", "right"])
    for d in found.differences:
        writer.writerow([d.path, d.change.value, cell_text(d.left), cell_text(d.right)])
    return out.getvalue()


def cell_text(value: Any) -> str:
    """A value as one cell: a record or list as compact JSON, nothing as empty."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        import json  # noqa: PLC0415

        return json.dumps(value, ensure_ascii=False, default=str)
    return value_text(value)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


SIDE_BY_SIDE_LIMIT_LINES = 200_000
_MATCHED_LINES = 4_000  # past this, the lines between the common ends are marked whole


def changed_lines(left: str, right: str) -> tuple[list[int], list[int]]:
    """The line numbers (0-based) on each side that the other does not have, to mark in the
    two bodies side by side; none past SIDE_BY_SIDE_LIMIT_LINES (the table has them).

    The lines both begin and end with are set aside first: two answers of one call share
    nearly all of theirs, and difflib over 82,000 lines of small records took 43 s (their
    lines repeat, which is its worst case); it matches only what lies between."""
    import difflib  # noqa: PLC0415  (only for the side-by-side view)

    left_lines, right_lines = left.splitlines(), right.splitlines()
    if max(len(left_lines), len(right_lines)) > SIDE_BY_SIDE_LIMIT_LINES:
        return [], []
    start = 0
    shortest = min(len(left_lines), len(right_lines))
    while start < shortest and left_lines[start] == right_lines[start]:
        start += 1
    end = 0
    while (
        end < shortest - start
        and left_lines[len(left_lines) - 1 - end] == right_lines[len(right_lines) - 1 - end]
    ):
        end += 1
    left_middle = left_lines[start : len(left_lines) - end]
    right_middle = right_lines[start : len(right_lines) - end]
    if max(len(left_middle), len(right_middle)) > _MATCHED_LINES:
        return (
            list(range(start, start + len(left_middle))),
            list(range(start, start + len(right_middle))),
        )
    matcher = difflib.SequenceMatcher(None, left_middle, right_middle, autojunk=False)
    marked_left: list[int] = []
    marked_right: list[int] = []
    for tag, left_start, left_end, right_start, right_end in matcher.get_opcodes():
        if tag != "equal":
            marked_left += range(start + left_start, start + left_end)
            marked_right += range(start + right_start, start + right_end)
    return marked_left, marked_right
