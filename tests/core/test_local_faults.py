"""Local trouble: a full disk, odd answers kept in history, hostile XML that must stay small."""

from __future__ import annotations

import errno
import json
import resource
import time
from pathlib import Path

import pytest

from tiket_gui.core import settings as settings_module
from tiket_gui.core.errors import ParseError
from tiket_gui.core.formats import Format, parse
from tiket_gui.core.history import HistoryStore
from tiket_gui.core.outcome import FetchRecord, FormatOutcome, read_answer
from tiket_gui.core.settings import Settings, load_settings, save_settings


def test_full_disk_while_saving_settings_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_settings(Settings(partner_name="Before"), tmp_path)

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(settings_module.os, "fsync", disk_full)
    with pytest.raises(OSError):
        save_settings(Settings(partner_name="After"), tmp_path)
    assert load_settings(tmp_path).settings.partner_name == "Before"
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_settings_of_the_wrong_shape_fall_back_field_by_field(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps({"partner_id": 5, "formats": ["json", 3], "keep_history": "yes", "lang": "en"})
    )
    loaded = load_settings(tmp_path)
    assert loaded.notice == ""
    assert loaded.settings.partner_id == "123456789"
    assert loaded.settings.formats == Settings().formats
    assert loaded.settings.keep_history is True and loaded.settings.lang == "en"


def test_invalid_utf8_in_serialize_is_shown_and_storable(tmp_path: Path) -> None:
    body = b'a:2:{s:8:"currency";s:3:"ID\xff";s:5:"token";s:3:"abc";}'
    record = FetchRecord("Custom URL", "http://x", [Format.SERIALIZE])
    record.outcomes[Format.SERIALIZE] = read_answer(FormatOutcome(Format.SERIALIZE, body=body))
    assert record.outcomes[Format.SERIALIZE].parsed is not None
    store, _ = HistoryStore.open(tmp_path)
    loaded = store.load(store.add(record))
    assert loaded is not None
    again = read_answer(loaded.outcomes[Format.SERIALIZE])
    assert again.body == body
    assert again.parsed is not None and again.parsed.tree["currency"] == "ID\ufffd"


def test_quadratic_blowup_is_refused_fast_and_small() -> None:
    entity = "x" * 100_000
    body = (
        f'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "{entity}">]><tiket>'
        + "&a;" * 10_000
        + "</tiket>"
    ).encode()
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ParseError):
        parse(body, Format.XML)
    assert time.perf_counter() - started < 1
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # KB


def test_invalid_utf8_in_xml_points_at_it() -> None:
    body = b"<tiket><currency>ID\xff</currency></tiket>"
    with pytest.raises(ParseError) as caught:
        parse(body, Format.XML)
    assert caught.value.position is not None and body[caught.value.position :].startswith(b"\xff")


def test_a_lone_xml_child_where_another_format_has_a_list_is_a_list_of_one() -> None:
    from tiket_gui.core.compare import FieldVerdict, compare

    one = parse(b"<tiket><result><id>1</id></result></tiket>", Format.XML).tree
    many = parse(b'{"result": [{"id": 1}, {"id": 2}]}', Format.JSON).tree
    rows = {row.path: row for row in compare({Format.XML: one, Format.JSON: many})}
    assert "result.id" not in rows
    assert rows["result[0].id"].verdict is FieldVerdict.SAME_VALUE_OTHER_TYPE
    assert rows["result[1].id"].verdict is FieldVerdict.MISSING  # XML has only the one


def test_the_window_geometry_is_read_before_the_settings_module_loads() -> None:
    from tiket_gui.core.paths import SETTINGS_FILE, app_paths, saved_window_geometry

    assert saved_window_geometry() == ""  # no settings yet
    save_settings(Settings(window_geometry="AdnQywADAAA="))
    assert saved_window_geometry() == "AdnQywADAAA="
    (app_paths().settings / SETTINGS_FILE).write_text("{damaged", encoding="utf-8")
    assert saved_window_geometry() == ""
    (app_paths().settings / SETTINGS_FILE).write_text('["a list"]', encoding="utf-8")
    assert saved_window_geometry() == ""


@pytest.mark.parametrize("config_home", ["", "   ", "/tmp/elsewhere", None])
def test_the_quick_settings_folder_is_the_one_platformdirs_gives(
    config_home: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tiket_gui.core.paths import app_paths, settings_dir_quickly

    if config_home is None:
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", config_home)
    assert settings_dir_quickly() == app_paths().settings
