"""WindowHost: the short list of what a feature may use on the main window.

A feature that adds commands, menus or windows (the library, export, presentation, Open
Recent, the shell's keeper and hand-over) installs itself on a ``WindowHost`` and uses
nothing else of the main window, so the window can change inside without breaking them,
and a feature can be read without reading the window. ``MainWindow`` is the only host;
only ``tether.shell`` names it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

    from tether.content import Article, ArticleRenderer
    from tether.models import ArticleSession
    from tether.ui.actions import ActionId, Menu
    from tether.ui.page.article_view import ArticleView
    from tether.ui.panels.reflection_editor import ReflectionEditor
    from tether.ui.save_notice import SaveNotice


class WindowHost(Protocol):
    """What a feature may use on the main window, and nothing more."""

    @property
    def actions_by_id(self) -> Mapping[ActionId, QAction]:
        """Every command of the action registry; a feature connects the ones it runs."""

    @property
    def menus(self) -> Mapping[Menu, QMenu]:
        """The menu bar's menus, for a feature that adds a submenu."""

    @property
    def article_view(self) -> ArticleView:
        """The page: the current section, scrolling to one, links it asks to follow."""

    @property
    def session(self) -> ArticleSession | None:
        """The article on show with its models, or None before the first one."""

    @property
    def save_notice(self) -> SaveNotice:
        """Where a feature reports a save that failed, and adds what puts data at risk."""

    @property
    def article_shown(self) -> SignalInstance:
        """Emitted with the article file's path each time an article is shown."""

    @property
    def reflection_editor(self) -> ReflectionEditor:
        """The reflection on the current section: Earlier Versions restores into it."""

    def add_page_bar(self, bar: QWidget) -> None:
        """Show ``bar`` above the page (a quiet, non-modal offer such as the return bar)."""

    def window(self) -> QWidget:
        """The main window as a widget: the parent for a feature's dialogs and objects."""

    def statusBar(self) -> QStatusBar:  # noqa: N802 - Qt's own name, which MainWindow has
        """The status bar, for short messages."""

    def flush(self) -> bool:
        """Save everything waiting now; False if anything could not be saved."""

    def open_path(self, path: Path) -> bool:
        """Open an article file, or explain in a dialog why it cannot be opened."""

    def show_article(
        self, source: Article | ArticleRenderer, section_id: str | None = None
    ) -> None:
        """Show an article (raises ArticleError, changing nothing, if it cannot be)."""
