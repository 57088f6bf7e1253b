"""XML as the API writes it, read in one pass over regex-matched tokens.

xmltodict calls back into Python three times per element (open, text, close) and builds
a dict per element: 1 MB of small records took ~180 ms, 22x json.loads. The API writes
plain XML: a declaration, elements without attributes, text without markup, indentation
between elements. Here one regular expression matches a whole text element at a time
(`<id>7</id>`), so a record of seven fields is nine tokens, not 23 callbacks: ~40 ms.

Anything else (attributes, comments, CDATA, entities other than the five XML names, another
encoding, mixed content, several roots, \r, characters XML forbids) gives None and the full
reader reads it, so both always give the same tree: a fuzz test holds them to it.
"""

from __future__ import annotations

import re
from typing import Any

_NAME = r"[A-Za-z_][A-Za-z0-9_.:-]*"
# every alternative eats the white space before it, XML's four kinds only (expat takes a
# no-break space before the root for text, and refuses it); the last catches anything else
_TOKEN = re.compile(
    rf"[ \t\n]*(?:<({_NAME})>([^<]*)</\1>|<({_NAME})>|</({_NAME})>|<({_NAME})[ \t\n]*/>"
    r"|([^ \t\n]))"
)
_DECLARATION = re.compile(
    r'<\?xml\s+version\s*=\s*(["\'])1\.[0-9]\1'
    r'(?:\s+encoding\s*=\s*(["\'])(?:[Uu][Tt][Ff]-?8)\2)?'
    r'(?:\s+standalone\s*=\s*(["\'])(?:yes|no)\3)?\s*\?>'
)
# what expat refuses or changes and this reader would not: characters XML forbids, line
# ends it folds, the end of a CDATA section in text. Deleting the bytes and comparing
# lengths took 0.8 ms on 1 MB here; a regular expression's character class 5-12 ms.
_FORBIDDEN_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0D, 0x20)])
_FORBIDDEN_SEQUENCES = ("\ufffe".encode(), "\uffff".encode(), b"]]>")
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'"}
# One findall over 1 MB held the GIL 25-45 ms, the GUI thread waiting for it (S12's stall
# went from 34 to 56 ms): the text is matched a slice at a time, each ending after a closing
# tag, so never inside a token. A slice of 32 KB holds it 1-2 ms, for no time lost in all.
_SLICE_CHARS = 32 * 1024
# a tree of elements nested this deep holds lists as deep again at most: the full reader
# decides there whether it is too deep
_NESTING_LIMIT = 31


_Token = tuple[str, str, str, str, str, str]  # a text element and its text, open, close, empty


def read_plain_xml(body: bytes) -> dict[str, Any] | None:
    """The document as xmltodict reads it with its texts kept and indentation dropped
    ({root: tree}, "" for an empty element), or None when the body is not plain XML."""
    tokens = _tokens(body)
    if tokens is None:
        return None
    document: dict[str, Any] = {}
    current = document
    stack: list[tuple[str, dict[str, Any]]] = []
    for leaf, sent, opened, closed, empty, other in tokens:
        if leaf:
            value = _unescaped(sent) if "&" in sent else sent
            if value is None:
                return None
            _add(current, leaf, value)
        elif opened:
            if len(stack) >= _NESTING_LIMIT:
                return None
            stack.append((opened, current))
            current = {}
        elif closed:
            if not stack or stack[-1][0] != closed:
                return None
            parent = stack.pop()[1]
            _add(parent, closed, current)
            current = parent
        elif empty:
            _add(current, empty, "")
        elif other:
            return None
    if stack or len(document) != 1 or isinstance(next(iter(document.values())), list):
        return None  # unclosed, no root, or several
    return document


def pretty_plain_xml(body: bytes) -> str | None:
    """The XML indented two spaces an element, an element of text on one line, as the
    full pretty-printer (expat, a Python call per event: 136 ms on 1 MB of small records,
    ~40 here) writes it; None when the body is not plain XML."""
    tokens = _tokens(body)
    if tokens is None:
        return None
    lines: list[str] = []
    names: list[str] = []  # the elements open
    roots = 0
    for leaf, sent, opened, closed, empty, other in tokens:
        pad = "  " * len(names)
        if leaf:
            text = _unescaped(sent) if "&" in sent else sent
            if text is None:
                return None
            content = escape(text.strip())
            lines.append(f"{pad}<{leaf}>{content}</{leaf}>" if content else f"{pad}<{leaf}/>")
        elif opened:
            lines.append(f"{pad}<{opened}>")
            names.append(opened)
        elif closed:
            if not names or names.pop() != closed:
                return None
            lines.append(f"{pad[2:]}</{closed}>")
        elif empty:
            lines.append(f"{pad}<{empty}/>")
        elif other:
            return None
        if not names:
            roots += 1
    if names or roots != 1:
        return None  # unclosed, no root, or several
    declaration = body[: body.index(b"?>") + 2].decode() + "\n" if body.startswith(b"<?") else ""
    return declaration + "\n".join(lines)


def escape(text: str, *, quote: bool = False) -> str:
    """XML escaping, here: xml.sax.saxutils would import urllib.request (~50 ms at start-up)
    and html its entity table (~1 ms of tiket-token's)."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace('"', "&quot;") if quote else escaped


def _tokens(body: bytes) -> list[_Token] | None:
    """The body's tokens after its declaration, or None when it cannot be plain XML."""
    if len(body.translate(None, _FORBIDDEN_BYTES)) != len(body) or any(
        sequence in body for sequence in _FORBIDDEN_SEQUENCES
    ):
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    start = 0
    if text.startswith("<?"):
        declaration = _DECLARATION.match(text)
        if declaration is None:
            return None
        start = declaration.end()
    tokens: list[_Token] = []
    while start < len(text):
        closing = text.find("</", start + _SLICE_CHARS)
        end = text.find(">", closing) + 1 if closing >= 0 else 0
        end = end or len(text)
        tokens += _TOKEN.findall(text, start, end)
        start = end
    return tokens


def _add(into: dict[str, Any], name: str, value: Any) -> None:
    """As xmltodict does: a name met again makes a list of its values."""
    if name in into:
        existing = into[name]
        if type(existing) is list:
            existing.append(value)
        else:
            into[name] = [existing, value]
    else:
        into[name] = value


def _unescaped(text: str) -> str | None:
    """The five entities XML names, replaced; None for any other `&`."""
    pieces = text.split("&")
    out = [pieces[0]]
    for piece in pieces[1:]:
        name, semicolon, rest = piece.partition(";")
        entity = f"&{name};"
        if not semicolon or entity not in _ENTITIES:
            return None
        out.append(_ENTITIES[entity] + rest)
    return "".join(out)
