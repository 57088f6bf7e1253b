"""The General API's calls, as the docs' General API page lists them: where each is sent, what
it takes, and where its records sit in the answer.

Only getToken takes the secret key; every other call takes the token getToken gave.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

Record = dict[str, Any]


class Credential(enum.Enum):
    SECRET = "secretkey"
    TOKEN = "token"


class Shape(enum.Enum):
    """How a call's records sit under their key."""

    LIST = "list"  # a list of records (`result`, `listCountry`); one alone in XML is no list
    KEYED = "keyed"  # a record per key (`policies`: a payment channel each)


@dataclass(frozen=True)
class Parameter:
    name: str
    mandatory: bool
    default: str = ""


@dataclass(frozen=True)
class Call:
    """One call of the General API."""

    name: str  # as the API spells it: getToken, listCurrency
    title: str  # as the docs title it: Get Token, List Currencies
    path: str
    credential: Credential
    parameters: tuple[Parameter, ...]
    records_at: str = ""  # the answer's field that holds the records
    shape: Shape = Shape.LIST
    record_key: str = ""  # the field that names a record (for a keyed call, its key)
    columns: tuple[str, ...] = ()  # the record's fields, in the order a table shows them
    method: str = ""  # the method= the path needs, for the payexpress calls

    @property
    def takes_token(self) -> bool:
        return self.credential is Credential.TOKEN

    @property
    def has_records(self) -> bool:
        return bool(self.records_at)

    @property
    def default_lang(self) -> str:
        return next((p.default for p in self.parameters if p.name == "lang"), "")

    def read_records(self, tree: Any) -> tuple[Record, ...] | None:
        """The call's records as read from an answer's tree, in the answer's order; None when
        the answer has no such field. Every format reads to the same records: a lone XML
        element is a list of one, and an empty list (no XML element at all) is empty."""
        if not self.records_at or not isinstance(tree, Mapping):
            return None
        node = tree.get(self.records_at)
        if node is None:
            return None
        if self.shape is Shape.KEYED:
            if not isinstance(node, Mapping):
                return ()
            return tuple(_keyed_record(self.record_key, key, value) for key, value in node.items())
        items = node if isinstance(node, list) else [node]
        return tuple(dict(item) for item in items if isinstance(item, Mapping))


def _keyed_record(key_name: str, key: Any, value: Any) -> Record:
    record: Record = {key_name: str(key)}
    if isinstance(value, Mapping):
        for name, item in value.items():
            record[str(name)] = item
    for name in ("before", "after"):
        record[name] = as_list(record.get(name))
    return record


def as_list(value: Any) -> list[Any]:
    """A list-valued field in any format: XML gives a lone item as itself, none as nothing."""
    if value is None or value == "":
        return []
    return list(value) if isinstance(value, list) else [value]


_TOKEN_PARAMETERS = (
    Parameter("token", mandatory=True),
    Parameter("output", mandatory=False, default="array"),
    Parameter("lang", mandatory=False),
)

GET_TOKEN = Call(
    "getToken",
    "Get Token",
    "/apiv1/payexpress",
    Credential.SECRET,
    (
        Parameter("method", mandatory=True, default="getToken"),
        Parameter("secretkey", mandatory=True),
        Parameter("output", mandatory=False, default="array"),
        Parameter("token", mandatory=False),  # Renew Token: the token to renew
        Parameter("lang", mandatory=False),
    ),
    method="getToken",
)
LIST_CURRENCY = Call(
    "listCurrency",
    "List Currencies",
    "/general_api/listCurrency",
    Credential.TOKEN,
    _TOKEN_PARAMETERS,
    records_at="result",
    record_key="code",
    columns=("code", "name", "id", "lang"),
)
LIST_LANGUAGE = Call(
    "listLanguage",
    "List Language",
    "/general_api/listLanguage",
    Credential.TOKEN,
    _TOKEN_PARAMETERS,
    records_at="result",
    record_key="code",
    columns=("code", "name_long", "name_short"),
)
LIST_COUNTRY = Call(
    "listCountry",
    "List Country",
    "/general_api/listCountry",
    Credential.TOKEN,
    _TOKEN_PARAMETERS,
    records_at="listCountry",
    record_key="country_id",
    columns=("country_id", "country_name", "country_areacode"),
)
GET_POLICIES = Call(
    "getPolicies",
    "Get Transaction Policies",
    "/general_api/getPolicies",
    Credential.TOKEN,
    (
        Parameter("token", mandatory=True),
        Parameter("output", mandatory=False, default="array"),
        Parameter("lang", mandatory=False, default="id"),
    ),
    records_at="policies",
    shape=Shape.KEYED,
    record_key="channel",
    columns=("channel", "name", "before", "after"),
)

CALLS: tuple[Call, ...] = (GET_TOKEN, LIST_CURRENCY, LIST_LANGUAGE, LIST_COUNTRY, GET_POLICIES)
# the smallest answer that takes a token: what checking a token costs
TOKEN_CHECK = LIST_LANGUAGE
_BY_NAME = {call.name: call for call in CALLS}


def call_named(name: str) -> Call:
    """The call the API names so (case aside); KeyError for one it does not have."""
    found = _BY_NAME.get(name) or next(
        (call for call in CALLS if call.name.lower() == name.lower()), None
    )
    if found is None:
        raise KeyError(name)
    return found


def guess_call(tree: Any) -> Call:
    """Which call an answer came from, by the fields it carries: a saved answer does not say."""
    if not isinstance(tree, Mapping):
        return GET_TOKEN
    if "listCountry" in tree:
        return LIST_COUNTRY
    if "policies" in tree:
        return GET_POLICIES
    records = LIST_CURRENCY.read_records(tree)
    if records:
        fields = set().union(*(record.keys() for record in records))
        if "name_long" in fields or "name_short" in fields:
            return LIST_LANGUAGE
        return LIST_CURRENCY
    return GET_TOKEN


def record_text(value: Any) -> str:
    """A record's value as one line of a table: a list's items joined, one per line."""
    if isinstance(value, list):
        return "\n".join(record_text(item) for item in value)
    if value is None:
        return ""
    return str(value)


VISIBLE_SPACE = "␣"


def shown_spaces(text: str) -> str:
    """Spaces at a value's ends made visible: most of the docs' country names end in one, and
    a partner who compares them with their own list must see it."""
    stripped = text.strip(" ")
    if stripped == text:
        return text
    lead = len(text) - len(text.lstrip(" "))
    trail = len(text) - len(text.rstrip(" "))
    if not stripped:
        return VISIBLE_SPACE * len(text)
    return VISIBLE_SPACE * lead + stripped + VISIBLE_SPACE * trail
