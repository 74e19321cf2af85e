"""Opening the data file safely: private permissions, durable settings, migrations."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tether.i18n import translate
from tether.store import schema
from tether.store.errors import StoreError
from tether.store.nofollow import PRIVATE_FILE_MODE as PRIVATE_FILE_MODE  # re-exported
from tether.store.nofollow import chmod_no_follow, refuse_links
from tether.store.paths import ensure_private_dir

SQLITE_MAGIC = b"SQLite format 3\x00"
# Seconds to wait for another Tether (or a backup tool) holding the write lock.
BUSY_TIMEOUT_S = 5.0


def sidecar_paths(path: Path) -> list[Path]:
    """Return the database file and the WAL files SQLite keeps beside it."""
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]


def refuse_linked_files(path: Path) -> None:
    """Raise LinkRefusedError if the database or a file SQLite keeps beside it is a link.

    SQLite opens (and creates) these files by name, following links: a link here
    would make it write into, or create, a file outside the data folder.
    """
    refuse_links([*sidecar_paths(path), Path(f"{path}-journal")])


def make_private(path: Path) -> None:
    """Make the database file and its existing WAL files readable only by the owner.

    Raises LinkRefusedError (a StoreError) for a link rather than changing its target.
    """
    for candidate in sidecar_paths(path):
        try:
            chmod_no_follow(candidate, PRIVATE_FILE_MODE)
        except FileNotFoundError:
            # The -wal/-shm files only exist while a connection is open.
            continue


def describe(path: Path, exc: BaseException) -> str:
    """Turn a low-level error into a sentence naming the file and the problem."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", -1) & 0xFF
        if code == sqlite3.SQLITE_NOTADB:
            return translate("DataFile", "{file} is not a Tether data file ({reason}).").format(
                file=path, reason=exc
            )
        if code == sqlite3.SQLITE_CORRUPT:
            return translate("DataFile", "{file} is damaged ({reason}).").format(
                file=path, reason=exc
            )
    reason = exc.strerror or exc if isinstance(exc, OSError) else exc
    return translate("DataFile", "Tether could not use its data file {file}: {reason}.").format(
        file=path, reason=reason
    )


def _lenient_text(data: bytes) -> str:
    """Decode TEXT that damage may have made invalid UTF-8 instead of failing the row."""
    return data.decode("utf-8", errors="replace")


def connect_readonly(path: Path, *, immutable: bool) -> sqlite3.Connection:
    """Open ``path`` read-only; ``immutable`` also skips locks, WAL and -shm entirely.

    For checking a file at start and reading damaged files and backups.
    """
    uri = f"{path.absolute().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    conn.text_factory = _lenient_text
    return conn


def table_names(conn: sqlite3.Connection) -> set[str] | None:
    """The tables in the file's schema, or None if the schema cannot be read."""
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    except sqlite3.Error:
        return None
    return {str(name) for (name,) in rows}


def _create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600 if there is none yet.

    SQLite would create it with the umask's permissions; creating it first closes
    that window, and SQLite gives the -wal/-shm files the same mode as the database.
    An empty file is a valid empty database.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def open_database(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the data file at ``path``.

    Files that are not Tether's, or that a newer Tether wrote, are refused before
    anything is written to them. The file and its -wal/-shm/-journal may not be
    symbolic links (LinkRefusedError). Raises StoreError with a readable message.
    """
    try:
        if not path.parent.is_dir():
            ensure_private_dir(path.parent)
        refuse_linked_files(path)
        _create_private_file(path)
        # isolation_level=None: we issue BEGIN IMMEDIATE/COMMIT ourselves so that
        # every write is committed (and fsynced) before the method returns. The Store
        # lets one thread at a time use the connection (reflections are written on a
        # worker thread), so sqlite3's same-thread check is not needed.
        conn = sqlite3.connect(
            path, isolation_level=None, timeout=BUSY_TIMEOUT_S, check_same_thread=False
        )
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(describe(path, exc)) from exc
    try:
        _prepare(conn, path)
        make_private(path)
    except BaseException as exc:
        conn.close()
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise StoreError(describe(path, exc)) from exc
        raise
    return conn


def _prepare(conn: sqlite3.Connection, path: Path) -> None:
    """Check the file is ours, then set durable settings and migrate."""
    # Reading first: switching to WAL rewrites the header, and a refused file must
    # stay byte-identical.
    version, objects = schema.read_state(conn)
    schema.check_state(path, version, objects)
    # If a file system cannot do WAL, SQLite keeps the rollback journal; with
    # synchronous=FULL that is still durable, so we carry on rather than refuse.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    if version < schema.SCHEMA_VERSION:
        schema.migrate(conn, path)


@contextmanager
def reading(conn: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """Run reads on ``conn``, turning SQLite failures into StoreError."""
    try:
        yield conn
    except sqlite3.Error as exc:
        raise StoreError(describe(path, exc)) from exc


@contextmanager
def writing(conn: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """Run one write transaction on ``conn``, committed (and synced) on normal exit."""
    try:
        # IMMEDIATE takes the write lock up front, so a read-then-write (as in
        # save_reflection) cannot race another process.
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back by itself (e.g. on a full disk).
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise StoreError(describe(path, exc)) from exc
