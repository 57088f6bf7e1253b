"""The history: opened on a worker after the first paint, fetches written 100 ms after they
are shown, entries selected, re-run, deleted, cleared, kept for as long as the user says."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from tiket_gui.core import wording
from tiket_gui.core.outcome import FetchRecord
from tiket_gui.core.settings import Settings
from tiket_gui.ui.history_view import PAGE_SIZE, HistoryPanel
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.workers import BackgroundRunner

if TYPE_CHECKING:
    from tiket_gui.core.history import (
        HistoryFilter,
        HistoryPage,
        HistoryStore,
        HistorySummary,
        OpenedHistory,
        Retention,
    )

RECENT_KEPT = 20  # this session's fetches kept parsed, so selecting one is instant


class HistoryController(QObject):
    """Owns the store (None until opened, or when it cannot be), the fetches waiting to be
    written, and this session's recent fetches by history id.

    Signals:
    changed(): fetches were written to the history.
    entryLoaded(object): the FetchRecord of the entry the user selected, ready to show.
    rerunRequested(object): the HistorySummary whose request should fill the form.
    settingsChanged(): keep-history or retention changed; settings should be saved.
    message(str): a sentence for the status bar.
    notice(str): a sentence the user must not miss (a damaged file moved aside).
    tokensRead(object): the list of StoredToken the history had when it opened.
    """

    changed = Signal()
    entryLoaded = Signal(object)
    rerunRequested = Signal(object)
    settingsChanged = Signal()
    message = Signal(str)
    notice = Signal(str)
    tokensRead = Signal(object)

    def __init__(
        self, panel: HistoryPanel, settings: Settings, runner: BackgroundRunner, window: QWidget
    ) -> None:
        super().__init__(window)
        self.panel = panel
        self.settings = settings
        self.runner = runner
        self.window = window
        self.store: HistoryStore | None = None
        self._unavailable = False  # the store could not be opened: nothing is queued
        self._recent: dict[int, FetchRecord] = {}
        # fetches wait here until their answers have painted; see record
        self._unwritten: list[tuple[FetchRecord, str]] = []
        self._held = False  # see hold_writes
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self.write)
        panel.keep_action.setChecked(settings.keep_history)
        panel.entrySelected.connect(self.select)
        panel.rerunRequested.connect(self._rerun)
        panel.deleteRequested.connect(self.delete)
        panel.clearRequested.connect(self.clear)
        panel.keepHistoryToggled.connect(self._keep_toggled)
        panel.retentionRequested.connect(self.edit_retention)
        panel.filterChanged.connect(self._filter)

    @property
    def pending(self) -> bool:
        """Fetches are waiting to be written."""
        return bool(self._unwritten)

    def _retention(self) -> Retention:
        from tiket_gui.core.history import Retention  # noqa: PLC0415  (sqlite on demand)

        settings = self.settings
        return Retention(
            settings.keep_history, settings.history_max_count, settings.history_max_days
        )

    @Slot()
    def open(self) -> None:
        from tiket_gui.core.history import open_history  # noqa: PLC0415  (on the worker's side)

        task = self.runner.submit(
            partial(open_history, self._retention(), self.panel.current_filter(), PAGE_SIZE)
        )
        task.done.connect(self._opened)
        task.failed.connect(self._not_opened)

    @Slot(object)
    def _filter(self, where: HistoryFilter) -> None:
        store = self.store
        if store is None:
            return
        task = self.runner.submit(partial(store.page, where, PAGE_SIZE, environments=False))
        task.done.connect(self.panel.show_filtered)

    def _opened(self, opened: OpenedHistory) -> None:
        self.store = opened.store
        self.panel.attach(opened.store, opened.page)
        if opened.notice:
            self.notice.emit(opened.notice)
        self.tokensRead.emit(opened.tokens)
        if self._unwritten:
            self.write()

    def _not_opened(self, _error: BaseException, _trace: str) -> None:
        self._unavailable = True
        self._unwritten.clear()
        self.message.emit(wording.history_not_opened())

    def record(self, record: FetchRecord, secret: str) -> None:
        """Queue a fetch, with the secret it was sent with (the store masks it in what it
        keeps); a worker writes it 100 ms later. Written at once, the worker held the GIL
        while the answers painted: the paint took 6 ms instead of 1.5 (S4), for a row the
        user reads only after."""
        if not self.settings.keep_history or self._unavailable:
            return
        self._unwritten.append((record, secret))
        # a fetch made before the store opened waits for it (_opened writes it)
        if self.store is not None and not self._held and not self._timer.isActive():
            self._timer.start()

    @Slot(bool)
    def hold_writes(self, held: bool) -> None:
        """Fetches wait while the window compares a big answer: written meanwhile, the
        worker writing and the history table repainting (a Python model, a GIL turn per
        cell) stalled the GUI thread 50-60 ms at a time, and slowed the compare."""
        self._held = held
        if not held and self._unwritten and self.store is not None:
            self._timer.start()

    @Slot()
    def write(self, *, at_close: bool = False) -> None:
        """Write the fetches waiting, unless held; at close, right away whatever holds."""
        from tiket_gui.core.history import write_fetches  # noqa: PLC0415

        self._timer.stop()
        store = self.store
        if store is None or not self._unwritten or (self._held and not at_close):
            return
        entries, self._unwritten = self._unwritten, []
        records = [record for record, _secret in entries]
        where = self.panel.current_filter()
        task = self.runner.submit(
            partial(write_fetches, store, entries, self._retention(), where, PAGE_SIZE)
        )
        task.done.connect(lambda written: self._written(records, *written))
        task.failed.connect(lambda _error, _trace: self.message.emit(wording.history_not_written()))

    def _written(self, records: list[FetchRecord], ids: list[int], page: HistoryPage) -> None:
        for fetch_id, record in zip(ids, records, strict=True):
            record.history_id = fetch_id
            self._recent[fetch_id] = record
        while len(self._recent) > RECENT_KEPT:
            self._recent.pop(next(iter(self._recent)))
        self.panel.show_page(page)
        self.panel.select_newest()
        self.changed.emit()

    @Slot(int)
    def select(self, fetch_id: int) -> None:
        recent = self._recent.get(fetch_id)
        if recent is not None:
            self.entryLoaded.emit(recent)
            return
        if self.store is None:
            return
        from tiket_gui.core.history import load_for_display  # noqa: PLC0415

        task = self.runner.submit(partial(load_for_display, self.store, fetch_id))
        task.done.connect(self._loaded)

    def _loaded(self, record: FetchRecord | None) -> None:
        if record is None:
            self.message.emit(wording.history_entry_gone())
            return
        self.entryLoaded.emit(record)

    @Slot(int)
    def _rerun(self, fetch_id: int) -> None:
        summary: HistorySummary | None = self.panel.model.summary_for(fetch_id)
        if summary is not None:
            self.rerunRequested.emit(summary)
            self.message.emit(
                translate(
                    "history_controller",
                    "Request filled from the history: check the secret and press Fetch.",
                )
            )

    @Slot(int)
    def delete(self, fetch_id: int) -> None:
        if self.store is not None:
            self.store.delete(fetch_id)
            self._recent.pop(fetch_id, None)
            self.panel.refresh()
            self.message.emit(translate("history_controller", "History entry deleted."))

    @Slot()
    def clear(self) -> None:
        if self.store is None:
            return
        answer = QMessageBox.question(
            self.window,
            translate("history_controller", "Clear history"),
            translate(
                "history_controller", "Delete every entry of the history? This cannot be undone."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._unwritten.clear()
            self.store.clear()
            self._recent.clear()
            self.panel.refresh()
            self.message.emit(translate("history_controller", "History cleared."))

    @Slot(bool)
    def _keep_toggled(self, keep: bool) -> None:
        self.settings.keep_history = keep
        self.settingsChanged.emit()
        self.message.emit(
            translate("history_controller", "Fetches are recorded in the history.")
            if keep
            else translate(
                "history_controller",
                "Fetches are no longer recorded; the history so far is kept until you clear it.",
            )
        )

    @Slot()
    def edit_retention(self) -> None:
        settings = self.settings
        count, accepted = QInputDialog.getInt(
            self.window,
            translate("history_controller", "History retention"),
            translate("history_controller", "Keep at most this many entries (0: no limit):"),
            settings.history_max_count,
            0,
            1_000_000,
        )
        if not accepted:
            return
        days, accepted = QInputDialog.getInt(
            self.window,
            translate("history_controller", "History retention"),
            translate("history_controller", "Delete entries older than this many days (0: never):"),
            settings.history_max_days,
            0,
            36500,
        )
        if not accepted:
            return
        settings.history_max_count = count
        settings.history_max_days = days
        self.settingsChanged.emit()
        if self.store is not None:
            removed = self._retention().apply(self.store)
            self.panel.refresh()
            entries = wording.count_of(
                removed,
                translate("history_controller", "{count} old entry"),
                translate("history_controller", "{count} old entries"),
            )
            self.message.emit(
                translate("history_controller", "Retention set; {entries} removed.").format(
                    entries=entries
                )
            )
