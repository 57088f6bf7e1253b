"""The headless commands: `tiket-token get|inspect` and `tiket-emulator`. No Qt here.

Heavy modules (requests, the XML reader) are imported by the subcommand that needs them.
"""

from __future__ import annotations

import argparse
import enum
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from tiket_gui import __version__
from tiket_gui.core import wording
from tiket_gui.core.calls import CALLS, call_named, record_text, shown_spaces
from tiket_gui.core.errors import FetchError, InputError
from tiket_gui.core.formats import Format, detect_format
from tiket_gui.core.i18n import system_language, translate, use_language
from tiket_gui.core.outcome import FetchRecord, FormatOutcome, fetch_and_read, read_saved

if TYPE_CHECKING:
    from tiket_gui.core.diff import Side
    from tiket_gui.core.request import ApiRequest

SECRET_ENV = "TIKET_SECRET_KEY"
TOKEN_ENV = "TIKET_TOKEN"
TABLE_CELL_CHARS = 60


class ExitStatus(enum.IntEnum):
    OK = 0
    API_ERROR = 1
    USAGE = 2
    NETWORK = 3
    UNREADABLE = 4


def exit_status(outcome: FormatOutcome) -> ExitStatus:
    if isinstance(outcome.error, FetchError):
        return ExitStatus.NETWORK
    if outcome.error is not None or outcome.result is None:
        return ExitStatus.UNREADABLE
    if outcome.result.is_api_error:
        return ExitStatus.API_ERROR
    return ExitStatus.OK if outcome.result.succeeded else ExitStatus.UNREADABLE


# -- tiket-token --------------------------------------------------------------------------------


def token_main(argv: Sequence[str] | None = None) -> int:
    use_language(system_language())
    refused = _refuse_secret_argument(sys.argv[1:] if argv is None else argv)
    if refused is not None:
        _say(refused)
        return ExitStatus.USAGE
    parser = _token_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    _quiet_logging(args.debug)
    try:
        if args.command == "get":
            return _get(args)
        if args.command == "call":
            return _call(args)
        if args.command == "diff":
            return _diff(args)
        return _inspect(args)
    except InputError as error:
        _say(error.message)
        return ExitStatus.USAGE
    except KeyboardInterrupt:
        _say("Interrupted.")
        return 130
    except BrokenPipeError:
        # the reader went away (`| head`): what is left is not wanted, and not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return ExitStatus.OK


def _token_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tiket-token",
        # --secret X was taken for --secret-file X, --partner-n for --partner-name
        allow_abbrev=False,
        description=(
            translate(
                "cli",
                "Get a tiket.com API token, call the General API's lists with it, or "
                "read a saved answer.",
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    get = commands.add_parser(
        "get",
        allow_abbrev=False,
        help="call getToken",
        description=(
            translate(
                "cli",
                "Call getToken. The secret key comes from --secret-file PATH when given, "
                "else ${SECRET_ENV}, else a prompt on a terminal: never from an "
                "argument, which every user of the machine can see.",
            ).format(SECRET_ENV=SECRET_ENV)
        ),
    )
    _add_fetch_options(get)
    get.add_argument(
        "--renew", metavar="TOKEN", default="", help=translate("cli", "renew this token")
    )
    get.add_argument(
        "--print",
        dest="show",
        default="form",
        choices=["token", "form", "json", "raw"],
    )

    call = commands.add_parser(
        "call",
        allow_abbrev=False,
        help=translate("cli", "call a General API list with a token"),
        description=(
            translate(
                "cli",
                "Call one of the General API's lists with a token: --token, else "
                "${TOKEN_ENV}, else a token fetched first with getToken, by get's rules "
                "for the secret key. An explicit --token wins over the environment.",
            ).format(TOKEN_ENV=TOKEN_ENV)
        ),
    )
    call.add_argument("name", choices=[c.name for c in CALLS if c.takes_token], metavar="NAME")
    call.add_argument(
        "--token",
        default="",
        help=translate("cli", "the token to send (else ${TOKEN_ENV})").format(TOKEN_ENV=TOKEN_ENV),
    )
    _add_fetch_options(call)
    call.add_argument(
        "--print",
        dest="show",
        default="table",
        choices=["table", "form", "json", "raw"],
    )

    compare = commands.add_parser(
        "diff",
        allow_abbrev=False,
        help=translate("cli", "compare two answers"),
        description=(
            translate(
                "cli",
                "Compare two answers of a call, in any formats: each a file, - for "
                "standard input, or a history entry (@ID, @latest, @-2 for the one "
                "before it). The fields every call measures anew (elapsetime, "
                "memoryusage, unix_timestamp) and the token of two answers of one call "
                "are set aside unless --all. Exit 0 the same, 1 different, 2 usage, 4 an "
                "answer that cannot be read.",
            )
        ),
    )
    compare.add_argument("left", metavar="A")
    compare.add_argument("right", metavar="B")
    compare.add_argument(
        "--all", action="store_true", help=translate("cli", "compare the volatile fields too")
    )
    compare.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="PATH",
        help=translate("cli", "set this field aside as well, e.g. diagnostic.lang (repeatable)"),
    )
    compare.add_argument("--print", dest="show", default="table", choices=["table", "json"])
    compare.add_argument("--debug", action="store_true")

    inspect = commands.add_parser(
        "inspect",
        allow_abbrev=False,
        help=translate("cli", "read a saved answer"),
        description=translate(
            "cli", "Read a saved answer of any call; which call it is, its fields tell."
        ),
    )
    inspect.add_argument("file", help=translate("cli", "a file, or - for standard input"))
    inspect.add_argument("--format", default="auto", choices=["auto", *(f.value for f in Format)])
    inspect.add_argument(
        "--print", dest="show", default="form", choices=["form", "table", "json", "pretty"]
    )
    inspect.add_argument("--debug", action="store_true")
    return parser


def _add_fetch_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--env",
        required=True,
        help=translate("cli", "sandbox, production, emulator, or a base URL"),
    )
    command.add_argument("--partner-id", required=True)
    command.add_argument("--partner-name", required=True)
    command.add_argument(
        "--format",
        default="json",
        choices=[*(f.value for f in Format), "all"],
        help=translate("cli", "answer format; all fetches the four at once (default json)"),
    )
    command.add_argument("--lang", choices=["id", "en"], default="")
    command.add_argument(
        "--timeout",
        type=_positive_float,
        default=30.0,
        metavar="S",
        help=translate("cli", "give up after S seconds in all (default 30)"),
    )
    command.add_argument(
        "--secret-file",
        type=Path,
        metavar="PATH",
        help=translate("cli", "read the secret key from the first line of this file"),
    )
    command.add_argument(
        "--ca-bundle",
        type=Path,
        metavar="PATH",
        help=translate("cli", "verify HTTPS against these CA certificates"),
    )
    command.add_argument(
        "--debug", action="store_true", help=translate("cli", "show technical detail on failure")
    )


def _get(args: argparse.Namespace) -> int:
    from tiket_gui.core.request import ApiRequest  # noqa: PLC0415

    with _Session(args) as session:
        secret = _read_secret(args.secret_file)
        requests_ = [
            ApiRequest(
                session.base_url,
                args.partner_id,
                args.partner_name,
                secret,
                fmt,
                args.renew,
                args.lang,
            )
            for fmt in _formats(args)
        ]
        outcomes = session.fetch(requests_)
    return _report(outcomes, args.show, args.debug)


def _call(args: argparse.Namespace) -> int:
    """A list call with the token from --token, $TIKET_TOKEN, or a getToken made first."""
    from tiket_gui.core.request import ApiRequest  # noqa: PLC0415

    call = call_named(args.name)
    with _Session(args) as session:
        token = args.token.strip() or os.environ.get(TOKEN_ENV, "").strip()
        if not token:
            first = ApiRequest(
                session.base_url,
                args.partner_id,
                args.partner_name,
                _read_secret(args.secret_file),
                Format.JSON,
                lang=args.lang,
            )
            [got] = session.fetch([first])
            if exit_status(got) is not ExitStatus.OK or not got.token:
                _say(translate("cli", "getToken, to have a token for the call, did not bring one:"))
                return _report([got], "form" if args.show == "table" else args.show, args.debug)
            token = got.token
        requests_ = [
            ApiRequest(
                session.base_url,
                args.partner_id,
                args.partner_name,
                output=fmt,
                lang=args.lang,
                call=call,
                token=token,
            )
            for fmt in _formats(args)
        ]
        outcomes = session.fetch(requests_)
    return _report(outcomes, args.show, args.debug)


def _diff(args: argparse.Namespace) -> int:
    from tiket_gui.core.diff import diff  # noqa: PLC0415

    if args.left == "-" and args.right == "-":
        _say(translate("cli", "Only one of the two answers can come from standard input."))
        return ExitStatus.USAGE
    sides: list[Side] = []
    for source in (args.left, args.right):
        side = _answer_for_diff(source)
        if isinstance(side, int):
            return side
        sides.append(side)
    found = diff(sides[0], sides[1], volatile=not args.all, extra=args.ignore)
    out = sys.stdout
    if args.show == "json":
        json.dump(found.as_json(), out, indent=2, ensure_ascii=False, default=str)
        out.write("\n")
    elif found.same:
        aside = ", ".join(found.set_aside)
        out.write(
            translate("cli", "The same answer (set aside: {aside}).").format(aside=aside) + "\n"
        )
    else:
        rows = [
            [d.path, d.change.label, _shown(d.left), _shown(d.right)] for d in found.differences
        ]
        _write_table(out, ["path", "change", sides[0].label, sides[1].label], rows)
        out.write(f"({wording.differences_count(len(rows))}: {wording.change_counts(found)})\n")
    return ExitStatus.OK if found.same else ExitStatus.API_ERROR


def _answer_for_diff(source: str) -> Side | int:
    """One side of a diff: a file, standard input, or a history entry; an exit status when
    it cannot be had."""
    from tiket_gui.core.diff import Side  # noqa: PLC0415

    if source.startswith("@"):
        record = _history_entry(source)
        if isinstance(record, int):
            return record
    else:
        name = "standard input" if source == "-" else source
        try:
            body = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
        except OSError as error:
            _say(wording.could_not_read(name, error, wording.check_the_path()))
            return ExitStatus.USAGE
        record = read_saved(body, name)
    outcome = record.primary()
    if outcome is None or outcome.parsed is None:
        failure = (
            outcome.error.message
            if outcome and outcome.error
            else translate("cli", "no answer was read")
        )
        _say(f"{source}: {failure}")
        return ExitStatus.UNREADABLE
    label = source if not source.startswith("@") else f"{source} ({outcome.format.title})"
    return Side(outcome.parsed.tree, outcome.format, record.call, label)


def _history_entry(source: str) -> FetchRecord | int:
    """@ID, @latest, or @-N (the Nth newest: @-1 is the latest, @-2 the one before)."""
    from tiket_gui.core.history import HistoryStore, load_for_display  # noqa: PLC0415

    wanted = source[1:]
    try:
        store, _ = HistoryStore.open()
    except OSError as error:
        _say(wording.could_not_read("the history", error))
        return ExitStatus.USAGE
    if wanted == "latest" or (wanted.startswith("-") and wanted[1:].isdigit()):
        back = 1 if wanted == "latest" else int(wanted[1:])
        rows = store.summaries(max(back - 1, 0), 1)
        fetch_id = rows[0].id if rows and back >= 1 else None
    elif wanted.isdigit():
        fetch_id = int(wanted)
    else:
        _say(
            translate(
                "cli", "{source}: a history entry is @ID, @latest or @-N (such as @-2)."
            ).format(source=source)
        )
        return ExitStatus.USAGE
    record = load_for_display(store, fetch_id) if fetch_id is not None else None
    if record is None:
        _say(
            translate("cli", "{source}: there is no such entry in the history.").format(
                source=source
            )
        )
        return ExitStatus.USAGE
    return record


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return shown_spaces(text)


def _formats(args: argparse.Namespace) -> list[Format]:
    return list(Format) if args.format == "all" else [Format(args.format)]


class _Session:
    """Where requests go (an emulator started in the process for --env emulator) and the
    client that sends them, formats side by side."""

    def __init__(self, args: argparse.Namespace) -> None:
        from tiket_gui.core.environments import (  # noqa: PLC0415
            EnvironmentKind,
            resolve_environment,
        )

        self.args = args
        self.environment = resolve_environment(args.env)
        self.base_url = self.environment.base_url
        self._stop_emulator: Callable[[], None] | None = None
        if self.environment.kind is EnvironmentKind.EMULATOR:
            from tiket_gui.emulator import start_in_thread  # noqa: PLC0415

            self.base_url, self._stop_emulator = start_in_thread()

    def __enter__(self) -> _Session:
        return self

    def __exit__(self, *_: object) -> None:
        if self._stop_emulator is not None:
            self._stop_emulator()

    def fetch(self, requests_: list[ApiRequest]) -> list[FormatOutcome]:
        from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

        from tiket_gui.core.client import Timeouts, TokenClient  # noqa: PLC0415

        requests_[0].validate()
        timeout = self.args.timeout
        timeouts = Timeouts(connect=min(5.0, timeout), read=min(10.0, timeout), total=timeout)
        ca_bundle = self.args.ca_bundle
        verify: bool | str = str(ca_bundle) if ca_bundle else True
        env = self.environment.kind.value
        with TokenClient(timeouts=timeouts, verify=verify) as client:

            def one(request: ApiRequest) -> FormatOutcome:
                return fetch_and_read(client, request, env=env)

            with ThreadPoolExecutor(max_workers=len(requests_)) as pool:
                return list(pool.map(one, requests_))


def _inspect(args: argparse.Namespace) -> int:
    name = "standard input" if args.file == "-" else args.file
    try:
        body = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as error:
        _say(wording.could_not_read(name, error, wording.check_the_path()))
        return ExitStatus.USAGE
    fmt = Format(args.format) if args.format != "auto" else detect_format(body)
    if fmt is None:
        _say(
            translate("cli", "{unknown_format} Name it with --format.").format(
                unknown_format=wording.unknown_format(name)
            )
        )
        return ExitStatus.UNREADABLE
    outcome = read_saved(body, name, fmt).outcomes[fmt]
    if args.show == "pretty" and outcome.pretty_text is not None:
        print(outcome.pretty_text)
        return exit_status(outcome)
    return _report([outcome], args.show, args.debug)


def _report(outcomes: list[FormatOutcome], show: str, debug: bool) -> int:
    out = sys.stdout
    if show == "json":
        data = [outcome.as_json() for outcome in outcomes]
        json.dump(data if len(data) > 1 else data[0], out, indent=2, ensure_ascii=False)
        out.write("\n")
    elif show == "raw":
        for outcome in outcomes:
            if len(outcomes) > 1:
                out.write(f"==> {outcome.format.title} <==\n")
            out.flush()
            sys.stdout.buffer.write(outcome.body)
            sys.stdout.buffer.flush()
            if len(outcomes) > 1:
                out.write("\n")
    elif show == "token":
        tokens = list(
            dict.fromkeys(o.result.token for o in outcomes if o.result and o.result.token)
        )
        if len(tokens) > 1:
            _say(translate("cli", "The formats brought different tokens; each is printed."))
        for token in tokens:
            out.write(token + "\n")
    elif show == "table":
        for outcome in outcomes:
            _print_table(outcome, out, titled=len(outcomes) > 1)
    else:
        for outcome in outcomes:
            _print_form(outcome, out)
    for outcome in outcomes:
        _say_failure(outcome, debug)
    return max(exit_status(outcome) for outcome in outcomes)


def _print_form(outcome: FormatOutcome, out: TextIO) -> None:
    title = outcome.format.title
    head = [title]
    if outcome.status_line:
        head.append(outcome.status_line)
    if outcome.elapsed_ms is not None:
        head.append(f"{outcome.elapsed_ms:.0f} ms")
    head.append(outcome.url)
    out.write("  ".join(head) + "\n")
    result = outcome.result
    if result is None:
        out.write(
            f"  error           {outcome.error.message if outcome.error else 'no answer'}\n\n"
        )
        return
    rows: list[tuple[str, Any]] = [
        ("token", result.token),
        ("login_status", _bool_text(result.login_status)),
        ("output_type", result.output_type),
    ]
    diagnostic = result.diagnostic
    when = diagnostic.server_time
    rows += [
        ("status", diagnostic.status),
        ("confirm", diagnostic.confirm),
        (
            "elapsetime",
            f"{diagnostic.elapsetime:.4f} s" if diagnostic.elapsetime is not None else None,
        ),
        ("memoryusage", diagnostic.memoryusage),
        (
            "unix_timestamp",
            f"{diagnostic.unix_timestamp} ({when:%Y-%m-%d %H:%M:%S} UTC)" if when else None,
        ),
        ("lang", diagnostic.lang),
        ("currency", diagnostic.currency),
        ("error_msgs", diagnostic.error_msgs),
    ]
    if outcome.proxy:
        rows.append(("proxy", outcome.proxy))
    for name, value in rows:
        if value is not None:
            out.write(f"  {name:<15} {value}\n")
    if result.notice:
        out.write(f"  notice          {result.notice}\n")
    for problem in result.problems:
        out.write(f"  problem         {problem}\n")
    for warning in outcome.warnings:
        out.write(f"  warning         {warning}\n")
    out.write("\n")


def _print_table(outcome: FormatOutcome, out: TextIO, *, titled: bool) -> None:
    """The call's records, a line each, spaces at a value's ends shown as ␣; an answer with
    no records (getToken, an error) is printed as its form."""
    result = outcome.result
    if result is None or result.records is None:
        _print_form(outcome, out)
        return
    if titled:
        out.write(f"==> {outcome.format.title} <==\n")
    columns = list(result.call.columns) or sorted(
        {name for record in result.records for name in record}
    )
    rows = [
        [shown_spaces(record_text(record.get(name))).replace("\n", " | ") for name in columns]
        for record in result.records
    ]
    _write_table(out, columns, rows)
    out.write(f"({wording.records_count(len(rows))})\n")
    if titled:
        out.write("\n")


def _write_table(out: TextIO, headers: list[str], rows: list[list[str]]) -> None:
    """Aligned columns, each as wide as its widest cell up to TABLE_CELL_CHARS (longer cells
    are cut: --print json has every value whole)."""
    widths = [
        min(TABLE_CELL_CHARS, max([len(header), *(len(row[i]) for row in rows)]))
        for i, header in enumerate(headers)
    ]
    for line in [headers, *rows]:
        cells = [_cut(cell, width).ljust(width) for cell, width in zip(line, widths, strict=True)]
        out.write("  ".join(cells).rstrip() + "\n")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _say_failure(outcome: FormatOutcome, debug: bool) -> None:
    if exit_status(outcome) is ExitStatus.OK:
        return
    headline = wording.outcome_headline(outcome)
    if headline is not None:
        _say(f"{outcome.format.title}: {headline}")
    if debug and outcome.error is not None and outcome.error.detail:
        sys.stderr.write(outcome.error.detail + "\n")


def _read_secret(secret_file: Path | None) -> str:
    """The secret: from --secret-file when given (an explicit choice wins over a variable
    that may be left over from another shell), else $TIKET_SECRET_KEY, else a prompt."""
    if secret_file is not None:
        try:
            lines = secret_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            raise InputError(
                "secret_key",
                translate(
                    "cli", "Cannot read the secret file {secret_file}: check its path."
                ).format(secret_file=secret_file),
            ) from None
        if not lines or not lines[0].strip():
            raise InputError(
                "secret_key",
                translate("cli", "The secret file {secret_file} is empty.").format(
                    secret_file=secret_file
                ),
            )
        return lines[0].strip()
    from_env = os.environ.get(SECRET_ENV, "")
    if from_env:
        return from_env
    if sys.stdin.isatty():
        import getpass  # noqa: PLC0415  (only when asking)

        return getpass.getpass(translate("cli", "Secret key: "))
    raise InputError(
        "secret_key",
        translate(
            "cli",
            "No secret key: set {SECRET_ENV}, pass --secret-file PATH, or run on a "
            "terminal to be asked for it.",
        ).format(SECRET_ENV=SECRET_ENV),
    )


def _refuse_secret_argument(argv: Sequence[str]) -> str | None:
    """A secret typed as an argument is refused before anything reads it: every user of the
    machine can read a process's arguments."""
    for argument in argv:
        name = argument.split("=", 1)[0]
        if name in ("--secret", "--secretkey", "--secret-key", "--key"):
            return translate(
                "cli",
                "{name} is refused: a secret in the arguments can be read by every user "
                "of this machine (ps, /proc). Set {SECRET_ENV}, or pass --secret-file "
                "PATH.",
            ).format(name=name, SECRET_ENV=SECRET_ENV)
    return None


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text!r} is not a number of seconds").format(text=text)
        ) from None
    if value <= 0:
        raise argparse.ArgumentTypeError(
            translate("cli", "the timeout must be more than 0 seconds")
        )
    return value


def _bool_text(value: bool | None) -> str | None:
    return None if value is None else ("true" if value else "false")


def _say(message: str) -> None:
    sys.stderr.write(f"tiket-token: {message}\n")


def _quiet_logging(debug: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


# -- tiket-emulator -----------------------------------------------------------------------------


def emulator_main(argv: Sequence[str] | None = None) -> int:
    from tiket_gui.emulator import FAULTS, EmulatorConfig, EmulatorServer  # noqa: PLC0415

    use_language(system_language())
    parser = argparse.ArgumentParser(
        prog="tiket-emulator",
        description=translate(
            "cli", "Serve a local stand-in for the tiket.com General API: getToken and its lists."
        ),
        allow_abbrev=False,
        epilog="faults: " + "; ".join(f"{name}: {what}" for name, what in FAULTS.items()),
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(
        "--port", type=int, default=8080, help=translate("cli", "0 picks a free port")
    )
    parser.add_argument(
        "--secret",
        action="append",
        default=[],
        metavar="KEY",
        help=translate(
            "cli",
            "accept only these secret keys (repeatable; default: any 8-128 of A-Z a-z 0-9 - _)",
        ),
    )
    parser.add_argument(
        "--secret-file",
        type=Path,
        metavar="PATH",
        help=translate(
            "cli",
            "accept the secret keys in this file, one a line (keeps them out of the process list)",
        ),
    )
    parser.add_argument("--token-ttl", type=float, default=3600.0, metavar="S")
    parser.add_argument("--latency", type=float, default=0.0, metavar="MS")
    parser.add_argument(
        "--fault", default="", help=translate("cli", "a fault for every request (see below)")
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    fault_name = args.fault.partition("=")[0].strip().lower()
    if fault_name and fault_name not in FAULTS:
        sys.stderr.write(
            translate("cli", "tiket-emulator: unknown fault {fault_name!r}; see --help.").format(
                fault_name=fault_name
            )
            + "\n"
        )
        return ExitStatus.USAGE
    secrets = list(args.secret)
    if args.secret_file is not None:
        try:
            lines = args.secret_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            sys.stderr.write(
                translate(
                    "cli", "tiket-emulator: cannot read {secret_file}: check the path."
                ).format(secret_file=args.secret_file)
                + "\n"
            )
            return ExitStatus.USAGE
        secrets += [line.strip() for line in lines if line.strip()]
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    config = EmulatorConfig(tuple(secrets), args.token_ttl, args.latency, args.fault)
    try:
        server = EmulatorServer((args.host, args.port), config)
    except OSError as error:
        sys.stderr.write(
            translate(
                "cli",
                "tiket-emulator: cannot listen on {host}:{port} ({reason}): choose "
                "another --port, or 0 for any free one.",
            ).format(host=args.host, port=args.port, reason=error.strerror or "refused")
            + "\n"
        )
        return ExitStatus.NETWORK
    print(
        translate("cli", "tiket-emulator serving on {base_url} (Ctrl+C to stop)").format(
            base_url=server.base_url
        ),
        flush=True,
    )
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.stopping.set()
        server.server_close()
    return ExitStatus.OK
