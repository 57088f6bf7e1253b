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
    folded: bool  # lines over LONG_LINE_CHARS were broken
    longest: int  # characters in the longest line, to size the view without measuring


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
        return DisplayText(lines, False, max(map(len, lines)))
    sampled = text.count("\n", 0, _SAMPLE_CHARS) * len(text) / min(len(text), _SAMPLE_CHARS)
    walk = sampled <= _WALK_LINES_UP_TO
    lines, folded = (walk_lines if walk else split_lines)(text, LONG_LINE_CHARS)
    return DisplayText(lines, folded, max(map(len, lines)))


# Text is split a slice at a time: one split of 15 MB held the GIL, so the GUI thread, 64 ms.
_SLICE_CHARS = 1024 * 1024


def split_lines(text: str, limit: int, slice_chars: int = _SLICE_CHARS) -> tuple[list[str], bool]:
    """The lines of the text, those over `limit` characters broken; and whether any was."""
    lines: list[str] = []
    folded = False
    start = 0
    while start <= len(text):
        end = text.find("\n", start + slice_chars)
        if end < 0:
            end = len(text)
        part = text[start:end].split("\n")
        if max(map(len, part)) > limit:
            folded = True
            part = [
                piece
                for line in part
                for piece in ([line] if len(line) <= limit else _broken(line, limit))
            ]
        lines += part
        start = end + 1
    return lines, folded


def _broken(line: str, limit: int) -> list[str]:
    return [line[i : i + limit] for i in range(0, len(line), limit)]


def walk_lines(text: str, limit: int) -> tuple[list[str], bool]:
    """As split_lines, finding the line ends one by one: faster for few, long lines."""
    lines: list[str] = []
    folded = False
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if end - start > limit:
            folded = True
            lines += _broken(text[start:end], limit)
        else:
            lines.append(text[start:end])
        start = end + 1
    return lines, folded


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
