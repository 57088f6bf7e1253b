"""Property tests: parse() on any bytes raises ParseError or returns a tree, nothing else.

The default run is short; `HYPOTHESIS_PROFILE=campaign` runs 100,000 examples per strategy.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from xml.parsers import expat

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiket_gui.core.compare import Comparison, compare
from tiket_gui.core.errors import ParseError
from tiket_gui.core.formats import Format, detect_format, parse, pretty
from tiket_gui.core.result import ApiResult
from tiket_gui.emulator import answers

# derandomized, so CI finds the same examples every run; the campaign explores
settings.register_profile("ci", max_examples=150, deadline=2000, derandomize=True)
settings.register_profile(
    "campaign", max_examples=100_000, deadline=2000, suppress_health_check=list(HealthCheck)
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
# what engineers paste: the lenient readers' shapes, mutated as the strict ones' are
PASTED = Path(__file__).resolve().parents[1] / "golden" / "pasted"
SEEDS = (
    [path.read_bytes() for path in sorted(SAMPLES.glob("getToken.*"))]
    + [p.read_bytes() for p in sorted(PASTED.iterdir()) if not p.name.endswith(".parsed.json")]
    + [
        answers.render(
            {"diagnostic": {"status": 200, "lang": "id"}, "output_type": fmt, "token": "a" * 40},
            fmt,
        )
        for fmt in answers.OUTPUTS
    ]
)


@st.composite
def mutated_seed(draw: st.DrawFn) -> bytes:
    """A real answer with a few bytes changed, cut, or repeated: close to what breaks readers."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        action = draw(st.sampled_from(["flip", "cut", "insert", "repeat"]))
        at = draw(st.integers(0, len(data) - 1))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 20))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 30))] * draw(st.integers(2, 50))
    return bytes(data)


def _check(body: bytes, fmt: Format) -> None:
    try:
        parsed = parse(body, fmt)
    except ParseError as error:
        assert error.message
        assert error.position is None or 0 <= error.position <= len(body)
        return
    result: Any = ApiResult.from_tree(parsed.tree, fmt)
    assert isinstance(result.problems, tuple)
    compare({fmt: parsed.tree})
    assert isinstance(pretty(body, fmt), str)


@pytest.mark.parametrize("fmt", list(Format))
@given(body=st.binary(max_size=400))
def test_arbitrary_bytes(fmt: Format, body: bytes) -> None:
    _check(body, fmt)
    detect_format(body)


@pytest.mark.parametrize("fmt", list(Format))
@given(body=mutated_seed())
def test_mutated_answers(fmt: Format, body: bytes) -> None:
    _check(body, fmt)


@given(
    tree=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(min_size=1, max_size=8), children, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_serialize_round_trip(tree: Any) -> None:
    body = answers.render({"x": tree}, "serialize")
    parsed = parse(body, Format.SERIALIZE)
    assert not parsed.lenient
    assert parsed.tree == _php_shaped({"x": tree})


def _php_shaped(tree: Any) -> Any:
    # lists keep their shape; an empty PHP array reads back as a list
    if isinstance(tree, dict):
        return {key: _php_shaped(value) for key, value in tree.items()} if tree else []
    if isinstance(tree, list):
        return [_php_shaped(item) for item in tree]
    return tree


JSON_TREES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()  # past 64 bits too: the pretty text falls back to json for those
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=30,
)


@given(JSON_TREES)
def test_pretty_json_reads_back_as_the_same_tree_and_is_the_standard_indent(tree: Any) -> None:
    body = json.dumps(tree).encode()
    text = pretty(body, Format.JSON)
    assert json.loads(text) == tree
    standard = json.dumps(tree, indent=2, ensure_ascii=False)
    # the one difference allowed: how a float is spelled (orjson: 1.5e-7, 0.00006103515625)
    assert _numbers_as_values(text) == _numbers_as_values(standard)


def _numbers_as_values(text: str) -> str:
    return re.sub(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?", lambda m: repr(float(m[0])), text)


@given(JSON_TREES)
def test_one_format_is_compared_as_two_identical_ones_are(tree: Any) -> None:
    alone = compare({Format.JSON: tree})
    twice = compare({Format.JSON: tree, Format.XML: tree})
    assert [(row.path, row.expected) for row in alone] == [
        (row.path, row.expected) for row in twice
    ]
    assert all(row.verdict.value == "same" for row in [*alone, *twice])
    assert [row.cells[Format.JSON] for row in alone] == [row.cells[Format.JSON] for row in twice]
    assert list(alone[1:3]) == list(alone)[1:3]  # rows made when asked, sliced too
    assert not Comparison.of({Format.JSON: tree}).differing


_PRINT_R_TREES = st.recursive(
    st.text(alphabet=st.characters(codec="utf-8", blacklist_characters="\r\n"), max_size=12),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.text(alphabet="abcdef0123456789_[] ", min_size=1, max_size=6), children, max_size=4
        )
    ),
    max_leaves=20,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(tree=st.dictionaries(st.sampled_from(["a", "b", "0", "12"]), _PRINT_R_TREES, max_size=4))
def test_the_plain_print_r_reader_reads_what_the_full_reader_reads(tree: dict[str, Any]) -> None:
    from tiket_gui.core import php

    text = php.print_r(tree)
    lines = text.split("\n")
    plain = php._read_plain_print_r(text)
    full = php._read_print_r_block(lines, php._line_offsets(text.encode()), 1, depth=1)[0]
    assert plain is php._NOT_PLAIN or plain == full
    assert php.read_print_r(text.encode())[0] == full


# values print_r writes alike or the readers could split wrongly among any others; a key
# holding `] =>` makes text no reader can read back, as PHP's own does
_PRINT_R_TEXTS = st.sampled_from(
    ["", " ", "Array", "A Object", "] => x", "y] =>z", "\x00"]
) | st.text(alphabet=st.characters(codec="utf-8", blacklist_characters="\r\n"), max_size=12)
_PRINT_R_KEYS = st.text(alphabet="abc0123_[]= ", min_size=1, max_size=6)
# a list's records, or records under their names: the shape _print_r_records reads at once
_PRINT_R_RECORDS = st.lists(
    st.dictionaries(_PRINT_R_KEYS, _PRINT_R_TEXTS, min_size=1, max_size=4), min_size=1
) | st.dictionaries(
    _PRINT_R_KEYS, st.dictionaries(_PRINT_R_KEYS, _PRINT_R_TEXTS, min_size=1, max_size=4)
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(records=_PRINT_R_RECORDS)
def test_print_r_records_read_at_once_read_as_the_full_reader_reads_them(records: Any) -> None:
    from tiket_gui.core import php

    text = php.print_r({"records": records, "after": "x"})
    lines = text.split("\n")
    full = php._read_print_r_block(lines, php._line_offsets(text.encode()), 1, depth=1)[0]
    plain = php._read_plain_print_r(text)
    assert plain is php._NOT_PLAIN or plain == full
    assert php.read_print_r(text.encode())[0] == full


def test_print_r_records_are_read_at_once() -> None:
    from tiket_gui.core import php

    records = [{"id": str(n), "name": f"Record {n}", "note": ""} for n in range(50)]
    named = {"first": {"a": "1"}, "second": {"a": "2", "b": "Array"}}
    for shape in (records, named):
        inner = php.print_r(shape).split("(\n", 1)[1].rsplit("\n)", 1)[0]
        assert php._print_r_records(inner, "    ") == shape
    # a record of whole-number keys may be a list: left to the entry-at-a-time reader
    listed = php.print_r([{"0": "a"}]).split("(\n", 1)[1].rsplit("\n)", 1)[0]
    assert php._print_r_records(listed, "    ") is php._NOT_PLAIN
    assert php.read_print_r(php.print_r([{"0": "a"}]).encode())[0] == [["a"]]


def test_print_r_the_plain_reader_declines_goes_to_the_full_one() -> None:
    from tiket_gui.core import php

    multiline = "Array\n(\n    [a] => one\ntwo\n    [b] => Array\n        (\n        )\n\n)\n"
    assert php._read_plain_print_r(multiline) is php._NOT_PLAIN
    assert php.read_print_r(multiline.encode())[0] == {"a": "one\ntwo", "b": []}
    for declined in ("Array\n(\n", "Array\n(\n)\nmore", "Foo Object\n(\n)\n"):
        assert php._read_plain_print_r(declined) is php._NOT_PLAIN


_SERIALIZED_TREES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(alphabet="ab01 ", min_size=1, max_size=4), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(tree=_SERIALIZED_TREES)
def test_the_plain_serialize_reader_reads_what_the_full_reader_reads(tree: Any) -> None:
    from tiket_gui.core import php

    body = php.serialize(tree)
    plain = php._read_plain_serialize(body)
    full = php._SerializeReader(body, False, []).read_value(depth=1)
    # a string holding `";` ends the plain reader's match early: the full reader reads it
    assert plain == full or (plain is php._NOT_PLAIN and b'";' in body)


def test_serialize_the_plain_reader_declines_goes_to_the_full_one() -> None:
    from tiket_gui.core import php

    for declined in (
        b'a:1:{s:1:"a";i:1;} ',  # white space after: the full reader warns
        b'a:2:{s:1:"a";i:1;}',  # a count that does not hold
        b's:3:"ab";',  # a length that does not hold
        b'O:8:"stdClass":0:{}',  # a refused type
        b"a:1:{a:0:{}i:1;}",  # an array as a key
        b's:1:"\xff";',  # not UTF-8
        b"a:2:{i:0;i:1;i:0;i:2;}",  # a key repeated
        b"a:1:{i:0;a:0:{}",  # cut short
    ):
        assert php._read_plain_serialize(declined) is php._NOT_PLAIN
    value, warnings = php.unserialize(b'a:1:{s:1:"a";i:1;} ')
    assert value == {"a": 1} and warnings


_XML_NAMES = st.sampled_from(["a", "b", "records", "x.y", "n-1", "ns:z", "_k"])
_XML_TEXT = st.lists(
    st.sampled_from(["x", "7", " ", "\t", "\n", "é", "ü", "&amp;", "&lt;", "&gt;", ">"]),
    max_size=6,
).map("".join)


@st.composite
def xml_element(draw: st.DrawFn, depth: int = 0, *, plain: bool = True) -> str:
    """An element as the API writes it (`plain`) or with what only the full reader reads:
    attributes, comments, CDATA, mixed content, entities it does not know."""
    name = draw(_XML_NAMES)
    attributes = "" if plain or not draw(st.booleans()) else ' id="1"'
    indent = draw(st.sampled_from(["", "\n", "\n  ", " "]))
    if depth >= 3 or draw(st.booleans()):
        if not attributes and draw(st.integers(0, 5)) == 0:
            return f"<{name}{draw(st.sampled_from(['/', ' /']))}>"
        text = draw(_XML_TEXT)
        if not plain and draw(st.booleans()):
            text += draw(st.sampled_from(["<!-- c -->", "<![CDATA[<x>]]>", "&#65;", "&nbsp;"]))
        return f"<{name}{attributes}>{text}</{name}>"
    children = draw(st.lists(xml_element(depth + 1, plain=plain), min_size=1, max_size=4))
    inner = "".join(indent + child for child in children)
    if not plain and draw(st.booleans()):
        inner += "text among elements"
    return f"<{name}{attributes}>{inner}{indent}</{name}>"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    element=st.booleans().flatmap(
        lambda plain: st.tuples(st.just(plain), xml_element(plain=plain))
    ),
    declaration=st.sampled_from(
        ["", '<?xml version="1.0"?>\n', "<?xml version='1.0' encoding='UTF-8'?>"]
    ),
)
def test_the_plain_xml_reader_reads_what_xmltodict_reads_and_indents_as_expat_does(
    element: tuple[bool, str], declaration: str
) -> None:
    import xmltodict

    from tiket_gui.core.formats import _clean_xml, _pretty_xml
    from tiket_gui.core.plain_xml import pretty_plain_xml, read_plain_xml

    plain, text = element
    body = (declaration + text + "\n").encode()
    read, indented = read_plain_xml(body), pretty_plain_xml(body)
    try:
        full = _clean_xml(xmltodict.parse(body, disable_entities=True, strip_whitespace=False))
    except expat.ExpatError:  # an entity it does not know: the plain reader declines it too
        assert not plain and read is None and indented is None
        return
    assert read == full if plain else read in (None, full)
    assert indented == _pretty_xml(body) if plain else indented in (None, _pretty_xml(body))


def test_xml_the_plain_reader_declines_goes_to_the_full_one() -> None:
    from tiket_gui.core.plain_xml import read_plain_xml

    for declined in (
        b'<a id="1">x</a>',  # an attribute
        b"<a><!-- note --><b>1</b></a>",  # a comment
        b"<a>x<b>1</b></a>",  # mixed content
        b"<a>&#65;</a>",  # a character reference
        b"<a>1</a><b>2</b>",  # two roots
        b"<a>1</a>\r\n",  # a line end expat folds
        b'<?xml version="1.0" encoding="ISO-8859-1"?><a>\xe9</a>',  # another encoding
        b"<a><b>1</b>",  # unclosed
        b"<a>1</b>",  # closed by another name
        b"",  # no root
        "\u00a0<a>1</a>".encode(),  # a no-break space before the root: expat refuses it
        "<a>\u00a0<b>1</b></a>".encode(),  # ... and reads it as text among elements
    ):
        assert read_plain_xml(declined) is None, declined
    latin = parse(
        b'<?xml version="1.0" encoding="ISO-8859-1"?><tiket><a>\xe9</a></tiket>', Format.XML
    )
    assert latin.tree == {"a": "é"}
    siblings = parse(b"<a>1</a><b>2</b>", Format.XML)
    assert siblings.tree == {"a": "1", "b": "2"} and siblings.warnings


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    element=xml_element(plain=True),
    tree=_SERIALIZED_TREES,
    slice_size=st.integers(min_value=1, max_value=40),
)
def test_the_plain_readers_read_the_same_a_slice_at_a_time(
    element: str, tree: Any, slice_size: int
) -> None:
    # the slices are 128 KB; small ones here cut the generated answers in many places
    from tiket_gui.core import php, plain_xml

    xml_body = element.encode()
    serialized = php.serialize(tree)
    whole = plain_xml.read_plain_xml(xml_body), plain_xml.pretty_plain_xml(xml_body)
    full = php._SerializeReader(serialized, False, []).read_value(depth=1)
    saved = plain_xml._SLICE_CHARS, php._SLICE_BYTES
    plain_xml._SLICE_CHARS = php._SLICE_BYTES = slice_size
    try:
        sliced = plain_xml.read_plain_xml(xml_body), plain_xml.pretty_plain_xml(xml_body)
        read = php._read_plain_serialize(serialized)
    finally:
        plain_xml._SLICE_CHARS, php._SLICE_BYTES = saved
    assert sliced == whole
    assert read == full or read is php._NOT_PLAIN  # a } in a string ends a slice inside it
