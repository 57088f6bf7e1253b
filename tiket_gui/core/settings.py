"""The window's settings as JSON under the platform's config folder, written atomically.

The secret key is not a field here and never will be: it lives in the secret field only.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from tiket_gui.core.i18n import translate
from tiket_gui.core.paths import SETTINGS_FILE, app_paths


def config_dir() -> Path:
    return app_paths().settings


@dataclass
class Settings:
    environment: str = "emulator"
    custom_url: str = ""
    sandbox_https: bool = False
    partner_id: str = "123456789"  # the docs' example partner, so a first fetch just works
    partner_name: str = "Partner Name"
    formats: list[str] = field(default_factory=lambda: ["json", "xml", "serialize", "array"])
    lang: str = ""
    lang_chosen: bool = False  # until the user picks a lang=, it follows the interface
    language: str = ""  # the interface language: "en", "id", or "" to follow the system
    call: str = "getToken"
    primary_format: str = ""
    window_geometry: str = ""
    window_state: str = ""
    splitter_state: str = ""
    answer_splitter_state: str = ""
    keep_history: bool = True
    diff_volatile: bool = True  # two answers compared: the fields every call changes set aside
    diff_ignore: list[str] = field(default_factory=list)  # more paths set aside
    history_collapsed: bool = False
    history_max_count: int = 10_000
    history_max_days: int = 90
    profiles: list[dict[str, Any]] = field(default_factory=list)
    active_profile: str = ""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Settings:
        """Known keys of the right type; anything else is left at its default."""
        defaults = cls()
        values: dict[str, Any] = {}
        for spec in fields(cls):
            value = data.get(spec.name)
            default = getattr(defaults, spec.name)
            if isinstance(value, type(default)) and not isinstance(value, bool | int | float):
                if not isinstance(value, list) or _list_fits(spec.name, value):
                    values[spec.name] = value
            elif type(value) is type(default):  # bool is an int: compare exact types
                values[spec.name] = value
        return cls(**values)


def _list_fits(name: str, items: list[Any]) -> bool:
    wanted = dict if name == "profiles" else str
    return all(isinstance(item, wanted) for item in items)


@dataclass
class LoadedSettings:
    settings: Settings
    notice: str = ""  # a sentence for the user when the file could not be used


def load_settings(folder: Path | None = None) -> LoadedSettings:
    path = (folder or config_dir()) / SETTINGS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError:
        return LoadedSettings(
            Settings(),
            translate(
                "settings", "The settings file {path} could not be read; defaults are in use."
            ).format(path=path),
        )
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except ValueError:
        aside = _move_aside(path)
        return LoadedSettings(
            Settings(),
            translate(
                "settings",
                "The settings file was damaged and was moved to {name}; defaults are in use.",
            ).format(name=aside.name),
        )
    return LoadedSettings(Settings.from_json(data))


def save_settings(settings: Settings, folder: Path | None = None) -> None:
    """Write atomically: a crash or a full disk leaves the old file whole."""
    _write_settings_text(_settings_text(settings), folder)


class SettingsWriter:
    """Settings written off the GUI thread (the fsync costs ~2 ms there) in the order their
    snapshots were taken: a snapshot older than one already on disk is dropped, so two
    workers finishing out of order never put back older settings."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._lock = threading.Lock()
        self._taken = 0
        self._written = 0

    def snapshot(self, settings: Settings) -> tuple[int, str]:
        """Take on the thread that owns `settings`; hand both to write()."""
        with self._lock:
            self._taken += 1
            return self._taken, _settings_text(settings)

    def write(self, ticket: int, text: str) -> None:
        """Any thread; OSError as save_settings."""
        with self._lock:
            if ticket <= self._written:
                return
            _write_settings_text(text, self._folder)
            self._written = ticket


def _settings_text(settings: Settings) -> str:
    return json.dumps(asdict(settings), indent=2) + "\n"


def _write_settings_text(text: str, folder: Path | None) -> None:
    target_dir = folder or config_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    write_atomically(target_dir / SETTINGS_FILE, text)


def write_atomically(path: Path, text: str) -> None:
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _move_aside(path: Path) -> Path:
    aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    with contextlib.suppress(OSError):
        os.replace(path, aside)
    return aside
