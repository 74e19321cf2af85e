"""Worksheets, the shared article and printing: the reader's work on paper and in files.

Builds on ``content`` (the article) and reads the reader's data through a small
interface (:class:`WorksheetSource`, which the Store fits); draws with QtGui only and
never imports the widgets. :mod:`tether.export.cli` is the headless command line.
"""

from tether.export.exports import export_article, export_worksheet
from tether.export.files import ExportError, Format, format_for
from tether.export.worksheet import Worksheet, WorksheetSource, build_worksheet

__all__ = [
    "ExportError",
    "Format",
    "Worksheet",
    "WorksheetSource",
    "build_worksheet",
    "export_article",
    "export_worksheet",
    "format_for",
]
