"""The page's HTML and language: related reading the library holds becomes a link to it.

The content layer marks a related title (``<i class="related-title">``) without knowing
what the reader owns; the page asks the library, through a plain predicate, which
titles it can open, and turns only those into ``tether-article:`` links.

The article's ``language:`` is the page's, whatever the interface speaks: an Arabic,
Hebrew, Persian or Urdu article reads right to left (:func:`show_in_language`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from urllib.parse import quote, unquote

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QTextBrowser

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


def page_direction(language: str | None) -> Qt.LayoutDirection:
    """Right to left for a language written so (ar, he, fa, ur, yi, ...: as QLocale knows
    it); otherwise each paragraph's own text decides, as Qt does by itself (a Hebrew
    quotation in an English article still reads right to left)."""
    if language and QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LayoutDirectionAuto


def show_in_language(view: QTextBrowser, language: str | None) -> None:
    """Make ``language`` (an article's front matter ``language:``) the page's language.

    The view's locale becomes the article's (its ``lang``), and every paragraph without a
    direction of its own takes the language's: the document's default text option is what
    Qt lays out each block by, also for the sections appended later, and it survives the
    page being built again (a new theme, the speaker notes shown). The interface around
    the page keeps its own language and direction.
    """
    if language:
        view.setLocale(QLocale(language))
    else:
        view.unsetLocale()
    document = view.document()
    option = document.defaultTextOption()
    direction = page_direction(language)
    if option.textDirection() != direction:
        option.setTextDirection(direction)
        document.setDefaultTextOption(option)


def compose_page(article: Article, notes: bool = False) -> str:
    """The whole article as one HTML page: title, byline, then every section."""
    head = [f'<h1 class="article-title">{html.escape(article.title)}</h1>']
    byline = " · ".join(part for part in (article.subtitle, article.author) if part)
    if byline:
        head.append(f'<p class="byline">{html.escape(byline)}</p>')
    return "\n".join(head + [section_html(section, notes) for section in article.sections])
