"""ApiRequest: validation before sending, the wire URL, redaction, and the cURL line."""

from __future__ import annotations

import os
import shutil
import subprocess
from urllib.parse import parse_qsl, quote, quote_plus, urlsplit

import pytest

from tests.conftest import SECRET, make_request
from tiket_gui.core.environments import (
    EnvironmentKind,
    make_environment,
    normalize_base_url,
    resolve_environment,
)
from tiket_gui.core.errors import InputError
from tiket_gui.core.formats import Format
from tiket_gui.core.redact import scrub
from tiket_gui.core.request import ApiRequest
from tiket_gui.emulator import RunningEmulator


def test_user_agent_has_the_docs_shape_with_trailing_semicolon() -> None:
    request = make_request("http://h")
    assert request.user_agent == "twh:123456789;Partner Name;"
    assert request.headers()["User-Agent"] == "twh:123456789;Partner Name;"


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("partner_id", "", "Partner ID is empty"),
        ("partner_name", "", "Partner name is empty"),
        ("partner_name", "Pärtner", "plain ASCII"),
        ("partner_name", "東京", "plain ASCII"),
        ("partner_name", "A;B", "';'"),
        ("partner_name", "A\r\nX-Evil: 1", "line break"),
        ("partner_id", " 123", "space"),
        ("secret_key", "", "Secret key is empty"),
        ("secret_key", "x" * 129, "at most 128"),
        ("renew_token", "abc def", "space"),
        ("lang", "fr", "Language"),
    ],
)
def test_each_rejection_names_its_field(field: str, value: str, words: str) -> None:
    request = make_request("http://h", Format.JSON, **{field: value})
    problems = request.problems()
    assert [problem.field for problem in problems] == [field]
    assert words in problems[0].message
    with pytest.raises(InputError):
        request.validate()


def test_secret_of_128_characters_is_accepted() -> None:
    make_request("http://h", secret_key="k" * 128).validate()


def test_url_encodes_the_secret_and_keeps_parameter_order() -> None:
    request = make_request("http://h", Format.XML, renew_token="a" * 40, lang="en")
    query = urlsplit(request.url()).query
    assert parse_qsl(query) == [
        ("method", "getToken"),
        ("secretkey", SECRET),
        ("output", "xml"),
        ("token", "a" * 40),
        ("lang", "en"),
    ]
    assert "&+#" not in query


def test_redacted_url_masks_the_secret_and_shortens_the_token() -> None:
    request = make_request("http://h", renew_token="712402a7c363b12d87f6b02749f6f0c91b64c47e")
    shown = request.redacted_url()
    assert "secretkey=***" in shown
    assert "demo-secret" not in shown
    assert "token=712402a7%E2%80%A6" in shown
    assert SECRET not in repr(request)


def test_scrub_removes_every_spelling_of_the_secret() -> None:
    text = f"raw {SECRET} plus {quote_plus(SECRET)} {quote(SECRET, safe='')} secretkey=zzz&x=1"
    cleaned = scrub(text, SECRET)
    assert "demo-secret" not in cleaned
    assert "zzz" not in cleaned


def test_curl_line_keeps_the_secret_out_unless_asked() -> None:
    request = make_request("http://h")
    line = request.as_curl()
    assert "demo-secret" not in line
    assert "$TIKET_SECRET_KEY" in line
    assert "demo-secret" in request.as_curl(reveal_secret=True)


@pytest.mark.skipif(shutil.which("curl") is None or shutil.which("bash") is None, reason="no curl")
def test_curl_line_runs_against_the_emulator(emulator: RunningEmulator) -> None:
    line = make_request(emulator.base_url).as_curl()
    env = dict(os.environ, TIKET_SECRET_KEY=SECRET)
    done = subprocess.run(
        ["bash", "-c", line], capture_output=True, env=env, timeout=10, check=True
    )
    assert b'"confirm":"success"' in done.stdout


# -- environments -------------------------------------------------------------------------------


def test_sandbox_defaults_to_the_docs_http_url_and_production_to_https() -> None:
    sandbox = make_environment(EnvironmentKind.SANDBOX)
    assert sandbox.base_url == "http://api-sandbox.tiket.com"
    assert sandbox.sends_secret_in_clear
    assert make_environment(EnvironmentKind.PRODUCTION).base_url == "https://api.tiket.com"


def test_production_over_http_is_refused() -> None:
    with pytest.raises(InputError, match="only HTTPS"):
        make_environment(EnvironmentKind.PRODUCTION, "http://api.tiket.com")
    with pytest.raises(InputError, match="only HTTPS"):
        resolve_environment("http://api.tiket.com")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("", "empty"),
        ("api.example.com", "needs a scheme"),
        ("ftp://example.com", "http:// or https://"),
        ("http://user:pw@example.com", "user name or password"),
        ("http://example.com/?a=1", "query"),
        ("http://example.com/#x", "fragment"),
        ("http://example.com:99999", "port"),
        ("http://", "no host"),
    ],
)
def test_custom_urls_are_refused_clearly(url: str, words: str) -> None:
    with pytest.raises(InputError, match=words):
        normalize_base_url(url)


def test_custom_url_keeps_a_proxy_path_and_drops_the_trailing_slash() -> None:
    assert (
        normalize_base_url(" https://proxy.local:8443/tiket/ ") == "https://proxy.local:8443/tiket"
    )
    custom = resolve_environment("http://127.0.0.1:8080")
    assert custom.kind is EnvironmentKind.CUSTOM and not custom.sends_secret_in_clear


def test_request_built_for_emulator_has_the_api_path() -> None:
    request = ApiRequest("http://127.0.0.1:1", "1", "P", "secret-1")
    assert request.endpoint == "http://127.0.0.1:1/apiv1/payexpress"
