"""Pages, not scrolling: every section fits its screen in large, readable type."""

from __future__ import annotations

import pytest
from present_helpers import Presenter, press, start
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QAbstractScrollArea, QScrollBar
from pytestqt.qtbot import QtBot

from tether.content import Article, load_article
from tether.look.fonts import HIGH_CONTRAST_FAMILY, READING_FAMILY
from tether.look.theme import LIGHT, THEMES
from tether.present.audience_window import AudienceRenderer, AudienceState
from tether.present.colours import MIN_CONTRAST, audience_colours, contrast_ratio
from tether.present.pages.breaks import Line, document_lines, paginate
from tether.present.pages.paging import ZOOM_STEPS, PageBook, PageStyle, audience_html

SIZES = [QSize(1920, 1080), QSize(1280, 720), QSize(1024, 768), QSize(800, 600)]
LONG_ARTICLE = "# Long\n\n## Many Words\n\n" + "\n\n".join(
    f"Paragraph {n}. " + "Independence is not the same thing as disconnection. " * (3 + n % 5)
    for n in range(30)
)


def book_for(article: Article, size: QSize, zoom: float = 1.0) -> PageBook:
    return PageBook(article, PageStyle(size, audience_colours(LIGHT), READING_FAMILY, zoom))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_page_fits_its_screen_and_every_line_is_on_exactly_one_page(
    qapp: object, bundled_article: Article, size: QSize
) -> None:
    book = book_for(bundled_article, size)
    for index in range(book.section_count()):
        paged = book.section(index)
        lines = document_lines(paged.document)
        for top, bottom in paged.pages:
            assert bottom - top <= paged.page_height + 0.5
        for line in lines:
            holders = [p for p, (top, bottom) in enumerate(paged.pages) if top <= line.top < bottom]
            assert len(holders) == 1, f"section {index}: a line is on pages {holders}"
            top, bottom = paged.pages[holders[0]]
            assert line.bottom <= bottom + 0.5, "a line is cut at the foot of a page"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("zoom", ZOOM_STEPS)
def test_body_text_is_at_least_three_percent_of_the_screen_height(
    qapp: object, bundled_article: Article, size: QSize, zoom: float
) -> None:
    book = book_for(bundled_article, size, zoom)
    floor = 0.03 * size.height()
    for index in range(book.section_count()):
        block = book.section(index).document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                assert fragment.charFormat().font().pixelSize() >= floor, fragment.text()
                fragments += 1
            block = block.next()


def test_1080p_body_text_is_about_32_pixels_or_more(qapp: object, bundled_article: Article) -> None:
    assert book_for(bundled_article, QSize(1920, 1080)).style.body_px >= 33


@pytest.mark.parametrize("family", [READING_FAMILY, HIGH_CONTRAST_FAMILY])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_lines_hold_at_most_about_66_characters(
    qapp: object, bundled_article: Article, size: QSize, family: str
) -> None:
    book = PageBook(bundled_article, PageStyle(size, audience_colours(LIGHT), family))
    longest = 0
    for index in range(book.section_count()):
        block = book.section(index).document.begin()
        while block.isValid():
            layout = block.layout()
            for number in range(layout.lineCount()):
                longest = max(longest, layout.lineAt(number).textLength())
            block = block.next()
    assert 40 <= longest <= 66


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.id)
def test_everything_on_the_page_has_at_least_7_to_1_contrast(theme) -> None:
    colours = audience_colours(theme)
    for colour in (colours.text, colours.heading, colours.muted, colours.accent):
        assert contrast_ratio(colour, colours.page) >= MIN_CONTRAST


def test_a_long_section_breaks_between_paragraphs_and_never_after_a_heading(
    qapp: object, write_article
) -> None:
    article = load_article(write_article(LONG_ARTICLE))
    book = book_for(article, QSize(1280, 720))
    paged = book.section(article.section_index("many-words") or 0)
    lines = document_lines(paged.document)
    assert paged.page_count() > 3
    for top, _bottom in paged.pages[1:]:
        first = next(line for line in lines if line.top >= top)
        assert first.block_start, "a page starts in the middle of a paragraph"
    for top, bottom in paged.pages:
        last = [line for line in lines if top <= line.top < bottom][-1]
        assert not (last.keep_with_next and last is not lines[-1])


def test_a_paragraph_taller_than_a_page_is_split_with_two_lines_on_each_side() -> None:
    lines = [Line(n * 10.0, n * 10.0 + 9, n == 0, False) for n in range(12)]

    pages = paginate(lines, 55.0)

    assert pages[0] == (0.0, 50.0)
    for top, bottom in pages:
        assert bottom - top <= 55.0
        assert len([line for line in lines if top <= line.top < bottom]) >= 2


def test_a_heading_at_the_foot_of_a_page_moves_to_the_next_page() -> None:
    lines = [
        Line(0.0, 9.0, True, False),
        Line(10.0, 19.0, False, False),
        Line(20.0, 29.0, False, False),
        Line(30.0, 39.0, False, False),
        Line(40.0, 49.0, True, True),  # a heading
        Line(50.0, 59.0, True, False),
        Line(60.0, 69.0, False, False),
    ]

    pages = paginate(lines, 52.0)

    assert pages[0] == (0.0, 40.0)
    assert pages[1][0] == 40.0


def test_the_audience_html_has_no_tick_boxes_and_no_links(bundled_article: Article) -> None:
    for index, section in enumerate(bundled_article.sections):
        html = audience_html(bundled_article, index)
        assert "\u2610" not in html
        assert "\u2611" not in html
        assert "<a " not in html
        assert "sign:" not in html
        for sign in section.signs:
            assert sign.text.split()[0] in html, "the sign's words are still there"
    assert bundled_article.title in audience_html(bundled_article, 0)


def test_the_audience_window_has_no_scroll_bar(qtbot: QtBot, presenter: Presenter) -> None:
    controller = presenter()
    start(qtbot, controller)
    assert controller.audience is not None

    assert controller.audience.findChildren(QScrollBar) == []
    assert controller.audience.findChildren(QAbstractScrollArea) == []


def test_pages_follow_the_window_size_and_keep_the_words_on_show(
    qtbot: QtBot, presenter: Presenter, write_article
) -> None:
    article = load_article(write_article(LONG_ARTICLE))
    controller = presenter(article=article, section="many-words")
    start(qtbot, controller)
    audience = controller.audience
    assert audience is not None
    for _ in range(3):
        press(qtbot, controller, Qt.Key.Key_PageDown)
    place = audience.state.place
    assert place.page == 3
    position = audience.book.section(place.section).first_position(place.page)

    audience.showNormal()
    audience.resize(1000, 400)
    qtbot.waitUntil(lambda: audience.book.style.screen == QSize(1000, 400))

    now = audience.state.place
    assert controller.talk is not None
    assert controller.talk.deck.place == now
    paged = audience.book.section(now.section)
    assert paged.page_of(position) == now.page


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_keys_shown_by_f1_on_one_screen_fit_on_one_line_of_the_marker(
    qapp: object, bundled_article: Article, size: QSize
) -> None:
    book = book_for(bundled_article, size)
    renderer = AudienceRenderer(book)
    strip = renderer.marker(AudienceState(help=True))

    width = QFontMetricsF(book.style.marker_font()).horizontalAdvance(strip)
    assert "B black" in strip
    assert width <= size.width() * 0.94
