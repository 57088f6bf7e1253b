"""The diagnostic block as a form: one read-only field per value, problems listed in words."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from tiket_gui.core.i18n import QT_TRANSLATE_NOOP, clock, date_and_clock, number
from tiket_gui.core.result import DIAGNOSTIC_KEYS, ApiResult
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.response_view import monospace_font

_LABELS = {
    "status": QT_TRANSLATE_NOOP("diagnostic_form", "Status"),
    "confirm": QT_TRANSLATE_NOOP("diagnostic_form", "Confirm"),
    "elapsetime": QT_TRANSLATE_NOOP("diagnostic_form", "Server time taken"),
    "memoryusage": QT_TRANSLATE_NOOP("diagnostic_form", "Memory used"),
    "unix_timestamp": QT_TRANSLATE_NOOP("diagnostic_form", "Server clock"),
    "lang": QT_TRANSLATE_NOOP("diagnostic_form", "Language"),
    "currency": QT_TRANSLATE_NOOP("diagnostic_form", "Currency"),
    "error_msgs": QT_TRANSLATE_NOOP("diagnostic_form", "Error"),
}
_TIPS = {
    "status": QT_TRANSLATE_NOOP(
        "diagnostic_form",
        "diagnostic.status: 200 on success; the docs' failures answer 201, 204 "
        "or 209 with error_msgs (201 with statusClass ok is a success)",
    ),
    "confirm": QT_TRANSLATE_NOOP(
        "diagnostic_form", "diagnostic.confirm: 'success' when the call succeeded; absent on errors"
    ),
    "elapsetime": QT_TRANSLATE_NOOP(
        "diagnostic_form", "diagnostic.elapsetime: seconds the server spent on the call"
    ),
    "memoryusage": QT_TRANSLATE_NOOP(
        "diagnostic_form", "diagnostic.memoryusage: memory the server used for the call"
    ),
    "unix_timestamp": QT_TRANSLATE_NOOP(
        "diagnostic_form", "diagnostic.unix_timestamp: the server's clock, in seconds since 1970"
    ),
    "lang": QT_TRANSLATE_NOOP(
        "diagnostic_form", "diagnostic.lang: the language of texts in the answer (lang=id or en)"
    ),
    "currency": QT_TRANSLATE_NOOP(
        "diagnostic_form", "diagnostic.currency: the currency of prices in the answer"
    ),
    "error_msgs": QT_TRANSLATE_NOOP(
        "diagnostic_form", "diagnostic.error_msgs: why the API refused the call"
    ),
}


class DiagnosticForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticForm")
        self.fields: dict[str, QLineEdit] = {}
        # two columns of short values, then the long ones across the whole width
        self._left = QFormLayout()
        self._right = QFormLayout()
        self._wide = QFormLayout()
        for form in (self._left, self._right, self._wide):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        placement = {
            "status": self._left,
            "confirm": self._left,
            "lang": self._left,
            "currency": self._left,
            "elapsetime": self._right,
            "memoryusage": self._right,
            "unix_timestamp": self._wide,
            "error_msgs": self._wide,
        }
        for key in DIAGNOSTIC_KEYS:
            self.fields[key] = self._add_row(
                placement[key],
                f"diag_{key}",
                translate("diagnostic_form", _LABELS[key]),
                translate("diagnostic_form", _TIPS[key]),
            )
        self.output_type_edit = self._add_row(
            self._right,
            "outputTypeEdit",
            translate("diagnostic_form", "Output type"),
            translate("diagnostic_form", "output_type: the format the server answered in"),
        )
        self.login_status_edit = self._add_row(
            self._right,
            "loginStatusEdit",
            translate("diagnostic_form", "Logged in"),
            translate("diagnostic_form", "login_status: whether the token carries a login"),
        )
        self.fields["error_msgs"].setStyleSheet("QLineEdit { color: #cf222e; font-weight: bold; }")
        self._error_row_visible = True  # as added; hidden until an answer has errors
        self._set_error_row_visible(False)

        self.problems_label = QLabel()
        self.problems_label.setObjectName("problemsLabel")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.hide()
        columns = QHBoxLayout()
        columns.addLayout(self._left, 1)
        columns.addSpacing(12)
        columns.addLayout(self._right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addLayout(self._wide)
        layout.addWidget(self.problems_label)

    def _add_row(self, form: QFormLayout, name: str, label: str, tip: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setReadOnly(True)
        edit.setToolTip(tip)
        edit.setFont(monospace_font())
        form.addRow(label, edit)
        return edit

    def _set_error_row_visible(self, visible: bool) -> None:
        # showing or hiding a row lays the form out again: only when it changes
        if visible != self._error_row_visible:
            self._error_row_visible = visible
            self._wide.setRowVisible(self.fields["error_msgs"], visible)

    def clear(self) -> None:
        for edit in (*self.fields.values(), self.output_type_edit, self.login_status_edit):
            _put(edit, "")
        self._set_error_row_visible(False)
        self.problems_label.hide()

    def show_result(self, result: ApiResult | None) -> None:
        if result is None:
            self.clear()
            return
        self.problems_label.hide()
        diagnostic = result.diagnostic
        values = {
            "status": _text(diagnostic.status),
            "confirm": _text(diagnostic.confirm),
            "elapsetime": f"{number(diagnostic.elapsetime, 4)} s"
            if diagnostic.elapsetime is not None
            else "",
            "memoryusage": _text(diagnostic.memoryusage),
            "unix_timestamp": _clock_text(diagnostic.unix_timestamp),
            "lang": _text(diagnostic.lang),
            "currency": _text(diagnostic.currency),
            "error_msgs": _text(diagnostic.error_msgs),
        }
        for key, value in values.items():
            _put(self.fields[key], value)
        self._set_error_row_visible(bool(diagnostic.error_msgs))
        _put(self.output_type_edit, _text(result.output_type))
        login = result.login_status
        _put(self.login_status_edit, "" if login is None else ("true" if login else "false"))
        if result.problems:
            items = "".join(f"<li>{_html(problem)}</li>" for problem in result.problems)
            self.problems_label.setText(
                translate(
                    "diagnostic_form", "<b>Problems found</b><ul style='margin:0'>{items}</ul>"
                ).format(items=items)
            )
            self.problems_label.show()


def _put(edit: QLineEdit, text: str) -> None:
    """Set a field only when its text changes: most fields read the same at every fetch, and
    each set repaints the field (clearing first made it two)."""
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)


def _clock_text(timestamp: int | None) -> str:
    if timestamp is None:
        return ""
    try:
        utc = datetime.fromtimestamp(timestamp, UTC)
        local = utc.astimezone()
    except (OverflowError, OSError, ValueError):
        return str(timestamp)
    skew = timestamp - time.time()
    if abs(skew) < 2:
        offset = translate("diagnostic_form", "in step with this machine")
    else:
        offset = (
            translate("diagnostic_form", "{span} ahead of this machine")
            if skew > 0
            else translate("diagnostic_form", "{span} behind this machine")
        ).format(span=_span(abs(skew)))
    local_time = translate("diagnostic_form", "{time} local").format(time=clock(local))
    return f"{timestamp} · {date_and_clock(utc)} UTC · {local_time} · {offset}"


def _span(seconds: float) -> str:
    if seconds < 120:
        return f"{number(seconds)} s"
    if seconds < 7200:
        return translate("diagnostic_form", "{count} min").format(count=number(seconds / 60))
    if seconds < 172800:
        return translate("diagnostic_form", "{count} h").format(count=number(seconds / 3600, 1))
    return translate("diagnostic_form", "{count} days").format(count=number(seconds / 86400))


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
