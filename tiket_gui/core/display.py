"""A text as the views show it: long lines folded, cut in pieces inserted one at a time.

Pure text, no Qt: a worker prepares a big answer's text while the GUI thread stays free.
"""

from __future__ import annotations

from dataclasses import dataclass

LONG_LINE_CHARS = 1024
# A view inserts a piece at a time, the GUI thread free in between. What an insertion costs
# goes with its lines (~5 us each here, layout and all) and with their length: pieces of
# 5,000 lines held the GUI thread 18-27 ms (at most 52 ms) on 910,000 short lines, and ~30 ms
# on 1,024-character lines, which are then 5 MB: few big pieces show a big answer sooner, as
# each insertion costs a relayout and a repaint whatever its size. With four formats of 1 MB
# read on workers meanwhile, 5,000-line pieces stalled it ~50 ms (GIL turns included) and
# 3,000-line ones 33-43 ms, for ~2% more in all.
CHUNK_LINES = 3000


@dataclass(frozen=True)
class DisplayText:
    chunks: list[str]
    folded: bool  # lines over LONG_LINE_CHARS were broken


# Up to this many lines, walking them with str.find beats splitting the text: a big answer
# is often one huge line (a blob, a base64 field), and its 10 MB are then copied twice, not
# four times (~30 ms down to ~12 ms here); many short lines split faster in C.
_WALK_LINES_UP_TO = 20_000
# The lines are counted in a sample: counting the newlines of 10 MB took ~8 ms here.
_SAMPLE_CHARS = 256 * 1024


def display_text(text: str) -> DisplayText:
    """The text folded at LONG_LINE_CHARS and cut after every CHUNK_LINES lines."""
    if len(text) <= LONG_LINE_CHARS:
        return DisplayText([text], False)
    sampled = text.count("\n", 0, _SAMPLE_CHARS) * len(text) / min(len(text), _SAMPLE_CHARS)
    walk = sampled <= _WALK_LINES_UP_TO
    lines, folded = (walk_lines if walk else split_lines)(text, LONG_LINE_CHARS)
    return DisplayText(cut(lines, CHUNK_LINES), folded)


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


def cut(lines: list[str], size: int) -> list[str]:
    """Pieces of `size` lines, each ending with its newline but the last: joined, they are
    the lines joined."""
    pieces = ["\n".join(lines[i : i + size]) + "\n" for i in range(0, len(lines), size)]
    pieces[-1] = pieces[-1][:-1]
    return pieces
