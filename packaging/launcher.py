"""One entry for the bundle: the executable's name says which command it is."""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    name = Path(sys.argv[0]).stem
    if name == "tiket-token":
        from tiket_gui.cli import token_main  # noqa: PLC0415  (only what the command needs)

        return token_main()
    if name == "tiket-emulator":
        from tiket_gui.cli import emulator_main  # noqa: PLC0415

        return emulator_main()
    from tiket_gui.app import main as gui_main  # noqa: PLC0415

    return gui_main()


if __name__ == "__main__":
    raise SystemExit(main())
