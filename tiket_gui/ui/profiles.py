"""The Profiles menu: save, rename, delete, switch (Ctrl+1..9), import and export; and the
"remember the secret in the keychain" choice, which works through core.secrets only."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from tiket_gui.core import secrets, wording
from tiket_gui.core.errors import InputError
from tiket_gui.core.profiles import Profile, profiles_from_json, profiles_to_json, unique_name
from tiket_gui.core.settings import Settings, write_atomically
from tiket_gui.ui.i18n import translate
from tiket_gui.ui.request_panel import RequestPanel
from tiket_gui.ui.workers import BackgroundRunner

if TYPE_CHECKING:
    from collections.abc import Callable


class ProfilesController(QObject):
    """Signals:
    message(str): a sentence for the status bar.
    changed(): profiles or the active one changed; settings should be saved.
    """

    message = Signal(str)
    changed = Signal()

    def __init__(
        self,
        window: QWidget,
        panel: RequestPanel,
        settings: Settings,
        runner: BackgroundRunner,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.settings = settings
        self.runner = runner
        self.keychain = secrets.KeychainStatus(
            False, translate("profiles", "Looking for the system keychain…")
        )
        self.profiles: list[Profile] = []
        for data in settings.profiles:
            try:
                self.profiles.append(Profile.from_json(data))
            except InputError:
                continue  # a hand-edited entry that no longer reads: skip it, keep the rest
        self.menu = QMenu(translate("profiles", "&Profiles"), window)
        self.menu.aboutToShow.connect(self.rebuild_menu)
        panel.rememberToggled.connect(self._remember_toggled)
        self.rebuild_menu()
        self._update_remember()
        self._probing = False
        # keyring takes ~170 ms and ~20 MiB to load and probes D-Bus: only once a profile
        # exists (the secret is remembered per profile), and after the first paint
        QTimer.singleShot(400, self.probe_keychain)

    @Slot()
    def probe_keychain(self) -> None:
        if self._probing or self.active is None:
            return
        self._probing = True
        task = self.runner.submit(secrets.keychain_status)
        task.done.connect(self._keychain_found)

    @property
    def active(self) -> Profile | None:
        return next((p for p in self.profiles if p.name == self.settings.active_profile), None)

    # -- menu -----------------------------------------------------------------------------------

    @Slot()
    def rebuild_menu(self) -> None:
        menu = self.menu
        menu.clear()
        self._add(menu, translate("profiles", "&Save current as…"), self.save_current)
        rename = self._add(menu, "&Rename…", self.rename_active)
        delete = self._add(menu, "&Delete", self.delete_active)
        rename.setEnabled(self.active is not None)
        delete.setEnabled(self.active is not None)
        menu.addSeparator()
        if not self.profiles:
            empty = menu.addAction(translate("profiles", "No profiles yet"))
            empty.setEnabled(False)
        for index, profile in enumerate(self.profiles):
            action = menu.addAction(profile.name)
            action.setCheckable(True)
            action.setChecked(profile.name == self.settings.active_profile)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.switch_to_index(i))
        menu.addSeparator()
        self._add(menu, "&Import…", self.import_profiles)
        self._add(menu, "&Export…", self.export_profiles)

    def _add(self, menu: QMenu, text: str, slot: Callable[[], None]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        return action

    # -- switching ------------------------------------------------------------------------------

    def switch_to_index(self, index: int) -> None:
        if 0 <= index < len(self.profiles):
            self.switch_to(self.profiles[index])

    def switch_to(self, profile: Profile) -> None:
        panel = self.panel
        panel.apply_profile(profile)
        self.settings.active_profile = profile.name
        self.probe_keychain()
        self._update_remember()
        self.message.emit(
            translate("profiles", "Profile {name!r} in use.").format(name=profile.name)
        )
        if profile.remember_secret and self.keychain.available:
            task = self.runner.submit(lambda: secrets.recall_secret(profile.name))
            task.done.connect(lambda found: self._secret_recalled(profile.name, found))
            task.failed.connect(self._keychain_failed)
        self.changed.emit()

    def _secret_recalled(self, name: str, found: object) -> None:
        if name == self.settings.active_profile and isinstance(found, str) and found:
            self.panel.set_secret(found)
            self.message.emit(
                translate("profiles", "Secret for {name!r} taken from the system keychain.").format(
                    name=name
                )
            )

    # -- editing --------------------------------------------------------------------------------

    @Slot()
    def save_current(self) -> None:
        suggested = self.settings.active_profile or self.panel.partner()[1]
        name, accepted = QInputDialog.getText(
            self.window,
            translate("profiles", "Save profile"),
            translate("profiles", "Profile name:"),
            text=suggested,
        )
        name = name.strip()
        if not accepted or not name:
            return
        profile = self.panel.current_profile(name)
        existing = next((p for p in self.profiles if p.name == name), None)
        if existing is not None:
            profile.remember_secret = existing.remember_secret
            self.profiles[self.profiles.index(existing)] = profile
        else:
            self.profiles.append(profile)
        self.settings.active_profile = name
        self._store()
        self.message.emit(
            translate("profiles", "Profile {name!r} saved (without the secret).").format(name=name)
        )

    @Slot()
    def rename_active(self) -> None:
        profile = self.active
        if profile is None:
            return
        name, accepted = QInputDialog.getText(
            self.window,
            translate("profiles", "Rename profile"),
            translate("profiles", "New name:"),
            text=profile.name,
        )
        name = name.strip()
        if not accepted or not name or name == profile.name:
            return
        name = unique_name(name, {p.name for p in self.profiles})
        old = profile.name
        profile.name = name
        self.settings.active_profile = name
        if profile.remember_secret and self.keychain.available:
            self.runner.submit(lambda: _move_secret(old, name)).failed.connect(
                self._keychain_failed
            )
        self._store()
        self.message.emit(
            translate("profiles", "Profile {old!r} is now {name!r}.").format(old=old, name=name)
        )

    @Slot()
    def delete_active(self) -> None:
        profile = self.active
        if profile is None:
            return
        answer = QMessageBox.question(
            self.window,
            translate("profiles", "Delete profile"),
            translate("profiles", "Delete the profile {name!r}?").format(name=profile.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.profiles.remove(profile)
        self.settings.active_profile = ""
        if profile.remember_secret and self.keychain.available:
            self.runner.submit(lambda: secrets.forget_secret(profile.name)).failed.connect(
                self._keychain_failed
            )
        self._store()
        self._update_remember()
        self.message.emit(
            translate("profiles", "Profile {name!r} deleted.").format(name=profile.name)
        )

    @Slot()
    def import_profiles(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("profiles", "Import profiles"),
            "",
            translate("profiles", "Profiles (*.json);;All files (*)"),
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> int:
        try:
            imported = profiles_from_json(path.read_text(encoding="utf-8"))
        except OSError as error:
            self.message.emit(
                wording.could_not_read(str(path), error, translate("profiles", "Check the file."))
            )
            return 0
        except UnicodeDecodeError:
            self.message.emit(wording.not_text(str(path)))
            return 0
        except InputError as error:
            self.message.emit(f"{path.name}: {error.message}")
            return 0
        taken = {p.name for p in self.profiles}
        for profile in imported:
            profile.name = unique_name(profile.name, taken)
            profile.remember_secret = False  # a keychain entry does not travel with the file
            taken.add(profile.name)
            self.profiles.append(profile)
        self._store()
        self.message.emit(
            translate("profiles", "Imported {profiles} from {name}.").format(
                profiles=profiles_count(len(imported)), name=path.name
            )
        )
        return len(imported)

    @Slot()
    def export_profiles(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("profiles", "Export profiles"),
            "tiket-gui-profiles.json",
            translate("profiles", "Profiles (*.json)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        try:
            write_atomically(path, profiles_to_json(self.profiles))
        except OSError as error:
            self.message.emit(wording.could_not_write(str(path), error))
            return
        profiles = profiles_count(len(self.profiles))
        self.message.emit(
            translate("profiles", "Exported {profiles} to {path} (no secrets).").format(
                profiles=profiles, path=path
            )
        )

    def _store(self) -> None:
        self.settings.profiles = [asdict(p) for p in self.profiles]
        self.rebuild_menu()
        self.probe_keychain()
        self._update_remember()
        self.changed.emit()

    # -- the keychain ---------------------------------------------------------------------------

    def _keychain_found(self, status: object) -> None:
        if isinstance(status, secrets.KeychainStatus):
            self.keychain = status
        self._update_remember()

    def _update_remember(self) -> None:
        profile = self.active
        checked = bool(profile and profile.remember_secret and self.keychain.available)
        if profile is None:
            tip = translate(
                "profiles",
                "Save a profile first (Profiles menu): the secret is remembered per "
                "profile, in the system keychain.",
            )
        elif not self.keychain.available:
            tip = self.keychain.reason
        else:
            tip = translate(
                "profiles",
                "Keep the secret of {name!r} in the system keychain ({keychain}), never in a file.",
            ).format(name=profile.name, keychain=self.keychain.backend.rsplit(".", 1)[-1])
        self.panel.set_remember(checked, profile is not None and self.keychain.available, tip)

    @Slot(bool)
    def _remember_toggled(self, on: bool) -> None:
        profile = self.active
        if profile is None or not self.keychain.available:
            return
        profile.remember_secret = on
        secret = self.panel.secret()
        name = profile.name
        if on and secret:
            task = self.runner.submit(lambda: secrets.remember_secret(name, secret))
            task.done.connect(
                lambda _: self.message.emit(
                    translate("profiles", "Secret of {name!r} kept in the keychain.").format(
                        name=name
                    )
                )
            )
            task.failed.connect(self._keychain_failed)
        elif not on:
            self.runner.submit(lambda: secrets.forget_secret(name)).failed.connect(
                self._keychain_failed
            )
        self._store()

    def remember_after_fetch(self, secret: str) -> None:
        """A secret that just worked is what the keychain should hold."""
        profile = self.active
        if profile is not None and profile.remember_secret and self.keychain.available and secret:
            self.runner.submit(
                lambda: secrets.remember_secret(profile.name, secret)
            ).failed.connect(self._keychain_failed)

    def _keychain_failed(self, error: BaseException, _trace: str) -> None:
        self.message.emit(wording.keychain_failure(error))


def _move_secret(old: str, new: str) -> None:
    found = secrets.recall_secret(old)
    if found:
        secrets.remember_secret(new, found)
        secrets.forget_secret(old)


def profiles_count(count: int) -> str:
    return wording.count_of(
        count, translate("profiles", "{count} profile"), translate("profiles", "{count} profiles")
    )
