"""Regular files only: opened without blocking, checked on the open handle.

The name is looked at first (``stat`` never blocks and opens nothing), so a device is
not even opened; then the file is opened with ``O_NONBLOCK`` and checked again with
``fstat`` on the handle, so a pipe swapped in between the two is still refused at once
instead of hanging the caller.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_CHUNK = 1024 * 1024


def _read_flags() -> int:
    flags = os.O_RDONLY
    for name in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_BINARY"):
        flags |= getattr(os, name, 0)
    return flags


_READ_FLAGS = _read_flags()


class NotAFileError(OSError):
    """The name leads to something that is not a regular file (a pipe, a device…)."""


class TooLargeError(OSError):
    """The file is larger than the caller allows; ``size`` is what it has."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def _refuse_unless_regular(path: Path | str, info: os.stat_result, limit: int | None) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "Is a directory", str(path))
    if not stat.S_ISREG(info.st_mode):
        raise NotAFileError(f"{path} is not a regular file")
    if limit is not None and info.st_size > limit:
        raise TooLargeError(info.st_size)


def open_regular(path: Path | str, limit: int | None = None) -> int:
    """A descriptor open for reading on the regular file at ``path``; the caller closes it.

    Raises :class:`NotAFileError` (a pipe, a device, a socket), :class:`IsADirectoryError`,
    :class:`TooLargeError` (more than ``limit`` bytes), or another :class:`OSError`
    (missing, no permission). Never blocks: a pipe is refused, not waited on.
    """
    _refuse_unless_regular(path, os.stat(path), limit)
    descriptor = os.open(path, _READ_FLAGS)
    try:
        _refuse_unless_regular(path, os.fstat(descriptor), limit)
        # Reads of a regular file ignore O_NONBLOCK; clearing it keeps them ordinary.
        os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def check_regular(path: Path | str, limit: int | None = None) -> os.stat_result:
    """Check that ``path`` is a readable regular file (within ``limit``); return its stat.

    For files another library opens itself (SQLite, QSettings): call this first, so a
    pipe or a device never reaches a library that would block on it. Raises as
    :func:`open_regular` does.
    """
    descriptor = open_regular(path, limit)
    try:
        return os.fstat(descriptor)
    finally:
        os.close(descriptor)


def check_target(path: Path | str) -> bool:
    """Whether a regular file is at ``path``, about to be replaced by a new one.

    False if nothing (or a dangling symbolic link) is there. Raises
    :class:`IsADirectoryError` for a folder and :class:`NotAFileError` for a pipe, a
    device or a socket: putting a file in their place would break whatever uses them.
    The target is only looked at, never opened: nothing is read from it.
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return False
    _refuse_unless_regular(path, info, None)
    return True


def read_regular_file(path: Path | str, limit: int) -> bytes:
    """Read a regular file of at most ``limit`` bytes.

    Raises as :func:`open_regular` does; :class:`TooLargeError` also if the file grows
    past ``limit`` while it is read.
    """
    descriptor = open_regular(path, limit)
    try:
        size = os.fstat(descriptor).st_size
        chunks: list[bytes] = []
        total = 0
        # Never trust the size alone: a file can grow while it is read.
        while chunk := os.read(descriptor, min(_CHUNK, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise TooLargeError(max(total, size))
        return b"".join(chunks)
    finally:
        os.close(descriptor)
