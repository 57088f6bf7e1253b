"""A text as the views show it: long lines folded, cut in pieces inserted one at a time.

Pure text, no Qt: a worker prepares a big answer's text while the GUI thread stays free.
"""

from __future__ import annotations

from dataclasses import dataclass

# One insertion of 10 MB blocks the GUI thread for about a second, and each insertion costs a
# layout and a repaint whatever its size; measured here on 10 MB, 1 MB pieces took 0.45 s in
# all and 3 MB pieces 0.36 s, each insertion staying near 30 ms.
CHUNK_CHARS = 3 * 1024 * 1024
LONG_LINE_CHARS = 1024


@dataclass(frozen=True)
class DisplayText:
    chunks: list[str]
    folded: bool  # lines over LONG_LINE_CHARS were broken


def display_text(text: str) -> DisplayText:
    shown, folded = fold_long_lines(text)
    return DisplayText(line_chunks(shown, CHUNK_CHARS) or [""], folded)


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
