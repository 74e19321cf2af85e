"""Worksheets and articles as PDF files, made with Qt's own PDF writer.

The PDF is made in memory and handed back as bytes: Qt's writer does not report a
failed write to a file (a full disk gave an empty file and "success"), so the file
itself is written by :mod:`tether.export.files`, which checks every byte.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QLocale
from PySide6.QtGui import QPdfWriter

from tether.content import Article
from tether.export.html_writer import article_body, worksheet_body
from tether.export.images import embedded_images
from tether.export.printing import lay_out, page_layout_for, paint_pages
from tether.export.wording import worksheet_heading
from tether.export.worksheet import Worksheet

# Fine enough for any printer; the layout itself is in points and does not depend on it.
RESOLUTION_DPI = 600


def pdf_bytes(body_html: str, title: str, locale: QLocale | None = None) -> tuple[bytes, int]:
    """``body_html`` as a PDF of the locale's paper size, and its number of pages.

    Raises OSError if Qt could not make the PDF.
    """
    buffer = QBuffer()
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError("Qt could not make room for the PDF")
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(page_layout_for(locale))
    writer.setTitle(title)
    writer.setCreator("Tether")
    pages = lay_out(body_html, writer.pageLayout())
    paint_pages(pages, writer)
    del writer  # the writer's engine finishes the file when it is destroyed
    data = bytes(buffer.data().data())
    buffer.close()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise OSError("Qt did not make a whole PDF")
    return data, pages.page_count


def worksheet_pdf(worksheet: Worksheet, locale: QLocale | None = None) -> tuple[bytes, int]:
    """The worksheet as a PDF, and its number of pages."""
    return pdf_bytes(worksheet_body(worksheet), worksheet_heading(worksheet.title), locale)


def article_pdf(article: Article, locale: QLocale | None = None) -> tuple[bytes, int]:
    """The article itself (no reader data) as a PDF, and its number of pages."""
    body = article_body(article, embedded_images(article.path.parent))
    return pdf_bytes(body, article.title, locale)
