"""How long ago this process started, and the ``startup_ms`` Tether reports with it."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from tether.ui.first_paint import deferred_pending

_IMPORTED_AT = time.time()


def process_start_time() -> float:
    """The wall-clock time this process started (Linux), else when Tether was imported."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat_file:
            fields = stat_file.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime_file:
            uptime = float(uptime_file.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        # Field 22 of stat (index 19 after the command name) is the start in clock ticks.
        started_after_boot = int(fields[19]) / ticks
        return time.time() - (uptime - started_after_boot)
    except (OSError, ValueError, IndexError):
        return _IMPORTED_AT


def milliseconds_since_start() -> int:
    """Milliseconds since the process started."""
    return round((time.time() - process_start_time()) * 1000)


class FirstPaintReporter(QObject):
    """Prints ``startup_ms=N`` once the article has been painted, then ``complete_ms=N``
    once the work deferred until after the first paint is done too, then quits. Each is
    followed by the same moment on the monotonic clock (``painted_at``, ``completed_at``).

    Installed on the page after the deferred work was given to ``after_first_paint``, so
    that its own zero-timer is queued first (Qt calls the filter installed last first):
    ``startup_ms`` is the paint itself, not the work that waits for it.
    """

    def __init__(self, app: QApplication, describe: Callable[[], str] | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._done = False
        self._describe = describe
        self._window: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: notice the first paint of the watched widget."""
        if event.type() == QEvent.Type.Paint and not self._done and isinstance(watched, QWidget):
            self._done = True
            self._window = watched.window()
            QTimer.singleShot(0, self._report)
        return False

    @Slot()
    def _report(self) -> None:
        if self._describe is not None:
            print(self._describe(), flush=True)
        print(f"startup_ms={milliseconds_since_start()}", flush=True)
        # The same moment on the system's monotonic clock, to the microsecond: what
        # started this process can tell the start-up from it (the benchmark does).
        print(f"painted_at={time.monotonic():.6f}", flush=True)
        QTimer.singleShot(0, self._report_complete)

    @Slot()
    def _report_complete(self) -> None:
        if deferred_pending():  # still to run: look again on the next pass
            QTimer.singleShot(1, self._report_complete)
            return
        # What the deferred work added is laid out and painted before it counts as done.
        QCoreApplication.sendPostedEvents()
        if self._window is not None:
            self._window.repaint()
        print(f"complete_ms={milliseconds_since_start()}", flush=True)
        print(f"completed_at={time.monotonic():.6f}", flush=True)
        self._app.quit()
