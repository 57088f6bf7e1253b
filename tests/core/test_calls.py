"""The General API's calls: the registry, their requests, and their answers read to records."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.conftest import SECRET, make_request
from tiket_gui.core.calls import (
    CALLS,
    GET_POLICIES,
    GET_TOKEN,
    LIST_COUNTRY,
    LIST_CURRENCY,
    LIST_LANGUAGE,
    call_named,
    guess_call,
    shown_spaces,
)
from tiket_gui.core.client import TokenClient
from tiket_gui.core.export import as_python
from tiket_gui.core.formats import Format
from tiket_gui.core.outcome import fetch_and_read, read_saved
from tiket_gui.core.request import ApiRequest
from tiket_gui.emulator import EmulatorConfig, RunningEmulator, start_in_thread

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "general_api"
FILES = {
    Format.JSON: "{}.json",
    Format.XML: "{}.xml",
    Format.SERIALIZE: "{}.serialize.txt",
    Format.ARRAY: "{}.array.txt",
}
COUNTS = {LIST_CURRENCY: 31, LIST_LANGUAGE: 2, LIST_COUNTRY: 246, GET_POLICIES: 10}


def _token(client: TokenClient, base_url: str) -> str:
    token = fetch_and_read(client, make_request(base_url)).token
    assert token
    return token


def _list_request(base_url: str, call: object, token: str, fmt: Format = Format.JSON) -> ApiRequest:
    return make_request(base_url, fmt, call=call, token=token)


def test_the_registry_lists_the_docs_calls_in_their_order() -> None:
    assert [call.title for call in CALLS] == [
        "Get Token",
        "List Currencies",
        "List Language",
        "List Country",
        "Get Transaction Policies",
    ]
    assert [call.path for call in CALLS[1:]] == [
        "/general_api/listCurrency",
        "/general_api/listLanguage",
        "/general_api/listCountry",
        "/general_api/getPolicies",
    ]
    assert not GET_TOKEN.takes_token and all(call.takes_token for call in CALLS[1:])
    assert GET_POLICIES.default_lang == "id" and LIST_COUNTRY.records_at == "listCountry"
    assert call_named("listcountry") is LIST_COUNTRY
    with pytest.raises(KeyError):
        call_named("order")


def test_a_token_call_sends_the_token_and_never_the_secret() -> None:
    request = make_request("http://h", Format.XML, call=LIST_COUNTRY, token="ab" * 20, lang="en")
    assert request.secret_key == SECRET  # the form had one: it stays home
    assert request.params() == [("token", "ab" * 20), ("output", "xml"), ("lang", "en")]
    for text in (request.url(), request.redacted_url(), request.as_curl(), as_python(request)):
        assert "secretkey" not in text and "demo-secret" not in text
    assert request.endpoint == "http://h/general_api/listCountry"
    assert "ab" * 20 in request.as_curl() and "TIKET_SECRET_KEY" not in request.as_curl()
    assert "SECRET" not in as_python(request)
    assert request.problems() == []


def test_a_token_call_needs_a_token_not_a_secret() -> None:
    without = ApiRequest("http://h", "1", "P", call=LIST_LANGUAGE)
    assert [p.field for p in without.problems()] == ["token"]
    assert "Get Token" in without.problems()[0].message
    long = ApiRequest("http://h", "1", "P", call=LIST_LANGUAGE, token="a" * 129)
    assert "at most 128" in long.problems()[0].message


@pytest.mark.parametrize("call", list(COUNTS))
def test_every_format_of_a_call_reads_to_the_same_records(
    call: object, emulator: RunningEmulator, client: TokenClient
) -> None:
    token = _token(client, emulator.base_url)
    read = []
    for fmt in Format:
        outcome = fetch_and_read(client, _list_request(emulator.base_url, call, token, fmt))
        assert outcome.succeeded and outcome.result is not None, outcome.result
        assert outcome.result.problems == ()
        assert outcome.token == token  # every answer echoes the token
        read.append(outcome.result.records)
    assert all(records == read[0] for records in read)
    assert read[0] is not None and len(read[0]) == COUNTS[call]  # type: ignore[index]


def test_country_names_keep_their_trailing_space_in_every_format(
    emulator: RunningEmulator, client: TokenClient
) -> None:
    token = _token(client, emulator.base_url)
    for fmt in Format:
        result = fetch_and_read(
            client, _list_request(emulator.base_url, LIST_COUNTRY, token, fmt)
        ).result
        assert result is not None and result.records is not None
        names = {record["country_id"]: record["country_name"] for record in result.records}
        assert names["sg"] == "Singapore " and names["id"] == "Indonesia", fmt
    assert shown_spaces("Singapore ") == "Singapore␣" and shown_spaces("id") == "id"


def test_policies_are_a_record_per_channel_with_their_texts_as_lists(
    emulator: RunningEmulator, client: TokenClient
) -> None:
    token = _token(client, emulator.base_url)
    result = fetch_and_read(
        client, _list_request(emulator.base_url, GET_POLICIES, token, Format.XML)
    ).result
    assert result is not None and result.records is not None
    by_channel = {record["channel"]: record for record in result.records}
    assert list(by_channel)[:2] == ["klikbca", "cimbclicks"]
    assert by_channel["klikbca"]["after"] == []  # no <after> element at all in the XML
    assert len(by_channel["jatis"]["after"]) == 4
    assert by_channel["xl_tunai"]["before"] == ["Klik tombol 'Lanjutkan'"]


@pytest.mark.parametrize("name", ["listLanguage", "getPolicies"])
@pytest.mark.parametrize("fmt", list(Format))
def test_answers_as_php_writes_them_read_to_the_same_records(name: str, fmt: Format) -> None:
    body = (GOLDEN / FILES[fmt].format(name)).read_bytes()
    expected = json.loads((GOLDEN / f"{name}.records.json").read_text(encoding="utf-8"))
    record = read_saved(body, FILES[fmt].format(name))
    assert record.call.name == name  # told by the fields the answer carries
    outcome = record.outcomes[fmt]
    assert outcome.error is None and outcome.result is not None
    assert outcome.result.problems == ()
    assert list(outcome.result.records or ()) == expected


def test_a_token_the_emulator_did_not_issue_is_refused_without_records(
    emulator: RunningEmulator, client: TokenClient
) -> None:
    outcome = fetch_and_read(client, _list_request(emulator.base_url, LIST_CURRENCY, "f" * 40))
    result = outcome.result
    assert result is not None and result.is_api_error and result.records is None
    assert result.diagnostic.status != 200 and result.diagnostic.error_msgs
    assert not outcome.succeeded
    assert "no token" not in " ".join(result.problems)  # a missing token is getToken's problem


def test_a_renewed_or_expired_token_is_refused(client: TokenClient) -> None:
    running = start_in_thread(config=EmulatorConfig(secrets=(SECRET,), token_ttl_s=0.3))
    try:
        old = _token(client, running.base_url)
        renewed = fetch_and_read(client, make_request(running.base_url, renew_token=old)).token
        assert renewed and renewed != old
        replaced = fetch_and_read(client, _list_request(running.base_url, LIST_LANGUAGE, old))
        assert replaced.result is not None and replaced.result.is_api_error
        fresh = fetch_and_read(client, _list_request(running.base_url, LIST_LANGUAGE, renewed))
        assert fresh.succeeded
        time.sleep(0.4)
        expired = fetch_and_read(client, _list_request(running.base_url, LIST_LANGUAGE, renewed))
        assert expired.result is not None and expired.result.is_api_error
    finally:
        running.stop()


def test_a_list_call_has_every_fault_getToken_has(client: TokenClient) -> None:
    running = start_in_thread(config=EmulatorConfig(fault="http500"))
    try:
        outcome = fetch_and_read(client, _list_request(running.base_url, LIST_COUNTRY, "a" * 40))
    finally:
        running.stop()
    assert outcome.error is not None and "500" in outcome.error.message


def test_a_saved_answer_tells_its_call_by_its_fields() -> None:
    assert guess_call({"result": [{"code": "en", "name_long": "English"}]}) is LIST_LANGUAGE
    assert guess_call({"result": {"code": "AUD", "name": "AUD - Dolar"}}) is LIST_CURRENCY
    assert guess_call({"listCountry": []}) is LIST_COUNTRY
    assert guess_call({"policies": {}}) is GET_POLICIES
    assert guess_call({"token": "x"}) is GET_TOKEN and guess_call([1]) is GET_TOKEN
