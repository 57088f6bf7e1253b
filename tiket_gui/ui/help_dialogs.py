"""About (versions, licence, where files live) and Help (shortcuts, a guide to getToken)."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tiket_gui import __version__
from tiket_gui.core.i18n import QT_TRANSLATE_NOOP
from tiket_gui.core.paths import app_paths
from tiket_gui.ui.i18n import translate

SHORTCUTS = (
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("help_dialogs", "Fetch")),
    ("Esc", QT_TRANSLATE_NOOP("help_dialogs", "Cancel the fetch in progress")),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("help_dialogs", "Copy the token")),
    ("Ctrl+Shift+K", QT_TRANSLATE_NOOP("help_dialogs", "Check the token with List Language")),
    (
        "Ctrl+Shift+U",
        QT_TRANSLATE_NOOP(
            "help_dialogs", "Copy the request as cURL (secret from $TIKET_SECRET_KEY)"
        ),
    ),
    ("Ctrl+F", QT_TRANSLATE_NOOP("help_dialogs", "Find in the answer")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("help_dialogs", "Open a saved answer")),
    ("Ctrl+Shift+V", QT_TRANSLATE_NOOP("help_dialogs", "Read the answer on the clipboard")),
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("help_dialogs", "Switch to a profile")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("help_dialogs", "Quit")),
)

GUIDE = QT_TRANSLATE_NOOP(
    "help_dialogs",
    """
<h3>The getToken call</h3>
<p><code>GET /apiv1/payexpress?method=getToken&amp;secretkey=…&amp;output=json</code> returns a
token that every other call of the partner API takes instead of the secret key. The token stays
active until checkout payment.</p>
<ul>
<li><b>User-Agent</b> must be <code>twh:ID;NAME;</code> (partner ID and name, trailing
semicolon included): requests without it are blocked by the firewall with a 403 page.</li>
<li><b>secretkey</b>: the key tiket.com gave you, at most 128 characters. Only getToken
takes it.</li>
<li><b>output</b>: <code>array</code> (the default, PHP print_r text), <code>xml</code>,
<code>json</code> or <code>serialize</code> (PHP serialize).</li>
<li><b>token</b>: Renew Token: send an expired token to keep the login information; the answer
carries a new one.</li>
<li><b>lang</b>: <code>id</code> or <code>en</code>, the language of texts in the answer.</li>
</ul>
<h3>The General API's lists</h3>
<p>Every other call takes the <b>token</b> getToken gave (never the secret key) and the same
<code>output</code> and <code>lang</code>: List Currencies
(<code>/general_api/listCurrency</code>, records under <code>result</code>), List Language
(<code>/general_api/listLanguage</code>, <code>result</code>), List Country
(<code>/general_api/listCountry</code>, <code>listCountry</code>; most names end in a space,
shown as ␣) and Get Transaction Policies (<code>/general_api/getPolicies</code>,
<code>policies</code>: a payment channel each, with the texts to show before and after
checkout; <code>lang</code> defaults to <code>id</code>). Choose the call in <b>What</b>: the
token is the last one received for the environment and partner. <b>Check</b> beside the token
sends it to List Language; a refused token can be replaced, new or renewed, in one click.</p>
<h3>The diagnostic block</h3>
<table cellpadding="3">
<tr><td><b>status</b></td><td>200 on success. The docs' failures answer 201, 204 or 209 (an
order expired, a duplicate order) with <b>error_msgs</b> saying why; a 201 that carries
<code>statusClass: "ok"</code> is a success. The docs show no failed getToken answer, so its
own codes are not known.</td></tr>
<tr><td><b>confirm</b></td><td><code>success</code> when the call succeeded; absent on
errors.</td></tr>
<tr><td><b>elapsetime</b></td><td>seconds the server spent, as text.</td></tr>
<tr><td><b>memoryusage</b></td><td>memory the server used, as text such as
<code>4.48MB</code>.</td></tr>
<tr><td><b>unix_timestamp</b></td><td>the server's clock in seconds since 1970; the form shows
it in UTC and local time and how far it is from this machine's clock.</td></tr>
<tr><td><b>lang</b>, <b>currency</b></td><td>the language and currency of the answer.</td></tr>
</table>
<p>After the block: <b>output_type</b> (the format answered), <b>login_status</b> (the text
<code>"false"</code> or <code>"true"</code>) and <b>token</b> (40 hex characters in every
sample).</p>
<h3>Types differ by format</h3>
<p>JSON has status and unix_timestamp as numbers but elapsetime and login_status as strings;
XML and print_r carry text only; serialize has <code>i:</code> integers and <code>s:</code>
strings. The Compare tab marks these as <i>same value, other type</i>.</p>
<h3>Hosts</h3>
<p>Sandbox: <code>api-sandbox.tiket.com</code>, over http:// as the docs give it (their FAQ
says its HTTPS certificate fails). Production: <code>api.tiket.com</code>, HTTPS only. The data
differs between them.</p>
""",
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("help_dialogs", "About tiket-gui"))
        paths = app_paths()
        icon = QLabel()
        icon.setPixmap(self.windowIcon().pixmap(64, 64))
        title = QLabel(
            translate(
                "help_dialogs",
                "<h2>tiket-gui {version}</h2>A workbench for the tiket.com General "
                "API: the token and the calls that take it.<br>Qt {qt_version} · PySide6 "
                "{pyside_version} · Python {python_version}<br>MIT licence",
            ).format(
                version=__version__,
                qt_version=qVersion(),
                pyside_version=pyside_version,
                python_version=platform.python_version(),
            )
        )
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(title, 1)
        form = QFormLayout()
        self.path_edits: dict[str, QLineEdit] = {}
        for key, label, path in (
            ("settings", translate("help_dialogs", "Settings"), paths.settings),
            ("history", translate("help_dialogs", "History"), paths.history),
            ("logs", translate("help_dialogs", "Logs"), paths.logs),
        ):
            edit = QLineEdit(str(path))
            edit.setObjectName(f"aboutPath_{key}")
            edit.setReadOnly(True)
            button = QPushButton(translate("help_dialogs", "Open"))
            button.setObjectName(f"aboutOpen_{key}")
            button.setToolTip(
                translate("help_dialogs", "Open the {folder} folder in the file manager").format(
                    folder=label.lower()
                )
            )
            button.clicked.connect(lambda _=False, p=path: _open_folder(p))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            form.addRow(label, row)
            self.path_edits[key] = edit
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 0)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(translate("help_dialogs", "tiket-gui help"))
        browser = QTextBrowser()
        browser.setObjectName("helpBrowser")
        rows = "".join(
            f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>"
            for keys, what in translated_shortcuts()
        )
        heading = translate("help_dialogs", "Shortcuts")
        guide = translate("help_dialogs", GUIDE)
        browser.setHtml(f"<h3>{heading}</h3><table cellpadding='3'>{rows}</table>{guide}")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.resize(720, 640)


def _open_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def translated_shortcuts() -> list[tuple[str, str]]:
    return [(keys, translate("help_dialogs", what)) for keys, what in SHORTCUTS]
