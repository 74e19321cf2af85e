"""Presentation mode is there from the start, and made the first time it is used.

``tether.present.cli.install`` (as ``tether.shell.main`` calls it) adds the Present command's
handler and View › Presentation Screen at once, but the controller and its windows are
only made, and their modules imported, when the reader first presents.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from present_helpers import TIMEOUT_MS
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.present import cli as present_cli
from tether.shell.main import parse_args
from tether.shell.window import Features, build_window
from tether.store import Store
from tether.ui.actions import ActionId, Menu
from tether.ui.main_window import MainWindow
from tether.ui.settings import UiSettings


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, store: Store, bundled_article: Article
) -> Iterator[MainWindow]:
    settings = UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    made = build_window(store, settings, features=Features(present=False)).main
    qtbot.addWidget(made)
    made.show_article(bundled_article)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.close()


def install(window: MainWindow, *args: str) -> present_cli.Presenter:
    return present_cli.install(window, window._settings, parse_args(list(args)))


def test_the_screen_menu_is_there_before_anything_is_presented(window: MainWindow) -> None:
    presenter = install(window)

    titles = [action.text() for action in window.menus[Menu.VIEW].actions()]
    assert "Presentation &Screen" in titles
    assert presenter.screen_menu.menu.actions(), "Automatic and the connected screens"
    assert presenter.describe() == "presenting=no"


def test_f5_makes_the_controller_and_presents_once(window: MainWindow, qtbot: QtBot) -> None:
    presenter = install(window)
    starts: list[bool] = []

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    qtbot.keyClick(window, Qt.Key.Key_F5)

    controller = presenter.controller()
    controller.started.connect(lambda: starts.append(True))
    qtbot.waitUntil(lambda: controller.presenting, timeout=TIMEOUT_MS)
    assert controller.screen_menu is presenter.screen_menu
    assert presenter.describe().startswith("presenting=yes")
    controller.stop()

    window.actions_by_id[ActionId.PRESENT].trigger()

    assert controller.presenting
    assert starts == [True], "the command starts presenting once, through the controller"
    assert presenter.controller() is controller
    controller.stop()


def test_present_on_the_command_line_makes_the_controller_at_once(window: MainWindow) -> None:
    presenter = install(window, "--present")

    assert presenter.describe() == "presenting=no"
    assert presenter.controller().window is window
