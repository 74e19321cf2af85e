"""Watching a folder outside the data folder, to prove Tether changed nothing there."""

from __future__ import annotations

import os
import stat
from pathlib import Path

# Relative path -> (file type, permission bits, modification time, bytes or link target).
Look = dict[str, tuple[int, int, int, bytes | str | None]]


def look(place: Path) -> Look:
    """Every item at and below ``place`` as it is now, links not followed.

    Two looks are equal only if no file was created, removed, written, touched or
    had its mode changed in between.
    """
    found: Look = {}
    if not os.path.lexists(place):
        return found
    pending = [place]
    while pending:
        path = pending.pop()
        info = os.lstat(path)
        content: bytes | str | None = None
        if stat.S_ISREG(info.st_mode):
            content = path.read_bytes()
        elif stat.S_ISLNK(info.st_mode):
            content = os.readlink(path)
        elif stat.S_ISDIR(info.st_mode):
            pending.extend(path.iterdir())
        key = str(path.relative_to(place))
        mode = info.st_mode
        found[key] = (stat.S_IFMT(mode), stat.S_IMODE(mode), info.st_mtime_ns, content)
    return found


def outside_file(folder: Path, name: str, data: bytes, mode: int = 0o644) -> Path:
    """A file of someone else's, with a mode Tether would never give its own files."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    os.chmod(path, mode)
    # An mtime in the past, so that any write (even within the same second) shows.
    os.utime(path, ns=(1_500_000_000_000_000_000, 1_500_000_000_000_000_000))
    return path


def modes_under(folder: Path) -> dict[str, int]:
    """Relative path -> permission bits of ``folder`` and of everything in it (no links)."""
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for root, dirs, files in os.walk(folder):
        for name in [*dirs, *files]:
            path = Path(root, name)
            found[str(path.relative_to(folder))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def not_private(folder: Path) -> dict[str, str]:
    """Everything under ``folder`` (itself included) that is not 0700 (folders) or 0600."""
    wrong = {}
    for name, mode in modes_under(folder).items():
        path = folder / name
        if path.is_symlink():
            continue
        wanted = 0o700 if path.is_dir() else 0o600
        if mode != wanted:
            wrong[name] = oct(mode)
    return wrong
