"""The article as data: Markdown in, an immutable :class:`Article` out. Never imports Qt.

The model, the errors and the page's marks are light and imported with the package; the
names that need the Markdown parser (markdown-it-py and its plugins, tens of
milliseconds to import) are imported when first used (see :mod:`tether.lazy`), so that
an article painted from the render cache never loads the parser before its first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tether.content.errors import ArticleError
from tether.content.model import (
    SECTION_ANCHOR_PREFIX,
    SIGN_SCHEME,
    TICKED_GLYPH,
    UNTICKED_GLYPH,
    Article,
    ArticleOutline,
    Heading,
    RelatedReading,
    Section,
    Sign,
    SignGroup,
    strip_speaker_notes,
)
from tether.lazy import lazy_names

if TYPE_CHECKING:
    from tether.content.html import markdown_to_html
    from tether.content.loader import (
        MAX_ARTICLE_BYTES,
        ArticleRenderer,
        load_article,
        read_outline,
    )

__all__ = [
    "MAX_ARTICLE_BYTES",
    "SECTION_ANCHOR_PREFIX",
    "SIGN_SCHEME",
    "TICKED_GLYPH",
    "UNTICKED_GLYPH",
    "Article",
    "ArticleError",
    "ArticleOutline",
    "ArticleRenderer",
    "Heading",
    "RelatedReading",
    "Section",
    "Sign",
    "SignGroup",
    "load_article",
    "markdown_to_html",
    "read_outline",
    "strip_speaker_notes",
]

__getattr__ = lazy_names(
    __name__,
    {
        "markdown_to_html": "tether.content.html",
        "MAX_ARTICLE_BYTES": "tether.content.loader",
        "ArticleRenderer": "tether.content.loader",
        "load_article": "tether.content.loader",
        "read_outline": "tether.content.loader",
    },
)
