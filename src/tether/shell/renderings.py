"""Keeping the articles the window shows in the render cache (issue 19).

The next start opens the article the reader was reading last, which may be one opened
during this session (File › Open, the library, a related-reading link, a hand-over): each
article is kept once it is on show and rendered whole — right after the page has it, or,
for one whose first screen was shown first, once its last section is rendered — so that
the next start paints it without the parser (see :mod:`tether.content.cache.render`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from tether.content.cache.render import RenderCache
from tether.ui.main_window import MainWindow
from tether.ui.page.rendering import RENDER_WHOLE_UP_TO


class RenderKeeper(QObject):
    """Writes the article on show into ``cache`` now, and each article shown later just
    after it is shown (queued: the page is laid out and painted first), or once the last
    of its sections is rendered, if it was shown before that. Owned by the window."""

    def __init__(self, window: MainWindow, cache: RenderCache) -> None:
        super().__init__(window)
        self._window = window
        self._cache = cache
        window.article_shown.connect(self._on_article_shown)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._finish_and_keep)

    def watch_current(self) -> None:
        """Keep the article on show now if it is rendered whole, else once it is."""
        session = self._window.session
        if session is not None and not session.article_so_far.complete:
            session.sections_rendered.connect(self._on_sections_rendered)
        self.keep()

    @Slot(Path)
    def _on_article_shown(self, _path: Path) -> None:
        QTimer.singleShot(0, self, self.watch_current)

    @Slot(int, int)
    def _on_sections_rendered(self, _first: int, _last: int) -> None:
        session = self._window.session
        if session is not None and session.article_so_far.complete:
            QTimer.singleShot(0, self, self.keep)

    @Slot()
    def _finish_and_keep(self) -> None:
        """Quitting before a short article's last sections were rendered (they follow its
        first screen): render them now (a few milliseconds) so that the next start is
        quick too. A long article is left as it is."""
        session = self._window.session
        renderer = session.renderer if session is not None else None
        if session is None or renderer is None or session.article_so_far.complete:
            return
        if renderer.outlined and renderer.total <= RENDER_WHOLE_UP_TO:
            # Quietly: a section that cannot be rendered is not worth a dialog now.
            session.blockSignals(True)
            try:
                whole = session.render_through(renderer.total - 1)
            finally:
                session.blockSignals(False)
            if whole:
                self.keep()

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
    keeper.watch_current()
    return keeper
