"""The article as data: Markdown in, an immutable :class:`Article` out. Never imports Qt."""

from tether.content.annotate import strip_speaker_notes
from tether.content.errors import ArticleError
from tether.content.html import (
    SECTION_ANCHOR_PREFIX,
    SIGN_SCHEME,
    TICKED_GLYPH,
    UNTICKED_GLYPH,
    markdown_to_html,
)
from tether.content.loader import (
    MAX_ARTICLE_BYTES,
    ArticleRenderer,
    load_article,
    read_outline,
)
from tether.content.model import (
    Article,
    ArticleOutline,
    Heading,
    RelatedReading,
    Section,
    Sign,
    SignGroup,
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
