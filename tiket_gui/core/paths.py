"""Where the app keeps its files, in one place: the About dialog shows these very paths."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

APP_NAME = "tiket-gui"
LOG_FILE = "tiket-gui.log"


@dataclass(frozen=True)
class AppPaths:
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
