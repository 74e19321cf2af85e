"""Small file operations the backup and recovery code share.

Everything here keeps the reader's files private and never replaces an existing
file: names carry a timestamp and, if that is taken, a counter.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from tether.fs import open_regular
from tether.store.connection import PRIVATE_FILE_MODE

STEM = "tether"
SUFFIX = ".sqlite3"
# tether-20240501-120000.sqlite3, tether-20240501-120000-2.sqlite3, ...
STAMPED_NAME = re.compile(r"^tether-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")


def stamped_name(moment: datetime, number: int = 1) -> str:
    """Return ``tether-YYYYmmdd-HHMMSS[-n].sqlite3`` for ``moment`` in UTC.

    UTC keeps the names sorting in time order across daylight-saving changes.
    ``number`` 1 has no suffix; later ones in the same second get ``-2``, ``-3``...
    """
    stamp = moment.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    return f"{STEM}-{stamp}{'' if number == 1 else f'-{number}'}{SUFFIX}"


def stamped_key(path: Path) -> tuple[str, int] | None:
    """Return a sort key (time, counter) for a stamped name, or None for other files."""
    match = STAMPED_NAME.match(path.name)
    if match is None:
        return None
    return match.group(1), int(match.group(2) or 1)


def free_stamped_name(folder: Path, moment: datetime, extra: Iterable[str] = ()) -> Path:
    """Return the first stamped path in ``folder`` not used (with any of ``extra``).

    ``extra`` are suffixes such as ``-wal`` that must be free as well, so a moved
    database and its WAL files keep names SQLite pairs up.
    """
    suffixes = ["", *extra]
    number = 1
    while True:
        candidate = folder / stamped_name(moment, number)
        if not any(os.path.lexists(f"{candidate}{suffix}") for suffix in suffixes):
            return candidate
        number += 1


def move_without_replacing(source: Path, target: Path) -> None:
    """Move ``source`` to ``target`` by renaming; fail if ``target`` exists.

    A hard link then unlink is an atomic "rename unless taken" on POSIX (where
    rename would silently replace); where links are not supported the rename is
    done after a check (Windows' rename refuses to replace on its own).
    """
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(target):
            raise FileExistsError(17, "File exists", str(target)) from None
        os.rename(source, target)
        return
    os.unlink(source)


def copy_private(source: Path, target: Path) -> None:
    """Copy ``source`` to a new owner-only file ``target`` (which must not exist)."""
    # The source is opened without blocking and must be a regular file: a named pipe
    # put in its place is refused, not waited on.
    descriptor = open_regular(source)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except BaseException:
        os.close(descriptor)
        raise
    with open(fd, "wb") as out, open(descriptor, "rb") as data:
        shutil.copyfileobj(data, out)
        out.flush()
        os.fsync(out.fileno())


def sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
