"""Where the app keeps its files, in one place: the About dialog shows these very paths."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

APP_NAME = "tiket-gui"
LOG_FILE = "tiket-gui.log"
SETTINGS_FILE = "settings.json"


class AppPaths(NamedTuple):
    # a NamedTuple, not a dataclass: this module loads before the first paint, and
    # dataclasses costs ~4 ms to import
    settings: Path
    history: Path
    logs: Path


def app_paths() -> AppPaths:
    import platformdirs  # noqa: PLC0415  (deferred: start-up cost)

    return AppPaths(
        settings=platformdirs.user_config_path(APP_NAME, appauthor=False),
        history=platformdirs.user_data_path(APP_NAME, appauthor=False),
        logs=platformdirs.user_log_path(APP_NAME, appauthor=False),
    )


def saved_window_geometry() -> str:
    """The window geometry kept in the settings, read without loading the settings module
    (its dataclass, tempfile and friends cost ~10 ms): the app's window sizes itself with it
    before its first paint. Empty when there is none or the file cannot be read."""
    import json  # noqa: PLC0415

    try:
        data = json.loads((settings_dir_quickly() / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    value = data.get("window_geometry") if isinstance(data, dict) else None
    return value if isinstance(value, str) else ""


def settings_dir_quickly() -> Path:
    """app_paths().settings without importing platformdirs where the XDG rule is all there is
    to it (Linux): platformdirs pulls in tempfile, shutil and random, ~10 ms before the
    first paint. tests/core/test_local_faults.py holds the two to the same answer."""
    if not sys.platform.startswith("linux"):
        return app_paths().settings
    base = os.environ.get("XDG_CONFIG_HOME", "")
    if not base.strip():
        base = os.path.expanduser("~/.config")
    return Path(base) / APP_NAME
