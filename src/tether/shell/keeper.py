"""The data file while Tether runs: opened with a check, backed up, and kept in place.

* At start the file is opened with :func:`tether.store.open_store`, which checks it and
  recovers a damaged one; :func:`recovery_text` says what happened, for a dialog or
  for stderr.
* Rolling backups (:meth:`Store.back_up`) are made a few seconds after the window is
  shown (so the first paint is not slowed), every ten minutes, and at quit.
* If the data folder or file disappears while Tether runs (deleted, moved away), the
  open connection still holds every row, and writes keep landing in it. The keeper
  notices within seconds, writes a backup from that connection into the re-created
  folder (0700), puts the file back from it, and reopens. If the folder cannot be
  made again (its parent is gone or read-only), it says so and tries every few
  seconds; nothing typed in the meantime is lost while Tether stays open.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QObject, QSettings, QTimer, Signal, Slot

from tether.i18n import translate
from tether.store import OpenedStore, RecoveryReport, Store, StoreError, open_store
from tether.store.paths import ensure_private_dir


class Timings(NamedTuple):
    """When the keeper acts, in milliseconds (tests use shorter ones)."""

    first_backup: int = 5_000  # after start(): well after the first paint
    backup_every: int = 10 * 60 * 1000
    check_every: int = 2_000  # is the data file still there?
    retry: int = 3_000  # putting a vanished file back, after a failure


DEFAULT_TIMINGS = Timings()


def recovery_text(report: RecoveryReport) -> str:
    """What happened to a damaged data file and where the old one is, in plain words."""
    kept = ", ".join(str(path) for path in report.kept_files) or str(report.damaged_path)
    return translate("DataKeeper", "{what}\n\nThe old file is kept, untouched, at: {kept}").format(
        what=report.message, kept=kept
    )


def make_private_file(path: Path) -> None:
    """Create ``path`` empty (0600) if missing, else set it to 0600; errors are ignored.

    For files other code writes (QSettings): Qt rewrites a settings file through a
    temporary file that keeps the old file's mode, so creating it 0600 first keeps it so.
    A link (or a folder) at ``path`` is left alone: its target is not Tether's.
    """
    from tether.store.nofollow import chmod_no_follow, is_link

    if is_link(path) or os.path.isdir(path):
        return
    try:
        # Non-blocking: a named pipe put there would otherwise hold the start forever.
        flags = os.O_WRONLY | os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
        os.close(os.open(path, flags, 0o600))
        chmod_no_follow(path, 0o600)
    except (OSError, StoreError):
        return


def make_settings_private(settings: QSettings) -> None:
    """Keep the settings file readable only by its owner, from its first write on."""
    make_private_file(Path(settings.fileName()))


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


class StoreKeeper(QObject):
    """Owns the open :class:`Store` while Tether runs; see the module's description.

    Signals: ``about_to_reopen`` (save everything now, into the store as it is),
    ``reopened_other_file`` (the file was replaced by another one: reload what is
    shown), ``failed`` (the data folder cannot be used; the message says why),
    ``settled`` (it can again), ``told`` (news for the status bar).
    """

    about_to_reopen = Signal()
    reopened_other_file = Signal()
    failed = Signal(str)
    settled = Signal()
    told = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        opened: OpenedStore,
        parent: Any = None,
        timings: Timings = DEFAULT_TIMINGS,
    ) -> None:
        super().__init__(parent)
        self._timings = timings
        self._data_dir = data_dir
        self._store = opened.store
        self.recovery = opened.recovery
        self._identity = _identity(self._store.path)
        self._copy: Path | None = None  # a backup written for a reopen that did not finish
        self._broken = False
        self._busy = False
        self._closed = False
        self._backup_timer = QTimer(self, interval=timings.backup_every)
        self._backup_timer.timeout.connect(self.back_up)
        self._check_timer = QTimer(self, interval=timings.check_every)
        self._check_timer.timeout.connect(self.check_file)

    @classmethod
    def open(
        cls, data_dir: Path, parent: Any = None, timings: Timings = DEFAULT_TIMINGS
    ) -> StoreKeeper:
        """Open (checking, and recovering if damaged) the data file in ``data_dir``."""
        return cls(data_dir, open_store(data_dir), parent, timings)

    @property
    def store(self) -> Store:
        """The open store (always the same object, even after a reopen)."""
        return self._store

    def start(self) -> None:
        """Begin backups and watching; call once the window is on screen."""
        QTimer.singleShot(self._timings.first_backup, self.back_up)
        self._backup_timer.start()
        self._check_timer.start()

    def is_at_risk(self) -> bool:
        """Whether the data folder is gone and what Tether holds is not yet back on disk."""
        return self._broken

    @Slot()
    def back_up(self) -> Path | None:
        """Make a rolling backup now; None (and ``told``) if it could not be made."""
        if self._broken or self._closed:
            return None
        try:
            return self._store.back_up()
        except StoreError as error:
            self.told.emit(translate("DataKeeper", "No backup made: {reason}").format(reason=error))
            return None

    @Slot()
    def check_file(self) -> None:
        """Reopen if the data file is no longer the one Tether has open."""
        if self._busy or (not self._broken and _identity(self._store.path) == self._identity):
            return
        self._busy = True
        try:
            self._reopen()
        finally:
            self._busy = False

    def close(self) -> None:
        """Put a vanished file back if it can, make a last backup, and close the store."""
        if self._closed:
            return
        self._check_timer.stop()
        self._backup_timer.stop()
        self.check_file()
        self.back_up()
        self._closed = True  # also stops a first backup still waiting on its timer
        self._store.close()

    def __enter__(self) -> StoreKeeper:
        """Use in a ``with`` block; :meth:`close` runs at its end."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close: last backup, then the file."""
        self.close()

    # -- a vanished or replaced data file ------------------------------------------------

    def _reopen(self) -> None:
        self.about_to_reopen.emit()
        path = self._store.path
        # A file at the path that is not ours (rather than no file): someone replaced it.
        replaced = not self._broken and os.path.lexists(path)
        from tether.store.files import copy_private  # only ever needed here

        try:
            if self._copy is None:
                self._copy = self._save_what_is_open(path)
            # Closing first: SQLite deletes the -wal/-shm files *by name* when its last
            # connection closes, and those names are about to belong to the new file.
            self._store.close()
            if not os.path.lexists(path):
                copy_private(self._copy, path)
            self._store.reopen()
        except (StoreError, OSError) as error:
            self._fail(error)
            return
        self._identity = _identity(path)
        self._broken, self._copy = False, None
        self._check_timer.setInterval(self._timings.check_every)
        self.settled.emit()
        if replaced:
            self.reopened_other_file.emit()
            self.told.emit(
                translate(
                    "DataKeeper",
                    "Tether's data file {file} was replaced while Tether was open. Tether now "
                    "uses the new file; what it had before is in the backups folder.",
                ).format(file=path)
            )
        else:
            self.told.emit(
                translate(
                    "DataKeeper",
                    "Tether's data folder {folder} was deleted or moved while Tether was "
                    "open. Tether made it again and put everything back.",
                ).format(folder=self._data_dir)
            )

    def _save_what_is_open(self, path: Path) -> Path:
        """Back up the still-open connection into the (re-created) data folder."""
        parent = self._data_dir.parent
        if not parent.is_dir():
            # Never rebuild a whole path: it may be a drive that is not plugged in.
            raise StoreError(
                translate(
                    "DataKeeper", "The folder {folder}, which holds Tether's data, is not there."
                ).format(folder=parent)
            )
        ensure_private_dir(self._data_dir)
        return self._store.back_up()

    def _fail(self, error: BaseException) -> None:
        self._broken = True
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self.failed.emit(
            translate(
                "DataKeeper", "Tether's data folder {folder} is gone or cannot be used ({reason})."
            ).format(folder=self._data_dir, reason=reason)
        )
        self._check_timer.setInterval(self._timings.retry)
