"""The presentation flags of the ``tether`` command: --present, --screen, --duration.

:func:`install` gives the main window presentation mode as a :class:`Presenter`: the
Present command and View › Presentation Screen are there at once, but the controller,
its windows and the rest of :mod:`tether.present` are imported the first time the
reader presents (or at start-up with ``--present``), not before the first paint.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tether.i18n import translate
from tether.present.screen_menu import add_screen_menu
from tether.ui.actions import ActionId
from tether.ui.settings import UiSettings

if TYPE_CHECKING:
    from tether.present.controller import PresentationController
    from tether.ui.host import WindowHost


def _minutes(text: str) -> float:
    try:
        minutes = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "not a number of minutes: {text}").format(text=text)
        ) from None
    if not 0 < minutes <= 24 * 60:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "the duration is in minutes, more than 0")
        )
    return minutes


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the presentation flags to Tether's command line."""
    parser.add_argument(
        "--present",
        action="store_true",
        help=translate(
            "CommandLine", "start presenting at once, at --section or where you were (as F5 does)"
        ),
    )
    parser.add_argument(
        "--screen",
        metavar="NAME|N",
        help=translate(
            "CommandLine",
            "present on this screen: its name (e.g. HDMI-1) or its number, 1 being the first",
        ),
    )
    parser.add_argument(
        "--duration",
        metavar="MIN",
        type=_minutes,
        help=translate(
            "CommandLine", "while presenting, count down this many minutes in the presenter console"
        ),
    )


class Presenter(QObject):
    """Presentation mode for one main window, its controller made on first use.

    Owned by the window (its Qt parent). F5 / View › Present makes the
    :class:`PresentationController`, which then takes the command over.
    """

    def __init__(
        self,
        window: WindowHost,
        settings: UiSettings,
        duration_min: float | None = None,
        screen_choice: str | None = None,
    ) -> None:
        super().__init__(window.window())
        self.window, self._settings = window, settings
        self._duration_min, self._screen_choice = duration_min, screen_choice
        self.screen_menu = add_screen_menu(window, settings)
        self._controller: PresentationController | None = None
        window.actions_by_id[ActionId.PRESENT].triggered.connect(self._present)
        window.actions_by_id[ActionId.EXPORT_TALLY].triggered.connect(self.export_tally)

    def controller(self) -> PresentationController:
        """The presentation controller, made (and its modules imported) the first time."""
        if self._controller is None:
            from tether.present.controller import PresentationController

            # The controller connects the Present command to itself.
            self.window.actions_by_id[ActionId.PRESENT].triggered.disconnect(self._present)
            self._controller = PresentationController(
                self.window,
                self._settings,
                duration_min=self._duration_min,
                screen_choice=self._screen_choice,
                screen_menu=self.screen_menu,
            )
        return self._controller

    def describe(self) -> str:
        """One line about the presentation on show, for ``--quit-after-startup``."""
        return "presenting=no" if self._controller is None else self._controller.describe()

    @Slot()
    def _present(self) -> None:
        self.controller().present()

    @Slot()
    def export_tally(self) -> None:
        """File › Export Workshop Tally: a workshop of the article on show, to a file."""
        from tether.present.tally_file import choose_workshop, export_tally

        session = self.window.session
        if session is None:
            return
        parent = self.window.window()
        workshop = choose_workshop(parent, session.facilitation().workshops())
        saved = export_tally(parent, session.article, workshop)
        if saved:
            self.window.statusBar().showMessage(saved, 8000)


def install(window: WindowHost, settings: UiSettings, args: argparse.Namespace) -> Presenter:
    """Give the main window presentation mode (F5, View › Present) with the flags' choices."""
    choice = args.screen
    if choice:
        from tether.present.screens import find_screen

        screens = QGuiApplication.screens()
        if find_screen(choice, screens) is None:
            unnamed = translate("CommandLine", "(unnamed)")
            known = ", ".join(f"{n}. {s.name() or unnamed}" for n, s in enumerate(screens, 1))
            message = translate("CommandLine", "no screen “{screen}”; screens are: {known}")
            print(f"tether: {message.format(screen=choice, known=known)}", file=sys.stderr)

            choice = None
    presenter = Presenter(window, settings, duration_min=args.duration, screen_choice=choice)
    if args.present:
        presenter.controller()  # presenting at once: no reason to wait
    return presenter


def watch_first_paint(
    presenter: Presenter, args: argparse.Namespace, reporter: QObject, reader_page: QWidget
) -> None:
    """For --quit-after-startup: report on the audience window's first paint if presenting."""
    if not args.present:
        reader_page.installEventFilter(reporter)
        return
    controller = presenter.controller()

    def watch() -> None:
        if controller.audience is not None:
            controller.audience.installEventFilter(reporter)

    controller.started.connect(watch)


def start_if_asked(presenter: Presenter, args: argparse.Namespace) -> None:
    """With --present, start at --section, else where the reader last was, else the top."""
    if args.present:
        controller = presenter.controller()
        # Queued: the main window is shown and laid out first, as when F5 is pressed.
        QTimer.singleShot(0, lambda: controller.start(_first_section(presenter.window, args)))


def _first_section(window: WindowHost, args: argparse.Namespace) -> int:
    session = window.session
    if session is None:
        return 0
    position = session.position()
    for section_id in (args.section, position.section_id if position else None):
        if section_id and (index := session.section_index(section_id)) is not None:
            return index
    return 0
