"""Runs Tether's start-up and reports what it had loaded when the page was first painted.

Usage: ``python startup_probe.py [tether arguments...]`` (with ``--quit-after-startup``).

This is ``tether.shell.main.main`` itself, with a QApplication made first so that an
application-wide event filter sees the first Paint event of the article's page. At that
moment (inside the event, before anything queued after the paint can run) it notes:

* every module in ``sys.modules``;
* the family of the page's font;
* the families of the fonts Tether registered with Qt itself (application fonts).

After ``main()`` returns it prints them as one line of JSON, prefixed ``PROBE``.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from tether.shell.main import main
from tether.ui.page.article_view import ArticleView

# Qt numbers application fonts from 0 as they are added; Tether adds fewer than this.
MAX_FONT_IDS = 64


class FirstPagePaint(QObject):
    """Notes what is loaded at the first Paint event of the article's page."""

    def __init__(self, started: float) -> None:
        super().__init__()
        self.started = started
        self.seen: dict[str, Any] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.seen is None and event.type() == QEvent.Type.Paint:
            view = watched.parent()
            if isinstance(view, ArticleView) and watched is view.viewport():
                self.seen = {
                    "ms_from_main": round((time.monotonic() - self.started) * 1000),
                    "modules": sorted(sys.modules),
                    "page_family": view.document().defaultFont().family(),
                    "registered_families": sorted(
                        {
                            family
                            for font_id in range(MAX_FONT_IDS)
                            for family in QFontDatabase.applicationFontFamilies(font_id)
                        }
                    ),
                }
        return False


def run(argv: list[str]) -> int:
    app = QApplication([sys.argv[0]])
    probe = FirstPagePaint(time.monotonic())
    app.installEventFilter(probe)
    code = main(argv)
    app.removeEventFilter(probe)
    print("PROBE " + json.dumps(probe.seen), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
