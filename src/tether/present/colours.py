"""The audience's colours: the reader's theme, with every colour at 7:1 contrast or better.

A projector washes colours out, so presentation mode asks for WCAG's enhanced contrast
(7:1) for everything it draws, including the muted marker and the accent of prompts.
A theme colour that falls short is moved toward black (on a light page) or white (on a
dark one) until it reaches 7:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from tether.look.theme import Theme

MIN_CONTRAST = 7.0


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of a colour, from 0 (black) to 1 (white)."""
    red, green, blue = (_linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _mix(colour: QColor, target: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        colour.redF() + (target.redF() - colour.redF()) * amount,
        colour.greenF() + (target.greenF() - colour.greenF()) * amount,
        colour.blueF() + (target.blueF() - colour.blueF()) * amount,
    )


def readable(wanted: str, background: QColor) -> QColor:
    """``wanted``, darkened (on a light page) or lightened (on a dark one) to 7:1 if need be.

    Moving toward black or white keeps the colour's hue, so an accent stays an accent.
    """
    colour = QColor(wanted)
    black, white = QColor("#000000"), QColor("#ffffff")
    target = (
        black if contrast_ratio(black, background) >= contrast_ratio(white, background) else white
    )
    steps = 20
    for step in range(steps + 1):
        # Rounded to 8 bits a channel first: that is the colour that will be drawn.
        candidate = QColor(_mix(colour, target, step / steps).name())
        if contrast_ratio(candidate, background) >= MIN_CONTRAST:
            return candidate
    return target


@dataclass(frozen=True, slots=True)
class AudienceColours:
    """The colours the audience window paints with (all readable on ``page``)."""

    page: QColor
    text: QColor
    heading: QColor
    muted: QColor
    accent: QColor

    def css_names(self) -> dict[str, str]:
        """The colours as ``#rrggbb`` for the page stylesheet."""
        return {
            "page": self.page.name(),
            "text": self.text.name(),
            "heading": self.heading.name(),
            "muted": self.muted.name(),
            "accent": self.accent.name(),
            # The tally's bars: the accent, softened toward the page, so they stay quiet.
            "bar": _mix(self.accent, self.page, 0.45).name(),
        }


def audience_colours(theme: Theme) -> AudienceColours:
    """The theme's page colours, each one raised to 7:1 against the page if it falls short."""
    page = QColor(theme.page)
    return AudienceColours(
        page=page,
        text=readable(theme.text, page),
        heading=readable(theme.heading, page),
        muted=readable(theme.muted, page),
        accent=readable(theme.accent, page),
    )
