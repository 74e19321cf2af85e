"""Pages, not scrolling: a section reflowed into screen-sized pages of large type.

Each section is laid out once in a :class:`QTextDocument` at the column width of the
audience screen; :mod:`tether.present.pages.breaks` then cuts it into pages at line
boundaries. A page is a band of the laid-out document, drawn by
clipping: nothing scrolls, and the same band is drawn on the audience screen and, scaled
down, in the presenter console.

The audience sees the article only. Its HTML is the section's HTML with the tick boxes
taken out: the reader's ticks live in the signs model, which this module never sees.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from string import Template

from PySide6.QtCore import QObject, QPointF, QRectF, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextDocument,
)

from tether.content import TICKED_GLYPH, UNTICKED_GLYPH, Article, strip_speaker_notes
from tether.present.colours import AudienceColours
from tether.present.pages.breaks import document_lines, paginate

# Body text is at least 3% of the screen height (the floor: 32 px at 1080p).
MIN_BODY_SHARE = 0.03
BASE_BODY_SHARE = 0.033
ZOOM_STEPS = (0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
# Average characters a line aims for; wrapping at word ends keeps real lines under ~66.
MEASURE = 60
LINE_HEIGHT = 1.45
HEADING_LINE_HEIGHT = 1.15
_SAMPLE = "Independence is not the same as disconnection, said the quiet reader."


def zoom_step(index: int, step: int | None) -> int:
    """The zoom step after Ctrl++ (``step`` 1), Ctrl+− (-1) or Ctrl+0 (None)."""
    if step is None:
        return ZOOM_STEPS.index(1.0)
    return min(max(index + step, 0), len(ZOOM_STEPS) - 1)


_TICK_LINK = re.compile(r'<a\b[^>]*\bclass="tick"[^>]*>.*?</a>(?:\u00a0|&nbsp;|&#160;)?', re.S)
_ANY_LINK = re.compile(r"</?a\b[^>]*>")
_BOXES = re.compile(f"[{UNTICKED_GLYPH}{TICKED_GLYPH}\u2612]")

_CSS = Template("""
body { font-family: "$family"; font-size: ${px}px; color: $text; }
p, li { line-height: ${line}%; }
p { margin-top: 0; margin-bottom: ${gap}px; }
h1 { font-size: ${title_px}px; font-weight: 600; color: $heading; margin-top: 0;
     margin-bottom: ${gap}px; line-height: ${heading_line}%; }
h2, h3, h4, h5, h6 { font-weight: 600; color: $heading; margin-top: ${gap}px;
     margin-bottom: ${gap}px; line-height: ${heading_line}%; }
h2 { font-size: ${h2_px}px; }
h3, h4, h5, h6 { font-size: ${h3_px}px; }
p.byline, p.related { color: $muted; font-style: italic; }
p.signs-lead { color: $muted; font-style: italic; margin-bottom: ${small_gap}px; }
ul { margin-top: 0; margin-bottom: ${gap}px; }
ul.signs { list-style-type: disc; }
li { margin-bottom: ${small_gap}px; }
blockquote { color: $heading; font-style: italic; margin-left: ${indent}px;
     margin-right: ${indent}px; }
blockquote.prompt { color: $accent; font-style: normal; }
a { color: $text; text-decoration: none; }
pre, code, kbd { font-family: "DejaVu Sans Mono", monospace; }
pre { white-space: pre-wrap; }
td.tally-sign { line-height: ${line}%; }
td.tally-bar { vertical-align: middle; }
td.bar { background-color: $bar; font-size: ${small_gap}px; }
td.tally-count { color: $muted; }
""")


def audience_html(article: Article, index: int) -> str:
    """A section's HTML as the room sees it: the article's words, no tick boxes, no links,
    no speaker notes (they are the facilitator's, shown on the console only).

    The first section also carries the article's title and byline, as a title slide.
    """
    section = article.sections[index]
    words = strip_speaker_notes(section.html)
    body = _BOXES.sub("", _ANY_LINK.sub("", _TICK_LINK.sub("", words)))
    if index != 0:
        return body
    byline = " · ".join(part for part in (article.subtitle, article.author) if part)
    head = f"<h1>{_escape(article.title)}</h1>"
    if byline:
        head += f'<p class="byline">{_escape(byline)}</p>'
    return head + body


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True, slots=True)
class PageStyle:
    """The type and geometry of the audience's pages for one screen size and zoom."""

    screen: QSize
    colours: AudienceColours
    family: str
    zoom: float = 1.0
    floor_share: float = MIN_BODY_SHARE  # the floor of body text, as a share of the height
    measure: int = MEASURE  # characters a line aims for

    @property
    def body_px(self) -> int:
        """Body text size: 3.3% of the screen height times the zoom, never under 3%."""
        height = self.screen.height()
        floor = math.ceil(height * self.floor_share)
        return max(floor, round(height * BASE_BODY_SHARE * self.zoom))

    def font(self) -> QFont:
        """The body font at :attr:`body_px`."""
        font = QFont(self.family)
        font.setPixelSize(self.body_px)
        return font

    def char_width(self) -> float:
        """The average width of a character of prose in the body font."""
        return QFontMetricsF(self.font()).horizontalAdvance(_SAMPLE) / len(_SAMPLE)

    def text_rect(self) -> QRectF:
        """Where a page's text goes: a centred column, with room below for the marker."""
        width, height = self.screen.width(), self.screen.height()
        side = width * 0.06
        column = min(width - 2 * side, self.measure * self.char_width())
        top, bottom = height * 0.07, height * 0.11
        return QRectF((width - column) / 2, top, column, height - top - bottom)

    def marker_font(self) -> QFont:
        """The small "section n/N · page p/P" marker's font."""
        font = QFont(self.family)
        font.setPixelSize(max(12, round(self.screen.height() * 0.022)))
        return font

    def css(self) -> str:
        """The page stylesheet at this size, in these colours."""
        px = self.body_px
        natural = QFontMetricsF(self.font()).lineSpacing() / px
        return _CSS.substitute(
            family=self.family.replace('"', ""),
            px=px,
            line=round(100 * LINE_HEIGHT / natural),
            heading_line=round(100 * HEADING_LINE_HEIGHT / natural),
            gap=round(px * 0.7),
            small_gap=round(px * 0.3),
            title_px=round(px * 1.6),
            h2_px=round(px * 1.3),
            h3_px=round(px * 1.1),
            indent=round(px * 1.2),
            **self.colours.css_names(),
        )


class PagedSection(QObject):
    """One section laid out for the audience screen and cut into pages."""

    def __init__(self, html: str, style: PageStyle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.style = style
        self.document = QTextDocument(self)
        self.document.setUndoRedoEnabled(False)
        self.document.setDocumentMargin(0)
        self.document.setDefaultFont(style.font())
        self.document.setDefaultStyleSheet(style.css())
        self.document.setHtml(html)
        rect = style.text_rect()
        self.document.setTextWidth(rect.width())
        self.page_height = rect.height()
        self._lines = document_lines(self.document)
        self.pages = paginate(self._lines, self.page_height)

    def page_count(self) -> int:
        """How many pages the section takes on this screen."""
        return len(self.pages)

    def page_at(self, y: float) -> int:
        """The page that shows document position ``y``."""
        page = 0
        for number, (top, _bottom) in enumerate(self.pages):
            if top <= y:
                page = number
        return page

    def first_position(self, page: int) -> int:
        """The character at the top of a page (to find the same words after a reflow)."""
        top = self.pages[min(max(page, 0), len(self.pages) - 1)][0]
        return next((line.position for line in self._lines if line.top >= top), 0)

    def page_of(self, position: int) -> int:
        """The page on which the character at ``position`` is."""
        top = 0.0
        for line in self._lines:
            if line.position <= position:
                top = line.top
        return self.page_at(top)

    def draw(self, painter: QPainter, page: int, origin: QPointF) -> None:
        """Paint one page with its top-left text corner at ``origin``."""
        top, bottom = self.pages[min(max(page, 0), len(self.pages) - 1)]
        band = QRectF(0, top, self.document.textWidth(), bottom - top)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = band
        context.palette.setColor(QPalette.ColorRole.Text, self.style.colours.text)
        painter.save()
        painter.translate(origin.x(), origin.y() - top)
        painter.setClipRect(band)
        self.document.documentLayout().draw(painter, context)
        painter.restore()


class PageBook(QObject):
    """Every section of an article, paged for one :class:`PageStyle`, laid out on demand."""

    def __init__(self, article: Article, style: PageStyle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.style = style
        self._sections: dict[int, PagedSection] = {}

    def set_style(self, style: PageStyle) -> None:
        """Reflow for another screen size, zoom or theme."""
        if style == self.style:
            return
        self.style = style
        for paged in self._sections.values():
            paged.setParent(None)
            paged.deleteLater()
        self._sections.clear()

    def section(self, index: int) -> PagedSection:
        """The paged layout of one section."""
        if index not in self._sections:
            html = audience_html(self.article, index)
            self._sections[index] = PagedSection(html, self.style, self)
        return self._sections[index]

    def section_count(self) -> int:
        """How many sections the article has."""
        return len(self.article.sections)

    def page_count(self, index: int) -> int:
        """How many pages a section takes."""
        return self.section(index).page_count()
