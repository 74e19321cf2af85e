"""Opening the data file at start, recovering from damage without losing anything.

A damaged file is never deleted or written to: it is renamed, with its -wal/-shm
files, into ``<data folder>/damaged/`` under a timestamped name. Whatever can be read
from it goes into a fresh file, together with what the newest good backup has that
it lacks, and the reader is told in plain words what happened and where the old
file is. The quick check runs before the file is opened for writing (read-only, so
a damaged file is not touched); only if SQLite cannot check a file read-only (a hot
rollback journal it must replay first) does the check run after opening.

A file that passes the check (nearly every start) needs only the check: the salvage,
backup and file-moving machinery is imported when a problem is found.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from tether.i18n import translate
from tether.store.connection import (
    PRIVATE_FILE_MODE,
    open_database,
    refuse_linked_files,
    writing,
)
from tether.store.database import DATABASE_NAME, Store
from tether.store.errors import StoreError
from tether.store.nofollow import chmod_no_follow, private_subdir, refuse_link
from tether.store.paths import ensure_private_dir
from tether.store.records import Clock, utc_now
from tether.store.repair.check import (
    SIDECAR_SUFFIXES,
    Finding,
    Problem,
    damage_of,
    in_use,
    inspect,
    quick_check,
    sidecar,
)

if TYPE_CHECKING:
    from tether.store.repair.snapshot import RowCounts

DAMAGED_DIR_NAME = "damaged"
# How long reading a damaged file may take at most, all tables together.
SALVAGE_SECONDS = 20.0


class RecoveryReport(NamedTuple):
    """What happened to a damaged data file, for the reader and for logs."""

    problem: Problem
    damaged_path: Path  # where the damaged (or stray) file is now
    kept_files: tuple[Path, ...]  # every file moved aside, the database first
    salvaged: RowCounts  # rows read back from the damaged file
    from_backup: RowCounts  # rows the backup added that the damaged file lacked
    backup: Path | None  # the backup used, if any
    detail: str  # what the check found, in SQLite's words
    message: str  # one or two sentences for the reader

    @property
    def folder(self) -> Path:
        """The folder the old file was moved to."""
        return self.damaged_path.parent


class OpenedStore(NamedTuple):
    """The open store, and a report if the data file had to be recovered."""

    store: Store
    recovery: RecoveryReport | None


def open_store(
    data_dir: Path, clock: Clock = utc_now, *, salvage_seconds: float = SALVAGE_SECONDS
) -> OpenedStore:
    """Open the data file in ``data_dir`` (made private), recovering it if damaged.

    A file that is fine is opened as :meth:`Store.open_in` would, and ``recovery``
    is None. One that is damaged, is not a database, or has a -wal that is not its
    own is moved aside and replaced as the module describes. Files written by a
    newer Tether, other programs' databases and unreadable files raise StoreError
    and are left as they are. If another process has the file open, it is opened
    without the check (that process checked it). ``clock`` names moved files and
    stamps the store's writes. If the data file or a file beside it is a symbolic
    link, it raises LinkRefusedError (a StoreError) and touches nothing: neither the link
    nor what it points to is opened for writing, moved or changed.

    Call it before this process opens the file in any other way: the check for
    other processes uses POSIX locks, which closing any descriptor of the file
    would take from this process's own SQLite connections.
    """
    ensure_private_dir(data_dir)
    path = data_dir / DATABASE_NAME
    # Before anything opens them: a lock or a check must not reach through a link.
    refuse_linked_files(path)
    if in_use(path):
        return OpenedStore(Store(path, clock), None)
    deadline = time.monotonic() + salvage_seconds
    inspection = inspect(path, deadline)
    finding = inspection.finding
    if finding is None:
        try:
            store = Store(path, clock)
        except StoreError as exc:
            problem = damage_of(exc.__cause__)
            if problem is None:
                raise
            finding = Finding(problem, str(exc.__cause__))
        else:
            if inspection.checked:
                return OpenedStore(store, None)
            store.close()  # SQLite has settled the file (e.g. a hot journal); check now
            finding = quick_check(path, immutable=False)[0]
            if finding is None:
                return OpenedStore(Store(path, clock), None)
    if finding.problem is Problem.STRAY_FILE:
        return _keep_stray_files(path, finding, clock)
    return _recover(path, finding, clock, deadline)


def _recover(path: Path, finding: Finding, clock: Clock, deadline: float) -> OpenedStore:
    """Salvage the file, add the backup's rows, and swap in the new file.

    The damaged file is read where it is (read-only and ``immutable``, see
    :func:`salvage_file`) and the new file is built in a scratch folder. Only then
    are the damaged file and its -wal/-shm renamed into ``damaged/`` and the new one
    renamed into place, so a failure on the way (a full disk, say) leaves every
    file as it was and the next start tries again.
    """
    from tether.store.backup import newest_good_backup
    from tether.store.files import move_without_replacing, sync_folder
    from tether.store.repair import snapshot
    from tether.store.repair.salvage import salvage_file
    from tether.store.repair.snapshot import RowCounts, Snapshot

    folder = path.parent / DAMAGED_DIR_NAME
    private_subdir(folder)
    wal = sidecar(path, "-wal")
    try:
        with tempfile.TemporaryDirectory(dir=folder, prefix=".salvage-") as scratch:
            try:
                rows = salvage_file(path, wal if wal.exists() else None, Path(scratch), deadline)
            except sqlite3.Error:
                rows = Snapshot()  # best effort: the file itself is kept in any case
            salvaged = rows.counts()
            good = newest_good_backup(path.parent, deadline)
            from_backup = snapshot.merge(rows, good[1]) if good else RowCounts()
            fresh = Path(scratch) / DATABASE_NAME
            conn = open_database(fresh)
            try:
                with writing(conn, fresh) as transaction:
                    snapshot.write(transaction, rows)
            finally:
                conn.close()
            moved = _move_aside(path, ["", *SIDECAR_SUFFIXES], folder, clock)
            move_without_replacing(fresh, path)
            sync_folder(path.parent)
    except OSError as exc:
        raise StoreError(
            translate(
                "DataFile",
                "Tether found that its data file {file} is damaged but could not replace it: "
                "{reason}. Anything moved is in {folder}; nothing was deleted.",
            ).format(file=path, reason=exc.strerror or exc, folder=folder)
        ) from exc
    report = RecoveryReport(
        problem=finding.problem,
        damaged_path=moved[0],
        kept_files=tuple(moved),
        salvaged=salvaged,
        from_backup=from_backup,
        backup=good[0] if good else None,
        detail=finding.detail,
        message=_message(finding.problem, folder, salvaged, from_backup, good is not None),
    )
    return OpenedStore(Store(path, clock), report)


def _keep_stray_files(path: Path, finding: Finding, clock: Clock) -> OpenedStore:
    """Move -wal/-shm files that do not belong to the data file aside, then open it."""
    from tether.store.repair.snapshot import RowCounts

    folder = path.parent / DAMAGED_DIR_NAME
    empty = not os.path.lexists(path) or path.stat().st_size == 0
    strays = list(SIDECAR_SUFFIXES) if empty else ["-wal", "-shm"]
    moved = _move_aside(path, strays, folder, clock)
    message = translate(
        "DataFile",
        "Tether found a leftover file beside its data file that did not belong to it and "
        "moved it to the folder {folder}. Your reflections and ticks were not changed.",
    ).format(folder=folder)
    report = RecoveryReport(
        Problem.STRAY_FILE,
        moved[0],
        tuple(moved),
        RowCounts(),
        RowCounts(),
        None,
        finding.detail,
        message,
    )
    return OpenedStore(Store(path, clock), report)


def _move_aside(path: Path, suffixes: list[str], folder: Path, clock: Clock) -> list[Path]:
    """Rename ``path`` + each suffix that exists into ``folder``; return the new paths.

    All get one timestamped name (plus their suffix), so SQLite still pairs a moved
    database with its WAL. Nothing is copied and nothing existing is replaced. A link
    among them is refused (LinkRefusedError) before anything is moved: moving it would
    leave its target where it is, and changing the moved file's mode would change
    the target's.
    """
    from tether.store.files import free_stamped_name, move_without_replacing, sync_folder

    private_subdir(folder)
    for suffix in suffixes:
        refuse_link(sidecar(path, suffix))
    if in_use(path):
        raise StoreError(
            translate(
                "DataFile",
                "Tether found a problem with its data file {file}, but another Tether is "
                "using it. Please close every Tether window and start Tether again.",
            ).format(file=path)
        )
    target = free_stamped_name(folder, clock(), SIDECAR_SUFFIXES)
    moved: list[Path] = []
    for suffix in suffixes:
        source, dest = sidecar(path, suffix), sidecar(target, suffix)
        if not os.path.lexists(source):
            continue
        try:
            move_without_replacing(source, dest)
            chmod_no_follow(dest, PRIVATE_FILE_MODE)
        except OSError as exc:
            raise StoreError(
                translate(
                    "DataFile",
                    "Tether found a problem with its data file {file} but could not move "
                    "{name} to {folder}: {reason}. Nothing was deleted.",
                ).format(file=path, name=source.name, folder=folder, reason=exc.strerror or exc)
            ) from exc
        moved.append(dest)
    sync_folder(folder)
    sync_folder(path.parent)
    return moved


def _message(
    problem: Problem, folder: Path, salvaged: RowCounts, from_backup: RowCounts, had_backup: bool
) -> str:
    """One or two plain sentences: what happened, where the old file is, what came back."""
    if problem is Problem.MISMATCHED_WAL:
        first = translate(
            "DataFile",
            "Tether's data file had been mixed up with part of another one, so Tether moved "
            "it to the folder {folder} and started a new one.",
        )
    elif problem is Problem.NOT_A_DATABASE and not salvaged.total:
        first = translate(
            "DataFile",
            "Tether's data file could not be read at all, so Tether moved it to the folder "
            "{folder} and started a new one.",
        )
    else:
        first = translate(
            "DataFile",
            "Tether's data file was damaged, so Tether moved it to the folder {folder} and "
            "started a new one.",
        )
    first = first.format(folder=folder)
    old = translate("DataFile", "{what} from the old file").format(what=salvaged.in_words())
    backup = translate("DataFile", "{what} from a backup").format(what=from_backup.in_words())
    if salvaged.total and from_backup.total:
        then = translate("DataFile", "It recovered {old} and {backup}.")
    elif salvaged.total or from_backup.total:
        then = translate("DataFile", "It recovered {what}.")
    elif had_backup:
        then = translate(
            "DataFile", "Nothing could be read back from it, and the backup was empty."
        )
    else:
        then = translate(
            "DataFile", "Nothing could be read back from it, and there was no backup to use."
        )
    return f"{first} " + then.format(old=old, backup=backup, what=old if salvaged.total else backup)
