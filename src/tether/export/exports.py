"""The two exports the app and the command line offer: a worksheet, and the article.

The format follows the file name's suffix (.md, .html, .pdf). Writing a PDF needs a
QGuiApplication (Qt lays out the text); Markdown and HTML need none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale

from tether.content import Article
from tether.export.files import (
    ExportError,
    Format,
    format_for,
    refuse_special,
    write_bytes,
    write_text,
)
from tether.export.html_writer import article_page, worksheet_page
from tether.export.markdown_writer import worksheet_markdown
from tether.export.pdf_writer import article_pdf, worksheet_pdf
from tether.export.worksheet import WorksheetSource, build_worksheet
from tether.i18n import translate


def export_worksheet(
    article: Article,
    source: WorksheetSource | None,
    path: Path,
    *,
    with_article: bool = False,
    replace: bool = False,
    locale: QLocale | None = None,
) -> Format:
    """Write the worksheet of ``article`` to ``path``; ``source`` None makes it blank.

    A worksheet with the reader's data is written readable by its owner only.
    Returns the format written; raises ExportError with the reason.
    """
    kind = format_for(path)
    refuse_special(path)
    worksheet = build_worksheet(article, source, with_article=with_article)
    private = not worksheet.blank
    if kind is Format.MARKDOWN:
        write_text(path, worksheet_markdown(worksheet), replace=replace, private=private)
    elif kind is Format.HTML:
        write_text(path, worksheet_page(worksheet), replace=replace, private=private)
    else:
        data, _ = _made(lambda: worksheet_pdf(worksheet, locale))
        write_bytes(path, data, replace=replace, private=private)
    return kind


def export_article(
    article: Article, path: Path, *, replace: bool = False, locale: QLocale | None = None
) -> Format:
    """Write the article itself, to share, as a standalone web page or PDF."""
    kind = format_for(path)
    refuse_special(path)
    if kind is Format.HTML:
        write_text(path, article_page(article), replace=replace)
    elif kind is Format.PDF:
        data, _ = _made(lambda: article_pdf(article, locale))
        write_bytes(path, data, replace=replace)
    else:
        raise ExportError(
            translate(
                "Export", "{name}: an article is shared as a web page (.html) or a PDF."
            ).format(name=path.name)
        )
    return kind


def _made(make: Callable[[], tuple[bytes, int]]) -> tuple[bytes, int]:
    """The PDF ``make`` lays out; ExportError if Qt could not make it."""
    try:
        return make()
    except OSError as error:
        raise ExportError(
            translate(
                "Export", "Tether could not make the PDF: {reason}. No file was written."
            ).format(reason=error)
        ) from None
