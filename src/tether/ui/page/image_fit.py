"""Pictures no wider than the text column, however wide the file or narrow the window.

Qt lays an image out at its own size, and a wider one would give the whole page a
horizontal scroll bar. The page remembers each picture's own size as it loads it, and
after every change of column width (or new sections) gives each picture on the page a
width no larger than the column, keeping its proportions; a picture that fits keeps its
own size.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSizeF, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument, QTextImageFormat

from tether.ui.page.article_resources import ImageLoader


class PageImages:
    """One article's pictures: loaded from its folder only, and fitted to the column."""

    def __init__(self, folder: Path) -> None:
        self._loader = ImageLoader(folder)
        self._sizes: dict[str, QSizeF] = {}

    def load(self, url: QUrl) -> QImage:
        """The picture ``url`` names (empty if it may not be shown); its size is kept."""
        image = self._loader.load(url)
        if not image.isNull():
            self._sizes[url.toString()] = QSizeF(image.size())
        return image

    def fit(self, document: QTextDocument, viewport_width: float) -> None:
        """Every picture loaded so far no wider than ``document``'s text column, in a
        view ``viewport_width`` wide."""
        frame = document.rootFrame().frameFormat()
        column = viewport_width - frame.leftMargin() - frame.rightMargin() - 2
        fit_images(document, column, self._sizes)


def fit_images(document: QTextDocument, width: float, natural: dict[str, QSizeF]) -> None:
    """Give every image of ``document`` at most ``width``; ``natural`` has their sizes."""
    if not natural or width <= 0:
        return
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fragments += 1
            char_format = fragment.charFormat()
            if not char_format.isImageFormat():
                continue
            image = char_format.toImageFormat()
            size = natural.get(image.name())
            if size is None or size.width() <= 0:
                continue
            scale = min(1.0, width / size.width())
            wanted = QSizeF(size.width() * scale, size.height() * scale)
            if abs(image.width() - wanted.width()) < 0.5 and image.width() > 0:
                continue
            fitted = QTextImageFormat(image)
            fitted.setWidth(wanted.width())
            fitted.setHeight(wanted.height())
            cursor.setPosition(fragment.position())
            cursor.setPosition(
                fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.setCharFormat(fitted)
        block = block.next()
