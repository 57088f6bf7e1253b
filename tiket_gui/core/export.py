"""Handing a fetch to someone else: a Python snippet, a report, the compare table as CSV.

Nothing here ever contains the secret unless the caller asks for it by name.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Iterable, Sequence

from tiket_gui.core.calls import record_text, shown_spaces
from tiket_gui.core.compare import CompareRow, compare
from tiket_gui.core.formats import Format, decode_text
from tiket_gui.core.outcome import FetchRecord, FormatOutcome
from tiket_gui.core.request import ApiRequest

REPORT_BODY_LIMIT = 200_000  # characters of each body a report carries


def as_python(request: ApiRequest, *, reveal_secret: bool = False) -> str:
    """A requests snippet for the same call; the secret comes from the environment by default."""
    params = [
        f"    {name!r}: {'SECRET' if name == 'secretkey' else repr(value)},"
        for name, value in request.params()
    ]
    takes_secret = not request.call.takes_token
    if not takes_secret:
        secret_line = ""  # the token is what this call takes, and it is in the params
    elif reveal_secret:
        secret_line = f"SECRET = {request.secret_key!r}  # the real secret: do not share this file"
    else:
        secret_line = 'SECRET = os.environ["TIKET_SECRET_KEY"]'
    headers = ",\n".join(
        f"    {name!r}: {value!r}"
        for name, value in request.headers().items()
        if name in ("User-Agent", "Content-Type")
    )
    lines = [
        "import os" if takes_secret and not reveal_secret else "",
        "",
        "import requests",
        "",
        *([secret_line] if secret_line else []),
        "params = {",
        *params,
        "}",
        "headers = {",
        headers + ",",
        "}",
        f"response = requests.get({request.endpoint!r}, params=params, headers=headers,",
        "                        timeout=(5, 30), allow_redirects=False)",
        "print(response.status_code)",
        "print(response.text)",
    ]
    return "\n".join(lines).lstrip("\n") + "\n"


def compare_csv(record: FetchRecord) -> str:
    formats, rows = _compare_rows(record)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "field",
            *(f"{fmt.value} value" for fmt in formats),
            *(f"{fmt.value} type" for fmt in formats),
            "verdict",
            "expected",
        ]
    )
    for row in rows:
        cells = [row.cells.get(fmt) for fmt in formats]
        writer.writerow(
            [
                row.path,
                *(c.text if c else "" for c in cells),
                *(c.type_name if c else "" for c in cells),
                row.verdict.value,
                "yes" if row.expected else "no",
            ]
        )
    return out.getvalue()


def _records(record: FetchRecord) -> tuple[list[str], list[list[str]]]:
    """The call's records as table cells, spaces at a value's ends shown as ␣."""
    primary = record.primary()
    result = primary.result if primary is not None else None
    if result is None or not result.records:
        return [], []
    columns = list(result.call.columns)
    rows = [
        [shown_spaces(record_text(item.get(name))).replace("\n", " / ") for name in columns]
        for item in result.records
    ]
    return columns, rows


def report_markdown(record: FetchRecord) -> str:
    lines = [f"# {record.call.name}, {record.fetched_at:%Y-%m-%d %H:%M:%S %Z}", ""]
    lines += [f"- {label}: {value}" for label, value in _facts(record)]
    lines += ["", "## Diagnostic", "", "| field | value |", "| --- | --- |"]
    lines += [f"| {name} | {_md(value)} |" for name, value in _diagnostic(record)]
    columns, records = _records(record)
    if records:
        lines += ["", f"## Records ({len(records):,})", ""]
        lines.append("| " + " | ".join(columns) + " |")
        lines.append("| --- " * len(columns) + "|")
        lines += ["| " + " | ".join(_md(cell) for cell in row) + " |" for row in records]
    formats, rows = _compare_rows(record)
    if rows:
        lines += ["", "## Compare", ""]
        lines.append("| field | " + " | ".join(fmt.title for fmt in formats) + " | verdict |")
        lines.append("| --- " * (len(formats) + 2) + "|")
        for row in rows:
            cells = [row.cells.get(fmt) for fmt in formats]
            shown = [f"{_md(c.text)} ({c.type_name})" if c else "—" for c in cells]
            verdict = row.verdict.value + (" (expected)" if row.expected else "")
            lines.append(f"| {row.path} | " + " | ".join(shown) + f" | {verdict} |")
    for fmt, text, status in _bodies(record):
        lines += ["", f"## {fmt.title}", "", f"`{status}`", "", "```", text, "```"]
    return "\n".join(lines) + "\n"


def report_html(record: FetchRecord) -> str:
    esc = html.escape
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{record.call.name} {record.fetched_at:%Y-%m-%d %H:%M:%S}</title>",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
        "pre{background:#f6f8fa;padding:1em;overflow:auto}.differs{background:#ffebe9}"
        ".expected{color:#6e7781}</style></head><body>",
        f"<h1>{record.call.name}, {record.fetched_at:%Y-%m-%d %H:%M:%S %Z}</h1><ul>",
        *(f"<li>{esc(label)}: {esc(value)}</li>" for label, value in _facts(record)),
        "</ul><h2>Diagnostic</h2><table>",
        *(f"<tr><th>{esc(n)}</th><td>{esc(v)}</td></tr>" for n, v in _diagnostic(record)),
        "</table>",
    ]
    columns, records = _records(record)
    if records:
        parts.append(f"<h2>Records ({len(records):,})</h2><table><tr>")
        parts += [f"<th>{esc(name)}</th>" for name in columns]
        parts.append("</tr>")
        for cells in records:
            parts.append("<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in cells) + "</tr>")
        parts.append("</table>")
    formats, rows = _compare_rows(record)
    if rows:
        parts.append("<h2>Compare</h2><table><tr><th>field</th>")
        parts += [f"<th>{fmt.title}</th>" for fmt in formats]
        parts.append("<th>verdict</th></tr>")
        for row in rows:
            style = "expected" if row.expected else ("" if row.agrees else "differs")
            parts.append(f"<tr class='{style}'><td>{esc(row.path)}</td>")
            for fmt in formats:
                cell = row.cells.get(fmt)
                shown = f"{cell.text} ({cell.type_name})" if cell else "—"
                parts.append(f"<td>{esc(shown)}</td>")
            parts.append(f"<td>{esc(row.verdict.value)}</td></tr>")
        parts.append("</table>")
    for fmt, text, status in _bodies(record):
        parts.append(f"<h2>{fmt.title}</h2><p><code>{esc(status)}</code></p><pre>{esc(text)}</pre>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _facts(record: FetchRecord) -> list[tuple[str, str]]:
    facts = [
        ("Environment", record.environment),
        ("Base URL", record.base_url),
        ("User-Agent", f"twh:{record.partner_id};{record.partner_name};"),
        ("Outcome", record.verdict()),
    ]
    facts += [(f"URL ({o.format.title})", o.url) for o in _ordered(record) if o.url]
    primary = record.primary()
    if primary is not None and primary.token:
        facts.append(("Token", primary.token))
    failure = record.first_failure()
    if failure is not None and failure.error is not None:
        facts.append(("Failure", f"{failure.format.title}: {failure.error.message}"))
    return facts


def _diagnostic(record: FetchRecord) -> list[tuple[str, str]]:
    primary = record.primary()
    if primary is None or primary.result is None:
        return []
    data = primary.result.diagnostic.as_json()
    shown = [(name, "" if value is None else str(value)) for name, value in data.items()]
    shown += [
        ("output_type", primary.result.output_type or ""),
        ("login_status", str(primary.result.login_status).lower()),
    ]
    shown += [("problem", problem) for problem in primary.result.problems]
    return shown


def _bodies(record: FetchRecord) -> Iterable[tuple[Format, str, str]]:
    for outcome in _ordered(record):
        text = outcome.pretty_text or decode_text(outcome.body)
        if len(text) > REPORT_BODY_LIMIT:
            text = text[:REPORT_BODY_LIMIT] + f"\n… ({len(outcome.body):,} bytes in all)"
        yield outcome.format, text, outcome.status_line or "no HTTP answer"


def _compare_rows(record: FetchRecord) -> tuple[list[Format], Sequence[CompareRow]]:
    readable = [o for o in _ordered(record) if o.parsed is not None]
    formats = [o.format for o in readable]
    if record.comparison is not None:  # made when the answers were read
        return formats, record.comparison.rows
    return formats, compare({o.format: o.parsed.tree for o in readable if o.parsed})


def _ordered(record: FetchRecord) -> list[FormatOutcome]:
    return [record.outcomes[fmt] for fmt in Format if fmt in record.outcomes]


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
