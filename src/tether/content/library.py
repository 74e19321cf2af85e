"""The reader's library as data: the bundled articles and those in their articles folder.

Pure Python, like the rest of ``tether.content``: scanning reads each file's outline
(title and section ids) without rendering it, and remembers it until the file changes.
A file that cannot be read is listed with the reason, never skipped in silence.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import NamedTuple

from tether.content.cache.memo import recall
from tether.content.cache.render import RenderCache
from tether.content.errors import ArticleError
from tether.content.model import ArticleOutline
from tether.fs import read_regular_file
from tether.i18n import translate

MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")
ARTICLES_DIR_NAME = "articles"
_QUOTES = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"}
)


class Origin(Enum):
    """Where a library article comes from."""

    BUNDLED = "Bundled with Tether"
    USER = "Your articles folder"


class LibraryEntry(NamedTuple):
    """One file of the library: its outline, or the reason it cannot be opened."""

    path: Path
    origin: Origin
    outline: ArticleOutline | None
    error: str | None = None

    @property
    def title(self) -> str:
        """The article's title; for a file that cannot be opened, its file name."""
        return self.outline.title if self.outline is not None else self.path.name


class AddResult(NamedTuple):
    """What adding a file to the articles folder did."""

    path: Path
    copied: bool  # False: an identical file was already there, and nothing was written


def is_markdown_name(path: Path) -> bool:
    """Whether a file's name says it is Markdown or plain text (what Tether opens)."""
    return path.suffix.lower() in MARKDOWN_SUFFIXES


def normalise_title(title: str) -> str:
    """A title reduced for matching: case, typographic quotes and spacing do not count."""
    text = unicodedata.normalize("NFKC", title).translate(_QUOTES).casefold()
    return " ".join(text.split()).strip(" .")


class LibraryScanner:
    """Lists the articles of a bundled folder and of the reader's articles folder.

    Outlines are cached by path, size and modification time, so scanning again after
    adding one file only reads that file.
    """

    def __init__(self, bundled_dir: Path, user_dir: Path, cache: RenderCache | None = None) -> None:
        self.bundled_dir = bundled_dir
        self.user_dir = user_dir
        # Outlines of unchanged files from there, so that start-up lists them without
        # the parser (see tether.content.cache.render).
        self._outlines = cache
        self._cache: dict[Path, tuple[tuple[int, int], LibraryEntry]] = {}

    def scan(self) -> list[LibraryEntry]:
        """Every article, bundled ones first, each folder in order of file name."""
        entries = [
            self._entry(path, origin)
            for folder, origin in ((self.bundled_dir, Origin.BUNDLED), (self.user_dir, Origin.USER))
            for path in _markdown_files(folder)
        ]
        seen = {entry.path for entry in entries}
        self._cache = {path: cached for path, cached in self._cache.items() if path in seen}
        return entries

    def _outline(self, path: Path) -> ArticleOutline:
        """The article's outline: remembered if it is the one just opened, else cached,
        else read."""
        remembered = recall(path)
        if remembered is not None:
            return remembered
        if self._outlines is not None:
            return self._outlines.outline(path, _read_outline)
        return _read_outline(path)

    def _entry(self, path: Path, origin: Origin) -> LibraryEntry:
        try:
            info = path.stat()
            stamp = (info.st_mtime_ns, info.st_size)
        except OSError:
            stamp = (-1, -1)
        cached = self._cache.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        try:
            entry = LibraryEntry(path, origin, self._outline(path))
        except ArticleError as error:
            entry = LibraryEntry(path, origin, None, error.reason)
        self._cache[path] = (stamp, entry)
        return entry


def _read_outline(path: Path) -> ArticleOutline:
    # Imported here: the parser is needed only for a file not opened or cached already.
    from tether.content.loader import read_outline

    return read_outline(path)


def find_by_title(entries: Iterable[LibraryEntry], title: str) -> LibraryEntry | None:
    """The first entry whose title matches ``title`` (see :func:`normalise_title`)."""
    wanted = normalise_title(title)
    for entry in entries:
        if entry.outline is not None and normalise_title(entry.outline.title) == wanted:
            return entry
    return None


def add_to_folder(source: Path, folder: Path) -> AddResult:
    """Copy an article into the articles folder, never overwriting anything there.

    The file must open as an article (else :class:`ArticleError`, naming it and why). It
    keeps its name if that is free, else gets ``-2``, ``-3`` … before the suffix. A file
    with the very same bytes already in the folder is not copied twice. The folder is
    created private (0700) if it does not exist yet. A folder that is a symbolic link
    is refused (:class:`ArticleError` saying what to do): the copy would land in the
    folder it points to, outside Tether's data folder.
    """
    from tether.content.loader import MAX_ARTICLE_BYTES, read_outline

    read_outline(source)  # refuses what the reader could not open anyway
    if os.path.islink(folder):
        raise ArticleError(source, _link_reason(folder))
    try:
        # Checked again as it is read: a pipe swapped in since is refused, not waited on.
        data = read_regular_file(source, MAX_ARTICLE_BYTES)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        for existing in _markdown_files(folder):
            if existing.stat().st_size == len(data) and existing.read_bytes() == data:
                return AddResult(existing, copied=False)
    except OSError as error:
        raise ArticleError(source, _os_reason(error)) from None
    suffix = source.suffix if is_markdown_name(source) else ".md"
    stem = _safe_stem(source.stem)
    for number in range(1, 10_000):
        target = folder / (f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}")
        try:
            _write_new(target, data)
        except FileExistsError:
            continue
        except OSError as error:
            raise ArticleError(target, _os_reason(error)) from None
        return AddResult(target, copied=True)
    raise ArticleError(
        source, translate("ArticleError", "the articles folder has no free name for it.")
    )


def _markdown_files(folder: Path) -> list[Path]:
    try:
        children = list(folder.iterdir())
    except OSError:
        return []
    # Hidden files are editors' backups and lock files, not articles.
    found = [
        path
        for path in children
        if is_markdown_name(path) and not path.name.startswith(".") and path.is_file()
    ]
    return sorted(found, key=lambda path: (path.name.casefold(), path.name))


def _write_new(target: Path, data: bytes) -> None:
    """Write a file that must not exist yet (O_EXCL), completely or not at all."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError:
        # Only our own half-written file is removed: O_EXCL proved it was new.
        target.unlink(missing_ok=True)
        raise


def _safe_stem(stem: str) -> str:
    cleaned = re.sub(r"[\x00-\x1f/\\]", "", stem).strip(" .")
    return cleaned or "article"


def _link_reason(folder: Path) -> str:
    try:
        target = os.readlink(folder)
    except OSError:
        target = translate("ArticleError", "somewhere else")
    return translate(
        "ArticleError",
        "it was not copied, because the articles folder {folder} is a symbolic link to "
        "{target}, and Tether never writes through links inside its data folder. Replace "
        "the link with a real folder (for example, move the folder it points to into its "
        "place) and add the article again.",
    ).format(folder=folder, target=target)


def _os_reason(error: OSError) -> str:
    return translate("ArticleError", "it could not be copied ({reason}).").format(
        reason=error.strerror or error
    )
