"""Images of an article embedded in an exported file, so the file stands on its own.

Only images in the article's own folder are read (as the reader's view does); a
remote image is never fetched, and anything else is shown as its alt text.
"""

from __future__ import annotations

import base64
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tether.export.article_html import ImageSource
from tether.fs import read_regular_file

MAX_IMAGE_BYTES = 5 * 1024 * 1024
# Raster formats only: an SVG could carry script, and Qt's text engine cannot draw one.
_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
}


def embedded_images(folder: Path) -> ImageSource:
    """An image source that turns images under ``folder`` into ``data:`` URIs."""
    root = folder.resolve()

    def embed(src: str) -> str | None:
        parts = urlsplit(src)
        if parts.scheme not in ("", "file") or parts.netloc:
            return None
        target = (root / unquote(parts.path)).resolve()
        kind = _TYPES.get(target.suffix.lower())
        try:
            if kind is None or not target.is_relative_to(root):
                return None
            # Only a regular file, read without blocking: a named pipe never stalls an export.
            data = read_regular_file(target, MAX_IMAGE_BYTES)
        except OSError:
            return None
        return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"

    return embed
