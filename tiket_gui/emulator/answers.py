"""The emulator's answers: the docs' fields in the docs' order, in each output format."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tiket_gui.core import php
from tiket_gui.core.formats import escape

OUTPUTS = ("array", "xml", "json", "serialize")
CONTENT_TYPES = {
    "json": "application/json",
    "xml": "text/xml; charset=UTF-8",
    # PHP's default for echoed text
    "serialize": "text/html; charset=UTF-8",
    "array": "text/html; charset=UTF-8",
}
STATUS_OK = 200
# The docs' failures all answer 201 (and 204, 209 for orders); none shows a failed getToken,
# so the emulator refuses with 201 as the others do rather than invent a code.
STATUS_BAD_REQUEST = 201
STATUS_NOT_AUTHORIZED = 201
MESSAGES = {
    "bad_secret": {"en": "Invalid secret key", "id": "Secret key tidak valid"},
    "bad_method": {"en": "Method not found", "id": "Method tidak ditemukan"},
    "bad_token": {
        "en": "Token is not valid or has expired",
        "id": "Token tidak valid atau sudah kedaluwarsa",
    },
    "no_token": {"en": "Token is required", "id": "Token harus diisi"},
}


def diagnostic(
    started: float, lang: str, status: int = STATUS_OK, error: str = ""
) -> dict[str, Any]:
    block: dict[str, Any] = {
        "status": status,
        "elapsetime": f"{time.perf_counter() - started:.4f}",
        "memoryusage": _memory_usage(),
        "unix_timestamp": int(time.time()),
    }
    if error:
        block["error_msgs"] = error
    else:
        block["confirm"] = "success"
    block["lang"] = lang
    block["currency"] = "IDR"
    return block


def token_answer(started: float, lang: str, output: str, token: str) -> dict[str, Any]:
    return {
        "diagnostic": diagnostic(started, lang),
        "output_type": output,
        "login_status": "false",
        "token": token,
    }


# The list calls' records, as the docs' General API page gives them (its JSON samples, read by
# scripts/extract-docs-data.py): trailing spaces, Indonesian texts and all.
DATA_DIR = Path(__file__).resolve().parent / "data"
LIST_CALLS = {
    # path: the answer's field, the data file
    "/general_api/listCurrency": ("result", "currencies.json"),
    "/general_api/listLanguage": ("result", "languages.json"),
    "/general_api/listCountry": ("listCountry", "countries.json"),
    "/general_api/getPolicies": ("policies", "policies.json"),
}


@functools.cache
def list_data(path: str) -> Any:
    _, name = LIST_CALLS[path]
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def list_answer(started: float, lang: str, output: str, path: str, token: str) -> dict[str, Any]:
    """A list call's answer: its records between output_type and login_status, as the docs'
    samples order them."""
    field_name, _ = LIST_CALLS[path]
    return {
        "diagnostic": diagnostic(started, lang),
        "output_type": output,
        field_name: list_data(path),
        "login_status": "false",
        "token": token,
    }


def error_answer(started: float, lang: str, output: str, status: int, key: str) -> dict[str, Any]:
    message = MESSAGES[key]["en" if lang == "en" else "id"]
    return {"diagnostic": diagnostic(started, lang, status, message), "output_type": output}


def render(tree: dict[str, Any], output: str) -> bytes:
    if output == "json":
        # PHP's json_encode escapes slashes and non-ASCII by default
        return json.dumps(tree, separators=(",", ":")).replace("/", "\\/").encode("ascii")
    if output == "xml":
        return render_xml(tree).encode("utf-8")
    if output == "serialize":
        return php.serialize(tree)
    return php.print_r(tree).encode("utf-8")


def render_xml(tree: dict[str, Any]) -> str:
    lines = ['<?xml version="1.0"?>', "<tiket>"]
    _xml_children(tree, 1, lines)
    lines.append("</tiket>")
    return "\n".join(lines) + "\n"


def _xml_children(node: dict[str, Any], level: int, lines: list[str]) -> None:
    pad = "  " * level
    for key, value in node.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                lines.append(f"{pad}<{key}>")
                _xml_children(item, level + 1, lines)
                lines.append(f"{pad}</{key}>")
            else:
                lines.append(f"{pad}<{key}>{escape(_xml_text(item))}</{key}>")


def _xml_text(value: Any) -> str:
    if value is True:
        return "true"
    if value is None or value is False:
        return ""
    return str(value)


def _memory_usage() -> str:
    try:
        import resource  # noqa: PLC0415  (not on Windows)

        kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return f"{kilobytes / 1024:.2f}MB"
    except ImportError:
        return "4.48MB"


@dataclass
class _Issued:
    token: str
    issued_at: float
    generation: int


class TokenStore:
    """Tokens stay the same per secret and partner until renewed or expired, so that every
    format of one fetch carries the same token."""

    def __init__(self, ttl_s: float) -> None:
        self.ttl_s = ttl_s
        self._salt = os.urandom(16)
        self._lock = threading.Lock()
        self._issued: dict[tuple[str, str, str], _Issued] = {}
        self._renewed: dict[str, str] = {}

    def token_for(self, secret: str, partner_id: str, partner_name: str) -> str:
        key = (secret, partner_id, partner_name)
        with self._lock:
            current = self._issued.get(key)
            if current is None or self._expired(current):
                generation = current.generation + 1 if current else 0
                current = self._issue(key, generation)
            return current.token

    def renew(self, old_token: str, secret: str, partner_id: str, partner_name: str) -> str | None:
        """A new token for a known one, or None. Renewing the same token twice (several
        formats of one fetch) gives the same new token."""
        key = (secret, partner_id, partner_name)
        with self._lock:
            if old_token in self._renewed:
                return self._renewed[old_token]
            current = self._issued.get(key)
            if current is None or current.token != old_token:
                return None
            renewed = self._issue(key, current.generation + 1)
            self._renewed[old_token] = renewed.token
            return renewed.token

    def accepts(self, token: str) -> bool:
        """A token this store issued, not expired and not replaced by a renewal: what every
        call but getToken takes."""
        with self._lock:
            return any(
                issued.token == token and not self._expired(issued)
                for issued in self._issued.values()
            )

    def _issue(self, key: tuple[str, str, str], generation: int) -> _Issued:
        material = "\0".join((*key, str(generation))).encode("utf-8")
        token = hmac.new(self._salt, material, hashlib.sha1).hexdigest()
        issued = _Issued(token, time.monotonic(), generation)
        self._issued[key] = issued
        return issued

    def _expired(self, issued: _Issued) -> bool:
        return self.ttl_s > 0 and time.monotonic() - issued.issued_at > self.ttl_s


# one record below is ~115 bytes of JSON
_RECORD_JSON_BYTES = 115


def records(megabytes: float) -> list[dict[str, Any]]:
    """About `megabytes` of JSON in small records, the shape of a search answer: what big
    answers usually are, and what costs a client most to show (every field a row)."""
    count = max(1, int(megabytes * 1024 * 1024 / _RECORD_JSON_BYTES))
    return [
        {
            "id": index,
            "airline": "Garuda Indonesia",
            "flight": f"GA{400 + index % 500}",
            "from": "CGK",
            "to": "DPS",
            "price": 1_250_000 + index,
            "available": index % 7 != 0,
        }
        for index in range(count)
    ]
