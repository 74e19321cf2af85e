"""build_window: the one place that builds the main window and installs its features.

The app, the tests and the benchmarks all call it, so the window the tests drive is the
window people get: the same features, installed in the same order. A test leaves a
feature out by argument (``features=Features(present=False)``), never by a copy of this.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from tether.content.library import ARTICLES_DIR_NAME
from tether.models import ArticleSession
from tether.ui.main_window import MainWindow

if TYPE_CHECKING:
    from tether.present.cli import Presenter
    from tether.store import Store
    from tether.ui.export.actions import ExportCommands
    from tether.ui.history.install import CheckIns
    from tether.ui.library.controller import LibraryController
    from tether.ui.panels.speaker_notes import SpeakerNotes
    from tether.ui.recent_files import RecentMenu
    from tether.ui.settings import UiSettings


class Features(NamedTuple):
    """Which features :func:`build_window` installs: every one unless a test says not."""

    recent: bool = True
    library: bool = True
    export: bool = True
    present: bool = True
    checkins: bool = True
    speaker_notes: bool = True


ALL_FEATURES = Features()


class BuiltWindow:
    """The main window and the features installed on it (None where left out, and
    until the window is complete: see ``page_first``).

    A plain class, not a dataclass: it is made before the first paint, and its feature
    fields are filled in once the window is complete.
    """

    __slots__ = ("checkins", "export", "library", "main", "presenter", "recent", "speaker_notes")

    def __init__(
        self,
        main: MainWindow,
        recent: RecentMenu | None = None,
        library: LibraryController | None = None,
        export: ExportCommands | None = None,
        presenter: Presenter | None = None,
        checkins: CheckIns | None = None,
        speaker_notes: SpeakerNotes | None = None,
    ) -> None:
        self.main = main
        self.recent = recent
        self.library = library
        self.export = export
        self.presenter = presenter
        self.checkins = checkins
        self.speaker_notes = speaker_notes


def build_window(
    store: Store,
    settings: UiSettings,
    *,
    articles_dir: Path | None = None,
    present_args: argparse.Namespace | None = None,
    features: Features = ALL_FEATURES,
    page_first: bool = False,
) -> BuiltWindow:
    """Build the main window over ``store`` and install ``features`` in the app's order.

    ``articles_dir`` is the reader's own articles folder (default: ``articles`` beside
    the data file); ``present_args`` are the command line's presentation flags
    (``--present``, ``--screen``, ``--duration``; default: none given). Open Recent
    comes first (it sits above File › Library), then the library, whose titles the
    page needs for related-reading links before its first layout, then export,
    presentation, check-ins (History, Earlier Versions, the return bar) and speaker
    notes (View › Show Speaker Notes, the Speaker Notes pane). Nothing is
    shown: the caller shows an article, then the window.

    The window comes complete, features installed, unless ``page_first``: then only its
    page and frame are built (start-up shows the page in them), and the rest of the
    window and the features arrive when the caller calls ``built.main.complete()``
    (start-up: right after the first paint) or at the reader's first input; the
    feature fields of the result are filled in then.
    """
    window = MainWindow(
        lambda source: ArticleSession(source, store), settings, complete=not page_first
    )
    built = BuiltWindow(window)
    window.when_complete(
        lambda: _install_features(built, store, settings, articles_dir, present_args, features)
    )
    if page_first and features.speaker_notes:
        # On the page from its first paint, as the feature will keep it.
        from tether.ui.settings import SHOW_SPEAKER_NOTES

        window.article_view.show_speaker_notes(bool(settings.preference(SHOW_SPEAKER_NOTES)))
    return built


def _install_features(
    built: BuiltWindow,
    store: Store,
    settings: UiSettings,
    articles_dir: Path | None,
    present_args: argparse.Namespace | None,
    features: Features,
) -> None:
    """Install ``features`` on the complete window, in build_window's order."""
    window = built.main
    recent = library = export = presenter = None
    if features.recent:
        from tether.ui.recent_files import install_recent_menu

        recent = install_recent_menu(window, settings.qsettings)
    if features.library:
        from tether.bundled import resource_path
        from tether.content.cache.render import CACHE_DIR_NAME, RenderCache
        from tether.content.library import LibraryScanner
        from tether.models.library import LibraryModel
        from tether.ui.library.controller import install_library

        folder = articles_dir or store.path.parent / ARTICLES_DIR_NAME
        cache = RenderCache(store.path.parent / CACHE_DIR_NAME)
        scanner = LibraryScanner(resource_path("articles"), folder, cache)
        library = install_library(window, LibraryModel(scanner, store), settings)
    if features.export:
        from tether.models.reader_data import ReaderData
        from tether.ui.export.actions import install_export_actions

        export = install_export_actions(window, ReaderData(store))
    if features.present:
        from tether.present import cli as present_cli

        args = present_args or argparse.Namespace(present=False, screen=None, duration=None)
        presenter = present_cli.install(window, settings, args)
    checkins = None
    if features.checkins:
        from tether.ui.history.install import install_checkins

        checkins = install_checkins(window)
    notes = None
    if features.speaker_notes:
        from tether.ui.panels.speaker_notes import install_speaker_notes

        notes = install_speaker_notes(window, settings)
    built.recent, built.library, built.export, built.presenter = recent, library, export, presenter
    built.checkins, built.speaker_notes = checkins, notes
