"""The four answer formats: reading a body into a tree, pretty text, and guessing the format.

A tree is what every format reads into: dicts with string keys, lists, and str, int, float,
bool or None. Third-party readers are imported on first use so start-up does not pay for them.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

from tiket_gui.core import php
from tiket_gui.core.errors import ParseError
from tiket_gui.core.i18n import translate
from tiket_gui.core.plain_xml import escape, pretty_plain_xml, read_plain_xml

MAX_DEPTH = php.MAX_DEPTH
_BOM = b"\xef\xbb\xbf"


class Format(enum.Enum):
    JSON = "json"
    XML = "xml"
    SERIALIZE = "serialize"
    ARRAY = "array"

    @property
    def title(self) -> str:
        return _TITLES[self]


_TITLES = {
    Format.JSON: "JSON",
    Format.XML: "XML",
    Format.SERIALIZE: "Serialize",
    Format.ARRAY: "Array",
}


@dataclass(frozen=True)
class ParsedBody:
    """A body read into a tree, with what the reader forgave along the way."""

    format: Format
    tree: Any
    warnings: tuple[str, ...] = field(default=())
    lenient: bool = False


def parse(body: bytes, fmt: Format) -> ParsedBody:
    """Read a body as `fmt`; raise ParseError (and nothing else) when it cannot be read."""
    if not body.strip():
        raise ParseError(
            translate(
                "formats",
                "The answer is empty: the server sent no body. Try again; if it "
                "persists, the server is failing.",
            )
        )
    if looks_like_html(body):
        raise ParseError(
            translate(
                "formats",
                'The answer is an HTML page, not {title} ("{body_excerpt}"): a proxy, a '
                "login page or maintenance may be in the way.",
            ).format(title=fmt.title, body_excerpt=body_excerpt(body, 60)),
            position=0,
        )
    start, lead_in = _lead_in(body)
    rest = body[start:] if start else body
    try:
        parsed = _read(rest, fmt)
    except ParseError as error:
        other = detect_format(rest)
        if other is None or other is fmt:
            raise _shifted(error, start) from None
        try:
            parsed = _read(rest, other)
        except ParseError:
            raise _shifted(error, start) from None
        looks = translate(
            "formats", "This looks like {found}, not {asked}: it was read as {found}."
        ).format(found=other.title, asked=fmt.title)
        parsed = ParsedBody(other, parsed.tree, (looks, *parsed.warnings), parsed.lenient)
    if lead_in:
        parsed = ParsedBody(
            parsed.format, parsed.tree, (*lead_in, *parsed.warnings), parsed.lenient
        )
    return parsed


def _read(body: bytes, fmt: Format) -> ParsedBody:
    try:
        if fmt is Format.JSON:
            return _parse_json(body)
        if fmt is Format.XML:
            return _parse_xml(body)
        if fmt is Format.SERIALIZE:
            return _parse_serialize(body)
        tree, warnings = php.read_print_r(body)
        return ParsedBody(fmt, tree, tuple(warnings))
    except RecursionError:
        raise ParseError(
            translate(
                "formats",
                "The {title} answer is nested too deeply to read (more than {depth} levels).",
            ).format(title=fmt.title, depth=MAX_DEPTH)
        ) from None
    except MemoryError:
        raise ParseError(
            translate("formats", "The {title} answer is too large to read in memory.").format(
                title=fmt.title
            )
        ) from None


def _lead_in(body: bytes) -> tuple[int, list[str]]:
    """Where the answer starts, past a UTF-8 byte order mark (a PHP file saved with one sends
    it before every answer) and blank lines; a warning for each thing skipped."""
    notes: list[str] = []
    start = 0
    if body.startswith(_BOM):
        start = len(_BOM)
        notes.append(
            translate(
                "formats",
                "The answer starts with a UTF-8 byte order mark (BOM, bytes 0-2); it was skipped.",
            )
        )
    stripped = len(body) - len(body[start:].lstrip(b" \t\r\n"))
    if stripped > start and b"\n" in body[start:stripped]:
        lines = body[start:stripped].count(b"\n")
        notes.append(
            translate(
                "formats",
                "{lines} blank line(s) before the answer (bytes {start}-{end}) were skipped.",
            ).format(lines=lines, start=start, end=stripped - 1)
        )
        start = stripped
    return start, notes


def _shifted(error: ParseError, by: int) -> ParseError:
    """The error with its position in the whole body, not in what was left of it."""
    if not by or error.position is None:
        return error
    return ParseError(error.message, position=error.position + by, detail=error.detail)


def pretty(body: bytes, fmt: Format, parsed: ParsedBody | None = None) -> str:
    """An indented text of the body; the decoded text as it is when it cannot be read.

    `parsed`, the body already read (JSON or serialize), saves reading it twice (~17 ms on
    10 MB of JSON); a body read as another format than asked is shown as what it is."""
    if parsed is not None:
        fmt = parsed.format
    start, _ = _lead_in(body)
    body = body[start:] if start else body
    try:
        if fmt is Format.JSON:
            tree = parsed.tree if parsed is not None else _parse_json(body).tree
            return _pretty_json(tree)
        if fmt is Format.XML:
            repaired = _repaired_xml(body)[0]
            return pretty_plain_xml(repaired) or _pretty_xml(repaired)
        if fmt is Format.SERIALIZE:
            # read again only when not given: reading took 2.7 ms of List Country's 6
            # (a lenient reading is not written back out: its pretty text is the body's own)
            strict = parsed is not None and not parsed.lenient
            tree = parsed.tree if strict and parsed is not None else _parse_serialize(body).tree
            return php.serialize(tree, indent=2).decode("utf-8")
    except (ParseError, RecursionError, ValueError):
        pass
    return decode_text(body)


def _pretty_json(tree: Any) -> str:
    """The tree indented by two spaces, non-ASCII kept. orjson writes what json.dumps(indent=2,
    ensure_ascii=False) writes (small exponents aside: 1.5e-7, not 1.5e-07) and is far faster:
    json.dumps indents in pure Python, 1 s for 10 MB of small objects against 27 ms here, the
    GIL held all along. What orjson refuses (integers past 64 bits, nesting past 254) falls
    back to json."""
    import orjson  # noqa: PLC0415  (a worker's first pretty text pays its import, not the start)

    try:
        return orjson.dumps(tree, option=orjson.OPT_INDENT_2).decode("utf-8")
    except orjson.JSONEncodeError:
        return json.dumps(tree, indent=2, ensure_ascii=False)


def decode_text(body: bytes) -> str:
    """The body as text for showing: UTF-8, BOM dropped, bad bytes replaced, CRLF folded."""
    if body.startswith(_BOM):
        body = body[len(_BOM) :]
    return body.decode("utf-8", errors="replace").replace("\r\n", "\n")


def body_excerpt(body: bytes, limit: int = 100) -> str:
    """A short plain-text glimpse of a body, tags and white space folded."""
    text = body[:4096].decode("utf-8", errors="replace")
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def looks_like_html(body: bytes) -> bool:
    head = body[:512].lstrip(_BOM + b" \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (
        head.startswith(b"<") and b"<html" in head and not head.startswith(b"<?xml")
    )


def detect_format(body: bytes) -> Format | None:
    """Guess the format of a saved answer from its first bytes; None when it is none of them."""
    head = body[:256]
    if head.startswith(_BOM):
        head = head[len(_BOM) :]
    head = head.lstrip()
    if head.startswith((b"{", b"[")):
        return Format.JSON
    if head.startswith(b"<"):
        return None if looks_like_html(body) else Format.XML
    if re.match(rb"(?:Array|[\w\\]+ Object)\s*\n\s*\(", head):
        return Format.ARRAY
    if re.match(rb"(?:[aidsb]\s*:\s*[-\d]|N;|:\s*\d+\s*:\s*\{)", head):
        return Format.SERIALIZE
    return None


# -- JSON ---------------------------------------------------------------------------------------


class _RefusedConstant(Exception):
    pass


_UNREAD = object()
_MISSING_COMMAS_MAX = 20


def _lenient_json(
    text: str, error: json.JSONDecodeError, strict: Callable[[str], Any]
) -> tuple[Any, list[str]]:
    """JSON as people paste it: a comma missing between two members (inserted where strict
    reading stopped, each told), or JavaScript object notation as a browser console prints
    it, unquoted keys, single quotes, trailing commas (read as JSON5 by pyjson5, which
    refuses what is not JSON5). `_UNREAD` when neither reads it."""
    repaired, notes = text, list[str]()
    failure: json.JSONDecodeError | None = error
    while failure is not None and "Expecting ',' delimiter" in failure.msg:
        if len(notes) >= _MISSING_COMMAS_MAX:
            break
        notes.append(
            translate(
                "formats",
                "A comma was missing at line {lineno}, column {colno}; one was read there.",
            ).format(lineno=failure.lineno, colno=failure.colno)
        )
        repaired = repaired[: failure.pos] + "," + repaired[failure.pos :]
        try:
            return strict(repaired), notes
        except json.JSONDecodeError as again:
            failure = again
    import pyjson5  # noqa: PLC0415  (only for what strict JSON refuses)

    try:
        tree = pyjson5.loads(text)
    except (pyjson5.Json5Exception, ValueError, TypeError):
        return _UNREAD, []
    return tree, [
        translate(
            "formats",
            "Not strict JSON but JavaScript object notation (unquoted keys, single "
            "quotes or trailing commas, the first at line {lineno}, column {colno}); "
            "it was read as JSON5.",
        ).format(lineno=error.lineno, colno=error.colno)
    ]


def _parse_json(body: bytes) -> ParsedBody:
    warnings: list[str] = []
    offset = 0
    try:
        text = body[offset:].decode("utf-8")
    except UnicodeDecodeError as error:
        raise ParseError(
            translate("formats", "The JSON answer is not valid UTF-8 at byte {byte}.").format(
                byte=offset + error.start
            ),
            position=offset + error.start,
        ) from None
    repeated: list[str] = []

    def keep_last_and_note_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                repeated.append(key)
            result[key] = value
        return result

    def refuse_constant(name: str) -> Any:
        raise _RefusedConstant(name)

    def strict(source: str) -> Any:
        return json.loads(
            source, object_pairs_hook=keep_last_and_note_repeats, parse_constant=refuse_constant
        )

    tree = _fast_json(body)
    fast = tree is not _UNREAD  # depth and repeated keys checked on the way
    try:
        if tree is _UNREAD:
            tree = strict(text)
    except json.JSONDecodeError as error:
        position = offset + len(text[: error.pos].encode("utf-8"))
        refused = ParseError(
            translate(
                "formats", "The JSON answer is not valid at line {lineno}, column {colno}: {msg}."
            ).format(lineno=error.lineno, colno=error.colno, msg=error.msg),
            position=position,
            names_line=True,
        )
        repeated.clear()
        tree, repairs = _lenient_json(text, error, strict)
        if tree is _UNREAD:
            raise refused from None
        warnings += repairs
    except _RefusedConstant as constant:
        name = constant.args[0]
        found = text.find(name)
        raise ParseError(
            translate(
                "formats", "The JSON answer contains {name}, which JSON does not allow."
            ).format(name=name),
            position=offset + len(text[:found].encode("utf-8")) if found >= 0 else None,
        ) from None
    except ValueError:
        # Python refuses to convert integers of more than 4,300 digits (CVE-2020-10735)
        raise ParseError(
            translate(
                "formats", "The JSON answer has a number too long to read (over 4,300 digits)."
            )
        ) from None
    if not fast and _deeper_than(tree, MAX_DEPTH):
        raise ParseError(
            translate("formats", "The JSON answer is nested more than {depth} levels deep.").format(
                depth=MAX_DEPTH
            )
        )
    for key in dict.fromkeys(repeated):
        warnings.append(
            translate(
                "formats", "The key {key!r} appears more than once; the last value was kept."
            ).format(key=key)
        )
    return ParsedBody(Format.JSON, tree, tuple(warnings))


# a key spaced from its colon: counting `":` would miss it
_SPACED_KEY = re.compile(rb'"\s+:')


# Below this, the reader with hooks reads a body in well under a millisecond, and a process
# reading only small answers (tiket-token get) need not load orjson: ~4 ms of its start.
_ORJSON_FROM_BYTES = 16 * 1024


def _fast_json(body: bytes) -> Any:
    """The tree through orjson (C), when the body is big, orjson reads it and no key
    repeats; `_UNREAD` otherwise, for the reader that notes repeated keys and says where an
    error is. The duplicate check counts the keys of the tree against the keys in the text:
    json.loads with a hook per object took 2.9x a plain json.loads on 1 MB of small records."""
    if len(body) < _ORJSON_FROM_BYTES:
        return _UNREAD
    import orjson  # noqa: PLC0415  (a worker's first big JSON answer pays its import)

    try:
        tree = orjson.loads(body)
    except orjson.JSONDecodeError:
        return _UNREAD
    if _keys_in(tree) != _keys_written(body):
        return _UNREAD  # a key repeats, or too deep: the slow reader says which
    return tree


def _keys_in(tree: Any) -> int:
    """The keys of every object in the tree; -1 past MAX_DEPTH (the slow reader says so)."""
    count = 0
    level = [tree] if type(tree) in _CONTAINERS else []
    for _depth in range(MAX_DEPTH):
        below: list[Any] = []
        for node in level:
            if type(node) is dict:
                count += len(node)
                below += [child for child in node.values() if type(child) in _CONTAINERS]
            else:
                below += [child for child in node if type(child) in _CONTAINERS]
        if not below:
            return count
        level = below
    return -1 if level else count


_CONTAINERS = (dict, list)


def _keys_written(body: bytes) -> int:
    """The keys the text holds, or -1 when it cannot tell cheaply. Where no string holds an
    escaped quote, no string holds a quote at all, so every `":` ends a key (a regular
    expression over every string token took 19-31 ms on 1 MB; this, ~3)."""
    if b'\\"' in body or _SPACED_KEY.search(body):
        return -1
    return body.count(b'":')


def _deeper_than(tree: Any, limit: int) -> bool:
    stack: list[tuple[Any, int]] = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Iterable[Any] = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


# -- XML ----------------------------------------------------------------------------------------

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_WRAPPER = "tiket-gui-document"


# an & that starts no entity: `Jason Mraz & His Band`, `?orderId=1&hash=…` in the docs' samples
_BARE_AMPERSAND = re.compile(rb"&(?!(?:[A-Za-z][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)")


def _parse_xml(sent: bytes) -> ParsedBody:
    body, repairs = _repaired_xml(sent)
    try:
        parsed = _parse_well_formed_xml(body)
    except ParseError as error:
        if repairs.edits and error.position is not None:
            position = min(max(repairs.original(error.position), 0), len(sent))
            raise ParseError(error.message, position=position) from None
        raise
    return ParsedBody(parsed.format, parsed.tree, (*repairs.notes, *parsed.warnings))


class _Repairs:
    """What was changed in a body before reading it, to say so and to give positions in the
    body as it came."""

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.edits: list[tuple[int, int]] = []  # (where in the new body, bytes added there)

    def original(self, position: int) -> int:
        return position - sum(added for where, added in self.edits if where < position)


def _repaired_xml(body: bytes) -> tuple[bytes, _Repairs]:
    """XML as people paste it, made well-formed, every repair named with its byte: the line a
    browser shows above raw XML skipped, a raw & read as text."""
    repairs = _Repairs()
    first = body.find(b"<")
    if first > 0 and body[:first].strip():
        said = body[:first].decode("utf-8", "replace").strip()
        shown = said if len(said) <= 60 else said[:59] + "…"
        repairs.notes.append(
            translate(
                "formats", 'Text before the first tag (bytes 0-{end}) was skipped: "{shown}".'
            ).format(end=first - 1, shown=shown)
        )
        repairs.edits.append((0, -first))
        body = body[first:]
    bare = [found.start() for found in _BARE_AMPERSAND.finditer(body)]
    if bare:
        shift = -repairs.edits[0][1] if repairs.edits else 0
        where = ", ".join(str(at + shift) for at in bare[:5]) + (" …" if len(bare) > 5 else "")
        repairs.notes.append(
            translate(
                "formats", "{count} raw & that start no entity were read as text (at byte {where})."
            ).format(count=len(bare), where=where)
        )
        repairs.edits += [(at + 4 * index, 4) for index, at in enumerate(bare)]
        body = _BARE_AMPERSAND.sub(b"&amp;", body)
    return body, repairs


def _parse_well_formed_xml(body: bytes) -> ParsedBody:
    warnings: list[str] = []
    _refuse_dtd(body)
    plain = read_plain_xml(body)
    if plain is not None:
        return ParsedBody(Format.XML, _xml_tree(plain, warnings), tuple(warnings))
    import xmltodict  # noqa: PLC0415  (deferred: start-up and plain XML do not need it)

    try:
        raw = xmltodict.parse(body, disable_entities=True, strip_whitespace=False)
    except expat.ExpatError as error:
        if error.code != expat.errors.codes[expat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT]:
            raise _xml_error(body, error) from None
        wrapped, shift = _wrap_siblings(body)
        try:
            raw = xmltodict.parse(wrapped, disable_entities=True, strip_whitespace=False)[_WRAPPER]
        except expat.ExpatError as inner:
            raise _xml_error(wrapped, inner, shift) from None
        warnings.append(
            translate(
                "formats",
                "The XML has several top-level elements and no single root; they were "
                "read side by side.",
            )
        )
    except ValueError:
        raise ParseError(
            translate("formats", "The XML answer declares entities, which are refused.")
        ) from None
    tree = _xml_tree(_clean_xml(raw), warnings)
    if _deeper_than(tree, MAX_DEPTH):
        raise ParseError(
            translate("formats", "The XML answer is nested more than {depth} levels deep.").format(
                depth=MAX_DEPTH
            )
        )
    return ParsedBody(Format.XML, tree if tree is not None else {}, tuple(warnings))


def _xml_tree(document: Any, warnings: list[str]) -> Any:
    """The tree under the root <tiket>; under another root, the document, said so."""
    if isinstance(document, dict) and list(document) == ["tiket"]:
        return document["tiket"]
    if isinstance(document, dict) and len(document) == 1:
        warnings.append(
            translate("formats", "The XML root is <{root}>, not <tiket>.").format(
                root=next(iter(document))
            )
        )
    return document


def _refuse_dtd(body: bytes) -> None:
    # A DTD is how billion-laughs, quadratic blowup and external entities get in; the API
    # never sends one.
    found = _DTD.search(body)
    if found:
        raise ParseError(
            translate(
                "formats",
                "The XML answer declares a DTD or entities, which are refused for safety.",
            ),
            position=found.start(),
        )


def _wrap_siblings(body: bytes) -> tuple[bytes, int]:
    declaration = _XML_DECLARATION.match(body)
    rest = body[declaration.end() :] if declaration else body
    opening = f"<{_WRAPPER}>".encode()
    shift = len(opening) - (len(body) - len(rest))
    return opening + rest + f"</{_WRAPPER}>".encode(), shift


def _xml_error(body: bytes, error: expat.ExpatError, shift: int = 0) -> ParseError:
    # expat counts CR, LF and CRLF each as one line break
    starts = [0, *(found.end() for found in re.finditer(rb"\r\n|\r|\n", body))]
    line_start = starts[error.lineno - 1] if 0 < error.lineno <= len(starts) else len(body)
    position = max(0, min(line_start + error.offset - shift, len(body)))
    return ParseError(
        translate(
            "formats",
            "The XML answer is not well-formed at line {lineno}, column {column}: {messages}.",
        ).format(
            lineno=error.lineno, column=error.offset + 1, messages=expat.errors.messages[error.code]
        ),
        position=position,
        names_line=True,
    )


def _clean_xml(node: Any) -> Any:
    """A text is kept as sent, spaces at its ends included (most of the docs' country names
    end in one); the indentation between elements is not text."""
    if node is None:
        return ""
    if isinstance(node, dict):
        return {
            key: _clean_xml(value)
            for key, value in node.items()
            if not (key == "#text" and isinstance(value, str) and not value.strip())
        }
    if isinstance(node, list):
        return [_clean_xml(item) for item in node]
    return node


def _pretty_xml(body: bytes) -> str:
    """Indent XML by element; text-only elements stay on one line."""
    _refuse_dtd(body)
    parser = expat.ParserCreate()
    lines: list[str] = []
    open_tags: list[tuple[str, str, list[str], bool]] = []  # name, start tag, text, has children

    def start(name: str, attributes: dict[str, str]) -> None:
        if open_tags:
            parent_name, parent_start, parent_text, parent_has_children = open_tags[-1]
            if not parent_has_children:
                lines.append("  " * (len(open_tags) - 1) + parent_start)
                open_tags[-1] = (parent_name, parent_start, parent_text, True)
        shown = "".join(
            f' {key}="{escape(value, quote=True)}"' for key, value in attributes.items()
        )
        open_tags.append((name, f"<{name}{shown}>", [], False))

    def end(name: str) -> None:
        _, start_tag, text, has_children = open_tags.pop()
        pad = "  " * len(open_tags)
        content = escape("".join(text).strip())
        if has_children:
            if content:
                lines.append(pad + "  " + content)
            lines.append(f"{pad}</{name}>")
        elif content:
            lines.append(f"{pad}{start_tag}{content}</{name}>")
        else:
            lines.append(pad + start_tag[:-1] + "/>")

    def text(data: str) -> None:
        if open_tags:
            open_tags[-1][2].append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(body, True)
    except expat.ExpatError as error:
        if error.code != expat.errors.codes[expat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT]:
            raise ValueError("not well-formed") from None
        return _pretty_xml_siblings(body)
    declaration = _XML_DECLARATION.match(body)
    prefix = declaration.group().decode("utf-8", "replace").strip() + "\n" if declaration else ""
    return prefix + "\n".join(lines)


def _pretty_xml_siblings(body: bytes) -> str:
    wrapped, _ = _wrap_siblings(body)
    inner = _pretty_xml(wrapped).split("\n")[1:-1]
    return "\n".join(line[2:] for line in inner)


# -- serialize ----------------------------------------------------------------------------------


def _parse_serialize(body: bytes) -> ParsedBody:
    try:
        tree, warnings = php.unserialize(body)
        return ParsedBody(Format.SERIALIZE, tree, tuple(warnings))
    except ParseError as strict_error:
        try:
            tree, warnings = php.unserialize(body, lenient=True)
        except ParseError:
            raise strict_error from None
        note = translate("formats", "Strict reading failed: {message}").format(
            message=strict_error.message
        )
        return ParsedBody(Format.SERIALIZE, tree, (note, *warnings), lenient=True)
