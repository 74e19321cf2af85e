"""Time ReText, the closest peer, to the first paint of its rendered preview.

Run with the Python of a separate, throwaway venv that has ReText and PyQt6 installed
(ReText is never installed into Tether's venv, and none of its code is in this
repository)::

    /tmp/retext-venv/bin/python benchmarks/retext_driver.py ARTICLE.md

It starts ReText's own ``main()`` with ``--preview ARTICLE.md`` (the file opened in
preview mode) and, through an application-wide event filter installed when ReText
enters its event loop, prints ``startup_ms=N`` (milliseconds since the process started,
the clock Tether and the baseline use) after the first paint of a preview that has
text in it, then quits. ReText renders in a separate converter process, so the first
paints of the window show an empty preview; those are not counted.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

_IMPORTED_AT = time.time()


def milliseconds_since_start() -> int:
    """Milliseconds since the process started (the computation of ``tether.shell.startup``)."""
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat_file:
            fields = stat_file.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime_file:
            uptime = float(uptime_file.read().split()[0])
        started = time.time() - (uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        started = _IMPORTED_AT
    return round((time.time() - started) * 1000)


def main(article: str) -> int:
    """Run ReText on ``article`` in preview mode until its preview has painted text."""
    # Only in ReText's own venv: neither is a dependency of Tether.
    from PyQt6.QtCore import QEvent, QObject, QTimer  # type: ignore[import-not-found]
    from PyQt6.QtWidgets import QApplication, QTextBrowser  # type: ignore[import-not-found]
    from ReText.__main__ import main as retext_main  # type: ignore[import-not-found]

    class PreviewPainted(QObject):  # type: ignore[misc]
        def __init__(self, app: Any) -> None:
            super().__init__(app)
            self._done = False

        def eventFilter(self, watched: Any, event: Any) -> bool:
            if self._done or event.type() != QEvent.Type.Paint:
                return False
            browser = watched.parent()
            if isinstance(browser, QTextBrowser) and browser.toPlainText().strip():
                self._done = True
                QTimer.singleShot(0, self._report)
            return False

        def _report(self) -> None:
            print(f"startup_ms={milliseconds_since_start()}", flush=True)
            print(f"painted_at={time.monotonic():.6f}", flush=True)
            # Leave at once: ReText's PyQt teardown sometimes crashes offscreen, and
            # nothing after the first paint is measured.
            os._exit(0)

    original_exec = QApplication.exec  # a static method in PyQt6

    def exec_with_watch(app: Any) -> int:
        app.installEventFilter(PreviewPainted(app))
        return int(original_exec())

    QApplication.exec = exec_with_watch
    sys.argv = ["retext", "--preview", "--new-window", article]
    try:
        retext_main()
    except SystemExit as done:
        return int(done.code or 0)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: retext_driver.py ARTICLE.md", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
