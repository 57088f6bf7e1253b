"""Two answers compared: what is set aside, how records are matched, across formats."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from tiket_gui.core.calls import GET_POLICIES, GET_TOKEN, LIST_COUNTRY
from tiket_gui.core.diff import Change, Side, diff
from tiket_gui.core.formats import Format, parse
from tiket_gui.emulator import answers

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "general_api"


def _countries(output: str = "json", token: str = "a" * 40) -> dict[str, object]:
    tree = answers.list_answer(0.0, "id", output, "/general_api/listCountry", token)
    return copy.deepcopy(tree)


def _side(tree: object, fmt: Format = Format.JSON, call: object = LIST_COUNTRY) -> Side:
    return Side(tree, fmt, call)  # type: ignore[arg-type]


def test_two_fetches_a_moment_apart_are_the_same() -> None:
    left, right = _countries(), _countries()
    right["diagnostic"]["elapsetime"] = "0.9"  # type: ignore[index]
    right["diagnostic"]["memoryusage"] = "9.99MB"  # type: ignore[index]
    right["diagnostic"]["unix_timestamp"] = 1  # type: ignore[index]
    assert diff(_side(left), _side(right)).same
    counted = diff(_side(left), _side(right), volatile=False)
    assert {d.path for d in counted.differences} == {
        "diagnostic.elapsetime",
        "diagnostic.memoryusage",
        "diagnostic.unix_timestamp",
    }


def test_one_record_added_and_one_renamed_are_exactly_two_differences() -> None:
    left, right = _countries(), _countries()
    countries = right["listCountry"]
    assert isinstance(countries, list)
    countries.insert(5, {"country_id": "zz", "country_name": "Zedland ", "country_areacode": "+0"})
    next(c for c in countries if c["country_id"] == "sg")["country_name"] = "Singapura"
    found = diff(_side(left), _side(right))
    assert [(d.path, d.change) for d in found.differences] == [
        ("listCountry[country_id=zz]", Change.ADDED),
        ("listCountry[country_id=sg].country_name", Change.CHANGED),
    ]
    renamed = found.differences[1]
    assert (renamed.left, renamed.right) == ("Singapore ", "Singapura")
    assert found.counts == {Change.ADDED: 1, Change.CHANGED: 1}


def test_json_and_xml_of_one_answer_are_the_same() -> None:
    for name, call in (("listLanguage", None), ("getPolicies", GET_POLICIES)):
        json_tree = parse((GOLDEN / f"{name}.json").read_bytes(), Format.JSON).tree
        xml_tree = parse((GOLDEN / f"{name}.xml").read_bytes(), Format.XML).tree
        sides = (_side(json_tree, Format.JSON, call or GET_TOKEN), _side(xml_tree, Format.XML))
        found = diff(*sides, extra=["token"])
        assert found.same, found.differences
    token_json = json.loads(answers.render(answers.token_answer(0.0, "id", "json", "t"), "json"))
    token_xml = parse(
        answers.render(answers.token_answer(0.0, "id", "xml", "t"), "xml"), Format.XML
    )
    assert diff(
        _side(token_json, Format.JSON, GET_TOKEN), _side(token_xml.tree, Format.XML, GET_TOKEN)
    ).same


def test_a_change_of_type_within_one_format_is_told_and_across_formats_is_not() -> None:
    left, right = _countries(), _countries()
    right["diagnostic"]["status"] = "200"  # type: ignore[index]
    within = diff(_side(left), _side(right))
    assert [(d.path, d.change) for d in within.differences] == [
        ("diagnostic.status", Change.OTHER_TYPE)
    ]
    across = diff(_side(left, Format.JSON), _side(right, Format.SERIALIZE))
    assert across.same


def test_the_token_of_two_getTokens_is_set_aside_and_more_paths_on_demand() -> None:
    left = answers.token_answer(0.0, "id", "json", "a" * 40)
    right = answers.token_answer(0.0, "id", "json", "b" * 40)
    assert diff(_side(left, call=GET_TOKEN), _side(right, call=GET_TOKEN)).same
    told = diff(_side(left, call=GET_TOKEN), _side(right, call=GET_TOKEN), volatile=False)
    assert "token" in {d.path for d in told.differences}
    right["login_status"] = "true"
    found = diff(_side(left, call=GET_TOKEN), _side(right, call=GET_TOKEN))
    assert [d.path for d in found.differences] == ["login_status"]
    assert diff(
        _side(left, call=GET_TOKEN), _side(right, call=GET_TOKEN), extra=["login_status"]
    ).same


def test_a_list_with_no_key_is_matched_by_index_and_a_removed_field_is_one_row() -> None:
    left = {"items": ["a", "b"], "gone": {"x": 1, "y": 2}}
    right = {"items": ["a", "c", "d"]}
    found = diff(_side(left, call=GET_TOKEN), _side(right, call=GET_TOKEN))
    assert [(d.path, d.change) for d in found.differences] == [
        ("items[1]", Change.CHANGED),
        ("items[2]", Change.ADDED),
        ("gone", Change.REMOVED),
    ]
    assert found.as_json()["same"] is False
    assert found.as_json()["differences"][0] == {
        "path": "items[1]",
        "change": "changed",
        "left": "b",
        "right": "c",
    }


def test_changed_lines_are_found_between_the_common_ends() -> None:
    from tiket_gui.core.diff import changed_lines

    assert changed_lines("a\nb\nc\nd", "a\nx\nc\nd\ne") == ([1], [1, 4])
    assert changed_lines("same\ntext", "same\ntext") == ([], [])
    many = "\n".join(f'  "airline": "Garuda", {i}' for i in range(50_000))
    moved = many.replace('Garuda", 25000', 'Lion", 25000')
    assert changed_lines(many, moved) == ([25000], [25000])
