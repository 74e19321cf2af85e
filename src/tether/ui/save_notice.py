"""A quiet notice in the status bar while something could not be saved.

A read-only, full or vanished data folder can refuse every save for minutes; a dialog
for each refusal would bury the reader. The notice stays in the status bar (a
permanent widget, so temporary messages never hide it) as long as anything is waiting
to be saved, and clears itself once everything is saved again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizeGrip,
    QSizePolicy,
    QStatusBar,
    QWidget,
)

from tether.i18n import QT_TRANSLATE_NOOP, translate

SAVED_AGAIN_MS = 8000
# In English; shown through translate("SaveNotice", ...).
SAVED_AGAIN = QT_TRANSLATE_NOOP("SaveNotice", "Everything is saved again.")
RETRYING = QT_TRANSLATE_NOOP(
    "SaveNotice", "Tether keeps your changes and tries again every few seconds."
)
_ICON_PX = 16


class _ElidedLabel(QLabel):
    """A label that shows as much of its text as fits, cut in the middle.

    The start ("Not saved: …") and the end (the cause, e.g. "disk is full") matter
    most; the middle is usually a long file path.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # The message can be long; never let it widen the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)  # all of it, however little of it fits
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: show as much of the text as the new width allows."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width() - 4, 40)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))


class SaveNotice(QWidget):
    """Says that (and why) changes are not saved yet; clears when they are.

    ``unsaved`` answers whether anything is still waiting; :meth:`add_risk` adds other
    conditions (a vanished data folder). The notice is only cleared when none holds.
    The full message is the tooltip and the accessible description.
    """

    def __init__(self, status_bar: QStatusBar, unsaved: Callable[[], bool]) -> None:
        super().__init__(status_bar)
        for grip in status_bar.findChildren(QSizeGrip):  # Qt's, otherwise unnamed
            grip.setAccessibleName(translate("MainWindow", "Resize the window"))
        self.setObjectName("save-notice")
        self.setAccessibleName(translate("SaveNotice", "Unsaved changes"))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(160)
        icon = QLabel(self)
        icon.setFixedSize(_ICON_PX, _ICON_PX)  # its picture comes when first shown
        icon.setAccessibleName(translate("SaveNotice", "Warning"))
        self._icon = icon
        self._text = _ElidedLabel(self)
        bold = QFont(self._text.font())
        bold.setBold(True)
        self._text.setFont(bold)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon)
        layout.addWidget(self._text, 1)
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

    def showEvent(self, event: QShowEvent) -> None:
        """Qt: the warning sign, taken from the style the first time the notice shows.

        Not when the window is built: asking the style for it makes Qt's bindings build
        the QStyle class and its enums, ~6 ms of a start that rarely shows the notice.
        """
        if self._icon.pixmap().isNull():
            from PySide6.QtWidgets import QStyle

            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self._icon.setPixmap(warning.pixmap(_ICON_PX, _ICON_PX))
        super().showEvent(event)

    @Slot(str)
    def report_failure(self, reason: str) -> None:
        """Show that a save failed, and why; stays until everything is saved."""
        self._message = translate("SaveNotice", "Not saved yet: {reason} {retrying}").format(
            reason=reason, retrying=translate("SaveNotice", RETRYING)
        )
        self._text.set_full_text(
            translate("SaveNotice", "Not saved: {reason}").format(reason=reason)
        )
        self.setToolTip(self._message)
        self.setAccessibleDescription(self._message)
        if not self.isVisible():  # said once, not again at every retry
            from tether.ui.a11y import announce  # QAccessible's classes: when first needed

            announce(self, self._message)
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
        self._text.set_full_text("")
        self.setToolTip("")
        self.setAccessibleDescription("")
        self.hide()
        saved_again = translate("SaveNotice", SAVED_AGAIN)
        self._status_bar.showMessage(saved_again, SAVED_AGAIN_MS)
        from tether.ui.a11y import announce

        announce(self._status_bar, saved_again)


def agree_to_lose_changes(parent: QWidget) -> bool:
    """Ask before closing over changes that could not be saved; True if the reader
    chose to discard them (the window closes), False to keep the window open."""
    from PySide6.QtWidgets import QMessageBox  # a big class: built when first shown

    answer = QMessageBox.warning(
        parent,
        translate("MainWindow", "Changes Not Saved"),
        translate(
            "MainWindow",
            "Your latest changes could not be saved yet. If you quit now, the words "
            "typed and the ticks made since the last save will be lost.",
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
