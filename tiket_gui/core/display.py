"""A text as the views show it: long lines folded, cut in pieces inserted one at a time.

Pure text, no Qt: a worker prepares a big answer's text while the GUI thread stays free.
"""

from __future__ import annotations

from dataclasses import dataclass

# Each insertion costs a layout and a repaint whatever its size, so few big pieces show a big
# answer sooner; measured here on 10 MB of 1,024-character lines, 3 MB pieces took 1.5-2.2
# times one setPlainText of the whole and 5 MB pieces 1.0-1.5 times, each insertion of 5 MB
# holding the GUI thread ~30 ms (lines of 4,096 characters lay out four times slower).
CHUNK_CHARS = 5 * 1024 * 1024
LONG_LINE_CHARS = 1024


@dataclass(frozen=True)
class DisplayText:
    chunks: list[str]
    folded: bool  # lines over LONG_LINE_CHARS were broken


# Up to this many lines, walking them with str.find beats splitting the text: a big answer
# is often one huge line (a blob, a base64 field), and its 10 MB are then copied twice, not
# four times (~30 ms down to ~12 ms here); many short lines split faster in C.
_WALK_LINES_UP_TO = 20_000


def display_text(text: str) -> DisplayText:
    """The text folded at LONG_LINE_CHARS and cut at line ends into CHUNK_CHARS pieces."""
    if len(text) <= LONG_LINE_CHARS:
        return DisplayText([text], False)
    if text.count("\n") > _WALK_LINES_UP_TO:
        shown, folded = fold_long_lines(text)
        return DisplayText(line_chunks(shown, CHUNK_CHARS) or [""], folded)
    return _fold_and_cut(text, LONG_LINE_CHARS, CHUNK_CHARS)


def _fold_and_cut(text: str, limit: int, size: int) -> DisplayText:
    chunks: list[str] = []
    pieces: list[str] = []
    length = 0
    folded = False
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if end - start > limit:
            folded = True
            bounds = [(i, min(i + limit, end)) for i in range(start, end, limit)]
        else:
            bounds = [(start, end)]
        for first, last in bounds:
            if length >= size:  # a piece follows: this chunk ends with its line
                chunks.append("\n".join(pieces) + "\n")
                pieces, length = [], 0
            pieces.append(text[first:last])
            length += last - first + 1
        start = end + 1
    chunks.append("\n".join(pieces))
    return DisplayText(chunks, folded)


def fold_long_lines(text: str, limit: int = 0) -> tuple[str, bool]:
    """Break lines longer than the limit for display: Qt lays a long line out whole, and a
    1 MB line takes about a second (with wrapping, minutes)."""
    limit = limit or LONG_LINE_CHARS
    if len(text) <= limit:
        return text, False
    lines = text.split("\n")  # once: on 10 MB each split costs ~9 ms
    if max(map(len, lines)) <= limit:
        return text, False
    pieces: list[str] = []
    for line in lines:
        if len(line) <= limit:
            pieces.append(line)
        else:
            pieces += [line[i : i + limit] for i in range(0, len(line), limit)]
    return "\n".join(pieces), True


def line_chunks(text: str, size: int) -> list[str]:
    """Pieces of about `size` characters that end at line ends, so no block is laid out twice."""
    chunks: list[str] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        chunks.append(text[start:end])
        start = end
    return chunks
