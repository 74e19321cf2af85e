"""The outline of the article last opened, so that the library need not read it again.

Start-up opens an article, then scans the library, which lists that very file (the
bundled article, say): its outline is already known, from the renderer or from the
render cache, and reading and splitting the file again would parse it a second time
(issue 19). One entry, keyed by the file's resolved path, size and modification time:
a file changed since is read again. No parser here, so that recalling is light.
"""

from __future__ import annotations

from pathlib import Path

from tether.content.model import ArticleOutline

Stamp = tuple[Path, int, int]

_last: tuple[Stamp, ArticleOutline] | None = None


def stamp_of(path: Path) -> Stamp | None:
    """The file's resolved path, modification time and size; None if it cannot be read."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (path.resolve(), info.st_mtime_ns, info.st_size)


def remember(stamp: Stamp | None, outline: ArticleOutline) -> None:
    """Keep ``outline`` as the outline of the file as it was at ``stamp`` (taken before
    it was read, so that a file changed while it was read is read again)."""
    global _last  # the one entry
    if stamp is not None:
        _last = (stamp, outline)


def recall(path: Path) -> ArticleOutline | None:
    """The outline remembered for ``path``, if the file is unchanged since."""
    stamp = stamp_of(path)
    if stamp is not None and _last is not None and _last[0] == stamp:
        return _last[1]
    return None
