"""Never through a link: what Tether creates, writes, chmods, moves or deletes in its folder.

A symbolic link inside the data folder (``tether.sqlite3``, ``settings.ini``,
``backups/``…) would let Tether's writes land outside it: SQLite would turn the link's
target into a database, a chmod would change a stranger file's mode, pruning backups
would delete files in another folder. So Tether refuses such links, with a message
that names the link and says what to do, and changes nothing through them.

The data folder *itself* may be a link (a folder kept on another disk, say): only the
items inside it are checked. Python's ``os.chmod(..., follow_symlinks=False)`` is not
available on Linux, so a path is checked with ``lstat`` just before its mode is
changed (see :func:`chmod_no_follow`).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path

from tether.i18n import translate
from tether.store.errors import StoreError
from tether.store.paths import PRIVATE_DIR_MODE, ensure_private_dir

PRIVATE_FILE_MODE = 0o600


class LinkRefusedError(StoreError):
    """An item inside the data folder is a symbolic link, and Tether will not use it."""


def is_link(path: Path) -> bool:
    """Whether ``path`` itself (not what it points to) is a symbolic link."""
    try:
        return stat.S_ISLNK(os.lstat(path).st_mode)
    except OSError:
        return False


def link_message(path: Path) -> str:
    """What is wrong with the link ``path`` and what to do, in plain sentences."""
    try:
        target = os.readlink(path)
    except OSError:
        target = translate("DataFile", "somewhere else")
    return translate(
        "DataFile",
        "Tether will not use {path}: it is a symbolic link to {target}. Tether never "
        "writes through links inside its data folder, so that nothing outside it is "
        "changed. Replace the link with the real file or folder (for example, move "
        "{target} to {path}), or remove the link, and start Tether again.",
    ).format(path=path, target=target)


def refuse_link(path: Path) -> None:
    """Raise :class:`LinkRefusedError` if ``path`` is a symbolic link; otherwise do nothing."""
    if is_link(path):
        raise LinkRefusedError(link_message(path))


def refuse_links(paths: Iterable[Path]) -> None:
    """:func:`refuse_link` for each path, the first link found raising."""
    for path in paths:
        refuse_link(path)


def chmod_no_follow(path: Path, mode: int) -> None:
    """Set ``path``'s permission bits; raise :class:`LinkRefusedError` if it is a link.

    The path is checked with ``lstat`` and changed by name. Opening it with
    ``O_NOFOLLOW`` and using ``fchmod`` would close the last gap, but closing any
    descriptor of the data file drops this process's POSIX locks on it, which its
    SQLite connections (and the check for other Tethers) rely on. The folder is the
    owner's alone (0700), so only they could swap a link in between.
    Raises FileNotFoundError if there is nothing at ``path``.
    """
    refuse_link(path)
    if stat.S_IMODE(os.lstat(path).st_mode) != mode:
        os.chmod(path, mode)


def private_subdir(path: Path) -> None:
    """Create the folder ``path`` or tighten it to 0700.

    For Tether's own folders inside the data folder (``backups/``, ``damaged/``): a link
    in their place raises :class:`LinkRefusedError`, anything else that is not a folder
    StoreError. A missing data folder is made again (0700) first; the data folder
    itself may be a link.
    """
    if not os.path.isdir(path.parent):
        ensure_private_dir(path.parent)
    try:
        refuse_link(path)
        with contextlib.suppress(FileExistsError):
            os.mkdir(path, PRIVATE_DIR_MODE)
        if not stat.S_ISDIR(os.lstat(path).st_mode):
            raise StoreError(
                translate(
                    "DataFile", "Tether cannot use {folder}: it exists but is not a folder."
                ).format(folder=path)
            )
        # mkdir's mode is filtered by the umask and ignored for existing folders.
        chmod_no_follow(path, PRIVATE_DIR_MODE)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise StoreError(
            translate("DataFile", "Tether cannot prepare the folder {folder}: {reason}.").format(
                folder=path, reason=reason
            )
        ) from exc


def make_tree_private(root: Path, names: Iterable[str]) -> list[Path]:
    """Tighten ``root``'s items ``names`` and everything under them: files 0600, folders 0700.

    Links are neither followed nor changed (they are refused where they would be
    used); items that do not exist are skipped. Only modes that differ are changed,
    so a tidy folder costs one ``lstat`` per item. Returns the links found, and never
    raises for one item it cannot change (a start must not fail over a mode).
    """
    links: list[Path] = []
    pending = [root / name for name in names]
    while pending:
        path = pending.pop()
        try:
            info = os.lstat(path)
        except OSError:
            continue
        if stat.S_ISLNK(info.st_mode):
            links.append(path)
            continue
        folder = stat.S_ISDIR(info.st_mode)
        wanted = PRIVATE_DIR_MODE if folder else PRIVATE_FILE_MODE
        if stat.S_ISREG(info.st_mode) or folder:
            try:
                if stat.S_IMODE(info.st_mode) != wanted:
                    chmod_no_follow(path, wanted)
            except (OSError, StoreError):
                continue
        if folder:
            try:
                pending.extend(path / name for name in os.listdir(path))
            except OSError:
                continue
    return links
