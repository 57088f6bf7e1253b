"""PHP's serialize() and print_r() text: strict and lenient readers, and writers.

The readers are our own rather than phpserialize's: that library ignores trailing bytes,
can return wrong data without an error when a declared length is off, gives no position on
failure, and rejects the docs' own samples, which the lenient reader has to read.
"""

from __future__ import annotations

import math
import re
from functools import partial
from itertools import chain
from operator import methodcaller
from typing import Any

from tiket_gui.core.errors import ParseError
from tiket_gui.core.i18n import QT_TRANSLATE_NOOP, translate

MAX_DEPTH = 64
_REFUSED_TYPES = {
    ord("O"): QT_TRANSLATE_NOOP("php", "an object (O:)"),
    ord("o"): QT_TRANSLATE_NOOP("php", "an object (o:)"),
    ord("C"): QT_TRANSLATE_NOOP("php", "a custom-serialized object (C:)"),
    ord("r"): QT_TRANSLATE_NOOP("php", "a reference (r:)"),
    ord("R"): QT_TRANSLATE_NOOP("php", "a reference (R:)"),
    ord("S"): QT_TRANSLATE_NOOP("php", "an escaped string (S:)"),
    ord("E"): QT_TRANSLATE_NOOP("php", "an enum (E:)"),
}
_INT = re.compile(rb"[+-]?\d+")
_FLOAT = re.compile(rb"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|-?INF|NAN")
_SPACES = b" \t\r\n"
_STRING_END = re.compile(rb'"[ \t\r\n]*;')
_HEADLESS_ARRAY = re.compile(rb":\s*\d+\s*:\s*\{")
_CURLY_QUOTES = ("\u201c".encode(), "\u201d".encode(), "\u2033".encode())


def unserialize(data: bytes, *, lenient: bool = False) -> tuple[Any, list[str]]:
    """Read one serialized value that must fill `data` (trailing white space aside).

    Strict mode checks every declared length and count against the bytes. Lenient mode reads
    the docs' style (spaces after colons, wrong lengths, curly quotes) and says what it forgave.
    """
    warnings: list[str] = []
    if lenient:
        sent = data  # positions are told in the body as it came
        for quote in _CURLY_QUOTES:
            count = data.count(quote)
            if count:
                first = sent.find(quote)
                data = data.replace(quote, b'"')
                warnings.append(
                    translate(
                        "php",
                        "{count} curly quote(s) {quote} read as plain double quotes (the first "
                        "at byte {first}).",
                    ).format(count=count, quote=quote.decode(), first=first)
                )
    if not lenient:
        plain = _read_plain_serialize(data)
        if plain is not _NOT_PLAIN:
            return plain, warnings
    reader = _SerializeReader(data, lenient, warnings)
    if lenient:
        reader.skip_spaces()
        headless = _HEADLESS_ARRAY.match(data, reader.pos)
        if headless:
            # the docs' listCurrency sample begins ":31:{": its `a` was lost
            warnings.append(
                translate(
                    "php",
                    "The answer starts {start!r} without the `a` of an array (byte {pos}); "
                    "it was read as an array.",
                ).format(start=headless.group().decode(), pos=reader.pos)
            )
            data = data[: reader.pos] + b"a" + data[reader.pos :]
            reader = _SerializeReader(data, lenient, warnings)
            reader.skip_spaces()
    value = reader.read_value(depth=1)
    end = len(data.rstrip(_SPACES))
    if reader.pos < end:
        raise ParseError(
            translate(
                "php",
                "The serialized answer has {count} unexpected byte(s) after its end, at "
                "byte {pos}: it may be two answers joined, or damaged.",
            ).format(count=len(data) - reader.pos, pos=reader.pos),
            position=reader.pos,
        )
    if end < len(data) and not lenient:
        warnings.append(translate("php", "White space after the serialized value was ignored."))
    return value, warnings


# An array's entries as key-value pairs, one match each (a string whole, its length checked
# after), or an array's end, or anything else. Pairs, not single tokens: half the matches
# and trips round the loop (~70 ms on 1 MB of small records, from ~105 with a match call
# per token).
_SERIALIZED_VALUE = rb's:(\d+):"(.*?)";|i:([+-]?\d+);|a:(\d+):\{|d:([^;]*);|b:([01]);|(N);'
_SERIALIZED_PAIR = re.compile(
    rb'(?:s:(\d+):"(.*?)";|i:([+-]?\d+);)(?:' + _SERIALIZED_VALUE + rb")|(\})|(.)", re.DOTALL
)
_SERIALIZED_ONE = re.compile(
    rb"(?:" + _SERIALIZED_VALUE.replace(b"(.*?)", b"(.*)") + rb")\Z", re.DOTALL
)
_SERIALIZED_HEAD = re.compile(rb"a:(\d+):\{")


def _read_plain_serialize(data: bytes) -> Any:
    """Serialize as PHP writes it, every length and count right, read in one loop over
    regex-matched pairs. Anything else (a fault, white space, a refused type, a string
    that is not UTF-8 or holds `";`, a key repeated) gives _NOT_PLAIN and the full reader,
    which words it."""
    single = _SERIALIZED_ONE.match(data)
    if single is not None:  # one value, not an array (a head alone is cut short)
        length, text, whole, count, real, flag, null = (g or b"" for g in single.groups())
        return _NOT_PLAIN if count else _plain_value((length, text, whole, real, flag, null))
    opened = _SERIALIZED_HEAD.match(data)
    if opened is None:
        return _NOT_PLAIN
    # per open array: its fields, its key in its parent, its declared count
    frames: list[tuple[dict[Any, Any], Any, int]] = []
    fields: dict[Any, Any] = {}
    declared = int(opened.group(1))
    pairs = iter(_serialized_pairs(data, opened.end()))
    for klength, ktext, kint, length, text, whole, count, real, flag, null, closing, _ in pairs:
        if closing:
            if len(fields) != declared:
                return _NOT_PLAIN  # a count that does not hold, or a key repeated
            in_order = list(fields) == list(range(len(fields)))
            value: Any = _plain_array(fields, in_order)
            if not frames:
                return value if next(pairs, None) is None else _NOT_PLAIN
            fields, key, declared = frames.pop()
            fields[key] = value
            continue
        if klength:
            if len(ktext) != int(klength):
                return _NOT_PLAIN
            try:
                key = ktext.decode("utf-8")
            except UnicodeDecodeError:
                return _NOT_PLAIN
        elif kint:
            key = int(kint)
        else:
            return _NOT_PLAIN  # not a pair: a key of another type, or a fault
        if count:
            if len(frames) + 2 > MAX_DEPTH:
                return _NOT_PLAIN
            frames.append((fields, key, declared))
            fields, declared = {}, int(count)
            continue
        value = _plain_value((length, text, whole, real, flag, null))
        if value is _NOT_PLAIN:
            return _NOT_PLAIN
        fields[key] = value
    return _NOT_PLAIN  # cut short


# One findall over 1 MB held the GIL ~30 ms, the GUI thread waiting for it: the body is
# matched a slice at a time (32 KB, 1-2 ms), each ending after an array's end: a } before
# a key or another }. One inside a string would cut the string, and the full reader would
# read the body: slower, never wrong.
_SLICE_BYTES = 32 * 1024
_SLICE_END = re.compile(rb"\}(?=[si]:|\})")


def _serialized_pairs(data: bytes, start: int) -> list[tuple[bytes, ...]]:
    pairs: list[tuple[bytes, ...]] = []
    while start < len(data):
        closing = _SLICE_END.search(data, start + _SLICE_BYTES)
        end = closing.end() if closing else len(data)
        pairs += _SERIALIZED_PAIR.findall(data, start, end)
        start = end
    return pairs


def _plain_value(groups: tuple[bytes, bytes, bytes, bytes, bytes, bytes]) -> Any:
    """One scalar of a plain match: its groups as findall gives them (b"" when absent)."""
    length, text, whole, real, flag, null = groups
    if length:
        if len(text) != int(length):
            return _NOT_PLAIN
        try:
            return text.decode("utf-8")
        except UnicodeDecodeError:
            return _NOT_PLAIN
    if whole:
        return int(whole)
    if real:
        return float(real) if _FLOAT.fullmatch(real) else _NOT_PLAIN
    if flag:
        return flag == b"1"
    if null:
        return None
    return _NOT_PLAIN


class _SerializeReader:
    def __init__(self, data: bytes, lenient: bool, warnings: list[str]) -> None:
        self.data = data
        self.pos = 0
        self.lenient = lenient
        self.warnings = warnings
        self._told_spaces = False

    def fail(self, what: str, position: int | None = None) -> ParseError:
        at = self.pos if position is None else position
        return ParseError(
            translate("php", "The serialized answer is not valid at byte {at}: {what}.").format(
                at=at, what=what
            ),
            position=at,
        )

    def skip_spaces(self) -> None:
        start = self.pos
        while self.pos < len(self.data) and self.data[self.pos] in _SPACES:
            self.pos += 1
        if self.pos > start and start > 0 and not self._told_spaces:
            self._told_spaces = True
            self.warnings.append(
                translate(
                    "php",
                    "Spaces or line breaks between tokens were skipped (the first at byte "
                    "{start}).",
                ).format(start=start)
            )

    def expect(self, token: bytes) -> None:
        if self.lenient:
            self.skip_spaces()
        if not self.data.startswith(token, self.pos):
            found = self.data[self.pos : self.pos + 1]
            shown = (
                repr(found.decode("latin-1"))
                if found
                else translate("php", "the end of the answer")
            )
            raise self.fail(f"expected '{token.decode()}', found {shown}")
        self.pos += len(token)

    def match(self, pattern: re.Pattern[bytes], what: str) -> bytes:
        if self.lenient:
            self.skip_spaces()
        found = pattern.match(self.data, self.pos)
        if not found:
            raise self.fail(translate("php", "expected {what}").format(what=translate("php", what)))
        self.pos = found.end()
        return found.group()

    def read_value(self, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise self.fail(
                translate("php", "values are nested more than {depth} levels deep").format(
                    depth=MAX_DEPTH
                )
            )
        if self.lenient:
            self.skip_spaces()
        if self.pos >= len(self.data):
            raise self.fail(translate("php", "the answer ends where a value should start"))
        kind = self.data[self.pos]
        if kind in _REFUSED_TYPES:
            raise self.fail(
                translate("php", "{kind} is refused: the API sends only plain values").format(
                    kind=translate("php", _REFUSED_TYPES[kind])
                )
            )
        start = self.pos
        self.pos += 1
        if kind == ord("N"):
            self.expect(b";")
            return None
        self.expect(b":")
        if kind == ord("b"):
            flag = self.match(re.compile(rb"[01]"), QT_TRANSLATE_NOOP("php", "0 or 1 after b:"))
            self.expect(b";")
            return flag == b"1"
        if kind == ord("i"):
            number = self.match(_INT, QT_TRANSLATE_NOOP("php", "a whole number after i:"))
            self.expect(b";")
            return int(number)
        if kind == ord("d"):
            number = self.match(_FLOAT, QT_TRANSLATE_NOOP("php", "a number after d:"))
            self.expect(b";")
            return float(number)
        if kind == ord("s"):
            return self.read_string(start)
        if kind == ord("a"):
            return self.read_array(start, depth)
        self.pos = start
        raise self.fail(translate("php", "unknown value type {kind!r}").format(kind=chr(kind)))

    def read_string(self, start: int) -> str:
        declared = int(self.match(_INT, QT_TRANSLATE_NOOP("php", "a length after s:")))
        if declared < 0:
            raise self.fail(
                translate("php", "negative string length {declared}").format(declared=declared),
                start,
            )
        self.expect(b":")
        self.expect(b'"')
        begin = self.pos
        end = begin + declared
        if self.data.startswith(b'";', end):
            self.pos = end + 2
        elif not self.lenient:
            remaining = len(self.data) - begin
            if declared > remaining:
                raise self.fail(
                    translate(
                        "php", "a string declares {declared} bytes but only {remaining} remain"
                    ).format(declared=declared, remaining=remaining),
                    start,
                )
            raise self.fail(
                translate(
                    "php", "a string's declared length {declared} does not match its bytes"
                ).format(declared=declared),
                start,
            )
        else:
            # spaces may stand between the closing quote and the ; in hand-formatted text
            # (a declared length past the body cannot end there: found by fuzzing, a 50-digit
            # one overflowed the regular expression's position)
            exact = _STRING_END.match(self.data, end) if end <= len(self.data) else None
            found = exact or _STRING_END.search(self.data, begin)
            if found is None:
                raise self.fail(translate("php", "a string has no closing quote"), start)
            end = found.start()
            self.pos = found.end()
            if exact is None:
                self.warnings.append(
                    translate(
                        "php", "Byte {start}: string declared {declared} bytes, found {found}."
                    ).format(start=start, declared=declared, found=end - begin)
                )
        raw = self.data[begin:end]
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.warnings.append(
                translate(
                    "php",
                    "Byte {start}: a string is not valid UTF-8; shown with replacement characters.",
                ).format(start=start)
            )
            return raw.decode("utf-8", errors="replace")

    def read_array(self, start: int, depth: int) -> Any:
        declared = int(self.match(_INT, QT_TRANSLATE_NOOP("php", "a count after a:")))
        if declared < 0:
            raise self.fail(
                translate("php", "negative array count {declared}").format(declared=declared), start
            )
        self.expect(b":")
        self.expect(b"{")
        # every entry takes at least 4 bytes ("i:0;N;" is the shortest pair): a huge count on
        # a short body is refused before any loop runs
        if not self.lenient and declared * 4 > len(self.data) - self.pos:
            raise self.fail(
                translate(
                    "php", "an array declares {declared} entries, more than the bytes hold"
                ).format(declared=declared),
                start,
            )
        entries: list[tuple[int | str, Any]] = []
        while True:
            if self.lenient:
                self.skip_spaces()
            if self.data.startswith(b"}", self.pos) and (self.lenient or len(entries) == declared):
                self.pos += 1
                break
            if not self.lenient and len(entries) == declared:
                raise self.fail(
                    translate(
                        "php", "an array has more than the {declared} entries it declares"
                    ).format(declared=declared)
                )
            key = self.read_value(depth + 1)
            if not isinstance(key, int | str) or isinstance(key, bool):
                raise self.fail(translate("php", "an array key must be a whole number or a string"))
            entries.append((key, self.read_value(depth + 1)))
        if len(entries) != declared:
            self.warnings.append(
                translate(
                    "php", "Byte {start}: array declared {declared} entries, found {found}."
                ).format(start=start, declared=declared, found=len(entries))
            )
        return entries_to_tree(entries)


def entries_to_tree(entries: list[tuple[int | str, Any]]) -> Any:
    """PHP arrays keyed 0..n-1 become lists; others dicts with string keys."""
    if all(isinstance(key, int) and key == index for index, (key, _) in enumerate(entries)):
        return [value for _, value in entries]
    return {str(key): value for key, value in entries}


def serialize(value: Any, *, indent: int | None = None) -> bytes:
    """PHP serialize() of a tree, with byte lengths; `indent` spreads arrays over lines."""
    parts: list[str] = []
    _write_serialized(value, indent, 0, parts)
    return "".join(parts).encode("utf-8")


def _write_serialized(value: Any, indent: int | None, level: int, parts: list[str]) -> None:
    """Into one list of parts, a scalar in one: a list per value, joined up the tree, took
    65 ms of the pretty text of 1 MB of small records."""
    if not isinstance(value, dict | list):
        parts.append(_serialized_scalar(value))
        return
    items = enumerate(value) if isinstance(value, list) else value.items()
    parts.append(f"a:{len(value)}:{{")
    inner = "" if indent is None else "\n" + " " * (indent * (level + 1))
    for key, item in items:
        parts.append(inner)
        parts.append(f"i:{key};" if type(key) is int else _serialized_scalar(key))
        _write_serialized(item, indent, level + 1, parts)
    if indent is not None and value:
        parts.append("\n" + " " * (indent * level))
    parts.append("}")


def _serialized_scalar(value: Any) -> str:
    if isinstance(value, str):
        return f's:{len(value.encode("utf-8"))}:"{value}";'
    if value is None:
        return "N;"
    if isinstance(value, bool):
        return f"b:{int(value)};"
    if isinstance(value, int):
        return f"i:{value};"
    return f"d:{_php_float(value)};"


def _php_float(value: float) -> str:
    if math.isnan(value):
        return "NAN"
    if value in (float("inf"), float("-inf")):
        return "INF" if value > 0 else "-INF"
    return repr(value)


def print_r(value: Any) -> str:
    """PHP print_r() of a tree, as the API's default `array` output shows it."""
    return _print_r(value, 0) if isinstance(value, dict | list) else _scalar_text(value)


def _print_r(value: dict[str, Any] | list[Any], indent: int) -> str:
    pad = " " * indent
    items = enumerate(value) if isinstance(value, list) else value.items()
    lines = [f"Array\n{pad}(\n"]
    for key, item in items:
        nested = isinstance(item, dict | list)
        shown = _print_r(item, indent + 8) if nested else _scalar_text(item)
        lines.append(f"{pad}    [{key}] => {shown}\n")
    lines.append(f"{pad})\n")
    return "".join(lines)


def _scalar_text(value: Any) -> str:
    # print_r prints true as 1 and false and null as nothing
    if value is True:
        return "1"
    if value is None or value is False:
        return ""
    return str(value)


_PRINT_R_ENTRY = re.compile(r"^\s*\[(.*?)\] =>(?: (.*))?$")
_PRINT_R_OPEN = re.compile(r"^(?:Array|[\w\\]+ Object)\s*$")


def read_print_r(data: bytes) -> tuple[Any, list[str]]:
    """Read print_r text back into a tree whose scalars are strings."""
    warnings: list[str] = []
    text = data.decode("utf-8", errors="replace")
    if "\ufffd" in text and b"\xef\xbf\xbd" not in data:
        warnings.append(
            translate("php", "The text is not valid UTF-8; shown with replacement characters.")
        )
    if "\r" in text:  # a scan in C; the replace copies 1 MB
        text = text.replace("\r\n", "\n")
    plain = _read_plain_print_r(text)
    if plain is not _NOT_PLAIN:
        return plain, warnings
    lines = text.split("\n")
    offsets = _line_offsets(data)
    index = _skip_blank(lines, 0)
    if index >= len(lines) or not _PRINT_R_OPEN.match(lines[index].strip()):
        raise ParseError(
            translate(
                "php", "The print_r text does not start with 'Array': it may be in another format."
            ),
            position=offsets[min(index, len(lines) - 1)],
        )
    tree, index = _read_print_r_block(lines, offsets, index + 1, depth=1)
    index = _skip_blank(lines, index)
    if index < len(lines):
        raise ParseError(
            translate(
                "php", "The print_r text goes on after its closing parenthesis, at line {line}."
            ).format(line=index + 1),
            position=offsets[index],
            names_line=True,
        )
    return tree, warnings


_NOT_PLAIN: Any = object()


def _read_plain_print_r(text: str) -> Any:
    """print_r text exactly as PHP writes it (arrays only, one line a value, each level
    indented by 8), read from the text without splitting it into lines; an array of
    scalars (`_flat_print_r_block`) and an array of those, a list's records
    (`_print_r_records`), each in a few calls into C. 1 MB of small records: 81 ms where a
    loop over its lines took 100 (json.loads 11.5, taken in turns). Anything else (a value
    over several lines, an object, other indentation, text after the end, a fault) gives
    _NOT_PLAIN, and the full reader, which words what it finds, reads it."""
    body = text.lstrip()
    if not body.startswith("Array\n(\n"):
        return _NOT_PLAIN
    read = _read_plain_print_r_block(body, len("Array\n(\n"), "", depth=1)
    if read is _NOT_PLAIN:
        return _NOT_PLAIN
    tree, end = read
    return tree if not body[end:].strip() else _NOT_PLAIN


def _read_plain_print_r_block(text: str, start: int, pad: str, depth: int) -> Any:
    """The entries of an array whose `(` line ends at `start`, up to its `)` line at `pad`:
    (its tree, where the text goes on after it and the blank line print_r puts there)."""
    if depth > MAX_DEPTH:
        return _NOT_PLAIN
    inner = pad + "    "
    nested_open = inner + "    (\n"
    fields: dict[Any, Any] = {}
    in_order = True
    position = start
    if not text.startswith(pad + ")", position):
        end = text.find("\n" + pad + ")", position - 1)
        if end < 0:
            return _NOT_PLAIN  # cut short: the full reader says where
        flat: Any = _NOT_PLAIN
        if text.find("\n" + nested_open, position - 1, end) < 0:
            flat = _flat_print_r_block(text[position:end], inner)
        elif depth < MAX_DEPTH and text.find("\n        " + nested_open, position - 1, end) < 0:
            # arrays in it, none in those: a list's records
            flat = _print_r_records(text[position:end], inner)
        if flat is not _NOT_PLAIN:
            after = _after_block(text, end + 1, pad)
            return _NOT_PLAIN if after < 0 else (flat, after)
    while not text.startswith(pad + ")", position):
        if not text.startswith(inner + "[", position):
            return _NOT_PLAIN  # a value going on over more lines, other indentation, no end
        line_end = text.find("\n", position)
        if line_end < 0:
            return _NOT_PLAIN
        entry = text[position + len(inner) + 1 : line_end]
        close = entry.find("] =>")
        if close < 0:
            return _NOT_PLAIN
        key_text, value = entry[:close], entry[close + 4 :]
        if value:
            if value[0] != " ":
                return _NOT_PLAIN  # `] =>x`: the full reader's expression decides
            value = value[1:]
        key: Any
        if _is_index(key_text):
            key = int(key_text)
            in_order = in_order and key == len(fields)
        else:
            key, in_order = key_text, False
        position = line_end + 1
        shown = value.strip()
        if (shown == "Array" or shown.endswith(" Object")) and _opens_block_at(text, position):
            if value != "Array" or not text.startswith(nested_open, position):
                return _NOT_PLAIN  # an object, or an array laid out otherwise
            read = _read_plain_print_r_block(
                text, position + len(nested_open), inner + "    ", depth + 1
            )
            if read is _NOT_PLAIN:
                return _NOT_PLAIN
            fields[key], position = read
        else:
            fields[key] = value
    after = _after_block(text, position, pad)
    return _NOT_PLAIN if after < 0 else (_plain_array(fields, in_order), after)


def _after_block(text: str, position: int, pad: str) -> int:
    """Past the `)` line at `position` and the blank lines after it; -1 when more follows
    the parenthesis on its line."""
    after = position + len(pad) + 1
    if after < len(text) and text[after] != "\n":
        return -1
    while text.startswith("\n", after):
        after += 1
    return after


def _flat_print_r_block(block: str, inner: str) -> Any:
    """The entries of an array of scalars, each `[key] => value` on a line of its own at
    `inner`: split, paired and made a dict in C, every step over all of them at once. Its
    tree (as _plain_array makes it), or _NOT_PLAIN for the entry-at-a-time reader to look
    at (a key holding `] =>`, a key repeated, a value over more lines)."""
    if not block.startswith(inner + "["):
        return _NOT_PLAIN
    entries = block[len(inner) + 1 :].split("\n" + inner + "[")
    count = len(entries)
    if block.count("\n") != count - 1 or block.count("] =>") != count:
        return _NOT_PLAIN
    try:
        fields = dict(map(_KEY_AND_VALUE, entries))
    except ValueError:  # `[key] =>` and nothing after it, not even the space
        return _NOT_PLAIN
    return _text_keyed(fields, count)


def _print_r_records(block: str, inner: str) -> Any:
    """An array whose every entry is an array of scalars, as a list's records are: the
    records and their fields split, paired and made dicts in C, all of them at once (a
    record at a time was 5 µs of calls each). Its tree, or _NOT_PLAIN for the
    entry-at-a-time reader to look at (anything that is not this shape exactly, a key
    holding `] =>`, a key repeated, a record of whole-number keys)."""
    record_pad = inner + "    "
    ending = "\n" + record_pad + ")\n"
    if not block.startswith(inner + "[") or not block.endswith(ending):
        return _NOT_PLAIN
    records = block[len(inner) + 1 : -len(ending)].split(f"{ending}\n{inner}[")
    heads = list(
        map(methodcaller("split", f"] => Array\n{record_pad}(\n{record_pad}    [", 1), records)
    )
    if not all(map((2).__eq__, map(len, heads))):
        return _NOT_PLAIN  # a scalar among them, an empty record, other indentation
    keys, bodies = zip(*heads, strict=True)
    entries = list(map(methodcaller("split", f"\n{record_pad}    ["), bodies))
    try:
        tables = list(map(dict, map(partial(map, _KEY_AND_VALUE), entries)))
    except ValueError:  # `[key] =>` and nothing after it, not even the space
        return _NOT_PLAIN
    count, fields = len(records), sum(map(len, entries))
    # every line one of these, every `] =>` a key's: no value over more lines, none
    # holding `] =>`, no other line between them
    if block.count("\n") != fields + 4 * count - 1 or block.count("] =>") != fields + count:
        return _NOT_PLAIN
    if sum(map(len, tables)) != fields:
        return _NOT_PLAIN  # a key repeated
    if any(map(str.isdigit, chain.from_iterable(tables))):
        return _NOT_PLAIN  # a record that may be a list: the entry-at-a-time reader decides
    return _text_keyed(dict(zip(keys, tables, strict=True)), count)


def _text_keyed(fields: dict[str, Any], count: int) -> Any:
    """As _plain_array, for `count` entries read with their keys as text: keys "0" to
    count - 1 in order make a list, keys with no whole number among them a dict; a key
    repeated, or whole-number keys otherwise, _NOT_PLAIN."""
    keys = list(fields)
    if len(keys) != count:
        return _NOT_PLAIN  # a key repeated
    if keys == _index_texts(count):
        return list(fields.values())
    # str.isdigit, called from C, over-counts (it takes "²"): only then the exact check
    if not any(map(str.isdigit, keys)) or not any(map(_is_index, keys)):
        return fields
    return _NOT_PLAIN


_KEY_AND_VALUE = methodcaller("split", "] => ", 1)
_INDEX_TEXTS: list[str] = []


def _index_texts(count: int) -> list[str]:
    """ "0" to the text of count - 1, kept between calls: an array's keys compare to it in C."""
    if len(_INDEX_TEXTS) < count:
        _INDEX_TEXTS.extend(map(str, range(len(_INDEX_TEXTS), count)))
    return _INDEX_TEXTS[:count]


def _is_index(key_text: str) -> bool:
    """A key print_r wrote for a whole number: ASCII digits (int() reads "²" as no number)."""
    return key_text.isdigit() and key_text.isascii()


def _opens_block_at(text: str, position: int) -> bool:
    """Whether the next line that is not blank is `(`, as _opens_block over lines."""
    while True:
        line_end = text.find("\n", position)
        line = text[position:] if line_end < 0 else text[position:line_end]
        if line.strip():
            return line.strip() == "("
        if line_end < 0:
            return False
        position = line_end + 1


def _opens_block(lines: list[str], index: int) -> bool:
    """Whether an `Array` (or `... Object`) value opens one: print_r writes the string
    "Array" the same way, and only a `(` on the next line tells them apart."""
    after = _skip_blank(lines, index)
    return after < len(lines) and lines[after].strip() == "("


def _plain_array(fields: dict[Any, Any], in_order: bool) -> Any:
    """As entries_to_tree: keys 0..n-1 make a list, any others a dict of string keys."""
    if in_order:
        return list(fields.values())
    if any(type(key) is int for key in fields):
        return {str(key): value for key, value in fields.items()}
    return fields


def _read_print_r_block(
    lines: list[str], offsets: list[int], index: int, depth: int
) -> tuple[Any, int]:
    if depth > MAX_DEPTH:
        raise ParseError(
            translate("php", "The print_r text nests more than {depth} levels deep.").format(
                depth=MAX_DEPTH
            ),
            position=offsets[index],
        )
    index = _skip_blank(lines, index)
    if index >= len(lines) or lines[index].strip() != "(":
        raise _cut_short(lines, offsets, index)
    index += 1
    entries: list[tuple[int | str, Any]] = []
    last_was_scalar = False
    while True:
        if index >= len(lines):
            raise _cut_short(lines, offsets, index)
        line = lines[index]
        stripped = line.strip()
        entry = _PRINT_R_ENTRY.match(line)
        if stripped == ")":
            return entries_to_tree(entries), index + 1
        if entry:
            key_text, value_text = entry.group(1), entry.group(2) or ""
            key: int | str = int(key_text) if _is_index(key_text) else key_text
            if _PRINT_R_OPEN.match(value_text.strip()) and _opens_block(lines, index + 1):
                value, index = _read_print_r_block(lines, offsets, index + 1, depth + 1)
                entries.append((key, value))
                last_was_scalar = False
                continue
            entries.append((key, value_text))
            last_was_scalar = True
        elif stripped and last_was_scalar:
            # a string value with line breaks goes on over the following lines
            key, value = entries[-1]
            entries[-1] = (key, f"{value}\n{line}")
        elif stripped:
            raise ParseError(
                translate(
                    "php", "The print_r text has an unexpected line {line}: {text!r}."
                ).format(line=index + 1, text=stripped[:40]),
                position=offsets[index],
                names_line=True,
            )
        index += 1


def _cut_short(lines: list[str], offsets: list[int], index: int) -> ParseError:
    position = offsets[min(index, len(offsets) - 1)]
    return ParseError(
        translate(
            "php", "The print_r text ends before its closing parenthesis: the answer was cut short."
        ),
        position=position,
    )


def _skip_blank(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index


def _line_offsets(data: bytes) -> list[int]:
    # from the bytes, not the decoded text: a bad byte decodes to a 3-byte replacement character
    offsets = [0]
    for line in data.split(b"\n")[:-1]:
        offsets.append(offsets[-1] + len(line) + 1)
    return offsets
