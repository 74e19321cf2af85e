"""Rolling backups of the data file, made with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
from contextlib import closing
from pathlib import Path

from tether.fs.digests import sha256
from tether.i18n import translate
from tether.store.connection import connect_readonly, describe
from tether.store.errors import StoreError
from tether.store.files import (
    free_stamped_name,
    move_without_replacing,
    stamped_key,
    sync_folder,
)
from tether.store.nofollow import is_link, private_subdir, refuse_link
from tether.store.records import Clock
from tether.store.repair.salvage import read_snapshot
from tether.store.repair.snapshot import TABLE_COLUMNS, Snapshot
from tether.store.schema import SCHEMA_VERSION, read_state

BACKUP_DIR_NAME = "backups"
BACKUP_GENERATIONS = 5


def list_backups(data_dir: Path) -> list[Path]:
    """Return the backups in ``<data_dir>/backups``, newest first (by their names).

    Only regular files count, and only in a real folder: a ``backups`` link leads to
    another folder, whose files are not Tether's to read back or to prune, and a
    link with a backup's name is not a backup.
    """
    folder = data_dir / BACKUP_DIR_NAME
    if is_link(folder):
        return []
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    keyed = [(key, entry) for entry in entries if (key := stamped_key(entry)) is not None]
    return [entry for _, entry in sorted(keyed, reverse=True) if _is_regular_file(entry)]


def _is_regular_file(path: Path) -> bool:
    """A file itself, not a link to one (``Path.is_file`` follows links)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def content_digest(conn: sqlite3.Connection) -> str:
    """A hash of every row (and the data version): equal digests, equal data."""
    digest = sha256()
    version, _ = read_state(conn)
    digest.update(f"version {version}\n".encode())
    present = {str(name) for (name,) in conn.execute("SELECT name FROM sqlite_master")}
    for table, columns in TABLE_COLUMNS.items():
        if table not in present:
            continue
        digest.update(f"table {table}\n".encode())
        for row in conn.execute(f"SELECT rowid, {columns} FROM {table} ORDER BY rowid"):
            digest.update(repr(tuple(row)).encode("utf-8", errors="surrogatepass") + b"\n")
    return digest.hexdigest()


def newest_good_backup(data_dir: Path, deadline: float) -> tuple[Path, Snapshot] | None:
    """The newest backup that passes ``quick_check``, with its rows; None if none does."""
    for candidate in list_backups(data_dir):
        try:
            with closing(connect_readonly(candidate, immutable=True)) as conn:
                if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                    continue
                if not 1 <= read_state(conn)[0] <= SCHEMA_VERSION:
                    continue
                return candidate, read_snapshot(conn, deadline)
        except sqlite3.Error:
            continue
    return None


class RollingBackups:
    """The backups of one data folder, and what the newest of them holds.

    A backup is only made when the data differs from the newest backup. Two tests
    keep this cheap on the GUI thread:

    * within a session, ``total_changes`` (this connection's writes) and
      ``PRAGMA data_version`` (other connections' commits) are compared with their
      values at the last backup; if neither moved, nothing is read at all;
    * otherwise (and at the first call after a start) a SHA-256 of all rows is
      compared with the same hash of the newest backup file (remembered per file
      size and modification time). Only if they differ is a backup written.

    So an idle timer costs two pragmas, and restarting Tether without changing
    anything does not push an older generation out.
    """

    def __init__(self, data_dir: Path, clock: Clock, generations: int = BACKUP_GENERATIONS):
        self._data_dir = data_dir
        self._folder = data_dir / BACKUP_DIR_NAME
        self._clock = clock
        self._generations = generations
        self._marker: tuple[int, int] | None = None
        self._last: Path | None = None
        self._digests: dict[Path, tuple[int, int, str]] = {}

    def back_up(self, conn: sqlite3.Connection, live: Path) -> Path:
        """Back up the database open on ``conn`` (the file ``live``); return the backup.

        Returns the newest existing backup instead when the data is unchanged.
        Keeps the newest ``generations`` backups and deletes older ones (backups
        only: never the live file, never other files). A ``backups`` folder that is
        a symbolic link is refused (LinkRefusedError, a StoreError): nothing is written,
        changed or deleted in the folder it points to. Raises StoreError.
        """
        refuse_link(self._folder)
        try:
            return self._back_up(conn, live)
        except (OSError, sqlite3.Error) as exc:
            reason = describe(live, exc)
            raise StoreError(
                translate(
                    "DataFile", "Tether could not make a backup in {folder}. {reason}"
                ).format(folder=self._folder, reason=reason)
            ) from exc

    def _back_up(self, conn: sqlite3.Connection, live: Path) -> Path:
        marker = (conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0]))
        if marker == self._marker and self._last is not None and self._last.is_file():
            return self._last
        # One read transaction: the hash and the copy see the same snapshot.
        conn.execute("BEGIN")
        try:
            digest = content_digest(conn)
            newest = next(iter(list_backups(self._data_dir)), None)
            if newest is not None and self._digest_of(newest) == digest:
                target = newest
            else:
                target = self._write(conn)
                self._remember(target, digest)
        finally:
            conn.execute("COMMIT")
        if target != newest:
            self._prune(keep=target, live=live)
        self._marker, self._last = marker, target
        return target

    def _write(self, conn: sqlite3.Connection) -> Path:
        """Copy the database into a new backup file (0600, in a 0700 folder)."""
        private_subdir(self._folder)
        fd, name = tempfile.mkstemp(prefix=".tether-", suffix=".partial", dir=self._folder)
        os.close(fd)
        partial = Path(name)  # mkstemp makes it 0600
        try:
            with closing(sqlite3.connect(partial, isolation_level=None)) as dest:
                conn.backup(dest)
                # A self-contained file: opening it never needs -wal/-shm files.
                dest.execute("PRAGMA journal_mode = DELETE")
            while True:
                target = free_stamped_name(self._folder, self._clock())
                try:
                    move_without_replacing(partial, target)
                    break
                except FileExistsError:
                    continue  # another Tether took the name just now
            sync_folder(self._folder)
            return target
        finally:
            partial.unlink(missing_ok=True)  # only our own unfinished copy

    def _prune(self, keep: Path, live: Path) -> None:
        """Delete backups beyond the newest ``generations`` (never ``keep``)."""
        others = [path for path in list_backups(self._data_dir) if path != keep]
        for old in others[self._generations - 1 :]:
            if old.resolve() == live.resolve():
                continue  # cannot happen by name; a guard all the same
            old.unlink(missing_ok=True)
            self._digests.pop(old, None)

    def _remember(self, path: Path, digest: str) -> None:
        stat = path.stat()
        self._digests[path] = (stat.st_size, stat.st_mtime_ns, digest)

    def _digest_of(self, path: Path) -> str | None:
        """The content hash of a backup file; None if it cannot be read."""
        stat = path.stat()
        known = self._digests.get(path)
        if known is not None and known[:2] == (stat.st_size, stat.st_mtime_ns):
            return known[2]
        try:
            with closing(connect_readonly(path, immutable=True)) as conn:
                digest = content_digest(conn)
        except sqlite3.Error:
            return None
        self._digests[path] = (stat.st_size, stat.st_mtime_ns, digest)
        return digest
