"""The Signs panel is there for an article with signs, and out of the way for one without;
a reader who closed it keeps it closed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS

from tether.content import Article, load_article
from tether.ui.actions import ActionId, Menu
from tether.ui.main_window import MainWindow

README = """\
# Tether

An offline reader for reflective articles.

## Installing

Run the installer, then start Tether from the menu.

## Using it

Open an article with Ctrl+O.
"""


def plain_readme(write_article: Callable[..., Path]) -> Path:
    return write_article(README, "README.md")


def view_menu_signs(window: MainWindow) -> None:
    """Choose View › Signs, as the reader does."""
    action = window.actions_by_id[ActionId.SHOW_SIGNS]
    assert action in window.menus[Menu.VIEW].actions()
    action.trigger()


def test_an_article_without_signs_has_no_signs_panel_and_one_with_signs_brings_it_back(
    open_window, qtbot: QtBot, write_article: Callable[..., Path]
) -> None:
    window = open_window()
    dock = window.signs_dock
    assert dock.isVisible()

    assert window.open_path(plain_readme(write_article))

    assert not dock.isVisible()
    assert window.reflections_dock.isVisible()

    window.show_article(load_article(write_article("# Signs\n\n- [ ] One sign\n", "s.md")))

    qtbot.waitUntil(dock.isVisible, timeout=TIMEOUT_MS)


def test_starting_on_an_article_without_signs_shows_no_signs_panel(
    open_window, write_article: Callable[..., Path]
) -> None:
    open_window()  # the panel was on show when this window closed
    readme = load_article(plain_readme(write_article))

    window = open_window(readme)

    assert not window.signs_dock.isVisible()


def test_a_panel_the_reader_closed_stays_closed_for_every_article_and_after_a_restart(
    open_window,
    qtbot: QtBot,
    write_article: Callable[..., Path],
    bundled_article: Article,
    settings_path: Path,
) -> None:
    window = open_window()
    window.signs_dock.close()  # its close button
    window.open_path(plain_readme(write_article))
    window.show_article(bundled_article)
    assert not window.signs_dock.isVisible()

    window = open_window()

    assert not window.signs_dock.isVisible()
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert stored.value("window/signs_closed") in (True, "true")

    view_menu_signs(window)  # the reader wants it back

    assert window.signs_dock.isVisible()
    window.open_path(plain_readme(write_article))
    assert not window.signs_dock.isVisible()
    window.show_article(bundled_article)
    assert window.signs_dock.isVisible()
    window = open_window()
    assert window.signs_dock.isVisible()


def test_closing_the_panel_from_the_view_menu_is_the_readers_choice_too(
    open_window, bundled_article: Article
) -> None:
    window = open_window()

    view_menu_signs(window)

    assert not window.signs_dock.isVisible()
    window.show_article(bundled_article)
    assert not window.signs_dock.isVisible()
