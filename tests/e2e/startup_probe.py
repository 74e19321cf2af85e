"""Runs Tether's start-up and reports what it had loaded when the page was first painted.

Usage: ``python startup_probe.py [tether arguments...]`` (with ``--quit-after-startup``).

This is ``tether.shell.main.main`` itself, with an event filter on the article's page
(its viewport, installed as the window wraps it: an application-wide filter would make
Qt's Python bindings wrap every object that gets an event, building every Qt class they
know to find each one's type, which is itself one of the things noted). At the page's
first Paint event (inside the event, before anything queued after the paint can run)
it notes:

* every module in ``sys.modules``;
* the Qt classes the bindings had built (by name: ``QtWidgets.QDockWidget``);
* the family of the page's font;
* the families of the fonts Tether registered with Qt itself (application fonts).

Once ``main()`` has returned (the window was complete) it adds the style, the Qt
classes built and the modules loaded by then.

After ``main()`` returns it prints them as one line of JSON, prefixed ``PROBE``.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

import tether.ui.page.article_view
from tether.shell.main import main
from tether.ui.page.article_view import ArticleView

# Qt numbers application fonts from 0 as they are added; Tether adds fewer than this.
MAX_FONT_IDS = 64
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPrintSupport")


def qt_classes() -> list[str]:
    """The Qt classes the bindings have built so far (they build each on first use)."""
    return sorted(
        f"{name}.{key}"
        for name in QT_MODULES
        if (module := sys.modules.get(f"PySide6.{name}")) is not None
        for key, value in vars(module).items()
        if isinstance(value, type)
    )


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
                    "qt_classes": qt_classes(),
                    "style": type(QApplication.style()).__name__,
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
    probe = FirstPagePaint(time.monotonic())
    wrap = tether.ui.page.article_view.wrap_viewport

    def wrap_and_watch(area: QAbstractScrollArea) -> QWidget:
        viewport = wrap(area)
        viewport.installEventFilter(probe)
        return viewport

    tether.ui.page.article_view.wrap_viewport = wrap_and_watch
    code = main(argv)
    if probe.seen is not None:  # the style and classes once the window was complete
        probe.seen["style_at_end"] = type(QApplication.style()).__name__
        probe.seen["qt_classes_at_end"] = qt_classes()
        probe.seen["modules_at_end"] = sorted(sys.modules)
    print("PROBE " + json.dumps(probe.seen), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
