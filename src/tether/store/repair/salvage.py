"""Reading whatever can still be read from a damaged data file.

Tables are read in rowid order; where a read fails (a bad page), the reader jumps
ahead in growing steps until reads work again, then tries each rowid it skipped one
by one. All of it is bounded by a deadline, so a badly damaged file cannot hang
the start. Damaged files are only ever opened read-only; where SQLite would need to
write something beside them (the WAL index), a scratch copy is read instead.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from tether.store.connection import SQLITE_MAGIC, connect_readonly, table_names
from tether.store.files import copy_private
from tether.store.repair.snapshot import TABLE_COLUMNS, Snapshot, merge

# Rowids tried one by one in each stretch a bad page hides.
MAX_GAP_PROBES = 4096
# Tried in turn when a file's header is gone; Tether's files use 4096.
PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)


def read_snapshot(conn: sqlite3.Connection, deadline: float) -> Snapshot:
    """Read every row of Tether's tables that can be read before ``deadline``.

    Tables the schema does not list (a file from before they existed) are skipped;
    if the schema cannot be read at all, every table is tried.
    """
    snapshot = Snapshot()
    present = table_names(conn)
    for table in TABLE_COLUMNS:
        if present is None or table in present:
            snapshot.add_raw(table, read_table(conn, table, deadline))
    if present is not None and "checkins" not in present:
        snapshot.derive_history()  # a file from before check-ins (data version 3 or older)
    return snapshot


def read_table(conn: sqlite3.Connection, table: str, deadline: float) -> list[tuple[object, ...]]:
    """Return the readable rows of ``table`` as ``(rowid, *columns)``, in rowid order."""
    # NOT INDEXED: walk the table's own b-tree; a damaged index must not matter.
    select = f"SELECT rowid, {TABLE_COLUMNS[table]} FROM {table} NOT INDEXED"
    rows: dict[int, tuple[object, ...]] = {}
    after: int | None = None
    while time.monotonic() < deadline:
        try:
            if after is None:
                cursor = conn.execute(f"{select} ORDER BY rowid")
            else:
                cursor = conn.execute(f"{select} WHERE rowid > ? ORDER BY rowid", (after,))
            for row in cursor:
                rows[row[0]] = row
                after = row[0] if after is None else max(after, row[0])
                if time.monotonic() >= deadline:
                    break
            break
        except sqlite3.Error:
            after = _skip_bad_spot(conn, select, after, rows, deadline)
            if after is None:
                break
    return [rows[rowid] for rowid in sorted(rows)]


def _skip_bad_spot(
    conn: sqlite3.Connection,
    select: str,
    after: int | None,
    rows: dict[int, tuple[object, ...]],
    deadline: float,
) -> int | None:
    """Find the next readable row after ``after``; return its rowid (None: no more).

    Seeks further and further ahead (1, 2, 4, ... rowids) until one works, then
    reads the rowids skipped over one at a time, since only some of them sit on the
    bad page. The found row is recorded, so the caller always moves forward.
    """
    base = 0 if after is None else after
    step = 1
    while step < 2**62 and time.monotonic() < deadline:
        try:
            found = conn.execute(
                f"{select} WHERE rowid >= ? ORDER BY rowid LIMIT 1", (base + step,)
            ).fetchone()
        except sqlite3.Error:
            step *= 2
            continue
        end = base + step if found is None else int(found[0])
        _read_one_by_one(conn, select, range(base + 1, min(end, base + 1 + MAX_GAP_PROBES)), rows)
        if found is None:
            return None
        rows[int(found[0])] = tuple(found)
        return int(found[0])
    return None


def _read_one_by_one(
    conn: sqlite3.Connection, select: str, rowids: range, rows: dict[int, tuple[object, ...]]
) -> None:
    """Read each of ``rowids`` on its own, keeping those that can be read."""
    for rowid in rowids:
        try:
            row = conn.execute(f"{select} WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.Error:
            continue
        if row is not None:
            rows[rowid] = tuple(row)


def salvage_file(
    db: Path,
    wal: Path | None,
    scratch: Path,
    deadline: float,
    prepare: Callable[[sqlite3.Connection], None] | None = None,
) -> Snapshot:
    """Read all that can be read from the damaged database ``db``.

    ``db`` itself is opened ``mode=ro&immutable=1``, so nothing is written to or
    beside it. If it has a WAL, committed changes there count too: those are read
    from a scratch copy of both files in ``scratch`` (reading a WAL needs an index
    file SQLite writes). Both readings are merged, so a WAL that belongs to another
    file cannot hide the main file's rows. A file whose header is gone is read
    through a copy with a rebuilt header. ``prepare`` is run on every connection
    before it reads (a restore bounds the length of any value with it).
    """
    result = Snapshot()
    if wal is not None:
        copy = scratch / "with-wal.sqlite3"
        copy_private(db, copy)
        copy_private(wal, Path(f"{copy}-wal"))
        with closing(connect_readonly(copy, immutable=False)) as conn:
            _prepare(conn, prepare)
            result = read_snapshot(conn, deadline)
    with closing(connect_readonly(db, immutable=True)) as conn:
        _prepare(conn, prepare)
        readable = table_names(conn) is not None
        main = read_snapshot(conn, deadline) if readable else Snapshot()
    if not readable:
        main = _read_with_new_header(db, scratch, deadline, prepare)
    merge(result, main)
    return result


def _read_with_new_header(
    db: Path,
    scratch: Path,
    deadline: float,
    prepare: Callable[[sqlite3.Connection], None] | None,
) -> Snapshot:
    """Read ``db`` through a copy whose first 100 bytes are a freshly made header."""
    if db.stat().st_size < 2 * min(PAGE_SIZES):
        return Snapshot()
    copy = scratch / "new-header.sqlite3"
    copy_private(db, copy)
    for page_size in PAGE_SIZES:
        with copy.open("r+b") as file:
            file.write(_header(page_size))
        with closing(connect_readonly(copy, immutable=True)) as conn:
            _prepare(conn, prepare)
            if (table_names(conn) or set()) & set(TABLE_COLUMNS):
                return read_snapshot(conn, deadline)
    return Snapshot()


def _prepare(
    conn: sqlite3.Connection, prepare: Callable[[sqlite3.Connection], None] | None
) -> None:
    if prepare is not None:
        prepare(conn)


def _header(page_size: int) -> bytes:
    """A database header for a UTF-8, rollback-journal file of ``page_size``.

    The page count is left 0, so SQLite takes it from the file's size.
    """
    header = bytearray(100)
    header[0:16] = SQLITE_MAGIC
    header[16:18] = (1 if page_size == 65536 else page_size).to_bytes(2, "big")
    header[18:20] = b"\x01\x01"  # rollback journal: no WAL is looked for
    header[21:24] = b"\x40\x20\x20"  # payload fractions, fixed by the format
    header[44:48] = (4).to_bytes(4, "big")  # schema format 4
    header[56:60] = (1).to_bytes(4, "big")  # UTF-8
    major, minor, patch = sqlite3.sqlite_version_info
    header[96:100] = (major * 1_000_000 + minor * 1000 + patch).to_bytes(4, "big")
    return bytes(header)
