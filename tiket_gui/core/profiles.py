"""Profiles: a name plus where and who, to switch between partners and environments quickly.

A profile never holds the secret; "remember the secret" puts it in the OS keychain instead.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from tiket_gui.core.environments import EnvironmentKind
from tiket_gui.core.errors import InputError
from tiket_gui.core.i18n import translate

_EXPORT_KIND = "tiket-gui profiles"


@dataclass
class Profile:
    name: str
    environment: str = EnvironmentKind.EMULATOR.value
    custom_url: str = ""
    sandbox_https: bool = False
    partner_id: str = ""
    partner_name: str = ""
    remember_secret: bool = False

    @classmethod
    def from_json(cls, data: Any) -> Profile:
        if not isinstance(data, dict) or not isinstance(data.get("name"), str) or not data["name"]:
            raise InputError(
                "profiles", translate("profiles", "A profile in the file has no name.")
            )
        defaults = cls(name=data["name"])
        values: dict[str, Any] = {}
        for spec in fields(cls):
            value = data.get(spec.name, getattr(defaults, spec.name))
            if not isinstance(value, type(getattr(defaults, spec.name))):
                raise InputError(
                    "profiles",
                    translate("profiles", "Profile {name!r} has a wrong value for {field}.").format(
                        name=data["name"], field=spec.name
                    ),
                )
            values[spec.name] = value
        if values["environment"] not in {kind.value for kind in EnvironmentKind}:
            raise InputError(
                "profiles",
                translate("profiles", "Profile {name!r} names an unknown environment.").format(
                    name=data["name"]
                ),
            )
        return cls(**values)


def profiles_to_json(profiles: list[Profile]) -> str:
    """An export file: the profiles, never a secret (there is none in a profile)."""
    return (
        json.dumps(
            {"kind": _EXPORT_KIND, "version": 1, "profiles": [asdict(p) for p in profiles]},
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )


def profiles_from_json(text: str) -> list[Profile]:
    try:
        data = json.loads(text)
    except ValueError:
        raise InputError(
            "profiles", translate("profiles", "The file is not JSON: choose a profiles export.")
        ) from None
    if not isinstance(data, dict) or data.get("kind") != _EXPORT_KIND:
        raise InputError(
            "profiles", translate("profiles", "The file is not a tiket-gui profiles export.")
        )
    items = data.get("profiles")
    if not isinstance(items, list):
        raise InputError("profiles", translate("profiles", "The file has no list of profiles."))
    return [Profile.from_json(item) for item in items]


def unique_name(wanted: str, taken: set[str]) -> str:
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted} ({number})" in taken:
        number += 1
    return f"{wanted} ({number})"
