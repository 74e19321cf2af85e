"""Any screen, a readable page: on a small window the panels give way to the page (F9,
the toolbar and Ctrl+R bring them back one at a time), they come back when the window
is wide again, and the reader's own layout survives both and a restart."""

from __future__ import annotations

import statistics

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QToolButton
from pytestqt.qtbot import QtBot
from test_ui_zoom import line_lengths
from ui_helpers import TIMEOUT_MS, activate

from tether.ui.actions import ActionId, Menu
from tether.ui.main_window import MainWindow
from tether.ui.room import first_run_geometry
from tether.ui.settings import FONT_PX

WIDE = (1600, 1000)
LAPTOP = (1280, 720)
SMALL = (1024, 600)
TINY = (800, 500)


def docks(window: MainWindow) -> list[QDockWidget]:
    return [window.sections_dock, window.signs_dock, window.reflections_dock]


def shown(window: MainWindow) -> set[str]:
    """The panels on screen, by title."""
    return {dock.windowTitle() for dock in docks(window) if dock.isVisible()}


def resize(qtbot: QtBot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size, timeout=TIMEOUT_MS)
    QApplication.processEvents()  # the page lays out at its new width


def characters_a_line(window: MainWindow) -> float:
    return statistics.median(line_lengths(window.article_view))


def test_at_1024_by_600_the_page_keeps_45_characters_a_line_and_at_1600_the_panels_come_back(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    resize(qtbot, window, WIDE)
    assert shown(window) == {"Sections", "Signs", "Reflections"}

    resize(qtbot, window, SMALL)

    assert characters_a_line(window) >= 55
    assert min(line_lengths(window.article_view)) >= 45 - 15  # a long word may wrap early
    assert "Sections" not in shown(window)
    assert "Reflections" in shown(window)

    resize(qtbot, window, WIDE)

    assert shown(window) == {"Sections", "Signs", "Reflections"}
    assert 55 <= characters_a_line(window) <= 75


def test_at_1280_by_720_every_panel_fits_beside_a_page_of_55_to_75_characters(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()

    resize(qtbot, window, LAPTOP)

    assert shown(window) == {"Sections", "Signs", "Reflections"}
    assert 55 <= characters_a_line(window) <= 75


def test_larger_text_on_a_laptop_screen_makes_the_sections_give_way_and_come_back(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    resize(qtbot, window, LAPTOP)

    window.appearance.set_preference(FONT_PX, 27)
    QApplication.processEvents()

    assert "Sections" not in shown(window)
    assert characters_a_line(window) >= 55

    window.appearance.set_preference(FONT_PX, 18)

    assert shown(window) == {"Sections", "Signs", "Reflections"}


def test_f9_shows_and_hides_the_sections_panel(open_window, qtbot: QtBot) -> None:
    window = open_window()
    activate(qtbot, window)
    window.article_view.setFocus()
    toggle = window.actions_by_id[ActionId.SHOW_SECTIONS]
    assert toggle in window.menus[Menu.VIEW].actions()

    qtbot.keyClick(window.article_view, Qt.Key.Key_F9)

    assert not window.sections_dock.isVisible()
    assert not toggle.isChecked()

    qtbot.keyClick(window.article_view, Qt.Key.Key_F9)

    assert window.sections_dock.isVisible()
    assert toggle.isChecked()


def test_on_a_small_window_f9_lends_the_sections_and_folds_them_back(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    activate(qtbot, window)
    resize(qtbot, window, SMALL)
    window.article_view.setFocus()
    assert not window.sections_dock.isVisible()

    qtbot.keyClick(window.article_view, Qt.Key.Key_F9)

    qtbot.waitUntil(lambda: shown(window) == {"Sections"}, timeout=TIMEOUT_MS)
    QApplication.processEvents()
    assert characters_a_line(window) >= 55

    # Picking a section folds the panel away, as an ebook reader's contents do.
    view = window.sections_dock.view
    third = view.model().index(2, 0)
    centre = view.visualRect(third).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)

    qtbot.waitUntil(lambda: shown(window) == {"Signs", "Reflections"}, timeout=TIMEOUT_MS)
    assert window.article_view.current_section() == 2

    # Folded, not closed: it is back when the window is wide again.
    resize(qtbot, window, WIDE)
    assert shown(window) == {"Sections", "Signs", "Reflections"}


def test_on_a_small_window_ctrl_r_brings_the_reflections_and_the_sections_give_way(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    activate(qtbot, window)
    resize(qtbot, window, SMALL)
    window.actions_by_id[ActionId.SHOW_SECTIONS].trigger()
    qtbot.waitUntil(lambda: shown(window) == {"Sections"}, timeout=TIMEOUT_MS)
    window.article_view.setFocus()

    qtbot.keyClick(window.article_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: "Sections" not in shown(window), timeout=TIMEOUT_MS)
    assert "Reflections" in shown(window)
    editor = window.reflections_dock.editor.text_edit
    qtbot.waitUntil(editor.hasFocus, timeout=TIMEOUT_MS)
    assert characters_a_line(window) >= 55


def test_on_a_tiny_window_the_page_keeps_55_characters_until_a_panel_is_asked_for(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    activate(qtbot, window)

    resize(qtbot, window, TINY)

    assert characters_a_line(window) >= 55
    assert "Reflections" not in shown(window)

    window.article_view.setFocus()
    qtbot.keyClick(window.article_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    # The reader asked: the panel is there, however narrow the page it leaves.
    qtbot.waitUntil(lambda: shown(window) == {"Reflections"}, timeout=TIMEOUT_MS)
    qtbot.waitUntil(window.reflections_dock.editor.text_edit.hasFocus, timeout=TIMEOUT_MS)


def test_the_readers_layout_survives_a_narrow_then_wide_window_and_a_restart(
    open_window, qtbot: QtBot
) -> None:
    first = open_window()
    resize(qtbot, first, WIDE)
    # The reader closes the Signs and widens the Sections.
    first.actions_by_id[ActionId.SHOW_SIGNS].trigger()
    first.resizeDocks([first.sections_dock], [320], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: first.sections_dock.width() == 320, timeout=TIMEOUT_MS)

    resize(qtbot, first, SMALL)
    assert shown(first) == {"Reflections"}
    resize(qtbot, first, WIDE)

    assert shown(first) == {"Sections", "Reflections"}
    assert first.sections_dock.width() == pytest.approx(320, abs=4)

    resize(qtbot, first, SMALL)  # closed while the Sections are hidden for room
    second = open_window()

    assert shown(second) == {"Reflections"}
    qtbot.waitUntil(lambda: characters_a_line(second) >= 55, timeout=TIMEOUT_MS)
    resize(qtbot, second, WIDE)
    assert shown(second) == {"Sections", "Reflections"}
    assert second.sections_dock.width() == pytest.approx(320, abs=4)
    assert not second.actions_by_id[ActionId.SHOW_SIGNS].isChecked()


def test_a_first_window_is_roomy_on_a_big_screen_and_fills_a_small_one() -> None:
    assert first_run_geometry(QRect(0, 0, 1600, 1000)) == QRect(100, 50, 1400, 900)
    assert first_run_geometry(QRect(0, 0, 2560, 1440)).size().toTuple() == (1400, 900)
    assert first_run_geometry(QRect(0, 0, 1280, 720)) is None
    assert first_run_geometry(QRect(0, 0, 1024, 600)) is None


def test_a_first_window_fits_on_the_screen(open_window) -> None:
    window = open_window()

    available = QGuiApplication.primaryScreen().availableGeometry()
    assert available.contains(window.geometry())
    assert window.width() >= available.width() * 3 // 4


def test_the_toolbar_has_the_panel_toggles_either_side_of_the_title_and_find(
    open_window,
) -> None:
    window = open_window()
    toolbar = window.toolbar

    buttons = [b for b in toolbar.findChildren(QToolButton) if b.defaultAction() is not None]
    names = [b.accessibleName() for b in buttons if b.isVisible()]
    assert names == ["Sections", "Find", "Reflections"]
    assert toolbar.title.title() == window.session.article_so_far.title
    assert toolbar.title.isVisible()
    for dock in docks(window):
        bar = dock.titleBarWidget()
        assert isinstance(bar, QLabel)
        assert bar.text() == dock.windowTitle()
        assert bar.findChildren(QToolButton) == []
