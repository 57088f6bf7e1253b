"""The interface language, and the sentences core gives the window and the CLI in it.

One catalogue holds every translation: `resources/i18n/tiket_gui_id.ts`, Qt Linguist's
format, which `pyside6-lupdate` fills from the `translate("context", "text")` calls of the
whole package (core's included: lupdate reads a bare `translate(` as Qt's) and
`pyside6-lrelease` turns into the `.qm` the widgets load. Core imports no Qt, so it reads the
same `.ts` itself (ElementTree, ~3 ms, only when a language other than English is in use):
one source for every sentence, whichever side says it.

A sentence with values keeps named `{fields}` in its source and its translation, filled with
`str.format` after the look-up; `tests/test_translations.py` holds the two to the same names.
"""

from __future__ import annotations

import enum
import os
import sys
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

CATALOGUE_STEM = "tiket_gui_id"
# Qt's own words (the OK, Yes and Cancel of its dialogs, the Copy and Paste of a text field's
# menu): Qt ships no Indonesian for them, so the few the window shows are kept here
QT_CATALOGUE_STEM = "qtbase_id"


class Language(enum.StrEnum):
    """An interface language, by the code the API's `lang=` takes for it too."""

    ENGLISH = "en"
    INDONESIAN = "id"

    @property
    def native_name(self) -> str:
        """The name a speaker of the language knows it by: never translated."""
        return "English" if self is Language.ENGLISH else "Bahasa Indonesia"

    @property
    def locale_name(self) -> str:
        """The locale whose conventions its dates and numbers follow."""
        return "en_US" if self is Language.ENGLISH else "id_ID"


# what the settings keep: a language, or "" to follow the system's
FOLLOW_SYSTEM = ""


def system_language(environ: Mapping[str, str] | None = None) -> Language:
    """The language the system asks for, read as gettext reads it: `LANGUAGE` first (a list,
    its first entry wins), then the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set.
    An `id` or `id_ID` locale (any encoding or modifier) gives Indonesian, anything else
    English."""
    environ = os.environ if environ is None else environ
    wanted = [entry for entry in environ.get("LANGUAGE", "").split(":") if entry.strip()]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "").strip()
        if value:
            # gettext ignores LANGUAGE under the C locale; so do we
            if value in {"C", "POSIX"} or value.startswith("C."):
                wanted = []
            wanted.append(value)
            break
    return _language_of(wanted[0]) if wanted else Language.ENGLISH


def _language_of(locale: str) -> Language:
    code = locale.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    return Language.INDONESIAN if code.split("_", 1)[0].lower() == "id" else Language.ENGLISH


def resolve_language(setting: str, environ: Mapping[str, str] | None = None) -> Language:
    """The language a setting means: its own, or the system's when it follows the system."""
    try:
        return Language(setting) if setting else system_language(environ)
    except ValueError:
        return system_language(environ)


# -- the sentences --------------------------------------------------------------------------------

_current = Language.ENGLISH
_catalogue: dict[tuple[str, str], str] | None = None


def use_language(language: Language) -> None:
    """Every sentence translated from now on is in `language`."""
    global _current, _catalogue  # noqa: PLW0603  (one interface language per process)
    if language is not _current:  # every window applies it: the file is read once a language
        _current = language
        _catalogue = None


def current_language() -> Language:
    return _current


def translate(context: str, text: str) -> str:
    """`text` in the current language: its translation in `context`, or itself when the
    language is English or the catalogue has none (an unfinished catalogue never lands: CI
    checks it)."""
    if _current is Language.ENGLISH:
        return text
    global _catalogue  # noqa: PLW0603
    if _catalogue is None:
        _catalogue = read_catalogue(catalogue_path("ts"))
    return _catalogue.get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a sentence for the catalogue where it is defined; `translate` it where it is used."""
    return text


def catalogue_path(suffix: str, stem: str = CATALOGUE_STEM) -> Path:
    """The catalogue beside the package in a checkout, or in a bundle's data."""
    roots = [Path(__file__).resolve().parents[2], Path(getattr(sys, "_MEIPASS", "."))]
    for root in roots:
        candidate = root / "resources" / "i18n" / f"{stem}.{suffix}"
        if candidate.is_file():
            return candidate
    return roots[0] / "resources" / "i18n" / f"{stem}.{suffix}"


def read_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every finished message of a Linguist file; an
    unreadable file gives none (the English text then stands)."""
    from xml.etree import ElementTree  # noqa: PLC0415  (only for a translation)

    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    catalogue: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete"}:
                continue
            catalogue[(name, message.findtext("source") or "")] = translation.text or ""
    return catalogue


# -- numbers and dates in the language's conventions ----------------------------------------------


def number(value: float, decimals: int = 0) -> str:
    """`1,234.5` in English, `1.234,5` in Indonesian."""
    text = f"{value:,.{decimals}f}"
    if _current is Language.INDONESIAN:
        text = text.translate(_SWAP_SEPARATORS)
    return text


_SWAP_SEPARATORS = str.maketrans({",": ".", ".": ","})


def clock(moment: datetime) -> str:
    """A time of day: `14:05:09` in English, `14.05.09` in Indonesian (CLDR's id)."""
    return moment.strftime("%H.%M.%S" if _current is Language.INDONESIAN else "%H:%M:%S")


def date_and_clock(moment: datetime) -> str:
    """`2026-12-02 14:05:09` in English, `02/12/2026 14.05.09` in Indonesian."""
    day = moment.strftime("%d/%m/%Y" if _current is Language.INDONESIAN else "%Y-%m-%d")
    return f"{day} {clock(moment)}"
