"""What engineers paste, raw beside what it reads to: every repair named with its position,
never silent, never a traceback; and what strict reading accepted stays as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tiket_gui.core.errors import ParseError
from tiket_gui.core.formats import Format, parse

PASTED = Path(__file__).resolve().parents[1] / "golden" / "pasted"
FORMATS = {
    ".json": Format.JSON,
    ".xml": Format.XML,
    ".serialize.txt": Format.SERIALIZE,
    ".array.txt": Format.ARRAY,
}
SHAPES = sorted(p for p in PASTED.iterdir() if not p.name.endswith(".parsed.json"))


def _format(path: Path) -> Format:
    return next(fmt for suffix, fmt in FORMATS.items() if path.name.endswith(suffix))


@pytest.mark.parametrize("path", SHAPES, ids=[p.name for p in SHAPES])
def test_each_shape_reads_as_its_golden_file_with_its_repairs_named(path: Path) -> None:
    parsed = parse(path.read_bytes(), _format(path))
    golden = json.loads((path.parent / f"{path.name}.parsed.json").read_text(encoding="utf-8"))
    assert parsed.format.value == golden["format"]
    assert parsed.tree == golden["tree"]
    assert list(parsed.warnings) == golden["warnings"]
    assert parsed.warnings, "a repair that is not told"
    assert any(
        "byte" in warning or "line" in warning or "looks like" in warning
        for warning in parsed.warnings
    ), "a repair without its position"


def test_a_bom_goes_before_every_format_and_errors_after_it_point_into_the_body() -> None:
    body = b"\xef\xbb\xbf\r\n" + b'{"a": }'
    with pytest.raises(ParseError) as caught:
        parse(body, Format.JSON)
    assert caught.value.position is not None and body[caught.value.position :] == b"}"
    xml = b"junk line\n<tiket><a>x & y</b></tiket>"
    with pytest.raises(ParseError) as refused:
        parse(xml, Format.XML)
    assert refused.value.position is not None and xml[refused.value.position] in b"</b"


def test_what_json5_cannot_read_either_is_refused_with_a_position() -> None:
    with pytest.raises(ParseError) as caught:
        parse(b'{"a": 1, b c d}', Format.JSON)
    assert "line 1, column 10" in caught.value.message and caught.value.position == 9


def test_strict_answers_read_exactly_as_before() -> None:
    strict = b'{"name": "Jason Mraz &amp; Co", "list": [1, 2]}'
    assert parse(strict, Format.JSON).warnings == ()
    xml = b"<tiket><artist>Jason Mraz &amp; His Band</artist></tiket>"
    parsed = parse(xml, Format.XML)
    assert parsed.warnings == () and parsed.tree == {"artist": "Jason Mraz & His Band"}


def test_what_fuzzing_the_lenient_readers_found_is_a_parse_error_in_bounds() -> None:
    huge = b'a:1:{s:1:"a";s:' + b"4" * 50 + b':"x";}'
    parsed = parse(huge, Format.SERIALIZE)  # read leniently, its wrong length told
    assert parsed.tree == {"a": "x"} and any("declared" in w for w in parsed.warnings)
    prefixed = b"browser text >\n  <a>x</a>\n  <b>c99\n"
    with pytest.raises(ParseError) as caught:
        parse(prefixed, Format.XML)
    assert caught.value.position is not None and 0 <= caught.value.position <= len(prefixed)
