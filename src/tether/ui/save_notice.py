"""A quiet notice in the status bar while something could not be saved.

A read-only, full or vanished data folder can refuse every save for minutes; a dialog
for each refusal would bury the reader. The notice stays in the status bar (a
permanent widget, so temporary messages never hide it) as long as anything is waiting
to be saved, and clears itself once everything is saved again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

SAVED_AGAIN_MS = 8000
SAVED_AGAIN = "Everything is saved again."


class SaveNotice(QLabel):
    """Says that (and why) changes are not saved yet; clears when they are.

    ``unsaved`` answers whether anything is still waiting: the notice is only cleared
    when it says no. The full message is the tooltip and the accessible description;
    the label shows as much of it as fits.
    """

    def __init__(self, status_bar: QStatusBar, unsaved: Callable[[], bool]) -> None:
        super().__init__(status_bar)
        self.setObjectName("save-notice")
        self.setAccessibleName("Unsaved changes")
        self.setTextFormat(Qt.TextFormat.PlainText)
        # The message can be long (it names the file); never let it widen the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)
        self._status_bar = status_bar
        self._unsaved = unsaved
        self._risks: list[Callable[[], bool]] = []
        self._message = ""
        status_bar.addPermanentWidget(self, 3)
        self.hide()

    def add_risk(self, at_risk: Callable[[], bool]) -> None:
        """Also keep the notice while ``at_risk()`` says so (e.g. a vanished data folder)."""
        self._risks.append(at_risk)

    def at_risk(self) -> bool:
        """Whether something other than a waiting save still puts changes at risk."""
        return any(risk() for risk in self._risks)

    def message(self) -> str:
        """The whole notice ("" when everything is saved)."""
        return self._message

    @Slot(str)
    def report_failure(self, reason: str) -> None:
        """Show that a save failed, and why; stays until everything is saved."""
        self._message = (
            f"Not saved yet: {reason} Tether keeps your changes and tries again every few seconds."
        )
        self.setToolTip(self._message)
        self.setAccessibleDescription(self._message)
        self._show_elided()
        self.show()

    @Slot()
    def check(self) -> None:
        """A save succeeded: clear the notice soon, if nothing else is still waiting."""
        # Deferred: a save reports success before its caller (the editor, say) has
        # marked its text as saved.
        if self._message:
            QTimer.singleShot(0, self._clear_if_saved)

    @Slot()
    def _clear_if_saved(self) -> None:
        if not self._message or self._unsaved() or self.at_risk():
            return
        self._message = ""
        self.setToolTip("")
        self.setAccessibleDescription("")
        self.hide()
        self._status_bar.showMessage(SAVED_AGAIN, SAVED_AGAIN_MS)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: show as much of the message as the new width allows."""
        super().resizeEvent(event)
        self._show_elided()

    def _show_elided(self) -> None:
        width = max(self.width() - 4, 40)
        self.setText(
            self.fontMetrics().elidedText(self._message, Qt.TextElideMode.ElideRight, width)
        )
