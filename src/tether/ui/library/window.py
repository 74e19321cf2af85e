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
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tether.content import ArticleError
from tether.i18n import translate
from tether.look.fonts import READING_FAMILY
from tether.models import Role
from tether.models.library import Column, LibraryModel
from tether.models.library_order import LibraryOrder, Order
from tether.ui.library.row_delegate import LibraryRowDelegate
from tether.ui.settings import LIBRARY_ORDER, UiSettings

ChooseFile = Callable[[QWidget, Path], Path | None]


def file_filter() -> str:
    """The file dialog's types: their names translated, the patterns as they are."""
    articles = translate("Library", "Markdown articles")
    everything = translate("Library", "All files")
    return f"{articles} (*.md *.markdown *.txt);;{everything} (*)"


def order_name(order: Order) -> str:
    """How the sort choice names an order, in the interface language."""
    names = {
        Order.RECENT: translate("Library", "Recently read"),
        Order.TITLE: translate("Library", "Title"),
    }
    return names.get(order, order.value)


def choose_markdown_file(parent: QWidget, start: Path) -> Path | None:
    """Ask the reader for a Markdown file (the standard file dialog)."""
    title = translate("Library", "Add Article")
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start), file_filter())
    return Path(path) if path else None


class LibraryWindow(QDialog):
    """The library: the bundled articles and the reader's own, with their progress.

    A list, as reading apps show a library: each row the title in the reading font, a
    quieter line (subtitle, file or "Bundled with Tether", sections) and the progress
    with a thin bar (:class:`LibraryRowDelegate`); last read first, or by title. Arrows
    move, typing a title's first letters goes to it, and opening one (Enter, a double
    click, or Open) emits :attr:`open_requested`; the main window shows it. Add Article…
    copies a Markdown file into the articles folder.
    """

    open_requested = Signal(Path)

    def __init__(
        self,
        model: LibraryModel,
        parent: QWidget | None = None,
        choose_file: ChooseFile = choose_markdown_file,
        title_family: Callable[[], str] = lambda: READING_FAMILY,
        settings: UiSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("library-window")
        self.setWindowTitle(translate("Library", "Library"))
        self.setAccessibleName(translate("Library", "Library"))
        self.model = model
        # The file dialog is a parameter so that a test can stand in for the reader.
        self.choose_file = choose_file
        self.order = LibraryOrder(self)
        self._settings = settings
        if settings is not None:  # the order the reader chose last time
            self.order.set_order(
                Order.__members__.get(str(settings.preference(LIBRARY_ORDER)), Order.RECENT)
            )
        self.order.setSourceModel(model)
        self.list_view = self._build_list(title_family)
        self.sort_box = self._build_sort_box()
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("library-folder-label")
        self.folder_label.setAccessibleName(translate("Library", "Your articles folder"))
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("library-message")
        self.message_label.setWordWrap(True)
        self.message_label.hide()  # until there is something to say: no empty gap
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = self._button(
            buttons,
            translate("Library", "&Open"),
            "library-open",
            translate("Library", "Open Article"),
            self.open_current,
        )
        self.add_button = self._button(
            buttons,
            translate("Library", "&Add Article…"),
            "library-add",
            translate("Library", "Add Article"),
            self.add_article,
        )
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("library-close")
        close.setAccessibleName(translate("Library", "Close Library"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        # Alt+A is Add Article…; the list is reached with Alt+L.
        heading = QLabel(translate("Library", "Articles in your &library"), self)
        heading.setBuddy(self.list_view)
        sort_label = QLabel(translate("Library", "&Sort by:"), self)
        sort_label.setBuddy(self.sort_box)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(sort_label)
        top.addWidget(self.sort_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        # In the order they are seen: the sort choice above the list, the buttons below.
        QWidget.setTabOrder(self.sort_box, self.list_view)
        self.list_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.order.modelReset.connect(self._update_buttons)
        self._fit_to_screen()
        self._describe_folder()
        self._update_buttons()

    def _build_list(self, title_family: Callable[[], str]) -> QListView:
        view = QListView(self)
        view.setObjectName("library-list")
        view.setAccessibleName(translate("Library", "Articles in the library"))
        view.setModel(self.order)
        # One row per article: the title column; the delegate draws the rest of the row.
        view.setModelColumn(Column.TITLE)
        view.setItemDelegate(LibraryRowDelegate(title_family, view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformItemSizes(True)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.activated.connect(self._on_activated)
        return view

    def _build_sort_box(self) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName("library-sort")
        box.setAccessibleName(translate("Library", "Sort articles by"))
        for order in Order:
            box.addItem(order_name(order), order)
        box.setCurrentIndex(list(Order).index(self.order.order))
        box.currentIndexChanged.connect(self._on_sort_chosen)
        return box

    def _button(
        self,
        box: QDialogButtonBox,
        text: str,
        object_name: str,
        name: str,
        slot: Callable[[], object],
    ) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        assert button is not None
        button.setObjectName(object_name)
        button.setAccessibleName(name)
        # Enter in the list opens the article itself; a default button would open it twice.
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- opening and adding ----------------------------------------------------------------

    def current_path(self) -> Path | None:
        """The file of the selected row, if a row is selected."""
        index = self.list_view.currentIndex()
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
        self.list_view.setCurrentIndex(index)
        self.open_current()

    @Slot(int)
    def _on_sort_chosen(self, position: int) -> None:
        selected = self.current_path()
        order = list(Order)[position]
        self.order.set_order(order)
        if self._settings is not None:
            self._settings.set_preference(LIBRARY_ORDER, order.name)
        if selected is not None:
            self.select_path(selected, focus=False)

    @Slot()
    def add_article(self) -> Path | None:
        """Copy a chosen Markdown file into the articles folder and select it."""
        source = self.choose_file(self, Path.home())
        if source is None:
            return None
        try:
            result = self.model.add_article(source)
        except ArticleError as error:
            QMessageBox.warning(self, translate("Library", "Cannot Add Article"), str(error))
            return None
        self.select_path(result.path)
        if result.copied:
            added = translate("Library", "Added “{file}” as {name}.")
            self.message_label.setText(added.format(file=source.name, name=result.path.name))
        else:
            present = translate("Library", "“{file}” is already in your articles folder.")
            self.message_label.setText(present.format(file=source.name))
        self.message_label.show()
        self._describe_folder()
        return result.path

    def select_path(self, path: Path, *, focus: bool = True) -> None:
        """Select the row of a file, in view, and (unless told not to) focus the list."""
        row = self.model.row_of(path)
        if row is None:
            return
        index = self.order.mapFromSource(self.model.index(row, Column.TITLE))
        self.list_view.setCurrentIndex(index)
        self.list_view.scrollTo(index)
        if focus:
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- look ------------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """A comfortable size, but never larger than the screen (small or scaled up)."""
        room = self.screen().availableGeometry()
        self.resize(min(760, room.width() * 9 // 10), min(440, room.height() * 8 // 10))

    def _describe_folder(self) -> None:
        folder = self.model.articles_dir
        self.folder_label.setText(
            translate("Library", "Your articles folder: {folder}").format(folder=folder)
        )

    @Slot()
    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.list_view.currentIndex().isValid())

    def showEvent(self, event: QShowEvent) -> None:
        """Qt: list what is on disk now, keep the selection on a row, focus the list."""
        selected = self.current_path()
        self.model.refresh()
        if selected is not None:
            self.select_path(selected)
        elif self.order.rowCount() and not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.order.index(0, Column.TITLE))
        # The list, not the sort choice above it: arrows and Enter work at once.
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)


__all__ = [
    "ChooseFile",
    "LibraryWindow",
    "choose_markdown_file",
]
