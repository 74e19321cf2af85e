"""Which screen the room sees and which one the facilitator keeps.

Screens are compared by geometry as well as by object: a mirrored pair (laptop and
projector showing the same picture) is two QScreens at one place, and must count as
one screen, since whatever is on the laptop is on the wall.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True, slots=True)
class Placement:
    """The audience's screen, and the console's (None with one or mirrored screens)."""

    audience: QScreen
    console: QScreen | None

    def describe(self) -> str:
        """``audience=NAME console=NAME`` (``console=none`` on one screen)."""
        console = self.console.name() if self.console is not None else "none"
        return f"audience={self.audience.name()} console={console}"


def distinct_screens(screens: Sequence[QScreen]) -> list[QScreen]:
    """The screens with mirrored copies left out (the first of each place is kept)."""
    kept: list[QScreen] = []
    for screen in screens:
        if all(screen.geometry() != other.geometry() for other in kept):
            kept.append(screen)
    return kept


def same_place(first: QScreen, second: QScreen) -> bool:
    """Whether two screens show the same picture (the same screen, or mirrored)."""
    return first is second or first.geometry() == second.geometry()


def find_screen(choice: str, screens: Sequence[QScreen]) -> QScreen | None:
    """A screen by name (``HDMI-1``) or by number as people count (``2``); None if unknown."""
    choice = choice.strip()
    for screen in screens:
        if screen.name() == choice:
            return screen
    if choice.isdigit() and 1 <= int(choice) <= len(screens):
        return screens[int(choice) - 1]
    lowered = choice.casefold()
    for screen in screens:
        if screen.name().casefold() == lowered:
            return screen
    return None


def preferred_screen(choices: Sequence[str | None], screens: Sequence[QScreen]) -> QScreen | None:
    """The first choice (a name or a number) that names a connected screen, if any does."""
    for choice in choices:
        if choice and (screen := find_screen(choice, screens)) is not None:
            return screen
    return None


def place(screens: Sequence[QScreen], main: QScreen, preferred: QScreen | None) -> Placement:
    """Put the audience on ``preferred``, else on a screen other than the main window's.

    The console goes on the main window's screen (where the facilitator is looking), or,
    when the audience was asked for there, on the first other screen. With only one
    distinct screen there is no console: the audience window is all there is.
    """
    distinct = distinct_screens(screens)
    if len(distinct) < 2:
        return Placement(preferred or main, None)
    if preferred is not None:
        if not same_place(preferred, main):
            return Placement(preferred, main)
        others = [screen for screen in distinct if not same_place(screen, preferred)]
        return Placement(preferred, others[0])
    others = [screen for screen in distinct if not same_place(screen, main)]
    return Placement(others[0], main) if others else Placement(main, None)


def show_full_screen(widget: QWidget, screen: QScreen) -> None:
    """Full screen on ``screen``: hidden first, so a move between screens is clean."""
    if widget.isVisible() and widget.screen() is screen:
        return
    widget.hide()
    widget.setScreen(screen)
    widget.setGeometry(screen.geometry())
    widget.showFullScreen()
