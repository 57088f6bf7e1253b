"""Answers in and out: open a saved answer, paste or drop one, the docs' samples, reports, and
the request copied as cURL or Python."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tiket_gui.core import wording
from tiket_gui.core.outcome import FetchRecord, read_saved
from tiket_gui.core.redact import scrub
from tiket_gui.core.settings import write_atomically
from tiket_gui.ui.answer_controller import AnswerController
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.request_panel import RequestPanel
from tiket_gui.ui.workers import BackgroundRunner

log = logging.getLogger("tiket_gui.ui")

SAMPLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "samples"
OPEN_LIMIT_BYTES = 50 * 1024 * 1024
REPORT_KINDS = {"md": "Markdown (*.md)", "html": "HTML (*.html)", "csv": "CSV (*.csv)"}


class FilesController(QObject):
    """Signals:
    opened(object): a FetchRecord read from a file, the clipboard or a drop, to be shown.
    message(str): a sentence for the status bar.
    """

    opened = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        panel: RequestPanel,
        answer: AnswerController,
        runner: BackgroundRunner,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.answer = answer
        self.runner = runner

    @staticmethod
    def samples() -> list[Path]:
        return sorted(SAMPLES_DIR.glob("getToken.*"))

    # -- reading answers ------------------------------------------------------------------------

    @Slot()
    def open_response(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("files_controller", "Open a saved answer"),
            "",
            translate("files_controller", "Answers (*.json *.xml *.txt *.log);;All files (*)"),
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        try:
            size = path.stat().st_size
        except OSError as error:
            self.message.emit(wording.could_not_read(str(path), error))
            return
        if size > OPEN_LIMIT_BYTES:
            self.message.emit(wording.too_big_to_open(path.name, size, OPEN_LIMIT_BYTES))
            return
        # read on the worker too: 10 MB held the GUI thread ~5 ms, a slow disk far longer
        self._read(lambda: read_saved(path.read_bytes(), path.name), str(path))

    @Slot()
    def paste_response(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.message.emit(
                translate("files_controller", "The clipboard holds no text to read as an answer.")
            )
            return
        self.open_bytes(text.encode("utf-8"), "the clipboard")

    def open_bytes(self, body: bytes, name: str) -> None:
        self._read(lambda: read_saved(body, name), name)

    def can_take(self, data: QMimeData) -> bool:
        return data.hasUrls() or data.hasText()

    def take_drop(self, data: QMimeData) -> None:
        files = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
        if files:
            self.open_path(Path(files[0]))
        elif data.hasText():
            self.open_bytes(
                data.text().encode("utf-8"), translate("files_controller", "the dropped text")
            )

    def _read(self, read: Callable[[], FetchRecord], name: str) -> None:
        task = self.runner.submit(read)
        task.done.connect(self.opened.emit)
        task.failed.connect(lambda error, trace: self._not_read(name, error, trace))

    def _not_read(self, name: str, error: BaseException, trace: str) -> None:
        if isinstance(error, OSError):
            self.message.emit(wording.could_not_read(name, error))
            return
        log.error("opening %s failed: %s", name, scrub(trace, self.panel.secret()))
        self.message.emit(wording.unreadable_file(name))

    # -- writing them out -----------------------------------------------------------------------

    def copy_request(self, kind: str, *, reveal: bool = False) -> None:
        requests, problems = self.panel.build_requests()
        blocking = [p for p in problems if p.field != "secret_key" or reveal]
        if not requests or blocking:
            self.message.emit(
                (blocking or problems)[0].message
                if (blocking or problems)
                else translate("files_controller", "Nothing to copy.")
            )
            return
        if reveal:
            answer = QMessageBox.warning(
                self.window,
                translate("files_controller", "Copy with the real secret"),
                translate(
                    "files_controller",
                    "The copied text will contain your secret key in plain text. Anyone who "
                    "sees it can get tokens as you. Copy it anyway?",
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        from tiket_gui.core.export import as_python  # noqa: PLC0415  (used on demand)

        request = requests[0]
        text = (
            request.as_curl(reveal_secret=reveal)
            if kind == "curl"
            else as_python(request, reveal_secret=reveal)
        )
        QGuiApplication.clipboard().setText(text)
        what = (
            translate("files_controller", "cURL line")
            if kind == "curl"
            else translate("files_controller", "Python snippet")
        )
        self.message.emit(
            translate(
                "files_controller",
                "{what} copied with the real secret: paste it only where it is safe.",
            ).format(what=what)
            if reveal
            else translate(
                "files_controller", "{what} copied; it reads the secret from $TIKET_SECRET_KEY."
            ).format(what=what)
        )

    def save_report(self, kind: str) -> None:
        record = self.answer.shown
        if record is None:
            self.message.emit(
                translate(
                    "files_controller", "There is no answer to save yet: fetch or open one first."
                )
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("files_controller", "Save"),
            f"{record.call.name}-{record.fetched_at:%Y%m%d-%H%M%S}.{kind}",
            REPORT_KINDS[kind],
        )
        if path:
            self.write_report(Path(path), kind, record)

    def write_report(self, path: Path, kind: str, record: FetchRecord) -> None:
        from tiket_gui.core.export import (  # noqa: PLC0415  (used on demand)
            compare_csv,
            report_html,
            report_markdown,
        )

        render = {"md": report_markdown, "html": report_html, "csv": compare_csv}[kind]
        try:
            write_atomically(path, render(record))
        except OSError as error:
            self.message.emit(wording.could_not_write(path.name, error))
            return
        self.message.emit(translate("files_controller", "Saved {path}.").format(path=path))
