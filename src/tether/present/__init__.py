"""Presentation mode: the article on the room's screen, a console on the facilitator's."""

from tether.present.controller import PresentationController

__all__ = ["PresentationController"]
