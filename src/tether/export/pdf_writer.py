"""Worksheets and articles as PDF files, made with Qt's own PDF writer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPdfWriter

from tether.content import Article
from tether.export.html_writer import article_body, worksheet_body
from tether.export.images import embedded_images
from tether.export.printing import lay_out, page_layout_for, paint_pages
from tether.export.wording import worksheet_heading
from tether.export.worksheet import Worksheet

# Fine enough for any printer; the layout itself is in points and does not depend on it.
RESOLUTION_DPI = 600


def write_pdf(body_html: str, title: str, path: Path, locale: QLocale | None = None) -> int:
    """Write ``body_html`` as a PDF of the locale's paper size to ``path``; return pages.

    Raises OSError if the file cannot be written.
    """
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(page_layout_for(locale))
    writer.setTitle(title)
    writer.setCreator("Tether")
    pages = lay_out(body_html, writer.pageLayout())
    paint_pages(pages, writer)
    return pages.page_count


def write_worksheet_pdf(worksheet: Worksheet, path: Path, locale: QLocale | None = None) -> int:
    """Write the worksheet as a PDF; return its number of pages."""
    return write_pdf(worksheet_body(worksheet), worksheet_heading(worksheet.title), path, locale)


def write_article_pdf(article: Article, path: Path, locale: QLocale | None = None) -> int:
    """Write the article itself (no reader data) as a PDF; return its number of pages."""
    body = article_body(article, embedded_images(article.path.parent))
    return write_pdf(body, article.title, path, locale)
