"""View › Theme: every theme as a choice, the one in use checked."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from tether.i18n import translate
from tether.look.theme import theme_choices
from tether.ui.appearance import Appearance
from tether.ui.settings import THEME


class ThemeMenu(QMenu):
    """The themes, one checkable entry each; choosing one sets the preference."""

    def __init__(self, appearance: Appearance, parent: QWidget) -> None:
        super().__init__(translate("Menus", "&Theme"), parent)
        self._appearance = appearance
        self._group = QActionGroup(self)
        for theme_id, name in theme_choices():
            action = self.addAction(name)
            action.setCheckable(True)
            action.setData(theme_id)
            self._group.addAction(action)
        self._group.triggered.connect(self._on_chosen)

    def sync(self) -> None:
        """Check the theme in use (after a change made here or in Preferences)."""
        for action in self._group.actions():
            action.setChecked(action.data() == self._appearance.theme_id())

    @Slot(QAction)
    def _on_chosen(self, action: QAction) -> None:
        self._appearance.set_preference(THEME, str(action.data()))
