"""The curtain: while presenting, every window of the reader's is hidden, then given back.

Hiding the main window hides its docks, but not a dock the reader floated, nor any other
window of the application; so every visible top-level window is hidden, main window
first, and the ones that are real windows are shown again on leaving, main window first.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

_RESTORABLE = {Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Tool}


class Curtain:
    """Hides the reader's windows and shows them again."""

    def __init__(self, main_window: QWidget) -> None:
        self._main = main_window
        self._hidden: list[QWidget] = []

    def close(self, keep: Iterable[QWidget | None]) -> None:
        """Hide every visible top-level window except those in ``keep``."""
        kept = {widget for widget in keep if widget is not None}
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in kept]
        visible.sort(key=lambda widget: widget is not self._main)
        for widget in visible:
            widget.hide()
        self._hidden.extend(w for w in visible if w.windowType() in _RESTORABLE)

    def open(self) -> None:
        """Show again what :meth:`close` hid, the main window first and active."""
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            widget.show()
        self._main.activateWindow()
