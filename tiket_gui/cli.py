"""The headless commands: `tiket-token get|inspect` and `tiket-emulator`. No Qt here.

Heavy modules (requests, the XML reader) are imported by the subcommand that needs them.
"""

from __future__ import annotations

import argparse
import enum
import getpass
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from tiket_gui import __version__
from tiket_gui.core import wording
from tiket_gui.core.errors import FetchError, InputError
from tiket_gui.core.formats import Format, detect_format
from tiket_gui.core.outcome import FormatOutcome, fetch_and_read, read_saved

SECRET_ENV = "TIKET_SECRET_KEY"


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
    return ExitStatus.OK if outcome.result.token else ExitStatus.UNREADABLE


# -- tiket-token --------------------------------------------------------------------------------


def token_main(argv: Sequence[str] | None = None) -> int:
    parser = _token_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    _quiet_logging(args.debug)
    try:
        if args.command == "get":
            return _get(args)
        return _inspect(args)
    except InputError as error:
        _say(error.message)
        return ExitStatus.USAGE
    except KeyboardInterrupt:
        _say("Interrupted.")
        return 130


def _token_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tiket-token",
        description="Get a tiket.com API token, or read a saved getToken answer.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    get = commands.add_parser(
        "get",
        help="call getToken",
        description=(
            f"Call getToken. The secret key comes from ${SECRET_ENV}, --secret-file, or a prompt "
            "on a terminal: never from an argument, which every user of the machine can see."
        ),
    )
    get.add_argument("--env", required=True, help="sandbox, production, emulator, or a base URL")
    get.add_argument("--partner-id", required=True)
    get.add_argument("--partner-name", required=True)
    get.add_argument(
        "--format",
        default="json",
        choices=[*(f.value for f in Format), "all"],
        help="answer format; all fetches the four at once (default json)",
    )
    get.add_argument("--renew", metavar="TOKEN", default="", help="renew this token")
    get.add_argument("--lang", choices=["id", "en"], default="")
    get.add_argument(
        "--print",
        dest="show",
        default="form",
        choices=["token", "form", "json", "raw"],
    )
    get.add_argument(
        "--timeout",
        type=_positive_float,
        default=30.0,
        metavar="S",
        help="give up after S seconds in all (default 30)",
    )
    get.add_argument(
        "--secret-file",
        type=Path,
        metavar="PATH",
        help="read the secret key from the first line of this file",
    )
    get.add_argument(
        "--ca-bundle", type=Path, metavar="PATH", help="verify HTTPS against these CA certificates"
    )
    get.add_argument("--debug", action="store_true", help="show technical detail on failure")

    inspect = commands.add_parser(
        "inspect", help="read a saved answer", description="Read a saved getToken answer."
    )
    inspect.add_argument("file", help="a file, or - for standard input")
    inspect.add_argument("--format", default="auto", choices=["auto", *(f.value for f in Format)])
    inspect.add_argument("--print", dest="show", default="form", choices=["form", "json", "pretty"])
    inspect.add_argument("--debug", action="store_true")
    return parser


def _get(args: argparse.Namespace) -> int:
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    from tiket_gui.core.client import Timeouts, TokenClient  # noqa: PLC0415
    from tiket_gui.core.environments import EnvironmentKind, resolve_environment  # noqa: PLC0415
    from tiket_gui.core.request import ApiRequest  # noqa: PLC0415

    environment = resolve_environment(args.env)
    secret = _read_secret(args.secret_file)
    formats = list(Format) if args.format == "all" else [Format(args.format)]
    stop_emulator = None
    base_url = environment.base_url
    if environment.kind is EnvironmentKind.EMULATOR:
        from tiket_gui.emulator import start_in_thread  # noqa: PLC0415

        base_url, stop_emulator = start_in_thread()
    requests_ = [
        ApiRequest(base_url, args.partner_id, args.partner_name, secret, fmt, args.renew, args.lang)
        for fmt in formats
    ]
    requests_[0].validate()
    timeouts = Timeouts(
        connect=min(5.0, args.timeout), read=min(10.0, args.timeout), total=args.timeout
    )
    verify: bool | str = str(args.ca_bundle) if args.ca_bundle else True
    try:
        with TokenClient(timeouts=timeouts, verify=verify) as client:

            def one(request: ApiRequest) -> FormatOutcome:
                return fetch_and_read(client, request, env=environment.kind.value)

            with ThreadPoolExecutor(max_workers=len(requests_)) as pool:
                outcomes = list(pool.map(one, requests_))
    finally:
        if stop_emulator is not None:
            stop_emulator()
    return _report(outcomes, args.show, args.debug)


def _inspect(args: argparse.Namespace) -> int:
    name = "standard input" if args.file == "-" else args.file
    try:
        body = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as error:
        _say(wording.could_not_read(name, error, "Check the path."))
        return ExitStatus.USAGE
    fmt = Format(args.format) if args.format != "auto" else detect_format(body)
    if fmt is None:
        _say(f"{wording.unknown_format(name)} Name it with --format.")
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
            _say("The formats brought different tokens; each is printed.")
        for token in tokens:
            out.write(token + "\n")
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
    for problem in result.problems:
        out.write(f"  problem         {problem}\n")
    for warning in outcome.warnings:
        out.write(f"  warning         {warning}\n")
    out.write("\n")


def _say_failure(outcome: FormatOutcome, debug: bool) -> None:
    if exit_status(outcome) is ExitStatus.OK:
        return
    headline = wording.outcome_headline(outcome)
    if headline is not None:
        _say(f"{outcome.format.title}: {headline}")
    if debug and outcome.error is not None and outcome.error.detail:
        sys.stderr.write(outcome.error.detail + "\n")


def _read_secret(secret_file: Path | None) -> str:
    from_env = os.environ.get(SECRET_ENV, "")
    if from_env:
        return from_env
    if secret_file is not None:
        try:
            lines = secret_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            raise InputError(
                "secret_key", f"Cannot read the secret file {secret_file}: check its path."
            ) from None
        if not lines or not lines[0].strip():
            raise InputError("secret_key", f"The secret file {secret_file} is empty.")
        return lines[0].strip()
    if sys.stdin.isatty():
        return getpass.getpass("Secret key: ")
    raise InputError(
        "secret_key",
        f"No secret key: set {SECRET_ENV}, pass --secret-file PATH, or run on a terminal to be "
        "asked for it.",
    )


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("the timeout must be more than 0 seconds")
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

    parser = argparse.ArgumentParser(
        prog="tiket-emulator",
        description="Serve a local stand-in for the tiket.com getToken endpoint.",
        epilog="faults: " + "; ".join(f"{name}: {what}" for name, what in FAULTS.items()),
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument(
        "--secret",
        action="append",
        default=[],
        metavar="KEY",
        help="accept only these secret keys (repeatable; default: any 8-128 of A-Z a-z 0-9 - _)",
    )
    parser.add_argument(
        "--secret-file",
        type=Path,
        metavar="PATH",
        help="accept the secret keys in this file, one a line (keeps them out of the process list)",
    )
    parser.add_argument("--token-ttl", type=float, default=3600.0, metavar="S")
    parser.add_argument("--latency", type=float, default=0.0, metavar="MS")
    parser.add_argument("--fault", default="", help="a fault for every request (see below)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    fault_name = args.fault.partition("=")[0].strip().lower()
    if fault_name and fault_name not in FAULTS:
        sys.stderr.write(f"tiket-emulator: unknown fault {fault_name!r}; see --help.\n")
        return ExitStatus.USAGE
    secrets = list(args.secret)
    if args.secret_file is not None:
        try:
            lines = args.secret_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            sys.stderr.write(f"tiket-emulator: cannot read {args.secret_file}: check the path.\n")
            return ExitStatus.USAGE
        secrets += [line.strip() for line in lines if line.strip()]
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    config = EmulatorConfig(tuple(secrets), args.token_ttl, args.latency, args.fault)
    try:
        server = EmulatorServer((args.host, args.port), config)
    except OSError as error:
        sys.stderr.write(
            f"tiket-emulator: cannot listen on {args.host}:{args.port} "
            f"({error.strerror or 'refused'}): choose another --port, or 0 for any free one.\n"
        )
        return ExitStatus.NETWORK
    print(f"tiket-emulator serving on {server.base_url} (Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.stopping.set()
        server.server_close()
    return ExitStatus.OK
