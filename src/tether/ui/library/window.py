"""File › Library: every article the reader can open, and a way to add their own.

The window is made the first time File › Library opens it; what wires the library to
the main window from the start is in :mod:`tether.ui.library.controller`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tether.content import ArticleError
from tether.models import Role
from tether.models.library import Column, LibraryModel
from tether.ui.panels.muted_rows import MutedRowDelegate

_FILE_FILTER = "Markdown articles (*.md *.markdown *.txt);;All files (*)"
ChooseFile = Callable[[QWidget, Path], Path | None]


def choose_markdown_file(parent: QWidget, start: Path) -> Path | None:
    """Ask the reader for a Markdown file (the standard file dialog)."""
    path, _ = QFileDialog.getOpenFileName(parent, "Add Article", str(start), _FILE_FILTER)
    return Path(path) if path else None


class LibraryWindow(QDialog):
    """The library: the bundled articles and the reader's own, with their progress.

    Opening one (Enter, a double click, or Open) emits :attr:`open_requested`; the main
    window shows it. Add Article… copies a Markdown file into the articles folder.
    """

    open_requested = Signal(Path)

    def __init__(
        self,
        model: LibraryModel,
        parent: QWidget | None = None,
        choose_file: ChooseFile = choose_markdown_file,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("library-window")
        self.setWindowTitle("Library")
        self.setAccessibleName("Library")
        self.model = model
        # The file dialog is a parameter so that a test can stand in for the reader.
        self.choose_file = choose_file
        self.table = self._build_table()
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("library-folder-label")
        self.folder_label.setAccessibleName("Your articles folder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("library-message")
        self.message_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self._button(buttons, "&Open", "Open Article", self.open_current)
        self.add_button = self._button(buttons, "&Add Article…", "Add Article", self.add_article)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("library-close")
        close.setAccessibleName("Close Library")
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        heading = QLabel("A&rticles you can open:", self)
        heading.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.resize(760, 440)
        self._describe_folder()
        self._update_buttons()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("library-table")
        table.setAccessibleName("Articles in the library")
        table.setModel(self.model)
        table.setItemDelegate(MutedRowDelegate(Role.Unreadable, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (Column.SECTIONS, Column.PROGRESS, Column.ORIGIN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.activated.connect(self._on_activated)
        return table

    def _button(
        self, box: QDialogButtonBox, text: str, name: str, slot: Callable[[], object]
    ) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        assert button is not None
        button.setObjectName("library-" + name.split()[0].lower())
        button.setAccessibleName(name)
        # Enter in the table opens the article itself; a default button would open it twice.
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- opening and adding ----------------------------------------------------------------

    def current_path(self) -> Path | None:
        """The file of the selected row, if a row is selected."""
        index = self.table.currentIndex()
        value = index.data(Role.ArticlePath) if index.isValid() else None
        return Path(value) if value else None

    @Slot()
    def open_current(self) -> None:
        """Open the selected article in the main window."""
        path = self.current_path()
        if path is not None:
            self.open_requested.emit(path)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        self.table.setCurrentIndex(index)
        self.open_current()

    @Slot()
    def add_article(self) -> Path | None:
        """Copy a chosen Markdown file into the articles folder and select it."""
        source = self.choose_file(self, Path.home())
        if source is None:
            return None
        try:
            result = self.model.add_article(source)
        except ArticleError as error:
            QMessageBox.warning(self, "Cannot Add Article", str(error))
            return None
        self.select_path(result.path)
        if result.copied:
            self.message_label.setText(f"Added “{source.name}” as {result.path.name}.")
        else:
            self.message_label.setText(f"“{source.name}” is already in your articles folder.")
        self._describe_folder()
        return result.path

    def select_path(self, path: Path) -> None:
        """Select the row of a file and put the keyboard focus there."""
        row = self.model.row_of(path)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, Column.TITLE))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- look ------------------------------------------------------------------------------

    def _describe_folder(self) -> None:
        folder = self.model.articles_dir
        self.folder_label.setText(f"Your articles folder: {folder}")

    @Slot()
    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.table.currentIndex().isValid())

    def showEvent(self, event: QShowEvent) -> None:
        """Qt: list what is on disk now, and keep the selection on a row."""
        selected = self.current_path()
        self.model.refresh()
        if selected is not None:
            self.select_path(selected)
        elif self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, Column.TITLE))
        super().showEvent(event)


__all__ = [
    "ChooseFile",
    "LibraryWindow",
    "choose_markdown_file",
]
