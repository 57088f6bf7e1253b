"""The text the views show: long lines folded, cut at line ends, prepared on the worker."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from tiket_gui.core.display import (
    CHUNK_LINES,
    LONG_LINE_CHARS,
    cut,
    display_text,
    split_lines,
    walk_lines,
)
from tiket_gui.core.formats import Format
from tiket_gui.core.outcome import FormatOutcome, read_answer, read_saved


def test_short_text_is_one_piece_unfolded() -> None:
    shown = display_text('{\n  "a": 1\n}')
    assert shown.chunks == ['{\n  "a": 1\n}'] and not shown.folded


def test_a_long_line_is_folded_and_nothing_is_lost() -> None:
    text = "head\n" + "x" * (LONG_LINE_CHARS * 3 + 5) + "\ntail"
    shown = display_text(text)
    assert shown.folded
    folded = "".join(shown.chunks)
    assert max(map(len, folded.split("\n"))) == LONG_LINE_CHARS
    assert folded.replace("\n", "") == text.replace("\n", "")


def test_pieces_end_at_line_ends_and_join_back() -> None:
    text = "\n".join(["y" * 30] * (2 * CHUNK_LINES + 7)) + "\n"
    shown = display_text(text)
    assert len(shown.chunks) == 3 and not shown.folded
    assert all(chunk.count("\n") == CHUNK_LINES for chunk in shown.chunks[:-1])
    assert "".join(shown.chunks) == text


def test_many_short_lines_are_cut_by_lines_not_by_size() -> None:
    # 910,000 lines of pretty JSON held the GUI thread ~4 s as one insertion
    text = "\n".join(f'  "field{i}": {i},' for i in range(3 * CHUNK_LINES))
    assert len(display_text(text).chunks) == 3


def test_a_big_answer_is_prepared_for_the_window_on_the_worker() -> None:
    body = json.dumps({"padding": "z" * 50_000, "diagnostic": {"status": "200"}}).encode()
    outcome = read_answer(FormatOutcome(Format.JSON, body=body), with_pretty=True)
    assert outcome.pretty_text is not None and outcome.pretty_display is not None
    assert outcome.pretty_display.folded
    joined = "".join(outcome.pretty_display.chunks)
    assert joined.replace("\n", "") == outcome.pretty_text.replace("\n", "")
    small = read_answer(FormatOutcome(Format.JSON, body=b'{"a": 1}'), with_pretty=True)
    assert small.pretty_display is None


def test_an_opened_answer_is_compared_where_it_is_read() -> None:
    body = json.dumps({"diagnostic": {"status": "200"}, "rows": [1, 2, 3]}).encode()
    record = read_saved(body, "saved.json")
    assert record.comparison is not None
    assert [row.path for row in record.comparison.rows] == [
        "diagnostic.status",
        "rows[0]",
        "rows[1]",
        "rows[2]",
    ]


@given(
    lines=st.lists(st.sampled_from([0, 1, 6, 7, 8, 15, 40]), max_size=25),
    trailing=st.booleans(),
    size=st.integers(min_value=1, max_value=6),
    slice_chars=st.integers(min_value=1, max_value=50),
)
def test_walking_the_lines_folds_as_splitting_does_and_cut_joins_back(
    lines: list[int], trailing: bool, size: int, slice_chars: int
) -> None:
    text = "\n".join("y" * length for length in lines) + ("\n" if trailing else "")
    walked, walked_folded = walk_lines(text, 7)
    split, split_folded = split_lines(text, 7, slice_chars)
    assert walked == split == _folded_whole(text, 7)
    assert walked_folded == split_folded == any(length > 7 for length in lines)
    pieces = cut(walked, size)
    assert "".join(pieces) == "\n".join(walked)
    assert all(piece.endswith("\n") for piece in pieces[:-1])
    assert all(piece.count("\n") <= size for piece in pieces)


def _folded_whole(text: str, limit: int) -> list[str]:
    """The plain rule, to hold both ways of splitting to it."""
    return [
        line[i : i + limit] for line in text.split("\n") for i in range(0, max(len(line), 1), limit)
    ]
