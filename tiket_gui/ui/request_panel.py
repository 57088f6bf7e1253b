"""The request side: where to, who is asking, the secret, the formats, and a live preview."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tiket_gui.core.calls import GET_TOKEN, Call, call_named
from tiket_gui.core.environments import (
    SANDBOX_HTTPS_URL,
    Environment,
    EnvironmentKind,
    default_base_url,
    is_loopback_host,
    make_environment,
)
from tiket_gui.core.errors import InputError
from tiket_gui.core.formats import Format
from tiket_gui.core.profiles import Profile
from tiket_gui.core.request import ApiRequest, describe_requests
from tiket_gui.core.settings import Settings
from tiket_gui.ui.call_section import CallSection
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.response_view import monospace_font
from tiket_gui.ui.widgets import set_style, tool_button

_KINDS = [
    EnvironmentKind.SANDBOX,
    EnvironmentKind.PRODUCTION,
    EnvironmentKind.EMULATOR,
    EnvironmentKind.CUSTOM,
]


class RequestPanel(QWidget):
    """Signals:
    changed(): any field changed; the preview and the Fetch button follow.
    fetchRequested(): the user asked to fetch.
    cancelRequested(): the user asked to cancel.
    environmentChanged(str): the EnvironmentKind value now chosen.
    firstStep(): once, at the user's first step (typing, choosing an environment, the
        pointer on Fetch): what a fetch needs can start loading.
    rememberToggled(bool): the user changed "remember in the keychain".
    """

    changed = Signal()
    fetchRequested = Signal()
    cancelRequested = Signal()
    environmentChanged = Signal(str)
    firstStep = Signal()
    rememberToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._emulator_url = ""
        self.emulator_problem = ""  # why the emulator could not start, when it could not
        self._sandbox_https = False
        self._custom_url = ""
        self._busy = False
        self._can_fetch = False

        self.environment_combo = QComboBox()
        self.environment_combo.setObjectName("environmentCombo")
        for kind in _KINDS:
            self.environment_combo.addItem(kind.label, kind.value)
        self.environment_combo.setToolTip(
            translate(
                "request_panel",
                "Sandbox: test data (http:// as the docs give it). Production: real "
                "data, HTTPS only. Local emulator: a stand-in on this machine. Custom "
                "URL: a proxy or mirror.",
            )
        )
        self.base_url_edit = QLineEdit()
        self.base_url_edit.setObjectName("baseUrlEdit")
        self.base_url_edit.setToolTip(
            translate("request_panel", "The base URL requests go to; editable for Custom URL")
        )
        self.security_badge = QLabel()
        self.security_badge.setObjectName("securityBadge")
        self.security_badge.setWordWrap(True)
        self.use_https_button = tool_button(
            translate("request_panel", "Use HTTPS"),
            translate(
                "request_panel",
                "Send the sandbox request over HTTPS (the docs warn its certificate may "
                "fail; switch back if it does)",
            ),
        )
        self.use_https_button.setObjectName("useHttpsButton")
        self.use_https_button.clicked.connect(self._toggle_sandbox_https)

        self.partner_id_edit = QLineEdit()
        self.partner_id_edit.setObjectName("partnerIdEdit")
        self.partner_id_edit.setPlaceholderText("123456789")
        self.partner_id_edit.setToolTip(
            translate(
                "request_panel", "Your business ID from tiket.com (first part of the User-Agent)"
            )
        )
        self.partner_name_edit = QLineEdit()
        self.partner_name_edit.setObjectName("partnerNameEdit")
        self.partner_name_edit.setPlaceholderText(translate("request_panel", "Partner Name"))
        self.partner_name_edit.setToolTip(
            translate("request_panel", "Your business name (second part of the User-Agent)")
        )
        self.user_agent_label = QLabel()
        self.user_agent_label.setObjectName("userAgentLabel")
        self.user_agent_label.setFont(monospace_font())
        # a long partner name must not widen the panel: the tooltip and preview show it whole
        self.user_agent_label.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        self.user_agent_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user_agent_label.setToolTip(
            translate(
                "request_panel",
                "The firewall blocks every request whose User-Agent is not twh:ID;NAME;",
            )
        )

        self.secret_edit = QLineEdit()
        self.secret_edit.setObjectName("secretKeyEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(
            translate("request_panel", "the key tiket.com gave you (never saved)")
        )
        self.secret_edit.setToolTip(
            translate(
                "request_panel",
                "Sent only as secretkey= on getToken; never written to disk, history or logs",
            )
        )
        self.reveal_button = tool_button(
            translate("request_panel", "Show"),
            translate("request_panel", "Show or hide the secret key"),
            checkable=True,
        )
        self.reveal_button.setObjectName("revealSecretButton")
        self.reveal_button.toggled.connect(self._reveal_secret)
        self.remember_check = QCheckBox(
            translate("request_panel", "Remember in the system &keychain")
        )
        self.remember_check.setObjectName("rememberSecretCheck")
        self.remember_check.setEnabled(False)
        self.what = CallSection()
        # the section's widgets, by the names tests and the window's users know them by
        self.renew_edit = self.what.renew_edit
        self.lang_combo = self.what.lang_combo
        self.format_checks = self.what.format_checks

        self.preview = QPlainTextEdit()
        self.preview.setObjectName("requestPreview")
        self.preview.setReadOnly(True)
        self.preview.setFont(monospace_font())
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.preview.setToolTip(
            translate("request_panel", "The request as it will be sent, secret masked")
        )
        self.blocked_label = QLabel()
        self.blocked_label.setObjectName("fetchBlockedLabel")
        self.blocked_label.setWordWrap(True)
        self.blocked_label.setStyleSheet("QLabel { color: #cf222e; }")

        self.fetch_button = QPushButton(translate("request_panel", "&Fetch"))
        self.fetch_button.setObjectName("fetchButton")
        self.fetch_button.setDefault(True)
        self.fetch_button.setToolTip(
            translate("request_panel", "Fetch a token in every chosen format (Ctrl+Enter)")
        )
        self.cancel_button = QPushButton(translate("request_panel", "Cancel"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(
            translate("request_panel", "Stop the fetch in progress (Esc)")
        )
        self.cancel_button.setEnabled(False)
        self.fetch_button.clicked.connect(self.fetchRequested)
        self.cancel_button.clicked.connect(self.cancelRequested)

        where = QGroupBox(translate("request_panel", "Where"))
        where_form = QFormLayout(where)
        where_form.addRow(translate("request_panel", "&Environment"), self.environment_combo)
        where_form.addRow(translate("request_panel", "Base &URL"), self.base_url_edit)
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.security_badge, 1)
        badge_row.addWidget(self.use_https_button)
        where_form.addRow(badge_row)
        who = QGroupBox(translate("request_panel", "Who"))
        who_form = QFormLayout(who)
        who_form.addRow(translate("request_panel", "Partner &ID"), self.partner_id_edit)
        who_form.addRow(translate("request_panel", "Partner &name"), self.partner_name_edit)
        who_form.addRow(translate("request_panel", "User-Agent"), self.user_agent_label)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_edit, 1)
        secret_row.addWidget(self.reveal_button)
        secret_label = QLabel(translate("request_panel", "&Secret key"))
        secret_label.setBuddy(self.secret_edit)
        who_form.addRow(secret_label, secret_row)
        who_form.addRow("", self.remember_check)
        # kept out of the scrolling form by the window, so Fetch is always in sight
        self.action_bar = QWidget()
        self.action_bar.setObjectName("requestActionBar")
        action_layout = QVBoxLayout(self.action_bar)
        action_layout.setContentsMargins(9, 4, 9, 6)
        buttons = QHBoxLayout()
        buttons.addWidget(self.fetch_button, 1)
        buttons.addWidget(self.cancel_button)
        action_layout.addWidget(self.blocked_label)
        action_layout.addLayout(buttons)
        layout = QVBoxLayout(self)
        for group in (where, who, self.what):
            layout.addWidget(group)
        layout.addWidget(QLabel(translate("request_panel", "Request preview")))
        layout.addWidget(self.preview, 1)

        for edit in (self.partner_id_edit, self.partner_name_edit, self.secret_edit):
            edit.textChanged.connect(self._on_changed)
        self.base_url_edit.textEdited.connect(self._custom_url_edited)
        self.what.changed.connect(self._on_changed)
        self.what.callChanged.connect(self._call_changed)
        self.environment_combo.currentIndexChanged.connect(self._environment_changed)
        self.remember_check.toggled.connect(self.rememberToggled)
        self._environment_changed()
        self._first = _FirstStep(self.fetch_button, self.firstStep)
        self.secret_edit.textEdited.connect(self._first.take)
        self.partner_id_edit.textEdited.connect(self._first.take)
        self.environment_combo.activated.connect(self._first.take)

    # -- state ----------------------------------------------------------------------------------

    def secret(self) -> str:
        return self.secret_edit.text()

    def set_secret(self, secret: str) -> None:
        self.secret_edit.setText(secret)

    def partner(self) -> tuple[str, str]:
        return self.partner_id_edit.text(), self.partner_name_edit.text()

    def set_partner(self, partner_id: str | None = None, partner_name: str | None = None) -> None:
        if partner_id is not None:
            self.partner_id_edit.setText(partner_id)
        if partner_name is not None:
            self.partner_name_edit.setText(partner_name)

    def choose_environment(self, kind: EnvironmentKind) -> None:
        self.environment_combo.setCurrentIndex(self.environment_combo.findData(kind.value))

    def fill_demo(self, partner: tuple[str, str], secret: str) -> None:
        """The emulator with the docs' partner and a secret it takes; what was typed stays."""
        self._first.take()
        self.choose_environment(EnvironmentKind.EMULATOR)
        if not self.partner_id_edit.text():
            self.partner_id_edit.setText(partner[0])
        if not self.partner_name_edit.text():
            self.partner_name_edit.setText(partner[1])
        if not self.secret_edit.text():
            self.secret_edit.setText(secret)
        self.fetch_button.setFocus()

    def renew_token(self) -> str:
        return self.what.renew_token()

    def set_renew_token(self, token: str) -> None:
        self.what.set_renew_token(token)

    def call(self) -> Call:
        return self.what.call()

    def set_call(self, call: Call) -> None:
        self.what.set_call(call)

    def set_call_token(self, token: str, source: str) -> None:
        self.what.set_token(token, source)

    def focus_fetch(self) -> None:
        self.fetch_button.setFocus()

    def set_remember(self, checked: bool, enabled: bool, tip: str) -> None:
        """The keychain choice as the profiles know it; not echoed back as rememberToggled."""
        check = self.remember_check
        check.blockSignals(True)
        check.setChecked(checked)
        check.blockSignals(False)
        check.setEnabled(enabled)
        check.setToolTip(tip)

    def environment_of(self, kind: EnvironmentKind) -> Environment:
        """Where a request would go in that environment, as this form would send it there;
        InputError when it cannot (Custom URL with none typed yet)."""
        urls = {
            EnvironmentKind.SANDBOX: SANDBOX_HTTPS_URL if self._sandbox_https else "",
            EnvironmentKind.EMULATOR: self._emulator_url or "http://127.0.0.1",
            EnvironmentKind.CUSTOM: self._custom_url,
        }
        environment = make_environment(kind, urls.get(kind) or None)
        blank = kind is EnvironmentKind.EMULATOR and not self._emulator_url
        return Environment(kind, "") if blank else environment

    def set_emulator_problem(self, problem: str) -> None:
        """Why the emulator could not start: Fetch says so instead of waiting for it."""
        self.emulator_problem = problem
        self.set_emulator_url("")

    def environment_kind(self) -> EnvironmentKind:
        return EnvironmentKind(self.environment_combo.currentData())

    def base_url(self) -> str:
        return self.base_url_edit.text().strip()

    def chosen_formats(self) -> list[Format]:
        return self.what.chosen_formats()

    @property
    def emulator_url(self) -> str:
        return self._emulator_url

    def set_emulator_url(self, url: str) -> None:
        self._emulator_url = url
        if self.environment_kind() is EnvironmentKind.EMULATOR:
            self.base_url_edit.setText(url)
            self._on_changed()

    def build_requests(self) -> tuple[list[ApiRequest], list[InputError]]:
        """The requests the form describes, or why it cannot be sent yet."""
        problems: list[InputError] = []
        base_url = ""
        kind = self.environment_kind()
        if kind is EnvironmentKind.EMULATOR and not self._emulator_url:
            # still starting (a few tens of ms): Fetch stays available and waits for it
            if self.emulator_problem:
                problems.append(InputError("base_url", self.emulator_problem))
        else:
            try:
                base_url = make_environment(kind, self.base_url()).base_url
            except InputError as error:
                problems.append(error)
        formats = self.chosen_formats()
        call = self.call()
        if not formats:
            problems.append(
                InputError(
                    "formats", translate("request_panel", "Choose at least one format to fetch.")
                )
            )
        requests = [
            ApiRequest(
                base_url=base_url,
                partner_id=self.partner_id_edit.text(),
                partner_name=self.partner_name_edit.text(),
                secret_key=self.secret_edit.text(),
                output=fmt,
                renew_token=self.renew_token() if call is GET_TOKEN else "",
                lang=self.what.lang(),
                call=call,
                token=self.what.token() if call.takes_token else "",
            )
            for fmt in formats or [Format.JSON]
        ]
        problems += [p for p in requests[0].problems() if p.field != "base_url" or base_url]
        return (requests if formats else []), problems

    def set_busy(self, busy: bool) -> None:
        """Only the buttons change: the request itself did not (and re-reading it costs ~1 ms
        while the answers arrive)."""
        self._busy = busy
        self.cancel_button.setEnabled(busy)
        self.fetch_button.setEnabled(self._can_fetch and not busy)

    def load(self, settings: Settings) -> None:
        self._sandbox_https = settings.sandbox_https
        self._custom_url = settings.custom_url
        self.partner_id_edit.setText(settings.partner_id)
        self.partner_name_edit.setText(settings.partner_name)
        self.what.choose_formats(settings.formats)
        self.what.set_lang(settings.lang, chosen=settings.lang_chosen)
        self.what.set_call(_call_or_token(settings.call))
        index = self.environment_combo.findData(settings.environment)
        self.environment_combo.setCurrentIndex(max(index, 0))
        self._environment_changed()

    def use_custom_url(self, url: str) -> None:
        """Switch to Custom URL with this base URL (validated as the user types it would be)."""
        self._custom_url = url.strip()
        index = self.environment_combo.findData(EnvironmentKind.CUSTOM.value)
        if self.environment_combo.currentIndex() == index:
            self._environment_changed()
        else:
            self.environment_combo.setCurrentIndex(index)

    def apply_profile(self, profile: Profile) -> None:
        """Fill where and who from a profile; the secret field is emptied (it belongs to the
        previous partner)."""
        self._sandbox_https = profile.sandbox_https
        self._custom_url = profile.custom_url
        self.partner_id_edit.setText(profile.partner_id)
        self.partner_name_edit.setText(profile.partner_name)
        self.secret_edit.clear()
        self.renew_edit.clear()
        index = self.environment_combo.findData(profile.environment)
        self.environment_combo.setCurrentIndex(max(index, 0))
        self._environment_changed()

    def current_profile(self, name: str) -> Profile:
        return Profile(
            name=name,
            environment=self.environment_kind().value,
            custom_url=self._custom_url,
            sandbox_https=self._sandbox_https,
            partner_id=self.partner_id_edit.text(),
            partner_name=self.partner_name_edit.text(),
        )

    def fill_from_history(
        self,
        environment: str,
        base_url: str,
        partner: tuple[str, str],
        formats: list[Format],
        call: Call = GET_TOKEN,
    ) -> None:
        """Re-run: where, who and what of a past fetch; the secret stays as typed."""
        self.set_call(call)
        kind = next((k for k in EnvironmentKind if k.label == environment), EnvironmentKind.CUSTOM)
        if kind is EnvironmentKind.CUSTOM:
            self._custom_url = base_url
        if kind is EnvironmentKind.SANDBOX:
            self._sandbox_https = base_url.startswith("https://")
        self.partner_id_edit.setText(partner[0])
        self.partner_name_edit.setText(partner[1])
        for fmt, check in self.format_checks.items():
            check.setChecked(fmt in formats or not formats)
        self.environment_combo.setCurrentIndex(max(self.environment_combo.findData(kind.value), 0))
        self._environment_changed()

    def store(self, settings: Settings) -> None:
        settings.environment = self.environment_kind().value
        settings.custom_url = self._custom_url
        settings.sandbox_https = self._sandbox_https
        settings.partner_id = self.partner_id_edit.text()
        settings.partner_name = self.partner_name_edit.text()
        settings.formats = [fmt.value for fmt in self.chosen_formats()]
        settings.lang, settings.lang_chosen = self.what.lang(), self.what.lang_chosen
        settings.call = self.call().name

    # -- reactions ------------------------------------------------------------------------------

    @Slot()
    def _call_changed(self) -> None:
        call = self.call()
        if call.takes_token:
            self.secret_edit.setPlaceholderText(
                translate("request_panel", "not needed: {title} takes the token").format(
                    title=call.title
                )
            )
        else:
            self.secret_edit.setPlaceholderText(
                translate("request_panel", "the key tiket.com gave you (never saved)")
            )

    @Slot()
    def _environment_changed(self, *_: object) -> None:
        kind = self.environment_kind()
        urls = {
            EnvironmentKind.SANDBOX: SANDBOX_HTTPS_URL
            if self._sandbox_https
            else default_base_url(kind),
            EnvironmentKind.PRODUCTION: default_base_url(kind),
            EnvironmentKind.EMULATOR: self._emulator_url,
            EnvironmentKind.CUSTOM: self._custom_url,
        }
        self.base_url_edit.setText(urls[kind])
        self.base_url_edit.setReadOnly(kind is not EnvironmentKind.CUSTOM)
        self.base_url_edit.setPlaceholderText(
            "https://proxy.example.com/tiket"
            if kind is EnvironmentKind.CUSTOM
            else translate("request_panel", "127.0.0.1, opens on first use")
        )
        self.environmentChanged.emit(kind.value)
        self._on_changed()

    @Slot(str)
    def _custom_url_edited(self, text: str) -> None:
        self._custom_url = text.strip()
        self._on_changed()

    @Slot()
    def _toggle_sandbox_https(self) -> None:
        self._sandbox_https = not self._sandbox_https
        self._environment_changed()

    @Slot(bool)
    def _reveal_secret(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret_edit.setEchoMode(mode)
        self.reveal_button.setText(
            translate("request_panel", "Hide") if shown else translate("request_panel", "Show")
        )

    @Slot()
    def _on_changed(self, *_: object) -> None:
        requests, problems = self.build_requests()
        self._update_badge()
        agent = f"twh:{self.partner_id_edit.text()};{self.partner_name_edit.text()};"
        agent_problem = next(
            (p.message for p in problems if p.field in ("partner_id", "partner_name")), ""
        )
        self.user_agent_label.setText(agent)
        set_style(self.user_agent_label, "QLabel { color: #cf222e; }" if agent_problem else "")
        self.user_agent_label.setToolTip(
            agent_problem or translate("request_panel", "The User-Agent the firewall expects")
        )
        usable = requests and not any(p.field == "base_url" for p in problems)
        self.preview.setPlainText(describe_requests(requests) if usable else "")
        blocked = problems[0].message if problems else ""
        self.blocked_label.setText(blocked)
        self.blocked_label.setVisible(bool(blocked))
        self._can_fetch = not problems
        self.fetch_button.setEnabled(self._can_fetch and not self._busy)
        self.fetch_button.setToolTip(
            blocked
            or translate("request_panel", "Fetch a token in every chosen format (Ctrl+Enter)")
        )
        self.changed.emit()

    def _update_badge(self) -> None:
        kind = self.environment_kind()
        text, style = security_note(self.base_url())
        self.security_badge.setText(text)
        self.security_badge.setStyleSheet(f"QLabel {{ {style} }}")
        self.use_https_button.setVisible(kind is EnvironmentKind.SANDBOX)
        self.use_https_button.setText(
            translate("request_panel", "Use HTTP")
            if self._sandbox_https
            else translate("request_panel", "Use HTTPS")
        )


def security_note(url: str) -> tuple[str, str]:
    """What the base URL means for the secret on its way, and the colour to say it in."""
    host = url.split("://", 1)[-1].split("/", 1)[0].rsplit(":", 1)[0].strip("[]")
    if url.startswith("https://"):
        return translate(
            "request_panel", "🔒 HTTPS: the secret travels encrypted."
        ), "color: #1a7f37;"
    if url and is_loopback_host(host):
        return translate(
            "request_panel", "This machine only: nothing leaves it."
        ), "color: #57606a;"
    if url:
        return (
            translate("request_panel", "⚠ Plain HTTP: the secret key travels unencrypted."),
            "color: #9a6700; font-weight: bold;",
        )
    return "", ""


class _FirstStep(QObject):
    """Emits `signal` once, at the first step the user takes; a pointer on Fetch counts (a
    fetch about to happen)."""

    def __init__(self, button: QPushButton, signal: SignalInstance) -> None:
        super().__init__(button)
        self._button = button
        self._signal = signal
        self.taken = False
        button.installEventFilter(self)

    @Slot()
    def take(self) -> None:
        if not self.taken:
            self.taken = True
            # every event of the button passed through Python for this one use
            self._button.removeEventFilter(self)
            self._signal.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Enter and watched is self._button:
            self.take()
        return super().eventFilter(watched, event)


def _call_or_token(name: str) -> Call:
    try:
        return call_named(name)
    except KeyError:  # a call a later version knows
        return GET_TOKEN
