"""Colour themes: the Qt palette for the chrome and the stylesheet for the page."""

from __future__ import annotations

from dataclasses import dataclass
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPalette

from tether.bundled import resource_path

SYSTEM = "system"


@dataclass(frozen=True, slots=True)
class Theme:
    """The colours of one theme: the page stands out, the chrome around it stays quiet."""

    id: str
    name: str
    page: str
    text: str
    heading: str
    muted: str
    accent: str
    chrome: str
    chrome_text: str
    highlight: str
    dark: bool


LIGHT = Theme(
    id="light",
    name="Light",
    page="#fdfbf7",
    text="#2a2420",
    heading="#1c1714",
    muted="#5f554c",
    accent="#8c4526",
    chrome="#ece7df",
    chrome_text="#2a2420",
    highlight="#f3dcc2",
    dark=False,
)
DARK = Theme(
    id="dark",
    name="Dark",
    page="#1f1d1b",
    text="#e9e3da",
    heading="#f5f0e8",
    muted="#b6ab9d",
    accent="#e7a97c",
    chrome="#2b2826",
    chrome_text="#e9e3da",
    highlight="#5a4331",
    dark=True,
)
THEMES = {theme.id: theme for theme in (LIGHT, DARK)}


def resolve_theme(theme_id: str) -> Theme:
    """The theme for a stored choice; "system" follows the desktop's colour scheme."""
    if theme_id in THEMES:
        return THEMES[theme_id]
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def palette_for(theme: Theme) -> QPalette:
    """A palette for the window chrome, docks and dialogs in this theme."""
    palette = QPalette()
    chrome, text = QColor(theme.chrome), QColor(theme.chrome_text)
    page, accent = QColor(theme.page), QColor(theme.accent)
    roles = {
        QPalette.ColorRole.Window: chrome,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: page,
        QPalette.ColorRole.AlternateBase: chrome,
        QPalette.ColorRole.Text: QColor(theme.text),
        QPalette.ColorRole.Button: chrome,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.ToolTipBase: page,
        QPalette.ColorRole.ToolTipText: QColor(theme.text),
        QPalette.ColorRole.PlaceholderText: QColor(theme.muted),
        QPalette.ColorRole.Highlight: QColor(theme.highlight),
        QPalette.ColorRole.HighlightedText: QColor(theme.heading),
        QPalette.ColorRole.Link: accent,
        QPalette.ColorRole.LinkVisited: accent,
        QPalette.ColorRole.Accent: accent,
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    disabled = QColor(theme.muted)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


BODY_LINE_HEIGHT = 1.6
HEADING_LINE_HEIGHT = 1.25


def reader_css(theme: Theme, font: QFont) -> str:
    """The article's stylesheet for a theme and a body font (family and pixel size)."""
    template = Template(resource_path("styles", "reader.css").read_text(encoding="utf-8"))
    font_px = font.pixelSize()
    natural = QFontMetricsF(font).lineSpacing() / font_px
    return template.substitute(
        font_family=font.family(),
        font_px=font_px,
        body_line=round(100 * BODY_LINE_HEIGHT / natural),
        heading_line=round(100 * HEADING_LINE_HEIGHT / natural),
        title_px=round(font_px * 1.75),
        h2_px=round(font_px * 1.35),
        h3_px=round(font_px * 1.1),
        small_px=round(font_px * 0.85),
        paragraph_gap=round(font_px * 0.9),
        small_gap=round(font_px * 0.4),
        heading_gap=round(font_px * 2.0),
        quote_indent=round(font_px * 1.5),
        text=theme.text,
        heading=theme.heading,
        muted=theme.muted,
        accent=theme.accent,
    )
