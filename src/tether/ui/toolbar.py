"""The slim toolbar above the page: the Sections toggle, the article's title, Find, and the
Reflections toggle.

It replaces the docks' title-bar buttons as the way to show and hide the panels (the View
menu and the keys do the same): the buttons are the registry's own actions, so their
keys, tooltips and checked state are the menus'. A button shows its theme icon beside
its word when the desktop has one, and the word alone when it has not.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

from tether.i18n import translate
from tether.ui.actions import ActionId

# The commands on the toolbar, in order, with the title between the first and the rest.
_LEFT = (ActionId.SHOW_SECTIONS,)
_RIGHT = (ActionId.FIND, ActionId.SHOW_REFLECTIONS)


class _TitleLabel(QLabel):
    """The article's title, centred, shortened with an ellipsis rather than widening
    the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article-title")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Takes the toolbar's spare width, and gives it up first when the window narrows.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""

    def set_title(self, title: str) -> None:
        """Show ``title`` (the whole of it in the tooltip when it is shortened)."""
        self._full = title
        self.setAccessibleName(title)
        self._elide()

    def title(self) -> str:
        """The whole title."""
        return self._full

    def sizeHint(self) -> QSize:
        """Qt: no width of its own; the title is shortened to whatever is spare."""
        return QSize(0, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Qt: the title never keeps the window from narrowing."""
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: shorten the title to the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class ReadingToolBar(QToolBar):
    """A fixed toolbar: panel toggles either side of the title, and Find."""

    def __init__(self, actions: Mapping[ActionId, QAction], parent: QWidget | None = None) -> None:
        super().__init__(translate("MainWindow", "Reading Toolbar"), parent)
        self.setObjectName("reading-toolbar")
        self.setAccessibleName(translate("MainWindow", "Reading toolbar"))
        self.setMovable(False)
        self.setFloatable(False)
        # Always there: the panel toggles on it are how a small window gets its panels.
        self.toggleViewAction().setVisible(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(16, 16))
        for action_id in _LEFT:
            self.addAction(actions[action_id])
        self.title = _TitleLabel(self)
        self.addWidget(self.title)
        for action_id in _RIGHT:
            self.addAction(actions[action_id])
        for action in self.actions():
            button = self.widgetForAction(action)
            if button is not None and action.text():
                button.setObjectName(f"toolbar-{action.objectName().removeprefix('action-')}")
                button.setAccessibleName(action.iconText())
        # Qt's button for the actions a narrow window has no room for.
        for more in self.findChildren(QToolButton, "qt_toolbar_ext_button"):
            more.setAccessibleName(translate("ReadingToolBar", "More toolbar buttons"))

    def set_title(self, title: str) -> None:
        """Show the title of the article on show."""
        self.title.set_title(title)
