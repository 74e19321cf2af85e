"""Writing an exported file all at once: a reader never finds half a worksheet.

Every format goes the same way: the whole file is made in memory first, then written
to a temporary file beside the target, checked (every byte written, the size on disk
right), flushed to the disk and renamed over the target. Any failure on the way (a
full disk, a removed drive) raises :class:`ExportError` with the reason, removes the
temporary file and leaves an earlier file of that name as it was. Without
``replace``, an existing file is never touched: the final step is a hard link, which
fails if the name is taken even if it appeared a moment ago. A target that is not a
regular file (a named pipe, a device) is refused, never replaced.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

from tether.fs import NotAFileError, check_target
from tether.i18n import translate


class ExportError(Exception):
    """An export that could not be made, with the reason in plain words."""


class Format(StrEnum):
    """The file formats Tether exports to; the value is the usual file suffix."""

    MARKDOWN = ".md"
    HTML = ".html"
    PDF = ".pdf"

    @property
    def label(self) -> str:
        """The format's name for people."""
        if self is Format.HTML:
            return translate("Export", "Web page")
        return "Markdown" if self is Format.MARKDOWN else "PDF"


_SUFFIXES = {
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".pdf": Format.PDF,
}


def format_for(path: Path) -> Format:
    """The format a file name asks for, by its suffix; ExportError if none fits."""
    found = _SUFFIXES.get(path.suffix.lower())
    if found is None:
        known = ", ".join(sorted(_SUFFIXES))
        raise ExportError(
            translate(
                "Export", "{name}: Tether does not know this file type; use one of {known}."
            ).format(name=path.name, known=known)
        )
    return found


def write_text(path: Path, text: str, *, replace: bool, private: bool = False) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically; see :func:`write_bytes`."""
    write_bytes(path, text.encode("utf-8"), replace=replace, private=private)


def write_bytes(path: Path, data: bytes, *, replace: bool, private: bool = False) -> None:
    """Write ``data`` to ``path`` atomically, or raise ExportError and change nothing."""
    with atomic_path(path, replace=replace, private=private) as partial:
        _write_all(partial, data)


def _write_all(partial: Path, data: bytes) -> None:
    """Write every byte of ``data`` to ``partial`` and check the file holds them.

    ``os.write`` may write less than asked (a disk filling up); each short write is
    continued, and a failed one raises. The size on disk is checked after the flush.
    """
    descriptor = os.open(partial, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
    try:
        view = memoryview(data)
        while view:
            written = os.write(descriptor, view)
            if written <= 0:
                raise OSError(
                    translate("Export", "only {written} of {size} bytes were written").format(
                        written=len(data) - len(view), size=len(data)
                    )
                )
            view = view[written:]
        os.fsync(descriptor)
        size = os.fstat(descriptor).st_size
    finally:
        os.close(descriptor)
    if size != len(data):
        raise OSError(
            translate("Export", "the file holds {held} bytes instead of {size}").format(
                held=size, size=len(data)
            )
        )


@contextmanager
def atomic_path(path: Path, *, replace: bool, private: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path``; when the block ends well, it becomes ``path``.

    ``private`` files (holding the reader's own words) are readable by the owner only;
    others get the usual permissions of a new file. Raises ExportError.
    """
    folder = path.parent
    refuse_special(path)
    if not replace and os.path.lexists(path):
        raise _exists(path)
    if not folder.is_dir():
        raise ExportError(
            translate("Export", "The folder {folder} does not exist.").format(folder=folder)
        )
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
        os.close(fd)
    except OSError as error:
        raise ExportError(
            translate("Export", "Tether cannot write in {folder}: {reason}.").format(
                folder=folder, reason=error.strerror or error
            )
        ) from None
    partial = Path(name)
    existed = os.path.lexists(path)
    try:
        yield partial
        if not private:
            os.chmod(partial, 0o666 & ~_umask())
        _fsync(partial)
        _put_in_place(partial, path, replace)
        _sync_folder(folder)
    except OSError as error:
        kept = (
            translate("Export", "The file already there is unchanged.")
            if existed
            else translate("Export", "No file was made.")
        )
        reason = error.strerror or str(error)
        raise ExportError(
            translate("Export", "Tether could not write {file}: {reason}. {kept}").format(
                file=path, reason=reason, kept=kept
            )
        ) from None
    finally:
        partial.unlink(missing_ok=True)


def refuse_special(path: Path) -> None:
    """ExportError if ``path`` is a folder, a named pipe or a device: never replaced.

    Called before any work, so a refusal comes at once, and again just before writing.
    """
    try:
        check_target(path)
    except IsADirectoryError:
        raise ExportError(
            translate("Export", "{file} is a folder; please name a file.").format(file=path)
        ) from None
    except NotAFileError:
        raise ExportError(
            translate(
                "Export",
                "{file} is not an ordinary file (it is a named pipe, a device or a socket); "
                "Tether will not write there. Please choose another name.",
            ).format(file=path)
        ) from None
    except OSError:
        return  # cannot be looked at (no permission): the write itself will say why


def _put_in_place(partial: Path, path: Path, replace: bool) -> None:
    if replace:
        os.replace(partial, path)
        return
    try:
        os.link(partial, path)
    except FileExistsError:
        raise _exists(path) from None
    except OSError:
        # No hard links here (some network or FAT drives): check, then rename.
        if os.path.lexists(path):
            raise _exists(path) from None
        os.rename(partial, path)


def _exists(path: Path) -> ExportError:
    """The refusal to overwrite ``path``."""
    return ExportError(
        translate("Export", "{file} already exists; Tether will not overwrite it.").format(
            file=path
        )
    )


def _fsync(path: Path) -> None:
    with path.open("rb") as file:
        os.fsync(file.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; folders cannot be opened so everywhere (Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the file itself is synced
    finally:
        os.close(descriptor)


def _umask() -> int:
    # There is no way to read the umask without setting it; it is put back at once.
    mask = os.umask(0o077)
    os.umask(mask)
    return mask
