"""What the answer pane shows: a fetch, a history entry, an opened answer, or a failure beside
the last good answer; the formats compared; the token."""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from tiket_gui.core import wording
from tiket_gui.core.compare import Comparison
from tiket_gui.core.formats import Format
from tiket_gui.core.outcome import FetchRecord, Verdict, compare_outcomes
from tiket_gui.core.wording import Level, Notice
from tiket_gui.ui.answer_pane import AnswerPane, tab_title
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.workers import BackgroundRunner

log = logging.getLogger("tiket_gui.ui")


class AnswerController(QObject):
    """Owns what is on screen: `shown` (the record in the pane), `latest` (the last fetch),
    the failure the notice tells of, and a big answer waiting to be compared.

    Signals:
    message(str): a sentence for the status bar.
    comparingChanged(bool): a big answer began or ended being compared on a worker.
    """

    message = Signal(str)
    comparingChanged = Signal(bool)

    def __init__(self, pane: AnswerPane, runner: BackgroundRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.pane = pane
        self.runner = runner
        self.shown: FetchRecord | None = None
        self.latest: FetchRecord | None = None
        self.token = ""  # the token of the answer shown: Copy and Renew take it
        self._explained: FetchRecord | None = None  # the failure the notice tells of
        self._to_compare: FetchRecord | None = None  # a big answer shown, being compared
        self._busy = False
        pane.primaryChanged.connect(self._primary_changed)
        pane.detailsRequested.connect(self.show_details)
        pane.copyTokenRequested.connect(self.copy_token)
        for view in pane.response_views.values():
            view.message.connect(self.message)

    @property
    def comparing(self) -> bool:
        """A big answer is on screen and its formats are not compared yet."""
        return self._to_compare is not None

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.pane.set_renew_enabled(not busy)

    # -- what comes to be shown -----------------------------------------------------------------

    def show_fetched(self, record: FetchRecord) -> bool:
        """A fetch that just ended; False when it brought nothing to show, and the answer on
        screen stays. An unreadable body is shown (error position marked) only when no good
        answer would be pushed off screen; otherwise it waits in the history."""
        self.latest = record
        if record.readable or (self.shown is None and record.has_bodies):
            self.show(record)
            return True
        self.show_failure(record)
        return False

    def show_saved(self, record: FetchRecord) -> None:
        """A history entry."""
        if record.readable or record.has_bodies:
            self.show(record, from_history=record is not self.latest)
            return
        self._explained = record
        sentence = wording.saved_failure_sentence(record)
        if sentence is not None:
            self.pane.show_notice(Notice(sentence, Level.ERROR))

    def show(self, record: FetchRecord, *, from_history: bool = False) -> None:
        self.shown = record
        pane = self.pane
        primary = record.primary(pane.preferred_format())
        pane.set_verdict(record.verdict())
        pane.show_result(primary.result if primary else None)
        token = (primary.token if primary and primary.result else None) or ""
        self.token = token
        pane.set_token(token, can_renew=not self._busy)
        pane.set_timing(wording.timing_line(record, from_history=from_history))
        shown = [fmt for fmt in Format if fmt in record.outcomes]
        titles = [tab_title(fmt, record.outcomes[fmt]) for fmt in shown]
        pane.show_record(record, [*titles, translate("answer_controller", "Compare")])
        if record.comparison is None:  # a big answer: compared once it is on screen
            pane.compare_view.show_comparing(record.outcomes)
            self._set_to_compare(record)
            # posted after the repaint the answer asked for: a worker busy in Python makes
            # the GUI thread wait its turn for the GIL at every call into Qt and back (a
            # screen of text painted in 21 ms instead of 2.5), and showing 1 MB in four
            # formats stalled 230 ms with the compare started at once
            QTimer.singleShot(0, self, partial(self._compare, record))
        else:
            self._set_to_compare(None)
            pane.compare_view.show_outcomes(record.outcomes, record.comparison)
        notice = wording.answer_notice(record, from_history=from_history)
        self._explained = record if notice is not None and notice.level is Level.ERROR else None
        refused = record.call.takes_token and record.verdict() is Verdict.API_ERROR
        pane.show_notice(notice, offer_retry=refused and record.source == "fetch")
        self.message.emit(wording.outcome_sentence(record))

    def show_failure(self, record: FetchRecord) -> None:
        """A fetch with nothing to show: said above the answer still on screen."""
        self.pane.set_verdict(record.verdict())
        if self.shown is not None:
            self.pane.set_timing(wording.not_current_timing(self.shown))
        self._explained = record
        self.pane.show_notice(
            Notice(wording.failed_fetch_sentence(record, self.shown), Level.ERROR)
        )
        failure = record.first_failure()
        self.message.emit(
            failure.error.message
            if failure and failure.error
            else wording.failed_fetch_sentence(record, None)
        )

    def show_notice(self, text: str) -> None:
        """Something the user must not miss (a file moved aside): kept until the next answer."""
        self._explained = None
        self.pane.show_notice(Notice(text, Level.WARNING))

    # -- comparing a big answer -----------------------------------------------------------------

    def _set_to_compare(self, record: FetchRecord | None) -> None:
        was = self._to_compare is not None
        self._to_compare = record
        if was != (record is not None):
            self.comparingChanged.emit(record is not None)

    def _compare(self, record: FetchRecord) -> None:
        if record is not self._to_compare:  # another answer came first
            return
        task = self.runner.submit(partial(compare_outcomes, record.outcomes))
        task.done.connect(partial(self._compared, record))
        task.failed.connect(partial(self._not_compared, record))

    def _compared(self, record: FetchRecord, comparison: Comparison) -> None:
        record.comparison = comparison
        if self._to_compare is record:
            self._set_to_compare(None)
        if self.shown is record:  # its bodies are in the tab since show_comparing
            self.pane.compare_view.show_comparison(comparison)

    def _not_compared(self, record: FetchRecord, _error: BaseException, trace: str) -> None:
        log.error("comparing the formats failed: %s", trace)
        if self._to_compare is record:
            self._set_to_compare(None)
        if self.shown is record:
            self.pane.compare_view.show_not_compared(wording.not_compared())

    # -- the user's asks ------------------------------------------------------------------------

    @Slot()
    def show_details(self) -> None:
        candidates = [r for r in (self._explained, self.shown) if r is not None]
        box = QMessageBox(self.pane)
        box.setWindowTitle(translate("answer_controller", "Details"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(translate("answer_controller", "What went wrong, technically (secret masked):"))
        box.setDetailedText(wording.failure_details(candidates))
        box.open()

    @Slot()
    def copy_token(self) -> None:
        if not self.token:
            self.message.emit(
                translate("answer_controller", "There is no token to copy yet: fetch one first.")
            )
            return
        QGuiApplication.clipboard().setText(self.token)
        self.message.emit(translate("answer_controller", "Token copied to the clipboard."))

    @Slot()
    def _primary_changed(self) -> None:
        if self.shown is not None:
            self.show(self.shown)
