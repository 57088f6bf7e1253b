"""ApiResult and compare: typed fields, problems in words, verdicts across formats."""

from __future__ import annotations

from pathlib import Path

from tiket_gui.core.compare import FieldVerdict, compare, flatten
from tiket_gui.core.formats import Format, parse
from tiket_gui.core.result import ApiResult

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


def _sample(name: str, fmt: Format) -> ApiResult:
    tree = parse((SAMPLES / name).read_bytes(), fmt).tree
    return ApiResult.from_tree(tree, fmt, now=1399524662)


def test_docs_json_sample_is_typed() -> None:
    result = _sample("getToken.json", Format.JSON)
    assert result.problems == ()
    assert result.succeeded
    diagnostic = result.diagnostic
    assert diagnostic.status == 200 and diagnostic.elapsetime == 0.0555
    assert diagnostic.memoryusage_bytes == round(4.48 * 1024 * 1024)
    assert diagnostic.server_time is not None and diagnostic.server_time.year == 2014
    assert result.login_status is False
    assert result.token == "712402a7c363b12d87f6b02749f6f0c91b64c47e"


def test_xml_text_is_typed_like_json() -> None:
    result = _sample("getToken.xml", Format.XML)
    assert result.diagnostic.status == 200 and result.diagnostic.unix_timestamp == 1399524305


def test_problems_in_words() -> None:
    tree = {
        "diagnostic": {"status": 200, "confirm": "maybe", "unix_timestamp": 1000},
        "output_type": "xml",
        "login_status": "perhaps",
        "token": "XYZ",
    }
    problems = " | ".join(ApiResult.from_tree(tree, Format.JSON, now=1000 + 3600).problems)
    for words in (
        "no elapsetime",
        "'xml', but 'json' was asked for",
        "confirm is 'maybe'",
        "not a hex digit",
        "neither true nor false",
        "1.0 hours behind",
    ):
        assert words in problems


def test_api_error_answer() -> None:
    tree = {
        "diagnostic": {"status": 211, "error_msgs": "Invalid secret key", "lang": "en"},
        "output_type": "json",
    }
    result = ApiResult.from_tree(tree, Format.JSON, check_clock=False)
    assert result.is_api_error and not result.succeeded
    assert result.diagnostic.error_msgs == "Invalid secret key"
    assert "status 211: Invalid secret key" in result.problems[0]  # the API's word first
    assert not any("no token" in problem for problem in result.problems)


def test_not_a_map_is_a_problem_not_a_crash() -> None:
    assert ApiResult.from_tree(["x"], Format.JSON).problems


def test_unknown_fields_are_kept() -> None:
    tree = {"diagnostic": {}, "output_type": "json", "token": "t", "new_field": {"a": 1}}
    assert ApiResult.from_tree(tree).fields["new_field"] == {"a": 1}


def test_compare_docs_samples() -> None:
    trees = {
        fmt: parse((SAMPLES / name).read_bytes(), fmt).tree
        for name, fmt in (
            ("getToken.json", Format.JSON),
            ("getToken.xml", Format.XML),
            ("getToken.serialize.txt", Format.SERIALIZE),
        )
    }
    rows = {row.path: row for row in compare(trees)}
    assert list(rows)[:2] == ["diagnostic.status", "diagnostic.elapsetime"]
    assert rows["diagnostic.status"].verdict is FieldVerdict.SAME_VALUE_OTHER_TYPE
    assert rows["token"].verdict is FieldVerdict.SAME
    assert rows["output_type"].verdict is FieldVerdict.DIFFERS and rows["output_type"].expected
    assert rows["output_type"].agrees
    assert not rows["diagnostic.status"].agrees


def test_compare_missing_and_lists() -> None:
    rows = {
        row.path: row
        for row in compare({Format.JSON: {"a": [1, 2], "b": True}, Format.XML: {"a": ["1", "2"]}})
    }
    assert rows["a[0]"].verdict is FieldVerdict.SAME_VALUE_OTHER_TYPE
    assert rows["b"].verdict is FieldVerdict.MISSING
    assert rows["b"].cells[Format.XML] is None


def test_flatten_paths() -> None:
    assert flatten({"a": {"b": [1, {"c": None}]}, "d": {}}) == {
        "a.b[0]": 1,
        "a.b[1].c": None,
        "d": {},
    }


def test_a_timestamp_out_of_range_is_a_problem_not_a_crash() -> None:
    tree = {"diagnostic": {"status": 200, "unix_timestamp": int("9" * 300)}, "token": "t"}
    result = ApiResult.from_tree(tree, Format.JSON)
    assert result.diagnostic.server_time is None
    assert any("not a valid time" in problem for problem in result.problems)


def _diagnosed(**diagnostic: object) -> dict[str, object]:
    block = {
        "status": 200,
        "elapsetime": "0.1",
        "memoryusage": "1MB",
        "unix_timestamp": 1700000000,
        "confirm": "success",
        "lang": "id",
        "currency": "IDR",
    }
    block.update(diagnostic)
    return {"diagnostic": block, "output_type": "json", "login_status": "false"}


def test_tokens_of_32_and_40_hex_are_both_fine_and_an_odd_one_is_told_exactly() -> None:
    for token in ("c992866a6ffb08e59a86fc6a050ca7c7", "c992866a6ffb08e59a86fc6a050ca7c7bdec6c2f"):
        result = ApiResult.from_tree({**_diagnosed(), "token": token}, check_clock=False)
        assert result.problems == () and result.succeeded, token
    odd = ApiResult.from_tree({**_diagnosed(), "token": "c99286-6a6f"}, check_clock=False)
    assert odd.problems == (
        "The token holds '-', which is not a hex digit; the docs' tokens are hex only "
        "(32 or 40 characters).",
    )
    long = ApiResult.from_tree({**_diagnosed(), "token": "a" * 129}, check_clock=False)
    assert long.problems == ("The token is 129 characters long; the docs type it CHAR(128).",)


def test_a_201_that_marks_itself_ok_is_a_success_with_its_message_as_a_notice() -> None:
    tree = {
        **_diagnosed(status=201, error_msgs="Your Contact Person details has been saved."),
        "statusClass": "ok",
        "token": "c992866a6ffb08e59a86fc6a050ca7c7bdec6c2f",
    }
    result = ApiResult.from_tree(tree, check_clock=False)
    assert not result.is_api_error and result.succeeded and result.api_refusal is None
    assert result.notice == "Your Contact Person details has been saved."


def test_a_209_is_an_api_error_headed_by_the_apis_own_message() -> None:
    tree = {
        "diagnostic": {
            "status": 209,
            "error_msgs": "your order has expired please recheck your order",
        }
    }
    result = ApiResult.from_tree(tree, check_clock=False)
    assert result.is_api_error
    assert result.problems[0] == (
        "The API answered with status 209: your order has expired please recheck your order."
    )
    assert any("unix_timestamp" in problem for problem in result.problems[1:])
