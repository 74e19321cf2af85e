"""Keeping the articles the window shows in the render cache (issue 19).

The next start opens the article the reader was reading last, which may be one opened
during this session (File › Open, the library, a related-reading link, a hand-over): each
article rendered whole is kept once it is on show, right after the page has it, so that
the next start paints it without the parser (see :mod:`tether.content.cache.render`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot

from tether.content.cache.render import RenderCache
from tether.ui.main_window import MainWindow


class RenderKeeper(QObject):
    """Writes the article on show into ``cache`` now, and each article shown later just
    after it is shown (queued: the page is laid out and painted first). Owned by the
    window."""

    def __init__(self, window: MainWindow, cache: RenderCache) -> None:
        super().__init__(window)
        self._window = window
        self._cache = cache
        window.article_shown.connect(self._on_article_shown)

    @Slot(Path)
    def _on_article_shown(self, _path: Path) -> None:
        QTimer.singleShot(0, self, self.keep)

    @Slot()
    def keep(self) -> bool:
        """Keep the article on show if it was rendered whole now; True if it was written."""
        session = self._window.session
        renderer = session.renderer if session is not None else None
        if session is None or renderer is None or renderer.digest is None:
            return False  # shown from the cache already, or too long to be kept
        if not session.article_so_far.complete:
            return False
        meta = renderer.front_matter
        named = "id" in meta or "title" in meta
        return self._cache.store(session.article_so_far, renderer.digest, named)


def keep_renderings(window: MainWindow, cache: RenderCache) -> RenderKeeper:
    """Keep the article on show in ``cache``, and every one the window shows after it."""
    keeper = RenderKeeper(window, cache)
    keeper.keep()
    return keeper
