"""Related reading that the library holds becomes a link to it; the rest stays plain text.

The content layer marks a related title (``<i class="related-title">``) without knowing
what the reader owns; the page asks the library, through a plain predicate, which
titles it can open, and turns only those into ``tether-article:`` links.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from urllib.parse import quote, unquote

from PySide6.QtCore import QUrl

from tether.content import Article, Section, strip_speaker_notes
from tether.content.model import RELATED_TITLE_CLASS

ARTICLE_SCHEME = "tether-article"
_RELATED_TITLE = re.compile(rf'<i class="{RELATED_TITLE_CLASS}">(.*?)</i>', re.DOTALL)

KnownTitle = Callable[[str], bool]


def link_related_titles(page: str, known: KnownTitle | None) -> str:
    """Wrap every related title the library holds in a link that opens it."""
    if known is None:
        return page

    def link(match: re.Match[str]) -> str:
        title = html.unescape(match.group(1))
        if not known(title):
            return match.group(0)
        href = f"{ARTICLE_SCHEME}:{quote(title, safe='')}"
        return f'<a class="related-link" href="{html.escape(href)}">{match.group(0)}</a>'

    return _RELATED_TITLE.sub(link, page)


def names_known_title(sections: Sequence[Section], known: KnownTitle | None) -> bool:
    """Whether any of ``sections`` names a related title ``known`` holds (so that a page
    already showing them has a link to add)."""
    if known is None:
        return False
    found = (_RELATED_TITLE.findall(section.html) for section in sections)
    return any(known(html.unescape(title)) for titles in found for title in titles)


def title_from_url(url: QUrl) -> str:
    """The article title a ``tether-article:`` link names."""
    return unquote(url.path(QUrl.ComponentFormattingOption.FullyEncoded))


def section_html(section: Section, notes: bool) -> str:
    """A section's HTML for the page: its speaker notes only when asked for."""
    return section.html if notes else strip_speaker_notes(section.html)


def compose_page(article: Article, notes: bool = False) -> str:
    """The whole article as one HTML page: title, byline, then every section."""
    head = [f'<h1 class="article-title">{html.escape(article.title)}</h1>']
    byline = " · ".join(part for part in (article.subtitle, article.author) if part)
    if byline:
        head.append(f'<p class="byline">{html.escape(byline)}</p>')
    return "\n".join(head + [section_html(section, notes) for section in article.sections])
