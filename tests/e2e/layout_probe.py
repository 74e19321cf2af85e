"""Runs Tether's start-up and reports where the page's text was at its first paint and
once the rest of the window was built.

Usage: ``python layout_probe.py [tether arguments...]`` (with ``--quit-after-startup``,
which quits once the work deferred until after the first paint is done).

This is ``tether.shell.main.main`` itself, with a QApplication made first so that an
application-wide event filter sees the first Paint event of the article's page. Right
after that paint (a zero-timer queued before anything else waits for the paint) and
again when the application is about to quit, it renders the main window into an image
and notes the rectangle, in window coordinates, of every pixel of the page that is not
the page's background: the text block as a reader sees it. It prints both as one line
of JSON, prefixed ``PROBE``.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tether.shell.main import main
from tether.ui.page.article_view import ArticleView


def text_block(view: ArticleView) -> list[int] | None:
    """The rectangle (x, y, width, height) of the page's ink, in its window's coordinates."""
    window = view.window()
    image = window.grab().toImage()
    scale = image.devicePixelRatio()
    page = view.viewport()
    corner = page.mapTo(window, QPoint(0, 0))
    area = QRect(corner, page.size())
    background = image.pixel(int(area.left() * scale) + 1, int(area.top() * scale) + 1)
    found = QRect()
    for y in range(int(area.top() * scale), int((area.bottom() + 1) * scale)):
        for x in range(int(area.left() * scale), int((area.right() + 1) * scale)):
            if image.pixel(x, y) != background:
                found = found.united(QRect(x, y, 1, 1))
    if found.isNull():
        return None
    return [found.x(), found.y(), found.width(), found.height()]


class PageWatch(QObject):
    """Notes the text block right after the page's first paint and again at the end."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.view: ArticleView | None = None
        self.first: list[int] | None = None
        self.last: list[int] | None = None
        self.page_first: list[int] | None = None
        self.page_last: list[int] | None = None
        app.aboutToQuit.connect(self.at_the_end)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.view is None and event.type() == QEvent.Type.Paint:
            view = watched.parent()
            if isinstance(view, ArticleView) and watched is view.viewport():
                self.view = view
                QTimer.singleShot(0, self.at_first_paint)
        return False

    def _page(self) -> list[int]:
        assert self.view is not None
        page: QWidget = self.view.viewport()
        corner = page.mapTo(self.view.window(), QPoint(0, 0))
        return [corner.x(), corner.y(), page.width(), page.height()]

    def at_first_paint(self) -> None:
        assert self.view is not None
        self.first, self.page_first = text_block(self.view), self._page()

    def at_the_end(self) -> None:
        if self.view is not None:
            self.last, self.page_last = text_block(self.view), self._page()


def run(argv: list[str]) -> int:
    app = QApplication([sys.argv[0]])
    watch = PageWatch(app)
    app.installEventFilter(watch)
    code = main(argv)
    app.removeEventFilter(watch)
    seen = {
        "first": watch.first,
        "last": watch.last,
        "page_first": watch.page_first,
        "page_last": watch.page_last,
    }
    print("PROBE " + json.dumps(seen), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
