"""The interface language: read from the system as gettext reads it, and core's sentences in it."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from tiket_gui.core import wording
from tiket_gui.core.i18n import (
    Language,
    catalogue_path,
    clock,
    date_and_clock,
    number,
    read_catalogue,
    resolve_language,
    system_language,
    translate,
    use_language,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "id_ID.UTF-8"}, Language.INDONESIAN),
        ({"LANG": "id"}, Language.INDONESIAN),
        ({"LANG": "id_ID@latin"}, Language.INDONESIAN),
        ({"LANG": "en_US.UTF-8"}, Language.ENGLISH),
        ({"LANG": "de_DE.UTF-8"}, Language.ENGLISH),
        ({}, Language.ENGLISH),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "id_ID.UTF-8"}, Language.INDONESIAN),
        ({"LANG": "id_ID.UTF-8", "LC_ALL": "en_GB.UTF-8"}, Language.ENGLISH),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "id:en"}, Language.INDONESIAN),
        ({"LANG": "id_ID.UTF-8", "LANGUAGE": "en_US:id"}, Language.ENGLISH),
        ({"LC_ALL": "C", "LANGUAGE": "id"}, Language.ENGLISH),  # gettext ignores it under C
        ({"LANGUAGE": "id"}, Language.INDONESIAN),
        ({"LANG": "idx_XX"}, Language.ENGLISH),
    ],
)
def test_the_system_language_is_read_as_gettext_reads_it(
    environ: dict[str, str], expected: Language
) -> None:
    assert system_language(environ) is expected


def test_a_setting_wins_over_the_system_and_an_empty_one_follows_it() -> None:
    indonesian_system = {"LANG": "id_ID.UTF-8"}
    assert resolve_language("en", indonesian_system) is Language.ENGLISH
    assert resolve_language("", indonesian_system) is Language.INDONESIAN
    assert resolve_language("xx", indonesian_system) is Language.INDONESIAN


def test_core_sentences_come_from_the_catalogue_in_indonesian() -> None:
    use_language(Language.INDONESIAN)
    assert wording.history_entry_gone() == "Entri itu sudah tidak ada di riwayat."
    assert wording.formats_count(4) == "4 format"
    assert wording.records_count(1200) == "1.200 entri"
    use_language(Language.ENGLISH)
    assert wording.history_entry_gone() == "That entry is no longer in the history."
    assert wording.records_count(1200) == "1,200 records"


def test_the_api_words_in_a_sentence_stay_as_sent() -> None:
    use_language(Language.INDONESIAN)
    from tiket_gui.core.result import Diagnostic, api_refusal

    refusal = api_refusal(Diagnostic(status=209, error_msgs="your order has expired"))
    assert refusal == "API menjawab dengan status 209: your order has expired."


def test_numbers_and_times_follow_the_language() -> None:
    moment = datetime(2026, 12, 2, 14, 5, 9)
    assert (number(1234.5, 1), clock(moment)) == ("1,234.5", "14:05:09")
    assert date_and_clock(moment) == "2026-12-02 14:05:09"
    use_language(Language.INDONESIAN)
    assert (number(1234.5, 1), clock(moment)) == ("1.234,5", "14.05.09")
    assert date_and_clock(moment) == "02/12/2026 14.05.09"


def test_a_sentence_missing_from_the_catalogue_stays_english() -> None:
    use_language(Language.INDONESIAN)
    assert translate("wording", "A sentence no catalogue has.") == "A sentence no catalogue has."


def test_every_translation_keeps_the_fields_of_its_source() -> None:
    catalogue = read_catalogue(catalogue_path("ts"))
    assert len(catalogue) > 500
    field = r"\{[A-Za-z_]\w*(?:![rsa])?(?::[^}]*)?\}"
    for (context, source), text in catalogue.items():
        assert sorted(re.findall(field, text)) == sorted(re.findall(field, source)), (
            context,
            source,
        )
        text.format(**{name: 1 for name in re.findall(r"\{([A-Za-z_]\w*)", source)})


def test_the_catalogue_check_passes_on_this_tree() -> None:
    """What CI runs in `make lint`: every sentence of the code, translated and compiled."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
