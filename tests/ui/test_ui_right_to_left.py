"""A right-to-left interface mirrors the whole window, its panels included.

Qt mirrors the menus, the toolbar, the scroll bars and the status bar by itself; where
the docks go is Tether's choice: Sections where reading starts (the right, in Arabic or
Hebrew), Signs and Reflections where it ends.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_right_to_left_window_has_sections_on_the_right_and_signs_on_the_left(
    right_to_left: None, open_window, qtbot: QtBot
) -> None:
    window = open_window()
    qtbot.waitExposed(window)

    assert window.dockWidgetArea(window.sections_dock) == RIGHT
    assert window.dockWidgetArea(window.signs_dock) == LEFT
    assert window.dockWidgetArea(window.reflections_dock) == LEFT
    page = window.article_view
    assert window.sections_dock.x() > page.mapTo(window, page.rect().topRight()).x()
    assert window.signs_dock.geometry().right() < page.mapTo(window, page.rect().topLeft()).x()


def test_a_left_to_right_window_keeps_sections_on_the_left(open_window, qtbot: QtBot) -> None:
    window = open_window()
    qtbot.waitExposed(window)

    assert window.dockWidgetArea(window.sections_dock) == LEFT
    assert window.dockWidgetArea(window.signs_dock) == RIGHT
