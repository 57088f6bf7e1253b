"""The window's language: Qt's translator over the catalogue core reads too.

Widgets word their texts with `translate("context", "text")`, Qt's own
`QCoreApplication.translate`, so `pyside6-lupdate` finds them; the `.qm` it is compiled to
sits beside the `.ts` (see `scripts/translations`). The language is chosen once, before the
workbench is built: View > Language keeps a new choice for the next start, since every
widget would otherwise have to be worded again in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from tiket_gui.core.i18n import (
    CATALOGUE_STEM,
    QT_CATALOGUE_STEM,
    Language,
    catalogue_path,
    resolve_language,
    use_language,
)

translate = QCoreApplication.translate


def apply_language(app: QCoreApplication | None, setting: str) -> Language:
    """Put the language the setting asks for (or the system's) in force for core, the
    widgets, and the dates and numbers QLocale writes; returns it."""
    language = resolve_language(setting)
    use_language(language)
    QLocale.setDefault(QLocale(language.locale_name))
    if app is None:
        return language
    for old in app.findChildren(QTranslator, "tiketTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    if language is not Language.ENGLISH:
        for stem in (CATALOGUE_STEM, QT_CATALOGUE_STEM):
            translator = QTranslator(app)
            translator.setObjectName("tiketTranslator")
            if translator.load(str(catalogue_path("qm", stem))):
                app.installTranslator(translator)
    return language
