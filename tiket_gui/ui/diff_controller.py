"""Comparing any two answers of a call: the one shown with the one before it, two history
entries, an opened or pasted answer with the one shown. The trees are compared on a worker."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from tiket_gui.core import wording
from tiket_gui.core.diff import Diff, Side, changed_lines, diff, diff_csv, diff_markdown
from tiket_gui.core.formats import Format
from tiket_gui.core.i18n import clock, date_and_clock
from tiket_gui.core.outcome import FetchRecord, read_saved
from tiket_gui.core.settings import Settings, write_atomically
from tiket_gui.ui.answer_controller import AnswerController
from tiket_gui.ui.diff_view import DiffView
from tiket_gui.ui.history_controller import HistoryController
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.workers import BackgroundRunner

if TYPE_CHECKING:
    from tiket_gui.core.environments import Environment
    from tiket_gui.core.history import HistoryStore
    from tiket_gui.ui.fetch_controller import FetchController

log = logging.getLogger("tiket_gui.ui")


class Compared(NamedTuple):
    """What a worker made of two records: the diff, and what the view shows of each."""

    diff: Diff
    labels: tuple[str, str]
    texts: tuple[str, str]
    marks: tuple[list[int], list[int]]


class DiffController(QObject):
    """Owns the two records compared last, so that setting more or less aside compares them
    again.

    Signals:
    compared(object): the Diff, once shown in the view.
    message(str): a sentence for the status bar.
    """

    compared = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        view: DiffView,
        *,
        answer: AnswerController,
        history: HistoryController,
        settings: Settings,
        runner: BackgroundRunner,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.view = view
        self.answer = answer
        self.history = history
        self.settings = settings
        self.runner = runner
        self.window = window
        self.pair: tuple[FetchRecord, FetchRecord] | None = None
        # a comparison of two environments under way: the other one, the token it takes,
        # the first environment's answer once it is in, and the fetch waited for
        self._across: tuple[Environment, str, FetchRecord | None, FetchRecord] | None = None
        view.set_ignored(settings.diff_volatile, list(settings.diff_ignore))
        view.settingsChanged.connect(self._settings_changed)
        view.exportRequested.connect(self.export)

    # -- what can be compared -------------------------------------------------------------------

    @Slot()
    def compare_with_previous(self) -> None:
        """The answer shown with the one before it of the same call and partner."""
        shown, store = self.answer.shown, self.history.store
        if shown is None:
            self.message.emit(
                translate("diff_controller", "There is no answer to compare yet: fetch one first.")
            )
            return
        if store is None:
            self.message.emit(wording.history_not_opened())
            return
        self.view.show_pending(
            translate("diff_controller", "Looking for the answer before this one…")
        )
        task = self.runner.submit(partial(_previous, store, shown))
        task.done.connect(partial(self._previous_found, shown))
        task.failed.connect(self._failed)

    def _previous_found(self, shown: FetchRecord, previous: FetchRecord | None) -> None:
        if previous is None:
            self.message.emit(
                translate(
                    "diff_controller",
                    "The history has no {title} of this partner before this one: fetch it "
                    "again later, or compare two entries of the history.",
                ).format(title=shown.call.title)
            )
            self.view.show_pending("")
            return
        self.compare(previous, shown)

    def compare_entries(self, first: int, second: int) -> None:
        """Two history entries, the older on the left."""
        store = self.history.store
        if store is None:
            return
        task = self.runner.submit(partial(_two_entries, store, first, second))
        task.done.connect(self._entries_loaded)
        task.failed.connect(self._failed)

    def _entries_loaded(self, pair: tuple[FetchRecord | None, FetchRecord | None]) -> None:
        older, newer = pair
        if older is None or newer is None:
            self.message.emit(wording.history_entry_gone())
            return
        self.compare(older, newer)

    @Slot()
    def compare_with_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("diff_controller", "Compare with a saved answer"),
            "",
            translate("diff_controller", "Answers (*.json *.xml *.txt *.log);;All files (*)"),
        )
        if path:
            self.compare_with_body(lambda: Path(path).read_bytes(), Path(path).name)

    @Slot()
    def compare_with_clipboard(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.message.emit(
                translate("diff_controller", "The clipboard holds no text to compare with.")
            )
            return
        body = text.encode("utf-8")
        self.compare_with_body(lambda: body, "the clipboard")

    def compare_with_body(self, read: Callable[[], bytes], name: str) -> None:
        """An answer from a file or the clipboard (on the right) with the one shown."""
        shown = self.answer.shown
        if shown is None:
            self.message.emit(
                translate(
                    "diff_controller",
                    "There is no answer shown to compare with: fetch or open one.",
                )
            )
            return
        task = self.runner.submit(partial(_read_other, read, name))
        task.done.connect(partial(self._other_read, shown))
        task.failed.connect(
            lambda error, _trace: self.message.emit(
                wording.could_not_read(name, error)
                if isinstance(error, OSError)
                else wording.unreadable_file(name)
            )
        )

    def _other_read(self, shown: FetchRecord, other: FetchRecord) -> None:
        outcome = other.primary()
        if outcome is None or outcome.parsed is None:
            error = outcome.error.message if outcome and outcome.error else ""
            self.message.emit(
                translate(
                    "diff_controller", "{base_url} could not be read, so not compared. {error}"
                ).format(base_url=other.base_url, error=error)
            )
            return
        self.compare(shown, other)

    def compare_environments(
        self, fetcher: FetchController, other: Environment, token: str
    ) -> None:
        """The form's call fetched here, then in `other` (with `token`, for a call that
        takes one), and the two answers compared."""
        fetcher.fetch()
        self._across = (other, token, None, fetcher.current) if fetcher.current else None

    def fetched(self, fetcher: FetchController, record: FetchRecord) -> None:
        """A fetch ended; the second half of a comparison of two environments follows."""
        if self._across is None:
            return
        other, token, first, waited = self._across
        if record is not waited:
            return  # another fetch's answer, not one of the two
        if first is None:
            call = record.call if record.call.takes_token else None
            fetcher.fetch_as(call=call, token=token, where=other)
            second = fetcher.current
            self._across = (other, token, record, second) if second is not None else None
            return
        self._across = None
        self.compare(first, record)

    # -- comparing ------------------------------------------------------------------------------

    def compare(self, left: FetchRecord, right: FetchRecord) -> None:
        self.pair = (left, right)
        self.view.show_pending(translate("diff_controller", "Comparing…"))
        volatile, extra = self.view.volatile_check.isChecked(), self.view.ignored_paths()
        preferred = self.answer.pane.preferred_format()
        task = self.runner.submit(partial(_compare, left, right, volatile, extra, preferred))
        task.done.connect(partial(self._done, left, right))
        task.failed.connect(self._failed)

    def _done(self, left: FetchRecord, right: FetchRecord, made: Compared | None) -> None:
        if self.pair != (left, right):
            return  # a newer comparison was asked for meanwhile
        if made is None:
            self.message.emit(
                translate(
                    "diff_controller",
                    "One of the two answers could not be read, so they were not compared.",
                )
            )
            self.view.show_pending("")
            return
        summary = wording.diff_summary(made.diff, *made.labels)
        headline = wording.diff_headline(made.diff, *made.labels)
        self.view.show_diff(made.diff, made.labels, made.texts, headline, summary)
        self.view.mark_lines(*made.marks)
        self.message.emit(summary)
        self.compared.emit(made.diff)

    def _failed(self, _error: BaseException, trace: str) -> None:
        log.error("comparing two answers failed: %s", trace)
        self.view.show_pending("")
        self.message.emit(
            wording.background_failure(translate("diff_controller", "Comparing the two answers"))
        )

    @Slot()
    def _settings_changed(self) -> None:
        self.settings.diff_volatile = self.view.volatile_check.isChecked()
        self.settings.diff_ignore = self.view.ignored_paths()
        if self.pair is not None:
            self.compare(*self.pair)

    @Slot(str)
    def export(self, kind: str) -> None:
        found = self.view.diff
        if found is None:
            return
        name = "differences.md" if kind == "md" else "differences.csv"
        filters = "Markdown (*.md)" if kind == "md" else "CSV (*.csv)"
        path, _ = QFileDialog.getSaveFileName(
            self.window, translate("diff_controller", "Save the differences"), name, filters
        )
        if path:
            self.write_export(Path(path), kind)

    def write_export(self, path: Path, kind: str) -> None:
        found = self.view.diff
        if found is None:
            return
        left, right = self.view.model.sides
        text = diff_markdown(found, left, right) if kind == "md" else diff_csv(found)
        try:
            write_atomically(path, text)
        except OSError as error:
            self.message.emit(wording.could_not_write(path.name, error))
            return
        self.message.emit(translate("diff_controller", "Saved {path}.").format(path=path))


def _side(record: FetchRecord, preferred: Format | None) -> tuple[Side, str] | None:
    outcome = record.primary(preferred)
    if outcome is None or outcome.parsed is None:
        return None
    today = record.fetched_at.date() == datetime.now().astimezone().date()
    when = clock(record.fetched_at) if today else date_and_clock(record.fetched_at)
    where = record.base_url if record.source == "file" else f"{record.environment} {when}"
    label = f"{where} ({outcome.format.title})"
    return Side(outcome.parsed.tree, outcome.format, record.call, label), outcome.pretty_text or ""


def _compare(
    left: FetchRecord,
    right: FetchRecord,
    volatile: bool,
    extra: list[str],
    preferred: Format | None,
) -> Compared | None:
    """On a worker: the trees compared, and the changed lines of the two pretty bodies."""
    sides = [_side(left, preferred), _side(right, preferred)]
    if sides[0] is None or sides[1] is None:
        return None
    (left_side, left_text), (right_side, right_text) = sides[0], sides[1]
    found = diff(left_side, right_side, volatile=volatile, extra=extra)
    marks = changed_lines(left_text, right_text)
    return Compared(found, (left_side.label, right_side.label), (left_text, right_text), marks)


def _previous(store: HistoryStore, shown: FetchRecord) -> FetchRecord | None:
    from tiket_gui.core.history import load_for_display  # noqa: PLC0415

    fetch_id = store.previous(shown)
    return load_for_display(store, fetch_id) if fetch_id is not None else None


def _two_entries(
    store: HistoryStore, first: int, second: int
) -> tuple[FetchRecord | None, FetchRecord | None]:
    from tiket_gui.core.history import load_for_display  # noqa: PLC0415

    one, two = load_for_display(store, first), load_for_display(store, second)
    if one is not None and two is not None and two.fetched_at < one.fetched_at:
        one, two = two, one
    return one, two


def _read_other(read: Callable[[], bytes], name: str) -> FetchRecord:
    return read_saved(read(), name)
