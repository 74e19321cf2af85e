"""The quick check at start: is the data file whole, and does its WAL belong to it?

Nothing here writes to the data file: it is read through read-only connections
(``immutable=1`` when no -wal/-shm files exist, so none are created either) and by
reading its first bytes.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from contextlib import closing
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from tether.store import schema
from tether.store.connection import SQLITE_MAGIC, connect_readonly, describe, table_names
from tether.store.errors import StoreError

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")
WAL_MAGICS = (0x377F0682, 0x377F0683)
WAL_VERSION = 3007000
# SQLite's POSIX locks: every connection holds a read lock on this range of the
# database file (in WAL mode, for as long as it is open).
SHARED_FIRST = 0x40000000 + 2
SHARED_SIZE = 510


class Problem(Enum):
    """What the check at start found wrong."""

    DAMAGED = "damaged"
    NOT_A_DATABASE = "not a database"
    MISMATCHED_WAL = "mismatched wal"
    STRAY_FILE = "stray file"


class Finding(NamedTuple):
    """A problem and the technical detail behind it (for logs, not for the reader)."""

    problem: Problem
    detail: str


class Inspection(NamedTuple):
    """The result of the check; ``checked`` is False if SQLite could not check read-only."""

    finding: Finding | None
    checked: bool


def sidecar(path: Path, suffix: str) -> Path:
    """``path`` with ``suffix`` appended (``-wal``, ``-shm``, ``-journal``)."""
    return Path(f"{path}{suffix}")


def damage_of(exc: BaseException | None) -> Problem | None:
    """The problem an SQLite error reveals, or None if it is not damage."""
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", -1) & 0xFF
    if code == sqlite3.SQLITE_CORRUPT:
        return Problem.DAMAGED
    if code == sqlite3.SQLITE_NOTADB:
        return Problem.NOT_A_DATABASE
    return None


def in_use(path: Path) -> bool:
    """Tell whether another process has the database open (POSIX; False elsewhere).

    Tries to take, and at once gives back, a write lock on the byte range SQLite's
    readers lock. Must not be called while this process has the file open in
    SQLite: closing our descriptor would drop that connection's locks.
    """
    try:
        import fcntl  # POSIX only
    except ImportError:
        return False  # Windows refuses to move open files instead
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, SHARED_SIZE, SHARED_FIRST)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, SHARED_SIZE, SHARED_FIRST)
        return False
    finally:
        os.close(fd)


def inspect(path: Path, deadline: float) -> Inspection:
    """Check the data file at ``path`` without changing it.

    Raises StoreError for files that must be left alone: written by a newer Tether,
    another program's database, or a file that cannot be read at all (permissions).
    """
    sidecars = [sidecar(path, suffix) for suffix in SIDECAR_SUFFIXES]
    if os.path.lexists(path) and not path.is_file():
        return Inspection(None, True)  # a folder: Store names the problem
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except FileNotFoundError:
        header = b""
    except OSError as exc:
        raise StoreError(describe(path, exc)) from exc
    if not header:
        # No database (or an empty one, beside which SQLite deletes a -wal at once):
        # any -wal/-shm/-journal left here belongs to no file Tether can open.
        stray = [p.name for p in sidecars if _size(p) > 0]
        found = Finding(Problem.STRAY_FILE, f"{', '.join(stray)} without a database")
        return Inspection(found if stray else None, True)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return Inspection(Finding(Problem.NOT_A_DATABASE, "no SQLite header"), True)
    immutable = not any(os.path.lexists(p) for p in sidecars)
    finding, checked = quick_check(path, immutable=immutable)
    if finding is None and checked:
        finding = _check_wal(path, deadline)
    return Inspection(finding, checked)


def quick_check(path: Path, *, immutable: bool) -> tuple[Finding | None, bool]:
    """Run ``PRAGMA quick_check`` read-only; return (finding, whether it could run)."""
    try:
        with closing(connect_readonly(path, immutable=immutable)) as conn:
            version, objects = schema.read_state(conn)
            if version == 0 and objects > 0:
                from tether.store.repair.snapshot import CORE_TABLES  # rare: only here

                if not CORE_TABLES.issubset(table_names(conn) or set()):
                    schema.check_state(path, version, objects)  # another program's
                return Finding(Problem.DAMAGED, "its data version is missing"), True
            schema.check_state(path, version, objects)
            results = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.Error as exc:
        problem = damage_of(exc)
        return (None, False) if problem is None else (Finding(problem, str(exc)), True)
    if results == ["ok"]:
        return None, True
    return Finding(Problem.DAMAGED, "; ".join(results)), True


def _check_wal(path: Path, deadline: float) -> Finding | None:
    """Find a -wal file SQLite would ignore, or one that hides the file's own rows.

    SQLite cannot tell a WAL taken from another database: it applies it as long as
    its checksums hold. Tether never deletes rows, so the file seen through a WAL
    that belongs to it holds every row the main file alone holds, each at least
    as new; a WAL that hides rows is not the file's own.
    """
    wal = sidecar(path, "-wal")
    if _size(wal) == 0:
        return None
    usable = wal_is_usable(wal)
    if usable is None:
        return None
    if not usable:
        return Finding(Problem.STRAY_FILE, f"{wal.name} is not a WAL of this file")
    # Only after an unclean exit: the salvage machinery is not imported otherwise.
    from tether.store.repair.salvage import read_snapshot
    from tether.store.repair.snapshot import hidden_rows

    # The main file alone first: whatever is read later can only be newer.
    with closing(connect_readonly(path, immutable=True)) as conn:
        alone = read_snapshot(conn, deadline)
    with closing(connect_readonly(path, immutable=False)) as conn:
        combined = read_snapshot(conn, deadline)
    hidden = hidden_rows(alone, combined)
    if hidden == 0:
        return None
    return Finding(Problem.MISMATCHED_WAL, f"{wal.name} hides {hidden} rows of the file")


def wal_is_usable(wal: Path) -> bool | None:
    """Would SQLite read ``wal``? None if it holds no whole frame to read.

    Checks what SQLite checks before using a WAL: the header's magic number,
    version, page size and checksum, and the first frame's salts and checksum.
    """
    with wal.open("rb") as file:
        header = file.read(32)
        if len(header) < 32:
            return False
        magic, version, page_size, _, salt1, salt2, sum1, sum2 = struct.unpack(">8I", header)
        sizes_ok = 512 <= page_size <= 65536 and page_size & (page_size - 1) == 0
        if magic not in WAL_MAGICS or version != WAL_VERSION or not sizes_ok:
            return False
        big = bool(magic & 1)
        running = _checksum(header[:24], big, (0, 0))
        if running != (sum1, sum2):
            return False
        frame = file.read(24 + page_size)
    if len(frame) < 24 + page_size:
        return None
    page, _, frame_salt1, frame_salt2, frame_sum1, frame_sum2 = struct.unpack(">6I", frame[:24])
    if page == 0 or (frame_salt1, frame_salt2) != (salt1, salt2):
        return False
    running = _checksum(frame[:8], big, running)
    return _checksum(frame[24:], big, running) == (frame_sum1, frame_sum2)


def _checksum(data: bytes, big_endian: bool, seed: tuple[int, int]) -> tuple[int, int]:
    """SQLite's WAL checksum of ``data`` (a multiple of 8 bytes), continuing ``seed``."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    first, second = seed
    for i in range(0, len(words), 2):
        first = (first + words[i] + second) & 0xFFFFFFFF
        second = (second + words[i + 1] + first) & 0xFFFFFFFF
    return first, second


def _size(path: Path) -> int:
    """The size of ``path`` in bytes; 0 if it does not exist."""
    try:
        return path.stat().st_size
    except OSError:
        return 0
