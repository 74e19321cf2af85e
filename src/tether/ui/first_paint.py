"""Work that can wait until the reader sees the page: run once a widget has painted.

Start-up does only what the first paint needs; what must still happen soon after (the
hand-over socket, for one) is given to :func:`after_first_paint`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QWidget

# A window that is never painted (started minimised, hidden at once to present) still
# gets its deferred work done by then.
AT_LATEST_MS = 3000

# The deferred calls not made yet: the window is complete once there are none.
_pending: set[_AfterFirstPaint] = set()


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once: queued right after the widget's first paint, or after
    ``at_latest_ms`` if it has not painted by then. Owned by the widget."""

    def __init__(self, widget: QWidget, callback: Callable[[], object], at_latest_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._scheduled = False
        self._done = False
        widget.installEventFilter(self)
        # Precise: never before ``at_latest_ms`` (a coarse timer may fire 5 % early).
        self._fallback = QTimer(self, singleShot=True, interval=at_latest_ms)
        self._fallback.setTimerType(Qt.TimerType.PreciseTimer)
        self._fallback.timeout.connect(self._run)
        self._fallback.start()
        _pending.add(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: notice the first paint; run the work once the paint is done."""
        if event.type() == QEvent.Type.Paint and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._run)
        return False

    @Slot()
    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._fallback.stop()
        self._widget.removeEventFilter(self)
        try:
            self._callback()
        finally:
            _pending.discard(self)


def after_first_paint(
    widget: QWidget, callback: Callable[[], object], at_latest_ms: int = AT_LATEST_MS
) -> None:
    """Run ``callback`` once ``widget`` has first painted (at the latest after a while)."""
    _AfterFirstPaint(widget, callback, at_latest_ms)


def deferred_pending() -> int:
    """How many calls given to :func:`after_first_paint` have not been made yet.

    The window is complete (every panel built and painted, the start-up's deferred work
    done) once this is 0; ``--quit-after-startup`` waits for that to report it.
    """
    return len(_pending)
