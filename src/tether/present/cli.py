"""The presentation flags of the ``tether`` command: --present, --screen, --duration."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tether.present.controller import PresentationController
from tether.present.screens import find_screen
from tether.ui.main_window import MainWindow
from tether.ui.settings import UiSettings


def _minutes(text: str) -> float:
    try:
        minutes = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of minutes: {text}") from None
    if not 0 < minutes <= 24 * 60:
        raise argparse.ArgumentTypeError("the duration is in minutes, more than 0")
    return minutes


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the presentation flags to Tether's command line."""
    parser.add_argument(
        "--present",
        action="store_true",
        help="start presenting at once, at --section or where you were (as F5 does)",
    )
    parser.add_argument(
        "--screen",
        metavar="NAME|N",
        help="present on this screen: its name (e.g. HDMI-1) or its number, 1 being the first",
    )
    parser.add_argument(
        "--duration",
        metavar="MIN",
        type=_minutes,
        help="while presenting, count down this many minutes in the presenter console",
    )


def install(
    window: MainWindow, settings: UiSettings, args: argparse.Namespace
) -> PresentationController:
    """Give the main window presentation mode (F5, View › Present) with the flags' choices."""
    choice = args.screen
    screens = QGuiApplication.screens()
    if choice and find_screen(choice, screens) is None:
        known = ", ".join(f"{n}. {s.name() or '(unnamed)'}" for n, s in enumerate(screens, 1))
        print(f"tether: no screen “{choice}”; screens are: {known}", file=sys.stderr)
        choice = None
    return PresentationController(
        window, settings, duration_min=args.duration, screen_choice=choice
    )


def watch_first_paint(
    presenter: PresentationController,
    args: argparse.Namespace,
    reporter: QObject,
    reader_page: QWidget,
) -> None:
    """For --quit-after-startup: report on the audience window's first paint if presenting."""
    if not args.present:
        reader_page.installEventFilter(reporter)
        return

    def watch() -> None:
        if presenter.audience is not None:
            presenter.audience.installEventFilter(reporter)

    presenter.started.connect(watch)


def start_if_asked(presenter: PresentationController, args: argparse.Namespace) -> None:
    """With --present, start at --section, else where the reader last was, else the top."""
    if args.present:
        # Queued: the main window is shown and laid out first, as when F5 is pressed.
        QTimer.singleShot(0, lambda: presenter.start(_first_section(presenter.window, args)))


def _first_section(window: MainWindow, args: argparse.Namespace) -> int:
    session = window.session
    if session is None:
        return 0
    position = session.position()
    for section_id in (args.section, position.section_id if position else None):
        if section_id and (index := session.article.section_index(section_id)) is not None:
            return index
    return 0
