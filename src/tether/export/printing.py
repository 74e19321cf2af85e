"""Laying out a worksheet or an article on pages, for a PDF file or a printer.

The document is laid out in points (1 CSS px = 1 pt, fonts in px), so the pages come
out the same on every screen, and painted scaled to the device's resolution. Headings
are kept with what follows them: after layout, any heading whose next block starts on
the following page gets a page break before it, and the layout is run again until no
heading is left alone at the foot of a page. A checklist group (the line naming it and
its signs) that would be split across pages, though it fits on one, starts a new page.
Each page gets its number at the bottom.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextTable,
)

from tether.content import TICKED_GLYPH, UNTICKED_GLYPH
from tether.i18n import translate
from tether.look.fonts import READING_FAMILY, ensure_family

POINTS_PER_INCH = 72
BODY_PT = 11
FOOTER_PT = 8.5
# Space between the body and the page number, in points.
FOOTER_GAP = 14
MARGINS_MM = QMarginsF(22, 20, 22, 16)
# Lines are placed at 1/64 pt steps, so a page boundary can be off by that much.
_EDGE = 0.5
# Line height of body text, in ems: a little tighter than on screen, as books are.
LINE_HEIGHT = 1.45

_CSS_TEMPLATE = f"""
body {{ font-family: "{READING_FAMILY}", serif; font-size: {BODY_PT}px; color: #222222; }}
p, li {{ line-height: BODY_LINE%; }}
p {{ margin-top: 0px; margin-bottom: 7px; }}
h1 {{ font-size: 21px; font-weight: 700; margin-top: 0px; margin-bottom: 4px; color: #111111; }}
h2 {{ font-size: 15px; font-weight: 700; margin-top: 20px; margin-bottom: 6px; color: #111111; }}
h3 {{ font-size: 11.5px; font-weight: 700; margin-top: 10px; margin-bottom: 4px; }}
h4 {{ font-size: {BODY_PT}px; font-weight: 400; font-style: italic; margin-top: 6px;
      margin-bottom: 4px; color: #5a4326; }}
p.subtitle {{ font-size: 13px; font-style: italic; }}
p.byline, p.meta, p.when, span.tally, p.related, p.empty {{ color: #666666; }}
p.when {{ font-size: 9.5px; margin-bottom: 2px; }}
p.empty {{ font-style: italic; }}
span.tally {{ font-weight: 400; font-size: 10px; }}
ul.signs {{ margin-left: 0px; -qt-list-indent: 0; list-style-type: none; }}
li.sign {{ margin-bottom: 3px; }}
span.tick {{ font-family: "DejaVu Sans", "Segoe UI Symbol", sans-serif; }}
blockquote {{ margin-left: 18px; margin-right: 18px; font-style: italic; }}
table.lines {{ margin-top: 2px; margin-bottom: 8px; border-style: none; }}
td.line {{ padding-top: 14px; border-bottom-style: solid; border-bottom-width: 0.6px;
           border-bottom-color: #8c8279; }}
a {{ color: #222222; text-decoration: none; }}
"""


def stylesheet(font: QFont) -> str:
    """The page's CSS; Qt reads a line height in % of the font's own line spacing."""
    natural = QFontMetricsF(font).lineSpacing() / font.pixelSize()
    return _CSS_TEMPLATE.replace("BODY_LINE", str(round(100 * LINE_HEIGHT / natural)))


@dataclass(frozen=True, slots=True)
class Pages:
    """A document laid out on pages of a given size (in points)."""

    document: QTextDocument
    body: QSizeF  # the text area of one page
    page_count: int


def page_size_for(locale: QLocale | None = None) -> QPageSize:
    """Letter where the locale measures in US units, A4 everywhere else."""
    system = (locale or QLocale()).measurementSystem()
    if system == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def page_layout_for(locale: QLocale | None = None) -> QPageLayout:
    """Portrait pages of the locale's size with Tether's margins."""
    return QPageLayout(
        page_size_for(locale),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def lay_out(body_html: str, layout: QPageLayout) -> Pages:
    """Lay out ``body_html`` on pages of ``layout``, keeping headings with their text."""
    ensure_family(READING_FAMILY)  # the window registered it; a headless export has not
    paint = layout.paintRect(QPageLayout.Unit.Point)
    body = QSizeF(paint.width(), paint.height() - _footer_height())
    document = QTextDocument()
    document.setUseDesignMetrics(True)  # fractional advances: no screen hinting on paper
    document.setDocumentMargin(0)
    font = QFont(READING_FAMILY)
    font.setPixelSize(BODY_PT)
    # Ligatures such as "ft" have no Unicode form: a PDF using them reads "o en" when
    # searched or copied. Plain letters keep every word findable.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(stylesheet(font))
    document.setHtml(body_html)
    document.setPageSize(body)
    _keep_together(document, body.height())
    return Pages(document, body, document.pageCount())


def paint_pages(pages: Pages, device: QPagedPaintDevice) -> None:
    """Paint every page on ``device`` (a QPdfWriter or QPrinter), numbered at the foot.

    Raises OSError if the device cannot be painted on (a file that cannot be written),
    or says it could not finish the pages.
    """
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the file could not be opened for writing")
    try:
        scale = device.logicalDpiX() / POINTS_PER_INCH
        painter.scale(scale, scale)
        height = pages.body.height()
        for number in range(pages.page_count):
            if number:
                device.newPage()
            painter.save()
            painter.translate(0, -number * height)
            page = QRectF(0, number * height, pages.body.width(), height)
            painter.setClipRect(page)
            # Qt draws every line that touches the clip, and a line clipped away is still
            # in the PDF's text. The next page's first line starts exactly at this page's
            # end, so lines are chosen from an area just short of both edges.
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = page.adjusted(0, _EDGE, 0, -_EDGE)
            pages.document.documentLayout().draw(painter, context)
            painter.restore()
            _paint_footer(painter, pages, number + 1)
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise OSError("the pages could not be finished")


def _footer_height() -> float:
    return FOOTER_GAP + FOOTER_PT * 1.5


def _paint_footer(painter: QPainter, pages: Pages, number: int) -> None:
    font = QFont(READING_FAMILY)
    font.setPixelSize(round(FOOTER_PT))
    painter.setFont(font)
    painter.setPen(QColor("#666666"))
    top = pages.body.height() + FOOTER_GAP
    area = QRectF(QPointF(0, top), QSizeF(pages.body.width(), FOOTER_PT * 1.5))
    footer = translate("Export", "{page} of {pages}").format(page=number, pages=pages.page_count)
    painter.drawText(area, Qt.AlignmentFlag.AlignHCenter, footer)


def _keep_together(document: QTextDocument, page_height: float) -> None:
    """Move each heading that ends a page, and each checklist group that a page break
    would split, to the next page.

    One pass from the top is enough: moving a block only moves what comes after it, and
    a heading is kept with the whole run of headings after it and what follows them
    (a whole group, when a group follows), so a later move never strands an earlier
    heading. Qt lays out lazily, so the layout is finished explicitly before measuring.
    """
    layout = document.documentLayout()
    layout.documentSize()  # finishes the layout
    block = document.begin()
    while block.isValid():
        if _needs_break(document, block, page_height):
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(fmt)
            layout.documentSize()
        block = block.next()


def _needs_break(document: QTextDocument, block: QTextBlock, height: float) -> bool:
    """Whether ``block`` should start a new page to keep it with what belongs to it."""
    fmt = block.blockFormat()
    if fmt.pageBreakPolicy() == QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore:
        return False
    if fmt.headingLevel() > 0:
        follower = _next_visible(block)
        return follower is not None and _page_of_line(
            document, block, -1, height
        ) < _page_kept_with(document, block, follower, height)
    end = _group_end(block)
    before = _previous_visible(block)
    if end is None or (before is not None and before.blockFormat().headingLevel() > 0):
        return False  # not a group, or one whose heading keeps it (see _page_kept_with)
    return _fits(document, block, end, height) and _page_of_line(
        document, block, 0, height
    ) < _page_of_line(document, end, -1, height)


def _page_kept_with(
    document: QTextDocument, heading: QTextBlock, follower: QTextBlock, height: float
) -> int:
    """The last page a heading followed by ``follower`` must share with it.

    Headings right after it come along. Text needs only its first line there; a table
    (the lines to write on under a prompt) is kept whole, so that a prompt never has
    one line here and four overleaf; so is a checklist group, when it fits on a page
    with its heading.
    """
    # None outside a table, though PySide's stubs do not say so.
    while follower.blockFormat().headingLevel() > 0:
        after = _next_visible(follower)
        if after is None:
            break
        follower = after
    end = _group_end(follower)
    if end is not None and _fits(document, heading, end, height):
        return _page_of_line(document, end, -1, height)
    table: QTextTable | None = QTextCursor(follower).currentTable()
    if table is None:
        return _page_of_line(document, follower, 0, height)
    last = table.cellAt(table.rows() - 1, table.columns() - 1).lastCursorPosition().block()
    return _page_of_line(document, last, -1, height)


def _next_visible(block: QTextBlock) -> QTextBlock | None:
    """The next block that holds something (empty blocks take no line worth keeping)."""
    follower = block.next()
    while follower.isValid() and follower.length() <= 1:
        follower = follower.next()
    return follower if follower.isValid() else None


def _previous_visible(block: QTextBlock) -> QTextBlock | None:
    """The block before that holds something."""
    before = block.previous()
    while before.isValid() and before.length() <= 1:
        before = before.previous()
    return before if before.isValid() else None


def _is_sign(block: QTextBlock) -> bool:
    """Whether a block is a sign of a checklist: a list item that starts with its box."""
    return block.textList() is not None and block.text()[:1] in (TICKED_GLYPH, UNTICKED_GLYPH)


def _group_end(block: QTextBlock) -> QTextBlock | None:
    """The last sign of the checklist group ``block`` starts, or None if it starts none.

    A group starts at its first sign, or at the line naming it just before (a lead
    paragraph or the worksheet's heading for it).
    """
    first = block if block.textList() is not None else _next_visible(block)
    if first is None or not _is_sign(first):
        return None
    signs = first.textList()
    if signs.item(0) != first or (first != block and block.textList() is not None):
        return None
    return signs.item(signs.count() - 1)


def _fits(document: QTextDocument, first: QTextBlock, last: QTextBlock, height: float) -> bool:
    """Whether the blocks from ``first`` to ``last`` fit on one page."""
    layout = document.documentLayout()
    top = layout.blockBoundingRect(first).top()
    return layout.blockBoundingRect(last).bottom() - top <= height


def _page_of_line(document: QTextDocument, block: QTextBlock, line: int, height: float) -> int:
    """The page (from 0) holding the middle of one line of ``block`` (-1: the last)."""
    layout = block.layout()
    count = layout.lineCount()
    top = document.documentLayout().blockBoundingRect(block).top()
    if count == 0:
        return int(top // height)
    text_line = layout.lineAt(count - 1 if line < 0 else line)
    middle = top + text_line.y() + text_line.height() / 2
    return int(middle // height)
