"""The page first (issue 19): a window built for start-up shows its page in the
window's frame, and the rest (the panels' contents, the menus, the features) arrives
with ``complete()`` or before the reader's first key press, which is then not lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS

from tether.content import Article
from tether.shell.window import BuiltWindow, build_window
from tether.store import Store
from tether.ui.actions import Menu
from tether.ui.settings import UiSettings


@pytest.fixture
def page_first(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, bundled_article: Article
) -> Iterator[BuiltWindow]:
    """A window built as start-up builds it, showing the bundled article, not completed."""
    store = Store.open_in(data_dir)
    settings = UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    built = build_window(store, settings, page_first=True)
    window = built.main
    qtbot.addWidget(window)
    window.show_article(bundled_article)
    window.restore_window_state()
    window.show()
    qtbot.waitExposed(window)
    yield built
    window.close()
    store.close()


def test_the_page_shows_the_article_before_the_rest_of_the_window_is_built(
    page_first: BuiltWindow, bundled_article: Article
) -> None:
    window = page_first.main

    assert not window.is_complete()
    assert window.article_view.toPlainText().startswith(bundled_article.title)
    # The panels hold their places, empty; the menus have their titles, no items yet.
    assert window.sections_dock.isVisible()
    assert not window.sections_dock.filled
    assert [menu.title() for menu in window.menus.values()] == [menu.value for menu in Menu]
    assert all(menu.actions() == [] for menu in window.menus.values())
    assert page_first.library is None
    assert page_first.export is None


def test_completing_the_window_fills_the_panels_and_menus_and_installs_the_features(
    page_first: BuiltWindow, bundled_article: Article
) -> None:
    window = page_first.main

    window.complete()
    window.complete()  # once only

    assert window.is_complete()
    sections = window.sections_dock.view.model()
    assert sections is not None
    assert sections.rowCount() == len(bundled_article.sections)
    assert window.sections_dock.view.currentIndex().row() == window.article_view.current_section()
    assert all(menu.actions() for menu in window.menus.values())
    assert page_first.library is not None
    assert page_first.presenter is not None
    assert page_first.export is not None


def test_a_shortcut_pressed_before_the_rest_is_built_is_not_lost(
    page_first: BuiltWindow, qtbot: QtBot
) -> None:
    window = page_first.main
    window.activateWindow()
    window.article_view.setFocus()

    # Ctrl+R: write a reflection on this section (its panel and editor come with the rest).
    QTest.keyClick(window.article_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    assert window.is_complete()
    editor = window.reflection_editor.text_edit
    qtbot.waitUntil(editor.hasFocus, timeout=TIMEOUT_MS)


def test_a_click_before_the_rest_is_built_builds_it_first(
    page_first: BuiltWindow, qtbot: QtBot
) -> None:
    window = page_first.main

    page = window.article_view.viewport()
    on_page = page.mapTo(window, page.rect().center())
    handle = window.windowHandle()
    assert handle is not None

    # As the window system delivers it: to the window, which passes it to the page.
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, on_page)

    assert window.is_complete()
