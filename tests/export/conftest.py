"""Fixtures for export tests: a store holding a reader's ticks and words, a main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from export_helpers import REFLECTIONS, OpenWindow, ReaderData
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.look.fonts import register_bundled_fonts
from tether.shell.window import build_window
from tether.store import Store
from tether.ui.settings import UiSettings


@pytest.fixture
def reader_data(store: Store, bundled_article: Article) -> ReaderData:
    """The bundled article with the first sign of every group ticked and three reflections."""
    ticked = frozenset(group.signs[0].id for group in bundled_article.sign_groups)
    for sign in bundled_article.signs:
        store.set_tick(bundled_article.id, sign.id, sign.id in ticked)
    reflections = {}
    for index, text in REFLECTIONS.items():
        section = bundled_article.sections[index]
        store.save_reflection(bundled_article.id, section.id, text)
        reflections[section.id] = text
    return ReaderData(bundled_article, ticked, reflections)


@pytest.fixture
def export_window(
    qtbot: QtBot, store: Store, tmp_path: Path, bundled_article: Article
) -> Iterator[OpenWindow]:
    """The main window as the app builds it, showing the bundled article."""
    register_bundled_fonts()
    settings = UiSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    built = build_window(store, settings)
    window, commands = built.main, built.export
    assert commands is not None
    qtbot.addWidget(window)
    window.show_article(bundled_article)
    window.show()
    qtbot.waitExposed(window)
    yield OpenWindow(window, commands, store)
    window.close()
