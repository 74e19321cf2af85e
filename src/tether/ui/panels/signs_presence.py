"""The Signs panel shows when the article has signs, unless the reader closed it.

A plain README has no checklist: an empty panel there is only noise, so it is hidden,
and it comes back with the first article (or the first rendered part of one) that has
signs. A reader who closes the panel themselves (its close button or View › Signs) has
said they do not want it: that choice is kept, across articles and restarts, until they
show it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QObject, Slot
from PySide6.QtGui import QAction

from tether.ui.panels.docks import SignsDock
from tether.ui.settings import UiSettings

if TYPE_CHECKING:
    from tether.ui.room import PanelRoom

PANEL = "signs"


class SignsPresence(QObject):
    """Shows or hides the Signs dock for the article on show and the reader's choice."""

    def __init__(
        self,
        dock: SignsDock,
        settings: UiSettings,
        toggle: QAction,
        room: PanelRoom | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._dock = dock
        self._settings = settings
        self._room = room
        self._model: QAbstractItemModel | None = None
        dock.closed_by_reader.connect(self._on_closed_by_reader)
        # View › Signs and the toolbar: connected after the toggle's own handler, so
        # the dock has been shown or hidden by the time this looks.
        toggle.triggered.connect(self._on_toggled_by_reader)

    def watch(self, model: QAbstractItemModel) -> None:
        """Follow a newly opened article's signs (they may grow as it renders)."""
        if self._model is not None:
            self._model.rowsInserted.disconnect(self.update)
            self._model.modelReset.disconnect(self.update)
        self._model = model
        model.rowsInserted.connect(self.update)
        model.modelReset.connect(self.update)
        self.update()

    def wanted(self) -> bool:
        """Whether the panel should be on show: the article has signs, and the reader
        has not closed it."""
        has_signs = self._model is not None and self._model.rowCount() > 0
        return has_signs and not self._settings.panel_closed(PANEL)

    @Slot()
    def update(self) -> None:
        """Show or hide the panel as :meth:`wanted` says (a floating one too)."""
        wanted = self.wanted()
        if self._room is not None:
            self._room.set_wanted(self._dock, wanted)  # the room then fits it in
        elif self._dock.isHidden() == wanted:
            self._dock.setVisible(wanted)

    @Slot()
    def _on_closed_by_reader(self) -> None:
        self._settings.set_panel_closed(PANEL, True)

    @Slot()
    def _on_toggled_by_reader(self) -> None:
        self._settings.set_panel_closed(PANEL, self._dock.isHidden())
