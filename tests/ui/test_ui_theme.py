"""Themes: chosen from View › Theme, applied to page, docks and dialogs, remembered; the
"Follow System" choice switches live with the desktop."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from tether.look.fonts import HIGH_CONTRAST_FAMILY, READING_FAMILY
from tether.look.theme import DARK, HIGH_CONTRAST, LIGHT, SEPIA, THEMES, Theme
from tether.ui.actions import Menu
from tether.ui.main_window import MainWindow
from tether.ui.settings import FONT_FAMILY, THEME

Role = QPalette.ColorRole


def theme_actions(window: MainWindow) -> list[QAction]:
    view = window.menus[Menu.VIEW]
    submenus = [a.menu() for a in view.actions() if a.text().replace("&", "") == "Theme"]
    assert len(submenus) == 1
    menu = submenus[0]
    assert isinstance(menu, QMenu)
    return menu.actions()


def choose(window: MainWindow, name: str) -> None:
    (action,) = [a for a in theme_actions(window) if a.text() == name]
    action.trigger()


def page_colour(window: MainWindow) -> str:
    return window.article_view.palette().color(Role.Base).name()


def shows(window: MainWindow, theme: Theme) -> bool:
    """Page, chrome and the page's text all in this theme's colours."""
    # Qt hands a new application palette to existing widgets through posted events.
    QApplication.processEvents()
    view = window.article_view
    return (
        page_colour(window) == theme.page
        and window.sections_dock.view.palette().color(Role.Base).name() == theme.page
        and window.palette().color(Role.Window).name() == theme.chrome
        and window.palette().color(Role.WindowText).name() == theme.chrome_text
        and f"color: {theme.text}" in view.document().defaultStyleSheet()
    )


@pytest.fixture
def desktop_turns(qapp: QApplication) -> Callable[[Qt.ColorScheme], None]:
    """Announce a switch of the desktop's colour scheme, as the platform would."""
    # Windows of earlier tests are closed but deleted only once an event loop gets to
    # them; delete them now, so that only this test's window hears the switch.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return QGuiApplication.styleHints().colorSchemeChanged.emit


def stored_theme(settings_path: Path) -> object:
    return QSettings(str(settings_path), QSettings.Format.IniFormat).value("preferences/theme")


@pytest.fixture
def other_family() -> str:
    """An installed family that is neither of the bundled ones."""
    families = [
        family
        for family in QFontDatabase.families()
        if family not in (READING_FAMILY, HIGH_CONTRAST_FAMILY)
        and not QFontDatabase.isPrivateFamily(family)
    ]
    assert families, "the system has no font of its own"
    return "DejaVu Sans" if "DejaVu Sans" in families else families[0]


def test_the_theme_menu_offers_the_system_then_every_theme_with_system_checked(
    open_window,
) -> None:
    window = open_window()

    actions = theme_actions(window)

    assert [a.text() for a in actions] == [
        "Follow System",
        "Light",
        "Sepia",
        "Dark",
        "High Contrast",
    ]
    assert [a.isChecked() for a in actions] == [True, False, False, False, False]


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_choosing_a_theme_colours_the_page_and_docks_and_survives_a_restart(
    open_window, settings_path: Path, theme: Theme
) -> None:
    window = open_window()

    choose(window, theme.name)

    assert shows(window, theme)
    assert stored_theme(settings_path) == theme.id
    window = open_window()
    assert shows(window, theme)
    checked = [a.text() for a in theme_actions(window) if a.isChecked()]
    assert checked == [theme.name]


def test_dialogs_take_the_theme_too(open_window, qtbot: QtBot) -> None:
    window = open_window()
    choose(window, "Sepia")

    box = QMessageBox(QMessageBox.Icon.Information, "Title", "Text", parent=window)
    qtbot.addWidget(box)

    assert box.palette().color(Role.Window).name() == SEPIA.chrome
    assert box.palette().color(Role.WindowText).name() == SEPIA.chrome_text


def test_high_contrast_sets_the_page_and_the_chrome_in_atkinson_hyperlegible(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()

    choose(window, "High Contrast")

    assert window.article_view.document().defaultFont().family() == HIGH_CONTRAST_FAMILY
    assert f'"{HIGH_CONTRAST_FAMILY}"' in window.article_view.document().defaultStyleSheet()
    assert QApplication.font().family() == HIGH_CONTRAST_FAMILY
    qtbot.waitUntil(lambda: window.sections_dock.view.font().family() == HIGH_CONTRAST_FAMILY)

    choose(window, "Light")

    assert window.article_view.document().defaultFont().family() == READING_FAMILY
    assert QApplication.font().family() != HIGH_CONTRAST_FAMILY


def test_high_contrast_keeps_a_font_the_reader_chose(open_window, other_family: str) -> None:
    window = open_window()
    window.appearance.set_preference(FONT_FAMILY, other_family)

    choose(window, "High Contrast")

    assert window.article_view.document().defaultFont().family() == other_family
    assert shows(window, HIGH_CONTRAST)


def test_following_the_system_switches_live_when_the_desktop_turns_dark_and_back(
    desktop_turns, open_window
) -> None:
    window = open_window()

    desktop_turns(Qt.ColorScheme.Dark)

    assert shows(window, DARK)
    assert window.article_view.document().defaultFont().family() == READING_FAMILY

    desktop_turns(Qt.ColorScheme.Light)

    assert shows(window, LIGHT)


def test_a_chosen_theme_stays_when_the_desktop_changes(desktop_turns, open_window) -> None:
    window = open_window()
    choose(window, "Sepia")

    desktop_turns(Qt.ColorScheme.Dark)

    assert shows(window, SEPIA)


def test_a_theme_the_settings_file_does_not_know_follows_the_system(
    open_window, settings_path: Path
) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue(f"preferences/{THEME.key}", "purple")
    settings.sync()

    window = open_window()

    # The offscreen platform reports no colour scheme, which reads as light.
    assert shows(window, LIGHT)
    assert [a.isChecked() for a in theme_actions(window)] == [False] * 5
