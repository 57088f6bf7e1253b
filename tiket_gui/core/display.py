"""A text as the views show it: its lines, long ones folded.

Pure text, no Qt: a worker prepares a big answer's lines while the GUI thread stays free.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Qt lays out a line whole when it is painted: a line of 1 MB took seconds, one of 1,024
# characters well under a millisecond.
LONG_LINE_CHARS = 1024


@dataclass(frozen=True)
class DisplayText:
    lines: list[str]
    continued: list[int]  # the lines that go on from the one before: a long line broken
    longest: int  # characters in the longest line, to size the view without measuring

    @property
    def folded(self) -> bool:
        return bool(self.continued)


# Up to this many lines, walking them with str.find beats splitting the text: a big answer
# is often one huge line (a blob, a base64 field), and its 10 MB are then copied twice, not
# four times (~30 ms down to ~12 ms here); many short lines split faster in C.
_WALK_LINES_UP_TO = 20_000
# The lines are counted in a sample: counting the newlines of 10 MB took ~8 ms here.
_SAMPLE_CHARS = 256 * 1024


def display_text(text: str) -> DisplayText:
    """The text's lines, folded at LONG_LINE_CHARS."""
    if len(text) <= LONG_LINE_CHARS:
        lines = text.split("\n")
        return DisplayText(lines, [], max(map(len, lines)))
    sampled = text.count("\n", 0, _SAMPLE_CHARS) * len(text) / min(len(text), _SAMPLE_CHARS)
    walk = sampled <= _WALK_LINES_UP_TO
    lines, continued = (walk_lines if walk else split_lines)(text, LONG_LINE_CHARS)
    return DisplayText(lines, continued, max(map(len, lines)))


# Text is split a slice at a time: one split of 15 MB held the GIL, so the GUI thread, 64 ms.
_SLICE_CHARS = 1024 * 1024


def split_lines(
    text: str, limit: int, slice_chars: int = _SLICE_CHARS
) -> tuple[list[str], list[int]]:
    """The lines of the text, those over `limit` characters broken; and which lines go on
    from the one before."""
    lines: list[str] = []
    continued: list[int] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start + slice_chars)
        if end < 0:
            end = len(text)
        part = text[start:end].split("\n")
        if max(map(len, part)) > limit:
            for line in part:
                _add_folded(lines, continued, line, limit)
        else:
            lines += part
        start = end + 1
    return lines, continued


def _add_folded(lines: list[str], continued: list[int], line: str, limit: int) -> None:
    if len(line) <= limit:
        lines.append(line)
        return
    continued += range(len(lines) + 1, len(lines) + (len(line) + limit - 1) // limit)
    lines += [line[i : i + limit] for i in range(0, len(line), limit)]


def walk_lines(text: str, limit: int) -> tuple[list[str], list[int]]:
    """As split_lines, finding the line ends one by one: faster for few, long lines."""
    lines: list[str] = []
    continued: list[int] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        _add_folded(lines, continued, text[start:end], limit)
        start = end + 1
    return lines, continued


def shown_offset(text: str, offset: int, limit: int = LONG_LINE_CHARS) -> int:
    """Where the character at `offset` of `text` is in its lines folded at `limit`: one
    further on for every fold before it (an error's place in a long, minified answer)."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_length = (len(text) if line_end < 0 else line_end) - line_start
    folds = min((offset - line_start) // limit, max(line_length - 1, 0) // limit)
    for long_line in re.finditer(f"[^\n]{{{limit + 1},}}", text[:line_start]):
        folds += (len(long_line.group()) - 1) // limit
    return offset + folds
