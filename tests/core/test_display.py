"""The text the views show: its lines, long ones folded, prepared on the worker."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from tiket_gui.core.display import (
    LONG_LINE_CHARS,
    display_text,
    shown_offset,
    split_lines,
    walk_lines,
)
from tiket_gui.core.formats import Format
from tiket_gui.core.outcome import FormatOutcome, read_answer, read_saved


def test_short_text_is_its_lines_unfolded() -> None:
    shown = display_text('{\n  "a": 1\n}')
    assert shown.lines == ["{", '  "a": 1', "}"] and not shown.folded
    assert shown.longest == 8


def test_a_long_line_is_folded_and_nothing_is_lost() -> None:
    text = "head\n" + "x" * (LONG_LINE_CHARS * 3 + 5) + "\ntail"
    shown = display_text(text)
    assert shown.folded and shown.longest == LONG_LINE_CHARS
    assert max(map(len, shown.lines)) == LONG_LINE_CHARS
    assert "".join(shown.lines) == text.replace("\n", "")


def test_many_short_lines_join_back_to_the_text() -> None:
    text = "\n".join(f'  "field{i}": {i},' for i in range(30_000)) + "\n"
    shown = display_text(text)
    assert len(shown.lines) == 30_001 and not shown.folded
    assert "\n".join(shown.lines) == text
    assert shown.longest == len('  "field29999": 29999,')


def test_a_big_answer_is_prepared_for_the_window_on_the_worker() -> None:
    body = json.dumps({"padding": "z" * 50_000, "diagnostic": {"status": "200"}}).encode()
    outcome = read_answer(FormatOutcome(Format.JSON, body=body), with_pretty=True)
    assert outcome.pretty_text is not None and outcome.pretty_display is not None
    assert outcome.pretty_display.folded
    joined = "".join(outcome.pretty_display.lines)
    assert joined == outcome.pretty_text.replace("\n", "")
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
    slice_chars=st.integers(min_value=1, max_value=50),
)
def test_walking_the_lines_folds_as_splitting_does(
    lines: list[int], trailing: bool, slice_chars: int
) -> None:
    text = "\n".join("y" * length for length in lines) + ("\n" if trailing else "")
    walked, walked_continued = walk_lines(text, 7)
    split, split_continued = split_lines(text, 7, slice_chars)
    assert walked == split == _folded_whole(text, 7)
    assert walked_continued == split_continued
    assert bool(walked_continued) == any(length > 7 for length in lines)
    # the lines joined, without a newline before those that go on, are the text
    assert (
        "".join(
            ("" if index in walked_continued or index == 0 else "\n") + line
            for index, line in enumerate(walked)
        )
        == text
    )


def _folded_whole(text: str, limit: int) -> list[str]:
    """The plain rule, to hold both ways of splitting to it."""
    return [
        line[i : i + limit] for line in text.split("\n") for i in range(0, max(len(line), 1), limit)
    ]


@given(
    lines=st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=8),
    limit=st.integers(min_value=1, max_value=9),
)
def test_an_offset_in_the_text_is_the_same_character_in_its_folded_lines(
    lines: list[int], limit: int
) -> None:
    text = "\n".join("".join(chr(97 + (i + n) % 26) for i in range(n)) for n in lines)
    folded = "\n".join(split_lines(text, limit)[0])
    for offset in range(len(text)):
        assert folded[shown_offset(text, offset, limit)] == text[offset]
    assert shown_offset(text, len(text), limit) == len(folded)
