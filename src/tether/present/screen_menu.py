"""View › Presentation Screen: which screen the room sees, remembered by name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu

from tether.i18n import translate
from tether.ui.actions import Menu
from tether.ui.settings import PRESENT_SCREEN, UiSettings

if TYPE_CHECKING:
    from tether.ui.host import WindowHost

AUTOMATIC = ""


class ScreenMenu(QObject):
    """A submenu listing the screens now connected, rebuilt each time it opens.

    "Automatic" puts the audience on any screen other than the reader's; a screen chosen
    by name is used whenever a screen of that name is connected.
    """

    def __init__(self, menu: QMenu, settings: UiSettings) -> None:
        super().__init__(menu)
        self.menu = menu
        self.menu.setObjectName("presentation-screen-menu")
        self._settings = settings
        self._group = QActionGroup(self)
        self._group.triggered.connect(self._on_chosen)
        self.menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    @Slot()
    def rebuild(self) -> None:
        """List "Automatic" and every connected screen, the remembered one checked."""
        for action in self._group.actions():
            self._group.removeAction(action)
            action.deleteLater()
        self.menu.clear()
        chosen = str(self._settings.preference(PRESENT_SCREEN))
        entries = [
            (
                AUTOMATIC,
                translate("PresentationScreen", "&Automatic (Not the Reader’s Screen)"),
            )
        ]
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry().size()
            # A screen without a name (rare) is remembered by its number instead.
            key = screen.name() or str(number)
            entries.append((key, f"{number}. {screen.name()} ({size.width()}×{size.height()})"))
        if chosen and chosen not in {name for name, _ in entries}:
            entries.append(
                (
                    chosen,
                    translate("PresentationScreen", "{screen} (not connected)").format(
                        screen=chosen
                    ),
                )
            )
        for name, text in entries:
            action = QAction(text, self.menu)
            action.setCheckable(True)
            action.setChecked(name == chosen)
            action.setData(name)
            self._group.addAction(action)
            self.menu.addAction(action)

    @Slot(QAction)
    def _on_chosen(self, action: QAction) -> None:
        self._settings.set_preference(PRESENT_SCREEN, str(action.data()))
        self._settings.qsettings.sync()


def add_screen_menu(window: WindowHost, settings: UiSettings) -> ScreenMenu:
    """Add View › Presentation Screen to ``window``."""
    title = translate("PresentationScreen", "Presentation &Screen")
    return ScreenMenu(window.menus[Menu.VIEW].addMenu(title), settings)
