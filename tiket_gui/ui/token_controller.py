"""The token put to use: the token a call sends is the last one received for the environment
and partner in the form, unless the user pastes another; a token can be checked in one click;
a refused one is replaced (new or renewed) and the same call made again."""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from tiket_gui.core import wording
from tiket_gui.core.calls import GET_TOKEN, TOKEN_CHECK, Call
from tiket_gui.core.formats import Format
from tiket_gui.core.i18n import QT_TRANSLATE_NOOP
from tiket_gui.core.outcome import FetchRecord, FormatOutcome
from tiket_gui.core.redact import scrub
from tiket_gui.core.request import ApiRequest
from tiket_gui.core.tokens import TokenBook
from tiket_gui.ui.answer_controller import AnswerController
from tiket_gui.ui.fetch_controller import FetchController, SharedClient
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.request_panel import RequestPanel
from tiket_gui.ui.workers import BackgroundRunner

if TYPE_CHECKING:
    from tiket_gui.core.history import StoredToken

log = logging.getLogger("tiket_gui.ui")
NO_TOKEN_YET = QT_TRANSLATE_NOOP(
    "token_controller", "no token yet for this environment and partner: make a Get Token first"
)


class TokenController(QObject):
    """Owns the token book, whether the user pasted the token in the form (for which
    environment and partner), and the call to make again once a refused token is replaced.

    Signals:
    message(str): a sentence for the status bar.
    checked(str): a token check's sentence, once it is known.
    """

    message = Signal(str)
    checked = Signal(str)

    def __init__(
        self,
        panel: RequestPanel,
        fetcher: FetchController,
        answer: AnswerController,
        runner: BackgroundRunner,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.fetcher = fetcher
        self.answer = answer
        self.runner = runner
        self.book = TokenBook()
        self._pasted_for: tuple[str, str, str] | None = None
        self._filled_for: tuple[str, str, str, str] | None = None
        self._retry: Call | None = None
        self._checking = False
        panel.changed.connect(self.fill)
        panel.what.tokenEdited.connect(self._pasted)

    def _context(self) -> tuple[str, str, str]:
        return (self.panel.base_url(), *self.panel.partner())

    @Slot()
    def fill(self, *, again: bool = False) -> None:
        """The form's token for a token call: the book's, unless the user pasted one here.
        Filled when the environment, partner or call changes (or `again`), not at every key
        typed elsewhere."""
        call = self.panel.call()
        if not call.takes_token:
            return
        context = self._context()
        filled_for = (*context, call.name)
        if (filled_for == self._filled_for and not again) or self._pasted_for == context:
            return
        self._filled_for = filled_for
        self._pasted_for = None
        known = self.book.latest(context[0], (context[1], context[2]))
        if known is None:
            self.panel.set_call_token("", translate("token_controller", NO_TOKEN_YET))
        else:
            self.panel.set_call_token(known.token, known.source())

    @Slot(str)
    def _pasted(self, text: str) -> None:
        self._pasted_for = self._context() if text.strip() else None

    def history_read(self, tokens: list[StoredToken]) -> None:
        for stored in tokens:
            partner = (stored.partner_id, stored.partner_name)
            self.book.remember(
                stored.base_url, partner, stored.token, stored.fetched_at, from_history=True
            )
        self.fill(again=True)

    def fetched(self, record: FetchRecord) -> None:
        """A fetch ended: a token it brought is the one to send next, and a call waiting for
        a new token is made again."""
        got_token = self.book.remember_fetch(record)
        if got_token:
            self._pasted_for = None
            self.fill(again=True)
        call, self._retry = self._retry, None
        if call is None or record.call is not GET_TOKEN:
            return
        if not got_token:
            self.message.emit(
                translate(
                    "token_controller", "No new token came back, so {title} was not made again."
                ).format(title=call.title)
            )
            return
        self.panel.set_call(call)
        self.fill(again=True)
        # once this answer is shown: the call's answer replaces it right after
        QTimer.singleShot(0, self.fetcher.fetch)

    @Slot(bool)
    def retry(self, renew: bool) -> None:
        """The call shown was refused its token: a new one (or the refused one renewed),
        then the same call again."""
        record = self.answer.shown
        if record is None or not record.call.takes_token or self.fetcher.fetching:
            return
        self._retry = record.call
        self.panel.set_call(GET_TOKEN)
        self.fetcher.fetch_as(call=GET_TOKEN, renew=record.sent_token if renew else "")
        if not self.fetcher.fetching:  # the form could not make a getToken (no secret?)
            self._retry = None
            self.panel.set_call(record.call)

    @Slot()
    def check(self) -> None:
        """The token on screen, sent to the smallest call that takes one."""
        record, token = self.answer.shown, self.answer.token
        if record is None or not token or self._checking:
            return
        request = ApiRequest(
            record.base_url,
            record.partner_id,
            record.partner_name,
            output=Format.JSON,
            call=TOKEN_CHECK,
            token=token,
        )
        problems = request.problems()
        if problems:
            self.message.emit(problems[0].message)
            return
        self._checking = True
        self.message.emit(
            translate("token_controller", "Checking the token with {title}…").format(
                title=TOKEN_CHECK.title
            )
        )
        task = self.runner.submit(partial(_check_on_worker, self.fetcher.client, request))
        task.done.connect(self._checked)
        task.failed.connect(self._check_failed)

    def _checked(self, outcome: FormatOutcome) -> None:
        self._checking = False
        sentence = wording.token_check_sentence(outcome)
        self.message.emit(sentence)
        self.checked.emit(sentence)

    def _check_failed(self, _error: BaseException, trace: str) -> None:
        self._checking = False
        log.error("checking a token failed: %s", scrub(trace, self.panel.secret()))
        sentence = wording.background_failure(translate("token_controller", "Checking the token"))
        self.message.emit(sentence)
        self.checked.emit(sentence)


def _check_on_worker(client: SharedClient, request: ApiRequest) -> FormatOutcome:
    from tiket_gui.core.outcome import fetch_and_read  # noqa: PLC0415

    return fetch_and_read(client.get(), request)
