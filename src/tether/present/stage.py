"""The stage: which screen each presentation window is on, through swaps and unplugs.

When the room's screen goes away, Qt first emits ``screenRemoved`` and only then moves
the screen's windows elsewhere, so the audience window is hidden here, before it could
appear on the facilitator's screen. Presenting pauses; the console (brought to a
remaining screen if it has to be) says what happened and offers every connected screen
to go on with. Losing the console's screen just leaves the room's window on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication, QScreen

from tether.i18n import translate
from tether.present.audience_window import AudienceWindow
from tether.present.console import PresenterConsole
from tether.present.screens import (
    Placement,
    distinct_screens,
    find_screen,
    same_place,
    show_full_screen,
)
from tether.present.timer import TalkTimer
from tether.ui.settings import PRESENT_SCREEN, UiSettings


class Stage(QObject):
    """Puts the audience window and the console on their screens, and keeps them there."""

    changed = Signal()

    def __init__(
        self,
        audience: AudienceWindow,
        console: PresenterConsole,
        timer: TalkTimer,
        settings: UiSettings,
        placement: Placement,
    ) -> None:
        super().__init__(console)
        self.audience, self.console, self.timer = audience, console, timer
        self.settings = settings
        self.placement = placement
        self.paused = ""
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenRemoved.connect(self._on_screen_removed)
        app.screenAdded.connect(self._on_screen_added)
        console.swap_requested.connect(self.swap)
        console.resume_requested.connect(self.resume_on)

    def show(self) -> None:
        """Each window full screen on its screen; the console only if there is a second one."""
        show_full_screen(self.audience, self.placement.audience)
        if self.placement.console is not None:
            show_full_screen(self.console, self.placement.console)
            self.console.set_ticking(True)
            self.console.activateWindow()
        else:
            self.console.hide()
            self.console.set_ticking(False)
            self.audience.activateWindow()
        self.changed.emit()

    def hide(self) -> None:
        """Take both windows down, for good: screens coming and going no longer matter."""
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenRemoved.disconnect(self._on_screen_removed)
        app.screenAdded.disconnect(self._on_screen_added)
        self.console.set_ticking(False)
        self.audience.hide()
        self.console.hide()

    @Slot()
    def swap(self) -> None:
        """The room's window to the console's screen and back; the choice is remembered."""
        placement = self.placement
        if placement.console is None or self.paused:
            return
        self.placement = Placement(placement.console, placement.audience)
        self.settings.set_preference(PRESENT_SCREEN, placement.console.name())
        self.settings.qsettings.sync()
        self.show()

    def resume_screens(self) -> tuple[str, ...]:
        """While paused: the screens presenting can go on with."""
        if not self.paused:
            return ()
        return tuple(screen.name() for screen in distinct_screens(QGuiApplication.screens()))

    @Slot(str)
    def resume_on(self, name: str) -> None:
        """After an unplug: go on with the room's window on the screen called ``name``."""
        screens = QGuiApplication.screens()
        screen = find_screen(name, screens)
        if not self.paused or screen is None:
            return
        console = self.placement.console
        alone = console is None or same_place(console, screen) or len(distinct_screens(screens)) < 2
        self.placement = Placement(screen, None if alone else console)
        self.paused = ""
        self.timer.start()
        self.show()

    @Slot(QScreen)
    def _on_screen_removed(self, screen: QScreen) -> None:
        placement = self.placement
        if placement.audience is screen:
            self.audience.hide()
            self.timer.pause()
            self.paused = translate(
                "Presenting",
                "The room’s screen “{screen}” was disconnected. Presenting is paused;"
                " nothing is shown to the room.",
            ).format(screen=screen.name())

            remaining = [s for s in QGuiApplication.screens() if s is not screen]
            console_screen = placement.console
            if console_screen is None or console_screen is screen:
                console_screen = remaining[0] if remaining else None
            if console_screen is not None:
                # Paused: the console's screen stands in for both until the facilitator chooses.
                self.placement = Placement(console_screen, console_screen)
                show_full_screen(self.console, console_screen)
                self.console.set_ticking(True)
            self.changed.emit()
        elif placement.console is screen:
            self.console.hide()
            self.placement = Placement(placement.audience, None)
            self.show()

    @Slot(QScreen)
    def _on_screen_added(self, screen: QScreen) -> None:
        if not self.paused:
            return
        if not self.console.isVisible():
            # Every screen had gone: the console comes back on the first one to return.
            self.placement = Placement(screen, screen)
            show_full_screen(self.console, screen)
        self.changed.emit()
