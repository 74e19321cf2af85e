"""Moving through the article: the Sections dock and the keys reach every section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import activate, status_label

from tether.content import Article
from tether.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def click_section(qtbot: QtBot, window: MainWindow, row: int) -> None:
    listing = window.sections_dock.view
    index = listing.model().index(row, 0)
    listing.scrollTo(index)
    qtbot.mouseClick(
        listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualRect(index).center()
    )


@pytest.mark.parametrize("row", [1, 5, 9])
def test_clicking_a_section_in_the_dock_goes_there_and_the_status_bar_says_so(
    open_window, qtbot: QtBot, bundled_article: Article, row: int
) -> None:
    window = open_window()
    count = len(bundled_article.sections)

    click_section(qtbot, window, row)

    assert window.article_view.current_section() == row
    title = bundled_article.sections[row].title
    assert (
        status_label(window, "position-label").text() == f"Section {row + 1} of {count} · {title}"
    )
    assert window.reflections_dock.editor.section_id() == bundled_article.sections[row].id


def test_clicking_the_last_section_in_the_dock_makes_it_the_current_section(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    last = len(bundled_article.sections) - 1

    click_section(qtbot, window, last)

    assert window.article_view.current_section() == last
    assert (
        status_label(window, "position-label")
        .text()
        .startswith(f"Section {last + 1} of {last + 1}")
    )
    # Only then can the reader write a reflection on the last section.
    assert window.reflections_dock.editor.section_id() == bundled_article.sections[last].id


def test_ctrl_page_down_reaches_the_last_section(
    open_window, qtbot: QtBot, bundled_article: Article
) -> None:
    window = open_window()
    activate(qtbot, window)
    view = window.article_view
    view.setFocus()
    count = len(bundled_article.sections)

    for _ in range(count - 1):
        qtbot.keyClick(view, Qt.Key.Key_PageDown, CTRL)

    assert status_label(window, "position-label").text().startswith(f"Section {count} of {count}")
    assert view.current_section() == count - 1


def test_ctrl_page_down_works_while_the_signs_checklist_has_the_focus(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    activate(qtbot, window)
    tree = window.signs_dock.view
    tree.setFocus()

    qtbot.keyClick(tree, Qt.Key.Key_PageDown, CTRL)

    assert window.article_view.current_section() == 1
    assert tree.hasFocus()
