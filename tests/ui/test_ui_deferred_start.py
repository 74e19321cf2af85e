"""What start-up leaves for later still happens: after the first paint, or on first use.

Work queued for after the first paint runs once, right after it (or after a while if
the window is never painted); the library window is made when File › Library first
opens it; the High Contrast theme's font is registered when that theme is chosen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, EventCounter

from tether.look.fonts import HIGH_CONTRAST_FAMILY, READING_FAMILY, register_bundled_fonts
from tether.ui.actions import ActionId
from tether.ui.first_paint import after_first_paint
from tether.ui.library.controller import LibraryController
from tether.ui.library.window import LibraryWindow
from tether.ui.settings import THEME

LONGER_THAN_ANY_WAIT_MS = 10 * TIMEOUT_MS


def test_work_after_the_first_paint_runs_once_and_only_after_it(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    counter = EventCounter(widget, QEvent.Type.Paint)
    paints_seen: list[int] = []

    # The fallback for a window never painted must not beat the first paint of a machine
    # too busy to paint within the usual few seconds.
    after_first_paint(
        widget, lambda: paints_seen.append(counter.count), at_latest_ms=LONGER_THAN_ANY_WAIT_MS
    )
    assert paints_seen == []
    widget.show()
    qtbot.waitUntil(lambda: paints_seen != [], timeout=TIMEOUT_MS)
    widget.repaint()
    qtbot.waitUntil(lambda: counter.count >= 2, timeout=TIMEOUT_MS)

    assert paints_seen == [1]


def test_work_for_a_widget_that_is_never_painted_runs_all_the_same(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    runs: list[bool] = []

    after_first_paint(widget, lambda: runs.append(True), at_latest_ms=20)

    qtbot.waitUntil(lambda: runs == [True], timeout=TIMEOUT_MS)


def test_the_library_window_is_made_when_the_library_is_first_opened(
    open_window, qtbot: QtBot, data_dir: Path
) -> None:
    window = open_window()
    library = window.findChild(LibraryController)
    assert library is not None
    assert window.findChildren(LibraryWindow) == []

    window.actions_by_id[ActionId.LIBRARY].trigger()

    (made,) = window.findChildren(LibraryWindow)
    assert made is library.library_window
    qtbot.waitExposed(made, timeout=TIMEOUT_MS)
    made.hide()


def test_the_high_contrast_font_is_registered_when_the_theme_is_chosen(open_window) -> None:
    # As Tether starts in any other theme: only the reading font is Tether's own.
    QFontDatabase.removeAllApplicationFonts()
    register_bundled_fonts([READING_FAMILY])
    window = open_window()

    window.appearance.set_preference(THEME, "high-contrast")

    assert window.article_view.document().defaultFont().family() == HIGH_CONTRAST_FAMILY
    assert QApplication.font().family() == HIGH_CONTRAST_FAMILY
    assert QFontDatabase.hasFamily(HIGH_CONTRAST_FAMILY)
