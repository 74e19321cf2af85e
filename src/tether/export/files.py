"""Writing an exported file all at once: a reader never finds half a worksheet.

Everything is written to a temporary file beside the target and then renamed over
it. Without ``replace``, an existing file is never touched: the final step is a
hard link, which fails if the name is taken even if it appeared a moment ago.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path


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
        return {Format.MARKDOWN: "Markdown", Format.HTML: "Web page", Format.PDF: "PDF"}[self]


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
        raise ExportError(f"{path.name}: Tether does not know this file type; use one of {known}.")
    return found


def write_text(path: Path, text: str, *, replace: bool, private: bool = False) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically."""
    with atomic_path(path, replace=replace, private=private) as partial:
        partial.write_text(text, encoding="utf-8")


def write_with(
    path: Path, write: Callable[[Path], object], *, replace: bool, private: bool = False
) -> None:
    """Let ``write`` fill a temporary file, then put it at ``path`` atomically."""
    with atomic_path(path, replace=replace, private=private) as partial:
        write(partial)


@contextmanager
def atomic_path(path: Path, *, replace: bool, private: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path``; when the block ends well, it becomes ``path``.

    ``private`` files (holding the reader's own words) are readable by the owner only;
    others get the usual permissions of a new file. Raises ExportError.
    """
    folder = path.parent
    if path.is_dir():
        raise ExportError(f"{path} is a folder; please name a file.")
    if not replace and os.path.lexists(path):
        raise ExportError(f"{path} already exists; Tether will not overwrite it.")
    if not folder.is_dir():
        raise ExportError(f"The folder {folder} does not exist.")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
        os.close(fd)
    except OSError as error:
        raise ExportError(f"Tether cannot write in {folder}: {error.strerror or error}.") from None
    partial = Path(name)
    try:
        yield partial
        if not private:
            os.chmod(partial, 0o666 & ~_umask())
        _fsync(partial)
        _put_in_place(partial, path, replace)
    except OSError as error:
        raise ExportError(f"Tether could not write {path}: {error.strerror or error}.") from None
    finally:
        partial.unlink(missing_ok=True)


def _put_in_place(partial: Path, path: Path, replace: bool) -> None:
    if replace:
        os.replace(partial, path)
        return
    try:
        os.link(partial, path)
    except FileExistsError:
        raise ExportError(f"{path} already exists; Tether will not overwrite it.") from None
    except OSError:
        # No hard links here (some network or FAT drives): check, then rename.
        if os.path.lexists(path):
            raise ExportError(f"{path} already exists; Tether will not overwrite it.") from None
        os.rename(partial, path)


def _fsync(path: Path) -> None:
    with path.open("rb") as file:
        os.fsync(file.fileno())


def _umask() -> int:
    # There is no way to read the umask without setting it; it is put back at once.
    mask = os.umask(0o077)
    os.umask(mask)
    return mask
