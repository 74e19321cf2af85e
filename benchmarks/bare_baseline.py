"""The bare-Qt limit: a PySide6 window that shows a Markdown file and exits on first paint.

``python benchmarks/bare_baseline.py ARTICLE.md`` renders the file with markdown-it-py
into a plain QTextBrowser, shows it, and once its page has been painted prints
``startup_ms=N`` (milliseconds since the process started) and exits. This is the least
any Qt reader built on markdown-it-py can do before the reader sees the text; Tether's
start-up is measured against it.

Fairness with ``tether --quit-after-startup``:

* The same clock. The few lines that compute "milliseconds since the process started"
  (from ``/proc/<pid>/stat`` and ``/proc/uptime``) are *copied* from
  ``tether.shell.startup`` rather than imported, so the baseline never imports the ``tether``
  package (its ``__init__`` is small today, but a bare baseline must stay bare however
  the package grows).
* The same first-paint rule: an event filter on the page's viewport notices the first
  Paint event and reports from a zero-timer right after it, as Tether's
  ``FirstPaintReporter`` does.
* The same parser set-up as Tether's (CommonMark with GitHub's tables, strikethrough,
  bare URLs and footnotes) plus the front-matter plugin to drop the front matter, and
  the same first-run window size (9/10 of the screen, at most 1400 x 900).
"""

from __future__ import annotations

import os
import sys
import time

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser

_IMPORTED_AT = time.time()


def render(text: str) -> str:
    """The file's HTML, parsed as Tether parses articles."""
    md = MarkdownIt("commonmark", {"html": True, "linkify": True})
    md.enable(["table", "strikethrough", "linkify"])
    md.use(footnote_plugin).use(front_matter_plugin)
    html: str = md.render(text)
    return html


def process_start_time() -> float:
    """The wall-clock time this process started (Linux), else when this module ran.

    Copied from ``tether.shell.startup.process_start_time`` so that both sides use one clock.
    """
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat_file:
            fields = stat_file.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime_file:
            uptime = float(uptime_file.read().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        started_after_boot = int(fields[19]) / ticks
        return time.time() - (uptime - started_after_boot)
    except (OSError, ValueError, IndexError):
        return _IMPORTED_AT


def milliseconds_since_start() -> int:
    """Milliseconds since the process started."""
    return round((time.time() - process_start_time()) * 1000)


class FirstPaint(QObject):
    """Prints ``startup_ms=N`` after the watched widget's first paint, then quits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: notice the first paint."""
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"startup_ms={milliseconds_since_start()}", flush=True)
        print(f"painted_at={time.monotonic():.6f}", flush=True)  # as Tether says it
        self._app.quit()


def main(argv: list[str]) -> int:
    """Show ``argv[1]`` rendered, exit after the first paint."""
    if len(argv) != 2:
        print("usage: bare_baseline.py ARTICLE.md", file=sys.stderr)
        return 2
    app = QApplication([argv[0]])
    with open(argv[1], encoding="utf-8-sig") as source:
        html = render(source.read())
    browser = QTextBrowser()
    browser.setHtml(html)
    available = browser.screen().availableGeometry()
    browser.resize(min(1400, available.width() * 9 // 10), min(900, available.height() * 9 // 10))
    reporter = FirstPaint(app)
    browser.viewport().installEventFilter(reporter)
    browser.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
