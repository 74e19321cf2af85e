"""The library, wired to the main window: File › Library and links to related reading.

The related-reading links need the library's titles: a page painted before the library
was installed (start-up paints the page first) is linked again then, if it names a title
the library holds. The library window (a list, its buttons, a file dialog) is only
needed once the reader opens it, so it is made, and its module imported, then.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from tether.i18n import translate
from tether.models.library import LibraryModel
from tether.ui.actions import ActionId
from tether.ui.page.related_links import names_known_title

if TYPE_CHECKING:
    from tether.ui.host import WindowHost
    from tether.ui.library.window import LibraryWindow
    from tether.ui.settings import UiSettings


class LibraryController(QObject):
    """Wires the library to a main window: the Library command and related-reading links.

    Owned by the window (its Qt parent), so it lives as long as the window does.
    """

    def __init__(
        self, host: WindowHost, model: LibraryModel, settings: UiSettings | None = None
    ) -> None:
        super().__init__(host.window())
        self._host = host
        self._settings = settings
        self.model = model
        self._library_window: LibraryWindow | None = None
        host.actions_by_id[ActionId.LIBRARY].triggered.connect(self.show_library)
        host.article_view.set_known_titles(model.has_title)
        session, page = host.session, host.article_view
        if session is not None:  # the page was painted first: link what it shows now
            shown = session.article_so_far.sections[: page.sections_rendered()]
            if names_known_title(shown, model.has_title):
                page.relink()
        host.article_view.article_requested.connect(self.open_related)
        self._titles = model.title_keys()
        model.modelReset.connect(self._on_library_changed)

    @property
    def library_window(self) -> LibraryWindow:
        """The library window, made the first time it is asked for."""
        if self._library_window is None:
            from tether.ui.library.window import LibraryWindow

            view = self._host.article_view
            # Titles in the page's font: the reader's choice, or the theme's letters.
            self._library_window = LibraryWindow(
                self.model,
                self._host.window(),
                title_family=lambda: view.font().family(),
                settings=self._settings,
            )
            self._library_window.open_requested.connect(self.open_from_library)
        return self._library_window

    @Slot()
    def show_library(self) -> None:
        """File › Library: show the library window, in front."""
        library_window = self.library_window
        if library_window.isVisible():
            library_window.raise_()
        else:
            library_window.show()
        library_window.activateWindow()

    @Slot()
    def _on_library_changed(self) -> None:
        # A newly added article may be the one a related-reading line names.
        titles = self.model.title_keys()
        if titles != self._titles:
            self._titles = titles
            self._host.article_view.relink()

    @Slot(Path)
    def open_from_library(self, path: Path) -> bool:
        """Show a library article in the main window; the library closes once it opened."""
        opened = self._host.open_path(path)
        if opened:
            if self._library_window is not None:
                self._library_window.hide()
            self._host.window().activateWindow()
        return opened

    @Slot(str)
    def open_related(self, title: str) -> bool:
        """Open the library's article of a related-reading title."""
        path = self.model.path_for_title(title)
        if path is None:
            message = translate("Library", "“{title}” is not in your library.")
            self._host.statusBar().showMessage(message.format(title=title), 6000)

            return False
        return self._host.open_path(path)


def install_library(
    host: WindowHost, model: LibraryModel, settings: UiSettings | None = None
) -> LibraryController:
    """Give the main window its library: the Library command and related-reading links.

    With ``settings``, the Library window keeps the order the reader chose last.
    """
    return LibraryController(host, model, settings)
