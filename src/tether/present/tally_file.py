"""Saving a workshop's tally from the console or File › Export Workshop Tally (issue 17).

The facilitator picks the workshop (when the article has had more than one) and a file;
the words are written by :mod:`tether.export.tally`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from tether.content import Article
from tether.i18n import translate
from tether.store import Workshop


def _title() -> str:
    return translate("WorkshopTally", "Export Workshop Tally")


def _filter() -> str:
    """The save dialog's file types: the names translated, the patterns as they are."""
    spreadsheet = translate("WorkshopTally", "Spreadsheet (CSV)")
    return f"{spreadsheet} (*.csv);;Markdown (*.md)"


def choose_workshop(parent: QWidget, workshops: list[Workshop]) -> Workshop | None:
    """The one workshop, or the one the facilitator picks (newest first); None if none."""
    if len(workshops) <= 1:
        return workshops[0] if workshops else None
    from tether.export.wording import workshop_title

    titles = [workshop_title(workshop) for workshop in workshops]
    title, chosen = QInputDialog.getItem(
        parent,
        _title(),
        translate("WorkshopTally", "Which workshop’s tally?"),
        titles,
        0,
        False,
    )
    return workshops[titles.index(title)] if chosen and title in titles else None


def export_tally(parent: QWidget, article: Article, workshop: Workshop | None) -> str | None:
    """Ask for a file and save the tally there; the sentence to show, None if cancelled."""
    if workshop is None:
        QMessageBox.information(
            parent,
            _title(),
            translate(
                "WorkshopTally",
                "There is no workshop tally for this article yet. While presenting, press C "
                "for a section's checklist and type how many people recognise each sign.",
            ),
        )
        return None
    start = Path.home() / f"tether-tally-{workshop.started.astimezone():%Y-%m-%d}.csv"
    name, _ = QFileDialog.getSaveFileName(parent, _title(), str(start), _filter())
    if not name:
        return None
    return save_tally(parent, Path(name), article, workshop)


def save_tally(parent: QWidget, path: Path, article: Article, workshop: Workshop) -> str | None:
    """Write the tally to ``path``; a failure is explained in a dialog (None returned)."""
    from tether.export.files import ExportError
    from tether.export.tally import write_tally

    try:
        return write_tally(path, article, workshop)
    except ExportError as error:
        QMessageBox.warning(parent, _title(), str(error))

        return None
