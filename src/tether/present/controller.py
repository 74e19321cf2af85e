"""Presentation mode: starts and stops it, places its windows, and keeps the room's screen
free of anything private.

While presenting, every window of the reader's (the main window, floating docks, tool
windows) is hidden, whatever the number of screens, and shown again on leaving: the only
windows up are the audience window (which is given the article and nothing else) and,
with two screens, the presenter console. When the room's screen goes away the audience
window is hidden before Qt can move it, presenting pauses, and the console says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from tether.present.audience_window import AudienceWindow, Blank
from tether.present.colours import audience_colours
from tether.present.console import PresenterConsole
from tether.present.curtain import Curtain
from tether.present.deck import Deck, Place
from tether.present.keys import command_for, digit_of
from tether.present.paging import ZOOM_STEPS
from tether.present.screen_menu import ScreenMenu
from tether.present.screens import (
    Placement,
    distinct_screens,
    find_screen,
    place,
    same_place,
    show_full_screen,
)
from tether.present.talk import Effect, Talk
from tether.present.timer import Monotonic, TalkTimer
from tether.ui.actions import ActionId, Menu
from tether.ui.fonts import READING_FAMILY
from tether.ui.main_window import MainWindow
from tether.ui.settings import PRESENT_SCREEN, THEME, UiSettings
from tether.ui.theme import reading_family, resolve_theme

_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta}


class PresentationController(QObject):
    """F5 / View › Present for one main window, and everything while presenting."""

    started = Signal()
    stopped = Signal()

    def __init__(
        self,
        window: MainWindow,
        settings: UiSettings,
        monotonic: Monotonic = time.monotonic,
        clock: Callable[[], datetime] = datetime.now,
        duration_min: float | None = None,
        screen_choice: str | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.settings, self._clock = window, settings, clock
        self.screen_choice = screen_choice
        self.timer = TalkTimer(monotonic, duration_min * 60 if duration_min else None)
        self.audience: AudienceWindow | None = None
        self.console: PresenterConsole | None = None
        self.talk: Talk | None = None
        self.placement: Placement | None = None
        self.paused = ""
        self._curtain = Curtain(window)
        self._resume: tuple[str, Place] | None = None
        self._zoom = ZOOM_STEPS.index(1.0)
        window.actions_by_id[ActionId.PRESENT].triggered.connect(self.present)
        view = window.menus[Menu.VIEW]
        self.screen_menu = ScreenMenu(view.addMenu("Presentation &Screen"), settings)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenRemoved.connect(self._on_screen_removed)
        app.screenAdded.connect(self._on_screen_added)

    @property
    def presenting(self) -> bool:
        """Whether presentation mode is on (paused counts as on)."""
        return self.talk is not None

    @Slot()
    def present(self) -> None:
        """F5: present from the section the reader is on (or resume there)."""
        self.start(self.window.article_view.current_section())

    def start(self, section: int) -> bool:
        """Start presenting at a section; a second start while presenting does nothing."""
        session = self.window.session
        if self.presenting or session is None or not session.article.sections:
            return False
        self.window.flush()
        article = session.article
        main_screen = self.window.screen()
        self.placement = place(QGuiApplication.screens(), main_screen, self._preferred_screen())
        theme = resolve_theme(str(self.settings.preference(THEME)))
        family = reading_family(theme, READING_FAMILY)
        self.audience = AudienceWindow(article, audience_colours(theme), family)
        self.audience.set_zoom(ZOOM_STEPS[self._zoom])
        self.audience.reflowed.connect(self._on_reflowed)
        self.audience.close_requested.connect(self.stop)
        deck = Deck(len(article.sections), self.audience.book.page_count)
        self.talk = Talk(article, deck, help_on_audience=self.placement.console is None)
        self.console = PresenterConsole(self.audience.renderer, self.timer, self._clock)
        self._connect_console(self.console)
        self._curtain.close((self.audience, self.console))
        self._show_windows()
        resume = self._resume
        start_at = Place(min(max(section, 0), len(article.sections) - 1), 0)
        if resume is not None and resume[0] == article.id and resume[1].section == start_at.section:
            start_at = resume[1]
        deck.go(start_at)
        self.timer.start()
        _application().installEventFilter(self)
        self._refresh()
        self.started.emit()
        return True

    def stop(self) -> None:
        """Leave presenting: close its windows and give the reader back their windows."""
        if self.talk is None:
            return
        _application().removeEventFilter(self)
        self.timer.pause()
        place_now = self.talk.deck.place
        self._resume = (self.talk.article.id, place_now)
        for widget in (self.audience, self.console):
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.audience = self.console = None
        self.talk, self.placement, self.paused = None, None, ""
        self._curtain.open()
        self.window.article_view.scroll_to_section(place_now.section)
        self.stopped.emit()

    def describe(self) -> str:
        """One line about the presentation on show, for ``--quit-after-startup``."""
        if self.talk is None or self.audience is None or self.placement is None:
            return "presenting=no"
        place_now = self.talk.deck.place
        section = self.talk.article.sections[place_now.section]
        remaining = self.timer.remaining()
        countdown = f" countdown={round(remaining)}s" if remaining is not None else ""
        return (
            f"presenting=yes section={section.id} page={place_now.page + 1}/"
            f"{self.talk.deck.page_count(place_now.section)} {self.placement.describe()} "
            f"body_px={self.audience.book.style.body_px}{countdown}"
        )

    # -- keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: every key pressed in the audience window or the console is a clicker key."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if watched.window() not in (self.audience, self.console):
            return False
        assert isinstance(event, QKeyEvent)
        return self.handle_key(event.key(), event.modifiers())

    def handle_key(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        """Carry out a key; True if presentation mode used it."""
        if self.talk is None or key in _MODIFIER_KEYS:
            return False
        command = command_for(key, modifiers)
        if command is None and self.talk.blank is Blank.NONE:
            return False
        self._carry_out(self.talk.apply(command, digit_of(key)))
        return True

    def _carry_out(self, effect: Effect) -> None:
        if effect is Effect.STOP:
            self.stop()
            return
        if effect is Effect.SWAP:
            self.swap_screens()
        elif effect in (Effect.ZOOM_IN, Effect.ZOOM_OUT, Effect.ZOOM_RESET):
            step = {Effect.ZOOM_IN: 1, Effect.ZOOM_OUT: -1}.get(effect)
            base = ZOOM_STEPS.index(1.0)
            self._zoom = (
                base if step is None else min(max(self._zoom + step, 0), len(ZOOM_STEPS) - 1)
            )
            if self.audience is not None:
                self.audience.set_zoom(ZOOM_STEPS[self._zoom])
        self._refresh()

    # -- screens -----------------------------------------------------------------------------

    def _preferred_screen(self) -> QScreen | None:
        screens = QGuiApplication.screens()
        for choice in (self.screen_choice, str(self.settings.preference(PRESENT_SCREEN))):
            if choice and (screen := find_screen(choice, screens)) is not None:
                return screen
        return None

    @Slot()
    def swap_screens(self) -> None:
        """Put the audience on the console's screen and the console on the audience's."""
        placement = self.placement
        if placement is None or placement.console is None or self.paused:
            return
        self.placement = Placement(placement.console, placement.audience)
        self.settings.set_preference(PRESENT_SCREEN, placement.console.name())
        self.settings.qsettings.sync()
        self._show_windows()

    def _show_windows(self) -> None:
        assert self.placement is not None
        assert self.audience is not None
        assert self.console is not None
        assert self.talk is not None
        self.talk.help_on_audience = self.placement.console is None
        show_full_screen(self.audience, self.placement.audience)
        if self.placement.console is not None:
            show_full_screen(self.console, self.placement.console)
            self.console.set_ticking(True)
            self.console.activateWindow()
        else:
            self.console.hide()
            self.console.set_ticking(False)
            self.audience.activateWindow()

    @Slot(QScreen)
    def _on_screen_removed(self, screen: QScreen) -> None:
        # Qt emits this before it moves the screen's windows to another screen: hide now.
        placement = self.placement
        if placement is None or self.audience is None or self.console is None:
            return
        if placement.audience is screen:
            self.audience.hide()
            self.timer.pause()
            self.paused = (
                f"The room’s screen “{screen.name()}” was disconnected. Presenting is paused;"
                " nothing is shown to the room."
            )
            remaining = [s for s in QGuiApplication.screens() if s is not screen]
            console_screen = placement.console
            if console_screen is None or console_screen is screen:
                console_screen = remaining[0] if remaining else None
            if console_screen is None:
                return
            # Paused: the console's screen stands in for both until the facilitator chooses.
            self.placement = Placement(console_screen, console_screen)
            show_full_screen(self.console, console_screen)
            self.console.set_ticking(True)
        elif placement.console is screen:
            self.console.hide()
            self.placement = Placement(placement.audience, None)
            self._show_windows()
        self._refresh()

    @Slot(QScreen)
    def _on_screen_added(self, screen: QScreen) -> None:
        if not self.paused or self.console is None:
            return
        if not self.console.isVisible():
            # Every screen had gone: the console comes back on the first one to return.
            self.placement = Placement(screen, screen)
            show_full_screen(self.console, screen)
        self._refresh()

    @Slot(str)
    def resume_on(self, name: str) -> None:
        """After an unplug: go on with the room's screen on the screen called ``name``."""
        screen = find_screen(name, QGuiApplication.screens())
        if not self.paused or screen is None or self.placement is None:
            return
        console = self.placement.console
        if (
            console is None
            or same_place(console, screen)
            or len(distinct_screens(QGuiApplication.screens())) < 2
        ):
            self.placement = Placement(screen, None)
        else:
            self.placement = Placement(screen, console)
        self.paused = ""
        self.timer.start()
        self._show_windows()
        self._refresh()

    def _resume_screens(self) -> tuple[str, ...]:
        return tuple(screen.name() for screen in distinct_screens(QGuiApplication.screens()))

    # -- windows -----------------------------------------------------------------------------

    def _connect_console(self, console: PresenterConsole) -> None:
        console.stop_requested.connect(self.stop)
        console.swap_requested.connect(self.swap_screens)
        console.resume_requested.connect(self.resume_on)
        console.checklist_requested.connect(
            lambda: self.handle_key(Qt.Key.Key_C, Qt.KeyboardModifier.NoModifier)
        )
        console.black_requested.connect(
            lambda: self.handle_key(Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier)
        )
        console.help_requested.connect(
            lambda: self.handle_key(Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
        )

    @Slot(Place)
    def _on_reflowed(self, kept: Place) -> None:
        if self.talk is not None:
            self.talk.deck.go(kept)
            self._refresh()

    def _refresh(self) -> None:
        if self.talk is None or self.audience is None or self.console is None:
            return
        self.audience.set_state(self.talk.audience_state())
        resume = self._resume_screens() if self.paused else ()
        self.console.show_status(self.talk.console_status(self.paused, resume))


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
