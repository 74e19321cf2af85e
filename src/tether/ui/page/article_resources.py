"""What the article page loads and follows on behalf of an untrusted article.

Images come only from the article's own folder (see :mod:`tether.content.safety`), as
raster images of a sane size. A refused image is an empty :class:`QImage`, never
``None``: given nothing, QTextDocument reads the file itself, whatever it is (a named
pipe would block the window for ever). Links: only web and mail links may be opened,
and the words of the link that was clicked go along, so the reader can be shown both.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QImage, QImageReader, QTextBlock, QTextDocument

from tether.content.safety import MAX_IMAGE_BYTES, image_format, opens_outside, read_resource
from tether.i18n import QT_TRANSLATE_NOOP, translate

# All images of one article together; and the largest picture, in pixels and per side.
MAX_TOTAL_IMAGE_BYTES = 64 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_SIDE = 16_384
NOWHERE = QT_TRANSLATE_NOOP("ArticlePage", "This link does not lead anywhere Tether can open.")
_SHOWN_NAME = 80


class ImageLoader:
    """Loads one article's images from its folder, within per-image and total limits."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.loaded_bytes = 0

    def load(self, name: QUrl) -> QImage:
        """The image ``name`` refers to, or an empty image if it may not be shown."""
        allowed = min(MAX_IMAGE_BYTES, MAX_TOTAL_IMAGE_BYTES - self.loaded_bytes)
        reference = name.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        data = read_resource(self.folder, reference, allowed) if allowed > 0 else None
        kind = image_format(data) if data is not None else None
        if data is None or kind is None:
            return QImage()
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, kind.encode("ascii"))
        size = reader.size()
        if (
            not size.isValid()
            or max(size.width(), size.height()) > MAX_SIDE
            or size.width() * size.height() > MAX_PIXELS
        ):
            # Decided from the header: a small file can unpack to gigabytes of pixels.
            return QImage()
        image = reader.read()
        if not image.isNull():
            self.loaded_bytes += len(data)
        return image


def link_refusal(url: QUrl) -> str | None:
    """Why a link will not be opened (for the status bar), or None if the reader may agree.

    Only ``http``, ``https`` and ``mailto`` links may open outside Tether.
    """
    if opens_outside(url.toString()):
        return None
    if not url.scheme() and url.path():
        name = url.path()
        if len(name) > _SHOWN_NAME:
            name = f"{name[:_SHOWN_NAME]}…"
        return translate(
            "ArticlePage",
            "This link names a file ({name}); Tether follows only web and mail links.",
        ).format(name=name)
    return translate("ArticlePage", NOWHERE)


def _link_runs(block: QTextBlock, url: QUrl) -> Iterator[tuple[int, int, str]]:
    """(start, end, words) of each stretch of the block that links to ``url``."""
    target = url.toString()
    start, words = -1, ""
    end = block.position()
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        fragments += 1
        href = fragment.charFormat().anchorHref()
        if href and (href == target or QUrl(href) == url):
            if start < 0:
                start, words = fragment.position(), ""
            words += fragment.text()
            end = fragment.position() + fragment.length()
            continue
        if start >= 0:
            yield start, end, words
            start = -1
    if start >= 0:
        yield start, end, words


def link_words(document: QTextDocument, url: QUrl, position: int) -> str:
    """The words of the link to ``url`` at ``position`` (else of the first such link)."""
    for start, end, words in _link_runs(document.findBlock(position), url):
        if start <= position <= end:
            return words
    block = document.begin()
    while block.isValid():
        for _start, _end, words in _link_runs(block, url):
            return words
        block = block.next()
    return ""
