"""Is a file a Tether backup that can be restored without risk? Checked before any row.

A file to restore comes from anywhere, so before a single row of it is read:

- it must be a regular file (never a named pipe, a device or a folder, which would hang
  or never end), of at most :data:`MAX_BACKUP_BYTES`, not empty, and an SQLite database;
- its schema must be plain tables: no views, no triggers, no virtual tables, and no
  generated columns in the tables Tether reads. A Tether backup never has any of these,
  and a generated column can make a few kilobytes expand to gigabytes as it is read;
- no value in the tables Tether reads may be longer than :data:`MAX_TEXT_CHARS`
  characters, checked in SQL (``length()``) before any row is fetched, and SQLite's own
  length limit is lowered on the checking connection so nothing larger is ever built.

Each refusal is a :class:`StoreError` with a sentence a person understands.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from tether.fs import NotAFileError, TooLargeError, open_regular
from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.store.connection import SQLITE_MAGIC
from tether.store.errors import StoreError
from tether.store.repair.snapshot import TABLE_COLUMNS

# Tether's own data file, after years of daily reflections, is a few megabytes. A restore
# reads the whole backup into memory, so a file over 1 GiB is refused rather than risk
# the memory of a modest laptop.
MAX_BACKUP_BYTES = 1024**3
# Longer than any reflection a person writes (a long book is about a million characters).
MAX_TEXT_CHARS = 10_000_000
# SQLite's limit on any one value or row on the checking connection, in bytes: the
# longest allowed text in UTF-8 (up to 4 bytes a character), and room for the rest.
_SQLITE_LENGTH_LIMIT = 4 * MAX_TEXT_CHARS + 1024 * 1024
_NOTHING_CHANGED = QT_TRANSLATE_NOOP("DataFile", "Nothing was changed.")


def check_backup_file(source: Path) -> None:
    """StoreError unless ``source`` is a regular, non-empty SQLite file of a sane size.

    Never blocks: a named pipe is refused, not waited on.
    """
    try:
        descriptor = open_regular(source, MAX_BACKUP_BYTES)
    except FileNotFoundError:
        raise StoreError(
            translate("DataFile", "{file} does not exist.").format(file=source)
        ) from None
    except IsADirectoryError:
        raise StoreError(
            translate(
                "DataFile",
                "{file} is a folder, not a Tether backup. Please choose the backup file itself.",
            ).format(file=source)
        ) from None
    except NotAFileError:
        raise StoreError(
            translate(
                "DataFile",
                "{file} is not a Tether backup: it is not an ordinary file (it is a named "
                "pipe, a device or a socket), so Tether does not read it.",
            ).format(file=source)
        ) from None
    except TooLargeError as error:
        raise StoreError(
            translate(
                "DataFile",
                "{file} is {size}, larger than any Tether backup (the limit is {limit}), so "
                "it is not restored. {unchanged}",
            ).format(
                file=source,
                size=_size(error.size),
                limit=_size(MAX_BACKUP_BYTES),
                unchanged=translate("DataFile", _NOTHING_CHANGED),
            )
        ) from None
    except PermissionError:
        raise StoreError(
            translate("DataFile", "You do not have permission to read {file}.").format(file=source)
        ) from None
    except OSError as error:
        raise _unreadable(source, error) from None
    try:
        header = os.read(descriptor, len(SQLITE_MAGIC))
    except OSError as error:
        raise _unreadable(source, error) from None
    finally:
        os.close(descriptor)
    if not header:
        raise StoreError(
            translate("DataFile", "{file} is empty, so it is not a Tether backup.").format(
                file=source
            )
        )
    if header != SQLITE_MAGIC:
        raise StoreError(
            translate(
                "DataFile",
                "{file} is not a Tether backup: it is not a database at all (a Tether backup "
                "is an SQLite database file, usually ending in .sqlite3).",
            ).format(file=source)
        )


def _unreadable(source: Path, error: OSError) -> StoreError:
    return StoreError(
        translate("DataFile", "Tether could not read {file}: {reason}.").format(
            file=source, reason=error.strerror or error
        )
    )


def check_wal(wal: Path) -> Path | None:
    """The ``-wal`` file beside a backup if it is a regular file to read, else None.

    A pipe or a folder of that name is no write-ahead log: it is left alone, unread.
    StoreError if it is larger than a backup may be.
    """
    try:
        os.close(open_regular(wal, MAX_BACKUP_BYTES))
    except TooLargeError as error:
        raise StoreError(
            translate(
                "DataFile",
                "{file} is {size}, larger than any Tether backup (the limit is {limit}), so "
                "the backup is not restored. {unchanged}",
            ).format(
                file=wal,
                size=_size(error.size),
                limit=_size(MAX_BACKUP_BYTES),
                unchanged=translate("DataFile", _NOTHING_CHANGED),
            )
        ) from None
    except OSError:
        return None
    return wal


def limit_lengths(conn: sqlite3.Connection) -> None:
    """Make SQLite refuse to build any value longer than a backup's text may be."""
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, _SQLITE_LENGTH_LIMIT)


def check_backup_schema(conn: sqlite3.Connection, source: Path) -> None:
    """StoreError if the backup's schema could make reading it run away.

    Views, triggers and virtual tables are refused outright (Tether makes none); in
    the tables Tether reads, a generated (computed) column is refused.
    """
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    for kind, name, sql in rows:
        if kind in ("view", "trigger"):
            held = (
                translate(
                    "DataFile", "it holds a view (“{name}”), which a Tether backup never has."
                )
                if kind == "view"
                else translate(
                    "DataFile", "it holds a trigger (“{name}”), which a Tether backup never has."
                )
            )
            _refuse(source, held.format(name=name))
        if kind == "table" and str(sql or "").lstrip().upper().startswith("CREATE VIRTUAL"):
            _refuse(
                source,
                translate(
                    "DataFile", "its table “{name}” is a virtual table, which Tether never makes."
                ).format(name=name),
            )
    tables = {str(name) for kind, name, _ in rows if kind == "table"}
    for table in TABLE_COLUMNS:
        if table not in tables:
            continue
        # hidden: 0 a plain column, 1 hidden (virtual tables), 2 and 3 generated.
        for column in conn.execute(f"PRAGMA table_xinfo({table})").fetchall():
            if column[6] != 0:
                _refuse(
                    source,
                    translate(
                        "DataFile",
                        "its table “{table}” has a column “{column}” that is computed by a "
                        "formula (a generated column). Tether's backups never have one, and "
                        "reading it could take all of the computer's memory.",
                    ).format(table=table, column=column[1]),
                )


def check_backup_lengths(conn: sqlite3.Connection, source: Path) -> None:
    """StoreError if any value Tether would read is longer than :data:`MAX_TEXT_CHARS`.

    Measured in SQL, so an over-long text is never fetched into Python. A damaged page
    met here is left to the reading itself, which skips what it cannot read.
    """
    tables = {
        str(name) for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    for table, columns in TABLE_COLUMNS.items():
        if table not in tables:
            continue
        over = " OR ".join(f"length({column.strip()}) > ?" for column in columns.split(","))
        count = columns.count(",") + 1
        try:
            found = conn.execute(
                f"SELECT rowid FROM {table} NOT INDEXED WHERE {over} LIMIT 1",
                (MAX_TEXT_CHARS,) * count,
            ).fetchone()
        except sqlite3.Error as error:
            if getattr(error, "sqlite_errorcode", 0) & 0xFF != sqlite3.SQLITE_TOOBIG:
                continue
            found = ("?",)
        if found is not None:
            _refuse(
                source,
                translate(
                    "DataFile",
                    "a row of its table “{table}” holds a text of more than {limit} "
                    "characters, longer than any Tether keeps.",
                ).format(table=table, limit=f"{MAX_TEXT_CHARS:,}"),
            )


def _refuse(source: Path, reason: str) -> None:
    raise StoreError(
        translate("DataFile", "{file} cannot be restored: {reason} {unchanged}").format(
            file=source, reason=reason, unchanged=translate("DataFile", _NOTHING_CHANGED)
        )
    )


def _size(size: int) -> str:
    """E.g. "1.5 GiB", "300 MiB": rounded the way a file manager shows it."""
    if size >= 1024**3:
        return f"{size / 1024**3:.1f} GiB"
    return f"{size / 1024**2:.0f} MiB"
