"""Back Up My Data and Restore: every reflection, tick and position in one file, and back.

The backup file is a standalone copy of Tether's data file (``tether.sqlite3``), made
with SQLite's online backup API: an SQLite 3 database in rollback-journal mode whose
``PRAGMA user_version`` is the data version, with the tables of
:mod:`tether.store.schema`. Any SQLite tool can read it.

Restoring merges the backup into the current data and never removes anything, with
the rules of :func:`tether.store.repair.snapshot.merge` (the same merge that recovery uses):
a reflection text the data lacks is added as one more row, so where both hold a
different text for the same section both are kept; for a tick or a reading position
the newer one wins. A rolling backup of the current data is made first.
"""

from __future__ import annotations

import copy
import os
import sqlite3
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from tether.fs import NotAFileError, check_target
from tether.i18n import translate
from tether.store.connection import (
    connect_readonly,
    describe,
    open_database,
    table_names,
    writing,
)
from tether.store.database import Store
from tether.store.errors import StoreError
from tether.store.files import copy_private, move_without_replacing, sync_folder
from tether.store.repair.salvage import read_snapshot, salvage_file
from tether.store.repair.snapshot import (
    CORE_TABLES,
    HISTORY_KEYS,
    RowCounts,
    Snapshot,
    merge,
    write,
)
from tether.store.restore_check import (
    check_backup_file,
    check_backup_lengths,
    check_backup_schema,
    check_wal,
    limit_lengths,
)
from tether.store.schema import check_state, read_state

# Reading a whole data file: generous, since a deadline cut short would miss rows.
READ_SECONDS = 120.0
# The columns that identify a row of each keyed table, as Snapshot keys them.
_KEYS = {
    "ticks": ("article_id", "sign_id"),
    "positions": ("article_id",),
    "sections_read": ("article_id", "section_id"),
    **HISTORY_KEYS,
}
# The Snapshot attribute that holds each keyed table's rows.
_ATTRIBUTES = {"reflection_versions": "versions"}


@dataclass(frozen=True, slots=True)
class TransferReport:
    """What a backup holds, or what a restore added, with a sentence for the reader."""

    path: Path
    held: RowCounts  # rows in the backup file
    added: RowCounts  # rows a restore added or brought up to date (zero for a backup)
    message: str


def back_up_to(store: Store, target: Path, *, replace: bool = False) -> TransferReport:
    """Write a copy of all the store's data to ``target`` (owner-only); raise StoreError.

    The copy is made beside ``target`` and renamed into place, so ``target`` is
    either the old file or a whole backup. Without ``replace`` an existing file is
    refused.
    """
    _refuse_special_target(target)
    if not replace and os.path.lexists(target):
        raise StoreError(
            translate("DataFile", "{file} already exists; Tether will not overwrite it.").format(
                file=target
            )
        )
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
        os.close(fd)  # mkstemp makes it 0600
        partial = Path(name)
        try:
            with (
                closing(connect_readonly(store.path, immutable=False)) as source,
                closing(sqlite3.connect(partial, isolation_level=None)) as dest,
            ):
                source.backup(dest)
                # Self-contained: opening it never needs -wal or -shm files.
                dest.execute("PRAGMA journal_mode = DELETE")
            held = _read_counts(partial)
            if replace:
                os.replace(partial, target)
            else:
                move_without_replacing(partial, target)
            sync_folder(target.parent)
        finally:
            partial.unlink(missing_ok=True)
    except FileExistsError:
        raise StoreError(
            translate("DataFile", "{file} already exists; Tether will not overwrite it.").format(
                file=target
            )
        ) from None
    except (OSError, sqlite3.Error) as exc:
        reason = describe(target, exc)
        raise StoreError(
            translate("DataFile", "Tether could not write the backup {file}. {reason}").format(
                file=target, reason=reason
            )
        ) from exc
    saved = translate("DataFile", "Saved {what} to {file}.").format(
        what=held.in_words(), file=target
    )
    return TransferReport(target, held, RowCounts(), saved)


def _refuse_special_target(target: Path) -> None:
    """StoreError if ``target`` is a folder, a named pipe or a device: never replaced."""
    try:
        check_target(target)
    except IsADirectoryError:
        raise StoreError(
            translate("DataFile", "{file} is a folder; please name a file for the backup.").format(
                file=target
            )
        ) from None
    except NotAFileError:
        raise StoreError(
            translate(
                "DataFile",
                "{file} is not an ordinary file (it is a named pipe, a device or a socket); "
                "Tether will not put a backup there. Please choose another name.",
            ).format(file=target)
        ) from None
    except OSError:
        return  # cannot be looked at: writing will say why


def restore_from(store: Store, source: Path) -> TransferReport:
    """Merge the backup at ``source`` into the store; raise StoreError if it cannot.

    ``source`` is only read. Blank reflections in it are skipped (they hold no text
    and would only hide the reader's current one).
    """
    _refuse_unusable(store, source)
    incoming = _read_backup(store, source)
    incoming.reflections = [row for row in incoming.reflections if row[3].strip()]
    store.back_up()  # the state before the restore stays in the rolling backups
    conn = open_database(store.path)
    try:
        with writing(conn, store.path) as transaction:
            current = read_snapshot(transaction, time.monotonic() + READ_SECONDS)
            merged = copy.deepcopy(current)
            added = merge(merged, incoming)
            _apply(transaction, current, merged)
    finally:
        conn.close()
    if added.total:
        message = translate(
            "DataFile",
            "Restored from {name}: {what} added or brought up to date. Nothing you had "
            "was removed.",
        ).format(name=source.name, what=added.in_words())
    else:
        message = translate(
            "DataFile", "Everything in {name} was already here; nothing changed."
        ).format(name=source.name)
    return TransferReport(source, incoming.counts(), added, message)


def _refuse_unusable(store: Store, source: Path) -> None:
    """StoreError unless ``source`` is a Tether data file other than the live one.

    The file is checked before SQLite opens it (see :mod:`tether.store.restore_check`):
    a pipe, a device, a folder, an empty or huge file, or one that is no database at all
    is refused with the reason, and nothing of it is read.
    """
    if source.resolve() == store.path.resolve():
        raise StoreError(
            translate("DataFile", "{file} is Tether's own data file, not a backup.").format(
                file=source
            )
        )
    check_backup_file(source)
    try:
        with closing(connect_readonly(source, immutable=True)) as conn:
            limit_lengths(conn)
            version, objects = read_state(conn)
            tables = table_names(conn) or set()
    except FileNotFoundError:
        raise StoreError(
            translate("DataFile", "{file} does not exist.").format(file=source)
        ) from None
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            translate("DataFile", "{file} is not a Tether backup ({reason}).").format(
                file=source, reason=exc
            )
        ) from None
    check_state(source, version, objects)
    if objects == 0:
        raise StoreError(
            translate("DataFile", "{file} is an empty database, not a Tether backup.").format(
                file=source
            )
        )
    if not tables.issuperset(CORE_TABLES):
        raise StoreError(
            translate("DataFile", "{file} is not a Tether backup (it holds other data).").format(
                file=source
            )
        )


def _read_backup(store: Store, source: Path) -> Snapshot:
    """Every row of the backup that can be read, committed WAL changes included.

    What is read is checked first, schema and lengths (with the WAL's changes, if any,
    on a private copy), so that no row is fetched from a backup that could run away.
    """
    deadline = time.monotonic() + READ_SECONDS
    try:
        # Scratch copies hold the reader's data, so they go in the private data folder.
        with tempfile.TemporaryDirectory(dir=store.path.parent, prefix=".restore-") as scratch:
            wal = check_wal(Path(f"{source}-wal"))
            db = source
            if wal is not None:
                # Checked and read as one: the copies, not files that could change meanwhile.
                db = Path(scratch) / "checked.sqlite3"
                copy_private(source, db)
                copy_private(wal, Path(f"{db}-wal"))
                wal = Path(f"{db}-wal")
                _check_contents(db, source, immutable=False)
            _check_contents(db, source, immutable=True)
            # Rows the length check could not reach (a damaged page) stay bounded too.
            return salvage_file(db, wal, Path(scratch), deadline, prepare=limit_lengths)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            translate("DataFile", "Tether could not read the backup {file}: {reason}.").format(
                file=source, reason=exc
            )
        ) from None


def _check_contents(db: Path, source: Path, *, immutable: bool) -> None:
    """The schema and length checks of :mod:`tether.store.restore_check` on ``db``."""
    with closing(connect_readonly(db, immutable=immutable)) as conn:
        limit_lengths(conn)
        check_backup_schema(conn, source)
        check_backup_lengths(conn, source)


def _apply(conn: sqlite3.Connection, current: Snapshot, merged: Snapshot) -> None:
    """Write into ``conn`` what ``merged`` has beyond ``current`` (never a deletion of text).

    Merge only appends reflections, so the new ones are the tail; a keyed row that
    changed (a newer tick, say) replaces its older self.
    """
    delta = Snapshot(reflections=merged.reflections[len(current.reflections) :])
    for table, columns in _KEYS.items():
        name = _ATTRIBUTES.get(table, table)
        old, new = getattr(current, name), getattr(merged, name)
        changed = {key: value for key, value in new.items() if old.get(key) != value}
        getattr(delta, name).update(changed)
        where = " AND ".join(f"{column} = ?" for column in columns)
        conn.executemany(
            f"DELETE FROM {table} WHERE {where}",
            [key if isinstance(key, tuple) else (key,) for key in changed],
        )
    write(conn, delta)


def _read_counts(path: Path) -> RowCounts:
    with closing(connect_readonly(path, immutable=True)) as conn:
        return read_snapshot(conn, time.monotonic() + READ_SECONDS).counts()
