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
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.look.fonts import READING_FAMILY
from tether.look.theme import reading_family, resolve_theme
from tether.present.audience_window import AudienceWindow, Blank
from tether.present.colours import audience_colours
from tether.present.console import PresenterConsole
from tether.present.curtain import Curtain
from tether.present.keys import command_for, digit_of
from tether.present.pages.deck import Deck, Place
from tether.present.pages.paging import ZOOM_STEPS, zoom_step
from tether.present.screen_menu import ScreenMenu, add_screen_menu
from tether.present.screens import (
    place,
    preferred_screen,
)
from tether.present.stage import Stage
from tether.present.talk import Effect, Talk
from tether.present.tally_file import export_tally
from tether.present.timer import Monotonic, TalkTimer
from tether.store import StoreError
from tether.ui.actions import ActionId
from tether.ui.host import WindowHost
from tether.ui.settings import PRESENT_SCREEN, THEME, UiSettings

_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta}
_ZOOMS = {Effect.ZOOM_IN: 1, Effect.ZOOM_OUT: -1, Effect.ZOOM_RESET: None}
# Console buttons for what a clicker has a key for: pressing one is pressing the key.
_BUTTON_KEYS = {
    "checklist_requested": Qt.Key.Key_C,
    "black_requested": Qt.Key.Key_B,
    "help_requested": Qt.Key.Key_F1,
    "timer_requested": Qt.Key.Key_T,
}
_NO_MODIFIER = Qt.KeyboardModifier.NoModifier
# While the facilitator types in the console (their notes, the workshop's name) keys are
# theirs, but for these: a clicker's page keys still turn pages, Esc stops the typing.
_CLICKER_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_F5}
# A plural: declared with a literal count, as lupdate needs (see QT_TRANSLATE_NOOP).
_COUNTED = QT_TRANSLATE_NOOP("Presenting", "{workshop}: %n signs counted.", None, 2)


class PresentationController(QObject):
    """F5 / View › Present for one main window, and everything while presenting."""

    started = Signal()
    stopped = Signal()

    def __init__(
        self,
        window: WindowHost,
        settings: UiSettings,
        monotonic: Monotonic = time.monotonic,
        clock: Callable[[], datetime] = datetime.now,
        duration_min: float | None = None,
        screen_choice: str | None = None,
        screen_menu: ScreenMenu | None = None,
    ) -> None:
        super().__init__(window.window())
        self.window, self.settings, self._clock = window, settings, clock
        self.screen_choice = screen_choice
        self.timer = TalkTimer(monotonic, duration_min * 60 if duration_min else None)
        self.audience: AudienceWindow | None = None
        self.console: PresenterConsole | None = None
        self.talk: Talk | None = None
        self.stage: Stage | None = None
        self._curtain = Curtain(window.window())
        self._resume: tuple[str, Place] | None = None
        self._notes_section = ""  # the section whose own notes the console shows
        self._zoom = ZOOM_STEPS.index(1.0)
        window.actions_by_id[ActionId.PRESENT].triggered.connect(self.present)
        if screen_menu is None:
            # A controller made on first use is given the menu made at start-up.
            screen_menu = add_screen_menu(window, settings)
        self.screen_menu = screen_menu

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
        main_screen = self.window.window().screen()
        screens = QGuiApplication.screens()
        choices = (self.screen_choice, str(self.settings.preference(PRESENT_SCREEN)))
        placement = place(screens, main_screen, preferred_screen(choices, screens))
        theme = resolve_theme(str(self.settings.preference(THEME)))
        family = reading_family(theme, READING_FAMILY)
        self.audience = AudienceWindow(article, audience_colours(theme), family)
        self.audience.set_zoom(ZOOM_STEPS[self._zoom])
        self.audience.reflowed.connect(self._on_reflowed)
        self.audience.close_requested.connect(self.stop)
        deck = Deck(len(article.sections), self.audience.book.page_count)
        self.talk = Talk(article, deck, help_on_audience=placement.console is None)
        notes = session.facilitation()
        workshop = notes.workshop or notes.continue_todays()
        self.talk.tally = dict(workshop.counts) if workshop is not None else {}
        self.console = PresenterConsole(self.audience.renderer, self.timer, self._clock)
        self._notes_section = ""
        self._connect_console(self.console)
        self.stage = Stage(self.audience, self.console, self.timer, self.settings, placement)
        self.stage.changed.connect(self._on_stage_changed)
        self._curtain.close((self.audience, self.console))
        self.stage.show()
        resume = self._resume
        start_at = Place(min(max(section, 0), len(article.sections) - 1), 0)
        if resume is not None and resume[0] == article.id and resume[1].section == start_at.section:
            start_at = resume[1]
        deck.go(start_at)
        self.timer.held = False
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
        if self.window.session is not None:
            self.window.session.facilitation().save()
        place_now = self.talk.deck.place
        self._resume = (self.talk.article.id, place_now)
        if self.stage is not None:
            self.stage.hide()
        for widget in (self.audience, self.console):
            if widget is not None:
                widget.deleteLater()
        self.audience = self.console = self.stage = None
        self.talk = None
        self._curtain.open()
        self.window.article_view.scroll_to_section(place_now.section)
        self.stopped.emit()

    def describe(self) -> str:
        """One line about the presentation on show, for ``--quit-after-startup``."""
        if self.talk is None or self.audience is None or self.stage is None:
            return "presenting=no"
        place_now = self.talk.deck.place
        section = self.talk.article.sections[place_now.section]
        remaining = self.timer.remaining()
        countdown = f" countdown={round(remaining)}s" if remaining is not None else ""
        return (
            f"presenting=yes section={section.id} page={place_now.page + 1}/"
            f"{self.talk.deck.page_count(place_now.section)} {self.stage.placement.describe()} "
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
        if isinstance(watched, (QPlainTextEdit, QLineEdit)) or isinstance(
            watched.parent(), QPlainTextEdit
        ):
            if event.key() == Qt.Key.Key_Escape and self.console is not None:
                self.console.setFocus()  # stop typing: keys are the clicker's again
                return True
            if event.key() not in _CLICKER_KEYS:
                return False
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
        if effect is Effect.SWAP and self.stage is not None:
            self.stage.swap()
        elif effect in _ZOOMS:
            self._zoom = zoom_step(self._zoom, _ZOOMS[effect])
            if self.audience is not None:
                self.audience.set_zoom(ZOOM_STEPS[self._zoom])
        elif effect is Effect.COUNT:
            self._record_count()
        elif effect is Effect.TIMER:
            self.timer.toggle_hold()
        elif effect is Effect.NOTES and self.console is not None and self.talk is not None:
            if self.console.isVisible():
                self.console.own_notes.setFocus()
            else:
                self.talk.message = translate(
                    "Presenting", "Your notes are on the presenter console (a second screen)."
                )
        self._refresh()

    def _record_count(self) -> None:
        """Save the room's count for the sign on show in the workshop's tally."""
        session, talk = self.window.session, self.talk
        if session is None or talk is None or talk.count_request is None:
            return
        sign_id, count = talk.count_request
        talk.count_request = None
        try:
            talk.tally[sign_id] = session.facilitation().set_count(sign_id, count)
        except StoreError as error:
            talk.message = translate("Presenting", "The count could not be saved: {error}").format(
                error=error
            )

    @Slot()
    def export_tally(self) -> None:
        """The console's Export Tally…: the tally of the workshop under way."""
        session = self.window.session
        if session is None or self.console is None:
            return
        saved = export_tally(self.console, session.article, session.facilitation().workshop)
        if saved and self.talk is not None:
            self.talk.message = saved
            self._refresh()

    # -- windows -----------------------------------------------------------------------------

    def _connect_console(self, console: PresenterConsole) -> None:
        console.stop_requested.connect(self.stop)
        console.export_tally_requested.connect(self.export_tally)
        console.own_notes_edited.connect(self._on_own_notes_edited)
        console.workshop_named.connect(self._on_workshop_named)
        for name, key in _BUTTON_KEYS.items():
            getattr(console, name).connect(lambda k=key: self.handle_key(k, _NO_MODIFIER))

    @Slot(Place)
    def _on_reflowed(self, kept: Place) -> None:
        if self.talk is not None:
            self.talk.deck.go(kept)
            self._refresh()

    @Slot()
    def _on_stage_changed(self) -> None:
        if self.talk is not None and self.stage is not None:
            self.talk.help_on_audience = self.stage.placement.console is None
            self._refresh()

    @Slot(str)
    def _on_own_notes_edited(self, text: str) -> None:
        session = self.window.session
        if session is not None and self._notes_section:
            session.facilitation().save_soon(self._notes_section, text)

    @Slot(str)
    def _on_workshop_named(self, name: str) -> None:
        session = self.window.session
        notes = session.facilitation() if session is not None else None
        if notes is not None and name != (notes.workshop.name if notes.workshop else ""):
            notes.rename(name)
            self._refresh()

    def _show_facilitation(self, console: PresenterConsole, talk: Talk) -> None:
        """The facilitator's own notes on the section on show, and the workshop's name."""
        session = self.window.session
        if session is None:
            return
        notes = session.facilitation()
        section_id = talk.article.sections[talk.deck.place.section].id
        if section_id != self._notes_section:
            notes.save()  # the note on the section just left, at once
            self._notes_section = section_id
            console.show_own_notes(notes.note(section_id))
        workshop = notes.workshop
        if workshop is None:
            title = translate(
                "Presenting",
                "Counts go to today’s workshop from the first one typed (C, then a number).",
            )
        else:
            from tether.export.wording import workshop_title

            counted = len(workshop.counts)
            title = translate("Presenting", _COUNTED, None, counted).format(
                workshop=workshop_title(workshop)
            )

        console.show_workshop(title, workshop.name if workshop else "")

    def _refresh(self) -> None:
        if self.talk is None or self.audience is None or self.console is None:
            return
        self._show_facilitation(self.console, self.talk)
        self.audience.set_state(self.talk.audience_state())
        if self.stage is not None:
            paused, resume = self.stage.paused, self.stage.resume_screens()
            self.console.show_status(self.talk.console_status(paused, resume))


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
