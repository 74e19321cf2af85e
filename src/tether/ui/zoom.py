"""Text size: larger and smaller in steps, from the View menu, its keys and Ctrl+wheel."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Slot
from PySide6.QtGui import QAction, QWheelEvent
from PySide6.QtWidgets import QStatusBar, QWidget

from tether.i18n import translate
from tether.ui.actions import ActionId
from tether.ui.appearance import Appearance
from tether.ui.settings import FONT_PX

# Each step about a tenth larger than the last, within the preference's range.
ZOOM_STEPS_PX = (12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36, 40, 44, 48)
STATUS_MS = 2500
# One notch of an ordinary mouse wheel; touchpads send many smaller deltas.
_WHEEL_NOTCH = 120


def next_size(pixel_size: int, direction: int) -> int:
    """The next step above (``direction`` > 0) or below a size; at either end, the same."""
    if direction > 0:
        return next((step for step in ZOOM_STEPS_PX if step > pixel_size), pixel_size)
    return next((step for step in reversed(ZOOM_STEPS_PX) if step < pixel_size), pixel_size)


def size_percent(pixel_size: int) -> int:
    """A text size as a percentage of the default size."""
    return round(100 * pixel_size / int(FONT_PX.default))


class Zoom(QObject):
    """Sets the text size preference and says the new size in the status bar.

    Installed as an event filter on the article's viewport, it turns Ctrl+wheel into
    zoom steps (QTextBrowser would otherwise scale its own font, behind our back).
    """

    def __init__(
        self, appearance: Appearance, status_bar: QStatusBar, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._appearance = appearance
        self._status_bar = status_bar
        self._wheel_delta = 0

    def connect_actions(self, actions: Mapping[ActionId, QAction]) -> None:
        """Let View › Zoom In, Zoom Out and Actual Size drive this zoom."""
        actions[ActionId.ZOOM_IN].triggered.connect(self.zoom_in)
        actions[ActionId.ZOOM_OUT].triggered.connect(self.zoom_out)
        actions[ActionId.ZOOM_RESET].triggered.connect(self.reset)

    def watch_wheel(self, widget: QWidget) -> None:
        """Zoom when the wheel turns over ``widget`` with Ctrl held."""
        widget.installEventFilter(self)

    def pixel_size(self) -> int:
        """The text size now, in pixels."""
        return int(self._appearance.preference(FONT_PX))

    @Slot()
    def zoom_in(self) -> None:
        """One step larger."""
        self._set(next_size(self.pixel_size(), 1))

    @Slot()
    def zoom_out(self) -> None:
        """One step smaller."""
        self._set(next_size(self.pixel_size(), -1))

    @Slot()
    def reset(self) -> None:
        """Back to the default size."""
        self._set(int(FONT_PX.default))

    def _set(self, pixel_size: int) -> None:
        self._appearance.set_preference(FONT_PX, pixel_size)
        if pixel_size == ZOOM_STEPS_PX[-1]:
            message = translate("Zoom", "Text size {percent}% (the largest)")
        elif pixel_size == ZOOM_STEPS_PX[0]:
            message = translate("Zoom", "Text size {percent}% (the smallest)")
        else:
            message = translate("Zoom", "Text size {percent}%")
        percent = QLocale().toString(size_percent(pixel_size))
        self._status_bar.showMessage(message.format(percent=percent), STATUS_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: Ctrl+wheel zooms, a step per notch; any other wheel scrolls as usual."""
        if not isinstance(event, QWheelEvent) or event.type() != QEvent.Type.Wheel:
            return super().eventFilter(watched, event)
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._wheel_delta = 0
            return False
        self._wheel_delta += event.angleDelta().y()
        while abs(self._wheel_delta) >= _WHEEL_NOTCH:
            direction = 1 if self._wheel_delta > 0 else -1
            self._wheel_delta -= direction * _WHEEL_NOTCH
            self._set(next_size(self.pixel_size(), direction))
        event.accept()
        return True
