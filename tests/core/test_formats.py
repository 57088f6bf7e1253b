"""Reading each format: golden files (raw beside parsed), strictness, and the traps in DESIGN.md."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tiket_gui.core.errors import ParseError
from tiket_gui.core.formats import Format, detect_format, parse, pretty
from tiket_gui.emulator import answers

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
GOLDEN = ROOT / "tests" / "golden"
EXTENSIONS = {Format.JSON: "json", Format.XML: "xml", Format.SERIALIZE: "txt", Format.ARRAY: "txt"}
DOCS_SAMPLES = {
    Format.JSON: "getToken.json",
    Format.XML: "getToken.xml",
    Format.SERIALIZE: "getToken.serialize.txt",
}
FIXED_ANSWER: dict[str, Any] = {
    "diagnostic": {
        "status": 200,
        "elapsetime": "0.0586",
        "memoryusage": "4.49MB",
        "unix_timestamp": 1399524305,
        "confirm": "success",
        "lang": "id",
        "currency": "IDR",
    },
    "output_type": "",
    "login_status": "false",
    "token": "712402a7c363b12d87f6b02749f6f0c91b64c47e",
}


def _golden(name: str, actual: Any) -> Any:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", list(DOCS_SAMPLES))
def test_docs_samples_read_as_golden(fmt: Format) -> None:
    body = (SAMPLES / DOCS_SAMPLES[fmt]).read_bytes()
    parsed = parse(body, fmt)
    actual = {"tree": parsed.tree, "warnings": list(parsed.warnings), "lenient": parsed.lenient}
    assert actual == _golden(f"docs_getToken.{fmt.value}.parsed.json", actual)
    assert detect_format(body) is fmt


def test_docs_serialize_sample_is_read_leniently_with_each_deviation_named() -> None:
    parsed = parse((SAMPLES / "getToken.serialize.txt").read_bytes(), Format.SERIALIZE)
    assert parsed.lenient
    assert "declared 14 bytes, found 6" in " ".join(parsed.warnings)
    assert parsed.tree["diagnostic"]["elapsetime"] == "0.1005"


@pytest.mark.parametrize("fmt", list(Format))
def test_emulator_rendering_matches_golden_and_reads_back(fmt: Format) -> None:
    tree = json.loads(json.dumps(FIXED_ANSWER)) | {"output_type": fmt.value}
    body = answers.render(tree, fmt.value)
    golden_raw = GOLDEN / f"emulator_getToken.{fmt.value}.{EXTENSIONS[fmt]}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden_raw.write_bytes(body)
    assert body == golden_raw.read_bytes()
    parsed = parse(body, fmt)
    assert not parsed.lenient and parsed.warnings == ()
    assert parsed.tree == _golden(f"emulator_getToken.{fmt.value}.parsed.json", parsed.tree)
    assert detect_format(body) is fmt


def test_emulator_serialize_agrees_with_phpserialize() -> None:
    phpserialize = pytest.importorskip("phpserialize")
    tree = FIXED_ANSWER | {"output_type": "serialize", "note": "Indonésia"}
    body = answers.render(tree, "serialize")
    assert b's:10:"Indon\xc3\xa9sia";' in body  # byte length, not characters
    decoded = phpserialize.loads(body, decode_strings=True)
    assert decoded["note"] == "Indonésia"
    assert parse(body, Format.SERIALIZE).tree["note"] == "Indonésia"


# -- JSON ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("constant", [b"NaN", b"Infinity", b"-Infinity"])
def test_json_refuses_nan_and_infinity(constant: bytes) -> None:
    with pytest.raises(ParseError, match="does not allow"):
        parse(b'{"a": ' + constant + b"}", Format.JSON)


def test_json_duplicate_keys_are_warned_and_last_kept() -> None:
    parsed = parse(b'{"token": "a", "token": "b"}', Format.JSON)
    assert parsed.tree == {"token": "b"}
    assert any("'token'" in warning for warning in parsed.warnings)


def test_json_bom_is_accepted_with_a_warning() -> None:
    parsed = parse(b'\xef\xbb\xbf{"a": 1}', Format.JSON)
    assert parsed.tree == {"a": 1}
    assert "BOM" in parsed.warnings[0]


def test_json_error_has_a_byte_position() -> None:
    with pytest.raises(ParseError) as caught:
        parse(b'{"a": 1,\n "b": }', Format.JSON)
    assert caught.value.position == 15
    assert caught.value.line_and_column(b'{"a": 1,\n "b": }') == (2, 7)


@pytest.mark.parametrize(
    "body",
    [b"[" * 100 + b"]" * 100, b"[" * 100_000, b'{"n": ' + b"9" * 5000 + b"}", b"\xff\xfe"],
)
def test_json_hostile_bodies_raise_parse_error(body: bytes) -> None:
    with pytest.raises(ParseError):
        parse(body, Format.JSON)


# -- XML ----------------------------------------------------------------------------------------


def test_xml_billion_laughs_is_refused() -> None:
    from tiket_gui.emulator.server import _BILLION_LAUGHS

    with pytest.raises(ParseError, match="DTD"):
        parse(_BILLION_LAUGHS, Format.XML)


def test_xml_external_entity_is_refused(tmp_path: Path) -> None:
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text("do not read")
    body = (
        f'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file://{secret_file}">]>'
        "<tiket><token>&x;</token></tiket>"
    ).encode()
    with pytest.raises(ParseError) as caught:
        parse(body, Format.XML)
    assert "do not read" not in caught.value.message


def test_xml_several_top_level_elements_are_read_with_a_warning() -> None:
    parsed = parse(b"<diagnostic><status>200</status></diagnostic><token>abc</token>", Format.XML)
    assert parsed.tree == {"diagnostic": {"status": "200"}, "token": "abc"}
    assert "several top-level" in parsed.warnings[0]


def test_xml_repeated_elements_become_a_list_and_empty_ones_text() -> None:
    parsed = parse(b"<tiket><result>1</result><result>2</result><x/></tiket>", Format.XML)
    assert parsed.tree == {"result": ["1", "2"], "x": ""}


def test_xml_error_points_at_the_line() -> None:
    body = b"<tiket>\n<token>abc</tokn>\n</tiket>"
    with pytest.raises(ParseError, match="line 2") as caught:
        parse(body, Format.XML)
    assert caught.value.line_and_column(body) == (2, 13)


def test_pretty_xml_indents_and_keeps_declaration() -> None:
    text = pretty(b'<?xml version="1.0"?><tiket><a>1</a><b><c>2</c></b></tiket>', Format.XML)
    assert (
        text == '<?xml version="1.0"?>\n<tiket>\n  <a>1</a>\n  <b>\n    <c>2</c>\n  </b>\n</tiket>'
    )


# -- serialize ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'O:8:"stdClass":0:{}', "object"),
        (b'C:3:"Foo":0:{}', "object"),
        (b"a:1:{i:0;r:1;}", "reference"),
        (b"i:1;i:2;", "after its end"),
        (b's:-1:"x";', "length"),
        (b"a:1:{i:0;" * 500 + b"N;" + b"}" * 500, "nested"),
    ],
)
def test_serialize_refusals(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse(body, Format.SERIALIZE)


@pytest.mark.parametrize(
    ("body", "strict_reason", "forgiven"),
    [
        (b"a:999999999:{}", "more than the bytes hold", "declared 999999999 entries, found 0"),
        (b's:99999999999:"x";', "only 3 remain", "declared 99999999999 bytes, found 1"),
    ],
)
def test_serialize_absurd_sizes_are_not_trusted(
    body: bytes, strict_reason: str, forgiven: str
) -> None:
    parsed = parse(body, Format.SERIALIZE)
    assert parsed.lenient
    assert strict_reason in parsed.warnings[0]
    assert forgiven in " ".join(parsed.warnings)


def test_serialize_wrong_length_that_phpserialize_misreads_is_caught() -> None:
    # phpserialize 1.3 returns ["ab\";s:1:\"c"] here: one string swallowing the next value
    body = b'a:2:{i:0;s:10:"ab";i:1;s:1:"c";}'
    parsed = parse(body, Format.SERIALIZE)
    assert parsed.lenient and parsed.tree == ["ab", "c"]
    assert "declared 10 bytes, found 2" in " ".join(parsed.warnings)


def test_serialize_invalid_utf8_is_shown_with_a_warning() -> None:
    parsed = parse(b's:3:"ID\xff";', Format.SERIALIZE)
    assert parsed.tree == "ID\ufffd"
    assert "UTF-8" in parsed.warnings[0]


def test_serialize_lists_and_maps() -> None:
    body = b'a:3:{s:1:"a";a:2:{i:0;i:1;i:1;d:0.5;}s:1:"b";b:1;s:1:"c";N;}'
    assert parse(body, Format.SERIALIZE).tree == {"a": [1, 0.5], "b": True, "c": None}


# -- print_r ------------------------------------------------------------------------------------


def test_print_r_cut_in_the_middle_is_an_error_with_position() -> None:
    body = answers.render(FIXED_ANSWER | {"output_type": "array"}, "array")
    cut = body[: len(body) // 2]
    with pytest.raises(ParseError, match="cut short") as caught:
        parse(cut, Format.ARRAY)
    assert caught.value.position is not None


def test_print_r_multiline_values_and_lists() -> None:
    body = (
        b"Array\n(\n    [msg] => line one\nline two\n    [items] => Array\n        (\n"
        b"            [0] => x\n            [1] => y\n        )\n\n)\n"
    )
    assert parse(body, Format.ARRAY).tree == {"msg": "line one\nline two", "items": ["x", "y"]}


# -- all formats --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(Format))
def test_empty_and_html_bodies_are_named(fmt: Format) -> None:
    with pytest.raises(ParseError, match="empty"):
        parse(b"  \n", fmt)
    with pytest.raises(ParseError, match="HTML page"):
        parse(b"<!DOCTYPE html><html><body>Maintenance</body></html>", fmt)


def test_detect_format_knows_none_of_html_or_text() -> None:
    assert detect_format(b"<html><body>x</body></html>") is None
    assert detect_format(b"hello") is None


def test_print_r_tells_the_string_array_from_an_array_by_the_line_after() -> None:
    # found by the fuzzer: PHP prints the string "Array" as it prints an array's head
    body = (
        b"Array\n(\n    [a] => Array\n    [b] => Array\n        (\n"
        b"            [0] => x\n        )\n\n)\n"
    )
    assert parse(body, Format.ARRAY).tree == {"a": "Array", "b": ["x"]}
    heads = b"Array\n(\n    [o] => stdClass Object\n)\n"
    assert parse(heads, Format.ARRAY).tree == {"o": "stdClass Object"}


def test_print_r_keys_of_other_digits_are_strings() -> None:
    # "²".isdigit() is true and int("²") raises: the reader failed where PHP writes a string
    body = (
        "Array\n(\n    [²] => x\n    [0] => Array\n        (\n"
        "            [\u0661] => y\n        )\n\n)\n"
    )
    assert parse(body.encode(), Format.ARRAY).tree == {"²": "x", "0": {"\u0661": "y"}}


def test_print_r_position_counts_bytes_not_replacement_characters() -> None:
    # found by the fuzzer: a bad byte decodes to a 3-byte character and pushed positions past
    # the end of the body
    body = b"Array\n(\n    [lang] => id\x80        )\n\n    [token] => a\n"
    with pytest.raises(ParseError) as caught:
        parse(body, Format.ARRAY)
    assert caught.value.position is not None and caught.value.position <= len(body)
