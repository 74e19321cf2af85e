"""Worksheets, the shared article and printing: the reader's work on paper and in files.

Builds on ``content`` (the article) and reads the reader's data through a small
interface (:class:`WorksheetSource`, which the Store fits); draws with QtGui only and
never imports the widgets. :mod:`tether.export.cli` is the headless command line.

The names below are imported when first used (see :mod:`tether.lazy`): Tether's
start-up reads the export options of its command line without loading the writers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tether.lazy import lazy_names

if TYPE_CHECKING:
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

__getattr__ = lazy_names(
    __name__,
    {
        "export_article": "tether.export.exports",
        "export_worksheet": "tether.export.exports",
        "ExportError": "tether.export.files",
        "Format": "tether.export.files",
        "format_for": "tether.export.files",
        "Worksheet": "tether.export.worksheet",
        "WorksheetSource": "tether.export.worksheet",
        "build_worksheet": "tether.export.worksheet",
    },
)
