"""Fixtures for presentation tests: a real main window over a real store, presenting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from present_helpers import SECRET, HandClock, Presenter
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.look.fonts import register_bundled_fonts
from tether.present import PresentationController
from tether.shell.window import Features, build_window
from tether.store import Store
from tether.ui.settings import UiSettings


@pytest.fixture(autouse=True)
def _fonts(qapp: object) -> None:
    register_bundled_fonts()


@pytest.fixture
def clock() -> HandClock:
    return HandClock()


@pytest.fixture
def private_store(tmp_path: Path, bundled_article: Article) -> Iterator[Store]:
    """A store in which the reader has written on every section and ticked every sign,
    in a second check-in (the first has a private note), with earlier reflection versions."""
    with Store.open_in(tmp_path / "private") as store:
        for section in bundled_article.sections:
            store.save_reflection(bundled_article.id, section.id, f"{SECRET} (first words)")
        store.set_tick(bundled_article.id, bundled_article.signs[0].id, True)
        first = store.current_checkin(bundled_article.id)
        assert first is not None
        store.history().set_note(first, SECRET)
        store.start_checkin(bundled_article.id)
        for section in bundled_article.sections:
            store.save_reflection(
                bundled_article.id, section.id, f"{SECRET} ({section.id})", store.now()
            )
        for sign in bundled_article.signs:
            store.set_tick(bundled_article.id, sign.id, True)
        yield store


@pytest.fixture
def presenter(
    qtbot: QtBot, tmp_path: Path, clock: HandClock, private_store: Store, bundled_article: Article
) -> Iterator[Presenter]:
    """Open a main window on a store full of private data, with presentation mode installed.

    Call with ``section=`` (an id), ``store=`` (another store), ``theme=`` or
    ``duration_min=``; returns the controller (``controller.window`` is the main window).
    """
    made: list[PresentationController] = []

    def make(
        section: str | None = None,
        store: Store | None = None,
        theme: str = "light",
        duration_min: float | None = None,
        article: Article | None = None,
    ) -> PresentationController:
        qsettings = QSettings(
            str(tmp_path / f"settings-{len(made)}.ini"), QSettings.Format.IniFormat
        )
        qsettings.setValue("preferences/theme", theme)
        settings = UiSettings(qsettings)
        use = store or private_store
        window = build_window(use, settings, features=Features(present=False)).main
        qtbot.addWidget(window)
        window.show_article(article or bundled_article, section)
        window.show()
        qtbot.waitExposed(window)
        shown = article or bundled_article
        wanted = shown.section_index(section) if section else 0
        qtbot.waitUntil(lambda: window.article_view.current_section() == wanted)
        controller = PresentationController(
            window,
            settings,
            monotonic=clock.monotonic,
            clock=clock.now,
            duration_min=duration_min,
        )
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.stop()
