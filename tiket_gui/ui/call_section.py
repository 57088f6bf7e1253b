"""What to ask: the call, the token it sends (for every call but Get Token), the formats, the
language, and a token to renew (for Get Token)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from tiket_gui.core.calls import CALLS, GET_TOKEN, Call, call_named
from tiket_gui.core.formats import Format
from tiket_gui.core.i18n import current_language
from tiket_gui.core.request import LANGUAGES
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.response_view import monospace_font

FORMAT_CHECK_NAMES = {
    Format.JSON: "formatJsonCheck",
    Format.XML: "formatXmlCheck",
    Format.SERIALIZE: "formatSerializeCheck",
    Format.ARRAY: "formatArrayCheck",
}


class CallSection(QGroupBox):
    """Signals:
    changed(): the call, its token, a format, the language or the token to renew changed.
    callChanged(): the call chosen changed.
    tokenEdited(str): the user typed or pasted the token a call sends.
    """

    changed = Signal()
    callChanged = Signal()
    tokenEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("call_section", "What"), parent)
        self.call_combo = QComboBox()
        self.call_combo.setObjectName("callCombo")
        for call in CALLS:
            self.call_combo.addItem(call.title, call.name)
        self.call_combo.setToolTip(
            translate(
                "call_section",
                "The General API's calls: Get Token takes the secret key, every other the token",
            )
        )
        self.call_token_edit = QLineEdit()
        self.call_token_edit.setObjectName("callTokenEdit")
        self.call_token_edit.setFont(monospace_font())
        self.call_token_edit.setPlaceholderText(
            translate("call_section", "get one with Get Token, or paste one")
        )
        self.call_token_edit.setToolTip(
            translate("call_section", "The token this call sends as token=")
        )
        self.token_source_label = QLabel()
        self.token_source_label.setObjectName("callTokenSource")
        self.token_source_label.setWordWrap(True)
        self.token_source_label.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.renew_edit = QLineEdit()
        self.renew_edit.setObjectName("renewTokenEdit")
        self.renew_edit.setPlaceholderText(translate("call_section", "optional: a token to renew"))
        self.renew_edit.setToolTip(
            translate("call_section", "Renew Token: sends token=… so the login information is kept")
        )
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("langCombo")
        self.lang_combo.addItem(translate("call_section", "Server default"), "")
        for code, name in zip(
            LANGUAGES,
            (
                translate("call_section", "Indonesian (id)"),
                translate("call_section", "English (en)"),
            ),
            strict=True,
        ):
            self.lang_combo.addItem(name, code)
        self.lang_combo.setToolTip(
            translate(
                "call_section",
                "lang= changes the language of the answer's texts; until you pick one, it "
                "follows the language of tiket-gui",
            )
        )
        self.lang_chosen = False
        self.lang_combo.activated.connect(self._lang_picked)
        self.set_lang("", chosen=False)

        self.format_checks: dict[Format, QCheckBox] = {}
        formats_row = QGridLayout()
        formats_row.setHorizontalSpacing(12)
        for fmt, mnemonic in zip(Format, ("&JSON", "&XML", "Se&rialize", "&Array"), strict=True):
            check = QCheckBox(mnemonic)
            check.setObjectName(FORMAT_CHECK_NAMES[fmt])
            check.setChecked(True)
            check.setToolTip(
                translate("call_section", "array is the API's default: PHP print_r text")
                if fmt is Format.ARRAY
                else f"output={fmt.value}"
            )
            check.toggled.connect(self.changed)
            formats_row.addWidget(check, len(self.format_checks) // 2, len(self.format_checks) % 2)
            self.format_checks[fmt] = check

        self._form = QFormLayout(self)
        self._form.addRow(translate("call_section", "&Call"), self.call_combo)
        self._form.addRow(translate("call_section", "To&ken"), self.call_token_edit)
        self._form.addRow("", self.token_source_label)
        self._form.addRow(translate("call_section", "Formats"), formats_row)
        self._form.addRow(translate("call_section", "&Language"), self.lang_combo)
        self._form.addRow(translate("call_section", "Renew &token"), self.renew_edit)

        self.call_combo.currentIndexChanged.connect(self._call_changed)
        self.call_token_edit.textEdited.connect(self._token_edited)
        self.call_token_edit.textChanged.connect(self.changed)
        self.renew_edit.textChanged.connect(self.changed)
        self.lang_combo.currentIndexChanged.connect(self.changed)
        self._call_changed()

    def call(self) -> Call:
        return call_named(str(self.call_combo.currentData()))

    def set_call(self, call: Call) -> None:
        self.call_combo.setCurrentIndex(max(self.call_combo.findData(call.name), 0))

    def token(self) -> str:
        return self.call_token_edit.text().strip()

    def set_token(self, token: str, source: str) -> None:
        """The token a call sends, and where it came from, in words."""
        if self.call_token_edit.text() != token:
            self.call_token_edit.setText(token)
        self.token_source_label.setText(source)

    def renew_token(self) -> str:
        return self.renew_edit.text().strip()

    def set_renew_token(self, token: str) -> None:
        self.renew_edit.setText(token)

    def lang(self) -> str:
        return str(self.lang_combo.currentData())

    def set_lang(self, lang: str, *, chosen: bool) -> None:
        """The `lang=` the user chose; until they choose one, the interface's language."""
        self.lang_chosen = chosen
        wanted = lang if chosen else current_language().value
        self.lang_combo.setCurrentIndex(max(self.lang_combo.findData(wanted), 0))

    @Slot()
    def _lang_picked(self) -> None:
        self.lang_chosen = True

    def chosen_formats(self) -> list[Format]:
        return [fmt for fmt, check in self.format_checks.items() if check.isChecked()]

    def choose_formats(self, formats: list[str]) -> None:
        for fmt, check in self.format_checks.items():
            check.setChecked(fmt.value in formats)

    @Slot()
    def _call_changed(self, *_: object) -> None:
        call = self.call()
        takes_token = call.takes_token
        for row_widget in (self.call_token_edit, self.token_source_label):
            self._form.setRowVisible(row_widget, takes_token)
        self._form.setRowVisible(self.renew_edit, call is GET_TOKEN)
        default = call.default_lang
        self.lang_combo.setItemText(
            0,
            translate("call_section", "Server default ({lang})").format(lang=default)
            if default
            else translate("call_section", "Server default"),
        )
        self.callChanged.emit()
        self.changed.emit()

    @Slot(str)
    def _token_edited(self, text: str) -> None:
        self.token_source_label.setText(
            translate("call_section", "typed or pasted here") if text.strip() else ""
        )
        self.tokenEdited.emit(text)
