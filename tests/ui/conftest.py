"""Fixtures for widget tests: a real main window over a real store, offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.look.fonts import register_bundled_fonts
from tether.shell.window import build_window
from tether.store import Store
from tether.ui.main_window import MainWindow
from tether.ui.settings import UiSettings

OpenWindow = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def _fonts(qapp: object) -> None:
    register_bundled_fonts()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    """Where the window's settings live for this test."""
    return tmp_path / "settings.ini"


@pytest.fixture
def open_window(
    qtbot: QtBot, data_dir: Path, settings_path: Path, bundled_article: Article
) -> Iterator[OpenWindow]:
    """Open a main window the way the app does; call again to simulate a restart.

    Each call opens the store afresh (closing the previous window and store first), so
    what a second window shows is what was on disk.
    """
    opened: list[tuple[MainWindow, Store]] = []

    def close_all() -> None:
        while opened:
            window, store = opened.pop()
            if window.isVisible():
                window.close()
            store.close()

    def open_(article: Article | None = None, section: str | None = None) -> MainWindow:
        close_all()
        store = Store.open_in(data_dir)
        settings = UiSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        window = build_window(store, settings).main
        qtbot.addWidget(window)
        window.show_article(article or bundled_article, section)
        window.restore_window_state()
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, store))
        return window

    yield open_
    close_all()
