"""File › Export Worksheet, Export Blank Worksheet, Print, Share Article, Back Up, Restore.

:func:`install_export_actions` connects the commands of the action registry to an
:class:`ExportCommands` owned by the main window. The heavy lifting is elsewhere:
``tether.export`` writes and lays out, :class:`tether.models.ReaderData` gives the
reader's ticks and reflections and backs them up or restores them.
Each command imports those (and QtPrintSupport, and its dialog) when it runs, not when
Tether starts: none of it is needed before the reader uses one of these commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, Slot

from tether.i18n import translate
from tether.store import StoreError
from tether.ui.actions import ActionId

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QFileDialog

    from tether.content import Article
    from tether.models.reader_data import ReaderData, TransferReport
    from tether.ui.export.dialog import ExportChoice, Purpose
    from tether.ui.host import WindowHost

_MESSAGE_MS = 8000


def _file_dialog() -> type[QFileDialog]:
    """QFileDialog, built by the bindings when a file is first chosen, not with the window
    (a big class: ~2 ms and ~1 MiB of its own and its bases' enums)."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog


def _backup_filter() -> str:
    """The backup file dialogs' types: their names translated, the patterns as they are."""
    backups = translate("ExportCommands", "Tether backups")
    everything = translate("ExportCommands", "All files")
    return f"{backups} (*.sqlite3);;{everything} (*)"


class ExportCommands(QObject):
    """The export, print, share, backup and restore commands of one main window."""

    def __init__(self, host: WindowHost, data: ReaderData) -> None:
        super().__init__(host.window())
        self.setObjectName("export-commands")
        self._host = host
        self._window = host.window()
        self._data = data

    # -- the commands, as the menu runs them -----------------------------------------------

    @Slot()
    def export_worksheet(self) -> None:
        """File › Export Worksheet: choose the format, then the file."""
        from tether.ui.export.dialog import Purpose

        self._export(Purpose.EXPORT)

    @Slot()
    def export_blank(self) -> None:
        """File › Export Blank Worksheet."""
        from tether.ui.export.dialog import Purpose

        self._export(Purpose.EXPORT_BLANK)

    @Slot()
    def print_(self) -> None:
        """File › Print: choose what to print, then preview it."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from tether.export.printing import page_layout_for
        from tether.ui.export.dialog import ExportDialog, Purpose

        article = self._article()
        if article is None:
            return
        dialog = ExportDialog(Purpose.PRINT, article.title, self._window)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout_for())
        printer.setDocName(article.title)
        preview = QPrintPreviewDialog(printer, self._window)
        preview.setWindowTitle(
            translate("ExportCommands", "Print Preview — {title}").format(title=article.title)
        )
        preview.resize(self._window.size() * 0.9)
        preview.paintRequested.connect(lambda device: self.print_to(device, choice))
        preview.exec()

    @Slot()
    def share_article(self) -> None:
        """File › Share Article: save the article itself as a PDF or web page."""
        from tether.export import Format
        from tether.ui.export.dialog import file_filter, with_suffix

        article = self._article()
        if article is None:
            return
        formats = [Format.PDF, Format.HTML]
        start = Path.home() / f"{article.path.stem}.pdf"
        name, selected = _file_dialog().getSaveFileName(
            self._window,
            translate("ExportCommands", "Share Article"),
            str(start),
            file_filter(formats),
        )
        if name:
            self.share_article_to(with_suffix(Path(name), selected, formats))

    @Slot()
    def back_up(self) -> None:
        """File › Back Up My Data: everything in one file the reader chooses."""
        stamp = QDate.currentDate().toString("yyyy-MM-dd")
        start = Path.home() / f"tether-backup-{stamp}.sqlite3"
        name, _ = _file_dialog().getSaveFileName(
            self._window,
            translate("ExportCommands", "Back Up My Data"),
            str(start),
            _backup_filter(),
        )
        if name:
            self.back_up_to(Path(name))

    @Slot()
    def restore(self) -> None:
        """File › Restore Data: merge a backup into the data; nothing is removed."""
        name, _ = _file_dialog().getOpenFileName(
            self._window,
            translate("ExportCommands", "Restore Data"),
            str(Path.home()),
            _backup_filter(),
        )
        if name:
            self.restore_from(Path(name))

    # -- the work, callable without the file dialogs ----------------------------------------

    def export_to(self, path: Path, choice: ExportChoice) -> bool:
        """Write the chosen worksheet to ``path`` (replacing it); False if it failed."""
        from tether.export import ExportError, export_worksheet
        from tether.ui.export.dialog import Content

        article = self._article()
        if article is None:
            return False
        source = None if choice.content is Content.BLANK else self._data
        try:
            export_worksheet(article, source, path, with_article=choice.with_article, replace=True)
        except ExportError as error:
            return self._failed(translate("ExportCommands", "Could Not Export"), str(error))
        if source is None:
            saved = translate("ExportCommands", "Saved the blank worksheet to {path}")
        else:
            saved = translate("ExportCommands", "Saved the worksheet to {path}")
        self._tell(saved.format(path=path))
        return True

    def share_article_to(self, path: Path) -> bool:
        """Write the article to ``path`` as a web page or PDF; False if it failed."""
        from tether.export import ExportError, export_article

        article = self._article()
        if article is None:
            return False
        try:
            export_article(article, path, replace=True)
        except ExportError as error:
            return self._failed(translate("ExportCommands", "Could Not Share"), str(error))
        self._tell(translate("ExportCommands", "Saved the article to {path}").format(path=path))
        return True

    def print_to(self, printer: QPrinter, choice: ExportChoice) -> int:
        """Lay out the chosen content on ``printer``'s pages; return the page count."""
        from tether.export.html_writer import article_body, worksheet_body
        from tether.export.images import embedded_images
        from tether.export.printing import lay_out, paint_pages
        from tether.export.worksheet import build_worksheet
        from tether.ui.export.dialog import Content

        article = self._article()
        if article is None:
            return 0
        if choice.content is Content.ARTICLE:
            body = article_body(article, embedded_images(article.path.parent))
        else:
            source = None if choice.content is Content.BLANK else self._data
            body = worksheet_body(
                build_worksheet(article, source, with_article=choice.with_article)
            )
        pages = lay_out(body, printer.pageLayout())
        try:
            paint_pages(pages, printer)
        except OSError as error:
            self._failed(
                translate("ExportCommands", "Could Not Print"),
                translate("ExportCommands", "The printer could not be used: {error}.").format(
                    error=error
                ),
            )
            return 0
        return pages.page_count

    def back_up_to(self, path: Path) -> TransferReport | None:
        """Write every reflection, tick and position to ``path``; None if it failed."""
        self._host.flush()
        try:
            report = self._data.back_up_to(path)
        except StoreError as error:
            self._failed(translate("ExportCommands", "Could Not Back Up"), str(error))
            return None
        self._tell(report.message)
        return report

    def restore_from(self, path: Path) -> TransferReport | None:
        """Merge the backup at ``path`` into the data and show the result."""
        self._host.flush()
        try:
            report = self._data.restore_from(path)
        except StoreError as error:
            self._failed(translate("ExportCommands", "Could Not Restore"), str(error))
            return None
        session = self._host.session
        if session is not None and report.added.total:
            # The models read the store when built: show the article again to see the merge.
            current = self._host.article_view.current_section()
            sections = session.article_so_far.sections
            section_id = sections[current].id if 0 <= current < len(sections) else None
            self._host.show_article(session.source, section_id)
        from PySide6.QtWidgets import QMessageBox  # a big class: built when first shown

        QMessageBox.information(
            self._window, translate("ExportCommands", "Data Restored"), report.message
        )
        return report

    # -- helpers ---------------------------------------------------------------------------

    def _export(self, purpose: Purpose) -> None:
        from tether.ui.export.dialog import ExportDialog, file_filter, suggested_name, with_suffix

        article = self._article()
        if article is None:
            return
        dialog = ExportDialog(purpose, article.title, self._window)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        start = suggested_name(Path.home(), article.path.stem, choice)
        name, selected = _file_dialog().getSaveFileName(
            self._window, purpose.text, str(start), file_filter([choice.format])
        )
        if name:
            self.export_to(with_suffix(Path(name), selected, [choice.format]), choice)

    def _article(self) -> Article | None:
        """The article on show, with every reflection typed so far saved first."""
        session = self._host.session
        if session is None:
            return None
        self._host.flush()
        return session.article

    def _tell(self, message: str) -> None:
        self._host.statusBar().showMessage(message, _MESSAGE_MS)

    def _failed(self, title: str, message: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # a big class: built when first shown

        QMessageBox.warning(self._window, title, message)
        return False


def install_export_actions(host: WindowHost, data: ReaderData) -> ExportCommands:
    """Connect the export, print, share, backup and restore commands of the window."""
    commands = ExportCommands(host, data)
    actions = host.actions_by_id
    actions[ActionId.EXPORT_WORKSHEET].triggered.connect(commands.export_worksheet)
    actions[ActionId.EXPORT_BLANK].triggered.connect(commands.export_blank)
    actions[ActionId.PRINT].triggered.connect(commands.print_)
    actions[ActionId.SHARE_ARTICLE].triggered.connect(commands.share_article)
    actions[ActionId.BACKUP].triggered.connect(commands.back_up)
    actions[ActionId.RESTORE].triggered.connect(commands.restore)
    return commands
