"""Runs ``tether`` as the command does, and reports which way its window was laid out.

Usage: ``python direction_probe.py [tether arguments...]`` (with ``--quit-after-startup``).

Unlike ``layout_probe.py`` it does not make the QApplication itself: Tether's own start
makes it from the real command line, so Qt's options (``-reverse``) are Qt's to read.
The QApplication class it makes is a subclass whose only addition is a report when the
application is about to quit: the layout direction, and where the menu bar's first menu
and the window's central widget are, as one line of JSON prefixed ``PROBE``.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import PySide6.QtWidgets
from PySide6.QtWidgets import QApplication, QMainWindow


class ReportingApplication(QApplication):
    """A QApplication that says, as it quits, how its main window was laid out."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.aboutToQuit.connect(self.report)

    def report(self) -> None:
        # Tether may have put the window away by now (it saves its state on the way out);
        # its layout is still the one the person saw.
        window = next(w for w in self.topLevelWidgets() if isinstance(w, QMainWindow))
        menus = window.menuBar()
        first = menus.actionGeometry(menus.actions()[0])
        seen = {
            "direction": self.layoutDirection().name,
            "window_direction": window.layoutDirection().name,
            "menu_bar_width": menus.width(),
            "first_menu_x": first.x(),
            "arguments": self.arguments()[1:],
        }
        print("PROBE " + json.dumps(seen), flush=True)


PySide6.QtWidgets.QApplication = ReportingApplication  # type: ignore[misc]

from tether.shell.main import main  # noqa: E402  (after the class is in place)

if __name__ == "__main__":
    sys.argv[0] = "tether"
    sys.exit(main())
