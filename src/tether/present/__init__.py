"""Presentation mode: the article on the room's screen, a console on the facilitator's.

:class:`PresentationController` is imported when first used (see :mod:`tether.lazy`):
Tether's start-up needs only :mod:`tether.present.cli` (the command-line flags, and the
View menu's entries) until the reader presents.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tether.lazy import lazy_names

if TYPE_CHECKING:
    from tether.present.controller import PresentationController

__all__ = ["PresentationController"]

__getattr__ = lazy_names(__name__, {"PresentationController": "tether.present.controller"})
