"""The lock that says "a live Tether has this data folder": an OS lock on ``tether.lock``.

The truth is the kernel's ``flock`` on the open lock file, held for the whole life of the
process. The kernel drops it when the process ends, however it ends (``kill -9``, a
crash, a power cut), so a lock nobody holds is stale by definition, whatever the file
says. What the file says (process id, computer, start time) is only information, for
the messages. This makes every kind of leftover harmless: an empty file, one that cannot
be read, one naming another computer (a copied or synced data folder), or one naming a
process id that some unrelated program reuses now.

A new lock file is made complete before anyone can see it: written and locked under a
private name, then hard-linked to ``tether.lock``, which fails if one is already there.
So a ``tether.lock`` that can be locked was left behind, never one still being made. A
lock file is removed only by its holder, while holding it; whoever locks a file that has
just been removed sees that the name no longer leads to it and starts over.

Pure Python (no Qt): :mod:`tether.shell.instance` wraps it with the hand-over socket.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import math
import os
import stat
import time
from pathlib import Path
from typing import NamedTuple

from tether.i18n import translate

# How often :meth:`FolderLock.acquire` starts over when the lock file changes under it
# (another Tether removing or making it at that moment). Each round is a few system calls.
_ATTEMPTS = 50
_MAX_INFO_BYTES = 4096
# link() failing with these means the file system has no hard links (FAT, some mounts).
_NO_HARD_LINKS = frozenset({errno.EPERM, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV})


class LockBlockedError(Exception):
    """Something in the way of the lock file that Tether may not move: a sentence to show."""


class LockInfo(NamedTuple):
    """What a lock file says about the Tether that made it; any field may be unknown."""

    pid: int | None = None
    host: str | None = None
    started: float | None = None

    @classmethod
    def ours(cls) -> LockInfo:
        """This process, on this computer, now."""
        return cls(os.getpid(), this_host(), time.time())

    def encode(self) -> bytes:
        """One line of JSON.

        What a lock file holds (a process id, a plain host name, a time) is written
        here as json would write it, so that taking the lock at start does not import
        json; any other value goes through json.
        """
        pid, host, started = self.pid, self.host, self.started
        if (
            (pid is None or type(pid) is int)
            and (host is None or _plain_json_text(host))
            and (started is None or (type(started) is float and math.isfinite(started)))
        ):
            return (
                f'{{"pid": {_json_number(pid)}, "host": {_json_text(host)}, '
                f'"started": {_json_number(started)}}}\n'
            ).encode()
        import json

        data = {"pid": pid, "host": host, "started": started}
        return json.dumps(data).encode() + b"\n"

    @classmethod
    def decode(cls, data: bytes) -> LockInfo | None:
        """Read a lock file's content; None if it says nothing usable.

        Besides its own JSON line, this reads the form Qt's ``QLockFile`` writes (process
        id, application, computer on lines of their own), which earlier Tethers used.
        """
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        import json  # only when a lock file is found, not when one is made

        try:
            value = json.loads(text)
        except ValueError:
            lines = text.splitlines()
            if len(lines) >= 3 and lines[0].strip().isdigit():
                return cls(int(lines[0]), lines[2].strip() or None, None)
            return None
        if not isinstance(value, dict):
            return None
        pid, host, started = value.get("pid"), value.get("host"), value.get("started")
        return cls(
            pid if isinstance(pid, int) and not isinstance(pid, bool) else None,
            host if isinstance(host, str) and host else None,
            float(started) if isinstance(started, int | float) else None,
        )

    def age_s(self) -> float | None:
        """Seconds since that Tether started, by this computer's clock; None if unknown."""
        return None if self.started is None else max(0.0, time.time() - self.started)


class Claim(NamedTuple):
    """The outcome of :meth:`FolderLock.acquire`.

    ``owned``: this process is the one Tether of the folder (also when the folder cannot
    hold a lock at all: the data file's own checks then say what is wrong). ``holder``:
    when not owned, what the lock file says about the live Tether holding it.
    ``notes``: sentences for the log about what was found and taken over or moved aside.
    """

    owned: bool
    holder: LockInfo | None = None
    notes: tuple[str, ...] = ()


def _plain_json_text(text: str) -> bool:
    """Whether json writes ``text`` as itself in quotes (printable ASCII, no escapes)."""
    return text.isascii() and text.isprintable() and '"' not in text and "\\" not in text


def _json_text(text: str | None) -> str:
    return "null" if text is None else f'"{text}"'


def _json_number(number: float | None) -> str:
    return "null" if number is None else repr(number)


def this_host() -> str:
    """This computer's name, as written in lock files."""
    return os.uname().nodename if hasattr(os, "uname") else ""


class FolderLock:
    """An exclusive, process-lifetime lock on one lock file path."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    @property
    def path(self) -> Path:
        """The lock file."""
        return self._path

    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._fd is not None

    def acquire(self) -> Claim:
        """Take the lock if no live process holds it; never waits.

        Raises :class:`LockBlockedError` when something that is not a lock file stands
        at the path and cannot be moved aside.
        """
        if self._fd is not None:
            return Claim(True)
        notes: list[str] = []
        for _ in range(_ATTEMPTS):
            try:
                fd = self._create()
            except OSError:
                if os.path.lexists(self._path):
                    # No new file can be made (a full disk, say), but a lock file is
                    # there: whoever holds it still decides.
                    outcome = self._try_existing(notes)
                    if outcome is not None:
                        return Claim(outcome[0], outcome[1], tuple(notes))
                    continue
                # No files can be made here (a read-only folder) and none is there: the
                # data file's own checks say what is wrong, better than a lock could.
                return Claim(True, notes=tuple(notes))
            if fd is not None:
                self._own(fd)
                return Claim(True, notes=tuple(notes))
            outcome = self._try_existing(notes)
            if outcome is not None:
                return Claim(outcome[0], outcome[1], tuple(notes))
        changing = translate("SingleInstance", "{lock} kept changing; Tether runs unlocked.")
        return Claim(True, notes=(*notes, changing.format(lock=self._path)))

    def _try_existing(self, notes: list[str]) -> tuple[bool, LockInfo | None] | None:
        """Lock the lock file already there: (owned, holder), or None to start over."""
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
        except FileNotFoundError:
            return None  # its holder removed it a moment ago
        except OSError as error:
            self._move_aside(error.strerror or str(error), notes)
            return None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            self._move_aside(translate("SingleInstance", "it is not a regular file"), notes)
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = LockInfo.decode(_read(fd))
            os.close(fd)
            return False, holder or LockInfo()
        except OSError as error:
            os.close(fd)
            unlockable = translate("SingleInstance", "{lock} cannot be locked here ({reason}).")
            notes.append(unlockable.format(lock=self._path, reason=error.strerror))
            return True, None
        if not self._names(fd):
            os.close(fd)
            return None  # removed by its holder just before we locked it
        left = _read(fd)
        _write(fd, LockInfo.ours().encode())
        took = translate("SingleInstance", "took over the lock file {lock}: {why}.")
        notes.append(took.format(lock=self._path, why=_what_was_left(left)))
        self._own(fd)
        return True, None

    def _create(self) -> int | None:
        """A new, locked lock file at the path; None if one is there already."""
        # The pid and a random part: processes in other pid namespaces share no name.
        unique = f"{os.getpid()}-{os.urandom(4).hex()}"  # secrets.token_hex(4), without its import
        temporary = self._path.with_name(f"{self._path.name}.{unique}.new")
        fd = os.open(
            temporary,
            os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW | os.O_CLOEXEC,
            0o600,
        )
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            _write(fd, LockInfo.ours().encode())
            os.link(temporary, self._path, follow_symlinks=False)
        except (FileExistsError, BlockingIOError, FileNotFoundError):
            # A lock file is there already; or a Tether that just took the lock swept
            # this private file away as a leftover (it locked or removed it before we
            # could link it): either way the lock file decides, so start over.
            os.close(fd)
            return None
        except OSError as error:
            os.close(fd)
            if error.errno in _NO_HARD_LINKS:
                return self._create_without_links()
            raise
        finally:
            _unlink_quietly(temporary)
        return fd

    def _create_without_links(self) -> int | None:
        """On a file system without hard links: create in place (briefly empty)."""
        try:
            fd = os.open(
                self._path,
                os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC,
                0o600,
            )
        except FileExistsError:
            return None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)  # another Tether opened it at once and locked it first
            return None
        _write(fd, LockInfo.ours().encode())
        return fd

    def _own(self, fd: int) -> None:
        self._fd = fd
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)  # a taken-over file may have had any mode
        self._sweep_temporaries()

    def _sweep_temporaries(self) -> None:
        """Remove private lock files left by Tethers killed while making one."""
        for path in self._path.parent.glob(f"{self._path.name}.*.new"):
            try:
                fd = os.open(path, os.O_RDWR | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
            except OSError:
                continue
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                _unlink_quietly(path)
            except OSError:
                pass  # a live Tether's, being made right now
            finally:
                os.close(fd)

    def _move_aside(self, why: str, notes: list[str]) -> None:
        """Rename what is in the way to a name of its own; it is never deleted."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self._path.with_name(f"{self._path.name}.unusable-{stamp}-{os.getpid()}")
        try:
            os.rename(self._path, aside)
        except FileNotFoundError:
            return  # someone else moved it
        except OSError as error:
            raise LockBlockedError(
                translate(
                    "SingleInstance",
                    "Tether cannot start: {lock} is in the way of its lock file ({why}) and "
                    "cannot be moved aside ({reason}). Your reflections are not in it (they "
                    "are in tether.sqlite3 in {folder}): move or rename {lock} and start "
                    "Tether again.",
                ).format(lock=self._path, why=why, reason=error.strerror, folder=self._path.parent)
            ) from error
        moved = translate(
            "SingleInstance", "moved {lock} to {aside}: {why}, so it cannot be Tether's lock."
        )
        notes.append(moved.format(lock=self._path, aside=aside, why=why))

    def _names(self, fd: int) -> bool:
        """Whether the lock file path still leads to the file open as ``fd``."""
        try:
            here = os.stat(self._path, follow_symlinks=False)
        except OSError:
            return False
        mine = os.fstat(fd)
        return (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino)

    def reclaim(self) -> None:
        """Lock a new lock file if ours was removed (the data folder deleted and re-made)."""
        if self._fd is None or self._names(self._fd):
            return
        try:
            fd = self._create()
        except OSError:
            return
        if fd is not None:
            os.close(self._fd)
            self._fd = fd

    def release(self) -> None:
        """Remove the lock file (while still holding it) and free the lock."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if self._names(fd):
            _unlink_quietly(self._path)
        os.close(fd)


def _what_was_left(content: bytes) -> str:
    """Why a lock file nobody held was stale, in words, from what it said."""
    if not content.strip():
        return translate(
            "SingleInstance", "it was empty, left by a Tether that ended without closing"
        )
    info = LockInfo.decode(content)
    if info is None or info.pid is None:
        return translate("SingleInstance", "it could not be read, and no running Tether holds it")
    if info.host is not None and info.host != this_host():
        return translate(
            "SingleInstance",
            "it names process {pid} on another computer, {host} (a copied or synced data "
            "folder); no Tether on this computer holds it",
        ).format(pid=info.pid, host=info.host)
    return translate(
        "SingleInstance", "its process {pid} is not a Tether on this folder any more"
    ).format(pid=info.pid)


def _read(fd: int) -> bytes:
    try:
        return os.pread(fd, _MAX_INFO_BYTES, 0)
    except OSError:
        return b""


def _write(fd: int, data: bytes) -> None:
    """Replace the lock file's content; a failure (a full disk) only loses information."""
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, data, 0)
    except OSError:
        pass


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
